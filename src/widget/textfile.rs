//! Text files decoded once, under one policy that every rule and the link stage share:
//!
//! - the text is UTF-8; a UTF-8 byte order mark is noted as a fact (`bom`) and left out of the text;
//! - bytes that are not UTF-8 are read as U+FFFD, as a browser reads such a file, so the code and
//!   templates around them are still checked; `encoding` says where the first bad byte is, and a
//!   reader that must not guess (JSON: the marketplace's parser refuses such files) refuses the text;
//! - UTF-16 (known by its byte order mark) gives no text at all.
//!
//! Alongside: the first line that ends in CR LF or a lone CR.

use crate::location::Location;
use crate::widget::source::SourceText;

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

/// The first bytes of an AppleDouble file: the resource fork macOS writes beside a file
/// (`._script.js`, `__MACOSX/…`) when it zips a folder.
const APPLE_DOUBLE: &[u8] = &[0x00, 0x05, 0x16, 0x07];

/// Whether a file is macOS's metadata beside a real file rather than a file of the widget: an
/// AppleDouble file, whatever its name, or anything under `__MACOSX/`. It is binary, so it is
/// never judged as text (files.dev-junk reports it as a leftover).
pub fn is_mac_metadata(path: &str, bytes: &[u8]) -> bool {
    bytes.starts_with(APPLE_DOUBLE) || path.split('/').any(|part| part == "__MACOSX")
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

/// One text file of the widget, decoded.
#[derive(Debug, Clone)]
pub struct TextFile {
    pub path: String,
    pub encoding: Encoding,
    /// Started with the UTF-8 byte order mark EF BB BF (not part of the text).
    pub bom: bool,
    /// `None` when every line ends in LF (or there is no text).
    pub line_endings: Option<LineEndings>,
    /// The text with its line index; `None` for UTF-16. Offsets in findings refer to this text.
    pub source: Option<SourceText>,
}

impl TextFile {
    /// The decoded text, if there is one.
    pub fn text(&self) -> Option<&str> {
        self.source.as_ref().map(|s| &*s.text)
    }

    /// The location of a byte offset of the text (the file alone when there is no text).
    pub fn location_at(&self, offset: usize) -> Location {
        match &self.source {
            Some(source) => source.location_at(offset),
            None => Location::file(&self.path),
        }
    }
}

/// Decodes a text file under the policy above.
pub fn decode(path: &str, bytes: &[u8]) -> TextFile {
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return TextFile { path: path.to_string(), encoding: Encoding::Utf16, bom, line_endings: None, source: None };
    }
    let body = if bom { &bytes[3..] } else { bytes };
    let (text, first_bad) = match std::str::from_utf8(body) {
        Ok(text) => (text.to_string(), None),
        // The bytes before the first bad one are the same in the replaced text, so its offset
        // holds; a replacement character never stands for a line break, so line numbers hold too.
        Err(e) => (String::from_utf8_lossy(body).into_owned(), Some(e.valid_up_to())),
    };
    let source = SourceText::new(path, text);
    let encoding = match first_bad {
        None => Encoding::Utf8,
        Some(offset) => Encoding::Invalid(source.location_at(offset)),
    };
    let line_endings = line_endings(&source);
    TextFile { path: path.to_string(), encoding, bom, line_endings, source: Some(source) }
}

fn line_endings(source: &SourceText) -> Option<LineEndings> {
    let bytes = source.text.as_bytes();
    let (mut crlf, mut cr, mut first) = (0, 0, None);
    for (i, _) in bytes.iter().enumerate().filter(|(_, b)| **b == b'\r') {
        if bytes.get(i + 1) == Some(&b'\n') {
            crlf += 1;
        } else {
            cr += 1;
        }
        first.get_or_insert(i);
    }
    Some(LineEndings { first: source.location_at(first?), crlf, cr })
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
        let f = decode("a.js", "var a = 'я';\n".as_bytes());
        assert_eq!(f.encoding, Encoding::Utf8);
        assert!(!f.bom);
        assert_eq!(f.line_endings, None);
        assert_eq!(f.text(), Some("var a = 'я';\n"));
    }

    #[test]
    fn bom_utf16_and_invalid_bytes() {
        let with_bom = decode("a.css", b"\xEF\xBB\xBFa{}");
        assert!(with_bom.bom);
        assert_eq!(with_bom.text(), Some("a{}"));
        let utf16 = decode("a.json", b"\xFF\xFE{\x00");
        assert_eq!(utf16.encoding, Encoding::Utf16);
        assert_eq!(utf16.text(), None);
        let f = decode("t.twig", b"ok\n\xD1\xEE\xF5\n");
        let Encoding::Invalid(at) = &f.encoding else { panic!("expected invalid") };
        assert_eq!((at.line, at.column), (Some(2), Some(1)));
        // The rest of the file is still there to check, as a browser would read it.
        assert_eq!(f.text(), Some("ok\n\u{FFFD}\u{FFFD}\u{FFFD}\n"));
    }

    #[test]
    fn first_crlf_line_is_given() {
        let f = decode("s.js", b"a\nb\r\nc\r\nd\re");
        let e = f.line_endings.expect("found");
        assert_eq!(e.first.line, Some(2));
        assert_eq!(e.first.snippet.as_deref(), Some("b"));
        assert_eq!((e.crlf, e.cr), (2, 1));
    }
}
