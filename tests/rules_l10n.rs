//! l10n.*: language files, complete key trees, manifest texts, text language, copies, links
//! and the items a reviewer confirms.

mod common;

use amo_preflight::rules::Status;
use common::*;
use serde_json::json;

#[test]
fn clean_languages_pass() {
    let report = Fixture::clean().check();
    assert_eq!(status(&report, "l10n.locale-files", None), Status::Pass);
    for lang in ["en", "es", "pt"] {
        for rule in
            ["l10n.keys-complete", "l10n.manifest-keys", "l10n.text-language", "l10n.untranslated", "l10n.link-domains"]
        {
            assert_eq!(status(&report, rule, Some(lang)), Status::Pass, "{rule} [{lang}]");
        }
    }
}

#[test]
fn locale_files_match_the_declared_languages() {
    let f = Fixture::clean();
    f.remove("i18n/pt.json");
    f.write("i18n/ru.json", "{\"widget\": {\"name\": \"Календарь via Acme\"}}\n");
    f.write("i18n/es.json", "{\"widget\": {\"name\": \"x\",}}\n");
    let report = f.check();
    let r = one(&report, "l10n.locale-files", None, Status::Fail);
    assert!(r.message.contains("i18n/pt.json is missing"), "{}", r.message);
    assert!(r.message.contains("i18n/ru.json is not declared in widget.locale"), "{}", r.message);
    assert!(r.message.contains("i18n/es.json is not valid JSON"), "{}", r.message);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "\"pt\"")));
    assert_at(r, "i18n/es.json", Some(1));
    assert_eq!(status(&report, "l10n.keys-complete", Some("pt")), Status::Na);
}

#[test]
fn every_language_has_every_key() {
    let f = Fixture::clean();
    f.edit_json("i18n/es.json", |v| {
        v["errors"].as_object_mut().expect("object").remove("save_failed");
    });
    f.edit_json("i18n/pt.json", |v| v["ui"]["extra"] = json!("Só em português"));
    let report = f.check();
    let r = one(&report, "l10n.keys-complete", Some("es"), Status::Fail);
    assert!(r.message.contains("errors.save_failed (in en)"), "{}", r.message);
    assert!(r.message.contains("ui.extra (in pt)"), "{}", r.message);
    assert_at(r, "i18n/es.json", None);
    let r = one(&report, "l10n.keys-complete", Some("en"), Status::Fail);
    assert!(r.message.contains("1 text is missing: ui.extra (in pt)"), "{}", r.message);
    assert_eq!(status(&report, "l10n.keys-complete", Some("pt")), Status::Pass);
}

#[test]
fn texts_the_manifest_names_exist_and_are_not_empty() {
    let f = Fixture::clean();
    f.edit_json("i18n/pt.json", |v| {
        v["settings"].as_object_mut().expect("object").remove("calendar_name");
        v["widget"]["short_description"] = json!("  ");
    });
    let report = f.check();
    let r = one(&report, "l10n.manifest-keys", Some("pt"), Status::Fail);
    assert!(
        r.message.contains("settings.calendar_name (named in settings.calendar_name.name) is missing"),
        "{}",
        r.message
    );
    assert!(r.message.contains("widget.short_description is empty"), "{}", r.message);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "\"settings.calendar_name\"")));
    assert_eq!(status(&report, "l10n.manifest-keys", Some("en")), Status::Pass);
}

#[test]
fn text_in_the_wrong_script_fails_and_other_languages_warn() {
    let f = Fixture::clean();
    f.edit_json("i18n/en.json", |v| v["ui"]["add_event"] = json!("Добавить событие"));
    f.edit_json("i18n/es.json", |v| {
        v["ui"]["no_events"] = json!("Você ainda não tem nenhum evento marcado para hoje na sua agenda")
    });
    f.edit_json("i18n/pt.json", |v| v["ui"]["add_event"] = json!("OK"));
    let report = f.check();
    let r = one(&report, "l10n.text-language", Some("en"), Status::Fail);
    assert!(r.message.contains("ui.add_event (Cyrillic letters)"), "{}", r.message);
    assert_at(r, "i18n/en.json", Some(f.line_of("i18n/en.json", "Добавить")));
    let r = one(&report, "l10n.text-language", Some("es"), Status::Warn);
    assert!(r.message.contains("ui.no_events looks Portuguese"), "{}", r.message);
    // Too short to judge.
    assert_eq!(status(&report, "l10n.text-language", Some("pt")), Status::Pass);
}

#[test]
fn a_copied_text_warns_in_the_file_that_was_not_translated() {
    let f = Fixture::clean();
    let english = f.read("i18n/en.json");
    let en: serde_json::Value = serde_json::from_str(&english).expect("json");
    let no_events = en["ui"]["no_events"].as_str().expect("text").to_string();
    f.edit_json("i18n/pt.json", |v| v["ui"]["no_events"] = json!(no_events));
    let report = f.check();
    let r = one(&report, "l10n.untranslated", Some("pt"), Status::Warn);
    assert!(r.message.contains("ui.no_events (same as en)"), "{}", r.message);
    assert_eq!(status(&report, "l10n.untranslated", Some("en")), Status::Pass);
}

/// Regression: the report's text table and the rule agree on which copy is untranslated. A short
/// English text copied into es.json was called untranslated in the English cell of the table,
/// while l10n.untranslated [en] passed.
#[test]
fn the_text_table_agrees_with_the_untranslated_rule() {
    let f = Fixture::clean();
    for lang in ["en", "es"] {
        f.edit_json(&format!("i18n/{lang}.json"), |v| v["settings"]["api_url"] = json!("Calendar settings"));
    }
    f.edit_json("i18n/pt.json", |v| v["settings"]["api_url"] = json!("Configurações do calendário"));
    let report = f.check();
    assert_eq!(status(&report, "l10n.untranslated", Some("en")), Status::Pass);
    let r = one(&report, "l10n.untranslated", Some("es"), Status::Warn);
    assert!(r.message.contains("settings.api_url (same as en)"), "{}", r.message);
    assert_at(r, "i18n/es.json", Some(f.line_of("i18n/es.json", "Calendar settings")));
    let cell = |lang: &str| {
        let v = report.texts.get("settings.api_url", lang).unwrap_or_else(|| panic!("no {lang} cell"));
        (v.state.id(), v.copy_of.clone())
    };
    assert_eq!(cell("en"), ("ok", None));
    assert_eq!(cell("es"), ("untranslated", Some("en".to_string())));
    assert_eq!(cell("pt"), ("ok", None));
    let json: serde_json::Value = serde_json::to_value(&report).expect("json");
    let es =
        json["texts"].as_array().expect("texts").iter().find(|t| t["key"] == "settings.api_url" && t["lang"] == "es");
    assert_eq!(es.map(|t| t["state"].clone()), Some(json!("untranslated")));
}

#[test]
fn links_must_lead_to_pages_in_the_files_language() {
    let f = Fixture::clean();
    f.edit_json("i18n/en.json", |v| v["ui"]["panel_title"] = json!("Help: https://acme.ru/help"));
    f.edit_json("i18n/es.json", |v| v["ui"]["panel_title"] = json!("Ayuda: https://acme.example.com/pt-br/ajuda"));
    f.edit_json("i18n/pt.json", |v| {
        v["ui"]["panel_title"] = json!("Política de privacidade: https://acme.example.com/pt/privacidade")
    });
    let report = f.check();
    let r = one(&report, "l10n.link-domains", Some("en"), Status::Fail);
    assert!(r.message.contains("https://acme.ru/help (the .ru domain suggests Russian)"), "{}", r.message);
    assert_at(r, "i18n/en.json", Some(f.line_of("i18n/en.json", "acme.ru")));
    let r = one(&report, "l10n.link-domains", Some("es"), Status::Fail);
    assert!(r.message.contains("the /pt-br/ path suggests Portuguese"), "{}", r.message);
    assert_eq!(status(&report, "l10n.link-domains", Some("pt")), Status::Pass);
    // A privacy policy link passes that language's item; the others stay for a person.
    let r = one(&report, "l10n.privacy-policy", Some("pt"), Status::Pass);
    assert!(r.message.contains("https://acme.example.com/pt/privacidade"), "{}", r.message);
    assert_eq!(status(&report, "l10n.privacy-policy", Some("en")), Status::Manual);
}

#[test]
fn hard_coded_formats_in_code_warn() {
    let f = Fixture::clean();
    let report = f.check();
    assert_eq!(status(&report, "l10n.local-formatting", Some("en")), Status::Manual);
    f.write(
        "lib/dates.js",
        "define([], function () {\n  return function (d) { return moment(d).format('DD.MM.YYYY'); };\n});\n",
    );
    let report = f.check();
    for lang in ["en", "es", "pt"] {
        let r = one(&report, "l10n.local-formatting", Some(lang), Status::Warn);
        assert_at(r, "lib/dates.js", Some(2));
    }
}

#[test]
fn reviewer_items_carry_what_was_found() {
    let f = Fixture::clean();
    f.edit_json("i18n/en.json", |v| {
        v["widget"]["description"] = json!("<p>Plan meetings for 9 USD a month, or €8 in Europe.</p>")
    });
    let report = f.check();
    let r = one(&report, "l10n.currency", None, Status::Manual);
    assert!(r.evidence.iter().any(|e| e.value.starts_with("USD (en")), "{:?}", r.evidence);
    assert!(r.evidence.iter().any(|e| e.value.starts_with("€ (en")), "{:?}", r.evidence);
    assert_eq!(status(&report, "l10n.payments", None), Status::Manual);
    let r = one(&report, "l10n.human-support", Some("es"), Status::Manual);
    assert!(r.evidence.iter().any(|e| e.label == "email"), "{:?}", r.evidence);
}

#[test]
fn hardcoded_texts_name_the_key_to_move_them_to() {
    let f = Fixture::clean();
    // A text a language file already has, and one it has not.
    let saved = f.read("i18n/en.json").replace("\"ui\": {", "\"ui\": {\n    \"saved\": \"Событие сохранено\",");
    f.write("i18n/en.json", saved);
    f.replace(
        "script.js",
        "  'use strict';\n",
        "  'use strict';\n    $('.a').text('Событие сохранено');\n    $('.b').html('Сохранить событие');\n    $('.c').text('Сохранить событие');\n",
    );
    let report = f.check();
    let r = one(&report, "l10n.hardcoded-text", Some("es"), Status::Fail);
    assert!(
        r.message.contains("\"Сохранить событие\" (script.js:4:18 and 1 more place: Cyrillic letters)"),
        "{}",
        r.message
    );
    assert!(r.help.contains("\"Событие сохранено\" → ui.saved"), "{}", r.help);
    assert!(r.help.contains("in a script as self.i18n('ui').saved, in a template as {{ ui.saved }}"), "{}", r.help);
    assert!(r.help.contains("\"Сохранить событие\" → ui.sokhranit_sobytie"), "{}", r.help);
    assert_at(r, "script.js", Some(5));
    assert_at(r, "script.js", Some(3));
}
