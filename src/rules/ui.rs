//! Interaction with amoCRM: what only a reviewer using the widget can judge, with the widget's
//! declared areas as evidence.

use super::css::StyleFacts;
use super::js::ScriptFacts;
use super::{Check, Finding, Status};
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::widget::STYLE_EXTENSIONS;
use crate::widget::json::Json;

pub fn run(cx: &Check, scripts: &ScriptFacts, styles: &StyleFacts, out: &mut Vec<Finding>) {
    let w = cx.widget;
    let areas: Vec<(&str, &Json)> = w
        .manifest_value("locations")
        .map(|l| l.items().iter().filter_map(|i| Some((i.as_str()?, i))).collect())
        .unwrap_or_default();
    let with_areas = |mut f: Finding| {
        for (area, value) in &areas {
            f = f.evidence(msg!("ui-evidence-location"), *area, Some(w.manifest_location(value.span)));
        }
        f
    };
    let mut interfaces = with_areas(Finding::new(RuleId::UiInterfaces, Status::Manual, msg!("ui-interfaces")));
    for (selector, at) in scripts.dom_areas.iter().take(40) {
        interfaces = interfaces.evidence(msg!("ui-evidence-selected-in-code"), selector.clone(), Some(at.clone()));
    }
    out.push(interfaces);
    out.push(with_areas(Finding::new(RuleId::UiNoOverlap, Status::Manual, msg!("ui-no-overlap"))));
    out.push(if w.has_location("advanced_settings") {
        let mut f = Finding::new(RuleId::UiSettingsPage, Status::Manual, msg!("ui-settings-page"));
        if let Some(title) = w.manifest_value("advanced.title") {
            let key = title.as_str().unwrap_or_default();
            f = f.evidence(msg!("ui-evidence-page-title-key"), key, Some(w.manifest_location(title.span)));
            for lang in &w.languages {
                if let Some(t) = w.text(lang, "advanced.title") {
                    f = f.evidence(msg!("ui-evidence-page-title", lang = lang), t.value, Some(t.location));
                }
            }
        }
        f
    } else {
        Finding::new(RuleId::UiSettingsPage, Status::Na, msg!("ui-settings-page-none"))
    });
    out.push(left_menu(cx, scripts, styles));
    out.push(bottom_position(cx, styles));
    out.push(drag_drop(scripts));
}

fn left_menu(cx: &Check, scripts: &ScriptFacts, styles: &StyleFacts) -> Finding {
    const ID: RuleId = RuleId::UiLeftMenu;
    let w = cx.widget;
    if w.has_location("widget_page") {
        return Finding::new(ID, Status::Pass, msg!("ui-left-menu-documented"));
    }
    let mut places: Vec<Location> = scripts.left_menu.iter().chain(&styles.left_menu).cloned().collect();
    if let Some(block) = w.manifest_value("left_menu") {
        places.insert(0, w.manifest_location(block.span));
    }
    if places.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("ui-left-menu-untouched"));
    }
    Finding::new(ID, Status::Warn, msg!("ui-left-menu-changed", n = places.len())).at_all(places)
}

fn bottom_position(cx: &Check, styles: &StyleFacts) -> Finding {
    const ID: RuleId = RuleId::UiBottomPosition;
    let has_css = cx.widget.sources_with(STYLE_EXTENSIONS).next().is_some() || !cx.widget.templates.is_empty();
    if !has_css {
        return Finding::new(ID, Status::Na, msg!("ui-bottom-position-no-styles"));
    }
    if styles.fixed_bottom.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("ui-bottom-position-pass"));
    }
    Finding::new(ID, Status::Warn, msg!("ui-bottom-position-fixed")).at_all(styles.fixed_bottom.iter().cloned())
}

fn drag_drop(scripts: &ScriptFacts) -> Finding {
    const ID: RuleId = RuleId::UiDragDrop;
    if scripts.drag_drop.is_empty() {
        return Finding::new(ID, Status::Na, msg!("ui-drag-drop-none"));
    }
    Finding::new(ID, Status::Manual, msg!("ui-drag-drop")).at_all(scripts.drag_drop.iter().cloned())
}
