//! The image-reading stage on the broken example (its slides and logos): the first reading of
//! every image by Tesseract, and a check again once the readings are cached. Needs Tesseract
//! with eng, rus, spa and por data. Run with `cargo bench --bench ocr`; figures are in the README.

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use amo_preflight::CheckOptions;
use amo_preflight::cache::DiskCache;
use amo_preflight::ocr::OcrOptions;
use amo_preflight::report::ImageReading;

fn main() {
    divan::main();
}

const BROKEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/broken-widget");

fn check(cache: &Path) -> amo_preflight::report::Report {
    let ocr = OcrOptions { cache: Some(DiskCache::new(cache, Duration::MAX)), ..OcrOptions::default() };
    let options = CheckOptions { ocr: Some(ocr), ..CheckOptions::default() };
    let report = amo_preflight::check_path_with(Path::new(BROKEN), &options, &|_, _, _| {}, &AtomicBool::new(false))
        .expect("widget")
        .1;
    assert!(matches!(report.ocr, ImageReading::Read { pending: 0, .. }), "Tesseract is needed: {:?}", report.ocr);
    report
}

/// Every image read by Tesseract: an empty cache each time.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn first_reading(bencher: divan::Bencher) {
    bencher.with_inputs(|| tempfile::tempdir().expect("cache")).bench_values(|cache| check(cache.path()));
}

/// The whole check again, every reading from the cache.
#[divan::bench(sample_count = 20)]
fn cached_recheck(bencher: divan::Bencher) {
    let cache = tempfile::tempdir().expect("cache");
    check(cache.path());
    bencher.bench(|| check(cache.path()));
}
