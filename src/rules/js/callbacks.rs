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
use super::scan::{Detail, FileScan, Scripts, code, optional};
use super::walk::Cx;
use crate::i18n::{Msg, list};
use crate::msg;
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
                cx.note_with(ID, Status::Pass, code("this.callbacks"), o.span.start, Detail::Keys(keys(o)));
            }
            return;
        }
        let on_callbacks =
            m.object().as_member_expression().is_some_and(|o| o.static_property_name() == Some("callbacks"));
        if let (true, Some(name)) = (on_callbacks, m.static_property_name()) {
            let at = oxc_span::GetSpan::span(m).start;
            let what = code(["this.callbacks.", name].concat());
            cx.note_with(ID, Status::Pass, what, at, Detail::Keys(vec![name.to_string()]));
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
fn and_list<'n>(names: impl IntoIterator<Item = &'n str>) -> Msg {
    let names: Vec<&str> = names.into_iter().collect();
    match names.as_slice() {
        [] => code(""),
        [one] => code(*one),
        [rest @ .., last] => msg!("js-and", first = rest.join(", "), last = *last),
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
        return Finding::new(ID, Status::Na, msg!("js-callbacks-no-script"));
    };
    let needed = needed(widget);
    let all = and_list(needed.iter().map(|(n, _)| *n));
    let setter = setter(main, scans);
    let handed_on = || optional((setter.path != main.path).then(|| msg!("js-callbacks-handed-on", file = &main.path)));
    let found = callbacks(setter);
    let Some((_, at)) = found.first() else {
        return without_callbacks(main, all);
    };
    let has = |name: &str| found.iter().any(|(keys, _)| keys.iter().any(|k| k == name));
    let missing: Vec<_> = needed.iter().filter(|(n, _)| !has(n)).collect();
    if missing.is_empty() {
        let message = msg!("js-callbacks-pass", handed_on = handed_on(), all = all);
        return Finding::new(ID, Status::Pass, message).at((*at).clone());
    }
    let names = and_list(missing.iter().map(|(n, _)| *n));
    let why = || list(missing_why(&missing), "");
    // Keys that come from a spread or a module that cannot be read may be the missing ones.
    if let Some(unread) = unread_source([main, setter], widget, has(SPREAD)) {
        let message = msg!(
            "js-callbacks-unread",
            file = &setter.path,
            handed_on = handed_on(),
            missing = names,
            unread = unread,
            why = why()
        );
        return Finding::new(ID, Status::Manual, message).at((*at).clone());
    }
    let message =
        msg!("js-callbacks-lacks", file = &setter.path, handed_on = handed_on(), missing = names.clone(), why = why());
    Finding::new(ID, Status::Warn, message).at((*at).clone()).help(msg!("js-callbacks-lacks-help", missing = names))
}

/// The code at a location, or words saying to look there.
fn snippet(at: &Location) -> Msg {
    at.snippet.as_deref().map_or_else(|| msg!("js-callbacks-see-location"), code)
}

/// The main script sets no readable `this.callbacks`.
fn without_callbacks(main: &FileScan, all: Msg) -> Finding {
    let file = &main.path;
    if main.notes_of(RuleId::JsSyntax).next().is_some() {
        return Finding::new(ID, Status::Na, msg!("js-callbacks-unparsed", file = file));
    }
    // A module named only at run time cannot be followed: a person looks.
    if let Some(at) = main.facts.runtime_modules.first() {
        let message = msg!("js-callbacks-runtime-module", file = file, code = snippet(at), all = all);
        return Finding::new(ID, Status::Manual, message).at(at.clone());
    }
    // A module built elsewhere may set them in a way the walk cannot see: a person looks.
    if !main.facts.modules.is_empty() {
        let message = msg!("js-callbacks-modules", file = file, modules = main.facts.modules.join(", "), all = all);
        return Finding::new(ID, Status::Manual, message).at(Location::file(file));
    }
    Finding::new(ID, Status::Warn, msg!("js-callbacks-missing", file = file, all = all)).at(Location::file(file))
}

/// ` loadElements and linkCard are called in card_sdk, which manifest.json lists.`: why the
/// location callbacks are needed, one sentence per location (each starts with its space).
fn missing_why(missing: &[&(&str, Option<&str>)]) -> Vec<Msg> {
    BY_LOCATION
        .iter()
        .filter_map(|(location, _)| {
            let names: Vec<&str> = missing.iter().filter(|(_, l)| *l == Some(*location)).map(|(n, _)| *n).collect();
            let n = names.len();
            (n > 0).then(|| msg!("js-callbacks-why", names = and_list(names), n = n, location = *location))
        })
        .collect()
}

/// What the callbacks may come from that cannot be read: a spread, a module named at run time,
/// or a module that is not in the widget (files.references names it).
fn unread_source(files: [&FileScan; 2], widget: &Widget, spread: bool) -> Option<Msg> {
    if spread {
        return Some(msg!("js-callbacks-unread-spread"));
    }
    if let Some(at) = files.iter().find_map(|f| f.facts.runtime_modules.first()) {
        return Some(msg!("js-callbacks-unread-runtime", code = snippet(at)));
    }
    let unread: Vec<&str> = files
        .iter()
        .flat_map(|f| &f.facts.modules)
        .map(String::as_str)
        .filter(|m| m.ends_with(".js") && widget.bytes(m).is_none())
        .collect();
    let n = unread.len();
    (n > 0).then(|| msg!("js-callbacks-unread-missing", modules = unread.join(", "), n = n))
}
