//! images.*: the branding images, the digital pipeline logo and the slideshow of each language.

use amo_preflight::rules::Status::*;
use serde_json::json;

use super::{At, Case, add_location, edit_manifest, file, line};
use crate::common::{Fixture, jpeg, png};

/// Puts the widget in the digital pipeline, with its dp block.
fn in_digital_pipeline(f: &Fixture) {
    add_location(f, "digital_pipeline", &[("dp", json!({"settings": {}, "action_multiple": false}))]);
}

/// A branding logo.png (130×100) padded to `bytes`.
fn logo_of(f: &Fixture, bytes: usize) {
    let mut heavy = png(130, 100);
    heavy.resize(bytes, 0);
    f.write("images/logo.png", heavy);
}

/// Moves logo_medium.png from images/ to the widget root.
fn logo_medium_at_root(f: &Fixture) {
    f.remove("images/logo_medium.png");
    f.write("logo_medium.png", png(240, 84));
}

/// Sets the slideshow of a language.
fn slides(f: &Fixture, lang: &str, paths: serde_json::Value) {
    edit_manifest(f, |v| v["tour"]["tour_images"][lang] = paths);
}

pub fn cases() -> Vec<Case> {
    vec![
        // A missing file has no place to point at.
        Case::broken("images.branding-files", Fail, At::Nowhere, "logo_medium.png is missing").edit(|f| {
            f.remove("images/logo_medium.png");
        }),
        Case::kept("images.branding-files", "all five logos in images/"),
        Case::broken(
            "images.branding-files",
            Warn,
            file("logo_medium.png"),
            "logo_medium.png at the widget root on amoCRM, whose checklist shows it there but whose structure page puts it in images/",
        )
        .edit(logo_medium_at_root),
        Case::broken(
            "images.branding-files",
            Fail,
            file("logo_medium.png"),
            "logo_medium.png at the widget root on Kommo, whose documentation requires images/",
        )
        .kommo()
        .edit(logo_medium_at_root),
        Case::kept("images.branding-files", "all five logos in images/ on Kommo").kommo(),
        Case::broken(
            "images.branding-files",
            Warn,
            file("logo_medium.png"),
            "logo_medium.png in images/ and a left-over copy at the widget root, on Kommo",
        )
        .kommo()
        .edit(|f| {
            f.write("logo_medium.png", png(240, 84));
        }),
        Case::broken("images.branding-format", Fail, file("images/logo.png"), "a JPEG named logo.png").edit(|f| {
            f.write("images/logo.png", jpeg(130, 100));
        }),
        Case::kept("images.branding-format", "a real PNG of the same size").edit(|f| {
            f.write("images/logo.png", png(130, 100));
        }),
        Case::broken("images.branding-size", Fail, file("images/logo_main.png"), "logo_main.png is 400×270").edit(
            |f| {
                f.write("images/logo_main.png", png(400, 270));
            },
        ),
        Case::kept("images.branding-size", "logo_main.png is 400×272").edit(|f| {
            f.write("images/logo_main.png", png(400, 272));
        }),
        Case::broken("images.branding-weight", Fail, file("images/logo.png"), "logo.png weighs 301 KB")
            .kommo()
            .edit(|f| logo_of(f, 301 * 1024)),
        Case::kept("images.branding-weight", "logo.png weighs exactly 300 KB").kommo().edit(|f| logo_of(f, 300 * 1024)),
        Case::broken(
            "images.branding-weight",
            Fail,
            file("images/logo.png"),
            "the same 301 KB logo on amoCRM, whose structure page sets the same limit",
        )
        .edit(|f| logo_of(f, 301 * 1024)),
        Case::kept("images.branding-weight", "logo.png weighs exactly 300 KB on amoCRM").edit(|f| logo_of(f, 300 * 1024)),
        Case::broken("images.dp-logo", Fail, file("images/logo_dp.png"), "logo_dp.png is 170×109").edit(|f| {
            in_digital_pipeline(f);
            f.write("images/logo_dp.png", png(170, 109));
        }),
        Case::broken("images.dp-logo", Fail, line("manifest.json", "\"locations\""), "logo_dp.png is missing")
            .edit(in_digital_pipeline),
        Case::kept("images.dp-logo", "logo_dp.png is 174×109").edit(|f| {
            in_digital_pipeline(f);
            f.write("images/logo_dp.png", png(174, 109));
        }),
        Case::na("images.dp-logo", "not in the digital pipeline"),
        Case::broken(
            "images.partner-logos",
            Manual,
            file("images/logo_main.png"),
            "a person looks at the two main logos",
        ),
        Case::na("images.partner-logos", "the image rules stopped on an internal error").panic_in("images").no_pass(
            "only a person can see whether the logos show both apps, on every \
            widget; the one na is when the image rules could not run",
        ),
        Case::broken("images.slideshow-count", Fail, line("manifest.json", "\"pt\": []"), "no slides for pt")
            .lang("pt")
            .edit(|f| slides(f, "pt", json!([]))),
        Case::broken("images.slideshow-count", Fail, line("manifest.json", "\"en\": ["), "six slides for en")
            .lang("en")
            .edit(|f| {
                for i in 3..=6 {
                    f.write(&format!("images/tour_{i}_en.png"), png(1188, 616));
                }
                slides(f, "en", json!((1..=6).map(|i| format!("/images/tour_{i}_en.png")).collect::<Vec<_>>()));
            }),
        Case::kept("images.slideshow-count", "five slides for en").lang("en").edit(|f| {
            for i in 3..=5 {
                f.write(&format!("images/tour_{i}_en.png"), png(1188, 616));
            }
            slides(f, "en", json!((1..=5).map(|i| format!("/images/tour_{i}_en.png")).collect::<Vec<_>>()));
        }),
        Case::broken("images.slideshow-size", Fail, file("images/tour_2_en.png"), "a slide of 1200×600")
            .lang("en")
            .edit(|f| {
                f.write("images/tour_2_en.png", png(1200, 600));
            }),
        Case::kept("images.slideshow-size", "slides of 1188×616").lang("en"),
        Case::broken("images.slideshow-format", Fail, file("images/tour_1_es.png"), "a JPEG of 1188×616 named .png")
            .lang("es")
            .edit(|f| {
                f.write("images/tour_1_es.png", jpeg(1188, 616));
            }),
        Case::kept("images.slideshow-format", "a JPG slide on Kommo, whose own example widget ships JPG")
            .lang("es")
            .kommo()
            .edit(|f| {
                f.write("images/tour_1_es.jpg", jpeg(1188, 616));
                slides(f, "es", json!(["/images/tour_1_es.jpg", "/images/tour_2_es.png"]));
            }),
        Case::broken(
            "images.slideshow-format",
            Fail,
            file("images/tour_1_es.jpg"),
            "the same JPG slide on amoCRM, whose checklist asks for PNG",
        )
        .lang("es")
        .edit(|f| {
            f.write("images/tour_1_es.jpg", jpeg(1188, 616));
            slides(f, "es", json!(["/images/tour_1_es.jpg", "/images/tour_2_es.png"]));
        }),
        Case::kept("images.slideshow-format", "real PNG slides").lang("es"),
        Case::broken(
            "images.slideshow-files",
            Fail,
            line("manifest.json", "/images/nope.png"),
            "a listed slide is missing",
        )
        .lang("es")
        .edit(|f| slides(f, "es", json!(["/images/tour_1_es.png", "/images/nope.png"]))),
        Case::kept("images.slideshow-files", "every listed slide exists").lang("es"),
        Case::broken("images.slideshow-quality", Manual, file("images/tour_1_en.png"), "a person looks at the slides")
            .lang("en"),
        Case::na("images.slideshow-quality", "no slides for en")
            .lang("en")
            .edit(|f| slides(f, "en", json!([])))
            .no_pass(
                "only a person can judge the slides: always manual, na when there are \
                none",
            ),
        Case::broken(
            "images.no-foreign-words",
            Manual,
            file("images/tour_1_es.png"),
            "a person reads the words on the es slides",
        )
        .lang("es"),
        Case::na("images.no-foreign-words", "no slides for es")
            .lang("es")
            .edit(|f| slides(f, "es", json!([])))
            .no_pass(
                "only a person can read the words on images: always manual, na when \
                there are none",
            ),
    ]
}
