//! `css.global-selectors`: no rule may apply to the whole amoCRM page. A selector is global when
//! its leftmost compound names no class or id (an element, `*`, `:root`, an attribute or a
//! pseudo-class alone) and nothing in it puts it inside the widget (see [`super::scope::Roots`]).

use super::scope::{Roots, View};
use super::sheet::Sheet;
use super::{at, list, no_css, read_what, verb};
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status, plural};

const ID: RuleId = RuleId::CssGlobalSelectors;

pub fn check(sheets: &[Sheet], views: &[View], roots: &Roots) -> Finding {
    if sheets.is_empty() {
        return no_css(ID);
    }
    let global: Vec<&View> = views.iter().filter(|v| !v.anchored && v.root_at.is_none()).collect();
    let unparsed: Vec<_> = sheets.iter().flat_map(|s| &s.unparsed).collect();
    let example = roots.first().map_or_else(|| ".my-widget".to_string(), ToString::to_string);
    if !global.is_empty() {
        let items: Vec<String> = global
            .iter()
            .map(|v| {
                let why = v.selector.compounds.first().and_then(|c| c.generic.first()).map_or("", String::as_str);
                let why = if why.is_empty() { String::new() } else { format!(", {why}") };
                format!("`{}` ({}{why})", v.selector.text, at(&v.selector.location))
            })
            .collect();
        let mut f = Finding::new(
            ID,
            Status::Fail,
            format!(
                "{} selector{} {} the whole amoCRM page, not just the widget: {}.",
                global.len(),
                plural(global.len()),
                verb(global.len(), "styles", "style"),
                list(&items)
            ),
        )
        .help(format!(
            "Start each of these selectors with your widget's root, e.g. `{example} input {{ … }}` instead of `input {{ … }}`, so the styles apply only inside the widget."
        ))
        .at_all(global.iter().map(|v| v.selector.location.clone()));
        for (message, location) in unparsed {
            f = f.evidence("could not be parsed", message.clone(), Some(location.clone()));
        }
        return f;
    }
    if !unparsed.is_empty() {
        let mut f = Finding::new(
            ID,
            Status::Manual,
            format!(
                "No global selector in the CSS that could be read, but {} part{} could not be parsed and {} skipped (browsers skip them too). Check by hand that they select nothing outside the widget.",
                unparsed.len(),
                plural(unparsed.len()),
                verb(unparsed.len(), "was", "were")
            ),
        )
        .help("Fix or delete the CSS at the locations shown; then every rule can be checked automatically.")
        .at_all(unparsed.iter().map(|(_, l)| l.clone()));
        for (message, location) in unparsed {
            f = f.evidence("could not be parsed", message.clone(), Some(location.clone()));
        }
        return f;
    }
    Finding::new(
        ID,
        Status::Pass,
        format!(
            "All {} selector{} in {} start with a class or id, none styles the whole page.",
            views.len(),
            plural(views.len()),
            read_what(sheets)
        ),
    )
}
