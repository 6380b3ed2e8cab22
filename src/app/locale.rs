//! The app's words: a language of the engine's message catalogue ([`crate::i18n`]), asked by
//! the keys the panels use. A key is a message id with its dashes written as dots
//! (`details.why` is `details-why`), the way the panels group them.

use std::fmt::Display;

use crate::i18n::{Arg, Lang};

/// The messages of one language.
pub struct Locale {
    pub lang: Lang,
}

impl Locale {
    pub fn new(lang: Lang) -> Locale {
        Locale { lang }
    }

    /// The message for a key; the key itself if no language has it, so a gap is visible.
    pub fn t(&self, key: &str) -> String {
        self.f(key, &[])
    }

    /// The message for a key with its arguments. An argument written as a whole number is a
    /// number, so that it chooses the plural form (`{ $n -> [one] … *[other] … }`).
    pub fn f(&self, key: &str, args: &[(&str, &dyn Display)]) -> String {
        let id = key.replace('.', "-");
        let args: Vec<(&str, Arg)> = args
            .iter()
            .map(|(name, value)| {
                let text = value.to_string();
                (*name, text.parse::<i64>().map_or(Arg::Text(text), Arg::from))
            })
            .collect();
        let text = self.lang.text(&id, &args);
        if text == id { key.to_string() } else { text }
    }
}
