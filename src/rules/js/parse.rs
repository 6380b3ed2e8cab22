//! Parses one file with oxc, builds its scopes with oxc_semantic, walks it once with a fresh copy
//! of every rule, and locates what they noted: the one step that turns byte offsets into
//! locations (at most [`MAX_NOTES`](super::walk::MAX_NOTES) per rule and file). Runs on a worker thread per file; returns owned data only.

use oxc_allocator::Allocator;
use oxc_ast_visit::Visit;
use oxc_parser::Parser;
use oxc_semantic::SemanticBuilder;
use oxc_span::SourceType;

use super::ownership::{self, Owner};
use super::rule::JsRule;
use super::scan::{Detail, FileFacts, FileScan, Note};
use super::walk::{RawNote, Walker};
use super::{bundle, guard};
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::Status;
use crate::rules::catalogue::RuleId;
use crate::rules::loads::{Reference, Required};
use crate::widget::source::SourceText;

/// Scans one file with the given (fresh) rules.
pub fn scan(source: &SourceText, rules: Vec<Box<dyn JsRule>>) -> FileScan {
    let text: &str = &source.text;
    let owner = ownership::owner(&source.path, text);
    if let Owner::Tooling(_) = owner {
        // Run by Node on the developer's machine, not by amoCRM: not the widget's code.
        return FileScan { path: source.path.clone(), owner, ..FileScan::default() };
    }
    let unreadable = |why: Msg| FileScan {
        path: source.path.clone(),
        owner: owner.clone(),
        notes: vec![syntax_note(why, Location::file(&source.path))],
        ..FileScan::default()
    };
    if text.len() > guard::MAX_SCRIPT_BYTES {
        // One decimal, as written (`8.3`): the number is shown, not counted.
        let size = format!("{:.1}", text.len() as f64 / (1024.0 * 1024.0));
        return unreadable(msg!("js-syntax-too-large", size = size, limit = guard::MAX_SCRIPT_BYTES / (1024 * 1024)));
    }
    let depth = guard::nesting(text);
    if depth > guard::MAX_NESTING {
        return unreadable(msg!("js-syntax-too-deep", depth = depth));
    }
    let allocator = Allocator::default();
    // Widgets are classic scripts (RequireJS); `unambiguous` also accepts the odd ES module.
    let ret = Parser::new(&allocator, text, SourceType::unambiguous()).parse();
    let mut syntax: Vec<(String, u32)> =
        ret.diagnostics.iter().map(|d| (d.message.to_string(), error_offset(&d.labels))).collect();
    let semantic = SemanticBuilder::new().with_check_syntax_error(!ret.panicked).build(&ret.program);
    for d in semantic.diagnostics.iter() {
        let message = d.message.to_string();
        if !syntax.iter().any(|(m, _)| *m == message) {
            syntax.push((message, error_offset(&d.labels)));
        }
    }
    let scoping = semantic.semantic.scoping();
    let mut w = Walker::new(scoping, &source.path, rules);
    w.each(|r, cx| r.on_source(cx, text));
    w.each(|r, cx| r.on_comments(cx, text, &ret.program.comments));
    w.visit_program(&ret.program);
    w.each(|r, cx| r.finish(cx));
    let mut cx = w.cx;
    if ret.program.source_type.is_script() {
        // Top-level declarations of a classic script are globals other files may use.
        let root = scoping.root_scope_id();
        for symbol in scoping.symbol_ids() {
            if scoping.symbol_scope_id(symbol) == root {
                cx.own_globals.push(scoping.symbol_name(symbol).to_string());
            }
        }
    }
    let at = |offset: u32| source.location_at(offset as usize);
    // The parser's own words (oxc's, in English), shown as it gives them.
    let mut notes: Vec<Note> = syntax
        .into_iter()
        .map(|(message, offset)| syntax_note(msg!("js-syntax-parser", error = message), at(offset)))
        .collect();
    let (raw, folded, libraries, opaque) = split_bundle(&owner, cx.notes, &cx.facts.bundle_modules);
    notes.extend(raw.into_iter().map(|n| Note {
        rule: n.rule,
        status: n.status,
        what: n.what,
        at: at(n.offset),
        detail: n.detail,
    }));
    let facts = FileFacts {
        references: cx
            .facts
            .references
            .into_iter()
            .map(|(wanted, offset)| Reference { wanted, at: at(offset) })
            .collect(),
        modules: cx.facts.modules,
        required: cx
            .facts
            .required
            .into_iter()
            .map(|(path, how, offset)| Required { path, how, at: at(offset) })
            .collect(),
        runtime_modules: cx.facts.runtime_modules.into_iter().map(at).collect(),
        placeholders: cx.facts.placeholders.into_iter().map(|(what, offset)| (what, at(offset))).collect(),
        left_menu: cx.facts.left_menu.into_iter().map(at).collect(),
        drag_drop: cx.facts.drag_drop.into_iter().map(at).collect(),
        dom_areas: cx.facts.dom_areas.into_iter().map(|(s, offset)| (s, at(offset))).collect(),
    };
    FileScan {
        path: source.path.clone(),
        notes,
        own_globals: cx.own_globals,
        has_define: cx.has_define,
        owner,
        libraries,
        opaque,
        folded,
        facts,
    }
}

/// The notes of a bundle that are the widget's own, by its module table: those inside the
/// widget's own modules. Notes inside library modules and the bundler's runtime are dropped and
/// the findings among them counted, with the libraries' names; without a table (a production
/// build) every finding is, and the bundle is opaque. Other files keep their notes.
fn split_bundle(
    owner: &Owner,
    notes: Vec<RawNote>,
    modules: &[(String, u32, u32)],
) -> (Vec<RawNote>, usize, Vec<String>, bool) {
    if *owner != Owner::Bundle {
        return (notes, 0, Vec::new(), false);
    }
    let mut libraries: Vec<String> = Vec::new();
    for (key, _, _) in modules {
        if let Some(name) = bundle::library_of(key).filter(|n| !libraries.contains(n)) {
            libraries.push(name);
        }
    }
    let own = |offset: u32| {
        modules.iter().any(|(key, start, end)| bundle::library_of(key).is_none() && (*start..*end).contains(&offset))
    };
    let (kept, dropped): (Vec<RawNote>, Vec<RawNote>) =
        notes.into_iter().partition(|n| ownership::kept_in_bundle(n.status, n.rule, own(n.offset)));
    let findings = dropped.iter().filter(|n| n.status != Status::Pass).count();
    (kept, findings, libraries, modules.is_empty())
}

fn syntax_note(message: Msg, at: Location) -> Note {
    Note { rule: RuleId::JsSyntax, status: Status::Fail, what: message, at, detail: Detail::None }
}

/// Where an error is: its primary label, else its last label (oxc lists "declared here first"
/// before "redeclared here"), else the start of the file.
fn error_offset(labels: &[oxc_span::LabeledSpan]) -> u32 {
    labels.iter().find(|l| l.primary()).or(labels.last()).map_or(0, |l| l.offset())
}
