//! JavaScript: every `.js` file parsed once with oxc and walked once; every JS rule sees each
//! node of that one walk (see [`rule::JsRule`]) and writes notes, then gives its verdict over
//! all files.
//!
//! Files are scanned in parallel (rayon), each into a [`FileScan`] of owned, located notes. Only
//! the widget's own code is judged (see [`ownership`]): a third-party library file is folded (its
//! notes dropped and counted, js.minified names it for a person to confirm), so are the library
//! modules of a bundle, and build tooling is not checked at all but reported by files.dev-junk.

mod ast;
mod bundle;
mod callbacks;
mod comments;
mod debug;
mod eval;
mod facts;
mod globals;
mod globals_table;
mod guard;
pub use guard::MAX_SCRIPT_BYTES;
mod install;
mod markup;
mod minified;
mod network;
mod ownership;
mod parse;
mod rule;
mod scan;
mod sourcemap;
mod syntax;
mod typeof_guard;
mod ui_text;
mod walk;

#[cfg(test)]
mod tests;

use std::collections::HashSet;

use rayon::prelude::*;

use super::{Check, Finding, Status};
use crate::location::Location;
use crate::rules::catalogue::RuleId;
use crate::rules::loads::{Reference, Required};
use crate::widget::SCRIPT_EXTENSIONS;
use crate::widget::source::SourceText;
use ownership::Owner;
use rule::JsRule;
use scan::{FileScan, Scripts};

pub use globals::{PLATFORM as ALLOWED_PLATFORM_GLOBALS, is_allowed as is_allowed_global};
pub use network::{CHECKED_HOSTS, TRUSTED_HOSTS};
pub use scan::{MAX_LISTED, MAX_LOCATIONS};

/// Every JavaScript rule, in the order they see each node. A new rule is one file and one line
/// here.
const RULES: &[fn() -> Box<dyn JsRule>] = &[
    new::<syntax::Syntax>,
    new::<globals::Undeclared>,
    new::<globals::AmocrmGlobal>,
    new::<debug::DebugOutput>,
    new::<network::SyncRequests>,
    new::<network::Loading>,
    new::<eval::Eval>,
    new::<callbacks::Callbacks>,
    new::<install::AutoInstall>,
    new::<minified::Minified>,
    new::<comments::CommentedOut>,
    new::<facts::Facts>,
    new::<bundle::ModuleTable>,
    new::<markup::MarkupRoots>,
    new::<ui_text::UiText>,
];

fn new<R: JsRule + Default + 'static>() -> Box<dyn JsRule> {
    Box::new(R::default())
}

/// A fresh copy of every rule, for the walk of one file.
fn fresh() -> Vec<Box<dyn JsRule>> {
    RULES.iter().map(|make| make()).collect()
}

/// What the scripts tell other rule families.
#[derive(Debug, Clone, Default)]
pub struct ScriptFacts {
    /// Widget files the scripts name (string literals, `define` deps, render hrefs, HTML they
    /// build) or may name (names built at run time).
    pub references: Vec<Reference>,
    /// Where scripts load a module whose id is built at run time: what it loads is not seen.
    pub runtime_modules: Vec<Location>,
    /// Files the scripts certainly load (relative modules, rendered templates), for
    /// files.references.
    pub required: Vec<Required>,
    /// Placeholder addresses and build placeholders in the scripts' strings (for dev.placeholders).
    pub placeholders: Vec<(crate::i18n::Msg, Location)>,
    /// Places where scripts select or change the left menu.
    pub left_menu: Vec<Location>,
    /// Places where scripts use drag and drop.
    pub drag_drop: Vec<Location>,
    /// DOM areas the scripts select (for `ui.interfaces` evidence).
    pub dom_areas: Vec<(String, Location)>,
    /// Stylesheets from other sites the scripts and templates load (for js.external-styles).
    pub stylesheets: Vec<LoadedUrl>,
    /// Build tooling that does not ship (path, why), for files.dev-junk; not checked as the
    /// widget's code.
    pub tooling: Vec<(String, crate::i18n::Msg)>,
    /// Roots of the widget's styles (`.acme-panel`, `#acme-root`) the scripts put on their markup:
    /// the outermost elements of the HTML they build and `render_template`'s `class_name`, each
    /// with where (for the css rules).
    pub markup_roots: Vec<(String, Location)>,
    /// Texts the scripts show to users, or may (for l10n.hardcoded-text).
    pub shown_texts: Vec<ShownText>,
}

/// A text a script puts on the page, where, and whether the code certainly shows it (rather than
/// may, or only for some languages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownText {
    pub text: String,
    pub at: Location,
    pub sure: bool,
}

/// A URL the widget loads, what loads it (`<link> in a template`), and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedUrl {
    pub url: String,
    pub how: crate::i18n::Msg,
    pub at: Location,
}

/// At most this many page areas are kept as evidence for ui.interfaces.
const MAX_DOM_AREAS: usize = 40;

/// Runs the JavaScript rules and returns what other families need.
pub fn run(cx: &Check, out: &mut Vec<Finding>) -> ScriptFacts {
    let sources: Vec<&SourceText> = cx.widget.sources_with(SCRIPT_EXTENSIONS).collect();
    let mut scanned = scan_all(&sources);
    for file in &mut scanned {
        ownership::by_source_map(cx.widget, file);
    }
    let (tooling, mut files): (Vec<FileScan>, Vec<FileScan>) =
        scanned.into_iter().partition(|f| matches!(f.owner, Owner::Tooling(_)));
    let libraries = fold_libraries(&mut files);
    let scripts = Scripts { files: &files, libraries: &libraries, widget: cx.widget, profile: cx.profile };
    for make in RULES {
        out.extend(make().verdict(&scripts));
    }
    let tooling = tooling
        .into_iter()
        .filter_map(|f| match f.owner {
            Owner::Tooling(why) => Some((f.path, why)),
            _ => None,
        })
        .collect();
    ScriptFacts {
        stylesheets: network::stylesheets(&scripts),
        tooling,
        markup_roots: markup::roots(&scripts),
        ..facts(&files)
    }
}

/// Parses and walks every file on threads with large stacks (see [`guard`]), in parallel. Files
/// run in batches of at most [`MAX_SCRIPT_BYTES`] together, so the memory of syntax trees follows
/// the largest file, not the whole widget or the number of cores.
fn scan_all(sources: &[&SourceText]) -> Vec<FileScan> {
    let scan = |s: &SourceText| parse::scan(s, fresh());
    let batches = batches(sources, |s| s.text.len());
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(sources.len()).max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(guard::STACK_BYTES)
        .thread_name(|i| format!("amo-preflight-js-{i}"))
        .build();
    match pool {
        Ok(pool) => pool.install(|| {
            batches.iter().flat_map(|batch| batch.par_iter().map(|s| scan(s)).collect::<Vec<_>>()).collect()
        }),
        // No threads to be had: one thread with a large stack, or this one as a last resort.
        Err(_) => std::thread::scope(|scope| {
            std::thread::Builder::new()
                .stack_size(guard::STACK_BYTES)
                .spawn_scoped(scope, || sources.iter().map(|s| scan(s)).collect::<Vec<_>>())
                .ok()
                .and_then(|handle| handle.join().ok())
        })
        .unwrap_or_else(|| sources.iter().map(|s| scan(s)).collect()),
    }
}

/// Consecutive runs of files of at most [`MAX_SCRIPT_BYTES`] together (a larger file alone).
fn batches<T>(items: &[T], size: impl Fn(&T) -> usize) -> Vec<Vec<&T>> {
    let mut out: Vec<Vec<&T>> = Vec::new();
    let mut bytes = 0;
    for item in items {
        let n = size(item);
        match out.last_mut() {
            Some(batch) if bytes + n <= MAX_SCRIPT_BYTES => batch.push(item),
            _ => {
                out.push(vec![item]);
                bytes = 0;
            }
        }
        bytes += n;
    }
    out
}

/// Takes the recognised library files out of `files`, their notes dropped and counted: a
/// bundled jQuery would otherwise give hundreds of findings that say nothing about the widget's
/// own code. The main script is never taken for a library, whatever its banner says.
fn fold_libraries(files: &mut Vec<FileScan>) -> Vec<FileScan> {
    let main = callbacks::main_script(files).map(|s| s.path.clone());
    let is_library = |f: &FileScan| matches!(f.owner, Owner::Library(_)) && Some(&f.path) != main.as_ref();
    let (mut libraries, own): (Vec<FileScan>, Vec<FileScan>) = std::mem::take(files).into_iter().partition(is_library);
    *files = own;
    for library in &mut libraries {
        library.folded = library.notes.iter().filter(|n| n.status != Status::Pass).count();
        library.notes.clear();
        if let Owner::Library(name) = &library.owner
            && library.libraries.is_empty()
        {
            library.libraries = vec![name.clone()];
        }
    }
    libraries
}

/// What other families need, from every file that is not a folded library.
fn facts(files: &[FileScan]) -> ScriptFacts {
    let mut f = ScriptFacts::default();
    let mut seen_refs = HashSet::new();
    let mut seen_places = HashSet::new();
    let mut seen_areas = HashSet::new();
    for file in files {
        let s = &file.facts;
        // A bundle's strings are mostly its libraries' (Vue's `__VUE_SSR_SETTERS__` keys), and
        // the build that made it filled in its placeholders.
        if file.owner != Owner::Bundle {
            f.placeholders.extend(s.placeholders.iter().cloned());
        }
        for r in &s.references {
            if seen_refs.insert(&r.wanted) {
                f.references.push(r.clone());
            }
        }
        f.runtime_modules.extend(s.runtime_modules.iter().cloned());
        f.required.extend(s.required.iter().cloned());
        f.shown_texts.extend(file.notes_of(RuleId::L10nHardcodedText).map(|n| ShownText {
            text: n.text().to_string(),
            at: n.at.clone(),
            sure: n.status == Status::Fail,
        }));
        for at in &s.left_menu {
            if seen_places.insert(("menu", at.display())) {
                f.left_menu.push(at.clone());
            }
        }
        for at in &s.drag_drop {
            if seen_places.insert(("drag", at.display())) {
                f.drag_drop.push(at.clone());
            }
        }
        for (sel, at) in &s.dom_areas {
            if f.dom_areas.len() < MAX_DOM_AREAS && seen_areas.insert(sel.as_str()) {
                f.dom_areas.push((sel.clone(), at.clone()));
            }
        }
    }
    f
}
