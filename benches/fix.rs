//! `amo-preflight fix` on the broken example: the check, the plan, the images resized and
//! re-encoded, the zip built and checked again (`cargo bench --bench fix`).

use std::path::Path;

const BROKEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/broken-widget");

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn broken_example(bencher: divan::Bencher) {
    let output = Path::new("fixed.zip");
    bencher.bench(|| amo_preflight::fix::fix(Path::new(BROKEN), output, &Default::default(), &[], &[]).expect("fixed"));
}
