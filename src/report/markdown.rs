//! The report as Markdown, readable in a code review: the verdict, the checklist as tables with
//! one column per language, then every problem and every item to check by hand.

use std::fmt::Write;

use super::Report;
use crate::rules::Status;
use crate::rules::catalogue::Section;

/// A cell's text: one line, pipes escaped.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// Inline code that survives backticks in the text.
fn code(text: &str) -> String {
    let fence = if text.contains('`') { "``" } else { "`" };
    format!("{fence} {} {fence}", text.replace(['\n', '\r'], " "))
}

fn word(status: Status) -> &'static str {
    match status {
        Status::Fail => "✖ fail",
        Status::Warn => "⚠ warn",
        Status::Manual => "? check by hand",
        Status::Pass => "✔ pass",
        Status::Na => "– n/a",
    }
}

/// The whole report as Markdown.
pub fn write(report: &Report) -> String {
    let mut out = String::new();
    let w = &report.widget;
    let name = w.languages.iter().find_map(|l| w.names.get(l)).map_or("(no name)", String::as_str);
    let _ = writeln!(out, "# Widget check: {}\n", cell(name));
    let _ = writeln!(out, "| | |\n|---|---|");
    let _ = writeln!(
        out,
        "| Widget | {} ({}) |",
        cell(&w.source),
        if w.kind == crate::bundle::SourceKind::Zip { "zip" } else { "folder" }
    );
    if let Some(v) = &w.version {
        let _ = writeln!(out, "| Version | {} |", cell(v));
    }
    for lang in &w.languages {
        if let Some(n) = w.names.get(lang) {
            let _ = writeln!(out, "| Name ({lang}) | {} |", cell(n));
        }
    }
    let _ = writeln!(out, "| Checklist | {} |", report.marketplace.title());
    let _ = writeln!(out, "| Tool | {} {} |", report.tool.name, report.tool.version);
    let _ = writeln!(out, "\n**{}**\n", report.reviewed_verdict().sentence());

    for section in Section::ALL {
        let rules = report.rules_in(section);
        if rules.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {}\n", section.title());
        let _ = writeln!(out, "| Item | Widget | {} |", w.languages.join(" | "));
        let _ = writeln!(out, "|---|---|{}", "---|".repeat(w.languages.len()));
        for rule in rules {
            let state = |lang: Option<&str>| report.status_of(rule.id.as_str(), lang).map_or("", word);
            let langs: Vec<&str> =
                w.languages.iter().map(|l| if rule.per_language { state(Some(l)) } else { "" }).collect();
            let widget = if rule.per_language { "" } else { state(None) };
            let _ = writeln!(out, "| {} `{}` | {widget} | {} |", cell(rule.title), rule.id, langs.join(" | "));
        }
        out.push('\n');
    }

    for (title, items) in report.action_groups() {
        let _ = writeln!(out, "## {title}\n");
        for r in items {
            let lang = r.lang.as_ref().map(|l| format!(" [{l}]")).unwrap_or_default();
            let _ = writeln!(out, "- **{}** `{}`{lang}: {}", word(r.status), r.rule, cell(&r.message));
            for l in r.locations.iter().take(10) {
                let snippet = l.snippet.as_ref().map(|s| format!(" {}", code(s))).unwrap_or_default();
                let _ = writeln!(out, "  - {}{snippet}", code(&l.display()));
            }
            if let Some(review) = &r.review {
                let _ = writeln!(
                    out,
                    "  - Reviewer: **{}** ({}){}",
                    review.decision,
                    review.at,
                    if review.note.is_empty() { String::new() } else { format!(": {}", cell(&review.note)) }
                );
            }
            let _ = writeln!(out, "  - What to do: {}", cell(&r.help));
        }
        out.push('\n');
    }
    out
}
