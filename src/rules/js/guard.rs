//! Protection against code nested so deep that parsing it would overflow the stack.
//!
//! oxc's parser, its semantic builder and our walk all recurse once per level of nesting: a
//! bracket, and also each operator of a chain (`1+1+1…` is a tree as deep as it is long). The
//! analysis runs on threads with large stacks ([`STACK_BYTES`]); before parsing, a quick scan of
//! the text estimates the deepest nesting and files deeper than [`MAX_NESTING`] are not parsed.
//! The estimate skips strings, comments and (heuristically) regular expressions, and
//! over-counts rather than under-counts: real code stays far below the limit.

/// The stack of each analysis thread. Only touched pages are committed.
pub const STACK_BYTES: usize = 256 << 20;
/// Deeper files are not parsed. A debug build needs about 1 KB of stack per level, so this keeps
/// a wide margin below [`STACK_BYTES`].
pub const MAX_NESTING: usize = 10_000;

/// The largest script analysed. The syntax tree and the rules' notes take about 40 bytes per byte
/// of code, so at this size a check stays well under 512 MiB; widget scripts are rarely 1 MiB.
pub const MAX_SCRIPT_BYTES: usize = 8 * 1024 * 1024;

/// Bytes that, before a `/`, mean the `/` starts a regular expression rather than a division.
const BEFORE_REGEX: &[u8] = b"(,=:[!&|?{};+-*%<>~^";
/// Operator bytes: each may add a level to an expression tree.
const OPERATORS: &[u8] = b"+-*/%&|^<>=?:!~";

/// An estimate of the deepest nesting of a JavaScript text (brackets plus operator chains).
pub fn nesting(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut depth, mut run, mut max) = (0usize, 0usize, 0usize);
    let mut prev = b';';
    let mut newline = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        match c {
            b'/' if next == Some(b'/') => {
                i = find(b, i, b"\n");
                continue;
            }
            b'/' if next == Some(b'*') => {
                i = find(b, i + 2, b"*/") + 2;
                continue;
            }
            b'"' | b'\'' | b'`' => {
                i = end_of_quoted(b, i, c);
                prev = b'a';
                continue;
            }
            b'/' if BEFORE_REGEX.contains(&prev) => {
                i = end_of_regex(b, i);
                prev = b'a';
                continue;
            }
            b'\n' => newline = true,
            _ => {}
        }
        if !c.is_ascii_whitespace() {
            // A line break ends a statement unless an operator carries the expression over it.
            if newline && !OPERATORS.contains(&c) && !OPERATORS.contains(&prev) {
                run = 0;
            }
            newline = false;
            match c {
                b'(' | b'[' => depth += 1,
                b'{' => {
                    depth += 1;
                    run = 0;
                }
                b')' | b']' => depth = depth.saturating_sub(1),
                b'}' => {
                    depth = depth.saturating_sub(1);
                    run = 0;
                }
                b';' | b',' => run = 0,
                _ if OPERATORS.contains(&c) => run += 1,
                _ => {}
            }
            prev = c;
            max = max.max(depth + run);
        }
        i += 1;
    }
    max
}

/// The index just past a quoted string starting at `start`.
fn end_of_quoted(b: &[u8], start: usize, quote: u8) -> usize {
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            c if c == quote => return i + 1,
            b'\n' if quote != b'`' => return i,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// The index just past a regular expression literal starting at `start`.
fn end_of_regex(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    let mut class = false;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => class = true,
            b']' => class = false,
            b'/' if !class => return i + 1,
            b'\n' => return i,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// The index of `needle` at or after `from`, or the end.
fn find(b: &[u8], from: usize, needle: &[u8]) -> usize {
    b.get(from..).and_then(|rest| rest.windows(needle.len()).position(|w| w == needle)).map_or(b.len(), |p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_operator_chains_count_strings_and_comments_do_not() {
        assert!(nesting("var a = [[[1]]];") >= 3);
        assert!(nesting(&format!("var a = {};", vec!["1"; 50].join("+"))) >= 49);
        assert!(nesting(&format!("var a = 1\n{}", "+ 1\n".repeat(50))) >= 50);
        assert!(nesting(&format!("var s = '{}'; // {}", "[".repeat(100), "(".repeat(100))) < 10);
        assert!(nesting(&format!("var r = /{}/;", "\\(".repeat(100))) < 10);
        // Statements without semicolons do not add up.
        assert!(nesting(&"var a = b + c\n".repeat(1000)) < 10);
    }
}
