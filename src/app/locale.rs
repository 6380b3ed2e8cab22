//! The app's own words in English, Russian, Spanish and Portuguese, from `locales/*.json`.
//! Rule messages come from the engine; everything around them is translated here.

use std::collections::HashMap;

/// The languages the app speaks: code and name in that language.
pub const UI_LANGUAGES: &[(&str, &str)] =
    &[("en", "English"), ("ru", "Русский"), ("es", "Español"), ("pt", "Português")];

const FILES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en.json")),
    ("ru", include_str!("../../locales/ru.json")),
    ("es", include_str!("../../locales/es.json")),
    ("pt", include_str!("../../locales/pt.json")),
];

/// The strings of one language, falling back to English for anything missing.
pub struct Locale {
    pub code: &'static str,
    strings: HashMap<String, String>,
    english: HashMap<String, String>,
}

impl Locale {
    /// The locale for a code; English when the code is not one of [`UI_LANGUAGES`].
    pub fn new(code: &str) -> Locale {
        let english = parse(FILES[0].1);
        let (code, text) = FILES.iter().find(|(c, _)| *c == code).copied().unwrap_or(FILES[0]);
        Locale { code, strings: parse(text), english }
    }

    /// The string for a key; the key itself if no language has it, so a gap is visible.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.strings.get(key).or_else(|| self.english.get(key)).map_or(key, String::as_str)
    }

    /// The string for a key with `{name}` placeholders filled in.
    pub fn f(&self, key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let mut text = self.t(key).to_string();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), &value.to_string());
        }
        text
    }
}

fn parse(text: &str) -> HashMap<String, String> {
    serde_json::from_str(text).unwrap_or_default()
}

/// The system's language, from the usual environment variables, if the app speaks it.
pub fn system_language() -> &'static str {
    let from_env = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX");
    let code = from_env.as_deref().map(|v| v.split(['_', '.', '-', ':']).next().unwrap_or("en")).unwrap_or("en");
    UI_LANGUAGES.iter().map(|(c, _)| *c).find(|c| *c == code).unwrap_or("en")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language has every English key with the same placeholders. Rule titles
    /// (`rule.<id>`) come from the catalogue in English and are translated in the other files.
    #[test]
    fn every_language_has_every_english_key() {
        let english = parse(FILES[0].1);
        assert!(english.len() > 50);
        assert!(english.keys().all(|k| !k.starts_with("rule.")), "English rule titles live in the catalogue");
        for (code, text) in &FILES[1..] {
            let strings: HashMap<String, String> = serde_json::from_str(text).expect("valid JSON");
            let missing: Vec<_> = english.keys().filter(|k| !strings.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{code} lacks {missing:?}");
            let rules: Vec<String> = crate::rules::catalogue::RULES.iter().map(|r| format!("rule.{}", r.id)).collect();
            let untranslated: Vec<_> = rules.iter().filter(|k| !strings.contains_key(*k)).collect();
            assert!(untranslated.is_empty(), "{code} lacks rule titles {untranslated:?}");
            let extra: Vec<_> = strings.keys().filter(|k| !english.contains_key(*k) && !rules.contains(k)).collect();
            assert!(extra.is_empty(), "{code} has unknown keys {extra:?}");
            for (key, value) in strings.iter().filter(|(k, _)| english.contains_key(*k)) {
                for placeholder in placeholders(&english[key]) {
                    assert!(value.contains(&placeholder), "{code}.{key} lacks {placeholder}");
                }
            }
        }
    }

    /// The `{name}` placeholders of a string.
    fn placeholders(text: &str) -> Vec<String> {
        text.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(name, _)| format!("{{{name}}}"))).collect()
    }

    #[test]
    fn missing_keys_fall_back_to_english_then_the_key() {
        let ru = Locale::new("ru");
        assert_eq!(ru.code, "ru");
        assert_eq!(Locale::new("xx").code, "en");
        assert_eq!(ru.t("no.such.key"), "no.such.key");
        assert_eq!(Locale::new("en").f("verdict.fail", &[("n", &3)]), "3 problems block publication");
    }
}
