//! Support & localization: a language file per declared language, complete and in its own
//! language, translated rather than copied, links that lead to pages in that language, and the
//! items a reviewer confirms (privacy policy, human support, payments, currency, local formats).

use crate::rules::catalogue::RuleId;
use std::collections::BTreeSet;

use super::texts::{Judged, TextVerdict};
use super::{Check, Finding, Status, plural};
use crate::location::Location;
use crate::text::links::{self, LinkKind};
use crate::text::words::find_words;
use crate::widget::i18n::is_key_like;
use crate::widget::json::Json;
use crate::widget::{SCRIPT_EXTENSIONS, TEMPLATE_EXTENSIONS, Widget};

pub fn run(cx: &Check, out: &mut Vec<Finding>) {
    out.extend(locale_files(cx));
    let formats = formats_in_code(cx.widget);
    for lang in &cx.widget.languages {
        out.push(keys_complete(cx, lang));
        out.push(manifest_keys(cx, lang));
        out.push(text_language(cx, lang));
        out.push(untranslated(cx, lang));
        out.push(privacy_policy(cx, lang));
        out.push(link_domains(cx, lang));
        out.push(human_support(cx, lang));
        out.push(local_formatting(lang, &formats));
    }
    out.push(payments(cx));
    out.push(currency(cx));
}

fn locale_files(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::L10nLocaleFiles;
    let w = cx.widget;
    let Some(declared) = w.manifest_value("widget.locale").filter(|l| l.is_array()) else {
        return vec![
            Finding::new(
                ID,
                Status::Na,
                "widget.locale is missing, so there is nothing to compare the language files with.",
            )
            .help("List the widget's languages in widget.locale (see manifest.required-keys)."),
        ];
    };
    let mut problems = Vec::new();
    let mut locations = Vec::new();
    let codes: Vec<(&str, &Json)> = declared.items().iter().filter_map(|v| Some((v.as_str()?, v))).collect();
    for (code, value) in &codes {
        if !w.i18n.contains_key(*code) {
            problems.push(format!("i18n/{code}.json is missing"));
            locations.push(w.manifest_location(value.span));
        }
    }
    for (code, file) in &w.i18n {
        if !codes.iter().any(|(c, _)| c == code) {
            problems.push(format!("i18n/{code}.json is not declared in widget.locale"));
            locations.push(Location::file(&file.path));
        }
        if let Err(e) = &file.parsed {
            problems.push(e.message.clone());
            locations.push(e.location.clone());
        }
    }
    let mut results = Vec::new();
    if !problems.is_empty() {
        results.push(Finding::new(ID, Status::Fail, format!("{}.", problems.join("; "))).at_all(locations));
    }
    results.extend(foreign_languages(cx, &codes));
    if results.is_empty() {
        results.push(Finding::new(
            ID,
            Status::Pass,
            format!("One language file for each of the {} declared languages.", codes.len()),
        ));
    }
    results
}

/// Declared languages and language files the marketplace does not list in, with the status its
/// profile gives them (Kommo lists en, es, pt, tr and id only).
fn foreign_languages(cx: &Check, codes: &[(&str, &Json)]) -> Option<Finding> {
    const ID: RuleId = RuleId::L10nLocaleFiles;
    let w = cx.widget;
    let known = cx.profile.locales;
    let mut foreign: Vec<&str> = Vec::new();
    let mut locations = Vec::new();
    for (code, value) in codes.iter().filter(|(c, _)| !known.contains(c)) {
        foreign.push(code);
        locations.push(w.manifest_location(value.span));
    }
    for (code, file) in w.i18n.iter().filter(|(c, _)| !known.contains(&c.as_str())) {
        if !foreign.contains(&code.as_str()) {
            foreign.push(code);
        }
        locations.push(Location::file(&file.path));
    }
    if foreign.is_empty() {
        return None;
    }
    let message = format!(
        "{} {} not among the languages {} lists widgets in ({}).",
        foreign.join(", "),
        if foreign.len() == 1 { "is" } else { "are" },
        cx.profile.marketplace.title(),
        known.join(", ")
    );
    Some(Finding::new(ID, cx.profile.foreign_locale_status, message).at_all(locations))
}

/// `na` for a per-language rule when the language's file is missing or did not parse; the
/// locale-files rule says why.
fn without_language_file(w: &Widget, id: RuleId, lang: &str) -> Option<Finding> {
    w.i18n.get(lang).and_then(|f| f.ok()).is_none().then(|| {
        Finding::new(id, Status::Na, format!("i18n/{lang}.json is missing or unreadable (see l10n.locale-files)."))
            .lang(lang)
    })
}

fn keys_complete(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::L10nKeysComplete;
    let w = cx.widget;
    if let Some(na) = without_language_file(w, ID, lang) {
        return na;
    }
    let own: BTreeSet<String> = w.text_entries(lang).into_iter().map(|e| e.key).collect();
    let mut missing: Vec<(String, String)> = Vec::new();
    for other in w.languages.iter().filter(|l| l.as_str() != lang) {
        for e in w.text_entries(other) {
            if !own.contains(&e.key) && !missing.iter().any(|(k, _)| *k == e.key) {
                missing.push((e.key, other.clone()));
            }
        }
    }
    if missing.is_empty() {
        return Finding::new(ID, Status::Pass, format!("All {} texts are there.", own.len())).lang(lang);
    }
    let list = missing.iter().map(|(k, from)| format!("{k} (in {from})")).collect::<Vec<_>>().join(", ");
    Finding::new(
        ID,
        Status::Fail,
        format!("{} text{} missing: {list}.", missing.len(), if missing.len() == 1 { " is" } else { "s are" }),
    )
    .lang(lang)
    .at(Location::file(&Widget::i18n_path(lang)))
    .help(format!("Add the missing keys to i18n/{lang}.json, translated, so every language file has the same keys."))
}

/// Manifest values that name texts: (manifest dot-path, i18n key, value).
fn manifest_text_keys(w: &Widget) -> Vec<(String, String, &Json)> {
    let Some(root) = w.manifest_root() else { return Vec::new() };
    root.leaves()
        .into_iter()
        .filter(|(path, _)| names_a_text(path))
        .filter_map(|(path, v)| {
            let key = v.as_str().filter(|s| is_key_like(s))?;
            Some((path, key.to_string(), v))
        })
        .collect()
}

/// Whether a manifest path holds a text key (names, titles, descriptions, default values).
fn names_a_text(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or(path);
    matches!(
        path,
        "widget.name" | "widget.description" | "widget.short_description" | "tour.tour_description" | "advanced.title"
    ) || (path.starts_with("settings.") && last == "name")
        || (path.starts_with("dp.settings.") && last == "name")
        || (path.starts_with("salesbot_designer.") && matches!(last, "name" | "default_value"))
        || (path.starts_with("left_menu.") && last == "title")
}

fn manifest_keys(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::L10nManifestKeys;
    let w = cx.widget;
    let named = manifest_text_keys(w);
    if let Some(na) = without_language_file(w, ID, lang) {
        return na;
    }
    if named.is_empty() {
        return Finding::new(ID, Status::Na, "The manifest names no texts.").lang(lang);
    }
    let mut problems = Vec::new();
    let mut locations = Vec::new();
    for (path, key, value) in &named {
        match w.i18n_text(lang, key) {
            None => {
                problems.push(format!("{key} (named in {path}) is missing"));
                locations.push(w.manifest_location(value.span));
            }
            Some(text) if text.value.trim().is_empty() => {
                problems.push(format!("{key} is empty"));
                locations.push(text.location);
            }
            Some(_) => {}
        }
    }
    if problems.is_empty() {
        return Finding::new(ID, Status::Pass, format!("All {} texts the manifest names are there.", named.len()))
            .lang(lang);
    }
    Finding::new(ID, Status::Fail, format!("In i18n/{lang}.json: {}.", problems.join("; ")))
        .lang(lang)
        .at_all(locations)
        .help(format!("Add the texts to i18n/{lang}.json under the keys the manifest names, and fill them in."))
}

fn text_language(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::L10nTextLanguage;
    // The texts of the language file (listing texts written in the manifest are not in it).
    let texts: Vec<&TextVerdict> = cx.texts.of_language(lang).filter(|v| v.value.is_some() && !v.in_manifest).collect();
    if texts.is_empty() {
        return Finding::new(ID, Status::Na, format!("i18n/{lang}.json has no texts to check.")).lang(lang);
    }
    let at = |v: &TextVerdict| v.location.clone().unwrap_or_else(|| Location::file(&Widget::i18n_path(lang)));
    let mut wrong_script = Vec::new();
    let mut other = Vec::new();
    for v in &texts {
        match &v.language {
            Judged::WrongScript(what) => wrong_script.push((format!("{} ({what})", v.key), at(v))),
            Judged::Other { lang: l, confidence } => {
                other.push((format!("{} looks {} ({:.0}% sure)", v.key, language_name(l), confidence * 100.0), at(v)))
            }
            Judged::Fine { .. } => {}
        }
    }
    let name = language_name(lang);
    if !wrong_script.is_empty() {
        let list = wrong_script.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join(", ");
        return Finding::new(ID, Status::Fail, format!("Texts not written in {name}: {list}."))
            .lang(lang)
            .at_all(wrong_script.into_iter().chain(other).map(|(_, l)| l))
            .help(format!(
                "Translate these texts into {name}; a language file must contain no words in other languages."
            ));
    }
    if !other.is_empty() {
        let list = other.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join("; ");
        return Finding::new(ID, Status::Warn, format!("Texts that may not be in {name}: {list}."))
            .lang(lang)
            .at_all(other.into_iter().map(|(_, l)| l))
            .help(format!("Read these texts: if they are not in {name}, translate them."));
    }
    Finding::new(ID, Status::Pass, format!("All {} texts read as {name} (short ones are not judged).", texts.len()))
        .lang(lang)
}

fn untranslated(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::L10nUntranslated;
    let copies: Vec<(String, Location)> = cx
        .texts
        .of_language(lang)
        .filter_map(|v| Some((format!("{} (same as {})", v.key, v.copy_of.as_ref()?), v.location.clone()?)))
        .collect();
    if copies.is_empty() {
        return Finding::new(ID, Status::Pass, "No text is a copy of another language's.").lang(lang);
    }
    let list = copies.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join(", ");
    Finding::new(
        ID,
        Status::Warn,
        format!(
            "{} text{} identical to another language: {list}.",
            copies.len(),
            if copies.len() == 1 { " is" } else { "s are" }
        ),
    )
    .lang(lang)
    .at_all(copies.into_iter().map(|(_, l)| l))
    .help(format!("Translate these texts into {}.", language_name(lang)))
}

/// Every link of a language file, with where it is.
pub fn language_links(w: &Widget, lang: &str) -> Vec<(links::Link, Location)> {
    let mut found = Vec::new();
    for e in w.text_entries(lang) {
        let Some(text) = e.value.as_str() else { continue };
        let file = w.i18n.get(lang).and_then(|f| f.ok());
        for link in links::find(text) {
            // The offset inside the JSON string is close enough to point at the value's line.
            let at = match file {
                Some(f) => f.source.location_at(e.value.span.start),
                None => Location::file(&Widget::i18n_path(lang)),
            };
            found.push((link, at));
        }
    }
    found
}

/// Web links of the manifest (support page, endpoints), which every language's users reach.
pub fn manifest_links(w: &Widget) -> Vec<(links::Link, Location)> {
    let Some(root) = w.manifest_root() else { return Vec::new() };
    root.leaves()
        .into_iter()
        .filter_map(|(_, v)| Some((v.as_str()?, v)))
        .flat_map(|(s, v)| links::find(s).into_iter().map(move |l| (l, w.manifest_location(v.span))))
        .collect()
}

const PRIVACY_WORDS: &[&str] = &[
    "privacy",
    "privacidad",
    "privacidade",
    "конфиденциальности",
    "конфиденциальность",
    "gizlilik",
    "privasi",
    "datenschutz",
    "personal data",
    "datos personales",
    "dados pessoais",
    "персональных данных",
    "kvkk",
];

fn privacy_policy(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::L10nPrivacyPolicy;
    let mut found = None;
    for (key, text, at) in cx.texts.in_file(lang) {
        let links: Vec<_> = links::find(text).into_iter().filter(|l| l.kind == LinkKind::Web).collect();
        let says_privacy = !find_words(text, PRIVACY_WORDS).is_empty() || key.to_lowercase().contains("privacy");
        let privacy_link = links.iter().find(|l| {
            let url = l.url.to_lowercase();
            says_privacy
                || url.contains("privacy")
                || url.contains("privacidad")
                || url.contains("privacidade")
                || url.contains("konfidenc")
        });
        if let Some(link) = privacy_link {
            found = Some((link.url.clone(), at.clone()));
            break;
        }
    }
    match found {
        Some((url, at)) => Finding::new(ID, Status::Pass, format!("Privacy policy link: {url}")).lang(lang).at(at),
        None => Finding::new(
            ID,
            Status::Manual,
            format!(
                "No privacy policy link in i18n/{lang}.json. Check that one in {} is given in the integration form.",
                language_name(lang)
            ),
        )
        .lang(lang),
    }
}

/// Language codes a URL's host or path hints at, and why.
fn url_language_hints(url: &str) -> Vec<(String, String)> {
    let mut hints = Vec::new();
    let Some(host) = links::host(url) else { return hints };
    for (tld, code) in [
        (".ru", "ru"),
        (".xn--p1ai", "ru"),
        (".рф", "ru"),
        (".su", "ru"),
        (".by", "ru"),
        (".kz", "ru"),
        (".br", "pt"),
        (".es", "es"),
        (".mx", "es"),
        (".tr", "tr"),
        (".id", "id"),
    ] {
        if host.ends_with(tld) {
            hints.push((code.to_string(), format!("the {tld} domain")));
        }
    }
    let lower = url.to_ascii_lowercase();
    let rest = lower.split_once(&host).map_or("", |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or_default();
    let known = ["en", "es", "pt", "ru", "tr", "id", "de", "fr", "it", "uk", "kk"];
    let first_label = host.split('.').next().unwrap_or_default();
    if host.split('.').count() > 2 && known.contains(&first_label) {
        hints.push((first_label.to_string(), format!("the {first_label}. subdomain")));
    }
    for segment in path.split('/') {
        let code = segment.split(['-', '_']).next().unwrap_or_default();
        if known.contains(&code) && (segment.len() == 2 || segment.len() == 5) {
            hints.push((code.to_string(), format!("the /{segment}/ path")));
            break;
        }
    }
    if let Some(query) = rest.split_once('?').map(|(_, q)| q) {
        for pair in query.split('&') {
            if let Some((k, v)) = pair.split_once('=')
                && matches!(k, "lang" | "hl" | "locale" | "language" | "lng")
            {
                let code = v.split(['-', '_']).next().unwrap_or_default();
                if known.contains(&code) {
                    hints.push((code.to_string(), format!("{k}={v}")));
                }
            }
        }
    }
    hints
}

fn link_domains(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::L10nLinkDomains;
    let w = cx.widget;
    let links: Vec<_> =
        language_links(w, lang).into_iter().chain(manifest_links(w)).filter(|(l, _)| l.kind == LinkKind::Web).collect();
    if links.is_empty() {
        return Finding::new(ID, Status::Na, "There are no links to check.").lang(lang);
    }
    let mut wrong = Vec::new();
    for (link, at) in &links {
        // Only hints at one of the languages this tool knows and that differ from the file's.
        if let Some((code, why)) = url_language_hints(&link.url).into_iter().find(|(code, _)| code != lang) {
            // A regional domain (.br, .es) only counts when its language is another of the widget's.
            let regional = matches!(code.as_str(), "pt" | "es" | "tr" | "id") && why.contains("domain");
            if !regional || w.languages.contains(&code) {
                wrong.push((format!("{} ({why} suggests {})", link.url, language_name(&code)), at.clone()));
            }
        }
    }
    if wrong.is_empty() {
        let message = match links.len() {
            1 => "The link does not point to another language's site.".to_string(),
            n => format!("None of the {n} links points to another language's site."),
        };
        return Finding::new(ID, Status::Pass, message).lang(lang);
    }
    let list = wrong.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join("; ");
    Finding::new(ID, Status::Fail, format!("Links to pages in another language: {list}."))
        .lang(lang)
        .at_all(wrong.into_iter().map(|(_, l)| l))
        .help(format!("Link the {} version of these pages instead.", language_name(lang)))
}

fn human_support(cx: &Check, lang: &str) -> Finding {
    let w = cx.widget;
    let mut f = Finding::new(
        RuleId::L10nHumanSupport,
        Status::Manual,
        format!("Check that people answer support mail and calls in {}.", language_name(lang)),
    )
    .lang(lang);
    for key in ["widget.support.email", "widget.support.link", "widget.support.phone"] {
        if let Some(v) = w.manifest_value(key).and_then(Json::as_str) {
            f = f.evidence(key.rsplit('.').next().unwrap_or(key), v, Some(w.manifest_location_of(key)));
        }
    }
    for (link, at) in language_links(w, lang).into_iter().filter(|(l, _)| l.kind != LinkKind::Web) {
        f = f.evidence("contact", link.url, Some(at));
    }
    f
}

/// Hard-coded formats in code: fixed date patterns, fixed locales, fixed phone masks.
fn hard_coded_formats(text: &str) -> Vec<(usize, String)> {
    const DATES: &[&[u8]] = &[b"DD.MM.YY", b"DD/MM/YY", b"MM/DD/YY", b"DD-MM-YY", b"MM-DD-YY", b"D.M.YYYY"];
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        // Every pattern starts with D or M: skip the rest cheaply (code can be megabytes).
        if !matches!(bytes[i], b'D' | b'd' | b'M' | b'm') || (i > 0 && bytes[i - 1].is_ascii_alphabetic()) {
            continue;
        }
        if let Some(p) = DATES.iter().find(|p| bytes.get(i..i + p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p))) {
            found.push((i, format!("the date format {}", &text[i..i + p.len()])));
        }
    }
    for quote in ['\'', '"'] {
        for (i, _) in text.match_indices(quote) {
            let Some(candidate) = text.get(i + 1..i + 6) else { continue };
            let b = candidate.as_bytes();
            let is_locale = b[0].is_ascii_lowercase()
                && b[1].is_ascii_lowercase()
                && b[2] == b'-'
                && b[3].is_ascii_uppercase()
                && b[4].is_ascii_uppercase()
                && text[i + 6..].starts_with(quote);
            if is_locale {
                found.push((i, format!("the fixed locale {candidate}")));
            }
        }
    }
    for (i, _) in text.match_indices("+7 (").chain(text.match_indices("+1 (")) {
        found.push((i, "a fixed phone mask".to_string()));
    }
    found.sort();
    found.dedup_by(|a, b| a.0 == b.0);
    found
}

/// Hard-coded formats in the widget's scripts and templates, with where they are.
fn formats_in_code(w: &Widget) -> Vec<(String, Location)> {
    let mut found = Vec::new();
    for source in w.sources_with(SCRIPT_EXTENSIONS).chain(w.sources_with(TEMPLATE_EXTENSIONS)) {
        let hits = hard_coded_formats(&source.text);
        found.extend(hits.into_iter().map(|(offset, what)| (what, source.location_at(offset))));
    }
    found
}

fn local_formatting(lang: &str, found: &[(String, Location)]) -> Finding {
    const ID: RuleId = RuleId::L10nLocalFormatting;
    if found.is_empty() {
        return Finding::new(
            ID,
            Status::Manual,
            format!("No hard-coded formats found. Check that dates, numbers, phone numbers, holidays and taxes follow {} conventions.", language_name(lang)),
        )
        .lang(lang);
    }
    let kinds: BTreeSet<&str> = found.iter().map(|(what, _)| what.as_str()).collect();
    Finding::new(
        ID,
        Status::Warn,
        format!(
            "Formats fixed in the code ({} place{}): {}.",
            found.len(),
            plural(found.len()),
            kinds.into_iter().collect::<Vec<_>>().join(", ")
        ),
    )
    .lang(lang)
    .at_all(found.iter().map(|(_, l)| l.clone()))
}

/// Currency codes and signs.
const CURRENCIES: &[&str] = &[
    "USD",
    "EUR",
    "BRL",
    "MXN",
    "COP",
    "ARS",
    "CLP",
    "PEN",
    "RUB",
    "TRY",
    "IDR",
    "KZT",
    "dollar",
    "dollars",
    "euro",
    "euros",
    "reais",
    "рублей",
    "руб",
];

fn currency_mentions(cx: &Check) -> Vec<(String, Location)> {
    let mut found = Vec::new();
    for lang in &cx.widget.languages {
        for (key, text, at) in cx.texts.in_file(lang) {
            let mut words: Vec<String> = find_words(text, CURRENCIES).into_iter().map(str::to_string).collect();
            words.extend(['$', '€', '£', '₽', '₺'].iter().filter(|c| text.contains(**c)).map(|c| c.to_string()));
            for word in words {
                found.push((format!("{word} in {lang}: {key}"), at.clone()));
            }
        }
    }
    found
}

fn payments(cx: &Check) -> Finding {
    let mut f = Finding::new(
        RuleId::L10nPayments,
        Status::Manual,
        "If the widget is paid, check that its payment methods work in North and South America and in Europe.",
    );
    for (what, at) in currency_mentions(cx) {
        f = f.evidence("price mention", what, Some(at));
    }
    f
}

fn currency(cx: &Check) -> Finding {
    let mentions = currency_mentions(cx);
    let message = if mentions.is_empty() {
        "No currency is mentioned. If the widget is paid, check that it is priced in USD or EUR at least.".to_string()
    } else {
        "If the widget is paid, check that USD or EUR is among its currencies (mentions below).".to_string()
    };
    let mut f = Finding::new(RuleId::L10nCurrency, Status::Manual, message);
    for (what, at) in mentions {
        f = f.evidence("currency", what, Some(at));
    }
    f
}

/// The English name of a language code, for messages.
pub fn language_name(code: &str) -> String {
    match code {
        "en" => "English",
        "es" => "Spanish",
        "pt" => "Portuguese",
        "ru" => "Russian",
        "tr" => "Turkish",
        "id" => "Indonesian",
        "uk" => "Ukrainian",
        "de" => "German",
        "fr" => "French",
        "it" => "Italian",
        "kk" => "Kazakh",
        "pl" => "Polish",
        other => return other.to_string(),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_hints() {
        let codes = |u: &str| url_language_hints(u).into_iter().map(|(c, _)| c).collect::<Vec<_>>();
        assert_eq!(codes("https://acme.ru/help"), vec!["ru"]);
        assert_eq!(codes("https://acme.com/ru/help"), vec!["ru"]);
        assert_eq!(codes("https://es.acme.com/ayuda"), vec!["es"]);
        assert_eq!(codes("https://acme.com/help?lang=pt-BR"), vec!["pt"]);
        assert_eq!(codes("https://acme.com/pt-br/ajuda"), vec!["pt"]);
        assert!(codes("https://acme.com/help/idea").is_empty());
        assert!(codes("https://www.acme.com/").is_empty());
    }

    #[test]
    fn formats_fixed_in_code() {
        let found = hard_coded_formats(
            "var d = moment(x).format('DD.MM.YYYY');\nn.toLocaleString('ru-RU');\nmask('+7 (999) 999-99-99')",
        );
        let kinds: Vec<&str> = found.iter().map(|(_, k)| k.as_str()).collect();
        assert_eq!(kinds, vec!["the date format DD.MM.YY", "the fixed locale ru-RU", "a fixed phone mask"]);
        assert!(hard_coded_formats("var ADD.MM = 1; format('YYYY-MM-DD')").is_empty());
    }
}
