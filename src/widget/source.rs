//! A text file of the widget decoded once, with its line index, and JSON files parsed with positions.

use super::json::{self, Json, Span};
use crate::location::Location;
use crate::text::lines::LineIndex;

/// A decoded text file: the path, the text (without a UTF-8 byte order mark) and its line index.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub path: String,
    pub text: String,
    lines: LineIndex,
}

impl SourceText {
    /// Wraps a text; `path` is relative to the widget root.
    pub fn new(path: &str, text: String) -> Self {
        let lines = LineIndex::new(&text);
        SourceText { path: path.to_string(), text, lines }
    }

    /// The location of a byte offset, with the snippet of its line.
    pub fn location_at(&self, offset: usize) -> Location {
        let (line, column) = self.lines.position(&self.text, offset);
        Location {
            file: self.path.clone(),
            line: Some(line),
            column: Some(column),
            snippet: Some(self.lines.snippet(&self.text, line, column)),
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
    pub message: String,
    pub location: Location,
}

const MIB: usize = 1024 * 1024;

/// The largest manifest or language file parsed. Their texts are read by many rules, each
/// holding copies; at this size the check stays well under 512 MiB.
pub const MAX_JSON_BYTES: usize = 8 * MIB;

impl JsonFile {
    /// Decodes and parses. A UTF-8 byte order mark is skipped (`files.no-bom` reports it) so the
    /// rest of the checks can still run; UTF-16 and invalid UTF-8 are reported as unreadable.
    pub fn parse(path: &str, bytes: Option<&[u8]>) -> Self {
        if let Some(size) = bytes.map(<[u8]>::len).filter(|&n| n > MAX_JSON_BYTES) {
            let message = format!(
                "{path} is {:.1} MiB, too large to read (the limit for manifest and language files is {} MiB; they are usually a few KB)",
                size as f64 / MIB as f64,
                MAX_JSON_BYTES / MIB
            );
            return JsonFile {
                path: path.to_string(),
                parsed: Err(Unparsed { message, location: Location::file(path) }),
            };
        }
        let parsed = match decode(path, bytes) {
            Err(unparsed) => Err(unparsed),
            Ok(source) => match json::parse(&source.text) {
                Ok(root) => Ok(ParsedJson { source, root }),
                Err(e) => Err(Unparsed {
                    message: format!("{} is not valid JSON: {}", path, e.message),
                    location: source.location_at(e.offset),
                }),
            },
        };
        JsonFile { path: path.to_string(), parsed }
    }

    /// The parsed document, if any.
    pub fn ok(&self) -> Option<&ParsedJson> {
        self.parsed.as_ref().ok()
    }
}

/// Turns file bytes into text for parsing, explaining in plain words when that is impossible.
pub fn decode(path: &str, bytes: Option<&[u8]>) -> Result<SourceText, Unparsed> {
    let fail = |message: String| Unparsed { message, location: Location::file(path) };
    let Some(bytes) = bytes else {
        return Err(fail(format!("{path} could not be read (see files.readable)")));
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(fail(format!("{path} is saved as UTF-16; save it as UTF-8")));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(SourceText::new(path, text.to_string())),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned();
            let at = SourceText::new(path, valid.clone()).location_at(valid.len());
            Err(Unparsed { message: format!("{path} is not UTF-8 text; save it as UTF-8"), location: at })
        }
    }
}
