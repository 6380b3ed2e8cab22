//! Facts about the encoding of a text file: valid UTF-8 or not (and where it stops being so),
//! byte order marks, UTF-16, and the first line that ends in CR LF or a lone CR.

use crate::location::Location;
use crate::text::lines::LineIndex;

/// File name endings of the files the marketplace calls text files.
pub const TEXT_EXTENSIONS: &[&str] = &[
    "js", "mjs", "css", "json", "md", "twig", "html", "htm", "txt", "svg", "xml", "csv", "php", "tpl", "less", "scss",
    "map",
];

/// Whether a path names a text file, by its extension.
pub fn is_text_path(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').is_some_and(|(_, ext)| TEXT_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// How a text file is encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Starts with a UTF-16 byte order mark.
    Utf16,
    /// Not valid UTF-8; the location of the first bad byte.
    Invalid(Location),
}

/// Line-ending facts: the first offending line and how many lines are affected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineEndings {
    /// The first line ending in CR LF or a lone CR.
    pub first: Location,
    /// Lines that end in CR LF.
    pub crlf: usize,
    /// Lines that end in a lone CR (old Mac style).
    pub cr: usize,
}

/// What was learned about one text file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextFacts {
    pub path: String,
    pub encoding: Encoding,
    /// Starts with the UTF-8 byte order mark EF BB BF.
    pub bom: bool,
    /// `None` when every line ends in LF (or the text could not be decoded).
    pub line_endings: Option<LineEndings>,
}

/// Examines the bytes of a text file.
pub fn facts(path: &str, bytes: &[u8]) -> TextFacts {
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return TextFacts { path: path.to_string(), encoding: Encoding::Utf16, bom, line_endings: None };
    }
    let body = if bom { &bytes[3..] } else { bytes };
    // Line numbers are counted on the bytes, so they hold even when the text is not UTF-8.
    let text = String::from_utf8_lossy(body);
    let encoding = match std::str::from_utf8(body) {
        Ok(_) => Encoding::Utf8,
        Err(e) => {
            let valid = String::from_utf8_lossy(&body[..e.valid_up_to()]);
            Encoding::Invalid(location(path, &valid, valid.len()))
        }
    };
    let line_endings = line_endings(path, &text);
    TextFacts { path: path.to_string(), encoding, bom, line_endings }
}

fn line_endings(path: &str, text: &str) -> Option<LineEndings> {
    let bytes = text.as_bytes();
    let (mut crlf, mut cr, mut first) = (0, 0, None);
    for (i, _) in bytes.iter().enumerate().filter(|(_, b)| **b == b'\r') {
        if bytes.get(i + 1) == Some(&b'\n') {
            crlf += 1;
        } else {
            cr += 1;
        }
        first.get_or_insert(i);
    }
    let first = first?;
    Some(LineEndings { first: location(path, text, first), crlf, cr })
}

fn location(path: &str, text: &str, offset: usize) -> Location {
    let index = LineIndex::new(text);
    let (line, column) = index.position(text, offset);
    Location {
        file: path.to_string(),
        line: Some(line),
        column: Some(column),
        snippet: Some(index.snippet(text, line, column)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_paths_by_extension() {
        assert!(is_text_path("script.js"));
        assert!(is_text_path("templates/a.TWIG"));
        assert!(!is_text_path("images/logo.png"));
        assert!(!is_text_path("README"));
    }

    #[test]
    fn clean_utf8_has_no_findings() {
        let f = facts("a.js", "var a = 'я';\n".as_bytes());
        assert_eq!(f.encoding, Encoding::Utf8);
        assert!(!f.bom);
        assert_eq!(f.line_endings, None);
    }

    #[test]
    fn bom_utf16_and_invalid_bytes() {
        assert!(facts("a.css", b"\xEF\xBB\xBFa{}").bom);
        assert_eq!(facts("a.json", b"\xFF\xFE{\x00").encoding, Encoding::Utf16);
        let f = facts("t.twig", b"ok\n\xD1\xEE\xF5\n");
        let Encoding::Invalid(at) = f.encoding else { panic!("expected invalid") };
        assert_eq!((at.line, at.column), (Some(2), Some(1)));
    }

    #[test]
    fn first_crlf_line_is_given() {
        let f = facts("s.js", b"a\nb\r\nc\r\nd\re");
        let e = f.line_endings.expect("found");
        assert_eq!(e.first.line, Some(2));
        assert_eq!(e.first.snippet.as_deref(), Some("b"));
        assert_eq!((e.crlf, e.cr), (2, 1));
    }
}
