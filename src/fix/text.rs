//! Text files as the marketplace wants them: UTF-8 without a byte order mark, every line ending
//! in LF. A UTF-16 file (it starts with its byte order mark) is converted; a file that is not
//! valid UTF-8 is left as it is and reported, because its real encoding is a guess.

use crate::i18n::Msg;
use crate::msg;
use crate::widget::textfile::is_text_path;

/// What becomes of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Already right, or not a text file: copied as it is.
    Same,
    /// Re-encoded: the new bytes and what was done, in order.
    Changed(Vec<u8>, Vec<Msg>),
    /// Not valid UTF-8 and not UTF-16: copied as it is, for a person to convert.
    Unsure(Msg),
}

/// The file at `path` with `bytes`, as it goes into the new zip.
pub fn normalize(path: &str, bytes: &[u8]) -> Outcome {
    if !is_text_path(path) {
        return Outcome::Same;
    }
    let mut done = Vec::new();
    let text = if let Some(text) = utf16(bytes) {
        done.push(msg!("fix-text-from-utf16"));
        text
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Outcome::Unsure(msg!("fix-text-broken-utf16"));
    } else {
        let body = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            Some(body) => {
                done.push(msg!("fix-text-bom"));
                body
            }
            None => bytes,
        };
        match std::str::from_utf8(body) {
            Ok(text) => text.to_string(),
            Err(_) => return Outcome::Unsure(msg!("fix-text-not-utf8")),
        }
    };
    // Each CR LF and each lone CR holds one CR: the number of line endings changed.
    let cr = text.matches('\r').count();
    let text = if cr > 0 {
        done.push(msg!("fix-text-line-endings", n = cr));
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    if done.is_empty() { Outcome::Same } else { Outcome::Changed(text.into_bytes(), done) }
}

/// The text of a UTF-16 file with its byte order mark, if every unit decodes.
fn utf16(bytes: &[u8]) -> Option<String> {
    let little = bytes.starts_with(&[0xFF, 0xFE]);
    if !(little || bytes.starts_with(&[0xFE, 0xFF])) || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes[2..]
        .chunks_exact(2)
        .map(|p| if little { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) });
    char::decode_utf16(units).collect::<Result<String, _>>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changed(path: &str, bytes: &[u8]) -> (String, Vec<String>) {
        match normalize(path, bytes) {
            Outcome::Changed(b, done) => {
                (String::from_utf8(b).expect("utf-8"), done.iter().map(Msg::english).collect())
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bom_and_windows_line_endings_go() {
        let (text, done) = changed("script.js", b"\xEF\xBB\xBFa\r\nb\rc\n");
        assert_eq!(text, "a\nb\nc\n");
        assert_eq!(done.len(), 2, "{done:?}");
        assert_eq!(normalize("script.js", b"a\nb\n"), Outcome::Same);
        assert_eq!(normalize("images/logo.png", b"\xEF\xBB\xBF\r\n"), Outcome::Same);
    }

    #[test]
    fn utf16_is_converted_and_what_is_unsure_is_left() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Привет\r\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(changed("i18n/ru.json", &le).0, "Привет\n");
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("hi".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(changed("notes.txt", &be).0, "hi");
        assert!(matches!(normalize("notes.txt", &[0xFF, 0xFE, 0x00]), Outcome::Unsure(_)));
        // Windows-1251 "Привет": not UTF-8, and its encoding would be a guess.
        assert!(matches!(normalize("i18n/ru.json", b"\xcf\xf0\xe8\xe2\xe5\xf2"), Outcome::Unsure(_)));
    }
}
