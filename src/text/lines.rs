//! Byte offsets → 1-based line and column, and the snippet of a line, for finding locations.

/// Index of line starts in one text, so offsets can be turned into positions cheaply.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// The longest snippet kept; longer lines (minified code) are cut around the column.
pub const SNIPPET_MAX_CHARS: usize = 160;

impl LineIndex {
    /// Builds the index. A line ends at LF; a lone CR also ends a line, as editors show it.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and column (in characters) of a byte offset; offsets past the end clamp to it.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text[start..offset].chars().count() + 1;
        (line, column)
    }

    /// The text of a 1-based line without its line break, trimmed, cut around `column` when long.
    pub fn snippet(&self, text: &str, line: usize, column: usize) -> String {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return String::new();
        };
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        let raw = text[start..end].trim_end_matches(['\n', '\r']);
        cut_around(raw, column)
    }
}

/// Keeps at most [`SNIPPET_MAX_CHARS`] characters of a line, centred on `column` (1-based).
fn cut_around(line: &str, column: usize) -> String {
    let count = line.chars().count();
    if count <= SNIPPET_MAX_CHARS {
        return line.trim().to_string();
    }
    let half = SNIPPET_MAX_CHARS / 2;
    let first = column.saturating_sub(1).saturating_sub(half).min(count - SNIPPET_MAX_CHARS);
    let body: String = line.chars().skip(first).take(SNIPPET_MAX_CHARS).collect();
    let head = if first > 0 { "…" } else { "" };
    let tail = if first + SNIPPET_MAX_CHARS < count { "…" } else { "" };
    format!("{head}{}{tail}", body.trim())
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_all_line_breaks() {
        let text = "ab\nпривет: x\r\nlast\rcr";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 0), (1, 1));
        let x = text.find('x').unwrap();
        assert_eq!(idx.position(text, x), (2, 9));
        let last = text.find("last").unwrap();
        assert_eq!(idx.position(text, last), (3, 1));
        let cr = text.rfind("cr").unwrap();
        assert_eq!(idx.position(text, cr), (4, 1));
        assert_eq!(idx.snippet(text, 2, 1), "привет: x");
        assert_eq!(idx.snippet(text, 9, 1), "");
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = format!("{}NEEDLE{}", "a".repeat(5000), "b".repeat(5000));
        let idx = LineIndex::new(&line);
        let snippet = idx.snippet(&line, 1, 5001);
        assert!(snippet.contains("NEEDLE"));
        assert!(snippet.starts_with('…') && snippet.ends_with('…'));
        assert!(snippet.chars().count() <= SNIPPET_MAX_CHARS + 2);
    }
}
