//! A text of the widget with its line index, and JSON files parsed with positions.

use std::sync::Arc;

use super::json::{self, Json, Span};
use super::textfile::{self, Encoding, TextFile};
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::text::lines::LineIndex;

/// A decoded text file: the path, the text (without a UTF-8 byte order mark) and its line index.
/// Cloning shares the text: the widget's file and the JSON parsed from it hold one copy.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub path: String,
    pub text: Arc<str>,
    lines: Arc<LineIndex>,
}

impl SourceText {
    /// Wraps a text; `path` is relative to the widget root.
    pub fn new(path: &str, text: String) -> Self {
        let lines = Arc::new(LineIndex::new(&text));
        SourceText { path: path.to_string(), text: text.into(), lines }
    }

    /// The location of a byte offset, with the snippet of its line.
    pub fn location_at(&self, offset: usize) -> Location {
        let (line, column) = self.lines.position(&self.text, offset);
        Location {
            file: self.path.clone(),
            line: Some(line),
            column: Some(column),
            snippet: Some(self.lines.snippet(&self.text, line, column)),
            region: None,
        }
    }

    /// The location of the start of a span.
    pub fn location(&self, span: Span) -> Location {
        self.location_at(span.start)
    }
}

/// A JSON file: parsed, or the reason it could not be.
#[derive(Debug, Clone)]
pub struct JsonFile {
    pub path: String,
    pub parsed: Result<ParsedJson, Unparsed>,
}

/// A JSON file that parsed; positions refer to `source`.
#[derive(Debug, Clone)]
pub struct ParsedJson {
    pub source: SourceText,
    pub root: Json,
}

/// Why a JSON file could not be parsed, in plain words, and where.
#[derive(Debug, Clone)]
pub struct Unparsed {
    pub message: Msg,
    pub location: Location,
}

const MIB: usize = 1024 * 1024;

/// The largest manifest or language file parsed. Their texts are read by many rules, each
/// holding copies; at this size the check stays well under 512 MiB.
pub const MAX_JSON_BYTES: usize = 8 * MIB;

impl JsonFile {
    /// Decodes (see [`textfile`]) and parses the bytes of a JSON file.
    pub fn parse(path: &str, bytes: Option<&[u8]>) -> Self {
        JsonFile::from_text(path, bytes.map(|b| textfile::decode(path, b)).as_ref())
    }

    /// Parses a decoded file. A UTF-8 byte order mark is skipped (`files.no-bom` reports it) so
    /// the rest of the checks can still run. UTF-16 and bytes that are not UTF-8 make the file
    /// unreadable: the marketplace's JSON parser refuses them, so guessing here would hide why.
    pub fn from_text(path: &str, file: Option<&TextFile>) -> Self {
        let fail = |message: Msg| JsonFile {
            path: path.to_string(),
            parsed: Err(Unparsed { message, location: Location::file(path) }),
        };
        let Some(file) = file else {
            return fail(msg!("widget-file-unread", path = path));
        };
        let source = match (&file.encoding, &file.source) {
            (Encoding::Utf8, Some(source)) => source,
            (Encoding::Invalid(at), _) => {
                let message = msg!("widget-file-not-utf8", path = path);
                return JsonFile { path: path.to_string(), parsed: Err(Unparsed { message, location: at.clone() }) };
            }
            _ => return fail(msg!("widget-file-utf16", path = path)),
        };
        let size = source.text.len();
        if size > MAX_JSON_BYTES {
            return fail(msg!(
                "widget-file-too-large",
                path = path,
                size = format!("{:.1}", size as f64 / MIB as f64),
                limit = MAX_JSON_BYTES / MIB
            ));
        }
        let parsed = match json::parse(&source.text) {
            Ok(root) => Ok(ParsedJson { source: source.clone(), root }),
            Err(e) => Err(Unparsed {
                message: msg!("widget-file-invalid-json", path = path, problem = e.message),
                location: source.location_at(e.offset),
            }),
        };
        JsonFile { path: path.to_string(), parsed }
    }

    /// The parsed document, if any.
    pub fn ok(&self) -> Option<&ParsedJson> {
        self.parsed.as_ref().ok()
    }
}
