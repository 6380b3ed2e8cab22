//! Test fixtures: widgets built in temporary folders from the clean example plus one change, and
//! helpers to find results in a report.
#![allow(dead_code)] // each test file uses a different part of this module

use std::path::{Path, PathBuf};

use amo_preflight::report::{Report, ResultEntry};
use amo_preflight::rules::Status;
use amo_preflight::rules::profile::Marketplace;

pub const CLEAN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/acme-calendar");
pub const BROKEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/broken-widget");

/// A widget in a temporary folder, removed when dropped.
pub struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// A copy of the clean example widget.
    pub fn clean() -> Fixture {
        let f = Fixture::empty();
        copy_dir(Path::new(CLEAN), f.path());
        f
    }

    /// An empty folder.
    pub fn empty() -> Fixture {
        Fixture { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating folders).
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> &Fixture {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
        self
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).expect("read")
    }

    pub fn remove(&self, rel: &str) -> &Fixture {
        std::fs::remove_file(self.path().join(rel)).expect("remove");
        self
    }

    /// Replaces text in a file; panics if `from` is not there, so a fixture cannot silently
    /// stop breaking the rule it is meant to break.
    pub fn replace(&self, rel: &str, from: &str, to: &str) -> &Fixture {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, text.replacen(from, to, 1))
    }

    /// Edits a JSON file through serde_json and writes it back pretty-printed.
    pub fn edit_json(&self, rel: &str, edit: impl FnOnce(&mut serde_json::Value)) -> &Fixture {
        let mut value: serde_json::Value = serde_json::from_str(&self.read(rel)).expect("json");
        edit(&mut value);
        self.write(rel, serde_json::to_string_pretty(&value).expect("json") + "\n")
    }

    pub fn check(&self) -> Report {
        self.check_for(Marketplace::Amocrm)
    }

    pub fn check_for(&self, marketplace: Marketplace) -> Report {
        amo_preflight::check_path(self.path(), marketplace).expect("a widget").1
    }

    /// The 1-based line of the first occurrence of `needle` in a file (which may hold bytes that
    /// are not UTF-8 elsewhere: they do not change the line count).
    pub fn line_of(&self, rel: &str, needle: &str) -> usize {
        let bytes = std::fs::read(self.path().join(rel)).expect("read");
        let text = String::from_utf8_lossy(&bytes);
        let at = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {rel}"));
        text[..at].matches('\n').count() + 1
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Checks one of the bundled examples.
pub fn check_example(path: &str, marketplace: Marketplace) -> Report {
    amo_preflight::check_path(&PathBuf::from(path), marketplace).expect("example opens").1
}

/// The results of one rule (for one language, or widget-wide with `None`).
pub fn results<'a>(report: &'a Report, rule: &str, lang: Option<&str>) -> Vec<&'a ResultEntry> {
    report.results.iter().filter(|r| r.rule == rule && r.lang.as_deref() == lang).collect()
}

/// The worst status of a rule for a language; panics if the rule gave no result there.
pub fn status(report: &Report, rule: &str, lang: Option<&str>) -> Status {
    let found = results(report, rule, lang);
    assert!(!found.is_empty(), "{rule} [{lang:?}] gave no result");
    found.iter().map(|r| r.status).max().expect("non-empty")
}

/// The single result of a rule with the given status, for asserting its message and locations.
pub fn one<'a>(report: &'a Report, rule: &str, lang: Option<&str>, status: Status) -> &'a ResultEntry {
    let found: Vec<_> = results(report, rule, lang).into_iter().filter(|r| r.status == status).collect();
    assert_eq!(found.len(), 1, "{rule} [{lang:?}] {status:?}: {:#?}", results(report, rule, lang));
    found[0]
}

/// Asserts the result points at `file` (and `line`, when given).
pub fn assert_at(result: &ResultEntry, file: &str, line: Option<usize>) {
    assert!(
        result.locations.iter().any(|l| l.file == file && (line.is_none() || l.line == line)),
        "{} should point at {file}:{line:?}, points at {:?}",
        result.rule,
        result.locations
    );
}

/// The first bytes of a PNG of the given size: signature, IHDR and IEND with correct CRCs.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// The first bytes of a JPEG of the given size: the start of image, an empty APP0 segment and
/// the frame header that gives the size (enough for the image readers, which read headers only).
pub fn jpeg(width: u16, height: u16) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08];
    out.extend_from_slice(&height.to_be_bytes());
    out.extend_from_slice(&width.to_be_bytes());
    out.push(0x03);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A zip of a folder's files, written next to it (not inside), with an optional folder prefix.
pub fn zip_folder(folder: &Path, prefix: &str, out: &Path) {
    use std::io::Write;
    let file = std::fs::File::create(out).expect("create zip");
    let mut zip = zip::ZipWriter::new(file);
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("dir").map(|e| e.expect("entry").path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path.strip_prefix(folder).expect("inside").to_string_lossy().replace('\\', "/");
            zip.start_file(format!("{prefix}{rel}"), zip::write::SimpleFileOptions::default()).expect("entry");
            zip.write_all(&std::fs::read(&path).expect("read")).expect("write");
        }
    }
    zip.finish().expect("finish");
}

pub mod hostile;
pub mod pseudo;
pub mod slides;

/// Runs the command with `args`, in English and without colour, whatever the machine's locale,
/// and without Tesseract, so its output does not depend on the machine's (`cli_reading_images`
/// runs it with Tesseract).
pub fn cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C.UTF-8")
        .env(amo_preflight::ocr::PROGRAM_VAR, "/nonexistent/tesseract")
        .output()
        .expect("runs")
}

/// [`cli`] with the machine's Tesseract, its readings cached in `cache` (never the user's cache).
pub fn cli_reading_images(args: &[&str], cache: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C.UTF-8")
        .env_remove(amo_preflight::ocr::PROGRAM_VAR)
        .env("XDG_CACHE_HOME", cache)
        .output()
        .expect("runs")
}
pub mod server;

/// Every file and folder under `root` (and `root` itself): size, modification time and a hash of
/// the bytes, to show that nothing was written.
pub type Listing = std::collections::BTreeMap<PathBuf, (u64, std::time::SystemTime, u64)>;

pub fn listing(root: &Path) -> Listing {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut out = Listing::new();
    let meta = std::fs::metadata(root).expect("root");
    out.insert(root.to_path_buf(), (meta.len(), meta.modified().expect("mtime"), 0));
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir") {
            let path = entry.expect("entry").path();
            let meta = std::fs::symlink_metadata(&path).expect("metadata");
            let hash = if meta.is_file() {
                let mut h = DefaultHasher::new();
                std::fs::read(&path).expect("read").hash(&mut h);
                h.finish()
            } else {
                0
            };
            if meta.is_dir() {
                pending.push(path.clone());
            }
            out.insert(path, (meta.len(), meta.modified().expect("mtime"), hash));
        }
    }
    out
}
