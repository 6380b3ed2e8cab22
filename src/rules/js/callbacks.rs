//! The widget's callbacks (js.callbacks): amoCRM calls `render`, `init` and `bind_actions` of
//! `this.callbacks`; without one of them the widget does not work in its areas.

use crate::rules::catalogue::RuleId;
use oxc_ast::ast::{AssignmentExpression, Expression};

use super::ast;
use super::rule::JsRule;
use super::scan::{Detail, FileScan, Scripts};
use super::walk::Cx;
use crate::rules::{Finding, Status};

/// The callbacks every widget must have.
pub const REQUIRED: &[&str] = &["render", "init", "bind_actions"];

const ID: RuleId = RuleId::JsCallbacks;

/// js.callbacks: `this.callbacks` of the main script has render, init and bind_actions.
#[derive(Default)]
pub struct Callbacks;

impl JsRule for Callbacks {
    /// `this.callbacks = {…}` (or `self.callbacks = {…}`).
    fn on_assignment(&mut self, cx: &mut Cx, it: &AssignmentExpression) {
        let Some(m) = it.left.as_member_expression() else { return };
        if m.static_property_name() != Some("callbacks") {
            return;
        }
        if let Expression::ObjectExpression(o) = it.right.without_parentheses() {
            cx.note_with(ID, Status::Pass, "this.callbacks", o.span.start, Detail::Keys(ast::keys(o)));
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        vec![scripts.none(ID).unwrap_or_else(|| check(scripts.files))]
    }
}

/// The keys of each `this.callbacks = {…}` of a file, with where.
fn callbacks(file: &FileScan) -> Vec<(&[String], &crate::location::Location)> {
    file.notes_of(ID)
        .filter_map(|n| match &n.detail {
            Detail::Keys(keys) => Some((keys.as_slice(), &n.at)),
            _ => None,
        })
        .collect()
}

/// The main script: `script.js` at the root, else the file with `define` and `this.callbacks`.
pub fn main_script(scans: &[FileScan]) -> Option<&FileScan> {
    scans
        .iter()
        .find(|s| s.path == "script.js")
        .or_else(|| scans.iter().find(|s| s.has_define && !callbacks(s).is_empty()))
}

/// The module that sets the callbacks: the main script, or — when it only hands on a module
/// (`define(['./src/index.js'], function (w) { return w; })`) — the first module it loads,
/// directly or through others, that sets `this.callbacks`.
fn setter<'s>(main: &'s FileScan, scans: &'s [FileScan]) -> &'s FileScan {
    let mut queue: Vec<&str> = vec![&main.path];
    let mut seen: Vec<&str> = Vec::new();
    while let Some(path) = queue.pop() {
        if seen.contains(&path) {
            continue;
        }
        seen.push(path);
        let Some(file) = scans.iter().find(|s| s.path == path) else { continue };
        if !callbacks(file).is_empty() {
            return file;
        }
        queue.extend(file.facts.modules.iter().rev().map(String::as_str));
    }
    main
}

fn check(scans: &[FileScan]) -> Finding {
    let Some(main) = main_script(scans) else {
        return Finding::new(ID, Status::Na, "The widget has no script.js, so there are no callbacks to check.");
    };
    let setter = setter(main, scans);
    let handed_on = if setter.path == main.path { String::new() } else { format!(" (handed on by {})", main.path) };
    let found = callbacks(setter);
    let Some((_, at)) = found.first() else {
        if main.notes_of(RuleId::JsSyntax).next().is_some() {
            return Finding::new(
                ID,
                Status::Na,
                format!(
                    "{} could not be parsed completely (see js.syntax), so its callbacks were not checked.",
                    main.path
                ),
            );
        }
        // A module named only at run time cannot be followed: a person looks.
        if let Some(at) = main.facts.runtime_modules.first() {
            return Finding::new(
                ID,
                Status::Manual,
                format!(
                    "{} hands on to a module whose name is built at run time ({}), so whether it sets render, init \
                     and bind_actions cannot be read; check that they are there.",
                    main.path,
                    at.snippet.as_deref().unwrap_or("see the location")
                ),
            )
            .at(at.clone());
        }
        // A module built elsewhere may set them in a way the walk cannot see: a person looks.
        if !main.facts.modules.is_empty() {
            return Finding::new(
                ID,
                Status::Manual,
                format!(
                    "{} hands on to {}, and no module it loads sets this.callbacks in a way that can be read; check \
                     that render, init and bind_actions are there.",
                    main.path,
                    main.facts.modules.join(", ")
                ),
            )
            .at(crate::location::Location::file(&main.path));
        }
        return Finding::new(
            ID,
            Status::Warn,
            format!("{} does not set this.callbacks, so amoCRM finds no render, init or bind_actions.", main.path),
        )
        .at(crate::location::Location::file(&main.path));
    };
    let missing: Vec<&str> =
        REQUIRED.iter().copied().filter(|r| !found.iter().any(|(keys, _)| keys.iter().any(|k| k == r))).collect();
    if missing.is_empty() {
        let message = format!("this.callbacks{handed_on} has render, init and bind_actions.");
        return Finding::new(ID, Status::Pass, message).at((*at).clone());
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
            "this.callbacks in {}{handed_on} lacks {list}. amoCRM calls render, init and bind_actions in turn; without \
             them the widget does not work in its areas.",
            setter.path
        ),
    )
    .at((*at).clone())
    .help(format!(
        "Add {list} to this.callbacks; each must return true (return true even when there is nothing to do)."
    ))
}
