//! manifest.*: valid JSON, required keys, locations and their blocks, settings types, version
//! and shipped secrets.

use amo_preflight::rules::Status::*;
use serde_json::json;

use super::{Case, add_location, edit_manifest, invalid_manifest, line};
use crate::common::Fixture;

/// Replaces widget.version.
fn version(f: &Fixture, version: &str) {
    edit_manifest(f, |v| v["widget"]["version"] = json!(version));
}

/// Replaces the locations.
fn locations(f: &Fixture, list: serde_json::Value) {
    edit_manifest(f, |v| v["locations"] = list);
}

/// Ships a secret key in the manifest.
fn secret(f: &Fixture, key: &str) {
    edit_manifest(f, |v| v["widget"]["secret_key"] = json!(key));
}

const SECRET: &str = "f3a9c2e7b1d84f6a9e0c5b7d2a1f8e4c";

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken(
            "manifest.json-valid",
            Fail,
            line("manifest.json", "\"description\": \"widget.description\""),
            "a comma is missing",
        )
        .edit(invalid_manifest),
        Case::kept("manifest.json-valid", "the comma is there"),
        Case::broken("manifest.required-keys", Fail, line("manifest.json", "\"widget\": {"), "no short_description")
            .edit(|f| {
                edit_manifest(f, |v| {
                    v["widget"].as_object_mut().expect("widget").remove("short_description");
                })
            }),
        Case::broken(
            "manifest.required-keys",
            Fail,
            line("manifest.json", "\"interface_version\""),
            "interface_version 1 on Kommo, which requires 2",
        )
        .kommo()
        .edit(|f| edit_manifest(f, |v| v["widget"]["interface_version"] = json!(1))),
        Case::kept("manifest.required-keys", "interface_version 1 on amoCRM, which does not require it")
            .edit(|f| edit_manifest(f, |v| v["widget"]["interface_version"] = json!(1))),
        Case::kept("manifest.required-keys", "every required key"),
        Case::broken(
            "manifest.required-keys",
            Fail,
            line("manifest.json", "\"is_tour\": false"),
            "slides listed with tour.is_tour false",
        )
        .edit(|f| edit_manifest(f, |v| v["tour"]["is_tour"] = json!(false))),
        Case::broken("manifest.locations", Fail, line("manifest.json", "\"settings-1\""), "settings takes no suffix")
            .edit(|f| locations(f, json!(["lcard-1", "ccard-1", "settings-1"]))),
        Case::broken("manifest.locations", Warn, line("manifest.json", "\"lead_card\""), "an unknown location")
            .edit(|f| locations(f, json!(["lcard-1", "ccard-1", "settings", "lead_card"]))),
        Case::broken(
            "manifest.locations",
            Warn,
            line("manifest.json", "\"llist\""),
            "a list area without -1 or -0 on amoCRM, whose moderators ask for it",
        )
        .edit(|f| locations(f, json!(["lcard-1", "llist", "settings"]))),
        Case::kept("manifest.locations", "a list area without a suffix on Kommo")
            .kommo()
            .edit(|f| locations(f, json!(["lcard-1", "llist", "settings"]))),
        Case::broken(
            "manifest.locations",
            Warn,
            line("manifest.json", "\"cucard-1\""),
            "the customer card, which Kommo's location table does not list",
        )
        .kommo()
        .edit(|f| locations(f, json!(["lcard-1", "cucard-1", "settings"]))),
        Case::kept("manifest.locations", "the customer card on amoCRM")
            .edit(|f| locations(f, json!(["lcard-1", "cucard-1", "settings"]))),
        Case::kept("manifest.locations", "valid locations"),
        Case::broken(
            "manifest.location-blocks",
            Fail,
            line("manifest.json", "\"advanced_settings\""),
            "advanced_settings without its advanced block",
        )
        .edit(|f| add_location(f, "advanced_settings", &[])),
        Case::kept("manifest.location-blocks", "advanced_settings with advanced.title")
            .edit(|f| add_location(f, "advanced_settings", &[("advanced", json!({"title": "widget.name"}))])),
        Case::na("manifest.location-blocks", "no location needs a block"),
        Case::broken(
            "manifest.location-blocks",
            Fail,
            line("manifest.json", "\"digital_pipeline\""),
            "digital_pipeline with a dp block but no dp.settings",
        )
        .edit(|f| add_location(f, "digital_pipeline", &[("dp", json!({"action_multiple": false}))])),
        Case::kept("manifest.location-blocks", "digital_pipeline with dp.settings").edit(|f| {
            let dp =
                json!({"settings": {"message": {"name": "widget.name", "type": "text"}}, "action_multiple": false});
            add_location(f, "digital_pipeline", &[("dp", dp)])
        }),
        Case::broken(
            "manifest.location-blocks",
            Fail,
            line("manifest.json", "\"card_sdk\""),
            "card_sdk without a card to work in",
        )
        .edit(|f| locations(f, json!(["settings", "card_sdk"]))),
        Case::broken(
            "manifest.location-blocks",
            Warn,
            line("manifest.json", "\"card_sdk\""),
            "card_sdk with only everywhere: a person checks the card tab",
        )
        .edit(|f| locations(f, json!(["everywhere", "card_sdk"]))),
        Case::kept("manifest.location-blocks", "card_sdk beside the lead card")
            .edit(|f| add_location(f, "card_sdk", &[])),
        Case::broken(
            "manifest.settings-types",
            Fail,
            line("manifest.json", "\"type\": \"url\""),
            "a field of type url",
        )
        .edit(|f| edit_manifest(f, |v| v["settings"]["calendar_name"]["type"] = json!("url"))),
        Case::kept("manifest.settings-types", "fields of type text"),
        Case::broken("manifest.version", Warn, line("manifest.json", "\"new\""), "version \"new\"")
            .edit(|f| version(f, "new")),
        Case::kept("manifest.version", "version 1.2, as the documentation's examples write it")
            .edit(|f| version(f, "1.2")),
        Case::broken("manifest.version", Warn, line("manifest.json", "\"1.2.3.4\""), "version 1.2.3.4")
            .edit(|f| version(f, "1.2.3.4")),
        Case::kept("manifest.version", "version 1.2.0"),
        Case::broken("manifest.secret-key", Warn, line("manifest.json", SECRET), "a real-looking secret key")
            .edit(|f| secret(f, SECRET)),
        Case::kept("manifest.secret-key", "a placeholder secret key").edit(|f| secret(f, "your_secret_key_here")),
    ]
}
