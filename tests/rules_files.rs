//! files.*: safe reading, manifest at the zip root, development leftovers, encoding, line
//! endings, and files the manifest names.

mod common;

use amo_preflight::rules::Status;
use common::*;
use serde_json::json;

#[test]
fn clean_files_pass() {
    let report = Fixture::clean().check();
    for rule in
        ["files.readable", "files.dev-junk", "files.utf8", "files.no-bom", "files.lf-endings", "files.references"]
    {
        assert_eq!(status(&report, rule, None), Status::Pass, "{rule}");
    }
    assert_eq!(status(&report, "files.zip-root", None), Status::Na);
}

#[test]
fn zip_root_passes_at_root_and_fails_inside_a_folder() {
    let f = Fixture::clean();
    let out = tempfile::tempdir().expect("temp");
    let at_root = out.path().join("widget.zip");
    zip_folder(f.path(), "", &at_root);
    let report = amo_preflight::check_path(&at_root, Default::default()).expect("zip").1;
    assert_eq!(status(&report, "files.zip-root", None), Status::Pass);
    assert_eq!(report.widget.kind, amo_preflight::bundle::SourceKind::Zip);
    assert_eq!(status(&report, "content.name-length", Some("en")), Status::Pass);

    let wrapped = out.path().join("wrapped.zip");
    zip_folder(f.path(), "acme-calendar/", &wrapped);
    let report = amo_preflight::check_path(&wrapped, Default::default()).expect("zip").1;
    let r = one(&report, "files.zip-root", None, Status::Fail);
    assert!(r.message.contains("\"acme-calendar/\""), "{}", r.message);
    // The folder's content is still checked.
    assert_eq!(status(&report, "content.name-length", Some("en")), Status::Pass);
    assert_eq!(status(&report, "images.branding-files", None), Status::Pass);
}

#[test]
fn development_leftovers_are_listed() {
    let f = Fixture::clean();
    f.write(".DS_Store", [0, 0, 0, 1]);
    f.write("script.js.map", "{}");
    f.write("logs/debug.log", "x");
    f.write("tests/fixtures.json", "{}");
    f.write(".git/HEAD", "ref: refs/heads/main\n");
    f.write("node_modules/a/index.js", "");
    let report = f.check();
    let r = one(&report, "files.dev-junk", None, Status::Fail);
    for junk in [".DS_Store", "script.js.map", "logs/debug.log", "tests/", ".git/", "node_modules/"] {
        assert!(r.message.contains(junk), "{junk} not in {}", r.message);
    }
    // Files inside a junk folder are not listed one by one.
    assert!(!r.message.contains("tests/fixtures.json"), "{}", r.message);
    assert_at(r, "script.js.map", None);
}

#[test]
fn encoding_bom_and_line_endings_name_the_file_and_line() {
    let f = Fixture::clean();
    let css = f.read("style.css");
    f.write("style.css", [b"\xEF\xBB\xBF".as_slice(), css.as_bytes()].concat());
    let js = f.read("script.js");
    let crlf_from_line_3: String = js
        .split_inclusive('\n')
        .enumerate()
        .map(|(i, l)| if i >= 2 { l.replace('\n', "\r\n") } else { l.to_string() })
        .collect();
    f.write("script.js", &crlf_from_line_3);
    f.write("templates/cp1251.twig", b"<div>\n<b>\xD1\xEE\xF5\xF0\xE0\xED\xE8\xF2\xFC</b>\n</div>\n");
    f.write("notes.txt", [0xFF, 0xFE, b'h', 0]);
    let report = f.check();

    let bom = one(&report, "files.no-bom", None, Status::Fail);
    assert!(bom.message.contains("style.css"), "{}", bom.message);
    assert_at(bom, "style.css", Some(1));

    let lf = one(&report, "files.lf-endings", None, Status::Fail);
    assert!(lf.message.contains("script.js:"), "{}", lf.message);
    assert!(lf.message.contains("first at line 3"), "{}", lf.message);
    assert_at(lf, "script.js", Some(3));

    let utf8 = one(&report, "files.utf8", None, Status::Fail);
    assert!(utf8.message.contains("templates/cp1251.twig is not UTF-8 (from line 2)"), "{}", utf8.message);
    assert!(utf8.message.contains("notes.txt is UTF-16"), "{}", utf8.message);
    assert_at(utf8, "templates/cp1251.twig", Some(2));
}

#[test]
fn files_named_in_the_manifest_must_exist() {
    let f = Fixture::clean();
    f.edit_json("manifest.json", |v| {
        v["locations"].as_array_mut().expect("array").push(json!("widget_page"));
        v["left_menu"] = json!({"acme": {"title": "widget.name", "icon": "images/menu_icon.svg"}});
    });
    let report = f.check();
    let r = one(&report, "files.references", None, Status::Fail);
    assert!(r.message.contains("images/menu_icon.svg (named in left_menu.acme.icon)"), "{}", r.message);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "menu_icon.svg")));
    f.write("images/menu_icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    assert_eq!(status(&f.check(), "files.references", None), Status::Pass);
}

#[cfg(unix)]
#[test]
fn a_link_leaving_the_folder_is_reported_not_followed() {
    let f = Fixture::clean();
    let outside = tempfile::tempdir().expect("temp");
    std::fs::write(outside.path().join("secret.txt"), "secret").expect("write");
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), f.path().join("notes.txt")).expect("link");
    let report = f.check();
    let r = one(&report, "files.readable", None, Status::Fail);
    assert!(r.message.contains("notes.txt is a link"), "{}", r.message);
    assert_at(r, "notes.txt", None);
}

#[test]
fn unsafe_zip_entries_and_bombs_become_findings() {
    use std::io::Write;
    let f = Fixture::clean();
    let out = tempfile::tempdir().expect("temp");
    let path = out.path().join("widget.zip");
    zip_folder(f.path(), "", &path);
    // Append hostile entries to the clean widget's zip.
    let mut zip =
        zip::ZipWriter::new_append(std::fs::OpenOptions::new().read(true).write(true).open(&path).expect("open"))
            .expect("append");
    let deflate = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("../escape.txt", deflate).expect("entry");
    zip.write_all(b"outside").expect("write");
    zip.start_file("bomb.bin", deflate.large_file(true)).expect("entry");
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..80 {
        zip.write_all(&zeros).expect("zeros");
    }
    zip.finish().expect("finish");

    let report = amo_preflight::check_path(&path, Default::default()).expect("zip").1;
    let r = one(&report, "files.readable", None, Status::Fail);
    assert!(r.message.contains("\"../escape.txt\" points outside the widget"), "{}", r.message);
    assert!(r.message.contains("bomb.bin is 80 MB, over the 64 MB limit"), "{}", r.message);
    assert_at(r, "bomb.bin", None);
    assert!(
        !out.path().join("escape.txt").exists() && !out.path().parent().expect("parent").join("escape.txt").exists()
    );
    // The rest of the widget is still checked.
    assert_eq!(status(&report, "content.name-length", Some("en")), Status::Pass);
}

#[test]
fn files_nothing_refers_to_are_listed() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "files.unused", None), Status::Pass);
    f.write("images/old_banner.png", png(600, 200));
    f.write("templates/unused.twig", "<div class=\"acme-calendar__old\"></div>\n");
    // Referred to from a template and from the styles: used.
    f.write("images/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    f.replace("templates/event.twig", "</", "<img src=\"/images/icon.svg\" alt=\"\"></");
    let report = f.check();
    let r = one(&report, "files.unused", None, Status::Warn);
    assert!(r.message.contains("images/old_banner.png, templates/unused.twig"), "{}", r.message);
    assert!(!r.message.contains("icon.svg"), "{}", r.message);
    assert_at(r, "images/old_banner.png", None);
    // Development leftovers are reported by files.dev-junk, not twice.
    f.remove("images/old_banner.png").remove("templates/unused.twig");
    f.write("debug.log", "x");
    assert_eq!(status(&f.check(), "files.unused", None), Status::Pass);
}
