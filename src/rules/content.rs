//! Content: name, teaser and description of every language, and the widget's own texts.

use super::listing::{Listing, has_maker, long_words, mentions_brand, paragraph_count};
use super::profile::Profile;
use super::texts::TextVerdict;
use super::{Check, Finding, Status};
use crate::i18n::{Msg, list};
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::text::html::{char_count, visible_text};
use crate::text::words::{find_words, words};
use crate::widget::{MANIFEST, Widget};

pub fn run(cx: &Check, out: &mut Vec<Finding>) {
    for lang in &cx.widget.languages {
        let name = cx.texts.listing(Listing::Name, lang).filter(|n| n.text().is_some());
        out.push(name_length(cx, lang, name));
        out.push(name_via(cx, lang, name));
        out.push(name_word_length(cx, lang, name));
        out.push(name_brand(cx, lang, name));
        let teaser = cx.texts.listing(Listing::Teaser, lang).filter(|t| t.text().is_some());
        out.push(length(RuleId::ContentTeaserLength, lang, Listing::Teaser, teaser, cx.profile));
        let description = cx.texts.listing(Listing::Description, lang).filter(|d| d.chars > 0);
        out.push(length(RuleId::ContentDescriptionLength, lang, Listing::Description, description, cx.profile));
        out.push(description_paragraphs(cx, lang, description));
        out.push(description_friendly(lang, description));
        out.push(description_plan(lang, description));
        out.push(description_pricing(lang, description));
        out.push(ui_copy(cx, lang));
        out.push(error_messages(cx, lang));
    }
}

/// Where a text is edited, "i18n/es.json (widget.name)": a file and a key, data in every
/// language.
fn home(lang: &str, text: &TextVerdict) -> String {
    if text.in_manifest {
        format!("{MANIFEST} ({})", text.key)
    } else {
        format!("{} ({})", Widget::i18n_path(lang), text.key)
    }
}

/// The result for a text that is missing: `fail` for length rules (the text is required),
/// `na` for rules that judge a text's content.
fn missing(id: RuleId, status: Status, lang: &str, listing: Listing) -> Finding {
    let message = match (status, listing) {
        (Status::Fail, Listing::Name) => msg!("content-missing-name"),
        (Status::Fail, Listing::Teaser) => msg!("content-missing-teaser"),
        (Status::Fail, Listing::Description) => msg!("content-missing-description"),
        (_, Listing::Name) => msg!("content-missing-name-check"),
        (_, Listing::Teaser) => msg!("content-missing-teaser-check"),
        (_, Listing::Description) => msg!("content-missing-description-check"),
    };
    let (file, key) = (Widget::i18n_path(lang), listing.manifest_path());
    let help = match listing {
        Listing::Name => msg!("content-missing-name-help", file = file, key = key),
        Listing::Teaser => msg!("content-missing-teaser-help", file = file, key = key),
        Listing::Description => msg!("content-missing-description-help", file = file, key = key),
    };
    Finding::new(id, status, message).lang(lang).help(help)
}

/// A length rule: the text's characters (as its verdict counted them) against the limit.
fn length(id: RuleId, lang: &str, listing: Listing, text: Option<&TextVerdict>, profile: &Profile) -> Finding {
    let Some(text) = text else { return missing(id, Status::Fail, lang, listing) };
    let (count, max, place) = (text.chars, listing.limit(profile), home(lang, text));
    let (status, message) = match (count > max, listing) {
        (true, Listing::Name) => (Status::Fail, msg!("content-name-over", count = count, max = max)),
        (true, Listing::Teaser) => (Status::Fail, msg!("content-teaser-over", count = count, max = max)),
        (true, Listing::Description) => (Status::Fail, msg!("content-description-over", count = count, max = max)),
        (false, Listing::Name) => (Status::Pass, msg!("content-name-within", count = count, max = max)),
        (false, Listing::Teaser) => (Status::Pass, msg!("content-teaser-within", count = count, max = max)),
        (false, Listing::Description) => (Status::Pass, msg!("content-description-within", count = count, max = max)),
    };
    let help = match listing {
        Listing::Name => msg!("content-name-shorten-help", place = &place, max = max),
        Listing::Teaser => msg!("content-teaser-shorten-help", place = &place, max = max),
        Listing::Description => msg!("content-description-shorten-help", place = &place, max = max),
    };
    Finding::new(id, status, message).lang(lang).at_all(text.location.clone()).help(help)
}

fn name_length(cx: &Check, lang: &str, name: Option<&TextVerdict>) -> Finding {
    length(RuleId::ContentNameLength, lang, Listing::Name, name, cx.profile)
}

fn name_via(cx: &Check, lang: &str, name: Option<&TextVerdict>) -> Finding {
    const ID: RuleId = RuleId::ContentNameVia;
    let Some((verdict, name)) = name.and_then(|n| Some((n, n.text()?.trim()))) else {
        return missing(ID, Status::Na, lang, Listing::Name);
    };
    let joiners = cx.profile.maker_words;
    if has_maker(name, cx.profile) {
        return Finding::new(ID, Status::Pass, msg!("content-via-ok", name = name)).lang(lang);
    }
    let shown = either_quoted(joiners);
    Finding::new(ID, Status::Fail, msg!("content-via-missing", name = name, joiners = shown))
        .lang(lang)
        .at_all(verdict.location.clone())
        .help(msg!("content-via-help", joiner = joiners[0], place = home(lang, verdict)))
}

fn name_word_length(cx: &Check, lang: &str, name: Option<&TextVerdict>) -> Finding {
    const ID: RuleId = RuleId::ContentNameWordLength;
    if let Some(na) = cx.not_on_this_marketplace(ID, Some(lang)) {
        return na;
    }
    let Some((verdict, name)) = name.and_then(|n| Some((n, n.text()?))) else {
        return missing(ID, Status::Na, lang, Listing::Name);
    };
    let max = cx.profile.name_word_max.unwrap_or(usize::MAX);
    let long = long_words(name, cx.profile);
    if long.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("content-words-ok", max = max)).lang(lang);
    }
    let words = long.iter().map(|w| msg!("content-word", word = *w, chars = char_count(w))).collect();
    Finding::new(ID, Status::Fail, msg!("content-words-long", max = max, words = list(words, ", ")))
        .lang(lang)
        .at_all(verdict.location.clone())
}

fn name_brand(cx: &Check, lang: &str, name: Option<&TextVerdict>) -> Finding {
    const ID: RuleId = RuleId::ContentNameBrand;
    if let Some(na) = cx.not_on_this_marketplace(ID, Some(lang)) {
        return na;
    }
    let Some((verdict, name)) = name.and_then(|n| Some((n, n.text()?))) else {
        return missing(ID, Status::Na, lang, Listing::Name);
    };
    let brand = cx.profile.forbidden_brand.unwrap_or_default();
    if !mentions_brand(name, cx.profile) {
        return Finding::new(ID, Status::Pass, msg!("content-brand-ok", brand = brand)).lang(lang);
    }
    Finding::new(ID, Status::Fail, msg!("content-brand-found", name = name.trim(), brand = brand))
        .lang(lang)
        .at_all(verdict.location.clone())
}

/// The description's text and where it is, for evidence.
fn described(d: &TextVerdict) -> (String, Option<Location>) {
    (visible_text(d.value.as_deref().unwrap_or_default()), d.location.clone())
}

fn description_paragraphs(cx: &Check, lang: &str, description: Option<&TextVerdict>) -> Finding {
    const ID: RuleId = RuleId::ContentDescriptionParagraphs;
    let Some(d) = description else { return missing(ID, Status::Na, lang, Listing::Description) };
    let n = paragraph_count(d.value.as_deref().unwrap_or_default());
    let max = cx.profile.description_paragraphs_max;
    if n <= max {
        return Finding::new(ID, Status::Pass, msg!("content-paragraphs-ok", n = n)).lang(lang);
    }
    Finding::new(ID, Status::Warn, msg!("content-paragraphs-over", n = n, max = max))
        .lang(lang)
        .at_all(d.location.clone())
}

/// Words a non-technical reader would not understand.
const JARGON: &[&str] = &[
    "API",
    "REST",
    "JSON",
    "XML",
    "webhook",
    "webhooks",
    "token",
    "tokens",
    "endpoint",
    "endpoints",
    "OAuth",
    "SDK",
    "callback",
    "callbacks",
    "payload",
    "backend",
    "back-end",
    "frontend",
    "front-end",
    "JavaScript",
    "script",
    "scripts",
    "server-side",
    "CRUD",
    "JWT",
    "SQL",
    "HTTP",
    "HTTPS",
    "cURL",
    "iframe",
    "cron",
    "JS",
    "CSS",
    "HTML",
    "npm",
    "SMTP",
];

fn description_friendly(lang: &str, description: Option<&TextVerdict>) -> Finding {
    const ID: RuleId = RuleId::ContentDescriptionFriendly;
    let Some(d) = description else { return missing(ID, Status::Na, lang, Listing::Description) };
    let (text, at) = described(d);
    let found = find_words(&text, JARGON);
    let (status, message) = if found.is_empty() {
        (Status::Manual, msg!("content-friendly-none"))
    } else {
        (Status::Warn, msg!("content-friendly-jargon", words = found.join(", ")))
    };
    Finding::new(ID, status, message).lang(lang).at_all(at.clone()).evidence(
        msg!("content-evidence-description"),
        text,
        at,
    )
}

/// Words that name a plan or tariff in the languages the marketplace lists in.
const PLAN_WORDS: &[&str] = &[
    "plan",
    "plans",
    "tariff",
    "Base",
    "Advanced",
    "Enterprise",
    "Pro",
    "Professional",
    "Basic",
    "all plans",
    "plano",
    "planos",
    "tarifa",
    "planes",
    "todos los planes",
    "todos os planos",
    "тариф",
    "тарифы",
    "тарифах",
];

fn description_plan(lang: &str, description: Option<&TextVerdict>) -> Finding {
    const ID: RuleId = RuleId::ContentDescriptionPlan;
    let Some(d) = description else { return missing(ID, Status::Na, lang, Listing::Description) };
    let (text, at) = described(d);
    let found = find_words(&text, PLAN_WORDS);
    let message =
        if found.is_empty() { msg!("content-plan-none") } else { msg!("content-plan-found", words = found.join(", ")) };
    Finding::new(ID, Status::Manual, message).lang(lang).evidence(msg!("content-evidence-description"), text, at)
}

/// Currency signs, codes and words for prices.
const PRICE_WORDS: &[&str] = &[
    "USD",
    "EUR",
    "RUB",
    "BRL",
    "MXN",
    "COP",
    "ARS",
    "CLP",
    "PEN",
    "TRY",
    "IDR",
    "KZT",
    "dollar",
    "dollars",
    "euro",
    "euros",
    "price",
    "prices",
    "pricing",
    "free",
    "paid",
    "trial",
    "month",
    "year",
    "precio",
    "precios",
    "gratis",
    "gratuito",
    "gratuita",
    "grátis",
    "preço",
    "preços",
    "mes",
    "mês",
    "año",
    "ano",
    "цена",
    "бесплатно",
    "руб",
    "месяц",
];
const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '₽', '₺', '¥', '₸', '₹'];

fn description_pricing(lang: &str, description: Option<&TextVerdict>) -> Finding {
    const ID: RuleId = RuleId::ContentDescriptionPricing;
    let Some(d) = description else { return missing(ID, Status::Na, lang, Listing::Description) };
    let (text, at) = described(d);
    let mut found: Vec<String> = find_words(&text, PRICE_WORDS).into_iter().map(str::to_string).collect();
    found.extend(CURRENCY_SIGNS.iter().filter(|c| text.contains(**c)).map(|c| c.to_string()));
    let message = if found.is_empty() {
        msg!("content-pricing-none")
    } else {
        msg!("content-pricing-found", words = found.join(", "))
    };
    Finding::new(ID, Status::Manual, message).lang(lang).evidence(msg!("content-evidence-description"), text, at)
}

fn ui_copy(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::ContentUiCopy;
    let entries: Vec<_> = cx
        .texts
        .in_file(lang)
        // The listing texts have rules of their own; the rest are the widget's UI texts.
        .filter(|(key, value, _)| {
            cx.texts.get(key, lang).is_none_or(|v| v.listing.is_none()) && !value.trim().is_empty()
        })
        .collect();
    if entries.is_empty() {
        return Finding::new(ID, Status::Na, msg!("content-ui-none")).lang(lang);
    }
    let mut f = Finding::new(ID, Status::Manual, msg!("content-ui-review", n = entries.len())).lang(lang);
    for (key, value, location) in entries {
        f = f.evidence(msg!("content-evidence-key", key = key), value, Some(location.clone()));
    }
    f
}

/// Words that mark a text as an error message.
const ERROR_WORDS: &[&str] = &[
    "error",
    "errors",
    "failed",
    "fail",
    "failure",
    "unable",
    "cannot",
    "can't",
    "could not",
    "couldn't",
    "invalid",
    "wrong",
    "denied",
    "unavailable",
    "not found",
    "try again",
    "error",
    "falló",
    "fallo",
    "no se pudo",
    "inválido",
    "erro",
    "falha",
    "não foi possível",
    "inválida",
    "ошибка",
    "ошибки",
    "не удалось",
    "неверный",
];

fn error_messages(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::ContentErrorMessages;
    let entries: Vec<_> = cx
        .texts
        .in_file(lang)
        .filter(|(key, value, _)| {
            let key_says = words(&key.replace(['.', '_'], " ")).any(|w| w.to_lowercase().starts_with("err"));
            key_says || !find_words(value, ERROR_WORDS).is_empty()
        })
        .collect();
    let message =
        if entries.is_empty() { msg!("content-errors-none") } else { msg!("content-errors-found", n = entries.len()) };
    let mut f = Finding::new(ID, Status::Manual, message).lang(lang);
    for (key, value, location) in entries {
        f = f.evidence(msg!("content-evidence-key", key = key), value, Some(location.clone()));
    }
    f
}

/// Words quoted and joined by "or" in the reader's language: "via", "vía" or "by".
fn either_quoted(words: &[&str]) -> Msg {
    crate::i18n::one_of(words.iter().map(|w| msg!("content-quoted", word = *w)).collect())
}
