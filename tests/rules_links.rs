//! Network link checks against a local HTTP server on 127.0.0.1 — never the internet:
//! working and broken pages, redirect loops, slow answers, page languages, and that nothing is
//! requested from a private address unless the user allows it.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use amo_preflight::CheckOptions;
use amo_preflight::links::fetch::{FetchError, FetchOptions, Fetcher, Lookup};
use amo_preflight::links::{LinkOptions, Reach};
use amo_preflight::rules::Status;
use common::*;
use serde_json::json;

const SPANISH: &str = "Nuestro equipo responde todas las preguntas sobre la integración con el calendario y le ayuda a configurar cada detalle del widget para su empresa.";
const ENGLISH: &str = "Our team answers every question about the calendar integration and helps you set up each detail of the widget for your company.";

/// The local server with this file's routes.
fn server() -> (String, Arc<AtomicUsize>) {
    server::serve(route)
}

fn page(lang_attr: &str, extra_head: &str, text: &str) -> String {
    format!(
        "<!doctype html><html{lang_attr}><head>{extra_head}<title>Help</title></head><body><p>{text}</p></body></html>"
    )
}

fn route(path: &str) -> (String, String, String) {
    let html = "Content-Type: text/html; charset=utf-8\r\n".to_string();
    match path {
        "/en/help" => ("200 OK".into(), html, page(" lang=\"en\"", "", ENGLISH)),
        "/es/ayuda" => ("200 OK".into(), format!("{html}Content-Language: es\r\n"), page("", "", SPANISH)),
        "/pt/ajuda" => (
            "200 OK".into(),
            html,
            page(" lang=\"en\"", "<link rel=\"alternate\" hreflang=\"pt-BR\" href=\"/pt-br/ajuda\">", ENGLISH),
        ),
        "/mixed" => ("200 OK".into(), html, page(" lang=\"en\"", "", SPANISH)),
        "/no-head" => ("200 OK".into(), html, page(" lang=\"en\"", "", ENGLISH)),
        "/gone" => ("404 Not Found".into(), html, "gone".into()),
        "/styles/global.css" => (
            "200 OK".into(),
            "Content-Type: text/css\r\n".into(),
            "body { margin: 0 }\n.lib .x { color: red }\ninput[type=text] { border: 0 }\n".into(),
        ),
        "/styles/scoped.css" => {
            ("200 OK".into(), "Content-Type: text/css\r\n".into(), ".lib-card .x { color: red }\n".into())
        }
        "/loop" => ("302 Found".into(), "Location: /loop\r\n".into(), String::new()),
        "/to-ftp" => ("302 Found".into(), "Location: ftp://127.0.0.1/widget.zip\r\n".into(), String::new()),
        "/to-file" => ("301 Moved Permanently".into(), "Location: file:///etc/passwd\r\n".into(), String::new()),
        "/huge" => ("200 OK".into(), html, "<p>endless</p>".repeat(300_000)),
        "/moved" => ("301 Moved Permanently".into(), "Location: /en/help\r\n".into(), String::new()),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(3));
            ("200 OK".into(), html, page(" lang=\"en\"", "", ENGLISH))
        }
        _ => ("200 OK".into(), html, page(" lang=\"en\"", "", ENGLISH)),
    }
}

fn options(allow_private: bool) -> CheckOptions {
    let mut links = LinkOptions { cache: None, ..LinkOptions::default() };
    links.fetch.allow_private_hosts = allow_private;
    links.fetch.timeout = Duration::from_secs(1);
    CheckOptions { links: Some(links), ..CheckOptions::default() }
}

fn check(f: &Fixture, options: &CheckOptions) -> amo_preflight::report::Report {
    amo_preflight::check_path_with(f.path(), options, &|_, _, _| {}, &AtomicBool::new(false)).expect("widget").1
}

/// The clean example with its support page on the local server, so no test reaches the internet.
fn local_widget(base: &str) -> Fixture {
    let f = Fixture::clean();
    f.edit_json("manifest.json", |v| v["widget"]["support"]["link"] = json!(format!("{base}/no-head")));
    f
}

fn widget_with_links(base: &str) -> Fixture {
    let f = local_widget(base);
    f.edit_json("i18n/en.json", |v| {
        v["ui"]["panel_title"] = json!(format!("Help: {base}/en/help and {base}/gone"));
        v["ui"]["add_event"] = json!(format!("See {base}/moved, {base}/loop, {base}/slow"));
    });
    f.edit_json("i18n/es.json", |v| {
        v["ui"]["panel_title"] = json!(format!("Ayuda: {base}/es/ayuda y {base}/mixed"));
    });
    f.edit_json("i18n/pt.json", |v| v["ui"]["panel_title"] = json!(format!("Ajuda: {base}/pt/ajuda")));
    f
}

#[test]
fn private_hosts_are_not_requested_unless_allowed() {
    let (base, hits) = server();
    let f = widget_with_links(&base);
    let report = check(&f, &options(false));
    assert_eq!(hits.load(Ordering::SeqCst), 0, "a request reached the local server");
    let r = one(&report, "l10n.links-reachable", None, Status::Manual);
    assert!(r.evidence.iter().all(|e| e.label.contains("private, loopback or link-local")), "{:?}", r.evidence);
    assert_eq!(status(&report, "l10n.link-language", Some("es")), Status::Manual);
    // Offline (no --links), the links are listed for a person to open.
    f.write(
        "templates/footer.twig",
        format!("<footer>\n  <a href=\"{base}/terms\" target=\"_blank\">Terms</a>\n</footer>\n"),
    );
    let offline = f.check();
    let r = one(&offline, "l10n.links-reachable", None, Status::Manual);
    assert!(r.evidence.iter().any(|e| e.value.ends_with("/gone")), "{:?}", r.evidence);
    // Links in templates count too, with their line.
    let terms = r.evidence.iter().find(|e| e.value.ends_with("/terms")).expect("template link");
    assert_eq!(terms.location.as_ref().map(|l| (l.file.as_str(), l.line)), Some(("templates/footer.twig", Some(2))));
    assert_eq!(hits.load(Ordering::SeqCst), 0);
}

#[test]
fn links_are_opened_and_their_pages_language_checked() {
    let (base, hits) = server();
    let f = widget_with_links(&base);
    let started = Instant::now();
    let report = check(&f, &options(true));
    let took = started.elapsed();
    assert!(hits.load(Ordering::SeqCst) > 0);

    let reach = results(&report, "l10n.links-reachable", None);
    let broken = reach.iter().find(|r| r.status == Status::Fail).expect("a broken link");
    assert!(broken.message.contains("/gone does not open: the site answers 404"), "{}", broken.message);
    assert_at(broken, "i18n/en.json", Some(f.line_of("i18n/en.json", "/gone")));
    let unsure = reach.iter().find(|r| r.status == Status::Manual).expect("unverified links");
    let reasons: Vec<String> = unsure.evidence.iter().map(|e| format!("{}: {}", e.label, e.value)).collect();
    assert!(reasons.iter().any(|r| r.contains("/loop") && r.contains("more than 5 redirects")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("/slow") && r.contains("no answer within 1 second")), "{reasons:?}");
    assert!(reach.iter().any(|r| r.status == Status::Pass));

    // Pages in the text's language pass; an English page in the Portuguese file fails with
    // its Portuguese alternate suggested; contradicting signals are left to a person.
    let pt = one(&report, "l10n.link-language", Some("pt"), Status::Fail);
    assert!(pt.message.contains("/pt/ajuda is in English; its Portuguese version is /pt-br/ajuda"), "{}", pt.message);
    let es = one(&report, "l10n.link-language", Some("es"), Status::Manual);
    assert!(
        es.evidence.iter().any(|e| e.value.contains("/mixed") && e.label.contains("signals disagree")),
        "{:?}",
        es.evidence
    );
    assert_eq!(status(&report, "l10n.link-language", Some("en")), Status::Manual);

    let outcomes = report.links.as_ref().expect("links section");
    let moved = outcomes.iter().find(|o| o.url.ends_with("/moved")).expect("moved");
    assert_eq!(moved.reach, Reach::Works { status: 200 });
    assert!(moved.final_url.as_deref().is_some_and(|u| u.ends_with("/en/help")));
    assert!(took < Duration::from_secs(10), "link check took {took:?}");
}

#[test]
fn twenty_links_are_checked_concurrently_and_then_cached() {
    let (base, hits) = server();
    let f = local_widget(&base);
    let links: Vec<String> = (0..19).map(|i| format!("{base}/en/page{i}")).collect();
    f.edit_json("i18n/en.json", |v| v["ui"]["panel_title"] = json!(links.join(" ")));
    let cache = tempfile::tempdir().expect("temp");
    let mut opts = options(true);
    if let Some(l) = opts.links.as_mut() {
        l.cache = Some(amo_preflight::cache::DiskCache::new(cache.path(), Duration::from_secs(3600)));
    }
    let started = Instant::now();
    let report = check(&f, &opts);
    let first = started.elapsed();
    // 19 links in en.json and the support page.
    assert_eq!(report.links.as_ref().map(Vec::len), Some(20));
    let r = one(&report, "l10n.links-reachable", None, Status::Pass);
    assert_eq!(r.message, "20 links open.");
    let requests = hits.load(Ordering::SeqCst);
    let started = Instant::now();
    let again = check(&f, &opts);
    let second = started.elapsed();
    assert_eq!(hits.load(Ordering::SeqCst), requests, "cached links were requested again");
    assert_eq!(status(&again, "l10n.links-reachable", None), Status::Pass);
    eprintln!("20 links against the local server: {first:?}; again from the cache: {second:?}");
}

#[test]
fn a_cancelled_check_stops_early() {
    let (base, _hits) = server();
    let f = local_widget(&base);
    let links: Vec<String> = (0..10).map(|i| format!("{base}/slow?{i}")).collect();
    f.edit_json("i18n/en.json", |v| v["ui"]["panel_title"] = json!(links.join(" ")));
    let cancel = AtomicBool::new(true);
    let started = Instant::now();
    let report = amo_preflight::check_path_with(f.path(), &options(true), &|_, _, _| {}, &cancel).expect("widget").1;
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(report.links.as_ref().map(Vec::len), Some(0));
}

#[test]
fn external_stylesheets_are_downloaded_and_checked_for_global_selectors() {
    let (base, _hits) = server();
    let f = local_widget(&base);
    f.write(
        "templates/head.twig",
        format!("<link rel=\"stylesheet\" href=\"{base}/styles/global.css\">\n<link rel=\"stylesheet\" href=\"{base}/styles/scoped.css\">\n"),
    );
    // Offline, a person is asked to look.
    assert_eq!(status(&f.check(), "js.external-styles", None), Status::Manual);
    let report = check(&f, &options(true));
    let r = one(&report, "js.external-styles", None, Status::Fail);
    assert!(
        r.message.contains("/styles/global.css has 2 global selectors (`body`, `input[type=text]`)"),
        "{}",
        r.message
    );
    assert_at(r, "templates/head.twig", Some(1));
    let r = one(&report, "js.external-styles", None, Status::Pass);
    assert_eq!(r.message, "1 stylesheet from other sites has no global selectors.");
}

/// Stylesheets go through the same pool and cache as links: checking again requests nothing.
#[test]
fn external_stylesheets_are_cached_with_the_links() {
    let (base, hits) = server();
    let f = local_widget(&base);
    f.write(
        "templates/head.twig",
        format!("<link rel=\"stylesheet\" href=\"{base}/styles/global.css\">\n<link rel=\"stylesheet\" href=\"{base}/styles/scoped.css\">\n"),
    );
    // The same stylesheet loaded twice is downloaded once.
    f.write(
        "script.js",
        format!(
            "{}\nvar l = document.createElement('link'); l.href = '{base}/styles/scoped.css';\n",
            f.read("script.js")
        ),
    );
    let cache = tempfile::tempdir().expect("temp");
    let mut opts = options(true);
    if let Some(l) = opts.links.as_mut() {
        l.cache = Some(amo_preflight::cache::DiskCache::new(cache.path(), Duration::from_secs(3600)));
    }
    let first = check(&f, &opts);
    assert_eq!(status(&first, "js.external-styles", None), Status::Fail);
    // The support page, the two stylesheets' links in the template (do they open?) and the two
    // stylesheets downloaded: the one loaded twice is read once.
    assert_eq!(hits.load(Ordering::SeqCst), 5);
    let again = check(&f, &opts);
    assert_eq!(hits.load(Ordering::SeqCst), 5, "cached stylesheets were requested again");
    let r = one(&again, "js.external-styles", None, Status::Fail);
    assert!(r.message.contains("/styles/global.css has 2 global selectors"), "{}", r.message);
    assert_eq!(
        one(&again, "js.external-styles", None, Status::Pass).message,
        "2 stylesheets from other sites have no global selectors."
    );
}

/// A bug in the network stage is one internal.error; the report is whole and the network rules
/// list what a person should open, as offline.
#[test]
fn a_panic_in_the_network_stage_leaves_a_whole_report() {
    let (base, _) = server();
    let f = widget_with_links(&base);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
        .args([
            "check",
            &f.path().display().to_string(),
            "--format",
            "json",
            "--no-review",
            "--links",
            "--allow-private-hosts",
        ])
        .env(amo_preflight::rules::INJECT_PANIC_VAR, "network")
        .env(amo_preflight::ocr::PROGRAM_VAR, "/nonexistent/tesseract")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    let results = json["results"].as_array().expect("results");
    let of = |rule: &str| results.iter().filter(|r| r["rule"] == rule).collect::<Vec<_>>();
    let errors = of("internal.error");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]["message"].as_str().is_some_and(|m| m.contains("Internal error in the network rules")),
        "{:?}",
        errors[0]
    );
    assert_eq!(of("l10n.links-reachable")[0]["status"], "manual");
    for rule in amo_preflight::rules::catalogue::RULES {
        assert!(!of(rule.id.as_str()).is_empty(), "{} missing", rule.id);
    }
}

#[test]
fn bodies_are_read_up_to_the_cap_and_redirects_stay_on_http() {
    let (base, _) = server();
    let cap = 64 * 1024;
    let options = FetchOptions {
        allow_private_hosts: true,
        max_body: cap,
        timeout: Duration::from_secs(5),
        ..FetchOptions::default()
    };
    let fetcher = Fetcher::new(options).expect("client");
    // The server sends 4.2 MB; the fetcher keeps the first 64 KiB and drops the connection.
    let page = fetcher.page(&format!("{base}/huge"), "en").expect("page");
    assert_eq!(page.body.map(|b| b.len()), Some(cap));
    for path in ["/to-ftp", "/to-file"] {
        assert_eq!(fetcher.status(&format!("{base}{path}"), "en").map(|f| f.status), Err(FetchError::Scheme), "{path}");
        assert_eq!(fetcher.page(&format!("{base}{path}"), "en").map(|f| f.status), Err(FetchError::Scheme), "{path}");
    }
}

#[test]
fn a_name_that_turns_private_after_its_first_lookup_is_refused() {
    let (base, hits) = server();
    let port = base.rsplit(':').next().expect("port").to_string();
    // A lying DNS server: the first answer is public (TEST-NET-1, never routed), every later one
    // is the loopback address where the local server listens; then one that mixes both.
    let lookups = Arc::new(AtomicUsize::new(0));
    let counter = lookups.clone();
    let lookup: Lookup = Arc::new(move |host: &str| {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        Ok(match (host, n) {
            ("mixed.test", _) => vec!["127.0.0.1".parse().expect("ip"), "192.0.2.1".parse().expect("ip")],
            (_, 0) => vec!["192.0.2.1".parse().expect("ip")],
            _ => vec!["127.0.0.1".parse().expect("ip")],
        })
    });
    let options = FetchOptions { timeout: Duration::from_millis(500), ..FetchOptions::default() };
    let fetcher = Fetcher::with_lookup(options, lookup).expect("client");
    let url = format!("http://rebind.test:{port}/en/help");
    // First: the public address is the one connected to (and does not answer).
    let first = fetcher.status(&url, "en").map(|f| f.status);
    assert!(matches!(first, Err(FetchError::Timeout(_) | FetchError::Connect(_))), "{first:?}");
    // Then the name points inside: refused before any connection.
    assert_eq!(fetcher.status(&url, "en").map(|f| f.status), Err(FetchError::Private("rebind.test".into())));
    // Mixed answers: the private address is dropped, only the public one is tried.
    let mixed = fetcher.page(&format!("http://mixed.test:{port}/en/help"), "en").map(|f| f.status);
    assert!(matches!(mixed, Err(FetchError::Timeout(_) | FetchError::Connect(_))), "{mixed:?}");
    assert_eq!(hits.load(Ordering::SeqCst), 0, "a request reached the loopback server");
    assert!(lookups.load(Ordering::SeqCst) >= 3);
}
