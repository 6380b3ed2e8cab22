//! The zip reader on arbitrary bytes: never a panic, never more than the limits allow.
#![no_main]

use std::path::Path;

use amo_preflight::bundle::{Bundle, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    if let Ok(bundle) = Bundle::from_zip_bytes(Path::new("fuzz.zip"), data, &limits) {
        let total: u64 = bundle.files.values().filter_map(|f| f.bytes.as_ref()).map(|b| b.len() as u64).sum();
        assert!(total <= limits.max_total_bytes);
        assert!(bundle.files.len() <= limits.max_files);
        for path in bundle.files.keys() {
            assert!(!path.starts_with('/') && !path.split('/').any(|p| p == ".." || p.is_empty()), "{path}");
        }
    }
});
