//! Report formats: SARIF for code scanning, Markdown for reviews, and the reviewer's decisions
//! carried into the CLI's reports.

mod common;

use std::process::Command;

use amo_preflight::review::{Decision, ReviewStore, Reviews, Verdict};
use common::*;

fn run(args: &[&str], data_home: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
        .args(args)
        .env("NO_COLOR", "1")
        .env(amo_preflight::ocr::PROGRAM_VAR, "/nonexistent/tesseract")
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .output()
        .expect("runs")
}

#[test]
fn sarif_has_the_catalogue_and_located_results() {
    let home = tempfile::tempdir().expect("temp");
    let out = run(&["check", BROKEN, "--format", "sarif"], home.path());
    assert_eq!(out.status.code(), Some(1));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(
        rules
            .iter()
            .all(|r| r["id"].is_string() && r["shortDescription"]["text"].is_string() && r["help"]["text"].is_string())
    );
    let results = run["results"].as_array().expect("results");
    for r in results {
        let index = r["ruleIndex"].as_u64().expect("index") as usize;
        assert_eq!(rules[index]["id"], r["ruleId"], "ruleIndex points at the rule");
        assert!(matches!(r["level"].as_str(), Some("error" | "warning" | "note")));
    }
    let name = results
        .iter()
        .find(|r| r["ruleId"] == "content.name-length" && r["properties"]["language"] == "en")
        .expect("result");
    assert_eq!(name["level"], "error");
    assert_eq!(name["kind"], "fail");
    let region = &name["locations"][0]["physicalLocation"];
    assert_eq!(region["artifactLocation"]["uri"], "i18n/en.json");
    assert_eq!(region["artifactLocation"]["uriBaseId"], "WIDGETROOT");
    assert_eq!(region["region"]["startLine"], 3);
    assert_eq!(region["region"]["startColumn"], 13);
    let manual = results.iter().find(|r| r["ruleId"] == "ui.no-overlap").expect("manual");
    assert_eq!((manual["level"].as_str(), manual["kind"].as_str()), (Some("note"), Some("review")));
    assert!(
        run["originalUriBaseIds"]["WIDGETROOT"]["uri"]
            .as_str()
            .is_some_and(|u| u.starts_with("file:///") && u.ends_with('/'))
    );
}

/// The OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json of oasis-tcs/sarif-spec, as shipped in
/// the serde-sarif crate), kept in the tests so validation needs no network. One change: the
/// published pattern for the two `language` properties, `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`,
/// has a stray `]` that Rust's regular expressions refuse; it is written `^[a-zA-Z]{2}`, which
/// matches the same strings (the first alternative already accepts all that the second does).
fn sarif_validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("data/sarif-schema-2.1.0.json")).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

#[test]
fn sarif_is_valid_against_the_2_1_0_schema() {
    let validator = sarif_validator();
    let home = tempfile::tempdir().expect("temp");
    // Both examples, and one with a reviewer's decision stored.
    let widget = Fixture::clean();
    let mut reviews = Reviews::default();
    reviews.set(Decision {
        rule: "ui.no-overlap".into(),
        lang: None,
        verdict: Verdict::Failed,
        note: "Covers the \"Save\" button <b>".into(),
        decided_at: 1_795_685_100,
    });
    ReviewStore::new(home.path().join("amo-preflight").join("reviews")).save(widget.path(), &reviews).expect("save");
    for input in [CLEAN, BROKEN, widget.path().to_str().expect("path")] {
        let out = run(&["check", input, "--format", "sarif"], home.path());
        let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let errors: Vec<String> =
            validator.iter_errors(&log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{input}: {}", errors.join("\n"));
    }
    // The validator does reject what the schema forbids.
    let out = run(&["check", BROKEN, "--format", "sarif"], home.path());
    let mut log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    log["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    assert!(!validator.is_valid(&log));
}

#[test]
fn markdown_has_the_checklist_and_escapes_the_widget_text() {
    let home = tempfile::tempdir().expect("temp");
    let f = Fixture::clean();
    f.edit_json("i18n/en.json", |v| {
        v["widget"]["name"] = serde_json::json!("Calendar | `tick` via Acme and a very long name")
    });
    let out = run(&["check", f.path().to_str().expect("path"), "--format", "markdown"], home.path());
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(md.starts_with("# Widget check: Calendar \\| `tick` via Acme"), "{md}");
    assert!(md.contains("| Name is short enough `content.name-length` |  | ✖ Fail | ✔ Pass | ✔ Pass |"), "{md}");
    assert!(md.contains("## Problems"));
    assert!(md.contains("- **✖ Fail** `content.name-length` [en]: The name has"), "{md}");
    assert!(md.contains("`` \"name\": \"Calendar | `tick` via Acme"), "{md}");
}

#[test]
fn stored_decisions_go_into_the_reports_unless_left_out() {
    let home = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    let store = ReviewStore::new(home.path().join("amo-preflight").join("reviews"));
    let mut reviews = Reviews::default();
    reviews.set(Decision {
        rule: "ui.no-overlap".into(),
        lang: None,
        verdict: Verdict::Failed,
        note: "Covers the Save button".into(),
        decided_at: 1_795_685_100,
    });
    store.save(widget.path(), &reviews).expect("save");
    let path = widget.path().to_str().expect("path");

    let out = run(&["check", path, "--format", "json"], home.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let item =
        v["results"].as_array().expect("results").iter().find(|r| r["rule"] == "ui.no-overlap").expect("item").clone();
    assert_eq!(
        item["review"],
        serde_json::json!({"decision": "fail", "note": "Covers the Save button", "at": "2026-11-26T09:25:00Z"})
    );
    let text = String::from_utf8(run(&["check", path], home.path()).stdout).expect("utf-8");
    assert!(text.contains("1 problem blocks publication"), "{text}");

    let out = run(&["check", path, "--format", "json", "--no-review"], home.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(v["results"].as_array().expect("results").iter().all(|r| r.get("review").is_none()));
}

#[test]
fn decisions_saved_for_another_widget_at_the_same_path_are_set_aside() {
    let home = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    let store = ReviewStore::new(home.path().join("amo-preflight").join("reviews"));
    let decision = Decision {
        rule: "ui.no-overlap".into(),
        lang: None,
        verdict: Verdict::Failed,
        note: "Covers the Save button".into(),
        decided_at: 1_795_685_100,
    };
    let path = widget.path().to_str().expect("path");
    let reviewed = |out: &std::process::Output| {
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        v["results"].as_array().expect("results").iter().any(|r| r.get("review").is_some())
    };
    // Saved for this widget (its name in its first language): used.
    let own = amo_preflight::review::identity(
        &amo_preflight::check_path(widget.path(), Default::default()).expect("opens").0,
    );
    assert_eq!(own, "Calendar via Acme");
    let mut reviews = Reviews { identity: own, ..Reviews::default() };
    reviews.set(decision.clone());
    store.save(widget.path(), &reviews).expect("save");
    assert!(reviewed(&run(&["check", path, "--format", "json"], home.path())));
    // Saved at this path for another widget: not used, and the warning says why.
    let mut reviews = Reviews { identity: "Chat via Other".into(), ..Reviews::default() };
    reviews.set(decision);
    store.save(widget.path(), &reviews).expect("save");
    let out = run(&["check", path, "--format", "json"], home.path());
    assert!(!reviewed(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("were made for another widget (Chat via Other), so they are not used; they were set aside as"),
        "{stderr}"
    );
    assert!(!reviewed(&run(&["check", path, "--format", "json"], home.path())));
}

#[test]
fn html_is_self_contained_and_escapes_the_widget() {
    let home = tempfile::tempdir().expect("temp");
    let f = Fixture::clean();
    f.edit_json("i18n/en.json", |v| {
        v["widget"]["name"] = serde_json::json!("<script>alert('x')</script> \"Cal\" via Acme");
        v["ui"]["panel_title"] = serde_json::json!(
            "<img src=https://evil.example/x.png onerror=alert(1)> & <a href=\"javascript:alert(1)\">x</a>"
        );
    });
    let out_dir = tempfile::tempdir().expect("temp");
    let file = out_dir.path().join("report.html");
    let out = run(
        &["check", f.path().to_str().expect("path"), "--format", "html", "--output", file.to_str().expect("path")],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let html = std::fs::read_to_string(&file).expect("report");
    let dom = tl::parse(&html, tl::ParserOptions::default()).expect("html");
    let mut images = 0;
    for node in dom.nodes() {
        let Some(tag) = node.as_tag() else { continue };
        let name = tag.name().as_utf8_str().to_lowercase();
        assert_ne!(name, "script", "a script element in the report");
        for (attr, value) in tag.attributes().iter() {
            let attr = attr.to_lowercase();
            assert!(!attr.starts_with("on"), "event handler attribute {attr} in <{name}>");
            let value = value.unwrap_or_default().to_string();
            if attr == "src" || (attr == "href" && name == "link") {
                assert!(value.starts_with("data:"), "external resource {value}");
            }
        }
        if name == "img" {
            images += 1;
        }
    }
    // Five logos and two slides per language.
    assert_eq!(images, 5 + 2 * 3);
    // The widget's markup arrives as text.
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Cal&quot; via Acme"));
    assert!(html.contains("&lt;img src=https://evil.example/x.png onerror=alert(1)&gt;"));
    assert!(html.contains("SHA-256 of the input"));
    // Each item says where its rule comes from, its pages as links.
    assert!(html.contains("Where the rule comes from:</p><p>Checklist, Development: &quot;Your integration uses oAuth 2.0&quot;; see <a href=\"https://www.kommo.com/developers/content/integrations/requirements-for-public-integrations/\">"), "no source for dev.oauth2");
}

/// The Markdown report of the broken example, compared with the snapshot in tests/snapshots.
/// After an intended change, run with `UPDATE_SNAPSHOTS=1` and review the difference.
#[test]
fn markdown_snapshot_of_the_broken_example() {
    let home = tempfile::tempdir().expect("temp");
    let out = run(&["check", BROKEN, "--format", "markdown", "--no-review"], home.path());
    let markdown = String::from_utf8(out.stdout).expect("utf-8").replace(BROKEN, "assets/examples/broken-widget");
    let snapshot = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/broken-widget.md");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snapshot, &markdown).expect("write snapshot");
    }
    let expected = std::fs::read_to_string(&snapshot).expect("snapshot (create it with UPDATE_SNAPSHOTS=1)");
    assert!(
        markdown == expected,
        "the Markdown report changed; run with UPDATE_SNAPSHOTS=1 and review tests/snapshots/broken-widget.md"
    );
}
