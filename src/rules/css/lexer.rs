//! The little CSS and template scanning lightningcss does not give: comments (it drops them),
//! `url()` and `@import` targets with their offsets, the text of each selector of a rule (it keeps
//! only the rule's start), `<style>` blocks of templates, and template tags blanked out so the
//! CSS around them still parses. All offsets are byte offsets into the scanned text.

use std::cell::Cell;
use std::ops::Range;

/// A comment: where its `/*` starts, and its body without the delimiters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawComment {
    pub offset: usize,
    pub body: String,
}

/// A file named by the CSS: where the `url(` or `@import` starts, and the target as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawUrl {
    pub offset: usize,
    pub target: String,
}

/// Comments and URL targets of a style sheet, skipping strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    pub comments: Vec<RawComment>,
    pub urls: Vec<RawUrl>,
}

/// Finds the comments and the `url()` / `@import` targets of CSS text.
pub fn scan(css: &str) -> Scan {
    let b = css.as_bytes();
    let mut out = Scan::default();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = find(css, i + 2, "*/").unwrap_or(b.len());
                out.comments.push(RawComment { offset: i, body: css[i + 2..end].to_string() });
                i = (end + 2).min(b.len());
            }
            b'"' | b'\'' => i = skip_string(b, i),
            b'u' | b'U' if starts_with_ci(b, i, "url(") && (i == 0 || !is_name_byte(b[i - 1])) => {
                let (target, next) = url_target(css, i + 4);
                if let Some(target) = target {
                    out.urls.push(RawUrl { offset: i, target });
                }
                i = next;
            }
            b'@' if starts_with_ci(b, i, "@import") && !b.get(i + 7).is_some_and(|c| is_name_byte(*c)) => {
                let mut j = skip_whitespace(b, i + 7);
                if matches!(b.get(j), Some(b'"' | b'\'')) {
                    let end = skip_string(b, j);
                    let inner = &css[j + 1..end.saturating_sub(1).max(j + 1)];
                    out.urls.push(RawUrl { offset: i, target: inner.to_string() });
                    j = end;
                }
                i = j.max(i + 1);
            }
            _ => i += 1,
        }
    }
    out
}

/// The target of `url(` whose argument starts at `from`, and the offset after the closing `)`.
fn url_target(css: &str, from: usize) -> (Option<String>, usize) {
    let b = css.as_bytes();
    let start = skip_whitespace(b, from);
    if matches!(b.get(start), Some(b'"' | b'\'')) {
        let end = skip_string(b, start);
        let inner = css[start + 1..end.saturating_sub(1).max(start + 1)].to_string();
        let close = find(css, end, ")").map_or(b.len(), |c| c + 1);
        return (Some(inner), close);
    }
    match find(css, start, ")") {
        Some(close) => (Some(css[start..close].trim().to_string()), close + 1),
        None => (None, b.len()),
    }
}

/// The offset just after the string starting at `start` (its closing quote, or the line end when
/// the string is not closed, as CSS does).
fn skip_string(b: &[u8], start: usize) -> usize {
    let quote = b[start];
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' | b'\r' | b'\x0C' => return i,
            c if c == quote => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

fn skip_whitespace(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
        i += 1;
    }
    i
}

fn find(s: &str, from: usize, needle: &str) -> Option<usize> {
    s.get(from..)?.find(needle).map(|p| p + from)
}

fn starts_with_ci(b: &[u8], at: usize, prefix: &str) -> bool {
    b.get(at..at + prefix.len()).is_some_and(|s| s.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Bytes that may continue a CSS identifier (non-ASCII counts).
pub fn is_name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_' || c >= 0x80
}

/// The selectors of the rule whose prelude starts at `start`: each with its offset (after leading
/// whitespace and comments) and its text, split at top-level commas, up to the rule's `{`.
pub fn selectors_at(css: &str, start: usize) -> Vec<(usize, &str)> {
    let b = css.as_bytes();
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut part_start = start;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = find(css, i + 2, "*/").map_or(b.len(), |e| e + 2);
                continue;
            }
            b'"' | b'\'' => {
                i = skip_string(b, i);
                continue;
            }
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                parts.push(part_start..i);
                part_start = i + 1;
            }
            b'{' | b';' | b'}' if depth == 0 => break,
            _ => {}
        }
        i += 1;
    }
    parts.push(part_start..i.min(b.len()));
    parts.into_iter().map(|r| trimmed(css, r)).collect()
}

/// A range without surrounding whitespace and leading comments.
fn trimmed(css: &str, r: Range<usize>) -> (usize, &str) {
    let mut start = r.start;
    loop {
        start = skip_whitespace(css.as_bytes(), start).min(r.end);
        if css[start..r.end].starts_with("/*") {
            start = find(css, start + 2, "*/").map_or(r.end, |e| (e + 2).min(r.end));
        } else {
            break;
        }
    }
    (start, css[start..r.end].trim_end())
}

/// Twig tags blanked out, keeping every byte offset and line break: `{{ … }}` (which prints
/// something, often a class name or a colour) becomes underscores, so `.{{ code }}-panel` stays a
/// class; `{% … %}` and `{# … #}` (which print nothing) become spaces.
pub fn blank_template_tags(css: &str) -> String {
    let mut bytes = css.as_bytes().to_vec();
    let mut i = 0;
    while i + 1 < bytes.len() {
        let close = match (bytes[i], bytes[i + 1]) {
            (b'{', b'{') => "}}",
            (b'{', b'%') => "%}",
            (b'{', b'#') => "#}",
            _ => {
                i += 1;
                continue;
            }
        };
        let fill = if close == "}}" { b'_' } else { b' ' };
        let end = find(css, i + 2, close).map_or(bytes.len(), |e| e + 2);
        for byte in &mut bytes[i..end] {
            if !matches!(*byte, b'\n' | b'\r') {
                *byte = fill;
            }
        }
        i = end;
    }
    // Only ASCII bytes were written, over whole characters, so the text is still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Whether a name is a blanked-out `{{ … }}` (see [`blank_template_tags`]).
pub fn is_template_placeholder(name: &str) -> bool {
    name.len() >= 4 && name.bytes().all(|c| c == b'_')
}

/// Offsets of `word` in `text` where it is a whole class-like name: not preceded or followed by
/// another name character.
pub fn find_names(text: &str, word: &str) -> Vec<usize> {
    let b = text.as_bytes();
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(|&at| {
            (at == 0 || !is_name_byte(b[at - 1])) && !b.get(at + word.len()).is_some_and(|c| is_name_byte(*c))
        })
        .collect()
}

/// Line starts as CSS counts lines (LF, CR LF, lone CR and form feed end a line), to turn
/// lightningcss's 0-based line and 1-based UTF-16 column into a byte offset. ASCII lines take
/// constant time; on other lines positions asked in order continue from the last one, so a
/// minified sheet is not walked again for each rule.
pub struct CssLines {
    starts: Vec<usize>,
    ascii: Vec<bool>,
    /// `(line, UTF-16 units from the line start, byte offset)` of the last answer.
    cursor: Cell<(usize, usize, usize)>,
}

impl CssLines {
    pub fn new(css: &str) -> CssLines {
        let b = css.as_bytes();
        let mut starts = vec![0];
        let mut ascii = Vec::new();
        let mut line_ascii = true;
        for (i, &c) in b.iter().enumerate() {
            line_ascii &= c.is_ascii();
            let ends = c == b'\n' || c == b'\x0C' || (c == b'\r' && b.get(i + 1) != Some(&b'\n'));
            if ends {
                starts.push(i + 1);
                ascii.push(line_ascii);
                line_ascii = true;
            }
        }
        ascii.push(line_ascii);
        CssLines { starts, ascii, cursor: Cell::new((usize::MAX, 0, 0)) }
    }

    /// The byte offset of a lightningcss position (line from 0, column from 1 in UTF-16 units).
    pub fn offset(&self, css: &str, line: u32, column: u32) -> usize {
        let line = line as usize;
        let Some(&start) = self.starts.get(line) else { return css.len() };
        let units = column.saturating_sub(1) as usize;
        let end = match self.starts.get(line + 1) {
            Some(&next) if css[..next].ends_with("\r\n") => next - 2,
            Some(&next) => next - 1,
            None => css.len(),
        };
        if self.ascii[line] {
            return (start + units).min(end);
        }
        let (at_line, at_units, at_byte) = self.cursor.get();
        let (mut done, mut byte) = if at_line == line && at_units <= units { (at_units, at_byte) } else { (0, start) };
        for ch in css[byte..end].chars() {
            if done >= units {
                break;
            }
            done += ch.len_utf16();
            byte += ch.len_utf8();
        }
        self.cursor.set((line, done, byte));
        byte
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_urls_skip_strings() {
        let css = "a { content: \"/* no */\"; } /* yes */ b { background: url( 'img/a.png' ) } \
                   @import \"x.css\"; c { src: URL(font.woff) } d{e:f(url(g.svg))}";
        let s = scan(css);
        assert_eq!(s.comments.len(), 1);
        assert_eq!(s.comments[0].body, " yes ");
        assert_eq!(&css[s.comments[0].offset..s.comments[0].offset + 2], "/*");
        let targets: Vec<_> = s.urls.iter().map(|u| u.target.as_str()).collect();
        assert_eq!(targets, ["img/a.png", "x.css", "font.woff", "g.svg"]);
        assert!(css[s.urls[1].offset..].starts_with("@import"));
    }

    #[test]
    fn unclosed_comment_runs_to_the_end() {
        let s = scan("a{} /* open");
        assert_eq!(s.comments[0].body, " open");
    }

    #[test]
    fn selectors_are_split_at_top_level_commas() {
        let css = "x{}\n  .a, /* c */ .b:is(.c, .d) ,\n[t=\",\"] { color: red }";
        let parts = selectors_at(css, 6);
        let texts: Vec<_> = parts.iter().map(|p| p.1).collect();
        assert_eq!(texts, [".a", ".b:is(.c, .d)", "[t=\",\"]"]);
        assert_eq!(&css[parts[2].0..parts[2].0 + 2], "[t");
    }

    #[test]
    fn template_tags_are_blanked() {
        let blanked = blank_template_tags(".{{ code }}-x { color: {{c}} }{% if a %}\n{# é #}");
        assert_eq!(blanked, ".__________-x { color: _____ }          \n        ");
        assert!(is_template_placeholder("__________"));
    }

    #[test]
    fn names_need_boundaries() {
        assert_eq!(find_names("a switcher_on switcher_one .switcher_on{", "switcher_on"), vec![2, 28]);
    }

    #[test]
    fn columns_are_utf16_units() {
        let css = "a{}\r\n/*ё😀*/.b{}\x0C.c{}";
        let lines = CssLines::new(css);
        assert_eq!(lines.offset(css, 1, 8), css.find(".b").unwrap());
        assert_eq!(lines.offset(css, 1, 3), css.find("ё").unwrap());
        assert_eq!(lines.offset(css, 1, 99), css.find("\x0C").unwrap());
        assert_eq!(lines.offset(css, 2, 1), css.find(".c").unwrap());
        assert_eq!(lines.offset(css, 0, 9), 3);
    }
}
