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

#[test]
fn left_menu_changes_need_widget_page() {
    let f = Fixture::clean();
    assert_eq!(status(&f.check(), "ui.left-menu", None), Status::Pass);
    f.write("style.css", format!("{}\n#left_menu .nav__menu__item {{ color: red; }}\n", f.read("style.css")));
    let report = f.check();
    let r = one(&report, "ui.left-menu", None, Status::Warn);
    assert_at(r, "style.css", None);
    f.edit_json("manifest.json", |v| {
        v["locations"].as_array_mut().expect("array").push(json!("widget_page"));
        v["left_menu"] = json!({"acme": {"title": "widget.name"}});
    });
    assert_eq!(status(&f.check(), "ui.left-menu", None), Status::Pass);
}

#[test]
fn fixed_to_the_bottom_warns_and_drag_drop_asks_a_person() {
    let f = Fixture::clean();
    let report = f.check();
    assert_eq!(status(&report, "ui.bottom-position", None), Status::Pass);
    assert_eq!(status(&report, "ui.drag-drop", None), Status::Na);
    f.write(
        "style.css",
        format!("{}\n.acme-calendar .acme-calendar__bar {{ position: fixed; bottom: 0; }}\n", f.read("style.css")),
    );
    f.replace(
        "script.js",
        "return true;",
        "$('.acme-calendar__item').attr('draggable', 'true');\n        return true;",
    );
    let report = f.check();
    let r = one(&report, "ui.bottom-position", None, Status::Warn);
    assert_at(r, "style.css", Some(f.line_of("style.css", ".acme-calendar__bar")));
    let r = one(&report, "ui.drag-drop", None, Status::Manual);
    assert_at(r, "script.js", None);
}
