//! The catalogue written out for people: `amo-preflight rules` as text (every rule with its help,
//! why and example, and the thresholds of each marketplace) or as the Markdown tables of the
//! README's rules section.

use std::fmt::Write;

use super::catalogue::{RULES, Rule, Section};
use super::profile::Marketplace;

/// The README's rules section: one table per checklist section (id, per language, what it checks).
pub fn markdown() -> String {
    let mut out = String::new();
    for section in Section::ALL {
        let _ = writeln!(out, "**{}**\n", section.title());
        out.push_str("| id | per language | what it checks |\n|---|---|---|\n");
        for rule in in_section(section) {
            let lang = if rule.per_language { "yes" } else { "" };
            let only = rule.only.map(|m| format!(" ({} only)", m.title())).unwrap_or_default();
            let _ = writeln!(out, "| `{}` | {lang} | {}{only} |", rule.id, escape(rule.title));
        }
        out.push('\n');
    }
    out.pop();
    out
}

/// The whole catalogue for a terminal: thresholds, then every rule with what to do, why, and an
/// example of a violation and its fix.
pub fn text() -> String {
    let mut out = String::from("THRESHOLDS\n");
    for m in Marketplace::ALL {
        let p = m.profile();
        let _ = writeln!(
            out,
            "  {:8} name ≤ {} (joined by {}{}{}), teaser ≤ {}, description ≤ {} in 1–{} paragraphs{}, branding images ≤ {} KB",
            m.title(),
            p.name_max,
            p.maker_words.join("/"),
            p.name_word_max.map(|n| format!(", words ≤ {n}")).unwrap_or_default(),
            p.forbidden_brand.map(|b| format!(", no \"{b}\"")).unwrap_or_default(),
            p.teaser_max,
            p.description_max,
            p.description_paragraphs_max,
            p.interface_version.map(|v| format!(", interface_version {v}")).unwrap_or_default(),
            p.branding_max_bytes / 1024,
        );
    }
    out.push('\n');
    for section in Section::ALL {
        let _ = writeln!(out, "{}\n", section.title().to_uppercase());
        for rule in in_section(section) {
            let mut notes = Vec::new();
            if rule.per_language {
                notes.push("per language".to_string());
            }
            if let Some(m) = rule.only {
                notes.push(format!("{} only", m.title()));
            }
            let notes = if notes.is_empty() { String::new() } else { format!("  ({})", notes.join(", ")) };
            let _ = writeln!(out, "  {}  {}{notes}", rule.id, rule.title);
            let _ = writeln!(out, "    What to do: {}", rule.help);
            let _ = writeln!(out, "    Why: {}", rule.why);
            let _ = writeln!(out, "    Example:  {}", indent(rule.example.bad, "              "));
            let _ = writeln!(out, "    Instead:  {}", indent(rule.example.good, "              "));
            let _ = writeln!(out, "    From: {}\n", rule.source);
        }
    }
    out
}

fn in_section(section: Section) -> impl Iterator<Item = &'static Rule> {
    RULES.iter().filter(move |r| r.section == section)
}

/// Continuation lines of a multi-line example, indented under its first line.
fn indent(text: &str, by: &str) -> String {
    text.replace('\n', &format!("\n{by}"))
}

/// A table cell: `|` would end the cell.
fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_has_a_row_per_rule() {
        let md = markdown();
        for rule in RULES {
            let row = md.lines().find(|l| l.starts_with(&format!("| `{}` |", rule.id)));
            assert!(row.is_some(), "{} has no row", rule.id);
        }
        assert_eq!(md.matches("|---|---|---|").count(), Section::ALL.len());
    }
}
