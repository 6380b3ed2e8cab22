//! The report as Markdown, readable in a code review: the verdict, the checklist as tables with
//! one column per language, then every problem and every item to check by hand.

use std::fmt::Write;

use super::Report;
use crate::i18n::Lang;
use crate::rules::Status;
use crate::rules::catalogue::{Field, Section};

/// A cell's text: one line, pipes escaped.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// Inline code that survives backticks in the text.
fn code(text: &str) -> String {
    let fence = if text.contains('`') { "``" } else { "`" };
    format!("{fence} {} {fence}", text.replace(['\n', '\r'], " "))
}

/// A status as a symbol and a word.
fn word(status: Status, lang: Lang) -> String {
    format!("{} {}", status.symbol(), status.word(lang))
}

/// The whole report as Markdown, in the report's language.
pub fn write(report: &Report) -> String {
    let lang = report.language;
    let t = |id: &str| lang.text(id, &[]);
    let mut out = String::new();
    let w = &report.widget;
    let _ = writeln!(out, "# {}\n", lang.text("report-title", &[("name", cell(&report.widget_name()).into())]));
    let _ = writeln!(out, "| | |\n|---|---|");
    let _ = writeln!(out, "| {} | {} ({}) |", t("report-widget"), cell(&w.source), report.source_kind());
    if let Some(v) = &w.version {
        let _ = writeln!(out, "| {} | {} |", t("report-version"), cell(v));
    }
    for code in &w.languages {
        if let Some(n) = w.names.get(code) {
            let _ =
                writeln!(out, "| {} | {} |", lang.text("report-name-in", &[("lang", code.as_str().into())]), cell(n));
        }
    }
    let _ = writeln!(out, "| {} | {} |", t("report-checklist"), report.marketplace.title());
    let _ = writeln!(out, "| {} | {} {} |", t("report-tool"), report.tool.name, report.tool.version);
    let _ = writeln!(out, "\n**{}**\n", report.reviewed_verdict().sentence(lang));

    for section in Section::ALL {
        let rules = report.rules_in(section);
        if rules.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {}\n", section.title(lang));
        let _ = writeln!(out, "| {} | {} | {} |", t("report-item"), t("report-widget"), w.languages.join(" | "));
        let _ = writeln!(out, "|---|---|{}", "---|".repeat(w.languages.len()));
        for rule in rules {
            let state = |code: Option<&str>| {
                report.status_of(rule.id.as_str(), code).map(|s| word(s, lang)).unwrap_or_default()
            };
            let langs: Vec<String> =
                w.languages.iter().map(|l| if rule.per_language { state(Some(l)) } else { String::new() }).collect();
            let widget = if rule.per_language { String::new() } else { state(None) };
            let title = rule.text(Field::Title, lang);
            let _ = writeln!(out, "| {} `{}` | {widget} | {} |", cell(&title), rule.id, langs.join(" | "));
        }
        out.push('\n');
    }

    for (title, items) in report.action_groups() {
        let _ = writeln!(out, "## {title}\n");
        for r in items {
            let code_of_lang = r.lang.as_ref().map(|l| format!(" [{l}]")).unwrap_or_default();
            let _ = writeln!(out, "- **{}** `{}`{code_of_lang}: {}", word(r.status, lang), r.rule, cell(&r.message));
            for l in r.locations.iter().take(10) {
                let snippet = l.snippet.as_ref().map(|s| format!(" {}", code(s))).unwrap_or_default();
                let _ = writeln!(out, "  - {}{snippet}", code(&l.display()));
            }
            if let Some(review) = &r.review {
                let decision =
                    t(if review.decision == "pass" { "status-reviewed_passed" } else { "status-reviewed_failed" });
                let note = if review.note.is_empty() { String::new() } else { format!(": {}", cell(&review.note)) };
                let _ = writeln!(out, "  - {}: **{decision}** ({}){note}", t("report-reviewer"), review.at);
            }
            let _ = writeln!(out, "  - {}: {}", t("report-what-to-do"), cell(&r.help));
        }
        out.push('\n');
    }
    out
}
