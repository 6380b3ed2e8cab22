//! One verdict per text. Every (key, language) of the language files, and the listing texts the
//! manifest names, is measured once here — characters, limit, language (script, then the
//! statistical detector, run at most once per text), copy of which language, state — before the
//! rule families run. The content and localization rules, the report's `texts` and the app's
//! Texts and Languages tabs all read these verdicts; none of them judges a text again.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::listing::Listing;
use super::profile::Profile;
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::text::html::char_count;
use crate::text::language::{Guess, Script, guess, is_shared_word, letters, prose, script_of};
use crate::widget::Widget;
use crate::widget::i18n::is_key_like;

/// Texts with fewer words than this (after removing names and links) are never judged by the
/// statistical detector: too short to tell (see tests/data/language-detection.md).
pub const MIN_WORDS_TO_GUESS: usize = 4;
/// The detector's confidence needed before a disagreement becomes a warning: no false warning in
/// the measured sample at 0.7 (tests/data/language-detection.md).
pub const MIN_CONFIDENCE: f64 = 0.7;
/// The detector's confidence needed to call a copied text the original of its language.
const ORIGINAL_CONFIDENCE: f64 = 0.5;
/// Identical texts shorter than this are usually names, numbers or words shared by languages.
const UNTRANSLATED_MIN_CHARS: usize = 12;

/// The state of one text, worst first: what the report's text table and the app show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextState {
    Missing,
    Empty,
    WrongLanguage,
    TooLong,
    Untranslated,
    Ok,
}

impl TextState {
    /// The word used in reports.
    pub fn id(self) -> &'static str {
        match self {
            TextState::Missing => "missing",
            TextState::Empty => "empty",
            TextState::WrongLanguage => "wrong-language",
            TextState::TooLong => "too-long",
            TextState::Untranslated => "untranslated",
            TextState::Ok => "ok",
        }
    }

    /// The state in words, in a language ("too long").
    pub fn word(self, lang: crate::i18n::Lang) -> String {
        lang.text(&format!("text-state-{}", self.id()), &[])
    }
}

/// The verdict on one text's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Judged {
    /// Letters of the other script: certainly wrong (what was found, in words: "Cyrillic
    /// letters", "only Latin letters").
    WrongScript(Msg),
    /// The detector is confident it is another of the widget's languages.
    Other { lang: String, confidence: f64 },
    /// Fine, or too short to tell; the detector's guess when it was asked.
    Fine { guess: Option<(String, f64)> },
}

/// Everything known about one text in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct TextVerdict {
    pub key: String,
    pub lang: String,
    /// The text; `None` when this language does not have it as a string.
    pub value: Option<String>,
    /// Where it is written.
    pub location: Option<Location>,
    /// The listing text it is, when the manifest names it as one.
    pub listing: Option<Listing>,
    /// The manifest holds the text itself rather than an i18n key.
    pub in_manifest: bool,
    /// Characters as the marketplace counts them.
    pub chars: usize,
    /// The marketplace's limit, for listing texts.
    pub limit: Option<usize>,
    pub language: Judged,
    /// Another language with exactly this text, when this one is the copy (not the original).
    pub copy_of: Option<String>,
    pub state: TextState,
}

impl TextVerdict {
    /// The detected language and the detector's confidence, when it was asked and answered.
    pub fn detected(&self) -> Option<(&str, f64)> {
        match &self.language {
            Judged::Other { lang, confidence } => Some((lang, *confidence)),
            Judged::Fine { guess: Some((lang, confidence)) } => Some((lang, *confidence)),
            _ => None,
        }
    }

    /// The text, when there is one and it is not blank.
    pub fn text(&self) -> Option<&str> {
        self.value.as_deref().filter(|v| !v.trim().is_empty())
    }
}

/// Serialised as the report's `texts` entries: `{key, lang, value, chars, limit?, detected?,
/// confidence?, state}` (the JSON contract).
impl Serialize for TextVerdict {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let detected = self.detected();
        let mut out = s.serialize_struct("TextVerdict", 8)?;
        out.serialize_field("key", &self.key)?;
        out.serialize_field("lang", &self.lang)?;
        out.serialize_field("value", &self.value)?;
        out.serialize_field("chars", &self.chars)?;
        if let Some(limit) = self.limit {
            out.serialize_field("limit", &limit)?;
        }
        if let Some((lang, confidence)) = detected {
            out.serialize_field("detected", lang)?;
            out.serialize_field("confidence", &confidence)?;
        }
        out.serialize_field("state", &self.state)?;
        out.end()
    }
}

/// The verdicts on every text of a widget, keys in first-seen order, then languages in the
/// widget's order; serialised as the list of verdicts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts {
    pub verdicts: Vec<TextVerdict>,
    /// Where the verdict on a (key, language) is in `verdicts`.
    index: HashMap<(String, String), usize>,
}

impl Serialize for Texts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.verdicts.serialize(s)
    }
}

impl Texts {
    /// Judges every text of the widget once.
    pub fn judge(widget: &Widget, profile: &Profile) -> Texts {
        let brands = brand_words(widget);
        let listings = listing_keys(widget);
        // Keys in the order the language files have them, then listing texts named nowhere else.
        let mut keys: Vec<String> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let named = listings.iter().map(|n| n.key.clone());
        let in_files = widget.languages.iter().flat_map(|lang| widget.text_entries(lang)).map(|e| e.key);
        for key in in_files.chain(named) {
            if seen.insert(key.clone()) {
                keys.push(key);
            }
        }
        let mut verdicts = Vec::new();
        for key in &keys {
            let named = listings.iter().find(|n| n.key == *key);
            for lang in &widget.languages {
                let (value, location) = match named.and_then(|n| n.literal.as_ref()) {
                    Some((literal, at)) => (Some(literal.clone()), Some(at.clone())),
                    _ => match widget.i18n_text(lang, key) {
                        Some(t) => (Some(t.value), Some(t.location)),
                        None => (None, None),
                    },
                };
                let mut v = TextVerdict {
                    key: key.clone(),
                    lang: lang.clone(),
                    listing: named.map(|n| n.listing),
                    in_manifest: named.is_some_and(|n| n.literal.is_some()),
                    chars: 0,
                    limit: named.map(|n| n.listing.limit(profile)),
                    language: Judged::Fine { guess: None },
                    copy_of: None,
                    state: TextState::Missing,
                    value,
                    location,
                };
                judge_one(&mut v, widget, &brands);
                verdicts.push(v);
            }
        }
        let index = verdicts.iter().enumerate().map(|(i, v)| ((v.key.clone(), v.lang.clone()), i)).collect();
        Texts { verdicts, index }
    }

    /// The verdict on a key in a language.
    pub fn get(&self, key: &str, lang: &str) -> Option<&TextVerdict> {
        self.index.get(&(key.to_string(), lang.to_string())).map(|&i| &self.verdicts[i])
    }

    /// The verdict on a listing text in a language (whatever key the manifest names for it).
    pub fn listing(&self, listing: Listing, lang: &str) -> Option<&TextVerdict> {
        self.verdicts.iter().find(|v| v.listing == Some(listing) && v.lang == lang)
    }

    /// The verdicts of one language, in key order.
    pub fn of_language<'t>(&'t self, lang: &'t str) -> impl Iterator<Item = &'t TextVerdict> {
        self.verdicts.iter().filter(move |v| v.lang == lang)
    }

    /// The texts of one language's file: key, text and where it is written.
    pub fn in_file<'t>(&'t self, lang: &'t str) -> impl Iterator<Item = (&'t str, &'t str, &'t Location)> {
        self.of_language(lang)
            .filter(|v| !v.in_manifest)
            .filter_map(|v| Some((v.key.as_str(), v.value.as_deref()?, v.location.as_ref()?)))
    }
}

/// Measures and judges one text whose value and place are filled in.
fn judge_one(v: &mut TextVerdict, widget: &Widget, brands: &[String]) {
    let Some(value) = v.value.clone() else { return };
    v.chars = match v.listing {
        Some(listing) => listing.chars(&value),
        None => char_count(value.trim()),
    };
    if value.trim().is_empty() {
        v.state = TextState::Empty;
        return;
    }
    let words = prose(&value, brands);
    let mut detector = Detector { words: &words, candidates: &widget.languages, answer: None };
    v.language = judge_language(&words, &v.lang, &mut detector);
    let same = widget
        .languages
        .iter()
        .filter(|l| **l != v.lang && !written_alike(&v.lang, l, &value))
        .find(|other| widget.i18n_text(other, &v.key).is_some_and(|t| t.value == value));
    // A copy in the language it was written in is the original: that file is not the one to fix.
    // A product or brand name is the same in every language on purpose.
    let copied = looks_copied(&value) && !v.in_manifest && !is_product_name(&value, &v.key, widget, brands);
    if let Some(other) = same.filter(|_| copied)
        && !detector.get().is_some_and(|g| g.lang == v.lang && g.confidence >= ORIGINAL_CONFIDENCE)
    {
        v.copy_of = Some(other.clone());
    }
    v.state = if !matches!(v.language, Judged::Fine { .. }) {
        TextState::WrongLanguage
    } else if v.limit.is_some_and(|max| v.chars > max) {
        TextState::TooLong
    } else if v.copy_of.is_some() {
        TextState::Untranslated
    } else {
        TextState::Ok
    };
}

/// The statistical detector, asked at most once per text.
struct Detector<'a> {
    words: &'a str,
    candidates: &'a [String],
    answer: Option<Option<Guess>>,
}

impl Detector<'_> {
    fn get(&mut self) -> Option<&Guess> {
        let (words, candidates) = (self.words, self.candidates);
        self.answer.get_or_insert_with(|| guess(words, candidates)).as_ref()
    }
}

/// The script first (Cyrillic letters in a Latin-script language, or only Latin letters in a
/// Cyrillic one, are certainly wrong); then, for texts of [`MIN_WORDS_TO_GUESS`] words or more,
/// the detector, when it is confident the text is another of the widget's languages.
fn judge_language(words: &str, lang: &str, detector: &mut Detector) -> Judged {
    let count = letters(words);
    match script_of(lang) {
        Script::Latin if count.cyrillic > 0 => return Judged::WrongScript(msg!("l10n-script-cyrillic")),
        Script::Cyrillic if count.cyrillic == 0 && count.latin >= 6 && words.split_whitespace().count() >= 2 => {
            return Judged::WrongScript(msg!("l10n-script-only-latin"));
        }
        _ => {}
    }
    if words.split_whitespace().count() < MIN_WORDS_TO_GUESS {
        return Judged::Fine { guess: None };
    }
    match detector.get() {
        Some(g) if g.lang != lang && g.confidence >= MIN_CONFIDENCE => {
            Judged::Other { lang: g.lang.clone(), confidence: g.confidence }
        }
        Some(g) => Judged::Fine { guess: Some((g.lang.clone(), g.confidence)) },
        None => Judged::Fine { guess: None },
    }
}

/// Judges the language of one text as the verdicts do, for texts outside the language files.
pub fn judge(text: &str, lang: &str, candidates: &[String], brands: &[String]) -> Judged {
    let words = prose(text, brands);
    let mut detector = Detector { words: &words, candidates, answer: None };
    judge_language(&words, lang, &mut detector)
}

/// [`judge`] for each of `candidates`, asking the detector at most once.
pub fn judge_for_each(text: &str, candidates: &[String], brands: &[String]) -> Vec<Judged> {
    let words = prose(text, brands);
    let mut detector = Detector { words: &words, candidates, answer: None };
    candidates.iter().map(|lang| judge_language(&words, lang, &mut detector)).collect()
}

/// A value copied unchanged from another language: long enough to be telling, not a link.
fn looks_copied(value: &str) -> bool {
    char_count(value.trim()) >= UNTRANSLATED_MIN_CHARS
        && !value.contains("://")
        && !value.contains('@')
        && value.split_whitespace().count() >= 2
        && value.chars().any(char::is_alphabetic)
}

/// Spanish and Portuguese write many short phrases the same way ("Tipo de objeto"): a short
/// text shared by the two is no sign that one was not translated. A sentence they share is.
fn written_alike(lang: &str, other: &str, value: &str) -> bool {
    const MAX_WORDS: usize = 4;
    let sisters = matches!((lang, other), ("es", "pt") | ("pt", "es"));
    sisters && value.split_whitespace().count() <= MAX_WORDS
}

/// Whether a text is a product or brand name kept as it is in every language: identical in all
/// of the widget's languages (two at least), a few words each starting with a capital or a digit,
/// one of them a brand (a capitalised word of the widget's names) or a name every language
/// shares (Google, WhatsApp…). "Google Calendar" is one; "Calendar settings" is not.
fn is_product_name(value: &str, key: &str, widget: &Widget, brands: &[String]) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let named = |w: &&str| {
        let clean = w.trim_matches(|c: char| !c.is_alphanumeric());
        is_shared_word(clean) || brands.iter().any(|b| b == clean)
    };
    widget.languages.len() >= 2
        && words.len() <= 5
        && words.iter().all(capitalised)
        && words.iter().any(named)
        && widget.languages.iter().all(|l| widget.i18n_text(l, key).is_some_and(|t| t.value == value))
}

/// Words of the widget's names that are brands (capitalised, e.g. the maker after "via"), kept
/// out of language detection.
pub fn brand_words(w: &Widget) -> Vec<String> {
    let mut brands = Vec::new();
    for lang in &w.languages {
        if let Some(name) = w.text(lang, "widget.name") {
            for word in name.value.split_whitespace() {
                let clean = word.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
                if clean.chars().next().is_some_and(char::is_uppercase) && !brands.contains(&clean) {
                    brands.push(clean);
                }
            }
        }
    }
    brands
}

/// A listing text as the manifest names it.
struct Named {
    /// The i18n key, or for a text written in the manifest itself, the manifest path.
    key: String,
    listing: Listing,
    /// The text and its place, when the manifest holds the text itself.
    literal: Option<(String, Location)>,
}

/// The listing texts the manifest names.
fn listing_keys(w: &Widget) -> Vec<Named> {
    Listing::ALL
        .iter()
        .filter_map(|&listing| {
            let value = w.manifest_value(listing.manifest_path())?;
            let reference = value.as_str()?;
            Some(if is_key_like(reference) {
                Named { key: reference.to_string(), listing, literal: None }
            } else {
                let literal = Some((reference.to_string(), w.manifest_location(value.span)));
                Named { key: listing.manifest_path().to_string(), listing, literal }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn judging_languages() {
        let langs = vec!["en".to_string(), "es".to_string(), "pt".to_string()];
        assert_eq!(judge("Сохранить", "en", &langs, &[]), Judged::WrongScript(msg!("l10n-script-cyrillic")));
        assert_eq!(judge("Install amoCRM", "ru", &["ru".into(), "en".into()], &[]), Judged::Fine { guess: None });
        assert_eq!(
            judge("Connect your calendar", "ru", &["ru".into(), "en".into()], &[]),
            Judged::WrongScript(msg!("l10n-script-only-latin"))
        );
        assert!(matches!(judge("Save", "es", &langs, &[]), Judged::Fine { guess: None }));
        assert!(matches!(
            judge("Sincronize seus calendários com a equipe e não perca nenhuma reunião importante", "es", &langs, &[]),
            Judged::Other { ref lang, .. } if lang == "pt"
        ));
    }
}
