//! The `amo-preflight` command: exit codes, formats, output file, and that the input is never
//! written to.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::*;

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

#[test]
fn exit_codes_follow_the_worst_result() {
    assert_eq!(code(&cli(&["check", CLEAN])), 0);
    assert_eq!(code(&cli(&["check", BROKEN])), 1);
    assert_eq!(code(&cli(&["check", CLEAN, "--fail-on", "warn"])), 0);
    // The clean widget has no warnings, so a widget with one warning shows the difference.
    let f = Fixture::clean();
    f.edit_json("manifest.json", |v| v["widget"]["version"] = serde_json::json!("1.0 beta"));
    let path = f.path().to_str().expect("utf-8 path");
    assert_eq!(code(&cli(&["check", path])), 0);
    assert_eq!(code(&cli(&["check", path, "--fail-on", "warn"])), 1);
}

#[test]
fn unreadable_input_exits_2_with_one_line() {
    let dir = tempfile::tempdir().expect("temp");
    let not_zip = dir.path().join("widget.zip");
    std::fs::write(&not_zip, "this is not a zip").expect("write");
    for path in [not_zip.to_str().expect("path"), "/nonexistent/widget"] {
        let out = cli(&["check", path]);
        assert_eq!(code(&out), 2, "{path}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("amo-preflight: "), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    let empty = tempfile::tempdir().expect("temp");
    let out = cli(&["check", empty.path().to_str().expect("path")]);
    assert_eq!(code(&out), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("manifest.json"));
}

#[test]
fn json_report_follows_the_contract() {
    let out = cli(&["check", BROKEN, "--format", "json"]);
    assert_eq!(code(&out), 1);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["schema"], "amo-preflight.report/1");
    assert_eq!(v["tool"]["name"], "amo-preflight");
    assert_eq!(v["marketplace"], "amocrm");
    assert_eq!(v["widget"]["kind"], "folder");
    assert_eq!(v["widget"]["source"], BROKEN);
    assert_eq!(v["widget"]["languages"], serde_json::json!(["en", "es", "pt"]));
    let results = v["results"].as_array().expect("results");
    let total: u64 =
        ["pass", "fail", "warn", "manual", "na"].iter().map(|k| v["summary"][k].as_u64().expect("count")).sum();
    assert_eq!(total as usize, results.len());
    for r in results {
        for key in ["rule", "section", "lang", "status", "message", "help", "locations"] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
        for l in r["locations"].as_array().expect("array") {
            let file = l["file"].as_str().expect("file");
            assert!(!file.contains('\\') && !file.starts_with('/'), "{file}");
            if let Some(line) = l.get("line") {
                assert!(line.as_u64().expect("number") >= 1);
            }
        }
    }
    let name = results.iter().find(|r| r["rule"] == "content.name-length" && r["lang"] == "en").expect("result");
    assert_eq!(name["status"], "fail");
    assert_eq!(name["section"], "content");
    assert_eq!(name["locations"][0]["file"], "i18n/en.json");
    let wide = results.iter().find(|r| r["rule"] == "files.dev-junk").expect("result");
    assert!(wide["lang"].is_null());
    assert!(v["images"].as_array().expect("images").iter().any(|i| i["role"] == "logo_main" && i["height"] == 270));
}

#[test]
fn text_report_is_grouped_by_section_with_positions() {
    let out = cli(&["check", BROKEN]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let positions: Vec<usize> = ["GENERAL", "CONTENT AND APPEARANCE", "DEVELOPMENT"]
        .iter()
        .map(|h| text.find(&format!("\n{h}\n")).unwrap_or_else(|| panic!("{h} missing")))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
    assert!(text.contains("✗ FAIL   content.name-length [en]"), "{text}");
    assert!(text.contains("at i18n/en.json:"), "{text}");
    assert!(text.contains("problems block publication"));
    assert!(!text.contains('\x1b'), "NO_COLOR is respected");
}

#[test]
fn output_file_is_written_and_the_input_is_untouched() {
    let f = Fixture::clean();
    let before = snapshot(f.path());
    let out_dir = tempfile::tempdir().expect("temp");
    let report = out_dir.path().join("report.json");
    let o = cli(&[
        "check",
        f.path().to_str().expect("path"),
        "--format",
        "json",
        "--output",
        report.to_str().expect("path"),
    ]);
    assert_eq!(code(&o), 0);
    assert!(o.stdout.is_empty());
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
    assert_eq!(v["summary"]["fail"], 0);
    assert_eq!(snapshot(f.path()), before);
}

#[test]
fn rules_lists_the_whole_catalogue() {
    let out = cli(&["rules", "--format", "json"]);
    assert_eq!(code(&out), 0);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let ids: Vec<&str> = v["rules"].as_array().expect("array").iter().map(|r| r["id"].as_str().expect("id")).collect();
    let kommo = &v["marketplaces"][1];
    assert_eq!((kommo["marketplace"].as_str(), kommo["teaser_max"].as_u64()), (Some("kommo"), Some(50)));
    assert_eq!(ids.len(), amo_preflight::rules::catalogue::RULES.len());
    assert!(ids.contains(&"js.undeclared") && ids.contains(&"content.name-via"));
    let text = String::from_utf8(cli(&["rules"]).stdout).expect("utf-8");
    assert!(text.contains("content.teaser-length") && text.contains("per language"));
    assert!(text.contains("Kommo    name ≤ 30 (joined by via/vía/by), words ≤ 19"), "{text}");
}

/// Every file under a folder with its bytes and modification time.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let meta = std::fs::metadata(&p).expect("meta");
                out.push((p.display().to_string(), std::fs::read(&p).expect("read"), meta.modified().expect("mtime")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_given_root_selector_replaces_the_inferred_one() {
    let home = tempfile::tempdir().expect("temp");
    let json = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec!["check", CLEAN, "--format", "json", "--no-review"];
        args.extend_from_slice(extra);
        let out = Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
            .args(&args)
            .env("XDG_DATA_HOME", home.path())
            .env(amo_preflight::ocr::PROGRAM_VAR, "/nonexistent/tesseract")
            .output()
            .expect("runs");
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let root_scoped = |v: &serde_json::Value| -> Vec<(String, String)> {
        v["results"]
            .as_array()
            .expect("results")
            .iter()
            .filter(|r| r["rule"] == "css.root-scoped")
            .map(|r| {
                (
                    r["status"].as_str().unwrap_or_default().to_string(),
                    r["message"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    assert!(root_scoped(&json(&[])).iter().all(|(s, _)| s == "pass"));
    let given = root_scoped(&json(&["--root-selector", ".other-widget"]));
    assert!(given.iter().any(|(s, m)| s == "warn" && m.contains(".other-widget")), "{given:?}");
}

/// The person's language for the text report, the command's help and its errors; English JSON
/// for machines, whatever the system speaks, unless asked.
#[test]
fn the_language_follows_lang_or_the_system_and_json_stays_english() {
    let russian = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
            .args(args)
            .env("NO_COLOR", "1")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .env("LANG", "ru_RU.UTF-8")
            .env(amo_preflight::ocr::PROGRAM_VAR, "/nonexistent/tesseract")
            .output()
            .expect("runs")
    };
    let text = String::from_utf8(russian(&["check", BROKEN]).stdout).expect("utf-8");
    assert!(text.contains("✗ ОШИБКА") && text.contains("мешают публикации"), "{text}");
    let json: serde_json::Value =
        serde_json::from_slice(&russian(&["check", BROKEN, "--format", "json"]).stdout).expect("json");
    assert_eq!(json["language"], "en");
    let name = json["results"].as_array().expect("results").iter().find(|r| r["rule"] == "content.name-length");
    let message = name.and_then(|r| r["message"].as_str()).unwrap_or_default();
    assert!(message.starts_with("The name has"), "{message}");
    let asked: serde_json::Value =
        serde_json::from_slice(&cli(&["check", BROKEN, "--format", "json", "--lang", "es"]).stdout).expect("json");
    assert_eq!(asked["language"], "es");
    let help = String::from_utf8(russian(&["check", "--help"]).stdout).expect("utf-8");
    assert!(help.contains("Использование:") && help.contains("Чей чек-лист применять"), "{help}");
    let missing = russian(&["check", "/no/such/widget"]);
    assert_eq!(code(&missing), 2);
    let said = String::from_utf8(missing.stderr).expect("utf-8");
    assert!(said.starts_with("amo-preflight: ") && said.chars().any(|c| ('а'..='я').contains(&c)), "{said}");
    let rules: serde_json::Value =
        serde_json::from_slice(&cli(&["rules", "--format", "json", "--lang", "ru"]).stdout).expect("json");
    assert_eq!(rules["rules"][0]["id"], "internal.error");
    assert_eq!(rules["rules"][0]["title"], "Проверка прошла до конца");
    let page = String::from_utf8(cli(&["check", BROKEN, "--format", "html", "--lang", "pt"]).stdout).expect("utf-8");
    assert!(page.contains("<html lang=\"pt\">"), "{}", &page[..200]);
}

/// The commands as the `--help` of the program lists them.
fn subcommands() -> Vec<String> {
    let help = String::from_utf8(cli(&["--help"]).stdout).expect("utf-8");
    let listed: Vec<String> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        // A wrapped description goes on deeper indented.
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(listed.len() >= 5, "{help}");
    listed
}

/// The man pages and the shell completions come from the same definition as `--help`, so each
/// mentions every command, with its options.
#[test]
fn man_pages_and_completions_mention_every_command() {
    let commands = subcommands();
    let page = String::from_utf8(cli(&["man"]).stdout).expect("utf-8");
    assert!(page.starts_with(".ie") && page.contains(".TH amo-preflight 1"), "{page}");
    for command in &commands {
        assert!(page.contains(&format!("amo\\-preflight\\-{command}(1)")), "{command} not in the man page");
    }
    let dir = tempfile::tempdir().expect("temp");
    assert!(cli(&["man", "--output-dir", dir.path().to_str().expect("path")]).status.success());
    for command in &commands {
        let sub = std::fs::read_to_string(dir.path().join(format!("amo-preflight-{command}.1"))).expect("a page");
        assert!(sub.contains(&format!(".TH amo-preflight-{command} 1")), "{sub}");
    }
    let fix = std::fs::read_to_string(dir.path().join("amo-preflight-fix.1")).expect("fix page");
    assert!(fix.contains("\\-\\-keep") && fix.contains("\\-\\-dry\\-run"), "{fix}");
    for shell in ["bash", "zsh", "fish"] {
        let out = cli(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).expect("utf-8");
        for command in &commands {
            assert!(script.contains(command.as_str()), "{shell}: {command} missing");
        }
        assert!(script.contains("marketplace") && script.contains("dry-run"), "{shell}: options missing");
    }
    assert_eq!(code(&cli(&["completions", "tcsh"])), 2, "an unknown shell is a usage error");
}

/// Several widgets are checked in turn, each report whole, then a line per widget; the exit
/// code is the worst of them. Reports made for one document at a time refuse several.
#[test]
fn several_widgets_give_a_report_each_and_the_worst_exit_code() {
    let out = cli(&["check", CLEAN, BROKEN]);
    assert_eq!(code(&out), 1);
    let said = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(said.matches("amoCRM checklist — languages:").count(), 2, "{said}");
    let tail: Vec<&str> = said.lines().rev().take(2).collect();
    assert!(
        tail[1].starts_with("Calendar via Acme — ")
            && tail[1].ends_with("Nothing blocks publication · 39 items to check by hand"),
        "{tail:?}"
    );
    assert!(tail[0].contains("broken-widget: 40 problems block publication"), "{tail:?}");
    let missing = tempfile::tempdir().expect("temp").path().join("gone");
    assert_eq!(code(&cli(&["check", CLEAN, missing.to_str().expect("path")])), 2, "an unreadable one is the worst");
    for format in ["json", "sarif", "html"] {
        let out = cli(&["check", CLEAN, BROKEN, "--format", format]);
        assert_eq!(code(&out), 2, "{format}");
        assert!(out.stdout.is_empty(), "{format}: nothing half written");
        assert!(String::from_utf8_lossy(&out.stderr).contains("take one widget at a time"), "{format}");
    }
}

/// The text shows what needs the reader — problems, warnings, items to check by hand — and says
/// how many passes it leaves out; `--verbose` adds them and `--quiet` keeps only the summary.
#[test]
fn verbose_and_quiet_change_only_what_is_shown() {
    let normal = String::from_utf8(cli(&["check", BROKEN]).stdout).expect("utf-8");
    let verbose = String::from_utf8(cli(&["check", BROKEN, "--verbose"]).stdout).expect("utf-8");
    let quiet = cli(&["check", BROKEN, "--quiet"]);
    assert!(!normal.contains("✓ PASS") && !normal.contains("n/a   "), "{normal}");
    assert!(normal.contains("✗ FAIL") && normal.contains("! WARN") && normal.contains("? MANUAL"));
    assert!(normal.contains("58 passed or not applicable items are not shown; --verbose lists them."), "{normal}");
    assert!(verbose.contains("✓ PASS   internal.error  Every rule family ran to the end."), "{verbose}");
    assert!(!verbose.contains("--verbose lists"));
    // Nothing but the passes differs: every line of the normal report is in the verbose one.
    let lines: std::collections::HashSet<&str> = verbose.lines().collect();
    assert!(normal.lines().filter(|l| !l.contains("--verbose")).all(|l| lines.contains(l)));
    assert_eq!(code(&quiet), 1, "the exit code does not depend on what is shown");
    let quiet = String::from_utf8(quiet.stdout).expect("utf-8");
    assert_eq!(quiet.lines().count(), 1, "{quiet}");
    assert!(
        quiet.starts_with("SuperCal Ultimate Calendar Synchronizer — ") && quiet.contains("40 problems"),
        "{quiet}"
    );
    assert_eq!(code(&cli(&["check", BROKEN, "--quiet", "--verbose"])), 2, "they contradict each other");
}

/// `--version` names the version, and the commit when built from a git checkout.
#[test]
fn version_names_the_commit() {
    let out = String::from_utf8(cli(&["--version"]).stdout).expect("utf-8");
    assert!(out.starts_with(&format!("amo-preflight {}", env!("CARGO_PKG_VERSION"))), "{out}");
    if Path::new(env!("CARGO_MANIFEST_DIR")).join(".git").exists() {
        let commit = out.split("(commit ").nth(1).and_then(|r| r.split(')').next()).expect("a commit");
        assert!(commit.len() == 12 && commit.chars().all(|c| c.is_ascii_hexdigit()), "{out}");
    }
}

#[test]
fn check_reads_the_words_in_images_unless_told_not_to() {
    let cache = tempfile::tempdir().expect("cache");
    let f = Fixture::clean();
    f.write("images/tour_1_en.png", common::slides::with_words((1188, 616), &["Настройки виджета"]));
    let json = |args: &[&str]| -> serde_json::Value {
        let out = cli_reading_images(args, cache.path());
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let path = f.path().to_str().expect("utf-8");
    let read = json(&["check", path, "--format", "json"]);
    assert_eq!(read["ocr"]["state"], "read", "{}", read["ocr"]);
    let found = read["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["rule"] == "images.no-foreign-words" && r["lang"] == "en")
        .expect("the rule for en");
    assert_eq!(found["status"], "fail", "{found}");
    assert!(found["locations"][0]["box"]["width"].as_u64().is_some_and(|w| w > 0), "{found}");
    // The readings were kept in the cache given, not the user's.
    assert!(std::fs::read_dir(cache.path().join("amo-preflight/ocr")).expect("cache").count() > 0);
    let skipped = json(&["check", path, "--format", "json", "--no-ocr"]);
    assert_eq!(skipped["ocr"]["state"], "off");
}
