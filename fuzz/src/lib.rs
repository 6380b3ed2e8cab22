//! Helpers shared by the fuzz targets: in-memory widgets around the fuzzed bytes.

use std::path::Path;

use amo_preflight::bundle::{Bundle, Limits};
use amo_preflight::widget::Widget;

/// A small valid manifest, so the rules under test get past "manifest.json could not be read".
pub const MANIFEST: &str = r#"{"widget":{"name":"widget.name","description":"widget.description",
"short_description":"widget.short_description","version":"1.0.0","interface_version":2,
"init_once":false,"locale":["en"],"installation":true},
"locations":["lcard-1","settings"],"settings":{"login":{"name":"settings.login","type":"text","required":true}}}"#;

/// An English i18n file with the keys the manifest names.
pub const I18N: &str = r#"{"widget":{"name":"Fuzz","description":"A widget for fuzzing.",
"short_description":"Fuzz"},"settings":{"login":"Login"}}"#;

/// A parsed widget made of the given files, read under the default limits.
pub fn widget(files: Vec<(String, Vec<u8>)>) -> Widget {
    Widget::new(Bundle::from_files(Path::new("fuzz"), files, &Limits::default()))
}

/// A widget with the standard manifest and i18n file plus one fuzzed file at `path`.
pub fn widget_with(path: &str, bytes: &[u8]) -> Widget {
    widget(vec![
        ("manifest.json".to_string(), MANIFEST.as_bytes().to_vec()),
        ("i18n/en.json".to_string(), I18N.as_bytes().to_vec()),
        (path.to_string(), bytes.to_vec()),
    ])
}

/// The files of a whole widget packed in one fuzz input: parts separated by the byte pair
/// `0xFF 0x00`, given in turn to these paths. The seeds are the examples packed this way
/// (`tools/fuzz-seed.py`), so the fuzzer starts from real widgets.
pub const PACKED_PATHS: &[&str] = &[
    "manifest.json",
    "i18n/en.json",
    "i18n/ru.json",
    "script.js",
    "style.css",
    "images/logo_main.png",
    "images/logo.png",
    "templates/settings.twig",
    "lib/helper.js",
];

/// Splits a packed input into the widget's files (see [`PACKED_PATHS`]).
pub fn unpack(data: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut parts = Vec::new();
    let mut rest = data;
    while parts.len() + 1 < PACKED_PATHS.len() {
        let Some(at) = rest.windows(2).position(|w| w == [0xFF, 0x00]) else { break };
        parts.push(&rest[..at]);
        rest = &rest[at + 2..];
    }
    parts.push(rest);
    PACKED_PATHS.iter().zip(parts).map(|(path, bytes)| (path.to_string(), bytes.to_vec())).collect()
}
