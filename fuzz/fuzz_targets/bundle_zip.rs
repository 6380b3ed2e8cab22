//! The bundle reader: arbitrary bytes as a zip, and the same bytes as the file names of a folder
//! (one per line). Never a panic, never more than the limits allow, never a path out of the widget.
#![no_main]

use std::path::Path;

use amo_preflight::bundle::{Bundle, Limits};
use libfuzzer_sys::fuzz_target;

fn check_limits_and_paths(bundle: &Bundle, limits: &Limits) {
    let total: u64 = bundle.files.values().filter_map(|f| f.bytes.as_ref()).map(|b| b.len() as u64).sum();
    assert!(total <= limits.max_total_bytes);
    assert!(bundle.files.len() <= limits.max_files);
    for path in bundle.files.keys().chain(&bundle.folders) {
        assert!(!path.starts_with('/') && !path.split('/').any(|p| p == ".." || p.is_empty()), "{path}");
        assert!(!path.contains('\\') && !path.contains('\0'), "{path}");
    }
}

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    if let Ok(bundle) = Bundle::from_zip_bytes(Path::new("fuzz.zip"), data, &limits) {
        check_limits_and_paths(&bundle, &limits);
    }
    let names = String::from_utf8_lossy(data);
    let files = names.lines().take(1_000).map(|name| (name.to_string(), name.as_bytes().to_vec()));
    let small = Limits { max_files: 50, max_total_bytes: 4096, ..Limits::default() };
    check_limits_and_paths(&Bundle::from_files(Path::new("fuzz"), files, &small), &small);
});
