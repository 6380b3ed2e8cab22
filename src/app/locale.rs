//! The app's own words in English, Russian, Spanish and Portuguese, from `locales/*.ftl`
//! (Project Fluent), with plural forms by CLDR rules (one / few / many in Russian). A message's
//! id is the key the code asks for with its dots written as dashes (`details.why` is
//! `details-why`): Fluent ids cannot hold dots. Rule messages come from the engine; everything
//! around them is translated here.

use std::fmt::Display;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The languages the app speaks: code and name in that language.
pub const UI_LANGUAGES: &[(&str, &str)] =
    &[("en", "English"), ("ru", "Русский"), ("es", "Español"), ("pt", "Português")];

const FILES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en.ftl")),
    ("ru", include_str!("../../locales/ru.ftl")),
    ("es", include_str!("../../locales/es.ftl")),
    ("pt", include_str!("../../locales/pt.ftl")),
];

/// The messages of one language, falling back to English for anything missing.
pub struct Locale {
    pub code: &'static str,
    messages: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

impl Locale {
    /// The locale for a code; English when the code is not one of [`UI_LANGUAGES`].
    pub fn new(code: &str) -> Locale {
        let (code, text) = FILES.iter().find(|(c, _)| *c == code).copied().unwrap_or(FILES[0]);
        Locale { code, messages: bundle(code, text), english: bundle(FILES[0].0, FILES[0].1) }
    }

    /// The message for a key; the key itself if no language has it, so a gap is visible.
    pub fn t(&self, key: &str) -> String {
        self.f(key, &[])
    }

    /// The message for a key with its arguments. An argument written as a whole number is a
    /// number, so that it chooses the plural form (`{ $n -> [one] … *[other] … }`).
    pub fn f(&self, key: &str, args: &[(&str, &dyn Display)]) -> String {
        let id = key.replace('.', "-");
        let mut values = FluentArgs::new();
        for (name, value) in args {
            let text = value.to_string();
            match text.parse::<i64>() {
                Ok(n) => values.set(*name, FluentValue::from(n)),
                Err(_) => values.set(*name, FluentValue::from(text)),
            }
        }
        [&self.messages, &self.english]
            .into_iter()
            .find_map(|bundle| {
                let pattern = bundle.get_message(&id)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, Some(&values), &mut errors).into_owned())
            })
            .unwrap_or_else(|| key.to_string())
    }
}

/// One language's messages. The files are part of the program and checked by the tests, so a
/// message that does not parse is left out rather than stopping the app.
fn bundle(code: &str, text: &str) -> FluentBundle<FluentResource> {
    let language: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Unicode isolation marks around arguments would show as boxes in the app's fonts.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    // Ids are unique in each file (a test says so): nothing is overridden.
    let _ = bundle.add_resource(resource);
    bundle
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
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of an FTL file with the variables it uses: a message starts at `id =` at
    /// the start of a line, and its indented lines follow.
    fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =").filter(|_| line.starts_with(|c: char| c.is_ascii_alphabetic()))
            {
                assert!(out.insert(id.to_string(), BTreeSet::new()).is_none(), "{id} is written twice");
                current = Some(id.to_string());
            }
            if let Some(id) = &current {
                let vars = line
                    .split('$')
                    .skip(1)
                    .map(|v| v.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
                out.entry(id.clone()).or_default().extend(vars);
            }
        }
        out
    }

    /// Every language has every English message with the same arguments, every rule title, and
    /// nothing else; every file parses. Rule titles (`rule-<id>`) come from the catalogue in
    /// English and are translated in the other files.
    #[test]
    fn every_language_has_every_english_message() {
        for (code, text) in FILES {
            assert!(FluentResource::try_new(text.to_string()).is_ok(), "{code}.ftl does not parse");
        }
        let english = messages(FILES[0].1);
        assert!(english.len() > 50);
        assert!(english.keys().all(|k| !k.starts_with("rule-")), "English rule titles live in the catalogue");
        let rules: Vec<String> =
            crate::rules::catalogue::RULES.iter().map(|r| format!("rule.{}", r.id).replace('.', "-")).collect();
        for (code, text) in &FILES[1..] {
            let strings = messages(text);
            let missing: Vec<_> = english.keys().filter(|k| !strings.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{code} lacks {missing:?}");
            let untranslated: Vec<_> = rules.iter().filter(|k| !strings.contains_key(*k)).collect();
            assert!(untranslated.is_empty(), "{code} lacks rule titles {untranslated:?}");
            let extra: Vec<_> = strings.keys().filter(|k| !english.contains_key(*k) && !rules.contains(k)).collect();
            assert!(extra.is_empty(), "{code} has unknown messages {extra:?}");
            for (id, vars) in &english {
                assert_eq!(&strings[id], vars, "{code}.{id} has other arguments than in English");
            }
        }
    }

    #[test]
    fn missing_keys_fall_back_to_english_then_the_key() {
        let ru = Locale::new("ru");
        assert_eq!(ru.code, "ru");
        assert_eq!(Locale::new("xx").code, "en");
        assert_eq!(ru.t("no.such.key"), "no.such.key");
        assert_eq!(Locale::new("en").f("verdict.fail", &[("n", &3)]), "3 problems block publication");
        assert_eq!(Locale::new("en").f("header.version", &[("version", &"1.0 beta")]), "version 1.0 beta");
    }

    /// Russian has three forms for whole numbers: 1, 21 (one); 2, 22 (few); 5, 11, 25 (many).
    #[test]
    fn counts_take_their_plural_form() {
        let ru = Locale::new("ru");
        let fail = |n: usize| ru.f("verdict.fail", &[("n", &n)]);
        assert_eq!(fail(1), "1 проблема мешает публикации");
        assert_eq!(fail(2), "2 проблемы мешают публикации");
        assert_eq!(fail(5), "5 проблем мешают публикации");
        assert_eq!(fail(11), "11 проблем мешают публикации");
        assert_eq!(fail(21), "21 проблема мешает публикации");
        assert_eq!(fail(22), "22 проблемы мешают публикации");
        assert_eq!(ru.f("languages.chars", &[("n", &25)]), "25 символов");
        assert_eq!(Locale::new("en").f("verdict.warn", &[("n", &1)]), "1 warning");
        assert_eq!(Locale::new("pt").f("verdict.manual", &[("n", &2)]), "2 itens para verificar manualmente");
    }
}
