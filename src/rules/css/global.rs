//! `css.global-selectors`: no rule may apply to the whole amoCRM page. A selector is global when
//! its leftmost compound names no class or id (an element, `*`, `:root`, an attribute or a
//! pseudo-class alone) and nothing in it puts it inside the widget (see [`super::scope::Roots`]).
//! A `:root` rule that only sets custom properties styles nothing itself (Kommo's dark theme
//! page allows variables of the widget's own), so it warns: its names are shared with the page.

use super::scope::{Roots, View};
use super::sheet::{Sheet, Skipped};
use super::{at, code, code_at, listed, no_css, read_what};
use crate::i18n::Msg;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status};

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
    let names: Vec<Msg> =
        variables.iter().flat_map(|v| &v.rule.custom_properties).map(|(name, _)| code(name)).collect();
    Finding::new(ID, Status::Warn, msg!("css-global-root-variables", n = variables.len(), names = listed(names)))
        .help(msg!("css-global-root-variables-help", example = example))
        .at_all(variables.iter().map(|v| v.selector.location.clone()))
}

/// The selectors that style the whole page (`fail`), the parts that could not be parsed when
/// there are none (`manual`), or `pass`; `None` when only `:root` variables were found.
fn selectors(sheets: &[Sheet], views: &[View], global: &[&View], example: &str) -> Option<Finding> {
    let unparsed: Vec<&Skipped> = sheets.iter().flat_map(|s| &s.unparsed).collect();
    if !global.is_empty() {
        let items: Vec<Msg> = global
            .iter()
            .map(|v| match v.selector.compounds.first().and_then(|c| c.generic.first()) {
                Some(why) => msg!(
                    "css-item-why",
                    code = &v.selector.text,
                    place = at(&v.selector.location),
                    why = why.describe()
                ),
                None => code_at(&v.selector.text, &v.selector.location),
            })
            .collect();
        let f = Finding::new(ID, Status::Fail, msg!("css-global-fail", n = global.len(), items = listed(items)))
            .help(msg!("css-global-fail-help", example = example))
            .at_all(global.iter().map(|v| v.selector.location.clone()));
        return Some(with_skipped(f, &unparsed));
    }
    if !unparsed.is_empty() {
        let f = Finding::new(ID, Status::Manual, msg!("css-global-unparsed", n = unparsed.len()))
            .help(msg!("css-global-unparsed-help"))
            .at_all(unparsed.iter().map(|s| s.location.clone()));
        return Some(with_skipped(f, &unparsed));
    }
    if views.iter().any(View::sets_root_variables) {
        return None;
    }
    Some(Finding::new(ID, Status::Pass, msg!("css-global-pass", n = views.len(), read = read_what(sheets))))
}

/// Each part the parser skipped as evidence, where it is.
fn with_skipped(mut f: Finding, unparsed: &[&Skipped]) -> Finding {
    for s in unparsed {
        f = f.evidence(s.label.clone(), s.detail.clone(), Some(s.location.clone()));
    }
    f
}
