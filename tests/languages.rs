//! Every word a person reads comes from the message catalogue, in the reader's language: the
//! pseudo-language finds text that bypasses the catalogue, and the broken example's report in
//! each language is checked for sentences left in another language.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use amo_preflight::i18n::Lang;
use amo_preflight::report::{Report, html, markdown, sarif, text};
use amo_preflight::widget::Widget;
use common::pseudo;
use common::*;

/// The broken example checked with its messages in `lang`.
fn broken_in(lang: Lang) -> (Widget, Report) {
    let options = amo_preflight::CheckOptions { lang, ..Default::default() };
    amo_preflight::check_path_with(Path::new(BROKEN), &options, &|_, _, _| {}, &AtomicBool::new(false))
        .expect("a widget")
}

/// The widget's own words, and the names and values a report writes around them.
fn data_words(report: &Report) -> BTreeSet<String> {
    let mut more = vec![report.tool.name, report.tool.version, "amoCRM", "Kommo", "SHA", "HTML", "Markdown"];
    more.extend(report.widget.languages.iter().map(String::as_str));
    more.extend(report.widget.version.as_deref());
    pseudo::data_words(report, &more)
}

/// The words of `text` outside the catalogue's messages that are not the widget's data (nor
/// the start of a data word: long values are cut short with "…").
fn bypassing(text: &str, data: &BTreeSet<String>) -> BTreeSet<String> {
    let is_data = |w: &String| data.range(w.clone()..).next().is_some_and(|d| d.starts_with(w.as_str()));
    pseudo::words(&pseudo::outside(text)).into_iter().filter(|w| !is_data(w)).collect()
}

/// HTML without its tags, style sheet and character references: what a reader sees.
fn visible(html: &str) -> String {
    let without_style = match (html.find("<style>"), html.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b..]),
        _ => html.to_string(),
    };
    let mut out = String::new();
    let mut in_tag = false;
    for c in without_style.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
}

#[test]
fn every_message_help_and_label_of_the_broken_example_passes_through_the_catalogue() {
    let (_, report) = broken_in(Lang::Pseudo);
    for r in &report.results {
        let wrapped = |s: &str| s.starts_with('‹') && s.ends_with('›');
        assert!(wrapped(&r.message), "{} [{:?}]: message bypasses the catalogue: {}", r.rule, r.lang, r.message);
        assert!(wrapped(&r.help), "{} [{:?}]: help bypasses the catalogue: {}", r.rule, r.lang, r.help);
        for e in &r.evidence {
            assert!(wrapped(&e.label), "{}: evidence label bypasses the catalogue: {}", r.rule, e.label);
        }
    }
}

#[test]
fn the_text_markdown_html_and_sarif_reports_say_nothing_outside_the_catalogue() {
    let (widget, report) = broken_in(Lang::Pseudo);
    let data = data_words(&report);
    let written = [
        ("text", text::write(&report, text::Colour::Off, text::Detail::Everything)),
        ("markdown", markdown::write(&report)),
        ("html", visible(&html::write(&report, &widget, "0123456789", "2026-12-01T00:00:00Z"))),
    ];
    for (format, out) in written {
        let found = bypassing(&out, &data);
        assert!(found.is_empty(), "the {format} report has words outside the catalogue: {found:?}");
    }
    let log: serde_json::Value = serde_json::from_str(&sarif::write(&report)).expect("sarif");
    for rule in log["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules") {
        for field in ["shortDescription", "fullDescription", "help"] {
            let text = rule[field]["text"].as_str().expect("text");
            assert!(bypassing(text, &data).is_empty(), "sarif {field}: {text}");
        }
    }
}

/// English words that Spanish and Portuguese never use: one of them outside quotes and code
/// means an English sentence was left untranslated.
const ENGLISH_ONLY: &[&str] = &[
    "the", "and", "is", "are", "of", "with", "this", "that", "your", "you", "must", "should", "not", "from", "have",
    "has", "which", "when", "into", "than", "there", "been", "does", "only", "each",
];

/// The text without what is quoted or code — widget values, keys, file names, the checklist's
/// own English words — which stays as it is in every language.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '"' => closing = Some('"'),
                '`' => closing = Some('`'),
                '«' => closing = Some('»'),
                '“' => closing = Some('”'),
                c => out.push(c),
            },
        }
    }
    // Paths, keys and ids: words joined by dots, slashes or underscores.
    out.split_whitespace()
        .filter(|w| {
            !w.contains(['.', '/', '_', '<', '>', '{', '}', '=', '(', ')', ':', '@']) || w.ends_with(['.', ':'])
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a text is in the wrong language for `lang`: an English-only word outside quotes and
/// code, or, for Russian, no Russian letter at all.
fn in_another_language(text: &str, lang: Lang) -> bool {
    let prose = prose(text);
    let english = prose.split(|c: char| !c.is_alphabetic()).any(|w| ENGLISH_ONLY.contains(&w.to_lowercase().as_str()));
    english || (lang == Lang::Ru && !prose.to_lowercase().chars().any(|c| ('а'..='я').contains(&c)))
}

/// What of a report's messages and help is in the wrong language for `lang`.
fn foreign(report: &Report, lang: Lang) -> Vec<String> {
    let mut found = Vec::new();
    for r in &report.results {
        for (what, text) in [("message", &r.message), ("help", &r.help)] {
            if in_another_language(text, lang) {
                found.push(format!("{} [{:?}] {what}: {text}", r.rule, r.lang));
            }
        }
    }
    found
}

#[test]
fn every_rule_text_of_the_catalogue_is_written_in_each_language() {
    use amo_preflight::rules::catalogue::{Field, RULES};
    for lang in [Lang::Ru, Lang::Es, Lang::Pt] {
        let found: Vec<String> = RULES
            .iter()
            .flat_map(|r| [Field::Title, Field::Help, Field::Why, Field::Source].map(|f| (r, f)))
            .filter(|(r, f)| in_another_language(&r.text(*f, lang), lang))
            .map(|(r, f)| format!("{} {f:?}: {}", r.id, r.text(f, lang)))
            .collect();
        assert!(
            found.is_empty(),
            "{}: {} rule texts in another language:\n{}",
            lang.code(),
            found.len(),
            found.join("\n")
        );
    }
}

#[test]
fn in_each_language_no_finding_of_the_broken_example_speaks_another() {
    for lang in [Lang::Ru, Lang::Es, Lang::Pt] {
        let (_, report) = broken_in(lang);
        let found = foreign(&report, lang);
        assert!(
            found.is_empty(),
            "{}: {} results in another language:\n{}",
            lang.code(),
            found.len(),
            found.join("\n")
        );
    }
    // The check itself sees English: it is not a check that passes anything.
    let (_, english) = broken_in(Lang::En);
    assert!(foreign(&english, Lang::Es).len() > 20);
    assert!(foreign(&english, Lang::Ru).len() > 20);
}

/// The reader's language is not the widget's: a Russian-speaking reviewer reads in Russian about
/// the widget's English texts, and the English text itself is quoted as it is.
#[test]
fn a_russian_reader_reads_russian_about_the_english_texts() {
    let (_, report) = broken_in(Lang::Ru);
    let name = report.results.iter().find(|r| r.rule == "content.name-length" && r.lang.as_deref() == Some("en"));
    let name = name.expect("the English name's result");
    assert!(name.message.chars().any(|c| ('а'..='я').contains(&c)), "{}", name.message);
    assert!(name.help.contains("i18n/en.json"), "{}", name.help);
    assert_eq!(report.language, Lang::Ru);
    let json: serde_json::Value = serde_json::from_str(&amo_preflight::report::json::write(&report)).expect("json");
    assert_eq!(json["language"], "ru");
    assert_eq!(json["results"][0]["rule"], "internal.error", "ids are never translated");
}

#[test]
fn an_html_report_says_its_language() {
    for lang in Lang::ALL {
        let (widget, report) = broken_in(lang);
        let page = html::write(&report, &widget, "0", "2026-12-01");
        assert!(page.starts_with(&format!("<!doctype html><html lang=\"{}\">", lang.code())), "{}", lang.code());
    }
}

/// A counted finding takes Russian's three plural forms: 1 and 21 (one), 2 (few), 5 and 11
/// (many) selectors that do not start from the widget's root.
#[test]
fn a_counted_finding_takes_the_russian_plural_forms() {
    for (n, expected) in [
        (1, "1 селектор не начинается"),
        (2, "2 селектора не начинаются"),
        (5, "5 селекторов не начинаются"),
        (11, "11 селекторов не начинаются"),
        (21, "21 селектор не начинается"),
    ] {
        let f = Fixture::clean();
        let loose: String = (0..n).map(|i| format!(".loose-{i} {{ margin: 0 }}\n")).collect();
        f.write("style.css", format!("{}{loose}", f.read("style.css")));
        let options = amo_preflight::CheckOptions { lang: Lang::Ru, ..Default::default() };
        let (_, report) = amo_preflight::check_path_with(f.path(), &options, &|_, _, _| {}, &AtomicBool::new(false))
            .expect("a widget");
        let r = report.results.iter().find(|r| r.rule == "css.root-scoped").expect("result");
        assert!(r.message.starts_with(expected), "{n}: {}", r.message);
    }
}
