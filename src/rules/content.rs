//! Content: name, teaser and description of every language, and the widget's own texts.

use super::listing::{Listing, has_maker, long_words, mentions_brand, paragraph_count};
use super::profile::Profile;
use super::texts::TextVerdict;
use super::{Check, Finding, Status, plural};
use crate::location::Location;
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

/// How a listing text is called in messages.
fn what(listing: Listing) -> &'static str {
    match listing {
        Listing::Name => "name",
        Listing::Teaser => "teaser",
        Listing::Description => "description",
    }
}

/// Where a text is edited: its i18n file and key, or the manifest.
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
    let what = what(listing);
    let message = match status {
        Status::Fail => format!("There is no {what} in this language."),
        _ => format!("There is no {what} in this language to check."),
    };
    Finding::new(id, status, message).lang(lang).help(format!(
        "Write the {what} in {} and name it in manifest.json ({}).",
        Widget::i18n_path(lang),
        listing.manifest_path()
    ))
}

/// A length rule: the text's characters (as its verdict counted them) against the limit.
fn length(id: RuleId, lang: &str, listing: Listing, text: Option<&TextVerdict>, profile: &Profile) -> Finding {
    let Some(text) = text else { return missing(id, Status::Fail, lang, listing) };
    let (what, count, max) = (what(listing), text.chars, listing.limit(profile));
    let (status, message) = if count > max {
        (Status::Fail, format!("The {what} has {count} characters; the limit is {max}."))
    } else {
        (Status::Pass, format!("The {what} has {count} of {max} characters."))
    };
    Finding::new(id, status, message)
        .lang(lang)
        .at_all(text.location.clone())
        .help(format!("Shorten the {what} in {} to {max} characters or fewer.", home(lang, text)))
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
    let shown = joiners.iter().map(|j| format!("\"{j}\"")).collect::<Vec<_>>().join(" or ");
    if has_maker(name, cx.profile) {
        return Finding::new(ID, Status::Pass, format!("\"{name}\" names its maker.")).lang(lang);
    }
    Finding::new(ID, Status::Fail, format!("\"{name}\" does not end with the maker joined by {shown}."))
        .lang(lang)
        .at_all(verdict.location.clone())
        .help(format!(
            "Rename it to \"<what it does> {} <your company>\", e.g. \"WhatsApp via Zenvia\", in {}.",
            joiners[0],
            home(lang, verdict)
        ))
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
        return Finding::new(ID, Status::Pass, format!("No word of the name is longer than {max} characters."))
            .lang(lang);
    }
    let list = long.iter().map(|w| format!("\"{w}\" ({})", char_count(w))).collect::<Vec<_>>().join(", ");
    Finding::new(ID, Status::Fail, format!("Words longer than {max} characters: {list}."))
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
        return Finding::new(ID, Status::Pass, format!("The name does not mention {brand}.")).lang(lang);
    }
    Finding::new(ID, Status::Fail, format!("The name \"{}\" contains \"{brand}\".", name.trim()))
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
        return Finding::new(ID, Status::Pass, format!("The description has {n} paragraph{}.", plural(n))).lang(lang);
    }
    Finding::new(ID, Status::Warn, format!("The description has {n} paragraphs; the checklist asks for 1–{max}."))
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
        (Status::Manual, "No technical words found. Read the description once to judge its tone.".to_string())
    } else {
        (Status::Warn, format!("The description uses technical words: {}.", found.join(", ")))
    };
    Finding::new(ID, status, message).lang(lang).at_all(at.clone()).evidence("description", text, at)
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
    let message = if found.is_empty() {
        "The description names no plan. If the widget needs a particular plan, say which.".to_string()
    } else {
        format!("The description mentions: {}. Check it names the plan the widget needs, if any.", found.join(", "))
    };
    Finding::new(ID, Status::Manual, message).lang(lang).evidence("description", text, at)
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
        "The description mentions no price or currency. If the widget is paid, state its prices and currencies."
            .to_string()
    } else {
        format!(
            "Price mentions found: {}. If the widget is paid, check prices and currencies are stated.",
            found.join(", ")
        )
    };
    Finding::new(ID, Status::Manual, message).lang(lang).evidence("description", text, at)
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
        return Finding::new(ID, Status::Na, "The language file has no texts besides the listing texts.").lang(lang);
    }
    let n = entries.len();
    let mut f = Finding::new(
        ID,
        Status::Manual,
        format!("Read the widget's {n} text{} and check each is clear to a user.", plural(n)),
    )
    .lang(lang);
    for (key, value, location) in entries {
        f = f.evidence(key, value, Some(location.clone()));
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
    let message = if entries.is_empty() {
        "No error messages were found among the texts. Check that every possible error shows a message that says what to do.".to_string()
    } else {
        format!(
            "{} error message{} found. Check each explains the problem and what to do next, and that no error goes without a message.",
            entries.len(),
            plural(entries.len())
        )
    };
    let mut f = Finding::new(ID, Status::Manual, message).lang(lang);
    for (key, value, location) in entries {
        f = f.evidence(key, value, Some(location.clone()));
    }
    f
}
