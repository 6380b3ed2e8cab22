//! The CSS rules (lightningcss) on an arbitrary style.css.
#![no_main]

use amo_preflight::rules::css;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let widget = amo_preflight_fuzz::widget_with("style.css", data);
    let check = amo_preflight::rules::Check::without_texts(
        &widget,
        amo_preflight::rules::profile::Marketplace::Amocrm.profile(),
    );
    let _ = css::run_with(&check, &css::CssOptions::default(), &Default::default(), &mut Vec::new());
});
