//! The parts of the message catalogue: one Fluent file per part and language, built into the
//! program. A rule family's messages live in the part named after it.

/// Declares [`FILES`] from the part names: `locales/<language>/<part>.ftl` for each language of
/// [`Lang::ALL`](super::Lang::ALL), in that order.
macro_rules! parts {
    ($($part:literal),* $(,)?) => {
        /// Each part's name and its file in English, Russian, Spanish and Portuguese.
        pub const FILES: &[(&str, [&str; 4])] = &[$((
            $part,
            [
                include_str!(concat!("../../locales/en/", $part, ".ftl")),
                include_str!(concat!("../../locales/ru/", $part, ".ftl")),
                include_str!(concat!("../../locales/es/", $part, ".ftl")),
                include_str!(concat!("../../locales/pt/", $part, ".ftl")),
            ],
        )),*];
    };
}

parts![
    // The app's interface.
    "app",
    // The rule catalogue: titles, help, why, examples and sources.
    "catalogue",
    // The reports' own words and the command line.
    "report",
    "cli",
    // `amo-preflight fix`: the new zip and its changes.
    "fix",
    // What reading the widget found (manifest.json syntax, the zip, the folder).
    "widget",
    // The rule families, one part each.
    "engine",
    "general",
    "content",
    "images",
    "listing",
    "l10n",
    "hardcoded",
    "manifest",
    "files",
    "dev",
    "ui",
    "links",
    "js",
    "css",
];
