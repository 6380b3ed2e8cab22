//! Strict JSON (RFC 8259) parser that keeps the byte span of every value and object key, so
//! the checks can report the line and column of what they complain about.
//!
//! It is written for untrusted input: it never panics, refuses nesting deeper than
//! [`MAX_DEPTH`] instead of overflowing the stack, and runs in time linear in the input size.

use crate::i18n::Msg;
use crate::msg;
use crate::text::lines::LineIndex;

/// Byte range in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// What a JSON value is, with its contents.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (always finite).
    Number(f64),
    /// A string, with its escapes decoded.
    String(String),
    /// An array, in source order.
    Array(Vec<Json>),
    /// An object's members, in source order (duplicate keys are kept).
    Object(Vec<Member>),
}

/// A JSON value and where it is in the source text.
#[derive(Debug, Clone, PartialEq)]
pub struct Json {
    /// The value itself.
    pub kind: JsonKind,
    /// Where the value is: strings include their quotes, arrays and objects their brackets.
    pub span: Span,
}

/// One `"key": value` pair of an object, in source order (duplicates are kept).
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The decoded key.
    pub key: String,
    /// Where the key is, quotes included.
    pub key_span: Span,
    /// The member's value.
    pub value: Json,
}

/// Why a text is not valid JSON, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// The problem in plain words.
    pub message: Msg,
    /// Byte offset of the problem.
    pub offset: usize,
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column of the problem, in Unicode characters.
    pub column: usize,
}

impl JsonError {
    /// An error at `offset` in `text`, with its line and column computed.
    fn at(text: &str, offset: usize, message: Msg) -> Self {
        let (line, column) = line_col(text, offset);
        Self { message, offset, line, column }
    }
}

/// The deepest nesting of arrays/objects accepted; deeper input is an error, not a stack overflow.
pub const MAX_DEPTH: usize = 128;

/// 1-based `(line, column)` of byte `offset` in `text`; the column counts Unicode characters.
/// Line rules are those of [`LineIndex`]: LF, CRLF or a lone CR end a line.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).position(text, offset)
}

/// Parses `text` as one strict JSON value, keeping source positions.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    if text.is_empty() {
        return Err(JsonError::at(text, 0, msg!("widget-json-empty")));
    }
    if text.starts_with('\u{FEFF}') {
        return Err(JsonError::at(text, 0, msg!("widget-json-bom")));
    }
    let mut parser = Parser { text, bytes: text.as_bytes(), pos: 0, depth: 0 };
    parser.skip_ws();
    if parser.at_end() {
        return Err(parser.error_here(msg!("widget-json-only-whitespace")));
    }
    let value = parser.parse_value()?;
    parser.skip_ws();
    if !parser.at_end() {
        if parser.comment_ahead() {
            return Err(parser.comment_error());
        }
        return Err(parser.error_here(msg!("widget-json-text-after")));
    }
    Ok(value)
}

impl Json {
    /// The object member's value for `key` (the last one if duplicated); `None` if not an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.member(key).map(|m| &m.value)
    }

    /// The object member for `key` (the last one if duplicated); `None` if not an object.
    pub fn member(&self, key: &str) -> Option<&Member> {
        self.members().iter().rev().find(|m| m.key == key)
    }

    /// The object's members in source order; an empty slice if this is not an object.
    pub fn members(&self) -> &[Member] {
        match &self.kind {
            JsonKind::Object(members) => members,
            _ => &[],
        }
    }

    /// The array's items in source order; an empty slice if this is not an array.
    pub fn items(&self) -> &[Json] {
        match &self.kind {
            JsonKind::Array(items) => items,
            _ => &[],
        }
    }

    /// The string's value, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            JsonKind::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean's value, if this is `true` or `false`.
    pub fn as_bool(&self) -> Option<bool> {
        match self.kind {
            JsonKind::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// The number's value, if this is a number.
    pub fn as_f64(&self) -> Option<f64> {
        match self.kind {
            JsonKind::Number(n) => Some(n),
            _ => None,
        }
    }

    /// Whether this is an object.
    pub fn is_object(&self) -> bool {
        matches!(self.kind, JsonKind::Object(_))
    }

    /// Whether this is an array.
    pub fn is_array(&self) -> bool {
        matches!(self.kind, JsonKind::Array(_))
    }

    /// Walks nested objects along a dot path like `"widget.support.link"`; an empty segment gives `None`.
    pub fn lookup(&self, dot_path: &str) -> Option<&Json> {
        let mut current = self;
        for segment in dot_path.split('.') {
            if segment.is_empty() {
                return None;
            }
            current = current.get(segment)?;
        }
        Some(current)
    }

    /// Every leaf (not an object or array) below this value with its dot-path (`widget.name`,
    /// `list.0`), in source order. A leaf at the root has the empty path.
    pub fn leaves(&self) -> Vec<(String, &Json)> {
        let mut out = Vec::new();
        let mut stack = vec![(String::new(), self)];
        while let Some((path, value)) = stack.pop() {
            let child = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
            match &value.kind {
                JsonKind::Object(members) => stack.extend(members.iter().rev().map(|m| (child(&m.key), &m.value))),
                JsonKind::Array(items) => {
                    stack.extend(items.iter().enumerate().rev().map(|(i, v)| (child(&i.to_string()), v)))
                }
                _ => out.push((path, value)),
            }
        }
        out
    }

    /// The JSON type's name for messages: "null", "boolean", "number", "string", "array", "object".
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            JsonKind::Null => "null",
            JsonKind::Bool(_) => "boolean",
            JsonKind::Number(_) => "number",
            JsonKind::String(_) => "string",
            JsonKind::Array(_) => "array",
            JsonKind::Object(_) => "object",
        }
    }
}

/// The recursive-descent parser's state.
struct Parser<'a> {
    /// The whole source text.
    text: &'a str,
    /// The same text as bytes.
    bytes: &'a [u8],
    /// Current byte offset; always on a character boundary between tokens.
    pos: usize,
    /// How many arrays/objects are open.
    depth: usize,
}

/// Parser result.
type PResult<T> = Result<T, JsonError>;

impl Parser<'_> {
    /// The byte at the current position.
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The byte `ahead` bytes after the current position.
    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos.saturating_add(ahead)).copied()
    }

    /// Whether all input is consumed.
    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    /// The text between two byte offsets (empty if they are not valid boundaries, which the
    /// parser never produces).
    fn slice(&self, from: usize, to: usize) -> &str {
        self.text.get(from..to).unwrap_or_default()
    }

    /// The character starting at byte offset `at`, if any.
    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    /// Skips JSON whitespace: space, tab, LF, CR.
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// An error at byte `offset`.
    fn error_at(&self, offset: usize, message: Msg) -> JsonError {
        JsonError::at(self.text, offset, message)
    }

    /// An error at the current position.
    fn error_here(&self, message: Msg) -> JsonError {
        self.error_at(self.pos, message)
    }

    /// Whether a `//` or `/*` comment starts at the current position.
    fn comment_ahead(&self) -> bool {
        self.peek() == Some(b'/') && matches!(self.peek_at(1), Some(b'/' | b'*'))
    }

    /// The error for a comment at the current position.
    fn comment_error(&self) -> JsonError {
        self.error_here(msg!("widget-json-comment"))
    }

    /// The error for end of input inside the container opened at byte `start`.
    fn unclosed(&self, start: usize, container: Container) -> JsonError {
        let (line, column) = line_col(self.text, start);
        let message = match container {
            Container::Object => msg!("widget-json-unclosed-object", line = line, column = column),
            Container::Array => msg!("widget-json-unclosed-array", line = line, column = column),
        };
        self.error_at(self.bytes.len(), message)
    }

    /// Enters an array/object opened at byte `start`, refusing to nest too deep.
    fn enter(&mut self, start: usize) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_at(start, msg!("widget-json-too-deep", max = MAX_DEPTH)));
        }
        Ok(())
    }

    /// Whether the literal `word` is at the current position as a whole word.
    fn literal_ahead(&self, word: &[u8]) -> bool {
        let rest = self.bytes.get(self.pos..).unwrap_or_default();
        rest.starts_with(word) && !rest.get(word.len()).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
    }

    /// Parses one value at the current position (whitespace already skipped).
    fn parse_value(&mut self) -> PResult<Json> {
        let start = self.pos;
        let literal = |kind: JsonKind, len: usize| Json { kind, span: Span { start, end: start + len } };
        match self.peek() {
            None => Err(self.error_here(msg!("widget-json-end-expected-value"))),
            Some(b'{') => self.parse_object(),
            Some(b'[') => self.parse_array(),
            Some(b'"') => {
                let (s, span) = self.parse_string()?;
                Ok(Json { kind: JsonKind::String(s), span })
            }
            Some(b'-' | b'0'..=b'9') => self.parse_number(),
            Some(b't') if self.literal_ahead(b"true") => {
                self.pos += 4;
                Ok(literal(JsonKind::Bool(true), 4))
            }
            Some(b'f') if self.literal_ahead(b"false") => {
                self.pos += 5;
                Ok(literal(JsonKind::Bool(false), 5))
            }
            Some(b'n') if self.literal_ahead(b"null") => {
                self.pos += 4;
                Ok(literal(JsonKind::Null, 4))
            }
            Some(_) => Err(self.unexpected_value()),
        }
    }

    /// The error for a character that cannot start a value.
    fn unexpected_value(&self) -> JsonError {
        if self.comment_ahead() {
            return self.comment_error();
        }
        let Some(c) = self.char_at(self.pos) else {
            return self.error_here(msg!("widget-json-end-expected-value"));
        };
        let message = match c {
            '\'' => msg!("widget-json-single-quotes"),
            '“' | '”' | '„' | '«' | '»' | '‘' | '’' => {
                msg!("widget-json-curly-quotes", quote = c.to_string())
            }
            '.' => msg!("widget-json-leading-point"),
            '+' => msg!("widget-json-leading-plus"),
            c if c.is_ascii_alphabetic() || c == '_' => {
                let word: String = self
                    .slice(self.pos, self.bytes.len())
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .take(32)
                    .collect();
                msg!("widget-json-bare-word", word = word)
            }
            c => msg!("widget-json-expected-value", found = describe_char(c)),
        };
        self.error_here(message)
    }

    /// Parses an object; the current byte is `{`.
    fn parse_object(&mut self) -> PResult<Json> {
        let start = self.pos;
        self.enter(start)?;
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                match self.peek() {
                    Some(b'"') => {}
                    None => return Err(self.unclosed(start, Container::Object)),
                    Some(_) => return Err(self.bad_key(members.is_empty())),
                }
                let (key, key_span) = self.parse_string()?;
                self.skip_ws();
                match self.peek() {
                    Some(b':') => self.pos += 1,
                    None => return Err(self.unclosed(start, Container::Object)),
                    Some(_) if self.comment_ahead() => return Err(self.comment_error()),
                    Some(_) => return Err(self.error_here(msg!("widget-json-expected-colon"))),
                }
                self.skip_ws();
                if self.at_end() {
                    return Err(self.unclosed(start, Container::Object));
                }
                let value = self.parse_value()?;
                members.push(Member { key, key_span, value });
                if self.comma_or_close(start, Container::Object)? {
                    break;
                }
            }
        }
        self.depth -= 1;
        Ok(Json { kind: JsonKind::Object(members), span: Span { start, end: self.pos } })
    }

    /// The error for something other than a key where a key is expected.
    fn bad_key(&self, first: bool) -> JsonError {
        if self.comment_ahead() {
            return self.comment_error();
        }
        let found = self.char_at(self.pos);
        let message = match found {
            Some('\'') => msg!("widget-json-key-single-quotes"),
            Some(c) if c.is_alphanumeric() || c == '_' || c == '$' => msg!("widget-json-key-unquoted"),
            Some(c) if first => msg!("widget-json-expected-first-key", found = describe_char(c)),
            Some(c) => msg!("widget-json-expected-key", found = describe_char(c)),
            None => msg!("widget-json-end-expected-key"),
        };
        self.error_here(message)
    }

    /// After a member or item: consumes a `,` (refusing a trailing one) or the closing bracket.
    /// Returns whether the container was closed. `start` is where the container opened.
    fn comma_or_close(&mut self, start: usize, container: Container) -> PResult<bool> {
        let close = container.close();
        self.skip_ws();
        match self.peek() {
            Some(b',') => {
                let comma = self.pos;
                self.pos += 1;
                self.skip_ws();
                if self.peek() == Some(close) {
                    return Err(
                        self.error_at(comma, msg!("widget-json-trailing-comma", bracket = (close as char).to_string()))
                    );
                }
                Ok(false)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(true)
            }
            None => Err(self.unclosed(start, container)),
            Some(_) if self.comment_ahead() => Err(self.comment_error()),
            Some(_) => Err(self.error_here(match container {
                Container::Object => msg!("widget-json-expected-comma-member"),
                Container::Array => msg!("widget-json-expected-comma-item"),
            })),
        }
    }

    /// Parses an array; the current byte is `[`.
    fn parse_array(&mut self) -> PResult<Json> {
        let start = self.pos;
        self.enter(start)?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
        } else {
            loop {
                if self.at_end() {
                    return Err(self.unclosed(start, Container::Array));
                }
                items.push(self.parse_value()?);
                if self.comma_or_close(start, Container::Array)? {
                    break;
                }
            }
        }
        self.depth -= 1;
        Ok(Json { kind: JsonKind::Array(items), span: Span { start, end: self.pos } })
    }

    /// Parses a string; the current byte is `"`. Returns the decoded text and the span with quotes.
    fn parse_string(&mut self) -> PResult<(String, Span)> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        let mut chunk = self.pos;
        loop {
            match self.peek() {
                None => return Err(self.unclosed_string(start)),
                Some(b'"') => {
                    out.push_str(self.slice(chunk, self.pos));
                    self.pos += 1;
                    return Ok((out, Span { start, end: self.pos }));
                }
                Some(b'\\') => {
                    out.push_str(self.slice(chunk, self.pos));
                    self.parse_escape(start, &mut out)?;
                    chunk = self.pos;
                }
                Some(b @ 0x00..=0x1F) => return Err(self.control_char_error(b)),
                Some(_) => self.pos += 1,
            }
        }
    }

    /// The error for end of input inside the string opened at byte `start`.
    fn unclosed_string(&self, start: usize) -> JsonError {
        let (line, column) = line_col(self.text, start);
        self.error_at(self.bytes.len(), msg!("widget-json-unclosed-string", line = line, column = column))
    }

    /// The error for a raw control character `b` at the current position inside a string.
    fn control_char_error(&self, b: u8) -> JsonError {
        let message = match b {
            b'\n' | b'\r' => msg!("widget-json-line-break-in-string"),
            b'\t' => msg!("widget-json-tab-in-string"),
            _ => msg!("widget-json-control-in-string", code = format!("U+{b:04X}")),
        };
        self.error_here(message)
    }

    /// Parses one escape sequence; the current byte is `\`.
    fn parse_escape(&mut self, string_start: usize, out: &mut String) -> PResult<()> {
        let esc = self.pos;
        let simple = match self.peek_at(1) {
            None => return Err(self.unclosed_string(string_start)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let Some(code) = self.hex4(esc + 2) else {
                    return Err(self.error_at(esc, msg!("widget-json-bad-unicode-escape")));
                };
                self.pos = esc + 6;
                let c = match code {
                    0xD800..=0xDBFF => match self.low_surrogate_ahead() {
                        Some(low) => {
                            self.pos += 6;
                            char::from_u32(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
                        }
                        None => None,
                    },
                    _ => char::from_u32(code),
                };
                out.push(c.unwrap_or('\u{FFFD}'));
                return Ok(());
            }
            Some(_) => {
                // The byte after `\` starts a character: the parser stands on character boundaries.
                let c = self.char_at(esc + 1).unwrap_or(char::REPLACEMENT_CHARACTER);
                let shown = if is_visible(c) {
                    msg!("widget-json-escape", char = c.to_string())
                } else {
                    msg!("widget-json-escape-invisible", found = describe_char(c))
                };
                return Err(self.error_at(esc, msg!("widget-json-bad-escape", escape = shown)));
            }
        };
        out.push(simple);
        self.pos = esc + 2;
        Ok(())
    }

    /// The value of four hex digits at byte offset `at`, if they are there.
    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.bytes.get(at..at.checked_add(4)?)?;
        digits.iter().try_fold(0u32, |acc, &b| Some(acc * 16 + char::from(b).to_digit(16)?))
    }

    /// The low surrogate of a `\uDC00`..`\uDFFF` escape at the current position, if there is one.
    fn low_surrogate_ahead(&self) -> Option<u32> {
        if self.peek() != Some(b'\\') || self.peek_at(1) != Some(b'u') {
            return None;
        }
        self.hex4(self.pos + 2).filter(|low| (0xDC00..=0xDFFF).contains(low))
    }

    /// Whether the current byte is an ASCII digit.
    fn digit_ahead(&self) -> bool {
        self.peek().is_some_and(|b| b.is_ascii_digit())
    }

    /// Skips ASCII digits.
    fn skip_digits(&mut self) {
        while self.digit_ahead() {
            self.pos += 1;
        }
    }

    /// Parses a number; the current byte is `-` or a digit.
    fn parse_number(&mut self) -> PResult<Json> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if self.digit_ahead() {
                    return Err(self.error_at(start, msg!("widget-json-leading-zero")));
                }
            }
            Some(b'1'..=b'9') => self.skip_digits(),
            _ => return Err(self.error_here(msg!("widget-json-digit-after-minus"))),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !self.digit_ahead() {
                return Err(self.error_here(msg!("widget-json-digit-after-point")));
            }
            self.skip_digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !self.digit_ahead() {
                return Err(self.error_here(msg!("widget-json-digit-in-exponent")));
            }
            self.skip_digits();
        }
        let number: f64 = self
            .slice(start, self.pos)
            .parse()
            .map_err(|_| self.error_at(start, msg!("widget-json-invalid-number")))?;
        if !number.is_finite() {
            return Err(self.error_at(start, msg!("widget-json-number-too-large")));
        }
        Ok(Json { kind: JsonKind::Number(number), span: Span { start, end: self.pos } })
    }
}

/// Whether `c` can be shown as itself in a message (not invisible or a control character).
fn is_visible(c: char) -> bool {
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'))
}

/// `c` for a message: in backticks if visible, else as its code point.
fn describe_char(c: char) -> Msg {
    if is_visible(c) {
        msg!("widget-json-char", char = c.to_string())
    } else {
        msg!("widget-json-invisible-char", code = format!("U+{:04X}", u32::from(c)))
    }
}

/// An object or an array, for the errors inside one.
#[derive(Clone, Copy)]
enum Container {
    Object,
    Array,
}

impl Container {
    /// The bracket that closes it.
    fn close(self) -> u8 {
        match self {
            Container::Object => b'}',
            Container::Array => b']',
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn err(text: &str) -> JsonError {
        match parse(text) {
            Ok(v) => panic!("expected an error for {text:?}, got {v:?}"),
            Err(e) => e,
        }
    }

    fn ok(text: &str) -> Json {
        match parse(text) {
            Ok(v) => v,
            Err(e) => panic!("expected {text:?} to parse, got {e:?}"),
        }
    }

    fn src(text: &str, span: Span) -> &str {
        &text[span.start..span.end]
    }

    #[test]
    fn scalars_and_spans() {
        let v = ok("  true ");
        assert_eq!(v.kind, JsonKind::Bool(true));
        assert_eq!(v.span, Span { start: 2, end: 6 });
        assert_eq!(ok("null").kind, JsonKind::Null);
        assert_eq!(ok("-1.5e2").kind, JsonKind::Number(-150.0));
        let s = ok(r#" "a\nb" "#);
        assert_eq!(s.as_str(), Some("a\nb"));
        assert_eq!(s.span, Span { start: 1, end: 7 });
        let a = ok("[1, [2] ,{}]");
        assert_eq!(a.span, Span { start: 0, end: 12 });
        assert_eq!(a.items().len(), 3);
        assert_eq!(a.items()[1].span, Span { start: 4, end: 7 });
        assert_eq!(a.items()[2].span, Span { start: 9, end: 11 });
        assert!(a.items()[2].is_object());
        assert_eq!(a.kind_name(), "array");
    }

    #[test]
    fn key_and_value_positions_with_cyrillic_on_line_3() {
        let text = "{\r\n  \"name\": \"Виджет\",\n  \"описание\": \"тест\", \"n\": 1\n}";
        let v = ok(text);
        let idx = LineIndex::new(text);
        let name = v.member("name").unwrap();
        assert_eq!(src(text, name.key_span), "\"name\"");
        assert_eq!(line_col(text, name.key_span.start), (2, 3));
        assert_eq!(src(text, name.value.span), "\"Виджет\"");
        assert_eq!(line_col(text, name.value.span.start), (2, 11));

        let desc = v.member("описание").unwrap();
        assert_eq!(src(text, desc.key_span), "\"описание\"");
        assert_eq!(line_col(text, desc.key_span.start), (3, 3));
        assert_eq!(line_col(text, desc.value.span.start), (3, 15));
        assert_eq!(desc.value.as_str(), Some("тест"));
        let n = v.member("n").unwrap();
        assert_eq!(line_col(text, n.key_span.start), (3, 23));
        assert_eq!(line_col(text, n.value.span.start), (3, 28));
        assert_eq!(src(text, n.value.span), "1");
        assert_eq!(line_col(text, v.span.end - 1), (4, 1));
        assert_eq!(v.span, Span { start: 0, end: text.len() });

        for m in v.members() {
            assert_eq!(idx.position(text, m.key_span.start), line_col(text, m.key_span.start));
            assert_eq!(idx.position(text, m.value.span.end), line_col(text, m.value.span.end));
        }
        for offset in 0..=text.len() + 2 {
            assert_eq!(idx.position(text, offset), line_col(text, offset), "offset {offset}");
        }
    }

    #[test]
    fn line_breaks_lone_cr_and_crlf() {
        let text = "a\rb\r\nc\nd";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 2), (2, 1));
        assert_eq!(line_col(text, 3), (2, 2)); // the CR of CRLF belongs to line 2
        assert_eq!(line_col(text, 4), (2, 3)); // the LF too
        assert_eq!(line_col(text, 5), (3, 1));
        assert_eq!(line_col(text, 7), (4, 1));
        assert_eq!(line_col(text, 99), (4, 2));
        let e = err("[1,\r2,\r\n3 x]");
        assert_eq!((e.line, e.column), (3, 3));
    }

    #[test]
    fn missing_comma() {
        let e = err("{\"ключ\": 1 \"x\": 2}");
        assert_eq!(e.message.english(), "expected `,` or `}` after an object member");
        assert_eq!((e.offset, e.line, e.column), (15, 1, 12));
        let e = err("[\n  1,\n  2\n  3\n]");
        assert_eq!(e.message.english(), "expected `,` or `]` after an array item");
        assert_eq!((e.line, e.column), (4, 3));
    }

    #[test]
    fn trailing_comma() {
        let e = err("[1,2,]");
        assert_eq!(e.message.english(), "trailing comma before `]`");
        assert_eq!((e.offset, e.line, e.column), (4, 1, 5));
        let e = err("{\n  \"а\": 1,\n}");
        assert_eq!(e.message.english(), "trailing comma before `}`");
        assert_eq!((e.line, e.column), (2, 9));
    }

    #[test]
    fn unclosed_object_and_array() {
        let text = "{\n  \"a\": {\"b\": 1}\n";
        let e = err(text);
        assert!(e.message.english().starts_with("unexpected end of file: an object is not closed"), "{e:?}");
        assert!(e.message.english().contains("line 1, column 1"), "{e:?}");
        assert_eq!((e.offset, e.line, e.column), (text.len(), 3, 1));
        let e = err("[1, [2]");
        assert!(e.message.english().starts_with("unexpected end of file: an array is not closed"), "{e:?}");
        assert_eq!((e.line, e.column), (1, 8));
        let e = err("{\"a\":");
        assert!(e.message.english().contains("an object is not closed"), "{e:?}");
        let e = err("{\"a\": \"x");
        assert!(e.message.english().contains("a string is not closed (it opens at line 1, column 7)"), "{e:?}");
    }

    #[test]
    fn comments() {
        for (text, pos) in [
            ("// hi\n{}", (1, 1)),
            ("{\n  \"a\": 1 // one\n}", (2, 10)),
            ("{\n  /* x */ \"a\": 1}", (2, 3)),
            ("[1, /* x */ 2]", (1, 5)),
            ("{\"a\" /* x */ : 1}", (1, 6)),
            ("{} // end", (1, 4)),
        ] {
            let e = err(text);
            assert_eq!(e.message.english(), "comments are not allowed in JSON", "{text:?}");
            assert_eq!((e.line, e.column), pos, "{text:?}");
        }
    }

    #[test]
    fn byte_order_mark() {
        let e = err("\u{FEFF}{}");
        assert!(e.message.english().contains("byte order mark"), "{e:?}");
        assert_eq!((e.offset, e.line, e.column), (0, 1, 1));
    }

    #[test]
    fn empty_file() {
        let e = err("");
        assert_eq!(e.message.english(), "the file is empty");
        assert_eq!((e.line, e.column), (1, 1));
        assert!(err(" \n ").message.english().starts_with("the file is empty"));
    }

    #[test]
    fn text_after_value() {
        let e = err("{}\n\n  x");
        assert_eq!(e.message.english(), "text after the end of the JSON value");
        assert_eq!((e.offset, e.line, e.column), (6, 3, 3));
        assert_eq!(err("[1]]").message.english(), "text after the end of the JSON value");
        assert_eq!(err("1 2").column, 3);
    }

    #[test]
    fn control_characters_in_strings() {
        let e = err("{\"a\": \"б\tc\"}");
        assert!(e.message.english().contains("tab"), "{e:?}");
        assert_eq!((e.offset, e.line, e.column), (9, 1, 9));
        let e = err("[\"ab\ncd\"]");
        assert!(e.message.english().contains("next line"), "{e:?}");
        assert_eq!((e.line, e.column), (1, 5));
        let e = err("\"\u{1}\"");
        assert!(e.message.english().contains("U+0001"), "{e:?}");
        assert_eq!(ok("\"\u{7f}\"").as_str(), Some("\u{7f}"));
    }

    #[test]
    fn friendly_messages() {
        assert!(err("{'a': 1}").message.english().contains("single quotes"));
        assert!(err("{a: 1}").message.english().contains("double quotes"));
        assert!(err("['a']").message.english().contains("single quotes"));
        assert!(err("“a”").message.english().contains("straight double quotes"));
        assert!(err("NaN").message.english().starts_with("`NaN` is not a JSON value"));
        assert!(err("True").message.english().starts_with("`True` is not a JSON value"));
        assert!(err("01").message.english().contains("leading zeros"));
        assert!(err(".5").message.english().contains("0.5"));
        assert!(err("1e400").message.english().contains("too large"));
        assert!(err("\"\\x\"").message.english().starts_with("invalid escape `\\x`"));
        assert!(err("\"\\u12\"").message.english().contains("four hexadecimal digits"));
        assert!(err("{\"a\" 1}").message.english().contains("expected `:`"));
        assert!(err("[,]").message.english().contains("found `,`"));
        assert!(err("\u{a0}1").message.english().contains("U+00A0"));
    }

    #[test]
    fn escapes_and_surrogates() {
        let v = ok(r#""\" \\ \/ \b \f \n \r \t \u0041\u00e9\u4E2D \ud83d\ude00""#);
        assert_eq!(v.as_str(), Some("\" \\ / \u{8} \u{c} \n \r \t Aé中 😀"));
        assert_eq!(ok(r#""\ud83d""#).as_str(), Some("\u{FFFD}"));
        assert_eq!(ok(r#""\ude00x""#).as_str(), Some("\u{FFFD}x"));
        assert_eq!(ok(r#""\ud83d\u0041""#).as_str(), Some("\u{FFFD}A"));
        assert_eq!(ok(r#""\ud83d\ud83d\ude00""#).as_str(), Some("\u{FFFD}😀"));
        assert_eq!(ok(r#""\u0000""#).as_str(), Some("\0"));
        assert!(parse(r#""\ud83d\u00""#).is_err());
    }

    fn nested(depth: usize) -> String {
        "[".repeat(depth) + &"]".repeat(depth)
    }

    #[test]
    fn depth_limit() {
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        let e = err(&nested(MAX_DEPTH + 1));
        assert_eq!(e.message.english(), "nesting deeper than 128 levels");
        assert_eq!(e.offset, MAX_DEPTH);
        let objects = "{\"a\":".repeat(MAX_DEPTH) + "1" + &"}".repeat(MAX_DEPTH);
        assert!(parse(&objects).is_ok());
        let objects = "{\"a\":".repeat(MAX_DEPTH + 1) + "1" + &"}".repeat(MAX_DEPTH + 1);
        assert_eq!(err(&objects).message.english(), "nesting deeper than 128 levels");
        let e = err(&"[".repeat(100_000));
        assert_eq!(e.message.english(), "nesting deeper than 128 levels");
        let e = err(&"{\"a\":[".repeat(100_000));
        assert_eq!(e.message.english(), "nesting deeper than 128 levels");
    }

    #[test]
    fn big_flat_input_is_fast() {
        let text = format!("[{}1]", "\"a\\n\\u0041b\", ".repeat(200_000));
        assert_eq!(ok(&text).items().len(), 200_001);
        let text = format!("\"{}\"", "я".repeat(1_000_000));
        assert_eq!(ok(&text).as_str().map(str::len), Some(2_000_000));
    }

    #[test]
    fn leaves_have_dot_paths_in_source_order() {
        let v = ok(r#"{"widget": {"name": "N", "tags": ["a", {"b": 1}]}, "empty": {}, "x": null}"#);
        let paths: Vec<String> = v.leaves().into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, vec!["widget.name", "widget.tags.0", "widget.tags.1.b", "x"]);
        assert_eq!(ok("1").leaves().len(), 1);
    }

    #[test]
    fn accessors_and_lookup() {
        let v = ok(r#"{"widget": {"support": {"link": "https://x", "ok": true}}, "d": 1, "d": 2}"#);
        assert_eq!(v.lookup("widget.support.link").and_then(Json::as_str), Some("https://x"));
        assert_eq!(v.lookup("widget.support.ok").and_then(Json::as_bool), Some(true));
        assert_eq!(v.lookup("widget.support").map(Json::kind_name), Some("object"));
        assert!(v.lookup("widget.support.link.more").is_none());
        assert!(v.lookup("widget..link").is_none());
        assert!(v.lookup("").is_none());
        assert!(v.lookup("widget.").is_none());
        assert!(v.lookup("nope").is_none());
        assert_eq!(v.get("d").and_then(Json::as_f64), Some(2.0));
        assert_eq!(v.member("d").map(|m| m.key_span.start), Some(67));
        assert_eq!(v.members().len(), 3);
        assert!(v.items().is_empty());
        assert!(ok("[1]").members().is_empty());
        assert!(ok("[1]").get("a").is_none());
        assert_eq!(ok("1").as_str(), None);
        assert_eq!(ok("\"s\"").as_bool(), None);
        let names: Vec<_> = ok(r#"[null, true, false, 1, "s", [], {}]"#).items().iter().map(Json::kind_name).collect();
        assert_eq!(names, ["null", "boolean", "boolean", "number", "string", "array", "object"]);
    }

    fn to_serde(j: &Json) -> Value {
        match &j.kind {
            JsonKind::Null => Value::Null,
            JsonKind::Bool(b) => Value::Bool(*b),
            JsonKind::Number(n) => Value::from(*n),
            JsonKind::String(s) => Value::String(s.clone()),
            JsonKind::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
            JsonKind::Object(members) => {
                let mut map = serde_json::Map::new();
                for m in members {
                    map.insert(m.key.clone(), to_serde(&m.value));
                }
                Value::Object(map)
            }
        }
    }

    /// Structural equality with numbers compared as f64; serde_json's default float parser
    /// (without `float_roundtrip`) may be off by an ulp or so, so allow a tiny relative error.
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
                (Some(x), Some(y)) => x == y || (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs()),
                _ => false,
            },
            (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
            (Value::Object(x), Value::Object(y)) => {
                x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
            }
            _ => a == b,
        }
    }

    #[test]
    fn differential_against_serde_json() {
        // Deliberately left out: lone surrogates (`"\ud800"`), which serde_json rejects and we
        // turn into U+FFFD, and nesting 128 deep, which serde_json's recursion limit (127)
        // rejects and we accept. Both are covered by their own tests above.
        let cases: &[&str] = &[
            // numbers
            "0",
            "-0",
            "-0.0",
            "1e5",
            "1E5",
            "1e+5",
            "1e-5",
            "-1.5e-3",
            "0e0",
            "1.0e-0",
            "0.1",
            "2.5E+10",
            "123456789012345678901234567890",
            "9007199254740993",
            "18446744073709551616",
            "-9223372036854775809",
            "1e308",
            "1.7976931348623157e308",
            "1e-400",
            "0e99999999999999999999",
            "1e-99999999999999999999",
            "0.0000000000000000000000001",
            "2.2250738585072014e-308",
            "1e400",
            "-1e400",
            "1e99999999999999999999",
            "01",
            "-01",
            "00",
            "1.",
            ".5",
            "+1",
            "-",
            "1e",
            "1e+",
            "0x10",
            "1.e5",
            "-.5",
            "1.5.3",
            "1 2",
            "--1",
            "- 1",
            // literals
            "true",
            "false",
            "null",
            "tru",
            "True",
            "nul",
            "NaN",
            "Infinity",
            "-Infinity",
            "truex",
            "nullnull",
            // strings and escapes
            "\"\"",
            r#""\" \\ \/ \b \f \n \r \t""#,
            r#""\u0041\u00e9\u4e2d""#,
            r#""\ud83d\ude00""#,
            r#""\uD83D\uDE00""#,
            r#""\u0000""#,
            "\"привет 😀\"",
            "\"\u{7f}\"",
            "\"abc",
            "\"a\nb\"",
            "\"\t\"",
            "\"\u{1f}\"",
            r#""\x41""#,
            r#""\u12""#,
            r#""\u12G4""#,
            r#""\U0041""#,
            r#""\'""#,
            "\"\\\"",
            "'a'",
            "\"\\\u{e9}\"",
            // whitespace
            " \t\n\r 1 \t\n\r ",
            "",
            " ",
            "\u{c}1",
            "\u{a0}1",
            "\u{feff}1",
            "1\u{b}",
            "[1,\r\n2]",
            // containers
            "[]",
            "{}",
            "[[]]",
            "[{}]",
            "{\"a\":[]}",
            "[[[[{}]]]]",
            "[ ]",
            "{ }",
            "[[],[]]",
            "{\"a\":1,\"a\":2}",
            "{\"\":0}",
            "[1,[2,[3]],{\"x\":null}]",
            "[true,false,null]",
            "{\"a\" : 1 , \"b\" : [ 1 , 2 ] }",
            "[1,]",
            "{\"a\":1,}",
            "[1 2]",
            "{\"a\" 1}",
            "{a:1}",
            "{'a':1}",
            "[1]]",
            "[1] x",
            "{}}",
            "[1,,2]",
            "[,1]",
            "{,}",
            "[",
            "{",
            "{\"a\"",
            "{\"a\":",
            "[\"a\",",
            "{\"a\":1 \"b\":2}",
            "{1:2}",
            "{\"a\":1,,\"b\":2}",
            "]",
            "}",
            ":",
            ",",
            // comments
            "// c\n1",
            "/* c */ 1",
            "1 // c",
            "[1 /* c */]",
        ];
        assert!(cases.len() >= 40);
        for &text in cases {
            let ours = parse(text);
            let theirs = serde_json::from_str::<Value>(text);
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => {
                    let a = to_serde(a);
                    assert!(same(&a, b), "{text:?}: we parse {a:?}, serde_json {b:?}");
                }
                (Err(_), Err(_)) => {}
                _ => panic!("{text:?}: we give {ours:?}, serde_json gives {theirs:?}"),
            }
        }
        // Nesting shallower than both limits agrees too.
        let deep = nested(100);
        assert!(parse(&deep).is_ok() && serde_json::from_str::<Value>(&deep).is_ok());
    }
}
