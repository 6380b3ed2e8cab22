//! Parses one file with oxc, builds its scopes with oxc_semantic, walks it once and turns every
//! byte offset into a location. Runs on a worker thread per file; returns owned data only.

use oxc_allocator::Allocator;
use oxc_ast_visit::Visit;
use oxc_parser::Parser;
use oxc_semantic::SemanticBuilder;
use oxc_span::SourceType;

use super::walk::Walker;
use super::{FileScan, Hit, Source, Unresolved, comments, guard, minified};
use crate::widget::source::SourceText;

/// Everything the rules need from one JavaScript file.
/// The most findings of one kind kept per file, each with its location and snippet: reports show
/// far fewer, and a generated file with 35 000 undeclared names would otherwise hold 9 MB of them.
const MAX_KEPT: usize = 1_000;

pub fn scan(source: &SourceText) -> FileScan {
    let text: &str = &source.text;
    let at = |offset: u32| source.location_at(offset as usize);
    if text.len() > guard::MAX_SCRIPT_BYTES {
        let mut scan = FileScan::empty(&source.path);
        scan.syntax.push((
            format!(
                "the file is {:.1} MiB, too large to analyse (the limit is {} MiB per script); it was not analysed",
                text.len() as f64 / (1024.0 * 1024.0),
                guard::MAX_SCRIPT_BYTES / (1024 * 1024)
            ),
            crate::location::Location::file(&source.path),
        ));
        return scan;
    }
    let depth = guard::nesting(text);
    if depth > guard::MAX_NESTING {
        let mut scan = FileScan::empty(&source.path);
        scan.syntax.push((
            format!(
                "the code is nested about {depth} levels deep (brackets or chained operators), too deep to be read safely; \
                 it was not analysed"
            ),
            crate::location::Location::file(&source.path),
        ));
        return scan;
    }
    let allocator = Allocator::default();
    // Widgets are classic scripts (RequireJS); `unambiguous` also accepts the odd ES module.
    let ret = Parser::new(&allocator, text, SourceType::unambiguous()).parse();
    let mut syntax: Vec<(String, crate::location::Location)> =
        ret.diagnostics.iter().map(|d| (d.message.to_string(), at(error_offset(&d.labels)))).collect();
    let semantic = SemanticBuilder::new().with_check_syntax_error(!ret.panicked).build(&ret.program);
    for d in semantic.diagnostics.iter() {
        let message = d.message.to_string();
        if !syntax.iter().any(|(m, _)| *m == message) {
            syntax.push((message, at(error_offset(&d.labels))));
        }
    }
    let scoping = semantic.semantic.scoping();
    let mut w = Walker::new(scoping);
    w.visit_program(&ret.program);
    w.finish();
    if ret.program.source_type.is_script() {
        // Top-level declarations of a classic script are globals other files may use.
        let root = scoping.root_scope_id();
        for symbol in scoping.symbol_ids() {
            if scoping.symbol_scope_id(symbol) == root {
                w.own_globals.push(scoping.symbol_name(symbol).to_string());
            }
        }
    }
    let commented = comments::find(text, &ret.program.comments).into_iter().map(|c| (c.code, at(c.offset))).collect();
    let verdict = minified::judge(&source.path, text);
    let minified_at = verdict.as_ref().map(|v| source.location_at(v.offset));
    let sources = |raw: Vec<super::walk::RawSource>| {
        raw.into_iter().map(|r| Source { url: r.url, how: r.how, at: at(r.offset) }).collect::<Vec<_>>()
    };
    FileScan {
        path: source.path.clone(),
        syntax,
        hits: w
            .hits
            .into_iter()
            .take(MAX_KEPT)
            .map(|h| Hit { rule: h.rule, status: h.status, what: h.what, at: at(h.offset) })
            .collect(),
        unresolved: w
            .unresolved
            .into_iter()
            .take(MAX_KEPT)
            .map(|(name, write, offset)| Unresolved { name, write, at: at(offset) })
            .collect(),
        own_globals: w.own_globals,
        scripts: sources(w.scripts),
        styles: sources(w.styles),
        message_listeners: w.message_listeners.into_iter().map(at).collect(),
        callbacks: w.callbacks.into_iter().map(|(keys, offset)| (keys, at(offset))).collect(),
        has_define: w.has_define,
        commented,
        minified: verdict,
        minified_at,
        is_library: false,
        folded: 0,
        references: w.references,
        left_menu: w.left_menu.into_iter().map(at).collect(),
        drag_drop: w.drag_drop.into_iter().map(at).collect(),
        dom_areas: w.dom_areas.into_iter().map(|(s, offset)| (s, at(offset))).collect(),
    }
}

/// Where an error is: its primary label, else its last label (oxc lists "declared here first"
/// before "redeclared here"), else the start of the file.
fn error_offset(labels: &[oxc_span::LabeledSpan]) -> u32 {
    labels.iter().find(|l| l.primary()).or(labels.last()).map_or(0, |l| l.offset())
}
