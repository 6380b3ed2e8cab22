//! The two bundled examples: the clean one passes every automatic rule on both marketplaces, the
//! broken one breaks the rules it was built to break. Also: report coverage of the catalogue.

mod common;

use std::collections::BTreeSet;

use amo_preflight::rules::Status;
use amo_preflight::rules::catalogue::{self, RULES};
use amo_preflight::rules::docs;
use amo_preflight::rules::profile::Marketplace;
use common::*;

#[test]
fn clean_example_passes_every_automatic_rule() {
    for marketplace in Marketplace::ALL {
        let report = check_example(CLEAN, marketplace);
        let bad: Vec<_> = report
            .results
            .iter()
            .filter(|r| matches!(r.status, Status::Fail | Status::Warn))
            .map(|r| format!("{} [{:?}] {:?}: {}", r.rule, r.lang, r.status, r.message))
            .collect();
        assert!(bad.is_empty(), "{marketplace:?}: {bad:#?}");
        assert_eq!(report.widget.languages, vec!["en", "es", "pt"]);
        assert_eq!(report.widget.version.as_deref(), Some("1.2.0"));
        assert_eq!(report.widget.names.get("en").map(String::as_str), Some("Calendar via Acme"));
        assert!(report.summary.pass > 40, "{:?}", report.summary);
    }
}

#[test]
fn every_rule_reports_for_every_language_and_no_other_rule_does() {
    for example in [CLEAN, BROKEN] {
        let report = check_example(example, Marketplace::Amocrm);
        for rule in RULES {
            let id = rule.id.as_str();
            if rule.per_language {
                for lang in &report.widget.languages {
                    assert!(!results(&report, id, Some(lang)).is_empty(), "{} [{lang}] missing in {example}", rule.id);
                }
            } else {
                assert!(!results(&report, id, None).is_empty(), "{id} missing in {example}");
            }
        }
        for r in &report.results {
            let rule = catalogue::rule(r.rule).expect("in catalogue");
            assert_eq!(r.lang.is_some(), rule.per_language, "{} lang {:?}", r.rule, r.lang);
        }
        let s = &report.summary;
        assert_eq!(s.pass + s.fail + s.warn + s.manual + s.na, report.results.len());
    }
}

#[test]
fn broken_example_breaks_what_it_was_built_to_break() {
    let report = check_example(BROKEN, Marketplace::Amocrm);
    let expected: &[(&str, Option<&str>, Status)] = &[
        ("general.support-contact", None, Status::Fail),
        ("general.no-partner-upsell", Some("en"), Status::Warn),
        ("content.name-length", Some("en"), Status::Fail),
        ("content.name-via", Some("en"), Status::Fail),
        ("content.name-via", Some("es"), Status::Pass),
        ("content.teaser-length", Some("en"), Status::Fail),
        ("content.description-paragraphs", Some("en"), Status::Warn),
        ("content.description-friendly", Some("en"), Status::Warn),
        ("content.description-length", Some("es"), Status::Fail),
        ("images.branding-files", None, Status::Fail),
        ("images.branding-format", None, Status::Fail),
        ("images.branding-size", None, Status::Fail),
        ("images.dp-logo", None, Status::Fail),
        ("images.slideshow-files", Some("en"), Status::Fail),
        ("images.slideshow-size", Some("en"), Status::Fail),
        ("images.slideshow-format", Some("es"), Status::Fail),
        ("images.slideshow-size", Some("pt"), Status::Pass),
        ("manifest.locations", None, Status::Fail),
        ("manifest.location-blocks", None, Status::Fail),
        ("manifest.settings-types", None, Status::Fail),
        ("manifest.version", None, Status::Warn),
        ("manifest.secret-key", None, Status::Warn),
        ("files.dev-junk", None, Status::Fail),
        ("files.utf8", None, Status::Fail),
        ("files.no-bom", None, Status::Fail),
        ("files.lf-endings", None, Status::Fail),
        ("files.references", None, Status::Fail),
        ("dev.oauth2", None, Status::Warn),
        ("l10n.locale-files", None, Status::Fail),
        ("l10n.keys-complete", Some("es"), Status::Fail),
        ("l10n.keys-complete", Some("pt"), Status::Pass),
        ("l10n.manifest-keys", Some("en"), Status::Fail),
        ("l10n.text-language", Some("en"), Status::Fail),
        ("l10n.hardcoded-text", Some("en"), Status::Fail),
        ("l10n.untranslated", Some("pt"), Status::Warn),
        ("l10n.untranslated", Some("en"), Status::Pass),
        ("l10n.link-domains", Some("en"), Status::Fail),
        ("l10n.link-domains", Some("es"), Status::Pass),
        ("l10n.links-reachable", None, Status::Manual),
    ];
    for (rule, lang, want) in expected {
        assert_eq!(status(&report, rule, *lang), *want, "{rule} [{lang:?}]");
    }
    let kommo = check_example(BROKEN, Marketplace::Kommo);
    assert_eq!(status(&kommo, "content.name-brand", Some("pt")), Status::Fail);
    assert_eq!(status(&kommo, "content.name-word-length", Some("es")), Status::Fail);
    assert_eq!(status(&kommo, "manifest.required-keys", None), Status::Fail);
}

/// Every rule is exercised by name in a rule test file, so none goes untested.
#[test]
fn every_rule_has_tests() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).expect("tests dir") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if name.starts_with("rules_") && name.ends_with(".rs") {
            text.push_str(&std::fs::read_to_string(&path).expect("read"));
        }
    }
    let untested: BTreeSet<_> =
        RULES.iter().map(|r| r.id.as_str()).filter(|id| !text.contains(&format!("\"{id}\""))).collect();
    assert!(untested.is_empty(), "rules without tests: {untested:?}");
}

/// The README's rules section is what `amo-preflight rules --format markdown` prints.
#[test]
fn readme_rules_section_is_the_catalogue() {
    let readme = include_str!("../README.md");
    let tables = docs::markdown(amo_preflight::i18n::Lang::En);
    assert!(
        readme.contains(&tables),
        "the README's rules tables differ from the catalogue: paste the output of \
         `cargo run -- rules --format markdown` into the README's Rules section"
    );
}
