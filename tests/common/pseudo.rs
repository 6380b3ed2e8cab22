//! The pseudo-language sweep's reading of a text: what lies outside `‹…›` (every message of the
//! catalogue is wrapped in them), and the words that are the widget's own data, which may.

use std::collections::BTreeSet;

use amo_preflight::report::Report;

/// The words (letters only, three or more) of a text, lowercased.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 3).map(str::to_lowercase).collect()
}

/// The text with every `‹…›` taken out (they nest: a message inside a message).
pub fn outside(text: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '‹' => depth += 1,
            '›' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The words of a report that are the widget's, not the tool's: its source, names, images,
/// texts, and every result's rule id, places, snippets and evidence values; and `more`.
pub fn data_words(report: &Report, more: &[&str]) -> BTreeSet<String> {
    let mut data: Vec<String> = vec![report.widget.source.clone()];
    data.extend(more.iter().map(|w| w.to_string()));
    data.extend(report.widget.names.values().cloned());
    data.extend(report.images.iter().map(|i| i.file.clone()));
    data.extend(report.texts.verdicts.iter().flat_map(|t| [t.key.clone(), t.value.clone().unwrap_or_default()]));
    for r in &report.results {
        data.push(r.rule.to_string());
        data.extend(r.locations.iter().flat_map(|l| [l.display(), l.snippet.clone().unwrap_or_default()]));
        data.extend(r.evidence.iter().map(|e| e.value.clone()));
    }
    data.iter().flat_map(|d| words(d)).collect()
}
