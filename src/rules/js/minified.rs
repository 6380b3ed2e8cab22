//! Readable code (js.minified): the widget's own code has no very long lines, enough whitespace,
//! no source map reference; a bundle is built from sources that should be submitted instead; and
//! the third-party libraries found (see `ownership.rs`) are named for a person to confirm.

use super::ownership::Owner;
use super::rule::JsRule;
use super::scan::{FileScan, Scripts};
use super::walk::Cx;
use crate::location::Location;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status, plural};

/// A line longer than this (in bytes) is not written by hand…
pub const LONG_LINE: usize = 2000;
/// …nor one longer than this with almost no spaces.
pub const DENSE_LINE: usize = 500;
/// Below this share of whitespace a file of at least [`MIN_BYTES_FOR_RATIO`] looks minified.
pub const MIN_WHITESPACE: f64 = 0.08;
pub const MIN_BYTES_FOR_RATIO: usize = 2048;

const ID: RuleId = RuleId::JsMinified;

/// The reason given for a `sourceMappingURL` comment.
const SOURCE_MAP: &str = "it refers to a source map, so it was generated from other sources";

/// js.minified: the widget's own code is readable; bundled libraries are named as such.
#[derive(Default)]
pub struct Minified;

impl JsRule for Minified {
    fn on_source(&mut self, cx: &mut Cx, text: &str) {
        if let Some((reasons, offset)) = signs(text) {
            // Long dense lines are minified code; a source map reference alone says the file was
            // generated, not that it cannot be read.
            let shape = reasons.iter().any(|r| r != SOURCE_MAP);
            cx.note(ID, if shape { Status::Fail } else { Status::Warn }, reasons.join("; "), offset as u32);
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        if let Some(na) = scripts.none(ID) {
            return vec![na];
        }
        let mut out = Vec::new();
        for file in scripts.files.iter().filter(|f| f.owner == Owner::Bundle) {
            out.push(bundle(scripts, file));
        }
        let minified = scripts.notes(ID, Status::Fail).into_iter().map(|n| (n, scripts.profile.minified_status));
        let generated = scripts.notes(ID, Status::Warn).into_iter().map(|n| (n, Status::Warn));
        for (note, status) in minified.chain(generated) {
            let bundled = scripts.files.iter().any(|f| f.path == note.at.file && f.owner == Owner::Bundle);
            if !bundled {
                let message = format!("{} looks minified or generated: {}.", note.at.file, note.what);
                out.push(Finding::new(ID, status, message).at(note.at.clone()));
            }
        }
        out.extend(libraries(scripts));
        // In path order, as the files are.
        out.sort_by(|a, b| a.locations.first().map(|l| &l.file).cmp(&b.locations.first().map(|l| &l.file)));
        if out.is_empty() {
            let n = scripts.files.len();
            out.push(Finding::new(ID, Status::Pass, format!("The JavaScript looks readable ({n} file{}).", plural(n))));
        }
        out
    }
}

/// "N findings in them are not the widget's and are not listed."
fn not_listed(n: usize) -> String {
    match n {
        0 => String::new(),
        n => format!(
            " {n} finding{} in them {} not the widget's and not listed.",
            plural(n),
            if n == 1 { "is" } else { "are" }
        ),
    }
}

/// A file a bundler built: the widget's sources should be submitted readable.
fn bundle(scripts: &Scripts, file: &FileScan) -> Finding {
    let at = scripts.widget.texts.get(&file.path).map_or_else(|| Location::file(&file.path), |f| f.location_at(0));
    let message = if file.opaque {
        format!(
            "{} was built by webpack, and its modules cannot be told apart (no module names or source map), so the \
             widget's own code in it cannot be read.{} Submit the widget's readable sources.",
            file.path,
            not_listed(file.folded)
        )
    } else {
        format!(
            "{} was built by a bundler from other sources: the parts from the widget's own sources were checked, \
             the parts from libraries ({}) were not.{} Submit the widget's readable sources.",
            file.path,
            if file.libraries.is_empty() { "none".to_string() } else { file.libraries.join(", ") },
            not_listed(file.folded)
        )
    };
    Finding::new(ID, Status::Warn, message).at(at)
}

/// The third-party libraries the widget bundles, named for a person to confirm they are public,
/// unmodified ones: whole library files and the library modules of bundles.
fn libraries(scripts: &Scripts) -> Option<Finding> {
    let mut named: Vec<(String, String)> = Vec::new();
    let mut folded = 0;
    for file in scripts.libraries.iter().chain(scripts.files.iter().filter(|f| !f.opaque)) {
        folded += file.folded;
        for name in &file.libraries {
            named.push((name.clone(), file.path.clone()));
        }
    }
    if named.is_empty() {
        return None;
    }
    let list = named.iter().map(|(name, path)| format!("{name} ({path})")).collect::<Vec<_>>().join(", ");
    let mut f = Finding::new(
        ID,
        Status::Manual,
        format!(
            "The widget bundles third-party libraries: {list}. They are not judged as the widget's code; confirm each \
             is a public, unmodified library.{}",
            not_listed(folded)
        ),
    );
    for (name, path) in named {
        f = f.evidence("library", name, Some(Location::file(&path)));
    }
    Some(f)
}

/// Whether most of a line (four fifths) is inside string literals.
fn mostly_string(line: &str) -> bool {
    let (mut quote, mut escaped, mut inside) = (None, false, 0usize);
    for b in line.bytes() {
        match quote {
            Some(q) => {
                inside += 1;
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == q {
                    quote = None;
                }
            }
            None if matches!(b, b'\'' | b'"' | b'`') => quote = Some(b),
            None => {}
        }
    }
    inside * 5 >= line.len() * 4
}

/// Signs that a text is minified or generated, and the byte offset of the first.
pub fn signs(text: &str) -> Option<(Vec<String>, usize)> {
    let mut reasons = Vec::new();
    let mut offset = None;
    if let Some(i) = text.find("sourceMappingURL=")
        && text[..i].trim_end().ends_with(['#', '@'])
    {
        reasons.push(SOURCE_MAP.to_string());
        offset.get_or_insert(text[..i].rfind('\n').map_or(0, |n| n + 1));
    }
    let mut start = 0;
    for (n, line) in text.split('\n').enumerate() {
        let len = line.len();
        let spaces = line.bytes().filter(u8::is_ascii_whitespace).count();
        let long = len > LONG_LINE || (len > DENSE_LINE && (spaces as f64) < len as f64 * 0.05);
        // A long string of markup written on one line is hand-written, not minified.
        if long && !mostly_string(line) {
            reasons.push(format!("line {} is {len} characters long", n + 1));
            offset.get_or_insert(start);
            break;
        }
        start += len + 1;
    }
    if text.len() >= MIN_BYTES_FOR_RATIO {
        let spaces = text.bytes().filter(u8::is_ascii_whitespace).count();
        let ratio = spaces as f64 / text.len() as f64;
        if ratio < MIN_WHITESPACE {
            reasons.push(format!("only {:.0}% of it is whitespace", ratio * 100.0));
            offset.get_or_insert(0);
        }
    }
    (!reasons.is_empty()).then(|| (reasons, offset.unwrap_or(0)))
}
