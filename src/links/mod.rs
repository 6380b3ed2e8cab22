//! The network stage (`--links`, or the app's button): every link of the widget is opened — does
//! it work, what language is the page in — and every stylesheet the widget loads from another
//! site is downloaded and read for global selectors. It takes typed inputs (the links of the
//! widget, the stylesheet URLs the scripts and templates load) and returns typed outcomes, which
//! the link rules (`rules::links`) turn into findings. Results are cached on disk.

pub mod fetch;
pub mod page;

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

use crate::cache::{DiskCache, LINKS_MAX_AGE};
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::l10n::{language_links, manifest_links};
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
    pub cache: Option<DiskCache>,
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            fetch: FetchOptions::default(),
            concurrency: 8,
            cache: DiskCache::in_user_cache("links", LINKS_MAX_AGE),
        }
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
    Unverified { reason: Reason },
}

/// Why a link could not be verified. The JSON report (and the cache) keep it as the English
/// sentence they always had; a person reads it in their language through [`Reason::msg`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The site answered 429.
    SlowDown,
    /// No answer (see [`FetchError`]).
    Fetch(FetchError),
    /// A reason read back from a stored result, as it was written.
    Recorded(String),
}

impl Reason {
    /// The reason as a person reads it.
    pub fn msg(&self) -> Msg {
        match self {
            Reason::SlowDown => msg!("links-reason-slow-down"),
            Reason::Fetch(e) => e.msg(),
            Reason::Recorded(text) => msg!("links-reason-recorded", reason = text),
        }
    }
}

/// The reason's sentence in the JSON report's `links` (`reason`): English, the report's
/// contract, not what a person is shown.
impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::SlowDown => f.write_str("the site asked to slow down (429)"),
            Reason::Fetch(e) => e.fmt(f),
            Reason::Recorded(text) => f.write_str(text),
        }
    }
}

impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Reason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Reason, D::Error> {
        String::deserialize(d).map(Reason::Recorded)
    }
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

/// What the network stage learned.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    /// One outcome per link target, by URL and language.
    pub pages: Vec<Outcome>,
    /// One outcome per stylesheet URL.
    pub stylesheets: Vec<StyleOutcome>,
}

/// What was learned about a stylesheet from another site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StyleOutcome {
    pub url: String,
    pub reach: Reach,
    /// The selectors that would style the whole page (element, `*`, `:root` … rules).
    pub global: Vec<String>,
}

/// One piece of work for the pool: a link to open, or a stylesheet to read.
enum Job<'t> {
    Page(&'t Target),
    Stylesheet(&'t str),
}

impl Job<'_> {
    fn host(&self) -> String {
        let url = match self {
            Job::Page(t) => &t.url,
            Job::Stylesheet(url) => *url,
        };
        crate::text::links::host(url).unwrap_or_default()
    }
}

/// Opens every target and downloads every stylesheet, a few hosts at a time and one request per
/// host at a time, through the cache. `progress` gets (done, total); setting `cancel` stops
/// before the next request.
pub fn check(
    targets: &[Target],
    stylesheets: &[String],
    options: &LinkOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Result<Network, FetchError> {
    let fetcher = Fetcher::new(options.fetch.clone())?;
    let mut urls: Vec<&str> = stylesheets.iter().map(String::as_str).collect();
    urls.sort_unstable();
    urls.dedup();
    let jobs: Vec<Job> = targets.iter().map(Job::Page).chain(urls.into_iter().map(Job::Stylesheet)).collect();
    let total = jobs.len();
    let mut by_host: BTreeMap<String, Vec<Job>> = BTreeMap::new();
    for job in jobs {
        by_host.entry(job.host()).or_default().push(job);
    }
    let queue = Mutex::new(by_host.into_values().collect::<Vec<_>>());
    let network = Mutex::new(Network::default());
    let done = Mutex::new(0usize);
    std::thread::scope(|scope| {
        for _ in 0..options.concurrency.max(1).min(total.max(1)) {
            scope.spawn(|| {
                loop {
                    let Some(group) = queue.lock().ok().and_then(|mut q| q.pop()) else { return };
                    for job in group {
                        if cancel.load(Ordering::Relaxed) {
                            return;
                        }
                        match job {
                            Job::Page(target) => {
                                let outcome = check_one(&fetcher, target, options);
                                if let Ok(mut n) = network.lock() {
                                    n.pages.push(outcome);
                                }
                            }
                            Job::Stylesheet(url) => {
                                let outcome = read_stylesheet(&fetcher, url, options);
                                if let Ok(mut n) = network.lock() {
                                    n.stylesheets.push(outcome);
                                }
                            }
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
    let mut network = network.into_inner().unwrap_or_default();
    network.pages.sort_by(|a, b| (&a.url, &a.lang).cmp(&(&b.url, &b.lang)));
    network.stylesheets.sort_by(|a, b| a.url.cmp(&b.url));
    Ok(network)
}

/// The cache key of a result: what kind it is, its URL and the language it was asked in.
fn key(kind: &str, url: &str, lang: Option<&str>) -> String {
    format!("{kind}\n{url}\n{}", lang.unwrap_or("-"))
}

fn check_one(fetcher: &Fetcher, target: &Target, options: &LinkOptions) -> Outcome {
    let lang = target.lang.clone();
    let key = key("page", &target.url, lang.as_deref());
    if let Some(cached) = options.cache.as_ref().and_then(|c| c.get::<Outcome>(&key)) {
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
        reach: Reach::Unverified { reason: Reason::Recorded(String::new()) },
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
                429 => Reach::Unverified { reason: Reason::SlowDown },
                300..=399 => Reach::Works { status: r.status },
                s => Reach::Broken { status: s },
            };
            if matches!(outcome.reach, Reach::Works { .. })
                && let Some(body) = &r.body
            {
                outcome.page = Some(page::read(r.content_language.as_deref(), body, &candidates));
            }
        }
        Err(e) => outcome.reach = Reach::Unverified { reason: Reason::Fetch(e) },
    }
    if let Some(cache) = &options.cache
        && !matches!(outcome.reach, Reach::Unverified { .. })
    {
        cache.put(&key, &outcome);
    }
    outcome
}

/// Downloads a stylesheet and reads its global selectors with the widget's own CSS reader.
fn read_stylesheet(fetcher: &Fetcher, url: &str, options: &LinkOptions) -> StyleOutcome {
    let key = key("stylesheet", url, None);
    if let Some(cached) = options.cache.as_ref().and_then(|c| c.get::<StyleOutcome>(&key)) {
        return cached;
    }
    let mut outcome = StyleOutcome {
        url: url.to_string(),
        reach: Reach::Unverified { reason: Reason::Recorded(String::new()) },
        global: Vec::new(),
    };
    match fetcher.page(url, "en, *;q=0.5") {
        Ok(r) if (200..300).contains(&r.status) => {
            outcome.reach = Reach::Works { status: r.status };
            outcome.global = crate::rules::css::global_selectors(url, &r.body.unwrap_or_default());
        }
        Ok(r) => outcome.reach = Reach::Broken { status: r.status },
        Err(e) => outcome.reach = Reach::Unverified { reason: Reason::Fetch(e) },
    }
    if let Some(cache) = &options.cache
        && !matches!(outcome.reach, Reach::Unverified { .. })
    {
        cache.put(&key, &outcome);
    }
    outcome
}
