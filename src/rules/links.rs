//! The rules decided over the network: l10n.links-reachable, l10n.link-language and
//! js.external-styles. With the network stage's outcomes (`--links`) they judge what was found;
//! without them they list the links and stylesheets for a person to open.

use super::catalogue::RuleId;
use super::js::LoadedUrl;
use super::l10n::language_name;
use super::{Finding, Status, plural};
use crate::links::{Network, Outcome, Reach, StyleOutcome, Target, targets};
use crate::location::Location;
use crate::widget::Widget;

/// The results of the network rules; `network` is `None` when links were not opened.
pub fn run(widget: &Widget, stylesheets: &[LoadedUrl], network: Option<&Network>, out: &mut Vec<Finding>) {
    let targets = targets(widget);
    let pages = network.map(|n| n.pages.as_slice());
    out.extend(reachable(&targets, pages));
    for lang in &widget.languages {
        out.push(language(&targets, lang, pages));
    }
    out.extend(external_styles(stylesheets, network.map(|n| n.stylesheets.as_slice())));
}

/// js.external-styles: stylesheets from other sites must have no global selectors. Offline
/// they are listed for a person to open; with the network each is read.
fn external_styles(stylesheets: &[LoadedUrl], outcomes: Option<&[StyleOutcome]>) -> Vec<Finding> {
    const ID: RuleId = RuleId::JsExternalStyles;
    if stylesheets.is_empty() {
        return vec![Finding::new(ID, Status::Na, "The widget loads no stylesheets from other sites.")];
    }
    let Some(outcomes) = outcomes else {
        let n = stylesheets.len();
        let mut f = Finding::new(
            ID,
            Status::Manual,
            format!(
                "The widget loads {n} stylesheet{} from other sites. They are not downloaded in an offline check: open each and \
                 confirm it has no global selectors (element, * or :root rules that would restyle amoCRM).",
                plural(n)
            ),
        );
        for s in stylesheets {
            f = f.at(s.at.clone()).evidence(s.how, s.url.clone(), Some(s.at.clone()));
        }
        return vec![f];
    };
    let mut results = Vec::new();
    let mut unverified = Finding::new(ID, Status::Manual, String::new());
    let mut clean = 0;
    for s in stylesheets {
        let Some(o) = outcomes.iter().find(|o| o.url == s.url) else { continue };
        match &o.reach {
            Reach::Works { .. } if o.global.is_empty() => clean += 1,
            Reach::Works { .. } => {
                let n = o.global.len();
                let shown: Vec<String> = o.global.iter().take(5).map(|s| format!("`{s}`")).collect();
                let more = if n > 5 { ", …" } else { "" };
                results.push(
                    Finding::new(
                        ID,
                        Status::Fail,
                        format!(
                            "{} has {n} global selector{} ({}{more}) that would restyle amoCRM.",
                            s.url,
                            plural(n),
                            shown.join(", ")
                        ),
                    )
                    .at(s.at.clone()),
                );
            }
            Reach::Broken { status } => {
                let what = format!("{} — the site answers {status}", s.url);
                unverified = unverified.evidence("could not verify", what, Some(s.at.clone()));
            }
            Reach::Unverified { reason } => {
                let what = format!("{} — {reason}", s.url);
                unverified = unverified.evidence("could not verify", what, Some(s.at.clone()));
            }
        }
    }
    if !unverified.evidence.is_empty() {
        let n = unverified.evidence.len();
        unverified.message =
            format!("{n} stylesheet{} could not be downloaded; open them and check for global selectors.", plural(n));
        results.push(unverified);
    }
    if clean > 0 {
        results.push(Finding::new(
            ID,
            Status::Pass,
            format!(
                "{clean} stylesheet{} from other sites {} no global selectors.",
                plural(clean),
                if clean == 1 { "has" } else { "have" }
            ),
        ));
    }
    if results.is_empty() {
        // Cancelled before any stylesheet was read.
        return external_styles(stylesheets, None);
    }
    results
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
                    .at_all(locations_of(targets, &o.url, None)),
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
