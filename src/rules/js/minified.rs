//! Readable code (js.minified): very long lines, little whitespace, a source map reference, and
//! third-party library files recognised by their banner or name. Inside a recognised library the
//! other JavaScript findings are folded into this one result (see `fold_libraries`): a bundled
//! jQuery would otherwise give hundreds of findings that say nothing about the widget's own code.

use super::rule::JsRule;
use super::scan::Scripts;
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

/// Names of widely used libraries, as they appear in banners and file names.
const LIBRARIES: &[&str] = &[
    "jquery",
    "underscore",
    "lodash",
    "moment",
    "backbone",
    "bootstrap",
    "select2",
    "swiper",
    "chart.js",
    "chartjs",
    "sortable",
    "vue",
    "react",
    "handlebars",
    "mustache",
    "twig",
    "axios",
    "dayjs",
    "popper",
    "tippy",
    "flatpickr",
    "pikaday",
    "inputmask",
    "imask",
    "cleave",
    "quill",
    "clipboard",
    "datatables",
    "slick",
    "owl.carousel",
    "fullcalendar",
    "sweetalert",
    "toastr",
    "jszip",
    "xlsx",
    "papaparse",
    "d3",
    "highcharts",
    "echarts",
    "lottie",
];

const ID: RuleId = RuleId::JsMinified;

/// js.minified: the widget's own code is readable; bundled libraries are named as such.
#[derive(Default)]
pub struct Minified;

impl JsRule for Minified {
    fn on_source(&mut self, cx: &mut Cx, text: &str) {
        if let Some((reasons, offset)) = signs(text) {
            cx.note(ID, Status::Warn, reasons.join("; "), offset as u32);
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        if let Some(na) = scripts.none(ID) {
            return vec![na];
        }
        let mut out = Vec::new();
        for file in scripts.libraries {
            let Some(name) = &file.library else { continue };
            let folded = match file.folded {
                0 => String::new(),
                n => format!(
                    " {n} other JavaScript finding{} in it {} not listed separately.",
                    plural(n),
                    if n == 1 { "is" } else { "are" }
                ),
            };
            let at =
                scripts.widget.texts.get(&file.path).map_or_else(|| Location::file(&file.path), |f| f.location_at(0));
            let message = format!("{} looks like a bundled third-party library ({name}).{folded}", file.path);
            out.push(Finding::new(ID, Status::Warn, message).at(at));
        }
        for note in scripts.notes(ID, Status::Warn) {
            let message = format!("{} looks minified or generated: {}.", note.at.file, note.what);
            out.push(Finding::new(ID, Status::Warn, message).at(note.at.clone()));
        }
        // In path order, as the files are.
        out.sort_by(|a, b| a.locations.first().map(|l| &l.file).cmp(&b.locations.first().map(|l| &l.file)));
        if out.is_empty() {
            let n = scripts.files.len();
            out.push(Finding::new(ID, Status::Pass, format!("The JavaScript looks readable ({n} file{}).", plural(n))));
        }
        out
    }
}

/// Signs that a text is minified or generated, and the byte offset of the first.
pub fn signs(text: &str) -> Option<(Vec<String>, usize)> {
    let mut reasons = Vec::new();
    let mut offset = None;
    if let Some(i) = text.find("sourceMappingURL=")
        && text[..i].trim_end().ends_with(['#', '@'])
    {
        reasons.push("it refers to a source map, so it was generated from other sources".to_string());
        offset.get_or_insert(text[..i].rfind('\n').map_or(0, |n| n + 1));
    }
    let mut start = 0;
    for (n, line) in text.split('\n').enumerate() {
        let len = line.len();
        let spaces = line.bytes().filter(u8::is_ascii_whitespace).count();
        if len > LONG_LINE || (len > DENSE_LINE && (spaces as f64) < len as f64 * 0.05) {
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

/// The library a file is, from a banner comment at its top (`/*! jQuery v3.7.1 …`, `@license`)
/// or from its file name (`jquery-3.7.1.min.js`).
pub fn library_name(path: &str, text: &str) -> Option<String> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let lower_head = head.get(..head.len().min(1500)).unwrap_or(head).to_ascii_lowercase();
    if let Some(rest) = head.strip_prefix("/*") {
        let end = rest.find("*/").unwrap_or(rest.len()).min(1500);
        let body = &rest[..end];
        let lower = body.to_ascii_lowercase();
        let legal = body.starts_with('!') || lower.contains("@license") || lower.contains("@preserve");
        let named = LIBRARIES.iter().any(|l| lower.contains(l)) && has_version(&lower);
        if legal || named {
            return Some(banner_title(body));
        }
    } else if head.starts_with("//") {
        let first = head.lines().next().unwrap_or_default();
        let lower = first.to_ascii_lowercase();
        if (LIBRARIES.iter().any(|l| lower.contains(l)) && has_version(&lower)) || lower_head.contains("@license") {
            return Some(banner_title(first.trim_start_matches('/')));
        }
    }
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let stem = name.strip_suffix(".js").unwrap_or(&name);
    let base = stem.split(['-', '_', '.']).next().unwrap_or(stem);
    LIBRARIES.iter().any(|l| base == *l || stem == *l).then(|| name.clone())
}

/// Whether a text names a version (`v3.7.1`, `1.9.1`).
fn has_version(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(2)).any(|i| b[i].is_ascii_digit() && b[i + 1] == b'.' && b[i + 2].is_ascii_digit())
}

/// The first meaningful line of a banner, cut short.
fn banner_title(body: &str) -> String {
    let line = body
        .lines()
        .map(|l| l.trim().trim_start_matches(['!', '*', '/']).trim())
        .find(|l| !l.is_empty())
        .unwrap_or("a library");
    // `jQuery v3.7.1 | (c) OpenJS Foundation | jquery.org/license` → `jQuery v3.7.1`.
    let line = line.split(" | ").next().unwrap_or(line).trim();
    let mut title: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        title.push('…');
    }
    title
}
