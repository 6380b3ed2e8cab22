//! `css.system-classes`: amoCRM's own classes (`.control--select`, `.modal`, `.button-input` …,
//! see [`is_system_class`]) may be styled only inside the widget: `.my-widget .control--select`,
//! `#my-widget .control-select` and `.card-widgets__widget-<code> .card-widgets__elements` are
//! fine, `.control--select` alone restyles every select of amoCRM.

use super::scope::{Roots, View, is_system_class};
use super::sheet::Sheet;
use super::{at, list, named, no_css, verb};
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status, plural};

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
        let scope = if roots.found.is_empty() { String::new() } else { format!(" ({})", named(roots)) };
        return Finding::new(
            ID,
            Status::Pass,
            format!("No selector styles amoCRM's own classes outside the widget{scope}."),
        );
    }
    let items: Vec<String> = hits
        .iter()
        .map(|(v, classes)| {
            let names = classes.iter().map(|c| format!(".{c}")).collect::<Vec<_>>().join(", ");
            if v.selector.text == names {
                format!("`{names}` ({})", at(&v.selector.location))
            } else {
                format!("`{}` ({}, styles {names})", v.selector.text, at(&v.selector.location))
            }
        })
        .collect();
    let help = match roots.first() {
        Some(root) => format!(
            "Start these selectors with your widget's root, e.g. `{root} .control--select {{ … }}`, or give your elements classes of their own."
        ),
        None => "Wrap the widget's markup in an element with a class of its own (e.g. the widget code) and start these selectors with it, or give your elements classes of their own.".to_string(),
    };
    Finding::new(
        ID,
        Status::Fail,
        format!(
            "{} selector{} {} amoCRM's own elements, not only the widget's: {}.",
            hits.len(),
            plural(hits.len()),
            verb(hits.len(), "restyles", "restyle"),
            list(&items)
        ),
    )
    .help(help)
    .at_all(hits.iter().map(|(v, _)| v.selector.location.clone()))
}
