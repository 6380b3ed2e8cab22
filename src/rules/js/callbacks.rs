//! The widget's callbacks (js.callbacks): amoCRM calls `render`, `init` and `bind_actions` of
//! `this.callbacks`; without one of them the widget does not work in its areas.

use crate::rules::catalogue::RuleId;
use oxc_ast::ast::{AssignmentExpression, Expression};

use super::FileScan;
use super::ast;
use super::walk::Walker;
use crate::rules::{Finding, Status};

/// The callbacks every widget must have.
pub const REQUIRED: &[&str] = &["render", "init", "bind_actions"];

/// `this.callbacks = {…}` (or `self.callbacks = {…}`).
pub fn assignment(w: &mut Walker, it: &AssignmentExpression) {
    let Some(m) = it.left.as_member_expression() else { return };
    if m.static_property_name() != Some("callbacks") {
        return;
    }
    if let Expression::ObjectExpression(o) = it.right.without_parentheses() {
        w.callbacks.push((ast::keys(o), o.span.start));
    }
}

/// The main script: `script.js` at the root, else the file with `define` and `this.callbacks`.
pub fn main_script(scans: &[FileScan]) -> Option<&FileScan> {
    scans
        .iter()
        .find(|s| s.path == "script.js")
        .or_else(|| scans.iter().find(|s| s.has_define && !s.callbacks.is_empty()))
}

pub fn check(scans: &[FileScan]) -> Finding {
    const ID: RuleId = RuleId::JsCallbacks;
    let Some(main) = main_script(scans) else {
        return Finding::new(ID, Status::Na, "The widget has no script.js, so there are no callbacks to check.");
    };
    let Some((_, at)) = main.callbacks.first() else {
        if !main.syntax.is_empty() {
            return Finding::new(
                ID,
                Status::Na,
                format!(
                    "{} could not be parsed completely (see js.syntax), so its callbacks were not checked.",
                    main.path
                ),
            );
        }
        return Finding::new(
            ID,
            Status::Warn,
            format!("{} does not set this.callbacks, so amoCRM finds no render, init or bind_actions.", main.path),
        )
        .at(crate::location::Location::file(&main.path));
    };
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|r| !main.callbacks.iter().any(|(keys, _)| keys.iter().any(|k| k == r)))
        .collect();
    if missing.is_empty() {
        return Finding::new(ID, Status::Pass, "this.callbacks has render, init and bind_actions.").at(at.clone());
    }
    let list = match missing.as_slice() {
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => String::new(),
    };
    Finding::new(
        ID,
        Status::Warn,
        format!(
            "this.callbacks in {} lacks {list}. amoCRM calls render, init and bind_actions in turn; without them the \
             widget does not work in its areas.",
            main.path
        ),
    )
    .at(at.clone())
    .help(format!(
        "Add {list} to this.callbacks; each must return true (return true even when there is nothing to do)."
    ))
}
