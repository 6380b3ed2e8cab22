//! Files of the archive: safe to read, manifest at the zip root, no development leftovers,
//! UTF-8 without BOM with LF line endings, and files the manifest names exist.

use super::css::StyleFacts;
use super::js::ScriptFacts;
use super::{Check, Finding, Status, plural};
use crate::bundle::{Problem, SourceKind};
use crate::location::Location;
use crate::rules::catalogue::RuleId;
use crate::rules::loads::{LoadGraph, Reference, Wanted, Why, names, twig_includes};
use crate::widget::Widget;
use crate::widget::json::Json;
use crate::widget::textfile::Encoding;

pub fn run(cx: &Check, scripts: &ScriptFacts, graph: &LoadGraph, out: &mut Vec<Finding>) {
    // files.unused leaves out what files.dev-junk reports: worked out once for both.
    let junk = dev_junk(cx, scripts);
    out.push(readable(cx));
    out.push(unused(cx, scripts, graph, &junk));
    out.push(zip_root(cx));
    out.push(junk);
    out.push(utf8(cx));
    out.push(no_bom(cx));
    out.push(lf_endings(cx));
    out.push(references(cx, scripts));
}

fn readable(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::FilesReadable;
    let problems = &cx.widget.bundle.problems;
    if problems.is_empty() {
        return Finding::new(
            ID,
            Status::Pass,
            format!("All {} files could be read safely.", cx.widget.bundle.files.len()),
        );
    }
    let mut f = Finding::new(
        ID,
        Status::Fail,
        format!("{} problem{} reading the widget:", problems.len(), plural(problems.len())),
    );
    let mut lines = Vec::new();
    for p in problems {
        let (line, file) = describe(p);
        lines.push(line);
        if let Some(file) = file {
            f = f.at(Location::file(&file));
        }
    }
    f.message = format!("{} {}", f.message, lines.join("; "));
    f
}

/// A problem in plain words, and the file it concerns.
fn describe(p: &Problem) -> (String, Option<String>) {
    const MB: u64 = 1024 * 1024;
    match p {
        Problem::UnsafePath { name } => {
            (format!("\"{name}\" points outside the widget (.. or an absolute path) and was not read"), None)
        }
        Problem::Symlink { path, target } => {
            (format!("{path} is a link to {target}, outside the widget; not followed"), Some(path.clone()))
        }
        Problem::TooManyFiles { limit } => (format!("more than {limit} files; the rest were not read"), None),
        Problem::FileTooLarge { path, size, limit } => (
            format!("{path} is {} MB, over the {} MB limit; not read", size.div_ceil(MB), limit / MB),
            Some(path.clone()),
        ),
        Problem::TotalTooLarge { path, limit } => (
            format!("the files add up to more than {} MB; {path} and later files were not read", limit / MB),
            Some(path.clone()),
        ),
        Problem::RatioTooHigh { path, limit } => (
            format!("{path} expands more than {limit} times its packed size (a zip bomb?); not read"),
            Some(path.clone()),
        ),
        Problem::Unreadable { path, reason } => (format!("{path} could not be read: {reason}"), Some(path.clone())),
    }
}

fn zip_root(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::FilesZipRoot;
    let b = &cx.widget.bundle;
    if b.kind == SourceKind::Folder {
        return Finding::new(
            ID,
            Status::Na,
            "A folder was checked, not a zip; zip the folder's contents when you submit.",
        );
    }
    match &b.root_folder {
        None => Finding::new(ID, Status::Pass, "manifest.json is at the root of the zip."),
        Some(folder) => {
            let mut f = Finding::new(
                ID,
                Status::Fail,
                format!("manifest.json is inside the folder \"{folder}/\" of the zip, not at its root. The checks ran on that folder."),
            )
            .at(Location::file(&format!("{folder}/manifest.json")));
            if !b.outside_root.is_empty() {
                f = f.evidence("outside the widget folder", b.outside_root.join(", "), None);
            }
            f
        }
    }
}

/// Folders that are development leftovers wherever they are.
const JUNK_FOLDERS: &[&str] = &[".git", ".svn", ".hg", "__MACOSX", "node_modules", ".idea", ".vscode", ".github"];
/// Folders of test data.
const TEST_FOLDERS: &[&str] = &["test", "tests", "__tests__", "spec", "specs", "e2e", "cypress"];
/// Exact file names of leftovers.
const JUNK_NAMES: &[&str] = &[
    ".DS_Store",
    "Thumbs.db",
    "desktop.ini",
    ".env",
    ".eslintcache",
    "npm-debug.log",
    ".npmrc",
    ".gitignore",
    ".editorconfig",
];
/// Files of a build (package manager manifests and lock files): they belong in the source
/// repository, not in the archive. Build scripts are told by their code (see `js/ownership.rs`).
const BUILD_NAMES: &[&str] = &[
    "package.json",
    "package-lock.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "composer.json",
    "composer.lock",
    "tsconfig.json",
    ".babelrc",
];
/// The file a build source beside it is compiled into: `style.scss` → `style.css`,
/// `src/app.ts` → `src/app.js`.
fn built_from(path: &str, bundle: &crate::bundle::Bundle) -> Option<String> {
    const SOURCES: &[(&str, &str)] = &[(".scss", ".css"), (".sass", ".css"), (".less", ".css"), (".ts", ".js")];
    SOURCES.iter().find_map(|(source, built)| {
        let stem = path.strip_suffix(source).filter(|s| !s.ends_with(".d"))?;
        let built = format!("{stem}{built}");
        bundle.files.contains_key(&built).then_some(built)
    })
}

/// File endings of leftovers.
const JUNK_ENDINGS: &[&str] = &[".map", ".log", ".bak", ".orig", ".swp", ".swo", ".tmp", "~", ".rej"];

/// Development leftovers fail: they are certain. Build tooling warns, and so does everything in
/// a folder that has it: such a folder is the source repository, whose build may leave all of
/// it out of widget.zip.
fn dev_junk(cx: &Check, scripts: &ScriptFacts) -> Finding {
    const ID: RuleId = RuleId::FilesDevJunk;
    let b = &cx.widget.bundle;
    let mut junk: Vec<String> = Vec::new();
    for folder in &b.folders {
        let name = folder.rsplit('/').next().unwrap_or(folder);
        let parent_is_junk = junk.iter().any(|j| format!("{folder}/").starts_with(j.as_str()));
        if !parent_is_junk
            && (JUNK_FOLDERS.contains(&name) || TEST_FOLDERS.contains(&name.to_ascii_lowercase().as_str()))
        {
            junk.push(format!("{folder}/"));
        }
    }
    for path in b.files.keys() {
        let name = path.rsplit('/').next().unwrap_or(path);
        let inside_junk = junk.iter().any(|j| path.starts_with(j.as_str()));
        let is_junk = JUNK_NAMES.contains(&name)
            || name.starts_with(".env.")
            || name.starts_with("._")
            || JUNK_ENDINGS.iter().any(|e| name.to_ascii_lowercase().ends_with(e));
        if is_junk && !inside_junk {
            junk.push(path.clone());
        }
    }
    let inside_junk = |path: &str| junk.iter().any(|j| path.starts_with(j.as_str()));
    let mut tooling: Vec<(String, String)> =
        scripts.tooling.iter().filter(|(path, _)| !inside_junk(path)).cloned().collect();
    for path in b.files.keys().filter(|p| !inside_junk(p)) {
        if BUILD_NAMES.contains(&path.rsplit('/').next().unwrap_or(path)) {
            tooling.push((path.clone(), "a build's package list".to_string()));
        } else if let Some(built) = built_from(path, b) {
            tooling.push((path.clone(), format!("the source {built} is built from")));
        }
    }
    tooling.sort();
    junk.sort();
    let tooling_list = tooling.iter().map(|(path, why)| format!("{path} ({why})")).collect::<Vec<_>>().join(", ");
    let at = junk.iter().map(|j| j.trim_end_matches('/')).chain(tooling.iter().map(|(p, _)| p.as_str()));
    let at: Vec<Location> = at.map(Location::file).collect();
    if junk.is_empty() && tooling.is_empty() {
        return Finding::new(ID, Status::Pass, "No development leftovers found.");
    }
    let tooling_part = (!tooling.is_empty())
        .then(|| format!("Build tooling, which runs on your computer and not in amoCRM: {tooling_list}."));
    let junk_part =
        (!junk.is_empty()).then(|| format!("Development leftover{}: {}.", plural(junk.len()), junk.join(", ")));
    let message = [junk_part, tooling_part].into_iter().flatten().collect::<Vec<_>>().join(" ");
    // A zip is what is submitted: its leftovers are certain. A folder with build tooling is the
    // source repository, and its build may well leave all of these out of widget.zip.
    if junk.is_empty() || (b.kind == SourceKind::Folder && !tooling.is_empty()) {
        let advice = " Leave these out of widget.zip; if this folder is your source repository and your build \
                      already leaves them out, nothing needs to change.";
        Finding::new(ID, Status::Warn, format!("{message}{advice}")).at_all(at)
    } else {
        Finding::new(ID, Status::Fail, message).at_all(at)
    }
}

fn utf8(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::FilesUtf8;
    let texts = &cx.widget.texts;
    let bad: Vec<_> = texts
        .values()
        .filter_map(|t| match &t.encoding {
            Encoding::Utf8 => None,
            Encoding::Utf16 => Some((format!("{} is UTF-16", t.path), Location::file(&t.path))),
            Encoding::Invalid(at) => {
                Some((format!("{} is not UTF-8 (from line {})", t.path, at.line.unwrap_or(1)), at.clone()))
            }
        })
        .collect();
    if texts.is_empty() {
        return Finding::new(ID, Status::Na, "The widget has no text files.");
    }
    if bad.is_empty() {
        return Finding::new(ID, Status::Pass, format!("All {} text files are UTF-8.", texts.len()));
    }
    let list = bad.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join("; ");
    Finding::new(ID, Status::Fail, format!("{list}.")).at_all(bad.into_iter().map(|(_, l)| l))
}

fn no_bom(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::FilesNoBom;
    let texts = &cx.widget.texts;
    if texts.is_empty() {
        return Finding::new(ID, Status::Na, "The widget has no text files.");
    }
    let bad: Vec<&str> = texts.values().filter(|t| t.bom).map(|t| t.path.as_str()).collect();
    if bad.is_empty() {
        return Finding::new(ID, Status::Pass, "No text file starts with a byte order mark.");
    }
    Finding::new(ID, Status::Fail, format!("Starts with a byte order mark (BOM): {}.", bad.join(", ")))
        .at_all(bad.iter().map(|p| Location { line: Some(1), column: Some(1), ..Location::file(p) }))
}

fn lf_endings(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::FilesLfEndings;
    let texts = &cx.widget.texts;
    if texts.is_empty() {
        return Finding::new(ID, Status::Na, "The widget has no text files.");
    }
    let bad: Vec<_> = texts.values().filter_map(|t| Some((t, t.line_endings.as_ref()?))).collect();
    if bad.is_empty() {
        return Finding::new(ID, Status::Pass, "Every text file uses Unix line endings (LF).");
    }
    let list = bad
        .iter()
        .map(|(t, e)| {
            let mut kinds = Vec::new();
            if e.crlf > 0 {
                kinds.push(format!("{} line{} end in CR LF (Windows)", e.crlf, plural(e.crlf)));
            }
            if e.cr > 0 {
                kinds.push(format!("{} in a lone CR", e.cr));
            }
            format!("{}: {}, first at line {}", t.path, kinds.join(" and "), e.first.line.unwrap_or(1))
        })
        .collect::<Vec<_>>()
        .join("; ");
    Finding::new(ID, Status::Fail, format!("{list}.")).at_all(bad.iter().map(|(_, e)| e.first.clone()))
}

/// Why each file is loaded, from what the scripts and styles name: worked out once, for
/// files.unused and for the rules that judge only what the widget loads.
pub fn load_graph(cx: &Check, scripts: &ScriptFacts, styles: &StyleFacts) -> LoadGraph {
    let mut references = scripts.references.clone();
    references.extend(
        styles.reference_locations.iter().map(|(p, at)| Reference { wanted: Wanted::Path(p.clone()), at: at.clone() }),
    );
    LoadGraph::new(cx.widget, references)
}

fn unused(cx: &Check, scripts: &ScriptFacts, graph: &LoadGraph, junk: &Finding) -> Finding {
    const ID: RuleId = RuleId::FilesUnused;
    let w = cx.widget;
    let is_junk = |p: &str| junk.locations.iter().any(|l| p == l.file || p.starts_with(&format!("{}/", l.file)));
    let unused: Vec<&String> =
        graph.files.iter().filter(|(p, why)| **why == Why::NotReached && !is_junk(p)).map(|(p, _)| p).collect();
    let searched = searched(w);
    let mut f = if unused.is_empty() {
        Finding::new(
            ID,
            Status::Pass,
            format!("Every file is loaded by the widget, or may be ({searched} were searched)."),
        )
    } else if let Some(at) = scripts.runtime_modules.first() {
        // Code the widget loads by a name built at run time is not in view: it may load these.
        Finding::new(
            ID,
            Status::Manual,
            format!(
                "Nothing that could be read loads {} file{}: {}. But {} loads a module whose name is built at run \
                 time ({}), which may load them: check that each is used.",
                unused.len(),
                plural(unused.len()),
                unused.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "),
                at.file,
                at.snippet.as_deref().unwrap_or("see the location"),
            ),
        )
        .at_all(unused.iter().map(|p| Location::file(p)))
    } else {
        Finding::new(
            ID,
            Status::Warn,
            format!(
                "Nothing loads {} file{}: {}. Searched: {searched}.",
                unused.len(),
                plural(unused.len()),
                unused.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            ),
        )
        .at_all(unused.iter().map(|p| Location::file(p)))
    };
    // Files only a name built at run time may load: shown, so a person can tell.
    for (path, why) in &graph.files {
        if let Why::MaybeByName { pattern, at } = why {
            f = f.evidence(
                "may be loaded by name",
                format!("{path} ({pattern} at {})", at.display()),
                Some(at.clone()),
            );
        }
    }
    f
}

/// What the load graph was built from, for messages: "the manifest, 3 scripts, 2 templates and
/// 1 style sheet".
fn searched(w: &crate::widget::Widget) -> String {
    let count = |n: usize, one: &str| format!("{n} {one}{}", plural(n));
    let scripts = w.sources_with(crate::widget::SCRIPT_EXTENSIONS).count();
    let styles = w.sources_with(crate::widget::STYLE_EXTENSIONS).count();
    format!(
        "the manifest, {}, {} and {}",
        count(scripts, "script"),
        count(w.templates.len(), "template"),
        count(styles, "style sheet")
    )
}

/// Manifest keys whose strings are never file paths, or are checked by another rule.
const NOT_PATHS: &[&str] = &["tour.tour_images"];

fn references(cx: &Check, scripts: &ScriptFacts) -> Finding {
    const ID: RuleId = RuleId::FilesReferences;
    let w = cx.widget;
    if let Some(na) = cx.without_manifest(ID) {
        return na;
    }
    let exists = |name: &str| w.bundle.files.keys().any(|path| names(name, path));
    let mut named = 0;
    // (what is missing, where it is asked for, how bad).
    let mut missing: Vec<(String, Location, Status)> = Vec::new();
    for (key, path, value) in manifest_files(w) {
        named += 1;
        if !w.bundle.contains(&path) {
            missing.push((format!("{path} (named in {key})"), w.manifest_location(value.span), Status::Fail));
        }
    }
    if !w.bundle.contains("script.js")
        && let Some(area) = area_needing_script(w)
    {
        let at = Location::file("manifest.json");
        missing.push((format!("script.js (the widget shows in {area})"), at, cx.profile.script_missing_status));
    }
    for r in &scripts.required {
        named += 1;
        if !exists(&r.path) {
            missing.push((format!("{} ({} in {})", r.path, r.how, r.at.file), r.at.clone(), Status::Fail));
        }
    }
    // amoCRM's own templates (`/tmpl/…`) and names built by Twig expressions are not the
    // widget's files.
    let includes =
        twig_includes(w).into_iter().filter(|(name, _)| !name.starts_with("/tmpl/") && !name.contains(['{', '~', '@']));
    for (name, at) in includes {
        named += 1;
        // Twig's loader may find a template by a name that is not its path: check it.
        if !exists(&name) {
            missing.push((format!("{name} (included by {})", at.file), at, Status::Warn));
        }
    }
    if missing.is_empty() {
        let message = match named {
            0 => "manifest.json, the scripts and the templates name no files besides the slideshow images.".to_string(),
            n => format!("All {n} files named in manifest.json, the scripts and the templates exist."),
        };
        return Finding::new(ID, Status::Pass, message);
    }
    let status = if missing.iter().any(|(_, _, s)| *s == Status::Fail) { Status::Fail } else { Status::Warn };
    let list = missing.iter().map(|(what, _, _)| what.as_str()).collect::<Vec<_>>().join(", ");
    Finding::new(ID, status, format!("Named but missing: {list}.")).at_all(missing.into_iter().map(|(_, at, _)| at))
}

/// The files manifest.json names: (key, path, value). Slideshow images have rules of their own.
fn manifest_files(w: &Widget) -> Vec<(String, String, &Json)> {
    let Some(root) = w.manifest_root() else { return Vec::new() };
    root.leaves()
        .into_iter()
        .filter(|(key, _)| !NOT_PATHS.iter().any(|p| key.starts_with(&format!("{p}."))))
        .filter_map(|(key, v)| {
            Some((key, v.as_str().filter(|s| looks_like_file_path(s))?.trim_start_matches('/').to_string(), v))
        })
        .collect()
}

/// A location that runs the widget's script: every one but the settings page, which the platform
/// draws from the manifest alone.
fn area_needing_script(w: &Widget) -> Option<&str> {
    w.manifest_value("locations")?.items().iter().filter_map(Json::as_str).find(|area| *area != "settings")
}

const FILE_ENDINGS: &[&str] =
    &[".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".js", ".css", ".twig", ".html", ".json"];

fn looks_like_file_path(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    !lower.contains("://")
        && !lower.starts_with("//")
        && !s.contains(char::is_whitespace)
        && (s.contains('/') || lower.ends_with(".svg") || lower.ends_with(".png"))
        && FILE_ENDINGS.iter().any(|e| lower.ends_with(e))
}
