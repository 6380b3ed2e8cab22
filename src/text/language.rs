//! Which language a text is in: first by its letters (Cyrillic in an English file is certain),
//! then statistically with lingua among the widget's own languages. Brand names, links,
//! e-mails, placeholders and technical abbreviations are removed first, because they are the
//! same in every language and would only mislead the detector.
//!
//! lingua was chosen over whatlang by measurement on short widget strings: it catches 86 % of
//! 4–10-word texts in the wrong file where whatlang catches 43 %, with no false warnings at the
//! thresholds used (tests/data/language-detection.md).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

/// Words that are the same in every language of a widget.
const GLOSSARY: &[&str] = &[
    "amocrm",
    "kommo",
    "whatsapp",
    "telegram",
    "instagram",
    "facebook",
    "messenger",
    "viber",
    "wechat",
    "google",
    "gmail",
    "outlook",
    "microsoft",
    "excel",
    "zoom",
    "slack",
    "api",
    "crm",
    "sms",
    "id",
    "url",
    "ok",
    "email",
    "e-mail",
    "pdf",
    "csv",
    "json",
    "xml",
    "html",
    "ip",
    "utm",
    "seo",
    "faq",
    "qr",
    "pro",
    "vip",
    "online",
    "chat",
    "bot",
    "chatbot",
    "salesbot",
    "widget",
    "lead",
    "leads",
    "via",
    // Loanwords Spanish and Portuguese texts about software use as English writes them: they say
    // nothing about the text's language.
    "urls",
    "webhook",
    "webhooks",
    "workflow",
    "workflows",
    "token",
    "tokens",
    "apis",
    "app",
    "apps",
    "link",
    "links",
    "login",
    "dashboard",
    "marketplace",
    "software",
    "backup",
    "upload",
    "download",
    "feedback",
    "checkout",
    "e-commerce",
    "ecommerce",
    "site",
    "website",
];

/// Whether a word (any case) is one of the words every language of a widget shares.
pub fn is_shared_word(word: &str) -> bool {
    GLOSSARY.contains(&word.to_lowercase().as_str())
}

/// How a text is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
}

/// The script a language is written in; languages not listed use Latin letters.
pub fn script_of(lang: &str) -> Script {
    match lang {
        "ru" | "uk" | "be" | "bg" | "kk" | "sr" | "mk" | "ky" | "tg" | "mn" => Script::Cyrillic,
        _ => Script::Latin,
    }
}

/// Letters of each script in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Letters {
    pub latin: usize,
    pub cyrillic: usize,
}

/// Counts the Latin and Cyrillic letters of a text.
pub fn letters(text: &str) -> Letters {
    let mut count = Letters::default();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if ('\u{0400}'..='\u{04FF}').contains(&c) || ('\u{0500}'..='\u{052F}').contains(&c) {
            count.cyrillic += 1;
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            count.latin += 1;
        }
    }
    count
}

/// The text without links, e-mails, placeholders, HTML tags, numbers, glossary words and the
/// given brand words: what is left is what a translator writes.
pub fn prose(text: &str, brands: &[String]) -> String {
    let visible = crate::text::html::visible_text(text);
    let mut words = Vec::new();
    for token in visible.split_whitespace() {
        let lower = token.to_lowercase();
        let is_link = lower.contains("://") || lower.starts_with("www.") || lower.contains('@');
        let is_placeholder =
            token.contains(['#', '{', '}', '%', '$', '_', '=']) || token.chars().any(|c| c.is_ascii_digit());
        if is_link || is_placeholder {
            continue;
        }
        let word: String = lower.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        if word.is_empty() || GLOSSARY.contains(&word.as_str()) || brands.iter().any(|b| b.to_lowercase() == word) {
            continue;
        }
        words.push(token.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'));
    }
    words.join(" ")
}

/// A statistical guess.
#[derive(Debug, Clone, PartialEq)]
pub struct Guess {
    /// ISO 639-1 code.
    pub lang: String,
    /// lingua's confidence, 0 to 1.
    pub confidence: f64,
}

/// The languages the detector knows: those the marketplaces list in.
const KNOWN: &[(&str, Language)] = &[
    ("en", Language::English),
    ("es", Language::Spanish),
    ("pt", Language::Portuguese),
    ("ru", Language::Russian),
    ("tr", Language::Turkish),
    ("id", Language::Indonesian),
];

/// The most likely of `candidates` (ISO 639-1 codes) for a text; `None` when fewer than two
/// candidates are known to the detector or it has no opinion.
pub fn guess(text: &str, candidates: &[String]) -> Option<Guess> {
    let mut languages: Vec<Language> =
        candidates.iter().filter_map(|c| KNOWN.iter().find(|(code, _)| code == c).map(|(_, l)| *l)).collect();
    languages.sort_by_key(|l| l.to_string());
    languages.dedup();
    if languages.len() < 2 {
        return None;
    }
    let detector = detector(languages);
    let (best, confidence) = detector.compute_language_confidence_values(head(text)).into_iter().next()?;
    let code = KNOWN.iter().find(|(_, l)| *l == best).map(|(c, _)| *c)?;
    (confidence > 0.0).then(|| Guess { lang: code.to_string(), confidence })
}

/// The most characters of a text given to the detector: its answer is settled long before, and
/// its cost in time and memory grows with the text (a 60 MB description took over 1 GiB).
const GUESS_MAX_CHARS: usize = 4_000;

/// The start of a text, up to [`GUESS_MAX_CHARS`], cut at a space so no word is broken.
fn head(text: &str) -> &str {
    let Some((end, _)) = text.char_indices().nth(GUESS_MAX_CHARS) else { return text };
    let cut = &text[..end];
    cut.rfind(char::is_whitespace).map_or(cut, |space| &cut[..space])
}

/// One detector per set of languages, built once: building loads the language models.
fn detector(languages: Vec<Language>) -> Arc<LanguageDetector> {
    static DETECTORS: OnceLock<Mutex<HashMap<Vec<Language>, Arc<LanguageDetector>>>> = OnceLock::new();
    let mut map = DETECTORS.get_or_init(Mutex::default).lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    map.entry(languages.clone())
        .or_insert_with(|| Arc::new(LanguageDetectorBuilder::from_languages(&languages).build()))
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn long_texts_are_cut_at_a_space() {
        assert_eq!(head("short text"), "short text");
        let long = "palabra ".repeat(1_000);
        let cut = head(&long);
        assert!(cut.chars().count() <= GUESS_MAX_CHARS && cut.ends_with("palabra"), "{}", cut.len());
    }

    #[test]
    fn letters_by_script() {
        assert_eq!(letters("Сохранить settings"), Letters { latin: 8, cyrillic: 9 });
        assert_eq!(letters("Configuração 123"), Letters { latin: 12, cyrillic: 0 });
        assert_eq!(script_of("ru"), Script::Cyrillic);
        assert_eq!(script_of("pt"), Script::Latin);
    }

    #[test]
    fn prose_drops_what_translators_do_not_translate() {
        let brands = vec!["Acme".to_string()];
        assert_eq!(
            prose(
                "Connect <b>WhatsApp</b> to amoCRM via Acme: see https://acme.com or #HOST# {{name}} 24 hours",
                &brands
            ),
            "Connect to see or hours"
        );
    }

    #[test]
    fn guesses_among_the_widget_languages() {
        let candidates = langs(&["en", "es", "pt"]);
        let g = guess("Sincronice sus calendarios con el equipo y no pierda ninguna reunión importante", &candidates)
            .expect("guess");
        assert_eq!(g.lang, "es");
        let g = guess("Sincronize seus calendários com a equipe e não perca nenhuma reunião importante", &candidates)
            .expect("guess");
        assert_eq!(g.lang, "pt");
        assert!(guess("anything", &langs(&["en"])).is_none());
        assert!(guess("anything", &langs(&["en", "xx"])).is_none());
        let g = guess("Bu entegrasyon takviminizi müşteri kartına bağlar", &langs(&["en", "tr", "id"])).expect("guess");
        assert_eq!(g.lang, "tr");
    }
}
