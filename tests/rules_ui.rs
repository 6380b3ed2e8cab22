//! ui.*: the manual reviews of how the widget sits in amoCRM, with the declared areas as evidence.

mod common;

use amo_preflight::rules::Status;
use common::*;
use serde_json::json;

#[test]
fn interfaces_and_overlap_show_the_declared_locations() {
    let f = Fixture::clean();
    let report = f.check();
    for rule in ["ui.interfaces", "ui.no-overlap"] {
        let r = one(&report, rule, None, Status::Manual);
        let areas: Vec<&str> = r.evidence.iter().filter(|e| e.label == "location").map(|e| e.value.as_str()).collect();
        assert_eq!(areas, vec!["lcard-1", "ccard-1", "settings"], "{rule}");
        let at = r.evidence[0].location.as_ref().expect("location");
        assert_eq!(at.line, Some(f.line_of("manifest.json", "\"lcard-1\"")));
    }
}

#[test]
fn settings_page_is_manual_only_with_advanced_settings() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "ui.settings-page", None), Status::Na);
    f.edit_json("manifest.json", |v| {
        v["locations"].as_array_mut().expect("array").push(json!("advanced_settings"));
        v["advanced"] = json!({"title": "widget.name"});
    });
    let report = f.check();
    let r = one(&report, "ui.settings-page", None, Status::Manual);
    assert!(
        r.evidence.iter().any(|e| e.label == "page title (en)" && e.value == "Calendar via Acme"),
        "{:?}",
        r.evidence
    );
}
