//! The bundle reader against hostile and broken inputs: zip slip, zip bombs, damaged archives,
//! symbolic links, huge file counts, unread folders. Every test asserts what the reader reports,
//! not only that it survives.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod common;

use amo_preflight::bundle::{Bundle, Limits, OpenError, Problem, SourceKind};
use common::listing;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const MIB: u64 = 1024 * 1024;
const MANIFEST: &[u8] = br#"{"widget":{"name":"w"}}"#;

fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(CompressionMethod::Deflated)
}

fn stored() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(CompressionMethod::Stored)
}

/// Writes a zip with the given entries; a name ending in `/` becomes a directory entry.
fn write_zip(path: &Path, entries: &[(&str, &[u8])], options: SimpleFileOptions) {
    let mut zip = ZipWriter::new(fs::File::create(path).unwrap());
    for (name, data) in entries {
        if name.ends_with('/') {
            zip.add_directory(*name, options).unwrap();
        } else {
            zip.start_file(*name, options).unwrap();
            zip.write_all(data).unwrap();
        }
    }
    zip.finish().unwrap();
}

fn open(path: &Path) -> Bundle {
    Bundle::open(path, &Limits::default()).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
}

fn write_file(root: &Path, rel: &str, data: &[u8]) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, data).unwrap();
}

/// Offsets of every local header (`PK\3\4`) and central header (`PK\1\2`) of a zip whose
/// contents are known not to contain those signatures.
fn headers(zip: &[u8]) -> (Vec<usize>, Vec<usize>) {
    let find = |sig: &[u8; 4]| zip.windows(4).enumerate().filter(|(_, w)| w == sig).map(|(i, _)| i).collect();
    (find(b"PK\x03\x04"), find(b"PK\x01\x02"))
}

fn patch_u16(buf: &mut [u8], at: usize, value: u16) {
    buf[at..at + 2].copy_from_slice(&value.to_le_bytes());
}

fn patch_u32(buf: &mut [u8], at: usize, value: u32) {
    buf[at..at + 4].copy_from_slice(&value.to_le_bytes());
}

// ---------------------------------------------------------------------------------------------
// 1. Zip slip
// ---------------------------------------------------------------------------------------------

#[test]
fn zip_slip_names_are_reported_and_never_extracted() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("work");
    fs::create_dir(&dir).unwrap();
    let zip_path = dir.join("widget.zip");
    let hostile = ["../evil.txt", "/abs.txt", "C:/win.txt", "a/../../b.txt", "..\\evil2.txt", "C:\\win2.txt", "x/../y"];
    let mut entries: Vec<(&str, &[u8])> = vec![("manifest.json", MANIFEST), ("script.js", b"ok")];
    entries.extend(hostile.iter().map(|n| (*n, b"pwned".as_slice())));
    write_zip(&zip_path, &entries, deflated());

    let bundle = open(&zip_path);
    assert_eq!(bundle.kind, SourceKind::Zip);
    assert_eq!(bundle.root_folder, None);
    let unsafe_names: Vec<&str> = bundle
        .problems
        .iter()
        .filter_map(|p| match p {
            Problem::UnsafePath { name } => Some(name.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(unsafe_names, hostile, "{:?}", bundle.problems);
    assert_eq!(bundle.problems.len(), hostile.len(), "{:?}", bundle.problems);
    // Only the two safe entries; no normalised form of a hostile name sneaks in.
    assert_eq!(bundle.files.keys().collect::<Vec<_>>(), ["manifest.json", "script.js"]);
    assert!(bundle.folders.is_empty(), "{:?}", bundle.folders);
    assert_eq!(bundle.bytes("script.js"), Some(b"ok".as_slice()));

    // Nothing was written anywhere near the archive.
    for name in ["evil.txt", "evil2.txt", "abs.txt", "b.txt", "win.txt", "y"] {
        assert!(!parent.path().join(name).exists(), "{name} written next to the work folder");
        assert!(!dir.join(name).exists(), "{name} written next to the zip");
    }
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 1, "only widget.zip is in its folder");
    assert_eq!(fs::read_dir(parent.path()).unwrap().count(), 1, "only work/ is in the parent");
}

// ---------------------------------------------------------------------------------------------
// 2. Zip bombs and size limits
// ---------------------------------------------------------------------------------------------

/// Streams `size` zero bytes into a deflated entry in 1 MiB chunks.
fn add_zeros<W: Write + std::io::Seek>(zip: &mut ZipWriter<W>, name: &str, size: u64) {
    // Level 9: zeros deflate at about 1000:1 (level 1 gives only about 100:1).
    zip.start_file(name, deflated().compression_level(Some(9))).unwrap();
    let chunk = vec![0u8; MIB as usize];
    for _ in 0..size / MIB {
        zip.write_all(&chunk).unwrap();
    }
}

#[test]
fn one_gib_of_zeros_is_never_inflated() {
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("bomb.zip");
    let mut zip = ZipWriter::new(fs::File::create(&zip_path).unwrap());
    zip.start_file("manifest.json", deflated()).unwrap();
    zip.write_all(MANIFEST).unwrap();
    add_zeros(&mut zip, "zeros.bin", 1024 * MIB);
    zip.finish().unwrap();
    let zip_len = fs::metadata(&zip_path).unwrap().len();
    assert!(zip_len < 4 * MIB, "the bomb itself is small: {zip_len}");

    let start = Instant::now();
    let bundle = open(&zip_path);
    let elapsed = start.elapsed();
    // The declared size (1 GiB) is over `max_file_bytes` (64 MiB): the entry is skipped before
    // a single byte is inflated, so this is instant rather than seconds of inflating.
    assert!(elapsed < Duration::from_secs(2), "took {elapsed:?}");
    assert_eq!(
        bundle.problems,
        [Problem::FileTooLarge { path: "zeros.bin".into(), size: 1024 * MIB, limit: 64 * MIB }]
    );
    let entry = &bundle.files["zeros.bin"];
    assert_eq!(entry.size, 1024 * MIB);
    assert!(entry.bytes.is_none());
    assert_eq!(bundle.bytes("manifest.json"), Some(MANIFEST));
}

#[test]
fn bomb_under_the_file_limit_is_stopped_by_the_ratio() {
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("bomb.zip");
    let mut zip = ZipWriter::new(fs::File::create(&zip_path).unwrap());
    zip.start_file("manifest.json", deflated()).unwrap();
    zip.write_all(MANIFEST).unwrap();
    // 32 MiB of zeros: under max_file_bytes (64 MiB), but ~1000:1 against max_ratio 100.
    add_zeros(&mut zip, "zeros.bin", 32 * MIB);
    zip.finish().unwrap();

    let bundle = open(&zip_path);
    assert_eq!(bundle.problems, [Problem::RatioTooHigh { path: "zeros.bin".into(), limit: 100 }]);
    assert_eq!(bundle.files["zeros.bin"].size, 32 * MIB);
    assert!(bundle.files["zeros.bin"].bytes.is_none());
    assert_eq!(bundle.bytes("manifest.json"), Some(MANIFEST));
}

#[test]
fn total_size_limit_skips_the_rest_once() {
    let dir = tempfile::tempdir().unwrap();
    let limits = Limits { max_total_bytes: 1000, ..Limits::default() };
    let noise: Vec<u8> = (0..600u32).map(|i| (i * 7919 % 251) as u8).collect();

    // Zip: entries in archive order.
    let zip_path = dir.path().join("w.zip");
    write_zip(
        &zip_path,
        &[("manifest.json", b"{}"), ("a.bin", &noise), ("b.bin", &noise), ("c.bin", &noise)],
        stored(),
    );
    // Folder: files in name order.
    let folder = dir.path().join("w");
    for (name, data) in [("manifest.json", b"{}".as_slice()), ("a.bin", &noise), ("b.bin", &noise), ("c.bin", &noise)] {
        write_file(&folder, name, data);
    }
    for path in [zip_path, folder] {
        let bundle = Bundle::open(&path, &limits).unwrap();
        assert_eq!(
            bundle.problems,
            [Problem::TotalTooLarge { path: "b.bin".into(), limit: 1000 }],
            "{}",
            path.display()
        );
        assert_eq!(bundle.bytes("a.bin"), Some(noise.as_slice()));
        for name in ["b.bin", "c.bin"] {
            assert_eq!(bundle.files[name].size, 600);
            assert!(bundle.files[name].bytes.is_none(), "{name}");
        }
    }
}

#[test]
fn a_declared_size_is_not_trusted_for_memory() {
    // An entry that declares 60 MiB (under every limit) but holds 5 bytes: reading it must not
    // reserve 60 MiB, or 20 000 such entries reserve over a terabyte.
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("liar.zip");
    write_zip(&zip_path, &[("manifest.json", b"{}"), ("liar.txt", b"hello")], deflated());
    let mut raw = fs::read(&zip_path).unwrap();
    let (local, central) = headers(&raw);
    assert_eq!((local.len(), central.len()), (2, 2));
    patch_u32(&mut raw, local[1] + 22, 60 * MIB as u32);
    patch_u32(&mut raw, central[1] + 24, 60 * MIB as u32);
    fs::write(&zip_path, &raw).unwrap();

    let bundle = open(&zip_path);
    assert_eq!(bundle.problems, []);
    let liar = &bundle.files["liar.txt"];
    assert_eq!(liar.size, 60 * MIB, "the size is the declared one");
    // Files are kept exactly as large as they are (an `Arc<[u8]>`, not a vector with spare
    // capacity), so 20 000 such entries hold 20 000 × 5 bytes.
    let bytes = liar.bytes.as_deref().unwrap();
    assert_eq!(bytes, b"hello");
}

#[test]
fn an_entry_longer_than_declared_is_cut_off() {
    // The reverse lie: declares 3 bytes, inflates to 5. The zip reader refuses to go past the
    // declared size, so the entry is unreadable rather than silently larger.
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("liar.zip");
    write_zip(&zip_path, &[("manifest.json", b"{}"), ("liar.txt", b"hello")], deflated());
    let mut raw = fs::read(&zip_path).unwrap();
    let (local, central) = headers(&raw);
    patch_u32(&mut raw, local[1] + 22, 3);
    patch_u32(&mut raw, central[1] + 24, 3);
    fs::write(&zip_path, &raw).unwrap();

    let bundle = open(&zip_path);
    assert!(
        matches!(bundle.problems.as_slice(), [Problem::Unreadable { path, .. }] if path == "liar.txt"),
        "{:?}",
        bundle.problems
    );
    assert!(bundle.files["liar.txt"].bytes.is_none());
    assert_eq!(bundle.bytes("manifest.json"), Some(b"{}".as_slice()));
}

// ---------------------------------------------------------------------------------------------
// 3. Not a zip, damaged zips
// ---------------------------------------------------------------------------------------------

fn assert_not_zip(path: &Path) {
    match Bundle::open(path, &Limits::default()) {
        Err(e @ OpenError::NotZip { .. }) => {
            let OpenError::NotZip { path: p, reason } = &e else { unreachable!() };
            let reason = reason.english();
            assert_eq!(p, path);
            assert!(!reason.is_empty());
            // Said for people: no zip-format jargon.
            for jargon in ["EOCD", "central directory", "magic", "signature"] {
                assert!(!reason.contains(jargon), "{jargon} in {reason:?}");
            }
            let said = e.message().english();
            assert!(said.contains("not a readable zip archive"), "{said}");
        }
        other => panic!("{}: expected NotZip, got {other:?}", path.display()),
    }
}

#[test]
fn text_file_named_zip_is_not_a_zip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("widget.zip");
    fs::write(&path, "this is not a zip archive\n".repeat(100)).unwrap();
    assert_not_zip(&path);
}

#[test]
fn empty_file_is_not_a_zip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("widget.zip");
    fs::write(&path, b"").unwrap();
    assert_not_zip(&path);
}

#[test]
fn truncated_zip_is_not_a_zip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("widget.zip");
    let noise: Vec<u8> = (0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    write_zip(&path, &[("manifest.json", MANIFEST), ("a.bin", &noise), ("b.bin", &noise)], deflated());
    let full = fs::read(&path).unwrap();
    // Cut at many places: every one must be an error, never a panic.
    for cut in [full.len() / 2, 1, 4, 30, full.len() - 22, full.len() - 1] {
        fs::write(&path, &full[..cut]).unwrap();
        assert_not_zip(&path);
    }
}

#[test]
fn damaged_entry_is_unreadable_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("widget.zip");
    let text = b"function hello() { return 'hello world'; }\n".repeat(200);
    write_zip(&path, &[("manifest.json", MANIFEST), ("script.js", &text), ("other.js", b"ok")], deflated());
    let mut raw = fs::read(&path).unwrap();
    let (local, _) = headers(&raw);
    // Scribble over the compressed data of script.js (after its 30-byte header and name).
    let data = local[1] + 30 + "script.js".len();
    for b in &mut raw[data + 10..data + 60] {
        *b ^= 0x5a;
    }
    fs::write(&path, &raw).unwrap();

    let bundle = open(&path);
    assert!(
        matches!(bundle.problems.as_slice(), [Problem::Unreadable { path, .. }] if path == "script.js"),
        "{:?}",
        bundle.problems
    );
    assert!(bundle.contains("script.js"));
    assert!(bundle.files["script.js"].bytes.is_none());
    assert_eq!(bundle.bytes("other.js"), Some(b"ok".as_slice()));
    assert_eq!(bundle.bytes("manifest.json"), Some(MANIFEST));
}

// ---------------------------------------------------------------------------------------------
// 4. Missing input, no manifest
// ---------------------------------------------------------------------------------------------

#[test]
fn missing_path_is_not_found() {
    let dir = tempfile::tempdir().unwrap();
    for path in [dir.path().join("nope"), dir.path().join("nope.zip"), dir.path().join("nope/manifest.json")] {
        match Bundle::open(&path, &Limits::default()) {
            Err(OpenError::NotFound(p)) => assert_eq!(p, path),
            other => panic!("expected NotFound, got {other:?}"),
        }
    }
}

#[test]
fn folder_above_the_widget_gets_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    write_file(dir.path(), "sub/manifest.json", MANIFEST);
    write_file(dir.path(), "notes.txt", b"x");
    let err = Bundle::open(dir.path(), &Limits::default()).unwrap_err();
    assert!(matches!(&err, OpenError::NoManifest { path, .. } if path == dir.path()), "{err:?}");
    let text = err.message().english();
    assert!(text.contains("no manifest.json found"), "{text}");
    assert!(text.contains("sub/"), "{text}");
}

#[test]
fn folder_without_any_manifest_gets_the_general_hint() {
    let dir = tempfile::tempdir().unwrap();
    write_file(dir.path(), "a/manifest.json", MANIFEST);
    write_file(dir.path(), "b/manifest.json", MANIFEST);
    let text = Bundle::open(dir.path(), &Limits::default()).unwrap_err().message().english();
    assert!(text.contains("top level"), "{text}");
    let empty = tempfile::tempdir().unwrap();
    let err = Bundle::open(empty.path(), &Limits::default()).unwrap_err();
    assert!(matches!(err, OpenError::NoManifest { .. }), "{err:?}");
}

#[test]
fn zip_without_manifest_is_no_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.zip");
    write_zip(&path, &[("script.js", b"x"), ("../manifest.json", MANIFEST)], deflated());
    let err = Bundle::open(&path, &Limits::default()).unwrap_err();
    assert!(matches!(err, OpenError::NoManifest { .. }), "{err:?}");
}

// ---------------------------------------------------------------------------------------------
// 5. Manifest in a sub-folder of the zip
// ---------------------------------------------------------------------------------------------

#[test]
fn zip_root_folder_is_found_and_stripped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.zip");
    write_zip(
        &path,
        &[
            ("__MACOSX/", b""),
            ("__MACOSX/manifest.json", b"resource fork"),
            ("__MACOSX/my-widget/manifest.json", b"resource fork"),
            ("readme.txt", b"read me"),
            ("my-widget/", b""),
            ("my-widget/manifest.json", MANIFEST),
            ("my-widget/i18n/", b""),
            ("my-widget/i18n/en.json", b"{}"),
            ("my-widget/deeper/manifest.json", b"not this one"),
        ],
        deflated(),
    );
    let bundle = open(&path);
    assert_eq!(bundle.root_folder.as_deref(), Some("my-widget"));
    assert_eq!(bundle.files.keys().collect::<Vec<_>>(), ["deeper/manifest.json", "i18n/en.json", "manifest.json"]);
    assert_eq!(bundle.bytes("manifest.json"), Some(MANIFEST));
    assert_eq!(bundle.folders.iter().collect::<Vec<_>>(), ["deeper", "i18n"]);
    assert_eq!(
        bundle.outside_root,
        ["__MACOSX", "__MACOSX/manifest.json", "__MACOSX/my-widget/manifest.json", "readme.txt"]
    );
    assert_eq!(bundle.problems, []);
}

#[test]
fn macosx_copy_alone_is_not_a_root() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.zip");
    write_zip(&path, &[("__MACOSX/my-widget/manifest.json", MANIFEST), ("readme.txt", b"x")], deflated());
    let err = Bundle::open(&path, &Limits::default()).unwrap_err();
    assert!(matches!(err, OpenError::NoManifest { .. }), "{err:?}");
}

#[test]
fn unread_folder_is_not_a_root() {
    // `.git` is shorter than `my-widget`, but a folder that is never read cannot be the widget.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.zip");
    write_zip(
        &path,
        &[
            (".git/manifest.json", b"junk"),
            ("node_modules/manifest.json", b"junk"),
            ("my-widget/manifest.json", MANIFEST),
        ],
        deflated(),
    );
    let bundle = open(&path);
    assert_eq!(bundle.root_folder.as_deref(), Some("my-widget"));
    assert_eq!(bundle.bytes("manifest.json"), Some(MANIFEST));
}

// ---------------------------------------------------------------------------------------------
// 6. Symbolic links and special files
// ---------------------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn folder_symlinks_are_followed_only_inside() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.txt");
    fs::write(&secret, "secret").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_file(root, "manifest.json", MANIFEST);
    write_file(root, "real.txt", b"inside");
    symlink(&secret, root.join("out_abs")).unwrap();
    symlink("../../../../../../../..".to_string() + &secret.display().to_string(), root.join("out_rel")).unwrap();
    symlink("real.txt", root.join("in_link")).unwrap();
    fs::create_dir(root.join("sub")).unwrap();
    symlink("../real.txt", root.join("sub/up_link")).unwrap();
    symlink("..", root.join("sub/loop")).unwrap();
    symlink("nowhere", root.join("dangling")).unwrap();

    let bundle = open(root);
    assert_eq!(bundle.bytes("in_link"), Some(b"inside".as_slice()));
    assert_eq!(bundle.bytes("sub/up_link"), Some(b"inside".as_slice()));
    let mut links: Vec<(&str, &str)> = bundle
        .problems
        .iter()
        .map(|p| match p {
            Problem::Symlink { path, target } => (path.as_str(), target.as_str()),
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    links.sort();
    let secret_abs = secret.display().to_string();
    let secret_rel = "../../../../../../../..".to_string() + &secret_abs;
    assert_eq!(
        links,
        [
            ("dangling", "nowhere"),
            ("out_abs", secret_abs.as_str()),
            ("out_rel", secret_rel.as_str()),
            ("sub/loop", "..")
        ]
    );
    for name in ["out_abs", "out_rel", "dangling", "sub/loop"] {
        assert!(!bundle.contains(name), "{name}");
    }
    assert!(bundle.files.values().all(|f| f.bytes.as_deref() != Some(b"secret".as_slice())));
    assert_eq!(bundle.folders.iter().collect::<Vec<_>>(), ["sub"]);
}

#[cfg(unix)]
#[test]
fn fifo_inside_the_folder_is_skipped_and_a_fifo_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("w");
    write_file(&root, "manifest.json", MANIFEST);
    let fifo_in = root.join("pipe");
    let fifo_zip = dir.path().join("widget.zip");
    for fifo in [&fifo_in, &fifo_zip] {
        let status = std::process::Command::new("mkfifo").arg(fifo).status().unwrap();
        assert!(status.success());
    }
    // Both opens run on a thread: a reader that opens a FIFO blocks until someone writes.
    let (tx, rx) = std::sync::mpsc::channel();
    let (root2, fifo_zip2) = (root.clone(), fifo_zip.clone());
    std::thread::spawn(move || {
        let folder = Bundle::open(&root2, &Limits::default());
        let zip = Bundle::open(&fifo_zip2, &Limits::default());
        tx.send((folder, zip)).unwrap();
    });
    let (folder, zip) = rx.recv_timeout(Duration::from_secs(10)).expect("opening a FIFO hangs");
    let folder = folder.unwrap();
    assert!(!folder.contains("pipe"));
    assert_eq!(folder.problems, []);
    match zip {
        Err(OpenError::Io { path, reason }) => {
            assert_eq!(path, fifo_zip);
            assert!(reason.english().contains("not a regular file"), "{reason:?}");
        }
        other => panic!("expected Io, got {other:?}"),
    }
}

#[test]
fn zip_symlink_entries_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.zip");
    let mut zip = ZipWriter::new(fs::File::create(&path).unwrap());
    zip.start_file("manifest.json", deflated()).unwrap();
    zip.write_all(MANIFEST).unwrap();
    zip.add_symlink("passwd", "/etc/passwd", stored()).unwrap();
    zip.add_symlink("up", "../../..", stored()).unwrap();
    zip.finish().unwrap();

    let bundle = open(&path);
    assert_eq!(
        bundle.problems,
        [
            Problem::Symlink { path: "passwd".into(), target: "/etc/passwd".into() },
            Problem::Symlink { path: "up".into(), target: "../../..".into() },
        ]
    );
    assert_eq!(bundle.files.keys().collect::<Vec<_>>(), ["manifest.json"]);
}

// ---------------------------------------------------------------------------------------------
// 7. Many files
// ---------------------------------------------------------------------------------------------

const MANY: usize = 10_000;

/// A folder and a zip with `manifest.json` and MANY small files, named so that they come before
/// the manifest in both name order and archive order.
fn many_files(dir: &Path) -> (PathBuf, PathBuf) {
    let folder = dir.join("w");
    fs::create_dir(&folder).unwrap();
    fs::create_dir(folder.join("a")).unwrap();
    let zip_path = dir.join("w.zip");
    let mut zip = ZipWriter::new(std::io::BufWriter::new(fs::File::create(&zip_path).unwrap()));
    for i in 0..MANY {
        // Half at the top, half in a sub-folder.
        let name = if i % 2 == 0 { format!("f{i:05}.txt") } else { format!("a/f{i:05}.txt") };
        fs::write(folder.join(&name), i.to_string()).unwrap();
        zip.start_file(&name, stored()).unwrap();
        zip.write_all(i.to_string().as_bytes()).unwrap();
    }
    fs::write(folder.join("manifest.json"), MANIFEST).unwrap();
    zip.start_file("manifest.json", stored()).unwrap();
    zip.write_all(MANIFEST).unwrap();
    zip.finish().unwrap();
    (folder, zip_path)
}

#[test]
fn ten_thousand_files_are_all_read_or_limited() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, zip_path) = many_files(dir.path());
    // Creating 10 000 files dominates this test's time, so both limits share one fixture.
    for path in [folder, zip_path] {
        let bundle = open(&path);
        assert_eq!(bundle.problems, [], "{}", path.display());
        assert_eq!(bundle.files.len(), MANY + 1);
        assert!(bundle.files.values().all(|f| f.bytes.is_some()));
        assert_eq!(bundle.bytes("a/f09999.txt"), Some(b"9999".as_slice()));
        assert_eq!(bundle.bytes("f00000.txt"), Some(b"0".as_slice()));
        assert_eq!(bundle.folders.iter().collect::<Vec<_>>(), ["a"]);

        // With a tight limit: exactly the limit, one finding, and the manifest is never the file
        // left out (the one file every rule needs).
        let limits = Limits { max_files: 100, ..Limits::default() };
        let bundle = Bundle::open(&path, &limits).unwrap();
        assert_eq!(bundle.problems, [Problem::TooManyFiles { limit: 100 }], "{}", path.display());
        assert_eq!(bundle.files.len(), 100, "{}", path.display());
        assert_eq!(bundle.bytes("manifest.json"), Some(MANIFEST), "{}", path.display());
    }
}

// ---------------------------------------------------------------------------------------------
// 8. The input is never changed
// ---------------------------------------------------------------------------------------------

#[test]
fn input_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("w");
    write_file(&root, "manifest.json", MANIFEST);
    write_file(&root, "i18n/en.json", b"{}");
    write_file(&root, "images/logo.png", &[0x89, b'P', b'N', b'G', 0, 1, 2, 3]);
    write_file(&root, ".git/HEAD", b"ref: refs/heads/main\n");
    write_file(&root, "empty.txt", b"");
    let zip_path = dir.path().join("w.zip");
    write_zip(&zip_path, &[("manifest.json", MANIFEST), ("../evil.txt", b"x"), ("i18n/en.json", b"{}")], deflated());
    let zip_meta = fs::metadata(&zip_path).unwrap();
    let zip_before = (fs::read(&zip_path).unwrap(), zip_meta.modified().unwrap(), zip_meta.permissions());

    let before = listing(dir.path());
    open(&root);
    open(&root.join("manifest.json"));
    open(&zip_path);
    assert_eq!(listing(dir.path()), before);
    let zip_meta = fs::metadata(&zip_path).unwrap();
    assert_eq!((fs::read(&zip_path).unwrap(), zip_meta.modified().unwrap(), zip_meta.permissions()), zip_before);
}

// ---------------------------------------------------------------------------------------------
// 9. Empty files, unread folders, an empty manifest
// ---------------------------------------------------------------------------------------------

#[test]
fn folder_with_empty_files_and_unread_folders() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_file(root, "manifest.json", b"");
    write_file(root, "empty.js", b"");
    write_file(root, ".git/config", b"[core]");
    write_file(root, ".git/objects/ab/cdef", b"blob");
    write_file(root, "node_modules/left-pad/index.js", b"module.exports = 1;");
    write_file(root, "lib/node_modules/x.js", b"x");
    write_file(root, "lib/ok.js", b"ok");

    let bundle = open(root);
    assert_eq!(bundle.kind, SourceKind::Folder);
    assert_eq!(bundle.problems, []);
    // A 0-byte manifest opens: judging its JSON is not the reader's job.
    assert_eq!(bundle.bytes("manifest.json"), Some(b"".as_slice()));
    assert_eq!(bundle.files["empty.js"].size, 0);
    assert_eq!(bundle.bytes("empty.js"), Some(b"".as_slice()));
    // Unread folders are recorded themselves, but nothing inside them is listed or read.
    assert_eq!(bundle.files.keys().collect::<Vec<_>>(), ["empty.js", "lib/ok.js", "manifest.json"]);
    assert_eq!(bundle.folders.iter().collect::<Vec<_>>(), [".git", "lib", "lib/node_modules", "node_modules"]);
}

#[test]
fn zip_with_empty_files_and_unread_folders() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.zip");
    write_zip(
        &path,
        &[
            ("manifest.json", b""),
            ("empty.js", b""),
            (".git/config", b"[core]"),
            (".git/objects/ab/cdef", b"blob"),
            ("node_modules/", b""),
            ("node_modules/left-pad/index.js", b"module.exports = 1;"),
            ("lib/ok.js", b"ok"),
        ],
        deflated(),
    );
    let bundle = open(&path);
    assert_eq!(bundle.problems, []);
    assert_eq!(bundle.bytes("manifest.json"), Some(b"".as_slice()));
    assert_eq!(bundle.bytes("empty.js"), Some(b"".as_slice()));
    assert_eq!(bundle.files.keys().collect::<Vec<_>>(), ["empty.js", "lib/ok.js", "manifest.json"]);
    // Unlike the folder reader, the zip lists the sub-folders of unread folders it sees in entry
    // names (that costs nothing: the names are all in the central directory anyway).
    for folder in [".git", "node_modules", "lib"] {
        assert!(bundle.folders.contains(folder), "{folder}: {:?}", bundle.folders);
    }
    assert!(bundle.files.keys().all(|k| !k.starts_with(".git/") && !k.starts_with("node_modules/")));
}

#[test]
fn manifest_path_opens_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    write_file(dir.path(), "manifest.json", b"");
    write_file(dir.path(), "script.js", b"x");
    let manifest = dir.path().join("manifest.json");
    let bundle = open(&manifest);
    assert_eq!(bundle.source, manifest);
    assert_eq!(bundle.kind, SourceKind::Folder);
    assert_eq!(bundle.files.keys().collect::<Vec<_>>(), ["manifest.json", "script.js"]);
}

// ---------------------------------------------------------------------------------------------
// 10. Encrypted and unsupported entries
// ---------------------------------------------------------------------------------------------

/// A zip of `manifest.json` and `secret.js` with `secret.js`'s headers patched by `patch`,
/// given the buffer and the offsets of its local and central headers.
fn patched_zip(dir: &Path, patch: impl Fn(&mut Vec<u8>, usize, usize)) -> PathBuf {
    let path = dir.join("w.zip");
    write_zip(&path, &[("manifest.json", MANIFEST), ("secret.js", b"var secret = 1;")], stored());
    let mut raw = fs::read(&path).unwrap();
    let (local, central) = headers(&raw);
    patch(&mut raw, local[1], central[1]);
    fs::write(&path, &raw).unwrap();
    path
}

fn assert_unreadable_secret(path: &Path, reason_has: &str) {
    let bundle = open(path);
    match bundle.problems.as_slice() {
        [Problem::Unreadable { path, reason }] => {
            assert_eq!(path, "secret.js");
            assert!(reason.english().contains(reason_has), "{reason:?}");
        }
        other => panic!("{other:?}"),
    }
    assert!(bundle.contains("secret.js"));
    assert!(bundle.files["secret.js"].bytes.is_none());
    assert_eq!(bundle.bytes("manifest.json"), Some(MANIFEST));
}

#[test]
fn encrypted_entry_is_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    // General purpose flag bit 0: the entry is encrypted (traditional PKWARE encryption).
    let path = patched_zip(dir.path(), |raw, local, central| {
        patch_u16(raw, local + 6, 1);
        patch_u16(raw, central + 8, 1);
    });
    assert_unreadable_secret(&path, "ass");
}

#[test]
fn unsupported_compression_is_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    // Method 12 (bzip2): not compiled into this build's zip reader.
    let path = patched_zip(dir.path(), |raw, local, central| {
        patch_u16(raw, local + 8, 12);
        patch_u16(raw, central + 10, 12);
    });
    assert_unreadable_secret(&path, "not supported");
}
