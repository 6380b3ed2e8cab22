//! Texts of the widget per language: manifest strings such as `"widget.name"` are dot-paths into
//! `i18n/<lang>.json`; this module resolves them and lists every text key of a language file.

use super::json::Json;
use super::{MANIFEST, Widget};
use crate::location::Location;

/// A text as the marketplace will show it in one language, and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedText {
    pub value: String,
    pub location: Location,
    /// The i18n key the manifest names, or `None` when the manifest holds the text itself.
    pub key: Option<String>,
}

/// One leaf of a language file's key tree.
#[derive(Debug, Clone, PartialEq)]
pub struct TextEntry<'a> {
    /// Dot-path of the key, e.g. `widget.name`.
    pub key: String,
    pub value: &'a Json,
}

/// Whether a manifest string looks like an i18n key (`widget.name`) rather than a literal text.
pub fn is_key_like(value: &str) -> bool {
    value.contains('.')
        && value
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
}

impl Widget {
    /// The text behind a manifest value (`widget.name`) in one language. `None` when the manifest
    /// has no such string, or it names a key that the language file does not have as a string.
    pub fn text(&self, lang: &str, manifest_path: &str) -> Option<ResolvedText> {
        let value = self.manifest_value(manifest_path)?;
        let reference = value.as_str()?;
        if is_key_like(reference) {
            self.i18n_text(lang, reference)
        } else {
            Some(ResolvedText { value: reference.to_string(), location: self.manifest_location(value.span), key: None })
        }
    }

    /// A string of a language file by dot-path, with its location.
    pub fn i18n_text(&self, lang: &str, key: &str) -> Option<ResolvedText> {
        let file = self.i18n.get(lang)?.ok()?;
        let value = file.root.lookup(key)?;
        Some(ResolvedText {
            value: value.as_str()?.to_string(),
            location: file.source.location(value.span),
            key: Some(key.to_string()),
        })
    }

    /// Every leaf (string, number, …) of a language file, as dot-paths in file order.
    pub fn text_entries(&self, lang: &str) -> Vec<TextEntry<'_>> {
        let Some(file) = self.i18n.get(lang).and_then(|f| f.ok()) else { return Vec::new() };
        file.root
            .leaves()
            .into_iter()
            .filter(|(key, _)| !key.is_empty())
            .map(|(key, value)| TextEntry { key, value })
            .collect()
    }

    /// The location of an i18n value, for messages (the file alone if it did not parse).
    pub fn i18n_location(&self, lang: &str, value: &Json) -> Location {
        match self.i18n.get(lang).and_then(|f| f.ok()) {
            Some(file) => file.source.location(value.span),
            None => Location::file(&format!("i18n/{lang}.json")),
        }
    }

    /// The file a language's texts live in, for help texts.
    pub fn i18n_path(lang: &str) -> String {
        format!("i18n/{lang}.json")
    }

    /// Where a text should be edited: its i18n file and key, or the manifest.
    pub fn text_home(lang: &str, text: Option<&ResolvedText>, manifest_path: &str) -> String {
        match text.and_then(|t| t.key.as_deref()) {
            Some(key) => format!("{} ({key})", Widget::i18n_path(lang)),
            None if text.is_some() => format!("{MANIFEST} ({manifest_path})"),
            None => Widget::i18n_path(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_like_strings() {
        assert!(is_key_like("widget.name"));
        assert!(is_key_like("settings.api_key"));
        assert!(!is_key_like("My widget"));
        assert!(!is_key_like("Calendar v1.2 via Acme"));
        assert!(!is_key_like("name"));
        assert!(!is_key_like("widget..name"));
    }
}
