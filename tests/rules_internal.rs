//! `internal.error`: a bug inside one rule family becomes one result and the rest of the report
//! completes, in the CLI and in the app. The bug is injected with `AMO_PREFLIGHT_INJECT_PANIC`.

mod common;

use std::process::Command;

use amo_preflight::rules::INJECT_PANIC_VAR;
use amo_preflight::rules::catalogue;
use amo_preflight::rules::profile::Marketplace;
use common::*;
use serde_json::Value;

const FAMILIES: &[&str] =
    &["texts", "general", "content", "images", "l10n", "manifest", "js", "css", "files", "dev", "ui", "links"];

/// The JSON report of the broken example with `family` made to panic ("" = none).
fn report_with_panic_in(family: &str) -> (i32, Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
        .args(["check", BROKEN, "--format", "json", "--no-review"])
        .env(INJECT_PANIC_VAR, family)
        .env(amo_preflight::ocr::PROGRAM_VAR, "/nonexistent/tesseract")
        .output()
        .expect("runs");
    let json = serde_json::from_slice(&out.stdout).expect("a JSON report");
    (out.status.code().expect("exit code"), json)
}

fn results<'a>(json: &'a Value, rule: &str) -> Vec<&'a Value> {
    json["results"].as_array().expect("results").iter().filter(|r| r["rule"] == rule).collect()
}

#[test]
fn without_a_bug_internal_error_passes() {
    let report = check_example(CLEAN, Marketplace::Amocrm);
    one(&report, "internal.error", None, amo_preflight::rules::Status::Pass);
    let (code, json) = report_with_panic_in("");
    assert_eq!(code, 1, "the broken example fails on its own rules");
    assert_eq!(results(&json, "internal.error")[0]["status"], "pass");
}

#[test]
fn a_panic_in_one_family_is_one_result_and_the_rest_completes() {
    let (_, healthy) = report_with_panic_in("");
    for family in FAMILIES {
        let (code, json) = report_with_panic_in(family);
        assert_eq!(code, 1, "{family}");
        let errors = results(&json, "internal.error");
        assert_eq!(errors.len(), 1, "{family}");
        assert_eq!(errors[0]["status"], "fail");
        let message = errors[0]["message"].as_str().expect("message");
        assert!(message.contains(&format!("Internal error in the {family} rules — please report it")), "{message}");
        // Every rule is still in the report.
        for rule in catalogue::RULES {
            assert!(!results(&json, rule.id.as_str()).is_empty(), "{family}: {} missing", rule.id);
        }
        // The results of the other families are what they are without the bug.
        let unchanged = healthy["results"]
            .as_array()
            .expect("results")
            .iter()
            .filter(|r| r["rule"] != "internal.error" && r["status"] != "na")
            .filter(|r| json["results"].as_array().expect("results").contains(r))
            .count();
        let stopped = healthy["results"].as_array().expect("results").len() - unchanged;
        assert!(
            stopped < healthy["results"].as_array().expect("results").len() / 2,
            "{family}: {stopped} results changed"
        );
    }
}

#[test]
fn a_panic_in_the_js_rules_leaves_the_css_results_alone() {
    let (_, json) = report_with_panic_in("js");
    for r in results(&json, "js.undeclared") {
        assert_eq!(r["status"], "na");
        assert!(r["message"].as_str().expect("message").contains("internal error"));
    }
    assert_eq!(results(&json, "css.global-selectors")[0]["status"], "fail");
    assert_eq!(results(&json, "content.name-length").iter().filter(|r| r["status"] == "fail").count(), 2);
}

#[cfg(feature = "gui")]
#[test]
fn the_app_shows_the_internal_error_and_keeps_working() {
    use amo_preflight::app::state::Storage;
    use amo_preflight::app::{App, Command as AppCommand};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use std::time::Duration;

    let data = tempfile::tempdir().expect("temp");
    let mut app = App::new(Storage::at(data.path()));
    app.apply(AppCommand::SetUiLanguage(Some("en".into())), &egui::Context::default());
    let mut h = Harness::builder().with_size([1400.0, 1000.0]).build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    // The other tests of this file run the CLI with the variable set explicitly, so setting it in
    // this process affects only the app's checker thread.
    // SAFETY: no other thread of this test binary reads or writes the environment concurrently
    // except through Command::env, which does not touch this process's environment.
    unsafe { std::env::set_var(INJECT_PANIC_VAR, "css") };
    let ctx = h.ctx.clone();
    h.state_mut().open(BROKEN.into(), &ctx);
    assert!(h.state_mut().wait_for_check(&ctx, Duration::from_secs(60)));
    unsafe { std::env::remove_var(INJECT_PANIC_VAR) };
    h.run();
    h.get_by_label("The check ran to the end — Widget: ✖ Fail");
    h.get_by_label("No global CSS selectors — Widget: – Does not apply");
    h.get_by_label("Name is short enough — en: ✖ Fail");
    h.get_by_label("The check ran to the end — Widget: ✖ Fail").click_accesskit();
    h.run();
    h.get_by_label_contains("Internal error in the css rules — please report it");

    // The app keeps working: a check again, without the bug, is whole.
    h.state_mut().recheck();
    assert!(h.state_mut().wait_for_check(&ctx, Duration::from_secs(60)));
    h.run();
    h.get_by_label("The check ran to the end — Widget: ✔ Pass");
    h.get_by_label("No global CSS selectors — Widget: ✖ Fail");
}
