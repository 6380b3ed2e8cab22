//! Image headers (PNG, JPEG, GIF, WebP) on arbitrary bytes, then as a widget's logo.
#![no_main]

use amo_preflight::widget::image;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let facts = image::facts(data);
    assert_eq!(facts.bytes, data.len() as u64);
    let widget = amo_preflight_fuzz::widget_with("images/logo_main.png", data);
    let mut findings = Vec::new();
    let check = amo_preflight::rules::Check::without_texts(
        &widget,
        amo_preflight::rules::profile::Marketplace::Amocrm.profile(),
    );
    amo_preflight::rules::images::run(&check, &mut findings);
});
