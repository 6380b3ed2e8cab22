//! Every word the tool says to a person, in English, Russian, Spanish and Portuguese: one message
//! catalogue in Project Fluent (`locales/<language>/<part>.ftl`), with plural forms by CLDR rules
//! (one / few / many in Russian). The engine says what it found as a [`Msg`] — a message id and
//! its arguments — and the report, the command line and the app put it into the reader's language.
//!
//! The language of the messages is the reader's, never the widget's: a Russian-speaking reviewer
//! reads in Russian about the widget's English texts.
//!
//! English is the fallback, but a test keeps every language complete, with the same arguments in
//! every message, so no one reads a fallback. The pseudo-language ([`Lang::Pseudo`]) wraps every
//! message in `‹…›`: text that reaches a reader without passing through here shows up unwrapped.

mod files;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use files::FILES;

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Es,
    Pt,
    /// English with every message wrapped in `‹…›`, for finding text that bypasses the catalogue
    /// (single guillemets: the app's font draws them, and no message uses them).
    Pseudo,
}

impl Lang {
    /// The languages a person can choose, in menu order.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ru, Lang::Es, Lang::Pt];

    /// The code used on the command line, in settings and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, for menus.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
            Lang::Pt => "Português",
            Lang::Pseudo => "‹English›",
        }
    }

    /// The language of a code (`ru`, `pt-BR`, `es_ES.UTF-8`), if the tool speaks it.
    pub fn from_code(code: &str) -> Option<Lang> {
        if code == Lang::Pseudo.code() {
            return Some(Lang::Pseudo);
        }
        let base = code.split(['_', '.', '-', ':', '@']).next().unwrap_or_default().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == base)
    }

    /// The system's language, read as gettext reads it: the locale is the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set; `C` or `POSIX` means English; otherwise the first
    /// language of `LANGUAGE` the tool speaks, else the locale's. English when the tool does not
    /// speak it.
    pub fn system() -> Lang {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let Some(locale) = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|v| var(v)) else { return Lang::En };
        if locale == "C" || locale == "POSIX" || locale.starts_with("C.") {
            return Lang::En;
        }
        let preferred = var("LANGUAGE").and_then(|list| list.split(':').find_map(Lang::from_code));
        preferred.or_else(|| Lang::from_code(&locale)).unwrap_or(Lang::En)
    }

    /// The message `id` with its arguments in this language.
    pub fn text(self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut values = FluentArgs::new();
        for (name, arg) in args {
            values.set(*name, arg.value(self));
        }
        let text = format_message(self, id, &values);
        self.wrap(text)
    }

    /// A text already in this language, marked as having passed through the catalogue (the
    /// pseudo-language wraps it; every other language leaves it as it is).
    pub(crate) fn wrap(self, text: String) -> String {
        if self == Lang::Pseudo { format!("‹{text}›") } else { text }
    }

    /// The bundle of messages this language's texts come from.
    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        let i = match self {
            Lang::En | Lang::Pseudo => 0,
            Lang::Ru => 1,
            Lang::Es => 2,
            Lang::Pt => 3,
        };
        &BUNDLES[i]
    }
}

/// The message in the language's bundle, else in English, else its id, so a gap is visible.
fn format_message(lang: Lang, id: &str, args: &FluentArgs) -> String {
    [lang.bundle(), Lang::En.bundle()]
        .into_iter()
        .find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, Some(args), &mut errors).into_owned())
        })
        .unwrap_or_else(|| id.to_string())
}

/// One bundle per language, in the order of [`Lang::ALL`], each parsed the first time it is
/// read: a run in one language parses only that one and English.
static BUNDLES: [LazyLock<FluentBundle<FluentResource>>; 4] = [
    LazyLock::new(|| bundle("en", 0)),
    LazyLock::new(|| bundle("ru", 1)),
    LazyLock::new(|| bundle("es", 2)),
    LazyLock::new(|| bundle("pt", 3)),
];

/// One language's messages from every part of the catalogue. The files are part of the program
/// and checked by the tests, so a message that does not parse is left out rather than stopping
/// the tool.
fn bundle(code: &str, column: usize) -> FluentBundle<FluentResource> {
    let language: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Unicode isolation marks around arguments would show as boxes in the app's fonts and as
    // noise in terminals.
    bundle.set_use_isolating(false);
    for (_, texts) in FILES {
        let resource = FluentResource::try_new(texts[column].to_string()).unwrap_or_else(|(partial, _)| partial);
        // Ids are unique across the files (a test says so): nothing is overridden.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Something the tool says: a message id of the catalogue and its arguments, put into a
/// language only when someone reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// The message `id` with arguments; [`msg!`](crate::msg) writes this shorter.
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg { id, args }
    }

    /// The message's id in the catalogue.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in a language.
    pub fn render(&self, lang: Lang) -> String {
        lang.text(self.id, &self.args)
    }

    /// The message in English, for tests and logs.
    pub fn english(&self) -> String {
        self.render(Lang::En)
    }
}

impl Eq for Msg {}

/// An argument of a message: a value from the widget (a file, a key, a quoted text), a number
/// (it chooses the plural form), or other messages put into the same language.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    Msg(Box<Msg>),
    /// Messages joined by a separator (`"; "`), for a list of problems in one finding.
    List(Vec<Msg>, &'static str),
}

impl Arg {
    fn value(&self, lang: Lang) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Msg(m) => FluentValue::from(m.render(lang)),
            Arg::List(items, separator) => {
                FluentValue::from(items.iter().map(|m| m.render(lang)).collect::<Vec<_>>().join(separator))
            }
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(usize, u64, u32, u16, u8, i64, i32, f64, f32);

/// "a, b or c" in the reader's language: all but the last joined by commas, the last by the
/// language's "or". One item is itself.
pub fn one_of(mut items: Vec<Msg>) -> Msg {
    match items.pop() {
        Some(last) if !items.is_empty() => crate::msg!("engine-one-of", items = list(items, ", "), last = last),
        Some(only) => only,
        None => crate::msg!("engine-none"),
    }
}

/// A list of messages as one argument, joined by `separator`.
pub fn list(items: Vec<Msg>, separator: &'static str) -> Arg {
    Arg::List(items, separator)
}

/// `msg!("id", name = value, …)`: the message `id` of the catalogue with named arguments.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::new($id, vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

#[cfg(test)]
mod tests;
