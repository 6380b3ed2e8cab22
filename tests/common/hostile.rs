//! Hostile widgets, written to a folder: bombs, huge and deep files, a 50 MB / 20 000-file
//! widget. Shared by the memory test and the never-write test.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use zip::ZipWriter;
use zip::write::SimpleFileOptions;

use super::{CLEAN, copy_dir, png};

const MIB: u64 = 1024 * 1024;
const MANIFEST: &[u8] = br#"{"widget":{"name":"widget.name","locale":["en"]}}"#;

/// One hostile input: what it is, and where.
pub struct Hostile {
    pub name: &'static str,
    pub path: PathBuf,
}

/// The clean example in `dir/name`, with `rel` replaced by `bytes`.
fn clean_with(dir: &Path, name: &str, rel: &str, bytes: &[u8]) -> PathBuf {
    let root = dir.join(name);
    fs::create_dir_all(&root).expect("mkdir");
    copy_dir(Path::new(CLEAN), &root);
    fs::write(root.join(rel), bytes).expect("write");
    root
}

/// A zip with the manifest and `size` zero bytes deflated at level 9 (about 1000:1).
fn bomb(path: &Path, size: u64) {
    let mut zip = ZipWriter::new(fs::File::create(path).expect("create"));
    zip.start_file("manifest.json", SimpleFileOptions::default()).expect("entry");
    zip.write_all(MANIFEST).expect("write");
    let options = SimpleFileOptions::default().compression_level(Some(9)).large_file(size >= 4096 * MIB);
    zip.start_file("zeros.bin", options).expect("entry");
    let chunk = vec![0u8; MIB as usize];
    for _ in 0..size / MIB {
        zip.write_all(&chunk).expect("write");
    }
    zip.finish().expect("zip");
}

/// About 2.5 KB of ordinary, declared-before-use script.
fn module(i: usize) -> String {
    let mut body = format!("define(['jquery'], function ($) {{\n  var state{i} = {{ count: 0, items: [] }};\n");
    for j in 0..40 {
        body.push_str(&format!("  function step{j}(value) {{ return value * {j} + state{i}.count; }}\n"));
    }
    body.push_str("  return { init: function () { return true; } };\n});\n");
    body
}

/// Minified script on one line, exactly `bytes` long, with a debug trace every so often.
pub fn minified_js(bytes: usize) -> String {
    let end = "return{}});";
    let mut out = String::from("define([],function(){var t=0;");
    let mut i = 0;
    loop {
        let mut part = format!("function f{i}(a,b){{var c=a+b;if(c>10){{return c*2}}return b-a}}t+=f{i}(1,2);");
        if i % 500 == 0 {
            part.push_str("console.log(t);");
        }
        if out.len() + part.len() + end.len() > bytes {
            break;
        }
        out.push_str(&part);
        i += 1;
    }
    out.push_str(end);
    pad(out, bytes)
}

/// Minified styles on one line, exactly `bytes` long, some rules scoped and some global.
pub fn minified_css(bytes: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    loop {
        let part = if i % 100 == 0 {
            format!(".global{i}{{color:red}}")
        } else {
            format!(".acme-calendar .c{i}{{margin:{i}px;color:#123456}}")
        };
        if out.len() + part.len() > bytes {
            break;
        }
        out.push_str(&part);
        i += 1;
    }
    pad(out, bytes)
}

/// Trailing spaces up to `bytes`.
fn pad(mut text: String, bytes: usize) -> String {
    let missing = bytes - text.len();
    text.push_str(&" ".repeat(missing));
    text
}

/// Builds every hostile input under `dir`.
pub fn inputs(dir: &Path) -> Vec<Hostile> {
    let mut all = Vec::new();
    let mut add = |name, path| all.push(Hostile { name, path });

    let path = dir.join("bomb-1gib.zip");
    bomb(&path, 1024 * MIB);
    add("zip bomb: 1 GiB of zeros", path);
    let path = dir.join("bomb-32mib.zip");
    bomb(&path, 32 * MIB);
    add("zip bomb under the file limit: 32 MiB of zeros", path);

    let root = dir.join("many");
    for folder in 0..100 {
        fs::create_dir_all(root.join(format!("lib/{folder:02}"))).expect("mkdir");
    }
    fs::write(root.join("manifest.json"), MANIFEST).expect("write");
    let mut written = 0;
    for i in 0..19_999 {
        let text = module(i);
        written += text.len();
        fs::write(root.join(format!("lib/{:02}/m{i:05}.js", i % 100)), text).expect("write");
    }
    assert!(written > 50_000_000, "{written}");
    add("50 MB of script in 20 000 files", root);

    add(
        "PNG claiming 100 000 × 100 000 pixels",
        clean_with(dir, "huge-png", "images/logo_main.png", &png(100_000, 100_000)),
    );
    let deep = "[".repeat(1_000_000) + &"]".repeat(1_000_000);
    add("manifest.json nested 1 000 000 deep", clean_with(dir, "deep-json", "manifest.json", deep.as_bytes()));
    add("5 MB of script on one line", clean_with(dir, "minified-js", "script.js", minified_js(5_000_000).as_bytes()));
    add("5 MB of styles on one line", clean_with(dir, "minified-css", "style.css", minified_css(5_000_000).as_bytes()));
    let limit = amo_preflight::rules::js::MAX_SCRIPT_BYTES;
    add("a script at the size limit (8 MiB)", clean_with(dir, "limit-js", "script.js", minified_js(limit).as_bytes()));
    let limit = amo_preflight::rules::css::sheet::MAX_STYLE_BYTES;
    add("styles at the size limit (5 MiB)", clean_with(dir, "limit-css", "style.css", minified_css(limit).as_bytes()));
    // The whole widget at the total limit (128 MiB) in scripts full of undeclared names.
    let root = clean_with(dir, "total-limit", "script.js", b"define([], function () { return {}; });");
    fs::create_dir_all(root.join("lib")).expect("mkdir");
    let undeclared = minified_js(2 * MIB as usize).replace("function f", "function g");
    for i in 0..64 {
        fs::write(root.join(format!("lib/m{i:02}.js")), &undeclared).expect("write");
    }
    add("128 MiB of scripts with 1.5 million undeclared names", root);
    add("60 MB of script", clean_with(dir, "huge-js", "script.js", minified_js(60_000_000).as_bytes()));
    let nested = "(".repeat(100_000) + "1" + &")".repeat(100_000);
    add("script nested 100 000 deep", clean_with(dir, "deep-js", "script.js", nested.as_bytes()));
    let traces: String = (0..10_000).map(|i| format!("console.log({i});\n")).collect();
    add("10 000 debug traces", clean_with(dir, "traces", "script.js", traces.as_bytes()));
    // Language files are parsed up to 8 MiB: one at the limit, made of a single description, and
    // one far beyond it.
    let description = |bytes: usize| {
        let head = "{\"widget\":{\"name\":\"Acme\",\"description\":\"";
        let words = "the widget shows the calendar of every manager ".repeat(bytes / 47 + 1);
        let text = &words[..bytes - head.len() - 3];
        format!("{head}{text}\"}}}}")
    };
    let at = description(8 * 1024 * 1024);
    assert_eq!(at.len(), 8 * 1024 * 1024);
    add("an 8 MiB description", clean_with(dir, "long-text", "i18n/en.json", at.as_bytes()));
    add("a 60 MB language file", clean_with(dir, "longer-text", "i18n/en.json", description(60_000_000).as_bytes()));
    let root =
        clean_with(dir, "sparse", "manifest.json", &fs::read(Path::new(CLEAN).join("manifest.json")).expect("read"));
    fs::File::create(root.join("big.bin")).expect("create").set_len(200 * MIB).expect("sparse file");
    add("a 200 MB file", root);
    all
}
