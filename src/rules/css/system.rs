//! `css.system-classes`: amoCRM's own classes (`.control--select`, `.modal`, `.button-input` …,
//! see [`is_system_class`]) may be styled only inside the widget: `.my-widget .control--select`,
//! `#my-widget .control-select` and `.card-widgets__widget-<code> .card-widgets__elements` are
//! fine, `.control--select` alone restyles every select of amoCRM.

use super::scope::{Roots, View, is_system_class};
use super::sheet::Sheet;
use super::{at, code, code_at, listed, no_css};
use crate::i18n::Msg;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status};

const ID: RuleId = RuleId::CssSystemClasses;

pub fn check(sheets: &[Sheet], views: &[View], roots: &Roots) -> Finding {
    if sheets.is_empty() {
        return no_css(ID);
    }
    let mut hits: Vec<(&View, Vec<&str>)> = Vec::new();
    for view in views {
        let mut classes: Vec<&str> = Vec::new();
        for compound in view.outside_root() {
            for class in compound.styled_classes() {
                if is_system_class(class) && !classes.contains(&class) {
                    classes.push(class);
                }
            }
        }
        if !classes.is_empty() {
            hits.push((view, classes));
        }
    }
    if hits.is_empty() {
        let names = || listed(roots.found.iter().map(|f| code(&f.root.to_string())).collect());
        let message = match roots.found.len() {
            0 => msg!("css-system-pass"),
            1 => msg!("css-system-pass-root", roots = names()),
            _ => msg!("css-system-pass-roots", roots = names()),
        };
        return Finding::new(ID, Status::Pass, message);
    }
    let items: Vec<Msg> = hits
        .iter()
        .map(|(v, classes)| {
            let names = classes.iter().map(|c| format!(".{c}")).collect::<Vec<_>>().join(", ");
            if v.selector.text == names {
                code_at(&names, &v.selector.location)
            } else {
                msg!("css-item-styles", code = &v.selector.text, place = at(&v.selector.location), classes = names)
            }
        })
        .collect();
    let help = match roots.first() {
        Some(root) => msg!("css-system-help", root = root.to_string()),
        None => msg!("css-system-help-no-root"),
    };
    Finding::new(ID, Status::Fail, msg!("css-system-fail", n = hits.len(), items = listed(items)))
        .help(help)
        .at_all(hits.iter().map(|(v, _)| v.selector.location.clone()))
}
