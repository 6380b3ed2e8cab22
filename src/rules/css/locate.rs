//! Byte offsets → [`Location`]s in time independent of the line's length, so a minified style
//! sheet (one line of megabytes, thousands of rules) costs no more than a formatted one. Gives the
//! same line, column and snippet as [`SourceText::location_at`](crate::widget::source::SourceText).

use crate::location::Location;
use crate::text::lines::SNIPPET_MAX_CHARS;

/// Every this many bytes the number of characters before is remembered.
const STRIDE: usize = 1024;

/// Line starts (LF or a lone CR ends a line) and character counts at checkpoints of one text.
#[derive(Debug, Clone)]
pub struct Locator {
    path: String,
    starts: Vec<usize>,
    /// `(byte offset, characters before it)`, increasing, on character boundaries.
    checkpoints: Vec<(usize, usize)>,
    ascii: bool,
}

impl Locator {
    pub fn new(path: &str, text: &str) -> Locator {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        let ascii = text.is_ascii();
        let mut checkpoints = vec![(0, 0)];
        if !ascii {
            let mut chars = 0;
            let mut last = 0;
            let mut next = STRIDE;
            while next < text.len() {
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                chars += text[last..next].chars().count();
                checkpoints.push((next, chars));
                last = next;
                next += STRIDE;
            }
        }
        Locator { path: path.to_string(), starts, checkpoints, ascii }
    }

    /// Characters before a byte offset (on a character boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        if self.ascii {
            return offset;
        }
        let i = self.checkpoints.partition_point(|&(b, _)| b <= offset) - 1;
        let (b, c) = self.checkpoints[i];
        c + text[b..offset].chars().count()
    }

    /// The byte offset of the `n`th character.
    fn byte_of_char(&self, text: &str, n: usize) -> usize {
        if self.ascii {
            return n.min(text.len());
        }
        let i = self.checkpoints.partition_point(|&(_, c)| c <= n) - 1;
        let (b, c) = self.checkpoints[i];
        text[b..].char_indices().nth(n - c).map_or(text.len(), |(at, _)| b + at)
    }

    /// The location of a byte offset of `text` (the text this locator was built from).
    pub fn at(&self, text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let line_start_chars = self.chars_before(text, start);
        let column = self.chars_before(text, offset) - line_start_chars + 1;
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        let raw = text[start..end].trim_end_matches(['\n', '\r']);
        let count = self.chars_before(text, start + raw.len()) - line_start_chars;
        let snippet = if count <= SNIPPET_MAX_CHARS {
            raw.trim().to_string()
        } else {
            let first = column.saturating_sub(1).saturating_sub(SNIPPET_MAX_CHARS / 2).min(count - SNIPPET_MAX_CHARS);
            let from = self.byte_of_char(text, line_start_chars + first);
            let to = self.byte_of_char(text, line_start_chars + first + SNIPPET_MAX_CHARS);
            let head = if first > 0 { "…" } else { "" };
            let tail = if first + SNIPPET_MAX_CHARS < count { "…" } else { "" };
            format!("{head}{}{tail}", text[from..to].trim())
        };
        Location {
            file: self.path.clone(),
            line: Some(line),
            column: Some(column),
            snippet: Some(snippet),
            region: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::widget::source::SourceText;

    #[test]
    fn same_locations_as_source_text() {
        let long_ascii = format!("{}.needle{{}}{}", "a{}".repeat(3000), "b{}".repeat(3000));
        let long_utf8 = format!("{}.needle{{}}{}", "ё{}".repeat(3000), "😀{}".repeat(3000));
        for text in ["a\nb\r\nпривет .x{}\rlast", long_ascii.as_str(), long_utf8.as_str(), "", "\n\n"] {
            let source = SourceText::new("s.css", text.to_string());
            let locator = Locator::new("s.css", text);
            let mut offsets: Vec<usize> = (0..=text.len()).step_by(97).collect();
            offsets.extend(text.find(".needle"));
            offsets.push(text.len());
            for offset in offsets.into_iter().filter(|o| text.is_char_boundary(*o)) {
                assert_eq!(locator.at(text, offset), source.location_at(offset), "{offset}");
            }
        }
    }
}
