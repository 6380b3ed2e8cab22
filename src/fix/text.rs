//! Text files as the marketplace wants them: UTF-8 without a byte order mark, every line ending
//! in LF. A UTF-16 file (it starts with its byte order mark) is converted, and so is a
//! Windows-1251 file when every byte outside ASCII reads as Russian text in it; any other file
//! that is not valid UTF-8 is left as it is and reported, because its real encoding is a guess.

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
    // An image saved under a text name (a PNG called .svg, seen in real widgets) is no text to
    // convert: its name is what is wrong.
    let format = crate::widget::image::facts(bytes).format;
    if format != crate::widget::image::ImageFormat::Unknown {
        return Outcome::Unsure(msg!("fix-text-is-image", format = format.name()));
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
            Err(_) => match windows_1251(body) {
                Some(text) => {
                    done.push(msg!("fix-text-from-cp1251"));
                    text
                }
                None => return Outcome::Unsure(msg!("fix-text-not-utf8")),
            },
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

/// The text of a file in Windows-1251, when that is certain: every byte outside ASCII is a
/// Russian letter or common Russian typography (« » — – № …), no word mixes Latin and Cyrillic
/// letters, and the words are written as Russian is — lowercase after the first letter, or all
/// in capitals, and most letters lowercase. Text in KOI8-R, CP866 or Latin-1, or UTF-8 with a
/// damaged byte, read as Windows-1251 breaks one of these, so it is left for a person.
fn windows_1251(bytes: &[u8]) -> Option<String> {
    let text = encoding_rs::WINDOWS_1251.decode_without_bom_handling_and_without_replacement(bytes)?;
    let russian = |c: char| matches!(c, 'А'..='я' | 'Ё' | 'ё');
    let typography = |c: char| "«»—–№…“”„‘’•\u{a0}".contains(c);
    if !text.chars().all(|c| c.is_ascii() || russian(c) || typography(c)) {
        return None;
    }
    let (mut letters, mut lower) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if !word.chars().any(russian) {
            continue;
        }
        if !word.chars().all(russian) {
            return None;
        }
        let capitals_inside = word.chars().skip(1).any(char::is_uppercase);
        if capitals_inside && word.chars().any(char::is_lowercase) {
            return None;
        }
        letters += word.chars().count();
        lower += word.chars().filter(|c| c.is_lowercase()).count();
    }
    (lower * 2 > letters).then(|| text.into_owned())
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
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x12\x00\x00\x00\x12\x08\x06\x00\x00\x00";
        match normalize("images/home.svg", png) {
            Outcome::Unsure(why) => assert!(why.english().contains("a PNG image"), "{}", why.english()),
            other => panic!("{other:?}"),
        }
        // Neither UTF-8 nor Russian in Windows-1251: Latin-1 "café".
        assert!(matches!(normalize("notes.txt", b"caf\xe9"), Outcome::Unsure(_)));
    }

    #[test]
    fn russian_in_windows_1251_is_converted_when_certain() {
        let (cp1251, _, unmappable) = encoding_rs::WINDOWS_1251.encode("{\"name\": \"Календарь — «Встречи» №1\"}\r\n");
        assert!(!unmappable);
        let (text, done) = changed("i18n/ru.json", &cp1251);
        assert_eq!(text, "{\"name\": \"Календарь — «Встречи» №1\"}\n");
        assert_eq!(done, ["converted from Windows-1251 to UTF-8", "1 line ending changed to LF"]);
        let (capitals, _, _) = encoding_rs::WINDOWS_1251.encode("// ВНИМАНИЕ: это календарь");
        assert_eq!(changed("a.js", &capitals).0, "// ВНИМАНИЕ: это календарь", "a word in capitals");
    }

    #[test]
    fn other_encodings_read_as_windows_1251_are_left() {
        // "привет" in KOI8-R: all capitals in Windows-1251, and in a sentence most would be.
        let koi8 = b"\xd0\xd2\xc9\xd7\xc5\xd4 \xcd\xc9\xd2 \xc4\xcf\xcd";
        // "привет" in CP866: bytes that are no Russian letters in Windows-1251.
        let cp866 = b"\xaf\xe0\xa8\xa2\xa5\xe2";
        // "привет" in UTF-8 with its last byte cut: "РїСЂРёРІРµС" in Windows-1251.
        let cut = &"привет".as_bytes()[..11];
        // A word mixing Latin and Cyrillic ("cafй" from Latin-1 "café" with more text).
        let mixed = b"caf\xe9 \xef\xf0\xe8\xe2\xe5\xf2";
        for bytes in [&koi8[..], cp866, cut, mixed] {
            assert!(matches!(normalize("i18n/ru.json", bytes), Outcome::Unsure(_)), "{bytes:x?}");
        }
    }
}
