//! Every rule has its cases (issue #11, item 5). Each case of tests/cases/ is built, checked and
//! asserted by rule id, status, language and place; and every rule of the catalogue has a case
//! that breaks it and one that keeps it (passes, or is `na` where the rule has no pass).

mod cases;
mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use amo_preflight::CheckOptions;
use amo_preflight::links::LinkOptions;
use amo_preflight::report::Report;
use amo_preflight::rules::catalogue::{self, RULES};
use amo_preflight::rules::profile::Marketplace;
use amo_preflight::rules::{INJECT_PANIC_VAR, Status};
use cases::{At, Build, Case};
use common::Fixture;
use serde_json::{Value, json};

/// One result as the check reported it.
#[derive(Debug)]
struct Seen {
    rule: String,
    lang: Option<String>,
    status: Status,
    message: String,
    /// Where it points: its locations, and for a manual result also where its evidence is (a
    /// manual result shows a person what to look at rather than pointing at a fault).
    places: Vec<Place>,
}

impl std::fmt::Display for Seen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let places: Vec<String> = self.places.iter().map(|p| format!("{}:{:?}", p.file, p.line)).collect();
        write!(f, "{} \"{}\" at [{}]", self.status.id(), self.message, places.join(", "))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    file: String,
    line: Option<usize>,
}

fn seen_in_report(report: &Report) -> Vec<Seen> {
    report
        .results
        .iter()
        .map(|r| {
            let evidence = r.evidence.iter().filter(|_| r.status == Status::Manual).filter_map(|e| e.location.as_ref());
            Seen {
                rule: r.rule.to_string(),
                lang: r.lang.clone(),
                status: r.status,
                message: r.message.clone(),
                places: r
                    .locations
                    .iter()
                    .chain(evidence)
                    .map(|l| Place { file: l.file.clone(), line: l.line })
                    .collect(),
            }
        })
        .collect()
}

fn seen_in_json(report: &Value) -> Vec<Seen> {
    let place = |l: &Value| Place {
        file: l["file"].as_str().expect("a file").to_string(),
        line: l["line"].as_u64().map(|n| n as usize),
    };
    let results = report["results"].as_array().expect("results");
    results
        .iter()
        .map(|r| {
            let status = Status::ALL.into_iter().find(|s| r["status"] == s.id()).expect("a known status");
            let locations = r["locations"].as_array().into_iter().flatten();
            let evidence = r["evidence"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|_| status == Status::Manual)
                .map(|e| &e["location"])
                .filter(|l| l.is_object());
            Seen {
                rule: r["rule"].as_str().expect("a rule").to_string(),
                lang: r["lang"].as_str().map(str::to_string),
                status,
                message: r["message"].as_str().unwrap_or_default().to_string(),
                places: locations.chain(evidence).map(place).collect(),
            }
        })
        .collect()
}

/// The pages of the local server the link cases use.
fn route(path: &str) -> (String, String, String) {
    const ENGLISH: &str = "Our team answers every question about the calendar integration and \
    helps you set up each detail of the widget for your company.";
    const SPANISH: &str = "Nuestro equipo responde todas las preguntas sobre la integración con \
    el calendario y le ayuda a configurar cada detalle del widget para su \
    empresa.";
    let page = |lang: &str, text: &str| {
        format!(
            "<!doctype html><html \
            lang=\"{lang}\"><head><title>Help</title></head><body><p>{text}</p></body></html>"
        )
    };
    let html = "Content-Type: text/html; charset=utf-8\r\n".to_string();
    let css = "Content-Type: text/css\r\n".to_string();
    match path {
        "/en/help" => ("200 OK".into(), html, page("en", ENGLISH)),
        "/es/ayuda" => ("200 OK".into(), html, page("es", SPANISH)),
        "/styles/global.css" => ("200 OK".into(), css, "body { margin: 0 }\n.lib .x { color: red }\n".into()),
        "/styles/scoped.css" => ("200 OK".into(), css, ".acme-calendar .lib-x { color: red }\n".into()),
        _ => ("404 Not Found".into(), html, "gone".into()),
    }
}

/// The base URL of the local server, started once for all link cases.
fn server() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| common::server::serve(route).0)
}

/// Builds the case's widget and checks it; returns the widget (to find lines in) and the results.
fn observe(case: &Case) -> (Fixture, Vec<Seen>) {
    let f = Fixture::clean();
    let marketplace = case.marketplace;
    let seen = match case.build {
        Build::Edit(edit) => {
            edit(&f);
            seen_in_report(&f.check_for(marketplace))
        }
        Build::Zip(zip) => {
            let out = tempfile::tempdir().expect("temp dir");
            let path = out.path().join("widget.zip");
            zip(&f, &path);
            seen_in_report(&amo_preflight::check_path(&path, marketplace).expect("a widget").1)
        }
        Build::Links(edit) => {
            let base = server();
            f.edit_json("manifest.json", |v| v["widget"]["support"]["link"] = json!(format!("{base}/en/help")));
            edit(&f, base);
            seen_in_report(&check_links(&f, marketplace))
        }
        Build::Cli { panic_in } => check_cli(&f, marketplace, panic_in),
    };
    (f, seen)
}

/// Checks with links opened, private hosts (the local server) allowed.
fn check_links(f: &Fixture, marketplace: Marketplace) -> Report {
    let mut links = LinkOptions { cache: None, ..LinkOptions::default() };
    links.fetch.allow_private_hosts = true;
    links.fetch.timeout = Duration::from_secs(5);
    let options = CheckOptions { marketplace, links: Some(links), ..CheckOptions::default() };
    amo_preflight::check_path_with(f.path(), &options, &|_, _, _| {}, &AtomicBool::new(false)).expect("a widget").1
}

/// Checks with the CLI in a child process, with a bug injected into one family (or none).
fn check_cli(f: &Fixture, marketplace: Marketplace, panic_in: Option<&str>) -> Vec<Seen> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_amo-preflight"));
    command.arg("check").arg(f.path()).args(["--format", "json", "--no-review", "--marketplace", marketplace.id()]);
    // The library's check reads no images: neither does this one.
    command.arg("--no-ocr");
    match panic_in {
        Some(family) => command.env(INJECT_PANIC_VAR, family),
        None => command.env_remove(INJECT_PANIC_VAR),
    };
    let out = command.output().expect("the CLI runs");
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not a JSON report ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    seen_in_json(&report)
}

/// The place a case expects, with the line found in the built widget; `None` for no place.
fn expected_place(f: &Fixture, at: At) -> Option<Place> {
    match at {
        At::Line { file, text } => Some(Place { file: file.to_string(), line: Some(f.line_of(file, text)) }),
        At::File(file) => Some(Place { file: file.to_string(), line: None }),
        At::Nowhere => None,
    }
}

/// Runs one case: `Err` says how the rule's results differ from what the case expects.
fn verify(case: &Case) -> Result<(), String> {
    let (f, seen) = observe(case);
    let mine: Vec<&Seen> = seen.iter().filter(|s| s.rule == case.rule && s.lang.as_deref() == case.lang).collect();
    let shown = || mine.iter().map(|s| format!("\n    {s}")).collect::<String>();
    let Some(worst) = mine.iter().map(|s| s.status).max() else {
        return Err("the rule gave no result for this language".to_string());
    };
    if worst != case.status {
        return Err(format!("the rule gives {}, not {}:{}", worst.id(), case.status.id(), shown()));
    }
    let Some(at) = case.at else { return Ok(()) };
    let want = expected_place(&f, at);
    let found = mine.iter().filter(|s| s.status == case.status).any(|s| match &want {
        Some(place) => s.places.contains(place),
        None => s.places.is_empty(),
    });
    if !found {
        return Err(format!("no {} result points at {want:?}:{}", case.status.id(), shown()));
    }
    Ok(())
}

/// Runs every case of a family, and fails naming each case that does not hold.
fn run_family(family: &str) {
    let (_, cases) = cases::FAMILIES.iter().find(|(name, _)| *name == family).expect("a family");
    let cases = cases();
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let error = match catch_unwind(AssertUnwindSafe(|| verify(case))) {
                Ok(Ok(())) => return None,
                Ok(Err(error)) => error,
                Err(panic) => panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "panicked".to_string()),
            };
            Some(format!("{}\n  {error}", case.name()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} {family} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

macro_rules! family_tests {
    ($($family:ident),*) => {
        $(
            #[test]
            fn $family() {
                run_family(stringify!($family));
            }
        )*
    };
}

family_tests!(internal, general, content, images, l10n, dev, files, manifest, ui, css, code, js);

fn is_flagged(status: Status) -> bool {
    matches!(status, Status::Fail | Status::Warn | Status::Manual)
}

/// Walks the catalogue: every rule needs a case that breaks it and one that keeps it, asserted
/// for a language when the rule is per language, and on Kommo when it is a Kommo rule.
#[test]
fn every_rule_has_a_case_that_breaks_it_and_one_that_keeps_it() {
    let all = cases::all();
    let mut problems = Vec::new();
    for case in &all {
        match catalogue::rule(case.rule) {
            None => problems.push(format!("{}: no such rule", case.name())),
            Some(rule) if rule.per_language != case.lang.is_some() => problems.push(format!(
                "{}: per_language is {}, so give a language exactly then",
                case.name(),
                rule.per_language
            )),
            Some(_) => {}
        }
    }
    for rule in RULES {
        let id = rule.id.as_str();
        let mine: Vec<&Case> =
            all.iter().filter(|c| c.rule == id && rule.only.is_none_or(|m| c.marketplace == m)).collect();
        let on = rule.only.map(|m| format!(" on {}", m.title())).unwrap_or_default();
        if !mine.iter().any(|c| is_flagged(c.status)) {
            problems.push(format!("{id}: no case that breaks it (fail, warn or manual){on}"));
        }
        let passes = mine.iter().any(|c| c.status == Status::Pass);
        let documented_na = mine.iter().any(|c| c.status == Status::Na && c.no_pass.is_some());
        if !passes && !documented_na {
            problems.push(format!(
                "{id}: no case that passes{on} (or is na, saying why the rule has no \
                pass)"
            ));
        }
        if passes && documented_na {
            problems.push(format!("{id}: a case says the rule has no pass, but another passes"));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// A rule's cases are where its id says: in its family's file, in catalogue order.
#[test]
fn cases_are_filed_by_family_in_catalogue_order() {
    let position = |id: &str| RULES.iter().position(|r| r.id.as_str() == id);
    for (family, cases) in cases::FAMILIES {
        let mut last = 0;
        for case in cases() {
            let (prefix, _) = case.rule.split_once('.').expect("family.name");
            assert_eq!(prefix, *family, "{} is filed under {family}", case.name());
            let at = position(case.rule).unwrap_or_else(|| panic!("{}: no such rule", case.name()));
            assert!(at >= last, "{} comes before a rule listed above it in the catalogue", case.name());
            last = at;
        }
    }
    let families: Vec<&str> = cases::FAMILIES.iter().map(|(f, _)| *f).collect();
    for rule in RULES {
        let family = rule.id.as_str().split('.').next().unwrap_or_default();
        assert!(families.contains(&family), "no file for the {family} family");
    }
}
