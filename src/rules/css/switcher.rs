//! `css.switcher-styles`: the checklist forbids restyling amoCRM's switchers: the classes
//! `switcher__on`, `switcher__off`, `switcher_on`, `switcher_off` must not appear in selectors, nor
//! in scripts and templates (found as whole names in their text).

use super::lexer::find_names;
use super::scope::View;
use super::sheet::Sheet;
use super::{at, listed};
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::{Check, Finding, Status};
use crate::widget::source::SourceText;
use crate::widget::{SCRIPT_EXTENSIONS, TEMPLATE_EXTENSIONS};

const ID: RuleId = RuleId::CssSwitcherStyles;

/// The switcher classes the checklist names.
pub const SWITCHER_CLASSES: &[&str] = &["switcher__on", "switcher__off", "switcher_on", "switcher_off"];

pub fn check(cx: &Check, sheets: &[Sheet], views: &[View]) -> Finding {
    let mut hits: Vec<(String, Location)> = Vec::new();
    for view in views {
        let classes: Vec<&str> = view.selector.compounds.iter().flat_map(|c| c.all_classes()).collect();
        for name in SWITCHER_CLASSES.iter().filter(|n| classes.contains(n)) {
            hits.push((name.to_string(), name_location(view, name)));
        }
    }
    let texts: Vec<&SourceText> =
        cx.widget.sources_with(SCRIPT_EXTENSIONS).chain(cx.widget.sources_with(TEMPLATE_EXTENSIONS)).collect();
    for source in &texts {
        for name in SWITCHER_CLASSES {
            for offset in find_names(&source.text, name) {
                hits.push((name.to_string(), source.location_at(offset)));
            }
        }
    }
    // A template's <style> block is found both as CSS and as text.
    let mut seen = Vec::new();
    hits.retain(|(_, l)| {
        let key = (l.file.clone(), l.line, l.column);
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    if hits.is_empty() {
        if sheets.is_empty() && texts.is_empty() {
            return Finding::new(ID, Status::Na, msg!("css-switcher-na"));
        }
        return Finding::new(ID, Status::Pass, msg!("css-switcher-pass"));
    }
    let items: Vec<Msg> = hits.iter().map(|(name, l)| msg!("css-item-plain", name = name, place = at(l))).collect();
    Finding::new(ID, Status::Fail, msg!("css-switcher-fail", n = hits.len(), items = listed(items)))
        .at_all(hits.into_iter().map(|(_, l)| l))
}

/// Where a class name is inside a selector, or the selector's start.
fn name_location(view: &View, name: &str) -> Location {
    let text = &view.sheet.source.text;
    let start = view.selector.offset.min(text.len());
    let mut end = (start + view.selector.text.len()).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match find_names(&text[start..end], name).first() {
        Some(at) => view.sheet.at(start + at),
        None => view.selector.location.clone(),
    }
}
