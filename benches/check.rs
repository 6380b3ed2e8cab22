//! Whole-pipeline speed (read, parse, run every rule, build the report) on generated widgets:
//! the clean example plus JavaScript and CSS adding up to 1, 10 and 50 MB.
//! Run with `cargo bench`; figures are in the README.

use std::path::{Path, PathBuf};

use amo_preflight::rules::profile::Marketplace;

#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    divan::main();
}

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/acme-calendar");

/// A widget folder with `megabytes` of code: half JavaScript, half CSS, in ten files each.
fn generated_widget(megabytes: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    common::copy_dir(Path::new(EXAMPLE), dir.path());
    let js_unit = "define(['jquery'], function ($) {\n  var total = 0;\n  // Adds up the deal amounts shown in the panel.\n  function add(x) { total += x; return total; }\n  return { add: add };\n});\n";
    let css_unit = ".acme-calendar__panel .acme-calendar__row { padding: 4px 8px; color: #0f766e; }\n";
    let per_file = megabytes * 1024 * 1024 / 20;
    for i in 0..10 {
        std::fs::write(dir.path().join(format!("lib_{i}.js")), js_unit.repeat(per_file / js_unit.len() + 1))
            .expect("js");
        std::fs::write(dir.path().join(format!("style_{i}.css")), css_unit.repeat(per_file / css_unit.len() + 1))
            .expect("css");
    }
    let path = dir.path().to_path_buf();
    (dir, path)
}

#[divan::bench]
fn example_widget(bencher: divan::Bencher) {
    bencher.bench(|| amo_preflight::check_path(Path::new(EXAMPLE), Marketplace::Amocrm).expect("widget"));
}

#[divan::bench(args = [1, 10, 50], sample_count = 10)]
fn generated_code_mb(bencher: divan::Bencher, megabytes: usize) {
    let (_dir, path) = generated_widget(megabytes);
    bencher
        .counter(divan::counter::BytesCount::new(megabytes * 1024 * 1024))
        .bench(|| amo_preflight::check_path(&path, Marketplace::Amocrm).expect("widget"));
}
