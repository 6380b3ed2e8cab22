//! The positioned JSON parser (manifest.json, i18n files): no panic, spans inside the text and
//! on character boundaries; then the same bytes as a manifest and as an i18n file of a widget.
#![no_main]

use amo_preflight::widget::json::{self, Json, JsonKind};
use libfuzzer_sys::fuzz_target;

fn check_spans(text: &str, value: &Json) {
    let span = value.span;
    assert!(span.start <= span.end && span.end <= text.len());
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    match &value.kind {
        JsonKind::Array(items) => items.iter().for_each(|item| check_spans(text, item)),
        JsonKind::Object(members) => members.iter().for_each(|m| {
            assert!(m.key_span.end <= text.len());
            check_spans(text, &m.value);
        }),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        match json::parse(text) {
            Ok(root) => {
                check_spans(text, &root);
                let _ = root.leaves();
            }
            Err(e) => assert!(e.line >= 1 && e.column >= 1),
        }
    }
    let widget = amo_preflight_fuzz::widget(vec![
        ("manifest.json".to_string(), data.to_vec()),
        ("i18n/en.json".to_string(), data.to_vec()),
    ]);
    let _ = amo_preflight::rules::run(&widget, Default::default(), None);
});
