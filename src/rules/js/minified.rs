//! Readable code (js.minified): the widget's own code has no very long lines, enough whitespace,
//! no source map reference; a bundle is built from sources that should be submitted instead; and
//! the third-party libraries found (see `ownership.rs`) are named for a person to confirm.

use super::ownership::Owner;
use super::rule::JsRule;
use super::scan::{FileScan, Scripts, code, optional};
use super::walk::Cx;
use crate::i18n::{Arg, Msg, list};
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status};

/// A line longer than this (in bytes) is not written by hand…
pub const LONG_LINE: usize = 2000;
/// …nor one longer than this with almost no spaces.
pub const DENSE_LINE: usize = 500;
/// Below this share of whitespace a file of at least [`MIN_BYTES_FOR_RATIO`] looks minified.
pub const MIN_WHITESPACE: f64 = 0.08;
pub const MIN_BYTES_FOR_RATIO: usize = 2048;

const ID: RuleId = RuleId::JsMinified;

/// The message of the reason given for a `sourceMappingURL` comment.
const SOURCE_MAP: &str = "js-minified-source-map";

/// js.minified: the widget's own code is readable; bundled libraries are named as such.
#[derive(Default)]
pub struct Minified;

impl JsRule for Minified {
    fn on_source(&mut self, cx: &mut Cx, text: &str) {
        if let Some((reasons, offset)) = signs(text) {
            // Long dense lines are minified code; a source map reference alone says the file was
            // generated, not that it cannot be read.
            let shape = reasons.iter().any(|r| r.id() != SOURCE_MAP);
            let status = if shape { Status::Fail } else { Status::Warn };
            cx.note(ID, status, msg!("js-minified-reasons", reasons = list(reasons, "; ")), offset as u32);
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
                let message = msg!("js-minified-file", file = &note.at.file, reasons = note.what.clone());
                out.push(Finding::new(ID, status, message).at(note.at.clone()));
            }
        }
        out.extend(libraries(scripts));
        // In path order, as the files are.
        out.sort_by(|a, b| a.locations.first().map(|l| &l.file).cmp(&b.locations.first().map(|l| &l.file)));
        if out.is_empty() {
            out.push(Finding::new(ID, Status::Pass, msg!("js-minified-pass", n = scripts.files.len())));
        }
        out
    }
}

/// " N findings in them are not the widget's and not listed.", said after another sentence.
fn not_listed(n: usize) -> Arg {
    optional((n > 0).then(|| msg!("js-minified-not-listed", n = n)))
}

/// A file a bundler built: the widget's sources should be submitted readable.
fn bundle(scripts: &Scripts, file: &FileScan) -> Finding {
    let at = scripts.widget.texts.get(&file.path).map_or_else(|| Location::file(&file.path), |f| f.location_at(0));
    let message = if file.opaque {
        msg!("js-minified-opaque", file = &file.path, not_listed = not_listed(file.folded))
    } else {
        let libraries =
            if file.libraries.is_empty() { msg!("js-minified-no-libraries") } else { code(file.libraries.join(", ")) };
        msg!("js-minified-bundle", file = &file.path, libraries = libraries, not_listed = not_listed(file.folded))
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
    let items = named.iter().map(|(name, path)| msg!("js-minified-library", name = name, file = path)).collect();
    let message = msg!("js-minified-libraries", libraries = list(items, ", "), not_listed = not_listed(folded));
    let mut f = Finding::new(ID, Status::Manual, message);
    for (name, path) in named {
        f = f.evidence(msg!("js-minified-evidence-library"), name, Some(Location::file(&path)));
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
pub fn signs(text: &str) -> Option<(Vec<Msg>, usize)> {
    let mut reasons = Vec::new();
    let mut offset = None;
    if let Some(i) = text.find("sourceMappingURL=")
        && text[..i].trim_end().ends_with(['#', '@'])
    {
        reasons.push(msg!("js-minified-source-map"));
        offset.get_or_insert(text[..i].rfind('\n').map_or(0, |n| n + 1));
    }
    let mut start = 0;
    for (n, line) in text.split('\n').enumerate() {
        let len = line.len();
        let spaces = line.bytes().filter(u8::is_ascii_whitespace).count();
        let long = len > LONG_LINE || (len > DENSE_LINE && (spaces as f64) < len as f64 * 0.05);
        // A long string of markup written on one line is hand-written, not minified.
        if long && !mostly_string(line) {
            reasons.push(msg!("js-minified-long-line", line = n + 1, length = len));
            offset.get_or_insert(start);
            break;
        }
        start += len + 1;
    }
    if text.len() >= MIN_BYTES_FOR_RATIO {
        let spaces = text.bytes().filter(u8::is_ascii_whitespace).count();
        let ratio = spaces as f64 / text.len() as f64;
        if ratio < MIN_WHITESPACE {
            reasons.push(msg!("js-minified-whitespace", percent = (ratio * 100.0).round()));
            offset.get_or_insert(0);
        }
    }
    (!reasons.is_empty()).then(|| (reasons, offset.unwrap_or(0)))
}
