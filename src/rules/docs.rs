//! The catalogue written out for people: `amo-preflight rules` as text (every rule with its help,
//! why and example, and the thresholds of each marketplace) or as the Markdown tables of the
//! README's rules section.

use std::fmt::Write;

use super::catalogue::{Field, RULES, Rule, Section};
use super::profile::Marketplace;
use crate::i18n::Lang;

/// The README's rules section: one table per checklist section (id, per language, what it checks).
pub fn markdown(lang: Lang) -> String {
    let mut out = String::new();
    let header = [lang.text("docs-id", &[]), lang.text("docs-per-language", &[]), lang.text("docs-checks", &[])];
    for section in Section::ALL {
        let _ = writeln!(out, "**{}**\n", section.title(lang));
        let _ = writeln!(out, "| {} |\n|---|---|---|", header.join(" | "));
        for rule in in_section(section) {
            let per_language = if rule.per_language { lang.text("docs-yes", &[]) } else { String::new() };
            let only = only(rule, lang).map(|o| format!(" ({o})")).unwrap_or_default();
            let title = rule.text(Field::Title, lang);
            let _ = writeln!(out, "| `{}` | {per_language} | {}{only} |", rule.id, escape(&title));
        }
        out.push('\n');
    }
    out.pop();
    out
}

/// The whole catalogue for a terminal: thresholds, then every rule with what to do, why, and an
/// example of a violation and its fix.
pub fn text(lang: Lang) -> String {
    let mut out = format!("{}\n", lang.text("docs-thresholds", &[]).to_uppercase());
    for m in Marketplace::ALL {
        let p = m.profile();
        let mut limits = vec![
            lang.text("docs-name-limit", &[("max", p.name_max.into()), ("joiners", p.maker_words.join("/").into())]),
        ];
        if let Some(n) = p.name_word_max {
            limits.push(lang.text("docs-name-words", &[("max", n.into())]));
        }
        if let Some(brand) = p.forbidden_brand {
            limits.push(lang.text("docs-no-brand", &[("brand", brand.into())]));
        }
        limits.push(lang.text("docs-teaser-limit", &[("max", p.teaser_max.into())]));
        limits.push(lang.text(
            "docs-description-limit",
            &[("max", p.description_max.into()), ("paragraphs", p.description_paragraphs_max.into())],
        ));
        if let Some(v) = p.interface_version {
            limits.push(lang.text("docs-interface-version", &[("version", v.into())]));
        }
        limits.push(lang.text("docs-branding-limit", &[("kb", (p.branding_max_bytes / 1024).into())]));
        let _ = writeln!(out, "  {:8} {}", m.title(), limits.join(", "));
    }
    out.push('\n');
    let labels =
        ["docs-what-to-do", "docs-why", "docs-example", "docs-instead", "docs-from"].map(|id| lang.text(id, &[]));
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
    for section in Section::ALL {
        let _ = writeln!(out, "{}\n", section.title(lang).to_uppercase());
        for rule in in_section(section) {
            let mut notes = Vec::new();
            if rule.per_language {
                notes.push(lang.text("docs-per-language", &[]));
            }
            notes.extend(only(rule, lang));
            let notes = if notes.is_empty() { String::new() } else { format!("  ({})", notes.join(", ")) };
            let _ = writeln!(out, "  {}  {}{notes}", rule.id, rule.text(Field::Title, lang));
            let fields = [Field::Help, Field::Why, Field::Bad, Field::Good, Field::Source];
            for (label, field) in labels.iter().zip(fields) {
                let label = format!("{label}:");
                let text = indent(&rule.text(field, lang), &" ".repeat(width + 4));
                let _ = writeln!(out, "    {label:width$}{text}");
            }
            out.push('\n');
        }
    }
    out
}

/// "amoCRM only" for a rule of one marketplace's checklist.
fn only(rule: &Rule, lang: Lang) -> Option<String> {
    rule.only.map(|m| lang.text("docs-only", &[("marketplace", m.title().into())]))
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
        let md = markdown(Lang::En);
        for rule in RULES {
            let row = md.lines().find(|l| l.starts_with(&format!("| `{}` |", rule.id)));
            assert!(row.is_some(), "{} has no row", rule.id);
        }
        assert_eq!(md.matches("|---|---|---|").count(), Section::ALL.len());
    }
}
