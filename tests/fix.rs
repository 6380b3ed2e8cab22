//! `amo-preflight fix`: each kind of fix by fixture, the same bytes for the same input, nothing
//! more to fix in a fixed zip, and never a write over or into the input.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::Output;

use common::*;

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

/// The files of a zip: name → bytes.
fn entries(zip: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).expect("zip")).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).expect("entry");
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).expect("read");
            (entry.name().expect("name").to_string(), bytes)
        })
        .collect()
}

/// The clean example with what a publisher's machine leaves behind: a BOM and Windows line
/// endings, a UTF-16 text, junk, an image nothing shows — zipped inside a folder, with macOS
/// metadata beside it.
fn messy_zip(dir: &Path) -> std::path::PathBuf {
    let f = Fixture::clean();
    let script = f.read("script.js");
    f.write("script.js", format!("\u{feff}{}", script.replace('\n', "\r\n")));
    // A template saved as UTF-16 that shows a banner: converted, and the banner stays.
    let template =
        f.read("templates/event.twig").replace("<ul class", "<img src=\"/images/banner.png\" alt=\"\">\n<ul class");
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(template.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    f.write("templates/event.twig", utf16);
    f.write("images/banner.png", png(600, 200));
    f.write(".DS_Store", "junk");
    f.write("debug.log", "GET /api 200\n");
    f.write("images/old_banner.png", png(600, 200));
    let zip = dir.join("widget.zip");
    zip_folder(f.path(), "acme-calendar/", &zip);
    zip
}

#[test]
fn a_messy_zip_comes_out_unwrapped_clean_and_re_encoded() {
    let dir = tempfile::tempdir().expect("temp");
    let input = messy_zip(dir.path());
    let output = dir.path().join("fixed.zip");
    let out = cli(&["fix", input.to_str().expect("path"), "--output", output.to_str().expect("path")]);
    assert!(out.status.success(), "{}", text(&out));
    let said = text(&out);
    let files = entries(&output);
    assert!(files.contains_key("manifest.json"), "{:?}", files.keys());
    assert!(files.keys().all(|k| !k.starts_with("acme-calendar/")), "unwrapped: {:?}", files.keys());
    for gone in [".DS_Store", "debug.log", "images/old_banner.png"] {
        assert!(!files.contains_key(gone), "{gone} left in");
        assert!(said.contains(&format!("Left out {gone}")), "{said}");
    }
    let script = String::from_utf8(files["script.js"].clone()).expect("utf-8");
    assert!(!script.starts_with('\u{feff}') && !script.contains('\r'), "{script:?}");
    let template = String::from_utf8(files["templates/event.twig"].clone()).expect("utf-8");
    assert!(template.contains("<img src=\"/images/banner.png\""), "{template}");
    assert!(files.contains_key("images/banner.png"), "the banner the converted template shows was left out");
    assert!(said.contains("acme-calendar/ of the zip"), "{said}");
    assert!(said.contains("script.js: byte order mark removed"), "{said}");
    assert!(said.contains("SHA-256 "), "{said}");
    // Before → after: the fixed zip passes the file rules it broke.
    assert!(said.contains("problems blocked publication; now 0") || said.contains("now 0."), "{said}");
    let check = cli(&["check", output.to_str().expect("path"), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).expect("json");
    for rule in ["files.zip-root", "files.dev-junk", "files.no-bom", "files.lf-endings", "files.unused"] {
        let r = report["results"].as_array().expect("results").iter().find(|r| r["rule"] == rule).expect("result");
        assert_eq!(r["status"], "pass", "{rule}: {r}");
    }
}

#[test]
fn the_same_input_gives_the_same_bytes_and_a_fixed_zip_has_nothing_left_to_fix() {
    let dir = tempfile::tempdir().expect("temp");
    let input = messy_zip(dir.path());
    let (one, two, again) = (dir.path().join("1.zip"), dir.path().join("2.zip"), dir.path().join("3.zip"));
    for out in [&one, &two] {
        assert!(cli(&["fix", input.to_str().expect("path"), "-o", out.to_str().expect("path")]).status.success());
    }
    assert_eq!(std::fs::read(&one).expect("1"), std::fs::read(&two).expect("2"), "not deterministic");
    let out = cli(&["fix", one.to_str().expect("path"), "-o", again.to_str().expect("path")]);
    assert!(text(&out).contains("Nothing to change"), "{}", text(&out));
    assert_eq!(std::fs::read(&one).expect("1"), std::fs::read(&again).expect("3"), "a second fix changed the zip");
}

#[test]
fn the_fix_never_writes_over_or_into_the_widget() {
    let dir = tempfile::tempdir().expect("temp");
    let input = messy_zip(dir.path());
    let before = std::fs::read(&input).expect("zip");
    let out = cli(&["fix", input.to_str().expect("path"), "--output", input.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("is the widget being fixed"), "{}", text(&out));
    assert_eq!(std::fs::read(&input).expect("zip"), before);

    let f = Fixture::clean();
    let snapshot = listing(f.path());
    for inside in [f.path().join("fixed.zip"), f.path().join("images/fixed.zip")] {
        let out = cli(&["fix", f.path().to_str().expect("path"), "--output", inside.to_str().expect("path")]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out));
        assert!(text(&out).contains("is inside the widget's folder"), "{}", text(&out));
    }
    assert_eq!(listing(f.path()), snapshot, "the widget folder changed");

    let missing = cli(&["fix", "/no/such/widget", "--output", dir.path().join("x.zip").to_str().expect("path")]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn keep_dry_run_and_json() {
    let dir = tempfile::tempdir().expect("temp");
    let input = messy_zip(dir.path());
    let output = dir.path().join("fixed.zip");
    let (i, o) = (input.to_str().expect("path"), output.to_str().expect("path"));
    let dry = cli(&["fix", i, "-o", o, "--dry-run", "--keep", "*.log"]);
    assert!(dry.status.success(), "{}", text(&dry));
    assert!(!output.exists(), "--dry-run wrote the zip");
    assert!(text(&dry).contains("Would write") && text(&dry).contains("Kept debug.log"), "{}", text(&dry));

    let json = cli(&["fix", i, "-o", o, "--keep", "*.log", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["schema"], "amo-preflight.fix/1");
    assert_eq!(v["written"], true);
    assert_eq!(v["sha256"].as_str().map(str::len), Some(64));
    let changes = v["changes"].as_array().expect("changes");
    let kind_of = |path: &str| changes.iter().find(|c| c["path"] == path).map(|c| c["kind"].clone());
    assert_eq!(kind_of("debug.log"), Some("kept".into()));
    assert_eq!(kind_of(".DS_Store"), Some("left-out".into()));
    assert_eq!(kind_of("templates/event.twig"), Some("reencoded".into()));
    assert_eq!(kind_of("images/old_banner.png"), Some("left-out".into()));
    assert_eq!(v["after"]["schema"], "amo-preflight.report/1");
    assert!(entries(&output).contains_key("debug.log"));
}

/// A file a name built at run time may load stays: the load graph cannot prove it unused.
#[test]
fn a_file_that_may_be_loaded_by_name_stays() {
    let dir = tempfile::tempdir().expect("temp");
    let f = Fixture::clean();
    f.write("images/old_banner.png", png(600, 200));
    f.write("script.js", "define([window.acmeBase + '/widget.js'], function (w) { return w; });\n");
    let output = dir.path().join("fixed.zip");
    let out = cli(&["fix", f.path().to_str().expect("path"), "-o", output.to_str().expect("path")]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(entries(&output).contains_key("images/old_banner.png"), "{}", text(&out));
}

#[test]
fn the_summary_speaks_the_asked_language() {
    let dir = tempfile::tempdir().expect("temp");
    let input = messy_zip(dir.path());
    let output = dir.path().join("fixed.zip");
    let out = cli(&["fix", input.to_str().expect("path"), "-o", output.to_str().expect("path"), "--lang", "ru"]);
    let said = text(&out);
    assert!(said.contains("Записан") && said.contains("Не включён .DS_Store"), "{said}");
}

/// A real image of the size, in the format, with a drawing in it (not one flat colour).
fn picture(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let img =
        image::RgbaImage::from_fn(width, height, |x, y| image::Rgba([(x % 256) as u8, (y % 256) as u8, 128, 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    match format {
        image::ImageFormat::Jpeg => image::DynamicImage::ImageRgba8(img).to_rgb8().write_to(&mut out, format),
        _ => img.write_to(&mut out, format),
    }
    .expect("encode");
    out.into_inner()
}

fn status_of<'a>(report: &'a serde_json::Value, rule: &str) -> Vec<&'a serde_json::Value> {
    report["results"].as_array().expect("results").iter().filter(|r| r["rule"] == rule).map(|r| &r["status"]).collect()
}

#[test]
fn images_are_made_to_the_marketplace_sizes_and_broken_ones_are_left() {
    use image::ImageFormat::{Jpeg, Png};
    let dir = tempfile::tempdir().expect("temp");
    let f = Fixture::clean();
    f.write("images/logo_main.png", picture(800, 544, Png)); // twice the size
    f.write("images/logo.png", picture(130, 100, Jpeg)); // a JPEG named .png
    f.remove("images/logo_medium.png"); // missing
    f.write("images/logo_small.png", png(100_000, 100_000)); // a header no one should decode
    let manifest = f.read("manifest.json");
    let slide = manifest.split("\"/images/").nth(1).and_then(|s| s.split('"').next()).expect("a slide").to_string();
    f.write(&format!("images/{slide}"), picture(2376, 1232, Png));
    let output = dir.path().join("fixed.zip");
    let out = cli(&["fix", f.path().to_str().expect("path"), "-o", output.to_str().expect("path")]);
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("images/logo_main.png: resized from 800×544 to 400×272"), "{said}");
    assert!(said.contains("images/logo.png: saved as PNG"), "{said}");
    assert!(
        said.contains("images/logo_medium.png: generated from images/logo_main.png: check it looks right"),
        "{said}"
    );
    assert!(said.contains("images/logo_small.png is copied as it is") && said.contains("too large to open"), "{said}");
    assert!(said.contains(&format!("images/{slide}: resized from 2376×1232 to 1188×616")), "{said}");
    let files = entries(&output);
    let size = |p: &str| {
        let img = image::load_from_memory(&files[p]).expect("decodes");
        (img.width(), img.height(), image::guess_format(&files[p]).expect("format"))
    };
    assert_eq!(size("images/logo_main.png"), (400, 272, Png));
    assert_eq!(size("images/logo.png"), (130, 100, Png));
    assert_eq!(size("images/logo_medium.png"), (240, 84, Png));
    assert_eq!(size(&format!("images/{slide}")), (1188, 616, Png));
    assert_eq!(files["images/logo_small.png"], png(100_000, 100_000), "the broken header was touched");
    let check = cli(&["check", output.to_str().expect("path"), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).expect("json");
    assert!(
        status_of(&report, "images.branding-files").iter().all(|s| *s == "pass"),
        "{:?}",
        status_of(&report, "images.branding-files")
    );
    assert!(status_of(&report, "images.branding-format").iter().all(|s| *s == "pass"));
    assert!(status_of(&report, "images.slideshow-size").iter().all(|s| *s == "pass"));
}

/// On amoCRM a JPEG slide becomes a PNG, and the manifest names the new file; Kommo takes it as
/// it is.
#[test]
fn a_jpeg_slide_becomes_png_on_amocrm_and_the_manifest_follows() {
    use image::ImageFormat::Jpeg;
    let f = Fixture::clean();
    let manifest = f.read("manifest.json");
    let slide = manifest.split("\"/images/").nth(1).and_then(|s| s.split('"').next()).expect("a slide").to_string();
    let jpg = slide.replace(".png", ".jpg");
    f.remove(&format!("images/{slide}"));
    f.write(&format!("images/{jpg}"), picture(1188, 616, Jpeg));
    f.write("manifest.json", manifest.replace(&format!("/images/{slide}"), &format!("/images/{jpg}")));
    for (marketplace, kept) in [("amocrm", slide.as_str()), ("kommo", jpg.as_str())] {
        let dir = tempfile::tempdir().expect("temp");
        let output = dir.path().join("fixed.zip");
        let out = cli(&[
            "fix",
            f.path().to_str().expect("path"),
            "-o",
            output.to_str().expect("path"),
            "--marketplace",
            marketplace,
        ]);
        assert!(out.status.success(), "{}", text(&out));
        let files = entries(&output);
        assert!(files.contains_key(&format!("images/{kept}")), "{marketplace}: {:?}", files.keys());
        let manifest = String::from_utf8(files["manifest.json"].clone()).expect("utf-8");
        assert!(manifest.contains(&format!("\"/images/{kept}\"")), "{marketplace}: {manifest}");
    }
}

/// A widget that lists its main logo as a slide (seen in real widgets): the logo keeps its size,
/// and the slide is reported for a person.
#[test]
fn a_logo_listed_as_a_slide_stays_a_logo() {
    let f = Fixture::clean();
    let manifest = f.read("manifest.json");
    // Listed in two languages (seen in a real widget: in three), it is said once.
    let manifest = manifest.replacen("/images/tour_1_en.png", "/images/logo_main.png", 1);
    f.write("manifest.json", manifest.replacen("/images/tour_1_es.png", "/images/logo_main.png", 1));
    let dir = tempfile::tempdir().expect("temp");
    let output = dir.path().join("fixed.zip");
    let out = cli(&["fix", f.path().to_str().expect("path"), "-o", output.to_str().expect("path")]);
    let said = text(&out);
    assert_eq!(
        said.matches("images/logo_main.png is copied as it is: it is also a branding image").count(),
        1,
        "{said}"
    );
    let logo = image::load_from_memory(&entries(&output)["images/logo_main.png"]).expect("decodes");
    assert_eq!((logo.width(), logo.height()), (400, 272));
}

/// A new wording typed in the app goes into its language file, and only that string changes.
#[test]
fn a_new_wording_replaces_only_its_string() {
    use amo_preflight::fix::wording::Wording;
    use amo_preflight::rules::listing::Listing;
    let f = Fixture::clean();
    let before = f.read("i18n/en.json");
    let name = serde_json::from_str::<serde_json::Value>(&before).expect("json")["widget"]["name"]
        .as_str()
        .expect("a name")
        .to_string();
    let dir = tempfile::tempdir().expect("temp");
    let output = dir.path().join("fixed.zip");
    let wording = Wording { lang: "en".into(), listing: Listing::Name, text: "Meetings \"now\" via Acme".into() };
    let fixed = amo_preflight::fix::fix(f.path(), &output, &Default::default(), &[], &[wording]).expect("fixed");
    let said: Vec<String> = fixed.plan.changes.iter().map(|c| c.describe(amo_preflight::i18n::Lang::En)).collect();
    assert!(said.contains(&"i18n/en.json: new wording of widget.name.".to_string()), "{said:?}");
    let after = String::from_utf8(fixed.plan.files["i18n/en.json"].clone()).expect("utf-8");
    let expected = before.replacen(&format!("\"{name}\""), "\"Meetings \\\"now\\\" via Acme\"", 1);
    assert_eq!(after, expected, "more than the string changed");
    assert_eq!(fixed.plan.files["i18n/es.json"], f.read("i18n/es.json").into_bytes(), "another language changed");
    let name_result =
        fixed.after.results.iter().find(|r| r.rule == "content.name-via" && r.lang.as_deref() == Some("en"));
    assert_eq!(name_result.map(|r| r.status), Some(amo_preflight::rules::Status::Pass));
}

/// A logo of its exact size that is pure noise weighs more than the marketplace takes even
/// compressed losslessly: it is reduced to 256 colours and said so.
#[test]
fn a_heavy_logo_is_brought_under_the_weight_limit() {
    let mut seed = 2_463_534_242u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let noise = image::RgbaImage::from_fn(400, 272, |_, _| image::Rgba(next().to_le_bytes()));
    let mut heavy = std::io::Cursor::new(Vec::new());
    noise.write_to(&mut heavy, image::ImageFormat::Png).expect("encode");
    assert!(heavy.get_ref().len() > 300 * 1024, "the fixture is not heavy: {}", heavy.get_ref().len());
    let f = Fixture::clean();
    f.write("images/logo_main.png", heavy.into_inner());
    let dir = tempfile::tempdir().expect("temp");
    let output = dir.path().join("fixed.zip");
    let out = cli(&["fix", f.path().to_str().expect("path"), "-o", output.to_str().expect("path")]);
    let said = text(&out);
    assert!(said.contains("images/logo_main.png: reduced to 256 colours to weigh under 300 KB"), "{said}");
    let logo = &entries(&output)["images/logo_main.png"];
    assert!(logo.len() <= 300 * 1024, "{} bytes", logo.len());
    let img = image::load_from_memory(logo).expect("decodes");
    assert_eq!((img.width(), img.height()), (400, 272));
}

/// Hostile files inside a widget: a zip bomb, a PNG whose data is broken, and a PNG header of
/// 100000×100000. None is decoded or inflated in full; each is left as it is (the bomb, never
/// read, stays out) and said, and the rest of the widget is fixed.
#[test]
fn hostile_files_are_left_unfixed_and_reported() {
    use std::io::Write;
    let f = Fixture::clean();
    let mut broken = png(400, 272);
    let half = broken.len() / 2;
    broken.truncate(half);
    f.write("images/logo_main.png", &broken);
    f.write("images/logo_small.png", png(100_000, 100_000));
    let script = f.read("script.js");
    f.write("script.js", format!("\u{feff}{script}"));
    let dir = tempfile::tempdir().expect("temp");
    let input = dir.path().join("widget.zip");
    zip_folder(f.path(), "", &input);
    let mut zip =
        zip::ZipWriter::new_append(std::fs::File::options().read(true).write(true).open(&input).expect("zip"))
            .expect("append");
    let deflated = zip::write::SimpleFileOptions::default().compression_level(Some(9));
    zip.start_file("assets/zeros.bin", deflated).expect("entry");
    let chunk = vec![0u8; 1 << 20];
    for _ in 0..32 {
        zip.write_all(&chunk).expect("write");
    }
    zip.finish().expect("finish");
    assert!(std::fs::metadata(&input).expect("zip").len() < 1 << 20, "the bomb itself is small");

    let output = dir.path().join("fixed.zip");
    let out = cli(&["fix", input.to_str().expect("path"), "-o", output.to_str().expect("path")]);
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("Left out assets/zeros.bin"), "{said}");
    assert!(said.contains("images/logo_main.png is copied as it is"), "{said}");
    assert!(said.contains("images/logo_small.png is copied as it is") && said.contains("too large to open"), "{said}");
    assert!(said.contains("script.js: byte order mark removed"), "{said}");
    let files = entries(&output);
    assert!(!files.contains_key("assets/zeros.bin"), "{:?}", files.keys());
    assert_eq!(files["images/logo_main.png"], broken, "the broken PNG was touched");
    assert_eq!(files["images/logo_small.png"], png(100_000, 100_000), "the huge header was touched");
}

/// A missing logo made from a much smaller one says it was enlarged (seen in real widgets: a
/// main logo generated from the 130×100 one).
#[test]
fn a_logo_generated_from_a_small_one_says_it_was_enlarged() {
    let f = Fixture::clean();
    f.remove("images/logo_main.png");
    f.remove("images/logo_medium.png");
    let dir = tempfile::tempdir().expect("temp");
    let output = dir.path().join("fixed.zip");
    let out = cli(&["fix", f.path().to_str().expect("path"), "-o", output.to_str().expect("path")]);
    let said = text(&out);
    assert!(
        said.contains(
            "images/logo_main.png: generated from images/logo.png: check it looks right; resized from 130×100 to \
             400×272, enlarged 2.7×: check it is not blurred."
        ),
        "{said}"
    );
    assert!(said.contains("images/logo_medium.png: generated from images/logo.png: check it looks right."), "{said}");
}

/// A slide that several languages list is one file: it is made right and said once.
#[test]
fn a_slide_listed_by_several_languages_is_fixed_once() {
    use image::ImageFormat::Png;
    let f = Fixture::clean();
    let manifest = f.read("manifest.json");
    f.write("manifest.json", manifest.replacen("/images/tour_1_es.png", "/images/tour_1_en.png", 1));
    f.write("images/tour_1_en.png", picture(2376, 1232, Png));
    let dir = tempfile::tempdir().expect("temp");
    let output = dir.path().join("fixed.zip");
    let out = cli(&["fix", f.path().to_str().expect("path"), "-o", output.to_str().expect("path")]);
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("- images/tour_1_en.png: resized from 2376×1232 to 1188×616."), "{said}");
    assert_eq!(said.matches("- images/tour_1_en.png").count(), 1, "{said}");
}
