//! Every documented resource limit (README, "Safety with untrusted widgets"), at its value and
//! just beyond it: files, bytes per file, bytes in all, zip ratio, JSON depth, snippet length and
//! preview pixels.

mod common;

use std::io::{Cursor, Write};
use std::path::Path;

use amo_preflight::bundle::{Bundle, Limits, Problem};
use amo_preflight::rules::Status;
use amo_preflight::text::lines::{LineIndex, SNIPPET_MAX_CHARS};
use amo_preflight::widget::json::{self, MAX_DEPTH};
use common::hostile;
use common::*;
use zip::write::SimpleFileOptions;

const MIB: u64 = 1024 * 1024;
const MANIFEST: &[u8] = br#"{"widget":{"name":"widget.name"}}"#;

/// A widget in memory: the manifest and `files` (path, bytes).
fn in_memory(files: Vec<(String, Vec<u8>)>, limits: &Limits) -> Bundle {
    let mut all = vec![("manifest.json".to_string(), MANIFEST.to_vec())];
    all.extend(files);
    Bundle::from_files(Path::new("memory"), all, limits)
}

/// A zip in memory with the manifest and `entries`.
fn zip(entries: &[(String, Vec<u8>)], options: SimpleFileOptions) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    writer.start_file("manifest.json", options).expect("entry");
    writer.write_all(MANIFEST).expect("write");
    for (name, bytes) in entries {
        writer.start_file(name.as_str(), options).expect("entry");
        writer.write_all(bytes).expect("write");
    }
    writer.finish().expect("zip").into_inner()
}

fn stored() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored)
}

fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated)
}

fn from_zip(bytes: &[u8], limits: &Limits) -> Bundle {
    Bundle::from_zip_bytes(Path::new("memory.zip"), bytes, limits).expect("a zip")
}

#[test]
fn files_20_000_are_read_and_one_more_is_not() {
    let limits = Limits::default();
    assert_eq!(limits.max_files, 20_000);
    // The manifest counts: 19 999 more files make 20 000.
    let names = |n: usize| (0..n).map(|i| (format!("f/{i:05}.txt"), b"x".to_vec())).collect::<Vec<_>>();
    let at = zip(&names(19_999), stored());
    let bundle = from_zip(&at, &limits);
    assert_eq!(bundle.problems, []);
    assert_eq!(bundle.files.len(), 20_000);
    let beyond = zip(&names(20_000), stored());
    let bundle = from_zip(&beyond, &limits);
    assert_eq!(bundle.problems, [Problem::TooManyFiles { limit: 20_000 }]);
    assert_eq!(bundle.files.len(), 20_000);
    assert!(bundle.bytes("manifest.json").is_some());
}

#[test]
fn a_file_of_64_mib_is_read_and_one_byte_more_is_not() {
    let limits = Limits::default();
    assert_eq!(limits.max_file_bytes, 64 * MIB);
    let file = |extra: u64| vec![("big.txt".to_string(), vec![b'a'; (64 * MIB + extra) as usize])];
    // In memory (as a folder is read) …
    let bundle = in_memory(file(0), &limits);
    assert_eq!(bundle.problems, []);
    assert_eq!(bundle.bytes("big.txt").map(<[u8]>::len), Some(64 * MIB as usize));
    let bundle = in_memory(file(1), &limits);
    assert_eq!(
        bundle.problems,
        [Problem::FileTooLarge { path: "big.txt".into(), size: 64 * MIB + 1, limit: 64 * MIB }]
    );
    assert!(bundle.files["big.txt"].bytes.is_none());
    // … and from a zip, where the entry is stored so the ratio limit stays out of the way.
    let bundle = from_zip(&zip(&file(0), stored()), &limits);
    assert_eq!(bundle.problems, []);
    let bundle = from_zip(&zip(&file(1), stored()), &limits);
    assert!(matches!(bundle.problems.as_slice(), [Problem::FileTooLarge { path, .. }] if path == "big.txt"));
}

#[test]
fn files_of_128_mib_in_all_are_read_and_one_byte_more_is_not() {
    let limits = Limits::default();
    assert_eq!(limits.max_total_bytes, 128 * MIB);
    let manifest = MANIFEST.len() as u64;
    let files = |extra: u64| {
        let mut files: Vec<(String, Vec<u8>)> = vec![("part.bin".to_string(), vec![0u8; (64 * MIB) as usize])];
        files.push(("last.bin".to_string(), vec![0u8; (64 * MIB - manifest + extra) as usize]));
        files
    };
    let bundle = in_memory(files(0), &limits);
    assert_eq!(bundle.problems, []);
    let read: u64 = bundle.files.values().filter_map(|f| f.bytes.as_ref()).map(|b| b.len() as u64).sum();
    assert_eq!(read, 128 * MIB);
    let bundle = in_memory(files(1), &limits);
    assert_eq!(bundle.problems, [Problem::TotalTooLarge { path: "last.bin".into(), limit: 128 * MIB }]);
}

#[test]
fn the_zip_ratio_is_enforced_at_its_value_and_only_past_one_mib() {
    // 2 MiB that deflate to a known size; the limit set at that ratio passes, one less stops it.
    let data: Vec<u8> = (0..2 * MIB).map(|i| if i % 64 == 0 { (i / 64 % 251) as u8 } else { 0 }).collect();
    let bytes = zip(&[("data.bin".to_string(), data.clone())], deflated());
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes)).expect("zip");
    let entry = archive.by_name("data.bin").expect("entry");
    let ratio = entry.size() / entry.compressed_size();
    drop(entry);
    assert!(ratio > 1, "the data should compress");
    let at = Limits { max_ratio: ratio, ..Limits::default() };
    assert_eq!(from_zip(&bytes, &at).problems, []);
    let beyond = Limits { max_ratio: ratio - 1, ..Limits::default() };
    assert_eq!(
        from_zip(&bytes, &beyond).problems,
        [Problem::RatioTooHigh { path: "data.bin".into(), limit: ratio - 1 }]
    );

    // The default 100× applies only once an entry has inflated past 1 MiB: 1 MiB of zeros
    // (about 1000×) passes, 1 MiB and one byte does not.
    let limits = Limits::default();
    assert_eq!((limits.max_ratio, limits.ratio_floor), (100, MIB));
    let zeros = |n: u64| zip(&[("zeros.bin".to_string(), vec![0u8; n as usize])], deflated());
    assert_eq!(from_zip(&zeros(MIB), &limits).problems, []);
    assert_eq!(
        from_zip(&zeros(MIB + 1), &limits).problems,
        [Problem::RatioTooHigh { path: "zeros.bin".into(), limit: 100 }]
    );
}

#[test]
fn json_nested_128_deep_parses_and_129_is_a_finding() {
    assert_eq!(MAX_DEPTH, 128);
    let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
    assert!(json::parse(&nested(MAX_DEPTH)).is_ok());
    assert_eq!(
        json::parse(&nested(MAX_DEPTH + 1)).map(|_| ()).map_err(|e| e.message.english()),
        Err("nesting deeper than 128 levels".to_string())
    );
    // In a widget: the i18n file is named, with the line, and the run completes.
    let f = Fixture::clean();
    f.write("i18n/en.json", format!("{{\"deep\": {}}}", nested(MAX_DEPTH)));
    let r = f.check();
    let at = r.results.iter().find(|r| r.rule == "l10n.locale-files" && r.status == Status::Fail);
    assert!(
        at.is_some_and(|r| r.message.contains("nesting deeper than 128 levels")),
        "{:#?}",
        results(&r, "l10n.locale-files", None)
    );
    f.write("i18n/en.json", format!("{{\"deep\": {}}}", nested(MAX_DEPTH - 1)));
    let r = f.check();
    assert!(!r.results.iter().any(|r| r.message.contains("nesting deeper")));
}

#[test]
fn language_files_of_8_mib_are_parsed_and_one_byte_more_is_not() {
    use amo_preflight::widget::source::{JsonFile, MAX_JSON_BYTES};
    assert_eq!(MAX_JSON_BYTES, 8 * MIB as usize);
    let file = |bytes: usize| format!("{{\"text\":\"{}\"}}", "a".repeat(bytes - 11)).into_bytes();
    assert_eq!(file(MAX_JSON_BYTES).len(), MAX_JSON_BYTES);
    assert!(JsonFile::parse("i18n/en.json", Some(&file(MAX_JSON_BYTES))).ok().is_some());
    let beyond = JsonFile::parse("i18n/en.json", Some(&file(MAX_JSON_BYTES + 1)));
    let message = beyond.parsed.err().map(|e| e.message.english()).unwrap_or_default();
    assert!(message.contains("too large to read (the limit for manifest and language files is 8 MiB"), "{message}");
    // In a widget the language file is named, and the run completes.
    let f = Fixture::clean();
    f.write("i18n/es.json", file(MAX_JSON_BYTES + 1));
    let r = f.check();
    let result = one(&r, "l10n.locale-files", None, Status::Fail);
    assert!(result.message.contains("i18n/es.json is 8.0 MiB, too large to read"), "{}", result.message);
    assert_at(result, "i18n/es.json", None);
}

#[test]
fn scripts_of_8_mib_and_styles_of_5_mib_are_analysed_and_one_byte_more_is_not() {
    use amo_preflight::rules::css::sheet::MAX_STYLE_BYTES;
    use amo_preflight::rules::js::MAX_SCRIPT_BYTES;
    assert_eq!((MAX_SCRIPT_BYTES, MAX_STYLE_BYTES), (8 * MIB as usize, 5 * MIB as usize));
    let f = Fixture::clean();
    f.write("script.js", hostile::minified_js(MAX_SCRIPT_BYTES));
    f.write("style.css", hostile::minified_css(MAX_STYLE_BYTES));
    let r = f.check();
    assert_eq!(status(&r, "js.syntax", None), Status::Pass);
    // Analysed: the generated styles' selectors outside the root are found.
    assert_eq!(status(&r, "css.root-scoped", None), Status::Warn);
    assert_eq!(status(&r, "css.global-selectors", None), Status::Pass);

    f.write("script.js", hostile::minified_js(MAX_SCRIPT_BYTES + 1));
    f.write("style.css", hostile::minified_css(MAX_STYLE_BYTES + 1));
    let r = f.check();
    let syntax = one(&r, "js.syntax", None, Status::Fail);
    assert!(
        syntax.message.contains("the file is 8.0 MiB, too large to analyse (the limit is 8 MiB per script)"),
        "{}",
        syntax.message
    );
    assert_at(syntax, "script.js", None);
    let global = one(&r, "css.global-selectors", None, Status::Manual);
    let said = format!("{} {:?}", global.message, global.evidence);
    assert!(said.contains("5.0 MiB of CSS, too large to analyse (the limit is 5 MiB per style sheet)"), "{said}");
}

#[test]
fn snippets_keep_160_characters_and_cut_longer_lines() {
    assert_eq!(SNIPPET_MAX_CHARS, 160);
    let line = |n: usize| format!("console.log(\"{}\");", "a".repeat(n - 16));
    assert_eq!(line(160).chars().count(), 160);
    let at = line(160);
    assert_eq!(LineIndex::new(&at).snippet(&at, 1, 1), at);
    let beyond = line(161);
    let snippet = LineIndex::new(&beyond).snippet(&beyond, 1, 1);
    assert_eq!(snippet, format!("{}…", &beyond[..160]));

    // The same in a report: a debug trace on a line of 160 characters and on one of 161.
    let f = Fixture::clean();
    f.write("script.js", format!("define([], function () {{\n{at}\n{beyond}\nreturn function () {{}};\n}});\n"));
    let r = f.check();
    let snippets: Vec<&str> = results(&r, "js.debug-traces", None)
        .iter()
        .flat_map(|r| &r.locations)
        .filter_map(|l| l.snippet.as_deref())
        .collect();
    assert!(snippets.contains(&at.as_str()), "{snippets:?}");
    assert!(snippets.contains(&format!("{}…", &beyond[..160]).as_str()), "{snippets:?}");
}

#[cfg(feature = "gui")]
#[test]
fn previews_decode_4096_pixels_a_side_and_refuse_4097() {
    use amo_preflight::app::worker::decode;
    use amo_preflight::widget::pixels::MAX_SIDE as PREVIEW_MAX_SIDE;
    assert_eq!(PREVIEW_MAX_SIDE, 4096);
    let encoded = |w: u32, h: u32| {
        let mut out = Cursor::new(Vec::new());
        image::RgbaImage::new(w, h).write_to(&mut out, image::ImageFormat::Png).expect("png");
        out.into_inner()
    };
    for (w, h) in [(4096, 1), (1, 4096)] {
        let preview = decode(&encoded(w, h)).expect("decodes");
        assert_eq!((preview.width, preview.height), (w as usize, h as usize));
    }
    for (w, h) in [(4097, 1), (1, 4097)] {
        assert_eq!(decode(&encoded(w, h)).err().map(|e| e.english()), Some(format!("{w}×{h} is too large to open")));
    }
    // A header that claims 100 000 × 100 000 pixels is refused before any decoding.
    assert!(decode(&png(100_000, 100_000)).is_err());
}
