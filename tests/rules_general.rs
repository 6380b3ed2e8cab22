//! general.* and dev.oauth2: support contact, partner upsell, the data the settings collect.

mod common;

use amo_preflight::rules::Status;
use common::*;
use serde_json::json;

#[test]
fn support_contact_must_exist_and_be_well_formed() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "general.support-contact", None), Status::Pass);
    f.edit_json("manifest.json", |v| v["widget"]["support"]["email"] = json!("support-at-acme"));
    let report = f.check();
    let r = one(&report, "general.support-contact", None, Status::Fail);
    assert!(r.message.contains("\"support-at-acme\" is not an e-mail address"), "{}", r.message);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "support-at-acme")));
    f.edit_json("manifest.json", |v| {
        v["widget"].as_object_mut().expect("object").remove("support");
    });
    assert_eq!(status(&f.check(), "general.support-contact", None), Status::Fail);
    // A link alone is enough on Kommo; amoCRM asks for an e-mail too.
    f.edit_json("manifest.json", |v| v["widget"]["support"] = json!({"link": "https://acme.example.com/help"}));
    assert_eq!(
        status(&f.check_for(amo_preflight::rules::profile::Marketplace::Kommo), "general.support-contact", None),
        Status::Pass
    );
    let report = f.check();
    let r = one(&report, "general.support-contact", None, Status::Fail);
    assert!(r.message.contains("widget.support.email is missing"), "{}", r.message);
}

#[test]
fn partner_upsell_is_flagged_per_language() {
    let f = Fixture::clean();
    f.edit_json("i18n/es.json", |v| v["ui"]["panel_title"] = json!("Compra tu suscripción con nuestro socio"));
    let report = f.check();
    let r = one(&report, "general.no-partner-upsell", Some("es"), Status::Warn);
    assert!(r.message.contains("ui.panel_title"), "{}", r.message);
    assert_at(r, "i18n/es.json", Some(f.line_of("i18n/es.json", "Compra tu")));
    assert_eq!(status(&report, "general.no-partner-upsell", Some("en")), Status::Pass);
}

#[test]
fn credentials_in_settings_are_listed_and_warned_about() {
    let f = Fixture::clean();
    let report = f.check();
    assert_eq!(status(&report, "dev.oauth2", None), Status::Manual);
    let minimal = one(&report, "general.data-minimal", None, Status::Manual);
    assert!(minimal.message.contains("None of the 2 settings fields"), "{}", minimal.message);

    f.edit_json("manifest.json", |v| {
        v["settings"]["api_key"] = json!({"name": "settings.api_key", "type": "pass"});
        v["settings"]["agent_phone"] = json!({"name": "settings.agent_phone", "type": "text"});
    });
    for lang in ["en", "es", "pt"] {
        f.edit_json(&format!("i18n/{lang}.json"), |v| v["settings"]["api_key"] = json!("Zadarma API secret"));
    }
    // Another service's key is evidence for the reviewer, not a warning.
    let report = f.check();
    let r = one(&report, "dev.oauth2", None, Status::Manual);
    assert!(r.evidence.iter().any(|e| e.label == "another service's credential" && e.value == "api_key (pass)"));
    // The account's own credentials are.
    f.edit_json("i18n/en.json", |v| v["settings"]["api_key"] = json!("Your amoCRM API key"));
    let report = f.check();
    let r = one(&report, "dev.oauth2", None, Status::Warn);
    assert!(r.message.contains("api_key (pass)"), "{}", r.message);
    assert!(!r.message.contains("agent_phone"), "{}", r.message);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "\"api_key\"")));
    let minimal = one(&report, "general.data-minimal", None, Status::Manual);
    assert!(minimal.message.contains("agent_phone (text), api_key (pass)"), "{}", minimal.message);
    assert!(minimal.evidence.iter().any(|e| e.label == "personal data field" && e.value == "agent_phone (text)"));
}

#[test]
fn ease_of_use_is_manual_with_evidence() {
    let r = Fixture::clean().check();
    let r = one(&r, "general.ease-of-use", None, Status::Manual);
    assert!(r.evidence.iter().any(|e| e.label == "support"));
}

#[test]
fn placeholders_left_from_templates_and_development_are_shown_with_their_places() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "dev.placeholders", None), Status::Pass);
    f.edit_json("i18n/es.json", |v| v["widget"]["description"] = json!("Lorem ipsum dolor sit amet"));
    f.replace(
        "script.js",
        "  'use strict';\n",
        "  'use strict';\n  var api = `http://192.168.0.12:8080/api?v=${1}`;\n",
    );
    let report = f.check();
    let fail = one(&report, "dev.placeholders", None, Status::Fail);
    assert!(
        fail.message.contains("\"Lorem ipsum dolor sit amet\" (widget.description in i18n/es.json)"),
        "{}",
        fail.message
    );
    assert_at(fail, "i18n/es.json", Some(f.line_of("i18n/es.json", "Lorem ipsum")));
    let warn = one(&report, "dev.placeholders", None, Status::Warn);
    assert!(
        warn.message.contains("http://192.168.0.12:8080/api?v= (an address on the developer's machine or network)"),
        "{}",
        warn.message
    );
    assert_at(warn, "script.js", Some(f.line_of("script.js", "192.168.0.12")));
}

#[test]
fn consent_is_asked_only_when_the_settings_collect_personal_data() {
    let f = Fixture::clean();
    let report = f.check();
    one(&report, "general.data-consent", None, Status::Na);
    f.edit_json("manifest.json", |v| {
        v["settings"]["api_key"] = json!({"name": "settings.calendar_name", "type": "pass"});
        v["settings"]["agent_phone"] = json!({"name": "settings.calendar_name", "type": "text"});
    });
    let report = f.check();
    let r = one(&report, "general.data-consent", None, Status::Manual);
    assert!(r.message.starts_with("2 settings fields ask for credentials or personal data"), "{}", r.message);
    // In manifest order (the fixture writes its keys sorted).
    assert!(r.message.contains("agent_phone (text), api_key (pass)"), "{}", r.message);
    assert!(r.message.contains("before it is sent, users are told"), "{}", r.message);
    // The fields are the evidence, where the manifest declares them; the others are not listed.
    let places: Vec<(&str, Option<usize>)> =
        r.evidence.iter().map(|e| (e.value.as_str(), e.location.as_ref().and_then(|l| l.line))).collect();
    assert_eq!(
        places,
        [
            ("agent_phone (text)", Some(f.line_of("manifest.json", "\"agent_phone\""))),
            ("api_key (pass)", Some(f.line_of("manifest.json", "\"api_key\"")))
        ]
    );
}

#[test]
fn official_is_found_in_every_language_without_taking_a_turkish_picture_for_it() {
    let f = Fixture::clean();
    f.edit_json("manifest.json", |v| {
        let locale = v["widget"]["locale"].as_array_mut().expect("locale");
        locale.push(json!("id"));
        locale.push(json!("tr"));
    });
    let en = f.read("i18n/en.json");
    f.write("i18n/id.json", en.replace("Upcoming events", "Integrasi resmi Google Calendar"));
    f.write("i18n/tr.json", en.replace("Upcoming events", "Profil resmi"));
    f.edit_json("i18n/en.json", |v| v["ui"]["no_events"] = json!("Officially synced with Google Calendar."));
    let kommo = amo_preflight::rules::profile::Marketplace::Kommo;
    let report = f.check_for(kommo);
    let r = one(&report, "general.official-claim", Some("id"), Status::Manual);
    assert!(r.message.starts_with("1 text says \"official\": ui.panel_title."), "{}", r.message);
    assert_at(r, "i18n/id.json", Some(f.line_of("i18n/id.json", "Integrasi resmi")));
    let r = one(&report, "general.official-claim", Some("en"), Status::Manual);
    assert_at(r, "i18n/en.json", Some(f.line_of("i18n/en.json", "Officially synced")));
    assert_eq!(status(&report, "general.official-claim", Some("tr")), Status::Pass);
    assert_eq!(status(&report, "general.official-claim", Some("es")), Status::Pass);
    f.write("i18n/tr.json", en.replace("Upcoming events", "Google Takvim için resmi entegrasyon"));
    assert_eq!(status(&f.check_for(kommo), "general.official-claim", Some("tr")), Status::Manual);
}
