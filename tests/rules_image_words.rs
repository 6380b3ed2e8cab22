//! images.no-foreign-words with the image-reading stage: slides and logos drawn with words are
//! read by the real Tesseract (CI installs it with its eng, rus, spa and por data) and judged
//! per language; without Tesseract the rule is checked by hand and says how to install it.

mod common;

use std::path::PathBuf;
use std::sync::LazyLock;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use amo_preflight::CheckOptions;
use amo_preflight::cache::DiskCache;
use amo_preflight::ocr::OcrOptions;
use amo_preflight::report::{ImageReading, Report};
use amo_preflight::rules::Status;
use common::slides::with_words;
use common::*;
use serde_json::json;

const RULE: &str = "images.no-foreign-words";

/// One cache for the whole file: the example's logos are read once, and a reading is keyed by
/// the image's bytes, so tests cannot see each other's slides.
static CACHE: LazyLock<tempfile::TempDir> = LazyLock::new(|| tempfile::tempdir().expect("temp dir"));

fn reading(program: &str) -> OcrOptions {
    OcrOptions {
        program: PathBuf::from(program),
        cache: Some(DiskCache::new(CACHE.path(), Duration::MAX)),
        ..OcrOptions::default()
    }
}

fn check_with(f: &Fixture, ocr: OcrOptions) -> Report {
    let options = CheckOptions { ocr: Some(ocr), ..CheckOptions::default() };
    amo_preflight::check_path_with(f.path(), &options, &|_, _, _| {}, &AtomicBool::new(false)).expect("a widget").1
}

fn check(f: &Fixture) -> Report {
    let report = check_with(f, reading("tesseract"));
    assert!(
        matches!(report.ocr, ImageReading::Read { .. }),
        "these tests need Tesseract with eng, rus, spa and por data (apt install tesseract-ocr \
         tesseract-ocr-rus tesseract-ocr-spa tesseract-ocr-por): {:?}",
        report.ocr
    );
    report
}

/// The clean example with one slide per language, drawn with these words.
fn with_slides(slides: &[(&str, &[&str])]) -> Fixture {
    let f = Fixture::clean();
    let mut listed = serde_json::Map::new();
    for (lang, lines) in slides {
        let path = format!("images/words_{lang}.png");
        f.write(&path, with_words((1188, 616), lines));
        listed.insert(lang.to_string(), json!([path]));
    }
    f.edit_json("manifest.json", |m| m["tour"]["tour_images"] = serde_json::Value::Object(listed));
    f
}

#[test]
fn russian_words_in_an_english_slide_fail_with_the_words_and_their_box() {
    let f = with_slides(&[
        ("en", &["Sync every calendar", "Настройки виджета"]),
        ("es", &["Sincroniza tus calendarios"]),
        ("pt", &["Sincronize seus calendários"]),
    ]);
    let report = check(&f);
    let r = one(&report, RULE, Some("en"), Status::Fail);
    assert!(r.message.contains("images/words_en.png") && r.message.contains("Настройки виджета"), "{}", r.message);
    assert!(!r.message.contains("Sync every"), "only the Russian line: {}", r.message);
    let at = r.locations.iter().find(|l| l.file == "images/words_en.png").expect("the slide");
    let region = at.region.expect("the line's box");
    // The second line is drawn from y≈155 to y≈200; its box must hold it, not the whole slide.
    assert!(region.y > 110 && region.y < 200 && region.height < 90, "{region:?}");
    assert_eq!(status(&report, RULE, Some("es")), Status::Pass);
    assert_eq!(status(&report, RULE, Some("pt")), Status::Pass);
    // The lines read are in the report, with each image.
    let slide = report.images.iter().find(|i| i.file == "images/words_en.png").expect("image");
    let lines = slide.lines.as_ref().expect("read");
    assert!(lines.iter().any(|l| l.text.contains("calendar")), "{lines:?}");
}

#[test]
fn words_in_the_slideshow_language_pass() {
    let f = with_slides(&[
        ("en", &["Sync every calendar in seconds", "Your next events, in the lead card"]),
        ("es", &["Tus próximos eventos, en la ficha del cliente"]),
        ("pt", &["Seus próximos eventos, no cartão do cliente"]),
    ]);
    let report = check(&f);
    for lang in ["en", "es", "pt"] {
        let r = one(&report, RULE, Some(lang), Status::Pass);
        assert!(r.message.contains("Every line read") && r.message.contains("lines read: "), "{lang}: {}", r.message);
    }
}

#[test]
fn a_spanish_slide_with_an_english_brand_name_passes() {
    let f = with_slides(&[
        ("en", &["Sync every calendar"]),
        ("es", &["Conecta Google Calendar y WhatsApp", "con Acme en segundos"]),
        ("pt", &["Sincronize seus calendários"]),
    ]);
    let report = check(&f);
    assert_eq!(status(&report, RULE, Some("es")), Status::Pass, "{:?}", results(&report, RULE, Some("es")));
}

#[test]
fn an_english_sentence_in_a_spanish_slide_warns() {
    let f = with_slides(&[
        ("en", &["Sync every calendar"]),
        ("es", &["Choose the calendar you want to share with your team"]),
        ("pt", &["Sincronize seus calendários"]),
    ]);
    let report = check(&f);
    let r = one(&report, RULE, Some("es"), Status::Warn);
    assert!(r.message.contains("English") && r.message.contains("calendar"), "{}", r.message);
}

#[test]
fn a_blank_slide_passes() {
    let f = with_slides(&[("en", &[]), ("es", &[]), ("pt", &[])]);
    let report = check(&f);
    let r = one(&report, RULE, Some("en"), Status::Pass);
    assert!(r.message.contains("No words were found"), "{}", r.message);
}

#[test]
fn a_logo_with_russian_words_warns_in_every_latin_language_and_never_fails() {
    let f = with_slides(&[("en", &["Sync every calendar"]), ("es", &["Sincroniza"]), ("pt", &["Sincronize"])]);
    f.write("images/logo_main.png", with_words((400, 272), &["Календарь"]));
    let report = check(&f);
    for lang in ["en", "es", "pt"] {
        let r = one(&report, RULE, Some(lang), Status::Warn);
        assert!(r.message.contains("logo_main.png is shown in every language"), "{}", r.message);
        assert!(r.message.contains("Календарь"), "{}", r.message);
    }
}

#[test]
fn without_tesseract_the_rule_is_manual_and_says_how_to_install_it() {
    let f = with_slides(&[("en", &["Sync every calendar"]), ("es", &["Sincroniza"]), ("pt", &["Sincronize"])]);
    let report = check_with(&f, reading("/nonexistent/tesseract"));
    let ImageReading::Missing { packages } = &report.ocr else { panic!("{:?}", report.ocr) };
    assert_eq!(packages.first().map(String::as_str), Some("tesseract-ocr"));
    for package in ["tesseract-ocr-eng", "tesseract-ocr-rus", "tesseract-ocr-spa", "tesseract-ocr-por"] {
        assert!(packages.iter().any(|p| p == package), "{package}: {packages:?}");
    }
    for lang in ["en", "es", "pt"] {
        let r = one(&report, RULE, Some(lang), Status::Manual);
        assert!(r.help.contains("sudo apt install tesseract-ocr tesseract-ocr-"), "{}", r.help);
        assert!(r.evidence.iter().any(|e| e.value.starts_with(&format!("images/words_{lang}.png"))));
    }
}

#[test]
fn a_second_check_reads_every_image_from_the_cache() {
    let f = with_slides(&[("en", &["Sync every calendar"]), ("es", &["Sincroniza"]), ("pt", &["Sincronize"])]);
    let first = check(&f);
    let cached = check_with(&f, OcrOptions { only_cached: true, ..reading("tesseract") });
    assert_eq!(cached.ocr.pending(), 0, "{:?}", cached.ocr);
    assert_eq!(
        results(&first, RULE, Some("en")).iter().map(|r| &r.message).collect::<Vec<_>>(),
        results(&cached, RULE, Some("en")).iter().map(|r| &r.message).collect::<Vec<_>>()
    );
    // An image never read is pending, not judged.
    f.write("images/words_en.png", with_words((1188, 616), &["Something new"]));
    let pending = check_with(&f, OcrOptions { only_cached: true, ..reading("tesseract") });
    assert_eq!(pending.ocr.pending(), 1);
    let r = one(&pending, RULE, Some("en"), Status::Manual);
    assert!(r.message.contains("Reading the words in 1 image"), "{}", r.message);
}

#[test]
fn a_bug_in_the_image_reading_stage_is_one_internal_error_and_the_rule_is_checked_by_hand() {
    let f = with_slides(&[("en", &["Sync every calendar"]), ("es", &["Sincroniza"]), ("pt", &["Sincronize"])]);
    let cache = tempfile::tempdir().expect("cache");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_amo-preflight"));
    command
        .args(["check", &f.path().display().to_string(), "--format", "json", "--no-review"])
        .env(amo_preflight::rules::INJECT_PANIC_VAR, "image-reading")
        .env_remove(amo_preflight::ocr::PROGRAM_VAR)
        .env("XDG_CACHE_HOME", cache.path());
    let out = command.output().expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    let results = json["results"].as_array().expect("results");
    let of = |rule: &str| results.iter().filter(|r| r["rule"] == rule).collect::<Vec<_>>();
    let errors = of("internal.error");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["status"], "fail");
    assert!(errors[0]["message"].as_str().is_some_and(|m| m.contains("image-reading")), "{:?}", errors[0]);
    assert!(of(RULE).iter().all(|r| r["status"] == "manual"), "{:?}", of(RULE));
}

#[test]
fn a_logo_listed_as_a_slide_is_judged_once_as_a_slide() {
    let f = with_slides(&[("es", &["Sincroniza"]), ("pt", &["Sincronize"])]);
    f.write("images/logo_main.png", with_words((400, 272), &["Звонки"]));
    f.edit_json("manifest.json", |m| m["tour"]["tour_images"]["en"] = json!(["images/logo_main.png"]));
    let report = check(&f);
    let en = results(&report, RULE, Some("en"));
    assert_eq!(en.len(), 1, "{en:?}");
    assert!(matches!(en[0].status, Status::Fail | Status::Warn), "{}", en[0].message);
    assert!(
        en[0].message.contains("Звонки") && !en[0].message.contains("shown in every language"),
        "{}",
        en[0].message
    );
}
