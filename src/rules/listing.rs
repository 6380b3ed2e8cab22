//! The listing texts — name, teaser, description — as the marketplace measures them: how their
//! characters are counted, their limits, and the conditions on the name and the description.
//! The content rules, the text verdicts and the app's Texts tab (also for a wording typed there)
//! all measure through here.

use super::profile::Profile;
use crate::text::html::{char_count, paragraphs, visible_text};

/// One of the texts the marketplace lists a widget with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Listing {
    Name,
    Teaser,
    Description,
}

impl Listing {
    pub const ALL: [Listing; 3] = [Listing::Name, Listing::Teaser, Listing::Description];

    /// The manifest value that names the text (an i18n key, or the text itself).
    pub fn manifest_path(self) -> &'static str {
        match self {
            Listing::Name => "widget.name",
            Listing::Teaser => "widget.short_description",
            Listing::Description => "widget.description",
        }
    }

    /// The most characters the marketplace allows.
    pub fn limit(self, profile: &Profile) -> usize {
        match self {
            Listing::Name => profile.name_max,
            Listing::Teaser => profile.teaser_max,
            Listing::Description => profile.description_max,
        }
    }

    /// The characters the marketplace counts: the trimmed text, or for the description (which
    /// may hold HTML) the visible text with whitespace collapsed and entities as one character.
    pub fn chars(self, text: &str) -> usize {
        match self {
            Listing::Description => char_count(&visible_text(text)),
            Listing::Name | Listing::Teaser => char_count(text.trim()),
        }
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

/// How many paragraphs a description has.
pub fn paragraph_count(description: &str) -> usize {
    paragraphs(description).len()
}

/// A listing text measured: its characters against the limit, and the conditions on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured {
    pub chars: usize,
    pub limit: usize,
    pub conditions: Vec<Condition>,
}

/// A condition beyond the length, and whether the text meets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// The name ends with "via Maker" (or "by Maker" on Kommo).
    Maker(bool),
    /// No word of the name is longer than the limit (Kommo): the words that are.
    WordLength { max: usize, long: Vec<String> },
    /// The name does not mention the marketplace's brand (Kommo).
    Brand { brand: &'static str, ok: bool },
    /// The description has 1 to `max` paragraphs.
    Paragraphs { n: usize, max: usize },
}

impl Condition {
    /// Whether the text meets it.
    pub fn ok(&self) -> bool {
        match self {
            Condition::Maker(ok) | Condition::Brand { ok, .. } => *ok,
            Condition::WordLength { long, .. } => long.is_empty(),
            Condition::Paragraphs { n, max } => (1..=*max).contains(n),
        }
    }
}

impl Measured {
    /// Within the limit, not empty, and every condition met.
    pub fn ok(&self) -> bool {
        self.chars > 0 && self.chars <= self.limit && self.conditions.iter().all(Condition::ok)
    }
}

/// Measures a text as the given listing text under a marketplace's profile.
pub fn measure(listing: Listing, text: &str, profile: &Profile) -> Measured {
    Measured {
        chars: listing.chars(text),
        limit: listing.limit(profile),
        conditions: conditions(listing, text, profile),
    }
}

/// The conditions on a listing text beyond its length.
pub fn conditions(listing: Listing, text: &str, profile: &Profile) -> Vec<Condition> {
    let mut conditions = Vec::new();
    match listing {
        Listing::Name => {
            let name = text.trim();
            conditions.push(Condition::Maker(has_maker(name, profile)));
            if let Some(max) = profile.name_word_max {
                conditions.push(Condition::WordLength {
                    max,
                    long: long_words(name, profile).into_iter().map(str::to_string).collect(),
                });
            }
            if let Some(brand) = profile.forbidden_brand {
                conditions.push(Condition::Brand { brand, ok: !mentions_brand(name, profile) });
            }
        }
        Listing::Teaser => {}
        Listing::Description => {
            conditions.push(Condition::Paragraphs { n: paragraph_count(text), max: profile.description_paragraphs_max })
        }
    }
    conditions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::profile::Marketplace;

    #[test]
    fn names_are_measured_per_marketplace() {
        let amocrm = Marketplace::Amocrm.profile();
        let kommo = Marketplace::Kommo.profile();
        let m = measure(Listing::Name, "  Calendar by Acme ", amocrm);
        assert_eq!((m.chars, m.limit), (16, 30));
        assert_eq!(m.conditions, [Condition::Maker(false)]);
        assert!(!m.ok());
        let m = measure(Listing::Name, "Calendar by Kommo", kommo);
        assert!(m.conditions.contains(&Condition::Maker(true)));
        assert!(m.conditions.contains(&Condition::Brand { brand: "Kommo", ok: false }));
    }

    #[test]
    fn descriptions_count_visible_characters_and_paragraphs() {
        let m = measure(Listing::Description, "<p>Integraci&oacute;n</p><p>Dos</p>", Marketplace::Amocrm.profile());
        assert_eq!(m.chars, "Integración Dos".chars().count());
        assert_eq!(m.conditions, [Condition::Paragraphs { n: 2, max: 2 }]);
        assert!(m.ok());
    }
}
