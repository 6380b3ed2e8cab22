//! JavaScript: every `.js` file parsed once with oxc; all JS rules run over that one parse.
//!
//! Files are parsed in parallel (rayon), each into a [`FileScan`] of owned findings with
//! locations; the rules below only gather those into results. Files that are not UTF-8 are
//! skipped here (files.utf8 reports them). Inside a recognised third-party library file every
//! finding is folded into its js.minified result.

mod ast;
mod callbacks;
mod comments;
mod debug;
mod eval;
mod facts;
mod globals;
mod guard;
pub use guard::MAX_SCRIPT_BYTES;
mod install;
mod minified;
mod network;
mod parse;
mod walk;

#[cfg(test)]
mod tests;

use crate::rules::catalogue::RuleId;
use std::collections::HashSet;

use rayon::prelude::*;

use super::{Check, Finding, Status, plural};
use crate::location::Location;
use crate::widget::SCRIPT_EXTENSIONS;
use crate::widget::source::SourceText;

pub use globals::{BROWSER as ALLOWED_BROWSER_GLOBALS, PLATFORM as ALLOWED_PLATFORM_GLOBALS};
pub use network::{CHECKED_HOSTS, TRUSTED_HOSTS};

/// What the scripts tell other rule families.
#[derive(Debug, Clone, Default)]
pub struct ScriptFacts {
    /// Paths of widget files the scripts refer to (string literals, `define` deps, render hrefs).
    pub references: Vec<String>,
    /// Places where scripts select or change the left menu.
    pub left_menu: Vec<Location>,
    /// Places where scripts use drag and drop.
    pub drag_drop: Vec<Location>,
    /// DOM areas the scripts select (for `ui.interfaces` evidence).
    pub dom_areas: Vec<(String, Location)>,
}

/// One thing a rule found in a file.
#[derive(Debug, Clone)]
struct Hit {
    rule: RuleId,
    status: Status,
    what: String,
    at: Location,
}

/// A URL a script or template loads.
#[derive(Debug, Clone)]
struct Source {
    url: String,
    how: &'static str,
    at: Location,
}

/// A name used without a declaration.
#[derive(Debug, Clone)]
struct Unresolved {
    name: String,
    write: bool,
    at: Location,
}

/// Everything found in one JavaScript file.
#[derive(Debug, Clone, Default)]
struct FileScan {
    path: String,
    syntax: Vec<(String, Location)>,
    hits: Vec<Hit>,
    unresolved: Vec<Unresolved>,
    own_globals: Vec<String>,
    scripts: Vec<Source>,
    styles: Vec<Source>,
    message_listeners: Vec<Location>,
    callbacks: Vec<(Vec<String>, Location)>,
    has_define: bool,
    /// Commented-out code: the code's first line, and where.
    commented: Vec<(String, Location)>,
    minified: Option<minified::Verdict>,
    minified_at: Option<Location>,
    /// A third-party library whose findings were folded into js.minified.
    is_library: bool,
    /// How many findings were folded.
    folded: usize,
    references: Vec<String>,
    left_menu: Vec<Location>,
    drag_drop: Vec<Location>,
    dom_areas: Vec<(String, Location)>,
}

impl FileScan {
    /// A file with nothing found (yet).
    fn empty(path: &str) -> FileScan {
        FileScan { path: path.to_string(), ..FileScan::default() }
    }
}

/// Parses and walks every file on threads with large stacks (see [`guard`]), in parallel. Files
/// run in batches of at most [`MAX_SCRIPT_BYTES`] together, so the memory of syntax trees follows
/// the largest file, not the whole widget or the number of cores.
fn scan_all(sources: &[&SourceText]) -> Vec<FileScan> {
    let batches = batches(sources, |s| s.text.len());
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(sources.len()).max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(guard::STACK_BYTES)
        .thread_name(|i| format!("amo-preflight-js-{i}"))
        .build();
    match pool {
        Ok(pool) => pool.install(|| {
            batches.iter().flat_map(|batch| batch.par_iter().map(|s| parse::scan(s)).collect::<Vec<_>>()).collect()
        }),
        // No threads to be had: one thread with a large stack, or this one as a last resort.
        Err(_) => std::thread::scope(|scope| {
            std::thread::Builder::new()
                .stack_size(guard::STACK_BYTES)
                .spawn_scoped(scope, || sources.iter().map(|s| parse::scan(s)).collect::<Vec<_>>())
                .ok()
                .and_then(|handle| handle.join().ok())
        })
        .unwrap_or_else(|| sources.iter().map(|s| parse::scan(s)).collect()),
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

/// At most this many page areas are kept as evidence for ui.interfaces.
const MAX_DOM_AREAS: usize = 40;
/// At most this many locations are attached to one result.
const MAX_LOCATIONS: usize = 100;
/// At most this many findings are spelled out in a message.
const MAX_LISTED: usize = 5;
/// The rules of this family that say `na` when there is no JavaScript to read.
const RULES: &[RuleId] = &[
    RuleId::JsSyntax,
    RuleId::JsUndeclared,
    RuleId::JsDebugTraces,
    RuleId::JsConsoleDebug,
    RuleId::JsConsoleTrace,
    RuleId::JsAmocrmGlobal,
    RuleId::JsSyncRequests,
    RuleId::JsScriptInjection,
    RuleId::JsRequirejsDeps,
    RuleId::JsEval,
    RuleId::JsCallbacks,
    RuleId::JsMinified,
    RuleId::CodeCommentedOut,
    RuleId::GeneralNoAutoInstall,
];

/// Runs the JavaScript rules and returns what other families need.
pub fn run(cx: &Check, out: &mut Vec<Finding>) -> ScriptFacts {
    let w = cx.widget;
    let sources: Vec<&SourceText> = w.sources_with(SCRIPT_EXTENSIONS).collect();
    let mut scans = scan_all(&sources);
    fold_libraries(&mut scans);
    let (template_scripts, template_styles) = network::templates(cx);

    if scans.is_empty() {
        let why = "The widget has no JavaScript files.".to_string();
        for id in RULES {
            let message = if *id == RuleId::CodeCommentedOut { format!("JavaScript: {why}") } else { why.clone() };
            out.push(Finding::new(*id, Status::Na, message));
        }
        out.extend(network::external_sources(&scans, &template_scripts, false));
        out.push(network::external_styles(&scans, &template_styles));
        return ScriptFacts::default();
    }

    out.push(syntax(&scans));
    out.extend(globals::undeclared(&scans));
    out.extend(debug_traces(&scans));
    out.push(console_debug(&scans));
    let traces = hits(&scans, RuleId::JsConsoleTrace, Status::Pass).len();
    out.push(simple(
        &scans,
        RuleId::JsConsoleTrace,
        &if traces == 0 {
            "The scripts do not call console.trace.".to_string()
        } else {
            format!(
                "console.trace is called {traces} time{}, each inside a catch block or rejection handler.",
                plural(traces)
            )
        },
        |n| format!("console.trace is called outside error handling in {n} place{}", plural(n)),
        "Call console.trace only inside a catch block or a promise's onRejected handler (.catch(fn), .then(ok, fn)); \
         a function created there and run later does not count.",
    ));
    out.push(simple(
        &scans,
        RuleId::JsAmocrmGlobal,
        "AMOCRM and APP are only read, never changed.",
        |n| format!("The scripts change amoCRM's global object in {n} place{}", plural(n)),
        "Read from AMOCRM / APP only: keep the widget's own data in its own variables.",
    ));
    out.push(simple(
        &scans,
        RuleId::JsSyncRequests,
        "No request is synchronous.",
        |n| format!("The scripts send synchronous requests, which freeze amoCRM until they answer, in {n} place{}", plural(n)),
        "Remove async: false and pass true (or nothing) as the third argument of xhr.open; handle the answer in a callback or promise.",
    ));
    out.push(simple(
        &scans,
        RuleId::JsScriptInjection,
        "No script elements are created or injected.",
        |n| format!("The scripts add script elements to the page in {n} place{}", plural(n)),
        "Load every dependency through the define([...]) list of script.js instead of creating <script> elements or using $.getScript.",
    ));
    out.push(simple(
        &scans,
        RuleId::JsRequirejsDeps,
        "External code is loaded only through define([...]).",
        |n| format!("The scripts load code outside define([...]) in {n} place{}", plural(n)),
        "List the dependency in define([...]) of script.js; do not use import(), require() of URLs or code fetched and run with eval.",
    ));
    out.extend(network::external_sources(&scans, &template_scripts, true));
    out.push(network::external_styles(&scans, &template_styles));
    out.push(eval(&scans));
    out.push(callbacks::check(&scans));
    out.extend(minified::check(&scans, true));
    out.push(commented_out(&scans));
    out.push(simple(
        &scans,
        RuleId::GeneralNoAutoInstall,
        "No code presses the Install or Uninstall control.",
        |n| format!("The scripts press the Install or Uninstall control themselves in {n} place{}", plural(n)),
        "Remove the code that clicks or triggers the install/uninstall control: only the user installs the widget, by clicking Install.",
    ));
    facts(&scans)
}

/// Folds every finding of a recognised library file into its js.minified result. The main
/// script is never taken for a library, whatever its banner says.
fn fold_libraries(scans: &mut [FileScan]) {
    let main = callbacks::main_script(scans).map(|s| s.path.clone());
    for s in scans.iter_mut() {
        if Some(&s.path) == main.as_ref() || s.minified.as_ref().is_none_or(|v| v.library.is_none()) {
            continue;
        }
        s.is_library = true;
        let mut undeclared: Vec<&str> =
            s.unresolved.iter().map(|u| u.name.as_str()).filter(|n| !globals::is_allowed(n)).collect();
        undeclared.sort_unstable();
        undeclared.dedup();
        s.folded = s.syntax.len()
            + s.hits.iter().filter(|h| h.status != Status::Pass).count()
            + undeclared.len()
            + s.commented.len()
            + s.scripts.len()
            + s.styles.len();
        s.syntax.clear();
        s.hits.clear();
        s.unresolved.clear();
        s.commented.clear();
        s.scripts.clear();
        s.styles.clear();
        s.message_listeners.clear();
        s.references.clear();
        s.left_menu.clear();
        s.drag_drop.clear();
        s.dom_areas.clear();
    }
}

/// The hits of one rule with one status, across files.
fn hits(scans: &[FileScan], id: RuleId, status: Status) -> Vec<&Hit> {
    scans.iter().flat_map(|s| &s.hits).filter(|h| h.rule == id && h.status == status).collect()
}

/// `headline: what (file:line:col), …, and N more.`
fn listing(headline: &str, items: &[(&str, &Location)]) -> String {
    let shown: Vec<String> =
        items.iter().take(MAX_LISTED).map(|(what, at)| format!("{what} ({})", at.display())).collect();
    let more = items.len().saturating_sub(MAX_LISTED);
    let tail = if more > 0 { format!(", and {more} more") } else { String::new() };
    format!("{headline}: {}{tail}.", shown.join(", "))
}

/// A finding listing hits.
fn from_hits(id: RuleId, status: Status, found: &[&Hit], headline: &str) -> Finding {
    let items: Vec<(&str, &Location)> = found.iter().map(|h| (h.what.as_str(), &h.at)).collect();
    Finding::new(id, status, listing(headline, &items)).at_all(found.iter().take(MAX_LOCATIONS).map(|h| h.at.clone()))
}

/// A rule that fails on any hit and passes otherwise.
fn simple(scans: &[FileScan], id: RuleId, pass: &str, headline: impl Fn(usize) -> String, help: &str) -> Finding {
    let found = hits(scans, id, Status::Fail);
    if found.is_empty() {
        return Finding::new(id, Status::Pass, pass);
    }
    from_hits(id, Status::Fail, &found, &headline(found.len())).help(help)
}

fn syntax(scans: &[FileScan]) -> Finding {
    const ID: RuleId = RuleId::JsSyntax;
    let broken: Vec<&FileScan> = scans.iter().filter(|s| !s.syntax.is_empty()).collect();
    if broken.is_empty() {
        let n = scans.len();
        return Finding::new(
            ID,
            Status::Pass,
            format!("All JavaScript parses without errors ({n} file{}).", plural(n)),
        );
    }
    let items: Vec<(&str, &Location)> =
        broken.iter().flat_map(|s| s.syntax.iter().map(|(m, at)| (m.as_str(), at))).collect();
    let n = items.len();
    Finding::new(ID, Status::Fail, listing(&format!("{n} syntax error{} in JavaScript", plural(n)), &items))
        .at_all(items.iter().take(MAX_LOCATIONS).map(|(_, at)| (*at).clone()))
        .help("Fix the syntax error at the position shown; the browser stops reading the file there, so the widget does not load.")
}

fn debug_traces(scans: &[FileScan]) -> Vec<Finding> {
    const ID: RuleId = RuleId::JsDebugTraces;
    let mut out = Vec::new();
    let fail = hits(scans, ID, Status::Fail);
    if !fail.is_empty() {
        let n = fail.len();
        out.push(
            from_hits(
                ID,
                Status::Fail,
                &fail,
                &format!("The scripts stop the user or the page in {n} place{}", plural(n)),
            )
            .help(
                "Remove alert, confirm, prompt and debugger; show messages inside the widget's own interface instead.",
            ),
        );
    }
    let warn = hits(scans, ID, Status::Warn);
    if !warn.is_empty() {
        let n = warn.len();
        out.push(
            from_hits(
                ID,
                Status::Warn,
                &warn,
                &format!("The scripts write to the browser console in {n} place{}", plural(n)),
            )
            .help("Remove console.log/info/warn and similar debug output; console.error for real errors may stay."),
        );
    }
    if out.is_empty() {
        out.push(Finding::new(ID, Status::Pass, "No alerts, confirms, debugger statements or console output."));
    }
    out
}

fn console_debug(scans: &[FileScan]) -> Finding {
    const ID: RuleId = RuleId::JsConsoleDebug;
    let found = hits(scans, ID, Status::Manual);
    if found.is_empty() {
        return Finding::new(ID, Status::Na, "The scripts do not call console.debug.");
    }
    let n = found.len();
    let mut f = from_hits(
        ID,
        Status::Manual,
        &found,
        &format!(
            "console.debug is called in {n} place{}; check each logs only information needed to run the widget",
            plural(n)
        ),
    );
    for h in found.iter().take(MAX_LOCATIONS) {
        f = f.evidence("console.debug", h.at.snippet.clone().unwrap_or_default(), Some(h.at.clone()));
    }
    f
}

fn eval(scans: &[FileScan]) -> Finding {
    const ID: RuleId = RuleId::JsEval;
    let listeners: Vec<&Location> = scans.iter().flat_map(|s| &s.message_listeners).collect();
    let found = hits(scans, ID, Status::Fail);
    let mut f = if found.is_empty() {
        let note = if listeners.is_empty() {
            String::new()
        } else {
            format!(
                " The scripts listen for messages from other windows (iframes) in {} place{}; none of that data is run as code.",
                listeners.len(),
                plural(listeners.len())
            )
        };
        Finding::new(ID, Status::Pass, format!("No code is run from strings.{note}"))
    } else {
        let n = found.len();
        from_hits(ID, Status::Fail, &found, &format!("The scripts run code from strings in {n} place{}", plural(n))).help(
            "Replace eval, new Function and string timers with ordinary functions; never run data received from an iframe \
             or a server as code.",
        )
    };
    for at in listeners.iter().take(MAX_LOCATIONS) {
        f = f.evidence("message listener", at.snippet.clone().unwrap_or_default(), Some((*at).clone()));
    }
    f
}

fn commented_out(scans: &[FileScan]) -> Finding {
    const ID: RuleId = RuleId::CodeCommentedOut;
    let items: Vec<(String, &Location)> =
        scans.iter().flat_map(|s| s.commented.iter().map(|(code, at)| (format!("`{code}`"), at))).collect();
    if items.is_empty() {
        return Finding::new(ID, Status::Pass, "JavaScript: comments explain; none holds commented-out code.");
    }
    let n = items.len();
    let listed: Vec<(&str, &Location)> = items.iter().map(|(c, at)| (c.as_str(), *at)).collect();
    Finding::new(
        ID,
        Status::Fail,
        listing(
            &format!("JavaScript: {n} comment{} hold{} commented-out code", plural(n), if n == 1 { "s" } else { "" }),
            &listed,
        ),
    )
    .at_all(items.iter().take(MAX_LOCATIONS).map(|(_, at)| (*at).clone()))
    .help("Delete the commented-out JavaScript (version control keeps old code); keep only comments that explain.")
}

/// What other families need, from every file that is not a folded library.
fn facts(scans: &[FileScan]) -> ScriptFacts {
    let mut f = ScriptFacts::default();
    let mut seen_refs = HashSet::new();
    let mut seen_places = HashSet::new();
    let mut seen_areas = HashSet::new();
    for s in scans {
        for r in &s.references {
            if seen_refs.insert(r.as_str()) {
                f.references.push(r.clone());
            }
        }
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
