//! Network link checks (`--links`, or the app's button): every link of the widget is opened —
//! does it work, and is the page in the language of the text that links to it? Without the
//! network the two rules list the links for a person to check. Results are cached on disk.

pub mod cache;
pub mod fetch;
pub mod page;

use crate::rules::catalogue::RuleId;
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

use crate::location::Location;
use crate::rules::l10n::{language_links, language_name, manifest_links};
use crate::rules::{Finding, Status};
use crate::text::links::LinkKind;
use crate::widget::Widget;
use fetch::{FetchError, FetchOptions, Fetcher};
use page::PageLanguage;

/// The languages page text is compared against.
const PAGE_LANGUAGES: &[&str] = &["en", "es", "pt", "ru", "tr", "id"];

/// How to check links.
#[derive(Debug, Clone)]
pub struct LinkOptions {
    pub fetch: FetchOptions,
    /// Links checked at the same time, over all hosts. One host gets one request at a time.
    pub concurrency: usize,
    pub cache: Option<cache::LinkCache>,
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions { fetch: FetchOptions::default(), concurrency: 8, cache: cache::LinkCache::in_user_cache() }
    }
}

/// One link to check: a URL, the language of the text it is in (`None`: language-neutral, e.g.
/// the manifest's support page), and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub url: String,
    pub lang: Option<String>,
    pub locations: Vec<Location>,
}

/// Whether a link works.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum Reach {
    /// 2xx after redirects.
    Works { status: u16 },
    /// 404, 410, other 4xx, or 5xx twice.
    Broken { status: u16 },
    /// No answer, or one that does not tell (timeouts, DNS, 429, private hosts).
    Unverified { reason: String },
}

/// What was learned about one link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub url: String,
    pub lang: Option<String>,
    pub reach: Reach,
    pub final_url: Option<String>,
    pub page: Option<PageLanguage>,
}

/// The web links of a widget, one target per (URL, language).
pub fn targets(widget: &Widget) -> Vec<Target> {
    let mut found: BTreeMap<(String, Option<String>), Vec<Location>> = BTreeMap::new();
    for lang in &widget.languages {
        for (link, at) in language_links(widget, lang).into_iter().filter(|(l, _)| l.kind == LinkKind::Web) {
            found.entry((link.url, Some(lang.clone()))).or_default().push(at);
        }
    }
    for (link, at) in manifest_links(widget).into_iter().filter(|(l, _)| l.kind == LinkKind::Web) {
        found.entry((link.url, None)).or_default().push(at);
    }
    // Templates are shown in every language: links in their attributes and text.
    for (path, html) in &widget.templates {
        let Some(file) = widget.texts.get(path) else { continue };
        for (value, offset) in html.values() {
            for link in crate::text::links::find(value).into_iter().filter(|l| l.kind == LinkKind::Web) {
                found.entry((link.url, None)).or_default().push(file.location_at(offset + link.offset));
            }
        }
    }
    found.into_iter().map(|((url, lang), locations)| Target { url, lang, locations }).collect()
}

/// Checks every target, a few hosts at a time and one request per host at a time. `progress`
/// gets (done, total); setting `cancel` stops before the next link.
pub fn check(
    targets: &[Target],
    options: &LinkOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Result<Vec<Outcome>, FetchError> {
    let fetcher = Fetcher::new(options.fetch.clone())?;
    let mut by_host: BTreeMap<String, Vec<&Target>> = BTreeMap::new();
    for t in targets {
        by_host.entry(crate::text::links::host(&t.url).unwrap_or_default()).or_default().push(t);
    }
    let queue = Mutex::new(by_host.into_values().collect::<Vec<_>>());
    let results = Mutex::new(Vec::new());
    let done = Mutex::new(0usize);
    let total = targets.len();
    std::thread::scope(|scope| {
        for _ in 0..options.concurrency.max(1).min(total.max(1)) {
            scope.spawn(|| {
                loop {
                    let Some(group) = queue.lock().ok().and_then(|mut q| q.pop()) else { return };
                    for target in group {
                        if cancel.load(Ordering::Relaxed) {
                            return;
                        }
                        let outcome = check_one(&fetcher, target, options);
                        if let Ok(mut r) = results.lock() {
                            r.push(outcome);
                        }
                        if let Ok(mut d) = done.lock() {
                            *d += 1;
                            progress(*d, total);
                        }
                    }
                }
            });
        }
    });
    let mut outcomes = results.into_inner().unwrap_or_default();
    outcomes.sort_by(|a, b| (&a.url, &a.lang).cmp(&(&b.url, &b.lang)));
    Ok(outcomes)
}

fn check_one(fetcher: &Fetcher, target: &Target, options: &LinkOptions) -> Outcome {
    let lang = target.lang.clone();
    if let Some(cached) = options.cache.as_ref().and_then(|c| c.get(&target.url, lang.as_deref())) {
        return cached;
    }
    let accept = match &lang {
        Some(l) => format!("{l}, *;q=0.5"),
        None => "en, *;q=0.5".to_string(),
    };
    let candidates: Vec<String> = PAGE_LANGUAGES.iter().map(|s| s.to_string()).collect();
    let mut outcome = Outcome {
        url: target.url.clone(),
        lang: lang.clone(),
        reach: Reach::Unverified { reason: String::new() },
        final_url: None,
        page: None,
    };
    // A language's link needs the page itself; a neutral one only its status.
    let first = if lang.is_some() { fetcher.page(&target.url, &accept) } else { fetcher.status(&target.url, &accept) };
    let response = match first {
        Ok(r) if r.status >= 500 => {
            std::thread::sleep(std::time::Duration::from_millis(500));
            fetcher.page(&target.url, &accept)
        }
        other => other,
    };
    match response {
        Ok(r) => {
            outcome.final_url = Some(r.final_url.clone());
            outcome.reach = match r.status {
                200..=299 => Reach::Works { status: r.status },
                429 => Reach::Unverified { reason: "the site asked to slow down (429)".into() },
                300..=399 => Reach::Works { status: r.status },
                s => Reach::Broken { status: s },
            };
            if matches!(outcome.reach, Reach::Works { .. })
                && let Some(body) = &r.body
            {
                outcome.page = Some(page::read(r.content_language.as_deref(), body, &candidates));
            }
        }
        Err(e) => outcome.reach = Reach::Unverified { reason: e.to_string() },
    }
    if let Some(cache) = &options.cache
        && !matches!(outcome.reach, Reach::Unverified { .. })
    {
        cache.put(&outcome);
    }
    outcome
}

/// With the network, `js.external-styles` is decided by downloading each stylesheet the offline
/// check listed (its evidence) and looking for global selectors in it; the offline result is
/// replaced. Without the network the offline result stays.
pub fn external_styles(findings: &mut Vec<Finding>, options: &LinkOptions, cancel: &AtomicBool) {
    const ID: RuleId = RuleId::JsExternalStyles;
    let Some(index) = findings.iter().position(|f| f.rule.id == ID && f.status == Status::Manual) else { return };
    let Ok(fetcher) = Fetcher::new(options.fetch.clone()) else { return };
    let listed = findings[index].evidence.clone();
    let mut results = Vec::new();
    let mut unverified = Finding::new(ID, Status::Manual, String::new());
    let mut clean = 0;
    for e in listed {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let at = e.location.clone().into_iter();
        match fetcher.page(&e.value, "en, *;q=0.5") {
            Ok(r) if (200..300).contains(&r.status) => {
                let body = r.body.unwrap_or_default();
                let global = crate::rules::css::global_selectors(&e.value, &body);
                if global.is_empty() {
                    clean += 1;
                } else {
                    let shown: Vec<String> = global.iter().take(5).map(|s| format!("`{s}`")).collect();
                    results.push(
                        Finding::new(
                            ID,
                            Status::Fail,
                            format!(
                                "{} has {} global selector{} ({}{}) that would restyle amoCRM.",
                                e.value,
                                global.len(),
                                if global.len() == 1 { "" } else { "s" },
                                shown.join(", "),
                                if global.len() > 5 { ", …" } else { "" }
                            ),
                        )
                        .at_all(at),
                    );
                }
            }
            Ok(r) => {
                unverified = unverified.evidence(
                    "could not verify",
                    format!("{} — the site answers {}", e.value, r.status),
                    e.location.clone(),
                )
            }
            Err(err) => {
                unverified = unverified.evidence("could not verify", format!("{} — {err}", e.value), e.location.clone())
            }
        }
    }
    if !unverified.evidence.is_empty() {
        unverified.message = format!(
            "{} stylesheet{} could not be downloaded; open them and check for global selectors.",
            unverified.evidence.len(),
            if unverified.evidence.len() == 1 { "" } else { "s" }
        );
        results.push(unverified);
    }
    if clean > 0 {
        results.push(Finding::new(
            ID,
            Status::Pass,
            format!(
                "{clean} stylesheet{} from other sites {} no global selectors.",
                if clean == 1 { "" } else { "s" },
                if clean == 1 { "has" } else { "have" }
            ),
        ));
    }
    findings.splice(index..=index, results);
}

/// The results of `l10n.links-reachable` and `l10n.link-language`: from the outcomes when links
/// were checked, or — without the network — the list of links for a person to open.
pub fn findings(widget: &Widget, outcomes: Option<&[Outcome]>) -> Vec<Finding> {
    let targets = targets(widget);
    let mut out = Vec::new();
    out.extend(reachable(&targets, outcomes));
    for lang in &widget.languages {
        out.push(language(&targets, lang, outcomes));
    }
    out
}

fn locations_of(targets: &[Target], url: &str, lang: Option<&str>) -> Vec<Location> {
    targets
        .iter()
        .filter(|t| t.url == url && (lang.is_none() || t.lang.as_deref() == lang))
        .flat_map(|t| t.locations.clone())
        .collect()
}

fn reachable(targets: &[Target], outcomes: Option<&[Outcome]>) -> Vec<Finding> {
    const ID: RuleId = RuleId::L10nLinksReachable;
    if targets.is_empty() {
        return vec![Finding::new(ID, Status::Na, "The widget has no web links.")];
    }
    let Some(outcomes) = outcomes else {
        let mut f = Finding::new(
            ID,
            Status::Manual,
            format!(
                "{} links were not opened. Check them with --links (in the app: Check links), or open each one.",
                unique_urls(targets).len()
            ),
        );
        for url in unique_urls(targets) {
            f = f.evidence("link", url, locations_of(targets, url, None).into_iter().next());
        }
        return vec![f];
    };
    let mut results = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut works = 0;
    let mut unverified = Finding::new(ID, Status::Manual, String::new());
    for o in outcomes {
        if seen.contains(&o.url.as_str()) {
            continue;
        }
        seen.push(&o.url);
        match &o.reach {
            Reach::Works { .. } => works += 1,
            Reach::Broken { status } => results.push(
                Finding::new(ID, Status::Fail, format!("{} does not open: the site answers {status}.", o.url))
                    .at_all(locations_of(targets, &o.url, None))
                    .help("Correct the link or remove it; every link must open a working page."),
            ),
            Reach::Unverified { reason } => {
                unverified = unverified.evidence(
                    "could not verify",
                    format!("{} — {reason}", o.url),
                    locations_of(targets, &o.url, None).into_iter().next(),
                );
            }
        }
    }
    if !unverified.evidence.is_empty() {
        unverified.message = format!(
            "{} link{} could not be verified; open them yourself.",
            unverified.evidence.len(),
            if unverified.evidence.len() == 1 { "" } else { "s" }
        );
        results.push(unverified);
    }
    if works > 0 {
        results.push(Finding::new(
            ID,
            Status::Pass,
            format!("{works} link{} open.", if works == 1 { "" } else { "s" }),
        ));
    }
    results
}

fn unique_urls(targets: &[Target]) -> Vec<&str> {
    let mut urls: Vec<&str> = targets.iter().map(|t| t.url.as_str()).collect();
    urls.sort();
    urls.dedup();
    urls
}

fn language(targets: &[Target], lang: &str, outcomes: Option<&[Outcome]>) -> Finding {
    const ID: RuleId = RuleId::L10nLinkLanguage;
    let name = language_name(lang);
    let mine: Vec<&Target> = targets.iter().filter(|t| t.lang.as_deref() == Some(lang)).collect();
    if mine.is_empty() {
        return Finding::new(ID, Status::Na, format!("i18n/{lang}.json has no web links.")).lang(lang);
    }
    let Some(outcomes) = outcomes else {
        let mut f = Finding::new(
            ID,
            Status::Manual,
            format!("Open these links and check the pages are in {name} (or run with --links)."),
        )
        .lang(lang);
        for t in &mine {
            f = f.evidence("link", t.url.clone(), t.locations.first().cloned());
        }
        return f;
    };
    let mut wrong = Vec::new();
    let mut unsure = Vec::new();
    let mut fine = 0;
    for t in &mine {
        let Some(o) = outcomes.iter().find(|o| o.url == t.url && o.lang.as_deref() == Some(lang)) else { continue };
        match verdict(o, lang) {
            PageVerdict::Right => fine += 1,
            PageVerdict::Wrong(why) => wrong.push((format!("{} {why}", t.url), t.locations.clone())),
            PageVerdict::Unsure(why) => unsure.push((format!("{} — {why}", t.url), t.locations.first().cloned())),
        }
    }
    if !wrong.is_empty() {
        let list = wrong.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join("; ");
        return Finding::new(ID, Status::Fail, format!("Pages not in {name}: {list}."))
            .lang(lang)
            .at_all(wrong.into_iter().flat_map(|(_, l)| l))
            .help(format!("Link the {name} version of these pages."));
    }
    if !unsure.is_empty() {
        let mut f = Finding::new(
            ID,
            Status::Manual,
            format!(
                "{} page{} could not be judged; open them and check they are in {name}.",
                unsure.len(),
                if unsure.len() == 1 { "" } else { "s" }
            ),
        )
        .lang(lang);
        for (what, at) in unsure {
            f = f.evidence("page", what, at);
        }
        return f;
    }
    Finding::new(ID, Status::Pass, format!("{fine} linked page{} in {name}.", if fine == 1 { " is" } else { "s are" }))
        .lang(lang)
}

enum PageVerdict {
    Right,
    Wrong(String),
    Unsure(String),
}

/// Whether a page is in the wanted language, from what it declares and what its text reads as.
fn verdict(o: &Outcome, lang: &str) -> PageVerdict {
    let Reach::Works { .. } = o.reach else {
        let why = match &o.reach {
            Reach::Unverified { reason } => format!("could not verify: {reason}"),
            Reach::Broken { status } => format!("does not open ({status})"),
            Reach::Works { .. } => String::new(),
        };
        return PageVerdict::Unsure(why);
    };
    let Some(page) = &o.page else { return PageVerdict::Unsure("the page could not be read".into()) };
    let declared: Vec<&str> = page.declared.iter().map(|s| s.lang.as_str()).collect();
    let detected = page.detected.as_ref().filter(|(_, c)| *c >= 0.8).map(|(l, _)| l.as_str());
    let says_right = declared.contains(&lang);
    let says_other = declared.iter().find(|d| **d != lang);
    let alternate = page
        .alternates
        .iter()
        .find(|(l, _)| l == lang)
        .map(|(_, url)| format!("; its {} version is {url}", language_name(lang)));
    match (says_right, says_other, detected) {
        (true, None, None) => PageVerdict::Right,
        (true, None, Some(d)) if d == lang => PageVerdict::Right,
        (false, None, Some(d)) if d == lang => PageVerdict::Right,
        (false, Some(other), d) if d.is_none_or(|d| d != lang) => {
            PageVerdict::Wrong(format!("is in {}{}", language_name(other), alternate.unwrap_or_default()))
        }
        (false, None, Some(d)) => {
            PageVerdict::Wrong(format!("reads as {}{}", language_name(d), alternate.unwrap_or_default()))
        }
        (false, None, None) => {
            PageVerdict::Unsure("the page does not say its language and has too little text to tell".into())
        }
        _ => PageVerdict::Unsure(format!(
            "signals disagree: declared {}, text reads as {}",
            if declared.is_empty() { "nothing".to_string() } else { declared.join(", ") },
            detected.map(language_name).unwrap_or_else(|| "unknown".into())
        )),
    }
}
