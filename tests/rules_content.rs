//! content.*: name, teaser and description per language, and the manual text reviews.

mod common;

use amo_preflight::rules::Status;
use amo_preflight::rules::profile::Marketplace;
use common::*;
use serde_json::json;

fn set(f: &Fixture, lang: &str, key: &str, value: &str) {
    let file = format!("i18n/{lang}.json");
    f.edit_json(&file, |v| v["widget"][key] = json!(value));
}

#[test]
fn name_length_counts_characters_per_language() {
    let f = Fixture::clean();
    // 30 characters but 32 bytes: characters are what counts.
    set(&f, "es", "name", "Calendário de eventos vía Acme");
    let report = f.check();
    assert_eq!(status(&report, "content.name-length", Some("es")), Status::Pass);
    assert_eq!(status(&report, "content.name-length", Some("en")), Status::Pass);

    set(&f, "es", "name", "Calendário de eventos vía Acme!");
    let report = f.check();
    let r = one(&report, "content.name-length", Some("es"), Status::Fail);
    assert!(r.message.contains("31 characters; the limit is 30"), "{}", r.message);
    assert_at(r, "i18n/es.json", Some(f.line_of("i18n/es.json", "Calendário de eventos")));
    assert!(r.help.contains("i18n/es.json (widget.name)"), "{}", r.help);
}

#[test]
fn name_must_name_the_maker_with_via() {
    let f = Fixture::clean();
    set(&f, "en", "name", "Acme Calendar");
    let report = f.check();
    let r = one(&report, "content.name-via", Some("en"), Status::Fail);
    assert_at(r, "i18n/en.json", Some(f.line_of("i18n/en.json", "\"name\": \"Acme Calendar\"")));
    assert_eq!(status(&report, "content.name-via", Some("pt")), Status::Pass);

    // "via" at the end has no maker after it.
    set(&f, "en", "name", "Calendar via");
    assert_eq!(status(&f.check(), "content.name-via", Some("en")), Status::Fail);

    // "by" is Kommo's alternative, not amoCRM's.
    set(&f, "en", "name", "Calendar by Acme");
    assert_eq!(status(&f.check(), "content.name-via", Some("en")), Status::Fail);
    assert_eq!(status(&f.check_for(Marketplace::Kommo), "content.name-via", Some("en")), Status::Pass);
}

#[test]
fn kommo_limits_word_length_and_brand() {
    let f = Fixture::clean();
    set(&f, "pt", "name", "Superintegraçãototal via Kommo");
    let kommo = f.check_for(Marketplace::Kommo);
    let r = one(&kommo, "content.name-word-length", Some("pt"), Status::Fail);
    assert!(r.message.contains("\"Superintegraçãototal\" (20)"), "{}", r.message);
    assert_eq!(status(&kommo, "content.name-brand", Some("pt")), Status::Fail);
    assert_eq!(status(&kommo, "content.name-brand", Some("en")), Status::Pass);
    assert_eq!(status(&kommo, "content.name-word-length", Some("en")), Status::Pass);
    // On amoCRM these rules do not apply.
    let amocrm = f.check();
    assert_eq!(status(&amocrm, "content.name-word-length", Some("pt")), Status::Na);
    assert_eq!(status(&amocrm, "content.name-brand", Some("pt")), Status::Na);
}

#[test]
fn teaser_limit_differs_by_marketplace_and_is_required() {
    let f = Fixture::clean();
    let teaser = "Plan every meeting with clients from the lead card itself"; // 57
    assert_eq!(teaser.chars().count(), 57);
    set(&f, "en", "short_description", teaser);
    assert_eq!(status(&f.check(), "content.teaser-length", Some("en")), Status::Pass);
    let kommo = f.check_for(Marketplace::Kommo);
    let r = one(&kommo, "content.teaser-length", Some("en"), Status::Fail);
    assert!(r.message.contains("57 characters; the limit is 50"), "{}", r.message);

    set(&f, "es", "short_description", "   ");
    let r = one(&f.check(), "content.teaser-length", Some("es"), Status::Fail).clone();
    assert!(r.message.contains("no teaser"), "{}", r.message);
}

#[test]
fn description_length_ignores_tags_and_requires_text() {
    let f = Fixture::clean();
    let words = "Plan meetings. ".repeat(26); // 390 characters of text
    set(&f, "en", "description", &format!("<p><b>{}</b></p>", words.trim_end()));
    assert_eq!(status(&f.check(), "content.description-length", Some("en")), Status::Pass);
    set(&f, "en", "description", &format!("<p>{}</p>", "Plan meetings. ".repeat(27).trim_end()));
    let report = f.check();
    let r = one(&report, "content.description-length", Some("en"), Status::Fail);
    assert!(r.message.contains("404 characters; the limit is 400"), "{}", r.message);
    set(&f, "en", "description", "<p></p>");
    let report = f.check();
    assert_eq!(status(&report, "content.description-length", Some("en")), Status::Fail);
    assert_eq!(status(&report, "content.description-paragraphs", Some("en")), Status::Na);
}

#[test]
fn description_paragraphs_and_jargon() {
    let f = Fixture::clean();
    set(&f, "es", "description", "<p>Uno.</p><p>Dos.</p><p>Tres.</p>");
    set(&f, "en", "description", "Sync your leads through our API and webhook.");
    let report = f.check();
    let r = one(&report, "content.description-paragraphs", Some("es"), Status::Warn);
    assert!(r.message.contains("3 paragraphs"), "{}", r.message);
    assert_eq!(status(&report, "content.description-paragraphs", Some("en")), Status::Pass);
    let r = one(&report, "content.description-friendly", Some("en"), Status::Warn);
    assert!(r.message.contains("API, webhook"), "{}", r.message);
    // No jargon: a human judges the tone, with the text as evidence.
    let r = one(&report, "content.description-friendly", Some("pt"), Status::Manual);
    assert!(!r.evidence.is_empty());
}

#[test]
fn manual_text_reviews_carry_evidence() {
    let report = Fixture::clean().check();
    for lang in ["en", "es", "pt"] {
        for rule in
            ["content.description-plan", "content.description-pricing", "content.ui-copy", "content.error-messages"]
        {
            let r = one(&report, rule, Some(lang), Status::Manual);
            assert!(!r.evidence.is_empty(), "{rule} [{lang}] has no evidence");
        }
    }
    let ui = one(&report, "content.ui-copy", Some("en"), Status::Manual);
    assert!(ui.evidence.iter().all(|e| !e.label.starts_with("widget.name")));
    let errors = one(&report, "content.error-messages", Some("en"), Status::Manual);
    assert!(errors.evidence.iter().any(|e| e.label.starts_with("errors.")), "{:?}", errors.evidence);
}

#[test]
fn a_literal_name_in_the_manifest_is_checked_too() {
    let f = Fixture::clean();
    f.edit_json("manifest.json", |v| v["widget"]["name"] = json!("A very long literal widget name without maker"));
    let report = f.check();
    let r = one(&report, "content.name-length", Some("en"), Status::Fail);
    assert_at(r, "manifest.json", None);
    assert!(r.help.contains("manifest.json (widget.name)"), "{}", r.help);
}

/// Regression: a named entity counts as the one character it stands for, so the same
/// description written with `&oacute;` is exactly as long as written with `ó` (the old reader
/// knew 15 entities and counted `&oacute;` as eight characters).
#[test]
fn entities_count_as_the_character_they_stand_for() {
    let words = "Integración rápida con tu calendario y tu equipo. ";
    let plain = words.repeat(8);
    assert_eq!(plain.trim().chars().count(), 399);
    let with_entities = plain.replace('ó', "&oacute;").replace('á', "&aacute;");
    for (text, what) in [(&plain, "plain"), (&with_entities, "entities")] {
        let f = Fixture::clean();
        set(&f, "es", "description", &format!("<p>{}</p>", text.trim()));
        let report = f.check();
        let r = one(&report, "content.description-length", Some("es"), Status::Pass);
        assert!(r.message.contains("399 of 400"), "{what}: {}", r.message);
    }
    // A `>` inside a quoted attribute does not end the tag, so the attribute is not counted.
    let f = Fixture::clean();
    set(&f, "es", "description", &format!("<p title=\"a > b\">{}</p>", plain.trim()));
    assert!(one(&f.check(), "content.description-length", Some("es"), Status::Pass).message.contains("399 of 400"));
}
