//! Packs the example widgets in `assets/examples/` into zips inside the binary, so an installed
//! app offers them wherever it runs (see `src/examples.rs`). The zips are deterministic: sorted
//! entries, fixed time stamps and permissions.

use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let examples = Path::new("assets/examples");
    println!("cargo::rerun-if-changed={}", examples.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("examples");
    std::fs::create_dir_all(&out).expect("create OUT_DIR/examples");
    for name in ["acme-calendar", "broken-widget"] {
        let folder = examples.join(name);
        let mut files = Vec::new();
        collect(&folder, &folder, &mut files);
        files.sort();
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .compression_level(Some(6))
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644);
        for (rel, path) in files {
            zip.start_file(rel, options).expect("zip entry");
            zip.write_all(&std::fs::read(&path).expect("read example file")).expect("zip write");
        }
        let bytes = zip.finish().expect("finish zip").into_inner();
        std::fs::write(out.join(format!("{name}.zip")), bytes).expect("write example zip");
    }
}

/// Every file under `dir`, with its path relative to `root` written with `/`.
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    for entry in std::fs::read_dir(dir).expect("read example folder") {
        let path = entry.expect("example entry").path();
        if path.is_dir() {
            collect(root, &path, files);
        } else {
            let rel = path.strip_prefix(root).expect("inside the example").to_string_lossy().replace('\\', "/");
            files.push((rel, path));
        }
    }
}
