//! The rules decided over the network: l10n.links-reachable, l10n.link-language and
//! js.external-styles. With the network stage's outcomes (`--links`) they judge what was found;
//! without them they list the links and stylesheets for a person to open.

use super::catalogue::RuleId;
use super::js::LoadedUrl;
use super::{Finding, Status};
use crate::i18n::{Msg, list};
use crate::links::{Network, Outcome, Reach, StyleOutcome, Target, targets};
use crate::location::Location;
use crate::msg;
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

/// A language by its code, in the words the messages put it in ("Russian"; in Russian «на
/// русском»): each language's catalogue says it as its sentences need.
fn language_of(code: &str) -> Msg {
    msg!("links-language", code = code)
}

/// The label of evidence that could not be verified, with why.
fn not_verified(reach: &Reach) -> Msg {
    match reach {
        Reach::Unverified { reason } => msg!("links-evidence-not-verified", reason = reason.msg()),
        // What works is verified: not asked for.
        Reach::Broken { status } | Reach::Works { status } => msg!("links-evidence-site-answers", status = *status),
    }
}

/// js.external-styles: stylesheets from other sites must have no global selectors. Offline
/// they are listed for a person to open; with the network each is read.
fn external_styles(stylesheets: &[LoadedUrl], outcomes: Option<&[StyleOutcome]>) -> Vec<Finding> {
    const ID: RuleId = RuleId::JsExternalStyles;
    if stylesheets.is_empty() {
        return vec![Finding::new(ID, Status::Na, msg!("links-styles-none"))];
    }
    let Some(outcomes) = outcomes else {
        let mut f = Finding::new(ID, Status::Manual, msg!("links-styles-offline", n = stylesheets.len()));
        for s in stylesheets {
            f = f.at(s.at.clone()).evidence(s.how.clone(), s.url.clone(), Some(s.at.clone()));
        }
        return vec![f];
    };
    let mut results = Vec::new();
    let mut unverified: Vec<(Msg, &LoadedUrl)> = Vec::new();
    let mut clean = 0;
    for s in stylesheets {
        let Some(o) = outcomes.iter().find(|o| o.url == s.url) else { continue };
        match &o.reach {
            Reach::Works { .. } if o.global.is_empty() => clean += 1,
            Reach::Works { .. } => {
                let n = o.global.len();
                let shown: Vec<Msg> = o.global.iter().take(5).map(|s| msg!("links-selector", selector = s)).collect();
                let message = if n > 5 {
                    msg!("links-styles-global-more", url = &s.url, n = n, selectors = list(shown, ", "))
                } else {
                    msg!("links-styles-global", url = &s.url, n = n, selectors = list(shown, ", "))
                };
                results.push(Finding::new(ID, Status::Fail, message).at(s.at.clone()));
            }
            other => unverified.push((not_verified(other), s)),
        }
    }
    if !unverified.is_empty() {
        let mut f = Finding::new(ID, Status::Manual, msg!("links-styles-unverified", n = unverified.len()));
        for (why, s) in unverified {
            f = f.evidence(why, s.url.clone(), Some(s.at.clone()));
        }
        results.push(f);
    }
    if clean > 0 {
        results.push(Finding::new(ID, Status::Pass, msg!("links-styles-clean", n = clean)));
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
        return vec![Finding::new(ID, Status::Na, msg!("links-none"))];
    }
    let Some(outcomes) = outcomes else {
        let urls = unique_urls(targets);
        let mut f = Finding::new(ID, Status::Manual, msg!("links-offline", n = urls.len()));
        for url in urls {
            f = f.evidence(msg!("links-evidence-link"), url, locations_of(targets, url, None).into_iter().next());
        }
        return vec![f];
    };
    let mut results = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut works = 0;
    let mut unverified: Vec<(Msg, &str)> = Vec::new();
    for o in outcomes {
        if seen.contains(&o.url.as_str()) {
            continue;
        }
        seen.push(&o.url);
        match &o.reach {
            Reach::Works { .. } => works += 1,
            Reach::Broken { status } => results.push(
                Finding::new(ID, Status::Fail, msg!("links-broken", url = &o.url, status = *status))
                    .at_all(locations_of(targets, &o.url, None)),
            ),
            Reach::Unverified { .. } => unverified.push((not_verified(&o.reach), &o.url)),
        }
    }
    if !unverified.is_empty() {
        let mut f = Finding::new(ID, Status::Manual, msg!("links-unverified", n = unverified.len()));
        for (why, url) in unverified {
            f = f.evidence(why, url, locations_of(targets, url, None).into_iter().next());
        }
        results.push(f);
    }
    if works > 0 {
        results.push(Finding::new(ID, Status::Pass, msg!("links-open", n = works)));
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
    let name = || language_of(lang);
    let mine: Vec<&Target> = targets.iter().filter(|t| t.lang.as_deref() == Some(lang)).collect();
    if mine.is_empty() {
        return Finding::new(ID, Status::Na, msg!("links-language-none", lang = lang)).lang(lang);
    }
    let Some(outcomes) = outcomes else {
        let mut f = Finding::new(ID, Status::Manual, msg!("links-language-offline", language = name())).lang(lang);
        for t in &mine {
            f = f.evidence(msg!("links-evidence-link"), t.url.clone(), t.locations.first().cloned());
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
            PageVerdict::Wrong(why) => wrong.push((why, t.locations.clone())),
            PageVerdict::Unsure(why) => unsure.push((why, t.url.clone(), t.locations.first().cloned())),
        }
    }
    if !wrong.is_empty() {
        let (pages, locations): (Vec<Msg>, Vec<Vec<Location>>) = wrong.into_iter().unzip();
        let message = msg!("links-language-wrong", language = name(), pages = list(pages, "; "));
        return Finding::new(ID, Status::Fail, message)
            .lang(lang)
            .at_all(locations.into_iter().flatten())
            .help(msg!("links-language-wrong-help", language = name()));
    }
    if !unsure.is_empty() {
        let message = msg!("links-language-unsure", n = unsure.len(), language = name());
        let mut f = Finding::new(ID, Status::Manual, message).lang(lang);
        for (why, url, at) in unsure {
            f = f.evidence(why, url, at);
        }
        return f;
    }
    Finding::new(ID, Status::Pass, msg!("links-language-pass", n = fine, language = name())).lang(lang)
}

enum PageVerdict {
    Right,
    /// The page is in another language: its URL and what it is in.
    Wrong(Msg),
    /// Why a person must look.
    Unsure(Msg),
}

/// Whether a page is in the wanted language, from what it declares and what its text reads as.
fn verdict(o: &Outcome, lang: &str) -> PageVerdict {
    let Reach::Works { .. } = o.reach else {
        return PageVerdict::Unsure(match &o.reach {
            Reach::Unverified { .. } => not_verified(&o.reach),
            Reach::Broken { status } | Reach::Works { status } => msg!("links-page-broken", status = *status),
        });
    };
    let Some(page) = &o.page else { return PageVerdict::Unsure(msg!("links-page-unreadable")) };
    let declared: Vec<&str> = page.declared.iter().map(|s| s.lang.as_str()).collect();
    let detected = page.detected.as_ref().filter(|(_, c)| *c >= 0.8).map(|(l, _)| l.as_str());
    let says_right = declared.contains(&lang);
    let says_other = declared.iter().find(|d| **d != lang);
    let alternate = page.alternates.iter().find(|(l, _)| l == lang).map(|(_, url)| url);
    // The page is in `other`, by what it declares (`read` false) or by its text.
    let wrong = |other: &str, read: bool| {
        let url = &o.url;
        PageVerdict::Wrong(match (alternate, read) {
            (None, false) => msg!("links-page-in", url = url, language = language_of(other)),
            (None, true) => msg!("links-page-reads-as", url = url, language = language_of(other)),
            (Some(alternate), false) => msg!(
                "links-page-in-alternate",
                url = url,
                language = language_of(other),
                wanted = language_of(lang),
                alternate = alternate
            ),
            (Some(alternate), true) => msg!(
                "links-page-reads-as-alternate",
                url = url,
                language = language_of(other),
                wanted = language_of(lang),
                alternate = alternate
            ),
        })
    };
    match (says_right, says_other, detected) {
        (true, None, None) => PageVerdict::Right,
        (true, None, Some(d)) if d == lang => PageVerdict::Right,
        (false, None, Some(d)) if d == lang => PageVerdict::Right,
        (false, Some(other), d) if d.is_none_or(|d| d != lang) => wrong(other, false),
        (false, None, Some(d)) => wrong(d, true),
        (false, None, None) => PageVerdict::Unsure(msg!("links-page-no-language")),
        // Here the page declares a language: `declared` is never empty.
        _ => PageVerdict::Unsure(match detected {
            Some(d) => msg!("links-page-disagree", declared = declared.join(", "), language = language_of(d)),
            None => msg!("links-page-disagree-unknown", declared = declared.join(", ")),
        }),
    }
}
