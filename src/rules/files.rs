//! Files of the archive: safe to read, manifest at the zip root, no development leftovers,
//! UTF-8 without BOM with LF line endings, and files the manifest names exist.

use super::css::StyleFacts;
use super::js::ScriptFacts;
use super::{Check, Finding, Status};
use crate::bundle::{Problem, SourceKind};
use crate::i18n::{Arg, Msg, list};
use crate::location::Location;
use crate::msg;
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
        return Finding::new(ID, Status::Pass, msg!("files-readable-pass", n = cx.widget.bundle.files.len()));
    }
    let mut lines = Vec::new();
    let mut at = Vec::new();
    for p in problems {
        let (line, file) = describe(p);
        lines.push(line);
        at.extend(file.map(|file| Location::file(&file)));
    }
    Finding::new(ID, Status::Fail, msg!("files-readable-fail", n = problems.len(), problems = list(lines, "; ")))
        .at_all(at)
}

/// A problem in plain words, and the file it concerns.
fn describe(p: &Problem) -> (Msg, Option<String>) {
    const MB: u64 = 1024 * 1024;
    match p {
        Problem::UnsafePath { name } => (msg!("files-problem-unsafe-path", name = name), None),
        Problem::Symlink { path, target } => {
            (msg!("files-problem-symlink", path = path, target = target), Some(path.clone()))
        }
        Problem::TooManyFiles { limit } => (msg!("files-problem-too-many-files", limit = *limit), None),
        Problem::FileTooLarge { path, size, limit } => (
            msg!("files-problem-file-too-large", path = path, size = size.div_ceil(MB), limit = limit / MB),
            Some(path.clone()),
        ),
        Problem::TotalTooLarge { path, limit } => {
            (msg!("files-problem-total-too-large", path = path, limit = limit / MB), Some(path.clone()))
        }
        Problem::RatioTooHigh { path, limit } => {
            (msg!("files-problem-ratio-too-high", path = path, limit = *limit), Some(path.clone()))
        }
        Problem::Unreadable { path, reason } => {
            (msg!("files-problem-unreadable", path = path, reason = reason.clone()), Some(path.clone()))
        }
    }
}

fn zip_root(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::FilesZipRoot;
    let b = &cx.widget.bundle;
    if b.kind == SourceKind::Folder {
        return Finding::new(ID, Status::Na, msg!("files-zip-root-folder"));
    }
    match &b.root_folder {
        None => Finding::new(ID, Status::Pass, msg!("files-zip-root-pass")),
        Some(folder) => {
            let mut f = Finding::new(ID, Status::Fail, msg!("files-zip-root-nested", folder = folder))
                .at(Location::file(&format!("{folder}/manifest.json")));
            if !b.outside_root.is_empty() {
                f = f.evidence(msg!("files-evidence-outside-root"), b.outside_root.join(", "), None);
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
    // (path, why it is build tooling): the scripts' reasons, and the package lists and build
    // sources found here.
    let mut tooling: Vec<(String, Arg)> = scripts
        .tooling
        .iter()
        .filter(|(path, _)| !inside_junk(path))
        .map(|(path, why)| (path.clone(), Arg::from(why.clone())))
        .collect();
    for path in b.files.keys().filter(|p| !inside_junk(p)) {
        if BUILD_NAMES.contains(&path.rsplit('/').next().unwrap_or(path)) {
            tooling.push((path.clone(), Arg::from(msg!("files-tooling-package-list"))));
        } else if let Some(built) = built_from(path, b) {
            tooling.push((path.clone(), Arg::from(msg!("files-tooling-build-source", built = built))));
        }
    }
    tooling.sort_by(|a, b| a.0.cmp(&b.0));
    junk.sort();
    let at = junk.iter().map(|j| j.trim_end_matches('/')).chain(tooling.iter().map(|(p, _)| p.as_str()));
    let at: Vec<Location> = at.map(Location::file).collect();
    if junk.is_empty() && tooling.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("files-dev-junk-pass"));
    }
    let has_tooling = !tooling.is_empty();
    let (n, files) = (junk.len(), junk.join(", "));
    let tools =
        list(tooling.into_iter().map(|(path, why)| msg!("files-tooling-item", path = path, why = why)).collect(), ", ");
    // A zip is what is submitted: its leftovers are certain. A folder with build tooling is the
    // source repository, and its build may well leave all of these out of widget.zip.
    let (status, message) = if junk.is_empty() {
        (Status::Warn, msg!("files-dev-junk-tooling", tools = tools))
    } else if !has_tooling {
        (Status::Fail, msg!("files-dev-junk-leftovers", n = n, files = files))
    } else if b.kind == SourceKind::Folder {
        (Status::Warn, msg!("files-dev-junk-both-in-folder", n = n, files = files, tools = tools))
    } else {
        (Status::Fail, msg!("files-dev-junk-both", n = n, files = files, tools = tools))
    };
    Finding::new(ID, status, message).at_all(at)
}

fn utf8(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::FilesUtf8;
    let texts = &cx.widget.texts;
    let bad: Vec<_> = texts
        .values()
        .filter_map(|t| match &t.encoding {
            Encoding::Utf8 => None,
            Encoding::Utf16 => Some((msg!("files-utf8-utf16", path = &t.path), Location::file(&t.path))),
            Encoding::Invalid(at) => {
                Some((msg!("files-utf8-invalid", path = &t.path, line = at.line.unwrap_or(1)), at.clone()))
            }
        })
        .collect();
    if texts.is_empty() {
        return Finding::new(ID, Status::Na, msg!("files-no-text-files"));
    }
    if bad.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("files-utf8-pass", n = texts.len()));
    }
    let (problems, at): (Vec<Msg>, Vec<Location>) = bad.into_iter().unzip();
    Finding::new(ID, Status::Fail, msg!("files-utf8-fail", problems = list(problems, "; "))).at_all(at)
}

fn no_bom(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::FilesNoBom;
    let texts = &cx.widget.texts;
    if texts.is_empty() {
        return Finding::new(ID, Status::Na, msg!("files-no-text-files"));
    }
    let bad: Vec<&str> = texts.values().filter(|t| t.bom).map(|t| t.path.as_str()).collect();
    if bad.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("files-no-bom-pass"));
    }
    Finding::new(ID, Status::Fail, msg!("files-no-bom-fail", files = bad.join(", ")))
        .at_all(bad.iter().map(|p| Location { line: Some(1), column: Some(1), ..Location::file(p) }))
}

fn lf_endings(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::FilesLfEndings;
    let texts = &cx.widget.texts;
    if texts.is_empty() {
        return Finding::new(ID, Status::Na, msg!("files-no-text-files"));
    }
    let bad: Vec<_> = texts.values().filter_map(|t| Some((t, t.line_endings.as_ref()?))).collect();
    if bad.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("files-lf-endings-pass"));
    }
    let problems = bad
        .iter()
        .map(|(t, e)| {
            let (path, line) = (&t.path, e.first.line.unwrap_or(1));
            match (e.crlf, e.cr) {
                (crlf, 0) => msg!("files-lf-endings-crlf", path = path, crlf = crlf, line = line),
                (0, cr) => msg!("files-lf-endings-cr", path = path, cr = cr, line = line),
                (crlf, cr) => msg!("files-lf-endings-crlf-and-cr", path = path, crlf = crlf, cr = cr, line = line),
            }
        })
        .collect();
    Finding::new(ID, Status::Fail, msg!("files-lf-endings-fail", problems = list(problems, "; ")))
        .at_all(bad.iter().map(|(_, e)| e.first.clone()))
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
    let (n, files) = (unused.len(), unused.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "));
    let mut f = if unused.is_empty() {
        Finding::new(ID, Status::Pass, msg!("files-unused-pass", searched = searched))
    } else if let Some(at) = scripts.runtime_modules.first() {
        // Code the widget loads by a name built at run time is not in view: it may load these.
        let code = match &at.snippet {
            Some(snippet) => Arg::from(snippet),
            None => Arg::from(msg!("files-unused-see-location")),
        };
        Finding::new(
            ID,
            Status::Manual,
            msg!("files-unused-runtime-module", n = n, files = files, script = &at.file, code = code),
        )
        .at_all(unused.iter().map(|p| Location::file(p)))
    } else {
        Finding::new(ID, Status::Warn, msg!("files-unused-warn", n = n, files = files, searched = searched))
            .at_all(unused.iter().map(|p| Location::file(p)))
    };
    // Files only a name built at run time may load: shown, so a person can tell.
    for (path, why) in &graph.files {
        if let Why::MaybeByName { pattern, at } = why {
            f = f.evidence(
                msg!("files-evidence-maybe-by-name"),
                format!("{path} ({pattern}, {})", at.display()),
                Some(at.clone()),
            );
        }
    }
    f
}

/// What the load graph was built from, for messages: "the manifest, 3 scripts, 2 templates and
/// 1 style sheet".
fn searched(w: &crate::widget::Widget) -> Msg {
    let scripts = w.sources_with(crate::widget::SCRIPT_EXTENSIONS).count();
    let styles = w.sources_with(crate::widget::STYLE_EXTENSIONS).count();
    msg!("files-searched", scripts = scripts, templates = w.templates.len(), styles = styles)
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
    let mut missing: Vec<(Msg, Location, Status)> = Vec::new();
    for (key, path, value) in manifest_files(w) {
        named += 1;
        if !w.bundle.contains(&path) {
            let what = msg!("files-references-in-manifest", path = path, key = key);
            missing.push((what, w.manifest_location(value.span), Status::Fail));
        }
    }
    if !w.bundle.contains("script.js")
        && let Some(area) = area_needing_script(w)
    {
        let at = Location::file("manifest.json");
        let what = msg!("files-references-script", area = area);
        missing.push((what, at, cx.profile.script_missing_status));
    }
    for r in &scripts.required {
        named += 1;
        if !exists(&r.path) {
            let what = msg!("files-references-in-script", path = &r.path, how = r.how.msg(), script = &r.at.file);
            missing.push((what, r.at.clone(), Status::Fail));
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
            let what = msg!("files-references-included", path = name, template = &at.file);
            missing.push((what, at, Status::Warn));
        }
    }
    if missing.is_empty() {
        let message = match named {
            0 => msg!("files-references-none"),
            n => msg!("files-references-pass", n = n),
        };
        return Finding::new(ID, Status::Pass, message);
    }
    let status = if missing.iter().any(|(_, _, s)| *s == Status::Fail) { Status::Fail } else { Status::Warn };
    let (what, at): (Vec<Msg>, Vec<Location>) = missing.into_iter().map(|(what, at, _)| (what, at)).unzip();
    Finding::new(ID, status, msg!("files-references-missing", files = list(what, ", "))).at_all(at)
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
