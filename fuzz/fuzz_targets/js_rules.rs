//! The JavaScript rules (oxc) on an arbitrary script.js.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let widget = amo_preflight_fuzz::widget_with("script.js", data);
    let check = amo_preflight::rules::Check::without_texts(
        &widget,
        amo_preflight::rules::profile::Marketplace::Amocrm.profile(),
    );
    let _ = amo_preflight::rules::js::run(&check, &mut Vec::new());
});
