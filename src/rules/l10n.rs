//! Support & localization: a language file per declared language, complete and in its own
//! language, translated rather than copied, links that lead to pages in that language, and the
//! items a reviewer confirms (privacy policy, human support, payments, currency, local formats).

use crate::rules::catalogue::RuleId;
use std::collections::BTreeSet;

use super::texts::{Judged, TextVerdict};
use super::{Check, Finding, Status};
use crate::i18n::{Msg, list};
use crate::location::Location;
use crate::msg;
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
        return vec![Finding::new(ID, Status::Na, msg!("l10n-locale-missing")).help(msg!("l10n-locale-missing-help"))];
    };
    let mut problems: Vec<Msg> = Vec::new();
    let mut locations = Vec::new();
    let codes: Vec<(&str, &Json)> = declared.items().iter().filter_map(|v| Some((v.as_str()?, v))).collect();
    for (code, value) in &codes {
        if !w.i18n.contains_key(*code) {
            problems.push(msg!("l10n-file-missing", code = *code));
            locations.push(w.manifest_location(value.span));
        }
    }
    for (code, file) in &w.i18n {
        if !codes.iter().any(|(c, _)| c == code) {
            problems.push(msg!("l10n-file-undeclared", code = code));
            locations.push(Location::file(&file.path));
        }
        if let Err(e) = &file.parsed {
            // Why the file did not parse is said by the widget's reader (`Unparsed`).
            problems.push(e.message.clone());
            locations.push(e.location.clone());
        }
    }
    let mut results = Vec::new();
    if !problems.is_empty() {
        results.push(
            Finding::new(ID, Status::Fail, msg!("l10n-locale-files-problems", problems = list(problems, "; ")))
                .at_all(locations),
        );
    }
    results.extend(foreign_languages(cx, &codes));
    if results.is_empty() {
        results.push(Finding::new(ID, Status::Pass, msg!("l10n-locale-files-ok", n = codes.len())));
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
    let message = msg!(
        "l10n-locale-foreign",
        codes = foreign.join(", "),
        n = foreign.len(),
        marketplace = cx.profile.marketplace.title(),
        known = known.join(", "),
    );
    Some(Finding::new(ID, cx.profile.foreign_locale_status, message).at_all(locations))
}

/// `na` for a per-language rule when the language's file is missing or did not parse; the
/// locale-files rule says why.
fn without_language_file(w: &Widget, id: RuleId, lang: &str) -> Option<Finding> {
    w.i18n
        .get(lang)
        .and_then(|f| f.ok())
        .is_none()
        .then(|| Finding::new(id, Status::Na, msg!("l10n-file-unreadable", lang = lang)).lang(lang))
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
        return Finding::new(ID, Status::Pass, msg!("l10n-keys-complete", n = own.len())).lang(lang);
    }
    let keys: Vec<Msg> = missing.iter().map(|(k, from)| msg!("l10n-key-in-language", key = k, lang = from)).collect();
    Finding::new(ID, Status::Fail, msg!("l10n-keys-missing", n = missing.len(), keys = list(keys, ", ")))
        .lang(lang)
        .at(Location::file(&Widget::i18n_path(lang)))
        .help(msg!("l10n-keys-missing-help", lang = lang))
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
        return Finding::new(ID, Status::Na, msg!("l10n-manifest-keys-none")).lang(lang);
    }
    let mut problems: Vec<Msg> = Vec::new();
    let mut locations = Vec::new();
    for (path, key, value) in &named {
        match w.i18n_text(lang, key) {
            None => {
                problems.push(msg!("l10n-manifest-key-missing", key = key, path = path));
                locations.push(w.manifest_location(value.span));
            }
            Some(text) if text.value.trim().is_empty() => {
                problems.push(msg!("l10n-manifest-key-empty", key = key));
                locations.push(text.location);
            }
            Some(_) => {}
        }
    }
    if problems.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("l10n-manifest-keys-complete", n = named.len())).lang(lang);
    }
    Finding::new(ID, Status::Fail, msg!("l10n-manifest-keys-problems", lang = lang, problems = list(problems, "; ")))
        .lang(lang)
        .at_all(locations)
        .help(msg!("l10n-manifest-keys-help", lang = lang))
}

/// A detector's confidence as a whole percentage, for messages.
pub(crate) fn percent(confidence: f64) -> f64 {
    (confidence * 100.0).round()
}

fn text_language(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::L10nTextLanguage;
    // The texts of the language file (listing texts written in the manifest are not in it).
    let texts: Vec<&TextVerdict> = cx.texts.of_language(lang).filter(|v| v.value.is_some() && !v.in_manifest).collect();
    if texts.is_empty() {
        return Finding::new(ID, Status::Na, msg!("l10n-text-language-none", lang = lang)).lang(lang);
    }
    let at = |v: &TextVerdict| v.location.clone().unwrap_or_else(|| Location::file(&Widget::i18n_path(lang)));
    let mut wrong_script: Vec<(Msg, Location)> = Vec::new();
    let mut other: Vec<(Msg, Location)> = Vec::new();
    for v in &texts {
        match &v.language {
            Judged::WrongScript(what) => {
                wrong_script.push((msg!("l10n-key-script", key = &v.key, script = what.clone()), at(v)))
            }
            Judged::Other { lang: l, confidence } => other.push((
                msg!("l10n-key-looks", key = &v.key, language = language(l), percent = percent(*confidence)),
                at(v),
            )),
            Judged::Fine { .. } => {}
        }
    }
    if !wrong_script.is_empty() {
        let (found, mut places): (Vec<Msg>, Vec<Location>) = wrong_script.into_iter().unzip();
        places.extend(other.into_iter().map(|(_, l)| l));
        return Finding::new(
            ID,
            Status::Fail,
            msg!("l10n-text-language-wrong", in_language = in_language(lang), texts = list(found, ", ")),
        )
        .lang(lang)
        .at_all(places)
        .help(msg!("l10n-text-language-wrong-help", language = language(lang)));
    }
    if !other.is_empty() {
        let (found, places): (Vec<Msg>, Vec<Location>) = other.into_iter().unzip();
        return Finding::new(
            ID,
            Status::Warn,
            msg!("l10n-text-language-doubt", in_language = in_language(lang), texts = list(found, "; ")),
        )
        .lang(lang)
        .at_all(places)
        .help(msg!("l10n-text-language-doubt-help", language = language(lang)));
    }
    Finding::new(ID, Status::Pass, msg!("l10n-text-language-ok", n = texts.len(), language = language(lang))).lang(lang)
}

fn untranslated(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::L10nUntranslated;
    let (copies, places): (Vec<Msg>, Vec<Location>) = cx
        .texts
        .of_language(lang)
        .filter_map(|v| {
            let copy_of = v.copy_of.as_ref()?;
            Some((msg!("l10n-key-same-as", key = &v.key, lang = copy_of), v.location.clone()?))
        })
        .unzip();
    if copies.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("l10n-untranslated-none")).lang(lang);
    }
    Finding::new(ID, Status::Warn, msg!("l10n-untranslated", n = copies.len(), texts = list(copies, ", ")))
        .lang(lang)
        .at_all(places)
        .help(msg!("l10n-untranslated-help", language = language(lang)))
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
        Some((url, at)) => Finding::new(ID, Status::Pass, msg!("l10n-privacy-link", url = url)).lang(lang).at(at),
        None => Finding::new(
            ID,
            Status::Manual,
            msg!("l10n-privacy-link-none", lang = lang, in_language = in_language(lang)),
        )
        .lang(lang),
    }
}

/// A language a URL's host or path hints at, and why.
struct Hint {
    code: String,
    /// What hints at it: "the .ru domain", "the /pt-br/ path".
    why: Msg,
    /// A country's domain (`.br`, `.es`) rather than a subdomain, path or parameter.
    domain: bool,
}

/// Language codes a URL's host or path hints at, and why.
fn url_language_hints(url: &str) -> Vec<Hint> {
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
            hints.push(Hint { code: code.to_string(), why: msg!("l10n-hint-domain", domain = tld), domain: true });
        }
    }
    let lower = url.to_ascii_lowercase();
    let rest = lower.split_once(&host).map_or("", |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or_default();
    let known = ["en", "es", "pt", "ru", "tr", "id", "de", "fr", "it", "uk", "kk"];
    let first_label = host.split('.').next().unwrap_or_default();
    if host.split('.').count() > 2 && known.contains(&first_label) {
        let why = msg!("l10n-hint-subdomain", subdomain = first_label);
        hints.push(Hint { code: first_label.to_string(), why, domain: false });
    }
    for segment in path.split('/') {
        let code = segment.split(['-', '_']).next().unwrap_or_default();
        if known.contains(&code) && (segment.len() == 2 || segment.len() == 5) {
            hints.push(Hint { code: code.to_string(), why: msg!("l10n-hint-path", segment = segment), domain: false });
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
                    let why = msg!("l10n-hint-parameter", name = k, value = v);
                    hints.push(Hint { code: code.to_string(), why, domain: false });
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
        return Finding::new(ID, Status::Na, msg!("l10n-link-domains-none")).lang(lang);
    }
    let mut wrong: Vec<Msg> = Vec::new();
    let mut places = Vec::new();
    for (link, at) in &links {
        // Only hints at one of the languages this tool knows and that differ from the file's.
        if let Some(hint) = url_language_hints(&link.url).into_iter().find(|h| h.code != lang) {
            // A regional domain (.br, .es) only counts when its language is another of the widget's.
            let regional = matches!(hint.code.as_str(), "pt" | "es" | "tr" | "id") && hint.domain;
            if !regional || w.languages.contains(&hint.code) {
                let language = language(&hint.code);
                wrong.push(msg!("l10n-link-suggests", url = &link.url, why = hint.why, language = language));
                places.push(at.clone());
            }
        }
    }
    if wrong.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("l10n-link-domains-ok", n = links.len())).lang(lang);
    }
    Finding::new(ID, Status::Fail, msg!("l10n-link-domains-wrong", links = list(wrong, "; ")))
        .lang(lang)
        .at_all(places)
        .help(msg!("l10n-link-domains-help", language = language(lang)))
}

fn human_support(cx: &Check, lang: &str) -> Finding {
    let w = cx.widget;
    let mut f = Finding::new(
        RuleId::L10nHumanSupport,
        Status::Manual,
        msg!("l10n-human-support", in_language = in_language(lang)),
    )
    .lang(lang);
    for (key, label) in [
        ("widget.support.email", msg!("l10n-evidence-email")),
        ("widget.support.link", msg!("l10n-evidence-link")),
        ("widget.support.phone", msg!("l10n-evidence-phone")),
    ] {
        if let Some(v) = w.manifest_value(key).and_then(Json::as_str) {
            f = f.evidence(label, v, Some(w.manifest_location_of(key)));
        }
    }
    for (link, at) in language_links(w, lang).into_iter().filter(|(l, _)| l.kind != LinkKind::Web) {
        f = f.evidence(msg!("l10n-evidence-contact"), link.url, Some(at));
    }
    f
}

/// A format fixed in code, in the order messages list them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Format {
    /// A phone mask with a fixed country code (`+7 (`).
    PhoneMask,
    /// A date pattern (`DD.MM.YY`), as written.
    Date(String),
    /// A locale (`ru-RU`), as written.
    Locale(String),
}

impl Format {
    fn msg(&self) -> Msg {
        match self {
            Format::PhoneMask => msg!("l10n-format-phone-mask"),
            Format::Date(pattern) => msg!("l10n-format-date", pattern = pattern),
            Format::Locale(locale) => msg!("l10n-format-locale", locale = locale),
        }
    }
}

/// Hard-coded formats in code: fixed date patterns, fixed locales, fixed phone masks.
fn hard_coded_formats(text: &str) -> Vec<(usize, Format)> {
    const DATES: &[&[u8]] = &[b"DD.MM.YY", b"DD/MM/YY", b"MM/DD/YY", b"DD-MM-YY", b"MM-DD-YY", b"D.M.YYYY"];
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        // Every pattern starts with D or M: skip the rest cheaply (code can be megabytes).
        if !matches!(bytes[i], b'D' | b'd' | b'M' | b'm') || (i > 0 && bytes[i - 1].is_ascii_alphabetic()) {
            continue;
        }
        if let Some(p) = DATES.iter().find(|p| bytes.get(i..i + p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p))) {
            found.push((i, Format::Date(text[i..i + p.len()].to_string())));
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
                found.push((i, Format::Locale(candidate.to_string())));
            }
        }
    }
    for (i, _) in text.match_indices("+7 (").chain(text.match_indices("+1 (")) {
        found.push((i, Format::PhoneMask));
    }
    found.sort();
    found.dedup_by(|a, b| a.0 == b.0);
    found
}

/// Hard-coded formats in the widget's scripts and templates, with where they are.
fn formats_in_code(w: &Widget) -> Vec<(Format, Location)> {
    let mut found = Vec::new();
    for source in w.sources_with(SCRIPT_EXTENSIONS).chain(w.sources_with(TEMPLATE_EXTENSIONS)) {
        let hits = hard_coded_formats(&source.text);
        found.extend(hits.into_iter().map(|(offset, what)| (what, source.location_at(offset))));
    }
    found
}

fn local_formatting(lang: &str, found: &[(Format, Location)]) -> Finding {
    const ID: RuleId = RuleId::L10nLocalFormatting;
    if found.is_empty() {
        return Finding::new(ID, Status::Manual, msg!("l10n-local-formatting-none", language = language(lang)))
            .lang(lang);
    }
    let kinds: BTreeSet<&Format> = found.iter().map(|(what, _)| what).collect();
    let formats = list(kinds.into_iter().map(Format::msg).collect(), ", ");
    Finding::new(ID, Status::Warn, msg!("l10n-local-formatting-fixed", n = found.len(), formats = formats))
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

/// Every currency word or sign in the language files: the word with the language and key it is
/// in (`USD (en: ui.price)`), and where.
fn currency_mentions(cx: &Check) -> Vec<(String, Location)> {
    let mut found = Vec::new();
    for lang in &cx.widget.languages {
        for (key, text, at) in cx.texts.in_file(lang) {
            let mut words: Vec<String> = find_words(text, CURRENCIES).into_iter().map(str::to_string).collect();
            words.extend(['$', '€', '£', '₽', '₺'].iter().filter(|c| text.contains(**c)).map(|c| c.to_string()));
            for word in words {
                found.push((format!("{word} ({lang}: {key})"), at.clone()));
            }
        }
    }
    found
}

fn payments(cx: &Check) -> Finding {
    let mut f = Finding::new(RuleId::L10nPayments, Status::Manual, msg!("l10n-payments"));
    for (what, at) in currency_mentions(cx) {
        f = f.evidence(msg!("l10n-evidence-price-mention"), what, Some(at));
    }
    f
}

fn currency(cx: &Check) -> Finding {
    let mentions = currency_mentions(cx);
    let message = if mentions.is_empty() { msg!("l10n-currency-none") } else { msg!("l10n-currency-mentioned") };
    let mut f = Finding::new(RuleId::L10nCurrency, Status::Manual, message);
    for (what, at) in mentions {
        f = f.evidence(msg!("l10n-evidence-currency"), what, Some(at));
    }
    f
}

/// A language's name in the reader's language, as a message argument: "Spanish" (in Russian
/// «испанский», to be followed by «язык» or used where the nominative fits).
pub fn language(code: &str) -> Msg {
    msg!("l10n-language", code = code)
}

/// "In" a language, in the reader's language: "in Spanish", «на испанском», "en español".
pub fn in_language(code: &str) -> Msg {
    msg!("l10n-in-language", code = code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_hints() {
        let codes = |u: &str| url_language_hints(u).into_iter().map(|h| h.code).collect::<Vec<_>>();
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
        let kinds: Vec<String> = found.iter().map(|(_, k)| k.msg().english()).collect();
        assert_eq!(kinds, vec!["the date format DD.MM.YY", "the fixed locale ru-RU", "a fixed phone mask"]);
        assert!(hard_coded_formats("var ADD.MM = 1; format('YYYY-MM-DD')").is_empty());
    }
}
