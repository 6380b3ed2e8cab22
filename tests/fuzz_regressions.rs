//! Every input that once crashed a fuzz target (tests/data/fuzz/<target>/), run the way that
//! target runs it (fuzz/fuzz_targets/), so a fixed crash stays fixed. The whole check must also
//! end without an internal error: the rule families' isolation would otherwise hide a panic.

#[allow(dead_code)] // the helpers shared with the fuzz targets; each test uses some
#[path = "../fuzz/src/lib.rs"]
mod fuzz_support;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use amo_preflight::bundle::{Bundle, Limits};
use amo_preflight::report;
use amo_preflight::rules::profile::Marketplace;
use amo_preflight::rules::{self, Check, Status};

/// The saved inputs of one target.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    entries.flatten().map(|e| (e.path(), std::fs::read(e.path()).expect("read"))).collect()
}

/// The whole check of a widget, in every report format; it must complete without internal error.
fn check_whole(name: &Path, bundle: Bundle) {
    let options = amo_preflight::CheckOptions::default();
    let (widget, report) =
        amo_preflight::check_bundle("fuzz", bundle, &options, &|_, _, _| {}, &AtomicBool::new(false));
    let internal = report.results.iter().find(|r| r.rule == "internal.error").expect("internal.error");
    assert_eq!(internal.status, Status::Pass, "{}: {}", name.display(), internal.message);
    report::json::write(&report);
    report::markdown::write(&report);
    report::sarif::write(&report);
    report::html::write(&report, &widget, "digest", "2026-01-01T00:00:00Z");
}

#[test]
fn css_rules_inputs() {
    let found = inputs("css_rules");
    assert!(!found.is_empty(), "the first crash is kept here");
    for (name, data) in found {
        let widget = fuzz_support::widget_with("style.css", &data);
        let check = Check::without_texts(&widget, Marketplace::Amocrm.profile());
        rules::css::run_with(&check, &rules::css::CssOptions::default(), &Default::default(), &mut Vec::new());
        check_whole(&name, widget.bundle);
    }
}

#[test]
fn full_check_inputs() {
    let found = inputs("full_check");
    assert!(!found.is_empty(), "the first crash is kept here");
    for (name, data) in found {
        let bundle = Bundle::from_files(Path::new("fuzz"), fuzz_support::unpack(&data), &Limits::default());
        check_whole(&name, bundle);
    }
}
