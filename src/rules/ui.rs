//! Interaction with amoCRM: what only a reviewer using the widget can judge, with the widget's
//! declared areas as evidence.

use super::css::StyleFacts;
use super::js::ScriptFacts;
use super::{Check, Finding, Status};
use crate::location::Location;
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
            f = f.evidence("location", *area, Some(w.manifest_location(value.span)));
        }
        f
    };
    let mut interfaces = with_areas(Finding::new(
        RuleId::UiInterfaces,
        Status::Manual,
        "Check that the widget changes only the areas it declares and the page parts its code selects (listed below).",
    ));
    for (selector, at) in scripts.dom_areas.iter().take(40) {
        interfaces = interfaces.evidence("selected in code", selector.clone(), Some(at.clone()));
    }
    out.push(interfaces);
    out.push(with_areas(Finding::new(
        RuleId::UiNoOverlap,
        Status::Manual,
        "Open the widget in each of its areas and check it never covers amoCRM's controls or blocks the user.",
    )));
    out.push(if w.has_location("advanced_settings") {
        let mut f = Finding::new(
            RuleId::UiSettingsPage,
            Status::Manual,
            "The widget adds a page to Settings: check its name is unique and honest and that it comes after amoCRM's own pages.",
        );
        if let Some(title) = w.manifest_value("advanced.title") {
            f = f.evidence("page title key", title.as_str().unwrap_or_default(), Some(w.manifest_location(title.span)));
            for lang in &w.languages {
                if let Some(t) = w.text(lang, "advanced.title") {
                    f = f.evidence(format!("page title ({lang})"), t.value, Some(t.location));
                }
            }
        }
        f
    } else {
        Finding::new(RuleId::UiSettingsPage, Status::Na, "The widget adds no page to Settings (no advanced_settings location).")
    });
    out.push(left_menu(cx, scripts, styles));
    out.push(bottom_position(cx, styles));
    out.push(drag_drop(scripts));
}

fn left_menu(cx: &Check, scripts: &ScriptFacts, styles: &StyleFacts) -> Finding {
    const ID: RuleId = RuleId::UiLeftMenu;
    let w = cx.widget;
    if w.has_location("widget_page") {
        return Finding::new(
            ID,
            Status::Pass,
            "The widget adds its page to the left menu the documented way (widget_page with left_menu).",
        );
    }
    let mut places: Vec<Location> = scripts.left_menu.iter().chain(&styles.left_menu).cloned().collect();
    if let Some(block) = w.manifest_value("left_menu") {
        places.insert(0, w.manifest_location(block.span));
    }
    if places.is_empty() {
        return Finding::new(ID, Status::Pass, "Nothing in the widget touches the left menu.");
    }
    Finding::new(
        ID,
        Status::Warn,
        format!(
            "The widget changes the left menu in {} place{} without the widget_page location.",
            places.len(),
            if places.len() == 1 { "" } else { "s" }
        ),
    )
    .at_all(places)
}

fn bottom_position(cx: &Check, styles: &StyleFacts) -> Finding {
    const ID: RuleId = RuleId::UiBottomPosition;
    let has_css = cx.widget.sources_with(STYLE_EXTENSIONS).next().is_some() || !cx.widget.templates.is_empty();
    if !has_css {
        return Finding::new(ID, Status::Na, "The widget has no styles.");
    }
    if styles.fixed_bottom.is_empty() {
        return Finding::new(ID, Status::Pass, "No element is fixed to the bottom of the screen.");
    }
    Finding::new(ID, Status::Warn, "Elements are fixed to the bottom of the screen (position: fixed with bottom).")
        .at_all(styles.fixed_bottom.iter().cloned())
}

fn drag_drop(scripts: &ScriptFacts) -> Finding {
    const ID: RuleId = RuleId::UiDragDrop;
    if scripts.drag_drop.is_empty() {
        return Finding::new(ID, Status::Na, "The widget does not use drag and drop.");
    }
    Finding::new(
        ID,
        Status::Manual,
        "The widget uses drag and drop: check its drop areas are not in the left menu or the top-right corner.",
    )
    .at_all(scripts.drag_drop.iter().cloned())
}
