//! images.*: branding images (presence, real PNG, exact size, weight), the digital pipeline logo,
//! and the slideshow per language.

mod common;

use amo_preflight::rules::Status;
use amo_preflight::rules::profile::Marketplace;
use common::*;
use serde_json::json;

#[test]
fn clean_branding_passes() {
    let report = Fixture::clean().check_for(Marketplace::Kommo);
    for rule in ["images.branding-files", "images.branding-format", "images.branding-size", "images.branding-weight"] {
        assert_eq!(status(&report, rule, None), Status::Pass, "{rule}");
    }
    // One size result per branding image.
    assert_eq!(results(&report, "images.branding-size", None).len(), 5);
    assert_eq!(status(&report, "images.dp-logo", None), Status::Na);
    assert_eq!(status(&report, "images.partner-logos", None), Status::Manual);
}

#[test]
fn a_root_logo_warns_on_amocrm_and_fails_on_kommo_and_a_left_over_copy_warns() {
    let f = Fixture::clean();
    f.remove("images/logo.png");
    f.write("logo.png", png(130, 100));
    let amocrm = f.check();
    let r = one(&amocrm, "images.branding-files", None, Status::Warn);
    assert!(r.message.contains("logo.png is at the widget root") && r.message.contains("images/"), "{}", r.message);
    assert_eq!(r.locations[0].file, "logo.png");
    // The logo at the root is still the one measured.
    assert_eq!(status(&amocrm, "images.branding-size", None), Status::Pass);
    let kommo = f.check_for(Marketplace::Kommo);
    one(&kommo, "images.branding-files", None, Status::Fail);
    // Back in images/, the copy at the root is named as left over, not as the logo.
    f.write("images/logo.png", png(130, 100));
    let r = f.check_for(Marketplace::Kommo);
    let r = one(&r, "images.branding-files", None, Status::Warn);
    assert!(r.message.contains("logo.png is both in images/ and at the widget root"), "{}", r.message);
    assert!(r.help.contains("Delete logo.png at the widget root"), "{}", r.help);
}

#[test]
fn missing_logo_fails() {
    let f = Fixture::clean();
    f.remove("images/logo_medium.png");
    let report = f.check();
    let r = one(&report, "images.branding-files", None, Status::Fail);
    assert!(r.message.contains("logo_medium.png"), "{}", r.message);
    assert!(r.help.contains("logo_medium.png 240×84"), "{}", r.help);
}

#[test]
fn format_is_judged_by_signature_not_name() {
    let f = Fixture::clean();
    // A JPEG header saved as logo.png.
    f.write(
        "images/logo.png",
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x64, 0x00, 0x82, 0x03],
    );
    let report = f.check();
    let r = one(&report, "images.branding-format", None, Status::Fail);
    assert!(r.message.contains("images/logo.png is a JPEG file"), "{}", r.message);
    assert_at(r, "images/logo.png", None);
    // Its size (130×100) is right, read from the JPEG header.
    let sizes = results(&report, "images.branding-size", None);
    assert!(sizes.iter().all(|r| r.status == Status::Pass));
}

#[test]
fn one_size_result_per_file_with_actual_and_expected() {
    let f = Fixture::clean();
    f.write("images/logo_main.png", png(400, 270));
    let report = f.check();
    let r = one(&report, "images.branding-size", None, Status::Fail);
    assert_eq!(r.message, "images/logo_main.png is 400×270; logo_main.png must be 400×272.");
    assert_at(r, "images/logo_main.png", None);
    assert_eq!(results(&report, "images.branding-size", None).iter().filter(|r| r.status == Status::Pass).count(), 4);
}

#[test]
fn a_huge_claimed_size_is_read_from_the_header_only() {
    let f = Fixture::clean();
    f.write("images/logo_min.png", png(100_000, 100_000));
    let report = f.check();
    let r = one(&report, "images.branding-size", None, Status::Fail);
    assert!(r.message.contains("100000×100000"), "{}", r.message);
}

#[test]
fn weight_limit_holds_on_both_marketplaces() {
    let f = Fixture::clean();
    let mut heavy = png(130, 100);
    heavy.resize(301 * 1024, 0);
    f.write("images/logo.png", heavy);
    for marketplace in Marketplace::ALL {
        let r = f.check_for(marketplace);
        let r = one(&r, "images.branding-weight", None, Status::Fail);
        assert!(r.message.contains("images/logo.png (301 KB)"), "{marketplace:?}: {}", r.message);
    }
}

#[test]
fn dp_logo_needed_with_digital_pipeline() {
    let f = Fixture::clean();
    f.edit_json("manifest.json", |v| {
        v["locations"].as_array_mut().expect("array").push(json!("digital_pipeline"));
        v["dp"] = json!({"settings": {}, "action_multiple": false});
    });
    let report = f.check();
    let r = one(&report, "images.dp-logo", None, Status::Fail);
    assert!(r.message.contains("logo_dp.png is missing"), "{}", r.message);
    f.write("images/logo_dp.png", png(170, 109));
    let r = f.check();
    let r = one(&r, "images.dp-logo", None, Status::Fail);
    assert!(r.message.contains("170×109; it must be 174×109"), "{}", r.message);
    f.write("images/logo_dp.png", png(174, 109));
    assert_eq!(status(&f.check(), "images.dp-logo", None), Status::Pass);
}

#[test]
fn slideshow_per_language() {
    let f = Fixture::clean();
    f.edit_json("manifest.json", |v| {
        v["tour"]["tour_images"]["es"] = json!(["/images/tour_1_es.png", "/images/nope.png"]);
        v["tour"]["tour_images"]["pt"] = json!([]);
    });
    f.write("images/tour_2_en.png", png(1200, 600));
    let report = f.check();
    let r = one(&report, "images.slideshow-files", Some("es"), Status::Fail);
    assert!(r.message.contains("images/nope.png"), "{}", r.message);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "/images/nope.png")));
    assert_eq!(status(&report, "images.slideshow-files", Some("en")), Status::Pass);
    assert_eq!(status(&report, "images.slideshow-count", Some("pt")), Status::Fail);
    assert_eq!(status(&report, "images.slideshow-count", Some("es")), Status::Pass);
    assert_eq!(status(&report, "images.slideshow-files", Some("pt")), Status::Na);
    let r = one(&report, "images.slideshow-size", Some("en"), Status::Fail);
    assert!(r.message.contains("images/tour_2_en.png is 1200×600"), "{}", r.message);
    assert_eq!(status(&report, "images.slideshow-size", Some("es")), Status::Pass);
    assert_eq!(status(&report, "images.slideshow-quality", Some("en")), Status::Manual);
    assert_eq!(status(&report, "images.no-foreign-words", Some("pt")), Status::Na);
}

#[test]
fn slideshow_count_limits_and_format() {
    let f = Fixture::clean();
    let six: Vec<String> = (1..=6).map(|i| format!("/images/s{i}.png")).collect();
    for i in 1..=6 {
        f.write(&format!("images/s{i}.png"), png(1188, 616));
    }
    f.write(
        "images/s1.jpg",
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x68, 0x04, 0xA4, 0x03],
    );
    f.edit_json("manifest.json", |v| {
        v["tour"]["tour_images"]["en"] = json!(six);
        v["tour"]["tour_images"]["es"] = json!(["/images/s1.jpg"]);
    });
    let report = f.check();
    let r = one(&report, "images.slideshow-count", Some("en"), Status::Fail);
    assert!(r.message.contains("6 slideshow images"), "{}", r.message);
    let r = one(&report, "images.slideshow-format", Some("es"), Status::Fail);
    assert!(r.message.contains("images/s1.jpg is a JPEG file"), "{}", r.message);
    assert_eq!(status(&report, "images.slideshow-size", Some("es")), Status::Pass);
    assert_eq!(status(&report, "images.slideshow-format", Some("en")), Status::Pass);

    f.edit_json("manifest.json", |v| {
        v.as_object_mut().expect("object").remove("tour");
    });
    let report = f.check();
    for lang in ["en", "es", "pt"] {
        assert_eq!(status(&report, "images.slideshow-count", Some(lang)), Status::Fail);
    }
}
