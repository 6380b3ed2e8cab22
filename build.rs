//! Packs the example widgets in `assets/examples/` into zips inside the binary, so an installed
//! app offers them wherever it runs (see `src/examples.rs`); the zips are deterministic: sorted
//! entries, fixed time stamps and permissions. And puts the commit into `--version`.

use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    pack_examples();
    version_with_commit();
}

/// `--version` says the commit the binary was built from: "0.1.0 (commit 1a2b3c4)". Outside a
/// git checkout (a crate tarball) it says the version alone.
fn version_with_commit() {
    let version = std::env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git").args(args).output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let full = match git(&["rev-parse", "--short=12", "HEAD"]) {
        Some(commit) if !commit.is_empty() => format!("{version} (commit {commit})"),
        _ => version,
    };
    println!("cargo::rustc-env=AMO_PREFLIGHT_VERSION={full}");
    // A new commit changes HEAD or the branch it points at.
    if let Some(dir) = git(&["rev-parse", "--git-dir"]) {
        println!("cargo::rerun-if-changed={dir}/HEAD");
        if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
            println!("cargo::rerun-if-changed={dir}/{branch}");
        }
    }
}

fn pack_examples() {
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
