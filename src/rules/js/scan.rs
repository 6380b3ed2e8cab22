//! What one JavaScript file gave the rules, and the helpers rules use to turn it into findings.
//! Rules write [`Note`]s while walking; each note is located once, after the walk, by the
//! generic step in `parse.rs`. Everything here is owned data, so files can be scanned in
//! parallel and the syntax trees dropped right after.

use super::ownership::Owner;
use crate::i18n::{Arg, Msg, list};
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::loads::{Reference, Required};
use crate::rules::profile::Profile;
use crate::rules::{Finding, Status};
use crate::widget::Widget;

/// Something a rule noted in a file: for which rule, how bad, in words, and where.
#[derive(Debug, Clone)]
pub struct Note {
    pub rule: RuleId,
    /// `Pass` for what is noted only to be counted or shown (an allowed `console.trace`, a
    /// message listener); `Manual` for what the verdict judges later (a URL, by its host).
    pub status: Status,
    /// What was found, as a person reads it in a listing.
    pub what: Msg,
    pub at: Location,
    pub detail: Detail,
}

/// What a rule needs to know about a note beyond its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    None,
    /// A name used without a declaration; `write`: it is assigned.
    Name {
        name: String,
        write: bool,
    },
    /// A text of the widget the note is about, as written (a text shown to users, a root of
    /// the markup), for the families that read it.
    Text(String),
    /// A script or stylesheet loaded from a URL, and what loads it.
    Source {
        url: String,
        how: Msg,
    },
    /// The keys of `this.callbacks = {…}`.
    Keys(Vec<String>),
}

/// What the scripts tell other rule families, gathered while walking.
#[derive(Debug, Clone, Default)]
pub struct FileFacts {
    /// Widget files the script names, or may name.
    pub references: Vec<Reference>,
    /// Widget modules it loads through `define` / `require`, as paths.
    pub modules: Vec<String>,
    /// Files it certainly loads, and how.
    pub required: Vec<Required>,
    /// Where it loads a module whose id is only known at run time: what it loads is not seen.
    pub runtime_modules: Vec<Location>,
    /// Placeholder addresses and build placeholders in its strings, in words.
    pub placeholders: Vec<(Msg, Location)>,
    /// Where it selects or changes the left menu.
    pub left_menu: Vec<Location>,
    /// Where it uses drag and drop.
    pub drag_drop: Vec<Location>,
    /// Page parts it selects (`#id`, `.class`), for ui.interfaces.
    pub dom_areas: Vec<(String, Location)>,
}

/// Everything found in one JavaScript file.
#[derive(Debug, Clone, Default)]
pub struct FileScan {
    pub path: String,
    pub notes: Vec<Note>,
    /// Names the file makes global (`window.x = …`, top-level declarations of a classic script).
    pub own_globals: Vec<String>,
    /// The file calls `define`.
    pub has_define: bool,
    /// Whose code it is.
    pub owner: Owner,
    /// The libraries in it: the file itself, or the packages of a bundle's module table.
    pub libraries: Vec<String>,
    /// A bundle without a module table: its parts cannot be told apart.
    pub opaque: bool,
    /// The library code's notes, dropped: how many were findings.
    pub folded: usize,
    pub facts: FileFacts,
}

impl Note {
    /// The widget's text the note is about ([`Detail::Text`]), or nothing.
    pub fn text(&self) -> &str {
        match &self.detail {
            Detail::Text(text) | Detail::Name { name: text, .. } => text,
            _ => "",
        }
    }
}

impl FileScan {
    /// The notes of one rule.
    pub fn notes_of(&self, rule: RuleId) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |n| n.rule == rule)
    }
}

/// What a rule's verdict reads: the widget's own scripts, the recognised library files (their
/// notes folded away), and the widget itself (templates load scripts too).
pub struct Scripts<'a> {
    pub files: &'a [FileScan],
    pub libraries: &'a [FileScan],
    pub widget: &'a Widget,
    pub profile: &'static Profile,
}

/// At most this many locations are attached to one result.
pub const MAX_LOCATIONS: usize = 100;
/// At most this many findings are spelled out in a message.
pub const MAX_LISTED: usize = 5;

impl Scripts<'_> {
    /// The notes of one rule with one status, across files.
    pub fn notes(&self, rule: RuleId, status: Status) -> Vec<&Note> {
        self.files.iter().flat_map(|f| f.notes_of(rule)).filter(|n| n.status == status).collect()
    }

    /// `na` for a rule that needs JavaScript, when the widget has none (libraries aside).
    pub fn none(&self, rule: RuleId) -> Option<Finding> {
        (self.files.is_empty() && self.libraries.is_empty())
            .then(|| Finding::new(rule, Status::Na, msg!("js-no-scripts")))
    }

    /// A rule that fails on any note of its own with `Fail`, and passes otherwise.
    pub fn simple(&self, rule: RuleId, pass: Msg, headline: impl Fn(usize) -> Msg) -> Finding {
        if let Some(na) = self.none(rule) {
            return na;
        }
        let found = self.notes(rule, Status::Fail);
        if found.is_empty() {
            return Finding::new(rule, Status::Pass, pass);
        }
        from_notes(rule, Status::Fail, &found, headline(found.len()))
    }
}

/// `headline: what (file:line:col), …, and N more.`
pub fn listing(headline: Msg, items: &[(&Msg, &Location)]) -> Msg {
    let shown: Vec<Msg> = items.iter().take(MAX_LISTED).map(|(what, at)| placed(what, at)).collect();
    let more = items.len().saturating_sub(MAX_LISTED);
    msg!("js-listing", headline = headline, items = list(shown, ", "), more = more)
}

/// `what (file:line:col)`.
pub fn placed(what: &Msg, at: &Location) -> Msg {
    msg!("js-listing-item", what = what.clone(), at = at.display())
}

/// A finding listing notes, at their locations.
pub fn from_notes(rule: RuleId, status: Status, found: &[&Note], headline: Msg) -> Finding {
    let items: Vec<(&Msg, &Location)> = found.iter().map(|n| (&n.what, &n.at)).collect();
    Finding::new(rule, status, listing(headline, &items)).at_all(found.iter().take(MAX_LOCATIONS).map(|n| n.at.clone()))
}

/// A part of a message that is there or not (a sentence added at the end, a remark in
/// parentheses): its message starts with the space that separates it.
pub fn optional(part: Option<Msg>) -> Arg {
    list(part.into_iter().collect(), "")
}

/// Code or a value of the widget shown as it is, in a message's place for words.
pub fn code(text: impl Into<String>) -> Msg {
    msg!("js-code", code = text.into())
}
