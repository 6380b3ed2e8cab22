//! `css.root-scoped`: every selector should start from the widget's root selector, given or
//! inferred (the most common first class or id of the widget's rules). Heuristic, so a warning.

use super::scope::{RootChoice, View};
use super::sheet::Sheet;
use super::{at, list, no_css, read_what, verb};
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status, plural};

const ID: RuleId = RuleId::CssRootScoped;

pub fn check(sheets: &[Sheet], views: &[View], root: Option<&RootChoice>) -> Finding {
    if sheets.is_empty() {
        return no_css(ID);
    }
    if views.is_empty() {
        return Finding::new(ID, Status::Pass, format!("{} style no elements.", read_what(sheets)));
    }
    let Some(root) = root else {
        return Finding::new(
            ID,
            Status::Warn,
            format!(
                "No widget root could be found: none of the {} selector{} starts with a class or id of the widget's own.",
                views.len(),
                plural(views.len())
            ),
        )
        .help("Wrap the widget's markup in one element with a unique class (e.g. `.my-widget-code`) and start every selector with it.")
        .at_all(views.iter().map(|v| v.selector.location.clone()));
    };
    let how = if root.given {
        format!("the root `{}` you gave", root.root)
    } else {
        format!(
            "the root `{}` (inferred: {} of the {} selector{} {} with it)",
            root.root,
            root.starts,
            views.len(),
            plural(views.len()),
            verb(root.starts, "starts", "start")
        )
    };
    let outside: Vec<&View> = views.iter().filter(|v| v.root_at.is_none() && !v.under_unscoped_parent).collect();
    if outside.is_empty() {
        return Finding::new(ID, Status::Pass, format!("Every selector starts from {how}.")).evidence(
            "widget root",
            root.root.to_string(),
            None,
        );
    }
    let items: Vec<String> =
        outside.iter().map(|v| format!("`{}` ({})", v.selector.text, at(&v.selector.location))).collect();
    Finding::new(
        ID,
        Status::Warn,
        format!(
            "{} selector{} {} not start from {how}: {}.",
            outside.len(),
            plural(outside.len()),
            verb(outside.len(), "does", "do"),
            list(&items)
        ),
    )
    .help(format!(
        "Start every selector with the widget's root, e.g. `{} .title {{ … }}`, or nest the rules inside it. If the root shown is not your widget's root, the other selectors are the ones to check.",
        root.root
    ))
    .evidence("widget root", root.root.to_string(), None)
    .at_all(outside.iter().map(|v| v.selector.location.clone()))
}
