//! manifest.*: syntax with positions, required keys, locations and their blocks, settings
//! types, version, shipped secrets.

mod common;

use amo_preflight::rules::Status;
use amo_preflight::rules::profile::Marketplace;
use common::*;
use serde_json::json;

#[test]
fn syntax_error_has_line_and_column() {
    let f = Fixture::clean();
    f.write("manifest.json", "{\n  \"widget\": {\n    \"name\": \"widget.name\"\n    \"description\": \"x\"\n  }\n}\n");
    let report = f.check();
    let r = one(&report, "manifest.json-valid", None, Status::Fail);
    let at = &r.locations[0];
    assert_eq!((at.file.as_str(), at.line, at.column), ("manifest.json", Some(4), Some(5)));
    assert_eq!(at.snippet.as_deref(), Some("\"description\": \"x\""));
    // Rules that need the manifest say so instead of guessing.
    assert_eq!(status(&report, "manifest.required-keys", None), Status::Na);
    assert_eq!(status(&report, "general.support-contact", None), Status::Na);
    // Languages fall back to the i18n files.
    assert_eq!(report.widget.languages, vec!["en", "es", "pt"]);
}

#[test]
fn utf16_and_empty_manifests_are_findings() {
    let f = Fixture::clean();
    f.write("manifest.json", [0xFF, 0xFE, b'{', 0, b'}', 0]);
    let r = f.check();
    let r = one(&r, "manifest.json-valid", None, Status::Fail);
    assert!(r.message.contains("UTF-16"), "{}", r.message);
    f.write("manifest.json", "");
    let r = f.check();
    let r = one(&r, "manifest.json-valid", None, Status::Fail);
    assert!(r.message.contains("empty"), "{}", r.message);
}

#[test]
fn required_keys_with_types() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "manifest.required-keys", None), Status::Pass);
    assert_eq!(status(&f.check_for(Marketplace::Kommo), "manifest.required-keys", None), Status::Pass);
    f.edit_json("manifest.json", |v| {
        let w = v["widget"].as_object_mut().expect("object");
        w.remove("short_description");
        w.insert("installation".into(), json!("yes"));
        w.insert("interface_version".into(), json!(1));
        v.as_object_mut().expect("object").remove("settings");
    });
    let report = f.check();
    let r = one(&report, "manifest.required-keys", None, Status::Fail);
    assert!(r.message.contains("widget.short_description is missing"), "{}", r.message);
    assert!(r.message.contains("widget.installation must be a boolean, not a string"), "{}", r.message);
    assert!(r.message.contains("settings is missing"), "{}", r.message);
    assert!(!r.message.contains("interface_version"), "amoCRM does not require it: {}", r.message);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "\"installation\"")));
    let kommo = f.check_for(Marketplace::Kommo);
    let r = one(&kommo, "manifest.required-keys", None, Status::Fail);
    assert!(r.message.contains("widget.interface_version must be 2"), "{}", r.message);
}

#[test]
fn locations_suffixes_pairs_and_unknown_names() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "manifest.locations", None), Status::Pass);
    f.edit_json("manifest.json", |v| {
        v["locations"] = json!(["lcard-0", "lcard-1", "ccard-2", "settings-1", "unknown_area", "llist"])
    });
    let report = f.check();
    let fail = one(&report, "manifest.locations", None, Status::Fail);
    assert!(fail.message.contains("\"lcard-0\" and \"lcard-1\" are both listed"), "{}", fail.message);
    assert!(fail.message.contains("\"ccard-2\": ccard takes -0 or -1"), "{}", fail.message);
    assert!(fail.message.contains("\"settings-1\": settings takes no suffix"), "{}", fail.message);
    assert!(!fail.message.contains("llist"), "{}", fail.message);
    let warn = one(&report, "manifest.locations", None, Status::Warn);
    assert!(warn.message.contains("\"unknown_area\" is not a documented location"), "{}", warn.message);
    assert!(
        warn.message.contains("\"llist\" does not say whether the widget uses the right panel"),
        "{}",
        warn.message
    );
    assert_at(warn, "manifest.json", Some(f.line_of("manifest.json", "unknown_area")));
    assert_eq!(status(&report, "manifest.locations", None), Status::Fail);
}

#[test]
fn locations_need_their_blocks() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "manifest.location-blocks", None), Status::Na);
    f.edit_json("manifest.json", |v| {
        v["locations"] = json!(["lcard-1", "digital_pipeline", "advanced_settings", "mobile_card"]);
        v["advanced"] = json!({"title": "advanced.title"});
        v["mobile"] = json!({"frame_url": "https://acme.example.com/m"});
    });
    let report = f.check();
    let r = one(&report, "manifest.location-blocks", None, Status::Fail);
    assert_eq!(
        r.message,
        "Missing blocks: digital_pipeline needs a dp.settings block (the action's settings); mobile_card needs \
         mobile.color."
    );
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "\"digital_pipeline\"")));
    f.edit_json("manifest.json", |v| {
        v["dp"] = json!({"settings": {}, "action_multiple": false});
        v["mobile"]["color"] = json!("#0F766E");
    });
    assert_eq!(status(&f.check(), "manifest.location-blocks", None), Status::Pass);
}

#[test]
fn settings_types_must_be_documented() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "manifest.settings-types", None), Status::Pass);
    f.edit_json("manifest.json", |v| {
        v["settings"]["colour"] = json!({"name": "settings.colour", "type": "colour"});
        v["settings"]["untyped"] = json!({"name": "settings.untyped"});
    });
    let report = f.check();
    let r = one(&report, "manifest.settings-types", None, Status::Fail);
    assert!(r.message.contains("colour has type \"colour\""), "{}", r.message);
    assert!(r.message.contains("untyped has no type"), "{}", r.message);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "\"type\": \"colour\"")));
}

#[test]
fn version_must_be_two_or_three_numbers() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "manifest.version", None), Status::Pass);
    f.edit_json("manifest.json", |v| v["widget"]["version"] = json!("1.0"));
    assert_eq!(status(&f.check(), "manifest.version", None), Status::Pass);
    f.edit_json("manifest.json", |v| v["widget"]["version"] = json!("v1"));
    let r = f.check();
    let r = one(&r, "manifest.version", None, Status::Warn);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", "\"v1\"")));
    f.edit_json("manifest.json", |v| {
        v["widget"].as_object_mut().expect("object").remove("version");
    });
    assert_eq!(status(&f.check(), "manifest.version", None), Status::Warn);
}

#[test]
fn real_looking_secret_is_warned_and_not_repeated() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "manifest.secret-key", None), Status::Pass);
    f.edit_json("manifest.json", |v| v["widget"]["secret_key"] = json!("your_secret_key_here"));
    assert_eq!(status(&f.check(), "manifest.secret-key", None), Status::Pass);
    let secret = "f3a9c2e7b1d84f6a9e0c5b7d2a1f8e4c";
    f.edit_json("manifest.json", |v| v["widget"]["secret_key"] = json!(secret));
    let report = f.check();
    let r = one(&report, "manifest.secret-key", None, Status::Warn);
    assert_at(r, "manifest.json", Some(f.line_of("manifest.json", secret)));
    assert!(
        r.message.contains("keep them only if this archive updates an integration uploaded before"),
        "{}",
        r.message
    );
    let json = amo_preflight::report::json::write(&report);
    assert!(!json.contains(secret), "the report must not spread the secret");
}
