//! Content: name, teaser and description of every language, and the widget's own texts.

use super::profile::Profile;
use super::{Check, Finding, Status, plural};
use crate::rules::catalogue::RuleId;
use crate::text::html::{char_count, paragraphs, visible_text};
use crate::text::words::{find_words, words};
use crate::widget::Widget;
use crate::widget::i18n::ResolvedText;

pub fn run(cx: &Check, out: &mut Vec<Finding>) {
    for lang in &cx.widget.languages {
        let name = cx.widget.text(lang, "widget.name");
        out.push(name_length(cx, lang, name.as_ref()));
        out.push(name_via(cx, lang, name.as_ref()));
        out.push(name_word_length(cx, lang, name.as_ref()));
        out.push(name_brand(cx, lang, name.as_ref()));
        out.push(teaser_length(cx, lang));
        let description = cx.widget.text(lang, "widget.description").filter(|d| !visible_text(&d.value).is_empty());
        out.push(description_length(cx, lang, description.as_ref()));
        out.push(description_paragraphs(cx, lang, description.as_ref()));
        out.push(description_friendly(lang, description.as_ref()));
        out.push(description_plan(lang, description.as_ref()));
        out.push(description_pricing(lang, description.as_ref()));
        out.push(ui_copy(cx, lang));
        out.push(error_messages(cx, lang));
    }
}

/// Whether a name ends with its maker: "X via Maker", with one of the profile's joining words
/// between at least one word before and one after.
pub fn has_maker(name: &str, profile: &Profile) -> bool {
    let tokens: Vec<&str> = name.split_whitespace().collect();
    tokens
        .iter()
        .enumerate()
        .any(|(i, t)| i > 0 && i + 1 < tokens.len() && profile.maker_words.iter().any(|j| t.to_lowercase() == *j))
}

/// Words of a name over the profile's word limit. Symbols without spaces around them join
/// words, so only whitespace separates them.
pub fn long_words<'a>(name: &'a str, profile: &Profile) -> Vec<&'a str> {
    let max = profile.name_word_max.unwrap_or(usize::MAX);
    name.split_whitespace().filter(|w| char_count(w) > max).collect()
}

/// Whether a name mentions the brand the profile forbids.
pub fn mentions_brand(name: &str, profile: &Profile) -> bool {
    profile.forbidden_brand.is_some_and(|b| name.to_lowercase().contains(&b.to_lowercase()))
}

/// The result for a text that is missing: `fail` for length rules (the text is required),
/// `na` for rules that judge a text's content.
fn missing(id: RuleId, status: Status, lang: &str, what: &str, manifest_path: &str) -> Finding {
    let home = Widget::text_home(lang, None, manifest_path);
    let message = match status {
        Status::Fail => format!("There is no {what} in this language."),
        _ => format!("There is no {what} in this language to check."),
    };
    Finding::new(id, status, message)
        .lang(lang)
        .help(format!("Write the {what} in {home} and name it in manifest.json ({manifest_path})."))
}

fn length(
    id: RuleId,
    lang: &str,
    what: &str,
    path: &str,
    text: Option<&ResolvedText>,
    count: usize,
    max: usize,
) -> Finding {
    let Some(text) = text else { return missing(id, Status::Fail, lang, what, path) };
    let home = Widget::text_home(lang, Some(text), path);
    let (status, message) = if count > max {
        (Status::Fail, format!("The {what} has {count} characters; the limit is {max}."))
    } else {
        (Status::Pass, format!("The {what} has {count} of {max} characters."))
    };
    Finding::new(id, status, message)
        .lang(lang)
        .at(text.location.clone())
        .help(format!("Shorten the {what} in {home} to {max} characters or fewer."))
}

fn name_length(cx: &Check, lang: &str, name: Option<&ResolvedText>) -> Finding {
    let count = name.map_or(0, |n| char_count(n.value.trim()));
    let name = name.filter(|n| !n.value.trim().is_empty());
    length(RuleId::ContentNameLength, lang, "name", "widget.name", name, count, cx.profile.name_max)
}

fn name_via(cx: &Check, lang: &str, name: Option<&ResolvedText>) -> Finding {
    const ID: RuleId = RuleId::ContentNameVia;
    let Some(name) = name.filter(|n| !n.value.trim().is_empty()) else {
        return missing(ID, Status::Na, lang, "name", "widget.name");
    };
    let joiners = cx.profile.maker_words;
    let tokens: Vec<&str> = name.value.split_whitespace().collect();
    let joined = tokens
        .iter()
        .enumerate()
        .any(|(i, t)| i > 0 && i + 1 < tokens.len() && joiners.iter().any(|j| t.to_lowercase() == *j));
    let shown = joiners.iter().map(|j| format!("\"{j}\"")).collect::<Vec<_>>().join(" or ");
    if joined {
        return Finding::new(ID, Status::Pass, format!("\"{}\" names its maker.", name.value.trim())).lang(lang);
    }
    Finding::new(ID, Status::Fail, format!("\"{}\" does not end with the maker joined by {shown}.", name.value.trim()))
        .lang(lang)
        .at(name.location.clone())
        .help(format!(
            "Rename it to \"<what it does> {} <your company>\", e.g. \"WhatsApp via Zenvia\", in {}.",
            joiners[0],
            Widget::text_home(lang, Some(name), "widget.name")
        ))
}

fn name_word_length(cx: &Check, lang: &str, name: Option<&ResolvedText>) -> Finding {
    const ID: RuleId = RuleId::ContentNameWordLength;
    if let Some(na) = cx.not_on_this_marketplace(ID, Some(lang)) {
        return na;
    }
    let Some(name) = name.filter(|n| !n.value.trim().is_empty()) else {
        return missing(ID, Status::Na, lang, "name", "widget.name");
    };
    let max = cx.profile.name_word_max.unwrap_or(usize::MAX);
    let long = long_words(&name.value, cx.profile);
    if long.is_empty() {
        return Finding::new(ID, Status::Pass, format!("No word of the name is longer than {max} characters."))
            .lang(lang);
    }
    let list = long.iter().map(|w| format!("\"{w}\" ({})", char_count(w))).collect::<Vec<_>>().join(", ");
    Finding::new(ID, Status::Fail, format!("Words longer than {max} characters: {list}."))
        .lang(lang)
        .at(name.location.clone())
}

fn name_brand(cx: &Check, lang: &str, name: Option<&ResolvedText>) -> Finding {
    const ID: RuleId = RuleId::ContentNameBrand;
    if let Some(na) = cx.not_on_this_marketplace(ID, Some(lang)) {
        return na;
    }
    let Some(name) = name.filter(|n| !n.value.trim().is_empty()) else {
        return missing(ID, Status::Na, lang, "name", "widget.name");
    };
    let brand = cx.profile.forbidden_brand.unwrap_or_default();
    if !mentions_brand(&name.value, cx.profile) {
        return Finding::new(ID, Status::Pass, format!("The name does not mention {brand}.")).lang(lang);
    }
    Finding::new(ID, Status::Fail, format!("The name \"{}\" contains \"{brand}\".", name.value.trim()))
        .lang(lang)
        .at(name.location.clone())
}

fn teaser_length(cx: &Check, lang: &str) -> Finding {
    let teaser = cx.widget.text(lang, "widget.short_description").filter(|t| !t.value.trim().is_empty());
    let count = teaser.as_ref().map_or(0, |t| char_count(t.value.trim()));
    length(
        RuleId::ContentTeaserLength,
        lang,
        "teaser",
        "widget.short_description",
        teaser.as_ref(),
        count,
        cx.profile.teaser_max,
    )
}

fn description_length(cx: &Check, lang: &str, description: Option<&ResolvedText>) -> Finding {
    let count = description.map_or(0, |d| char_count(&visible_text(&d.value)));
    length(
        RuleId::ContentDescriptionLength,
        lang,
        "description",
        "widget.description",
        description,
        count,
        cx.profile.description_max,
    )
}

fn description_paragraphs(cx: &Check, lang: &str, description: Option<&ResolvedText>) -> Finding {
    const ID: RuleId = RuleId::ContentDescriptionParagraphs;
    let Some(d) = description else { return missing(ID, Status::Na, lang, "description", "widget.description") };
    let n = paragraphs(&d.value).len();
    let max = cx.profile.description_paragraphs_max;
    if n <= max {
        return Finding::new(ID, Status::Pass, format!("The description has {n} paragraph{}.", plural(n))).lang(lang);
    }
    Finding::new(ID, Status::Warn, format!("The description has {n} paragraphs; the checklist asks for 1–{max}."))
        .lang(lang)
        .at(d.location.clone())
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

fn description_friendly(lang: &str, description: Option<&ResolvedText>) -> Finding {
    const ID: RuleId = RuleId::ContentDescriptionFriendly;
    let Some(d) = description else { return missing(ID, Status::Na, lang, "description", "widget.description") };
    let text = visible_text(&d.value);
    let found = find_words(&text, JARGON);
    if found.is_empty() {
        return Finding::new(
            ID,
            Status::Manual,
            "No technical words found. Read the description once to judge its tone.",
        )
        .lang(lang)
        .at(d.location.clone())
        .evidence("description", text, Some(d.location.clone()));
    }
    Finding::new(ID, Status::Warn, format!("The description uses technical words: {}.", found.join(", ")))
        .lang(lang)
        .at(d.location.clone())
        .evidence("description", text, Some(d.location.clone()))
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

fn description_plan(lang: &str, description: Option<&ResolvedText>) -> Finding {
    const ID: RuleId = RuleId::ContentDescriptionPlan;
    let Some(d) = description else { return missing(ID, Status::Na, lang, "description", "widget.description") };
    let text = visible_text(&d.value);
    let found = find_words(&text, PLAN_WORDS);
    let message = if found.is_empty() {
        "The description names no plan. If the widget needs a particular plan, say which.".to_string()
    } else {
        format!("The description mentions: {}. Check it names the plan the widget needs, if any.", found.join(", "))
    };
    Finding::new(ID, Status::Manual, message).lang(lang).evidence("description", text, Some(d.location.clone()))
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

fn description_pricing(lang: &str, description: Option<&ResolvedText>) -> Finding {
    const ID: RuleId = RuleId::ContentDescriptionPricing;
    let Some(d) = description else { return missing(ID, Status::Na, lang, "description", "widget.description") };
    let text = visible_text(&d.value);
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
    Finding::new(ID, Status::Manual, message).lang(lang).evidence("description", text, Some(d.location.clone()))
}

/// The listing texts, which have rules of their own; the rest are the widget's UI texts.
const LISTING_KEYS: &[&str] = &["widget.name", "widget.short_description", "widget.description"];

fn ui_copy(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::ContentUiCopy;
    let entries: Vec<_> = cx
        .widget
        .text_entries(lang)
        .into_iter()
        .filter(|e| !LISTING_KEYS.contains(&e.key.as_str()))
        .filter_map(|e| Some((e.key, e.value.as_str()?.to_string(), cx.widget.i18n_location(lang, e.value))))
        .filter(|(_, v, _)| !v.trim().is_empty())
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
        f = f.evidence(key, value, Some(location));
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
        .widget
        .text_entries(lang)
        .into_iter()
        .filter_map(|e| Some((e.key, e.value.as_str()?.to_string(), cx.widget.i18n_location(lang, e.value))))
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
        f = f.evidence(key, value, Some(location));
    }
    f
}
