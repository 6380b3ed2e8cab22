//! `css.global-selectors`: no rule may apply to the whole amoCRM page. A selector is global when
//! its leftmost compound names no class or id (an element, `*`, `:root`, an attribute or a
//! pseudo-class alone) and nothing in it puts it inside the widget (see [`super::scope::Roots`]).
//! A `:root` rule that only sets custom properties styles nothing itself (Kommo's dark theme
//! page allows variables of the widget's own), so it warns: its names are shared with the page.

use super::scope::{Roots, View};
use super::sheet::Sheet;
use super::{at, list, no_css, read_what, verb};
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status, plural};

const ID: RuleId = RuleId::CssGlobalSelectors;

pub fn check(sheets: &[Sheet], views: &[View], roots: &Roots) -> Vec<Finding> {
    if sheets.is_empty() {
        return vec![no_css(ID)];
    }
    let example = roots.first().map_or_else(|| ".my-widget".to_string(), ToString::to_string);
    let (variables, global): (Vec<&View>, Vec<&View>) =
        views.iter().filter(|v| !v.anchored && v.root_at.is_none()).partition(|v| v.sets_root_variables());
    let mut out = Vec::new();
    if !variables.is_empty() {
        out.push(root_variables(&variables, &example));
    }
    if let Some(f) = selectors(sheets, views, &global, &example) {
        out.push(f);
    }
    out
}

/// `:root` rules that only set custom properties: not restyling the page, but variables whose
/// names the page shares with amoCRM and every other widget.
fn root_variables(variables: &[&View], example: &str) -> Finding {
    let names: Vec<String> =
        variables.iter().flat_map(|v| &v.rule.custom_properties).map(|(name, _)| format!("`{name}`")).collect();
    Finding::new(
        ID,
        Status::Warn,
        format!(
            "{} `:root` rule{} only {} variables ({}). They style nothing by themselves, but they are set for the whole amoCRM page, where amoCRM or another widget may use the same names.",
            variables.len(),
            plural(variables.len()),
            verb(variables.len(), "sets", "set"),
            list(&names)
        ),
    )
    .help(format!(
        "Declare the variables on your widget's root instead, e.g. `{example} {{ --my-widget-accent: #0a84ff; }}`; they then apply only inside the widget."
    ))
    .at_all(variables.iter().map(|v| v.selector.location.clone()))
}

/// The selectors that style the whole page (`fail`), the parts that could not be parsed when
/// there are none (`manual`), or `pass`; `None` when only `:root` variables were found.
fn selectors(sheets: &[Sheet], views: &[View], global: &[&View], example: &str) -> Option<Finding> {
    let unparsed: Vec<_> = sheets.iter().flat_map(|s| &s.unparsed).collect();
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
        return Some(f);
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
        return Some(f);
    }
    if views.iter().any(View::sets_root_variables) {
        return None;
    }
    Some(Finding::new(
        ID,
        Status::Pass,
        format!(
            "All {} selector{} in {} start with a class or id, none styles the whole page.",
            views.len(),
            plural(views.len()),
            read_what(sheets)
        ),
    ))
}
