//! The widget's callbacks (js.callbacks): amoCRM calls `render`, `init` and `bind_actions` of
//! `this.callbacks`; without one of them the widget does not work in its areas. Some locations
//! call more: the card SDK its four data callbacks, the settings page `advancedSettings`, the
//! left-menu page `initMenuPage`.

use crate::location::Location;
use crate::rules::catalogue::RuleId;
use crate::widget::Widget;
use oxc_ast::ast::{AssignmentExpression, Expression, ObjectExpression, ObjectPropertyKind};

use super::ast;
use super::rule::JsRule;
use super::scan::{Detail, FileScan, Scripts};
use super::walk::Cx;
use crate::rules::{Finding, Status};

/// The callbacks every widget must have.
pub const REQUIRED: &[&str] = &["render", "init", "bind_actions"];

/// The callbacks a location needs besides [`REQUIRED`]: the card SDK's data sources
/// (developers.kommo.com/docs/card-sdk: "4 methods must be created in the callbacks object"),
/// the advanced settings page and the left-menu page (developers.kommo.com/docs/script-js).
const BY_LOCATION: &[(&str, &[&str])] = &[
    ("card_sdk", &["loadPreloadedData", "loadElements", "linkCard", "searchDataInCard"]),
    ("advanced_settings", &["advancedSettings"]),
    ("widget_page", &["initMenuPage"]),
];

/// Stands among an object's keys for a spread (`...more`), whose keys cannot be read.
const SPREAD: &str = "...";

const ID: RuleId = RuleId::JsCallbacks;

/// js.callbacks: `this.callbacks` of the main script has render, init and bind_actions, and the
/// callbacks its locations need.
#[derive(Default)]
pub struct Callbacks;

impl JsRule for Callbacks {
    /// `this.callbacks = {…}` (or `self.callbacks = {…}`), and `this.callbacks.name = …`.
    fn on_assignment(&mut self, cx: &mut Cx, it: &AssignmentExpression) {
        let Some(m) = it.left.as_member_expression() else { return };
        if m.static_property_name() == Some("callbacks") {
            if let Expression::ObjectExpression(o) = it.right.without_parentheses() {
                cx.note_with(ID, Status::Pass, "this.callbacks", o.span.start, Detail::Keys(keys(o)));
            }
            return;
        }
        let on_callbacks =
            m.object().as_member_expression().is_some_and(|o| o.static_property_name() == Some("callbacks"));
        if let (true, Some(name)) = (on_callbacks, m.static_property_name()) {
            let at = oxc_span::GetSpan::span(m).start;
            cx.note_with(ID, Status::Pass, format!("this.callbacks.{name}"), at, Detail::Keys(vec![name.to_string()]));
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        vec![scripts.none(ID).unwrap_or_else(|| check(scripts.files, scripts.widget))]
    }
}

/// The object's static keys, with [`SPREAD`] for each spread.
fn keys(o: &ObjectExpression) -> Vec<String> {
    let mut keys = ast::keys(o);
    if o.properties.iter().any(|p| matches!(p, ObjectPropertyKind::SpreadProperty(_))) {
        keys.push(SPREAD.to_string());
    }
    keys
}

/// The callbacks this widget needs, each with the location that needs it (none for the three).
fn needed(widget: &Widget) -> Vec<(&'static str, Option<&'static str>)> {
    let by_location = BY_LOCATION
        .iter()
        .filter(|(location, _)| widget.has_location(location))
        .flat_map(|(location, names)| names.iter().map(move |n| (*n, Some(*location))));
    REQUIRED.iter().map(|n| (*n, None)).chain(by_location).collect()
}

/// `render, init and bind_actions`.
fn and_list<'n>(names: impl IntoIterator<Item = &'n str>) -> String {
    let names: Vec<&str> = names.into_iter().collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
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

fn check(scans: &[FileScan], widget: &Widget) -> Finding {
    let Some(main) = main_script(scans) else {
        return Finding::new(ID, Status::Na, "The widget has no script.js, so there are no callbacks to check.");
    };
    let needed = needed(widget);
    let all = and_list(needed.iter().map(|(n, _)| *n));
    let setter = setter(main, scans);
    let handed_on = if setter.path == main.path { String::new() } else { format!(" (handed on by {})", main.path) };
    let found = callbacks(setter);
    let Some((_, at)) = found.first() else {
        return without_callbacks(main, &all);
    };
    let has = |name: &str| found.iter().any(|(keys, _)| keys.iter().any(|k| k == name));
    let missing: Vec<_> = needed.iter().filter(|(n, _)| !has(n)).collect();
    if missing.is_empty() {
        let message = format!("this.callbacks{handed_on} has {all}.");
        return Finding::new(ID, Status::Pass, message).at((*at).clone());
    }
    let list = and_list(missing.iter().map(|(n, _)| *n));
    let why = missing_why(&missing);
    // Keys that come from a spread or a module that cannot be read may be the missing ones.
    if let Some(unread) = unread_source([main, setter], widget, has(SPREAD)) {
        return Finding::new(
            ID,
            Status::Manual,
            format!(
                "this.callbacks in {}{handed_on} has no {list} that can be read, but {unread}, where they may be \
                 set: check that they are there.{why}",
                setter.path
            ),
        )
        .at((*at).clone());
    }
    Finding::new(
        ID,
        Status::Warn,
        format!(
            "this.callbacks in {}{handed_on} lacks {list}.{why} amoCRM calls render, init and bind_actions in turn; \
             without them the widget does not work in its areas.",
            setter.path
        ),
    )
    .at((*at).clone())
    .help(format!(
        "Add {list} to this.callbacks; render, init and bind_actions must return true (return true even when there \
         is nothing to do)."
    ))
}

/// The main script sets no readable `this.callbacks`.
fn without_callbacks(main: &FileScan, all: &str) -> Finding {
    if main.notes_of(RuleId::JsSyntax).next().is_some() {
        return Finding::new(
            ID,
            Status::Na,
            format!("{} could not be parsed completely (see js.syntax), so its callbacks were not checked.", main.path),
        );
    }
    // A module named only at run time cannot be followed: a person looks.
    if let Some(at) = main.facts.runtime_modules.first() {
        return Finding::new(
            ID,
            Status::Manual,
            format!(
                "{} hands on to a module whose name is built at run time ({}), so whether it sets {all} cannot be \
                 read; check that they are there.",
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
                "{} hands on to {}, and no module it loads sets this.callbacks in a way that can be read; check that \
                 {all} are there.",
                main.path,
                main.facts.modules.join(", ")
            ),
        )
        .at(Location::file(&main.path));
    }
    Finding::new(ID, Status::Warn, format!("{} does not set this.callbacks, so amoCRM finds no {all}.", main.path))
        .at(Location::file(&main.path))
}

/// ` loadElements and linkCard are for card_sdk.`: why the location callbacks are needed.
fn missing_why(missing: &[&(&str, Option<&str>)]) -> String {
    BY_LOCATION
        .iter()
        .filter_map(|(location, _)| {
            let names: Vec<&str> = missing.iter().filter(|(_, l)| *l == Some(*location)).map(|(n, _)| *n).collect();
            let verb = if names.len() == 1 { "is" } else { "are" };
            (!names.is_empty())
                .then(|| format!(" {} {verb} called in {location}, which manifest.json lists.", and_list(names)))
        })
        .collect()
}

/// What the callbacks may come from that cannot be read: a spread, a module named at run time,
/// or a module that is not in the widget (files.references names it).
fn unread_source(files: [&FileScan; 2], widget: &Widget, spread: bool) -> Option<String> {
    if spread {
        return Some("this.callbacks takes keys from a spread (...)".to_string());
    }
    if let Some(at) = files.iter().find_map(|f| f.facts.runtime_modules.first()) {
        return Some(format!(
            "a module is named at run time ({})",
            at.snippet.as_deref().unwrap_or("see the location")
        ));
    }
    let unread: Vec<&str> = files
        .iter()
        .flat_map(|f| &f.facts.modules)
        .map(String::as_str)
        .filter(|m| m.ends_with(".js") && widget.bytes(m).is_none())
        .collect();
    (!unread.is_empty()).then(|| format!("it loads {}, which is not in the widget", unread.join(", ")))
}
