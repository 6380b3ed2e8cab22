//! The whole offline check and every report format on an in-memory widget of several files.
#![no_main]

use std::path::Path;
use std::sync::atomic::AtomicBool;

use amo_preflight::bundle::{Bundle, Limits};
use amo_preflight::report;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let bundle = Bundle::from_files(Path::new("fuzz"), amo_preflight_fuzz::unpack(data), &Limits::default());
    let options = amo_preflight::CheckOptions::default();
    let (widget, report) = amo_preflight::check_bundle("fuzz", bundle, &options, &|_, _, _| {}, &AtomicBool::new(false));
    let _ = report::json::write(&report);
    let _ = report::markdown::write(&report);
    let _ = report::sarif::write(&report);
    let _ = report::html::write(&report, &widget, "digest", "2026-01-01T00:00:00Z");
});
