//! The report for people in a terminal: grouped by checklist section, problems first with
//! file:line:column, the snippet and what to do; passes and n/a as one line each.

use std::fmt::Write;

use super::{Report, ResultEntry};
use crate::rules::Status;
use crate::rules::catalogue::{self, Section};

/// Whether to colour the output with ANSI escapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    On,
    Off,
}

/// A status as a symbol and a word, readable without colour.
pub fn badge(status: Status) -> &'static str {
    match status {
        Status::Fail => "✗ FAIL  ",
        Status::Warn => "! WARN  ",
        Status::Manual => "? MANUAL",
        Status::Pass => "✓ PASS  ",
        Status::Na => "– N/A   ",
    }
}

fn paint(colour: Colour, status: Status, text: &str) -> String {
    if colour == Colour::Off {
        return text.to_string();
    }
    let code = match status {
        Status::Fail => "1;31",
        Status::Warn => "1;33",
        Status::Manual => "1;36",
        Status::Pass => "32",
        Status::Na => "2",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

fn dim(colour: Colour, text: &str) -> String {
    match colour {
        Colour::On => format!("\x1b[2m{text}\x1b[0m"),
        Colour::Off => text.to_string(),
    }
}

/// The whole report as text.
pub fn write(report: &Report, colour: Colour) -> String {
    let mut out = String::new();
    let w = &report.widget;
    let name = w.languages.iter().find_map(|l| w.names.get(l)).map_or("(no name)", String::as_str);
    let _ = writeln!(
        out,
        "{name}{} — {} ({}) — {} checklist — languages: {}",
        w.version.as_ref().map(|v| format!(" {v}")).unwrap_or_default(),
        w.source,
        match w.kind {
            crate::bundle::SourceKind::Folder => "folder",
            crate::bundle::SourceKind::Zip => "zip",
        },
        report.marketplace.title(),
        if w.languages.is_empty() { "none".to_string() } else { w.languages.join(", ") },
    );
    for section in Section::ALL {
        let results: Vec<&ResultEntry> = report.results.iter().filter(|r| r.section == section).collect();
        if results.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", section.title().to_uppercase());
        for r in results {
            write_result(&mut out, r, colour);
        }
    }
    let s = &report.summary;
    let _ = writeln!(
        out,
        "\n{}\n{} pass · {} fail · {} warn · {} manual · {} n/a",
        paint(colour, report.worst().max(Status::Pass), &report.reviewed_verdict().sentence()),
        s.pass,
        s.fail,
        s.warn,
        s.manual,
        s.na
    );
    out
}

fn write_result(out: &mut String, r: &ResultEntry, colour: Colour) {
    let lang = r.lang.as_ref().map(|l| format!(" [{l}]")).unwrap_or_default();
    let badge = paint(colour, r.status, badge(r.status));
    // Passes and n/a take one line each, so the problems stand out.
    if matches!(r.status, Status::Pass | Status::Na) {
        let _ = writeln!(out, "  {badge} {}{lang}  {}", r.rule, dim(colour, &r.message));
        return;
    }
    let title = catalogue::rule(r.rule).map_or("", |rule| rule.title);
    let _ = writeln!(out, "  {badge} {}{lang}  {}", r.rule, dim(colour, title));
    let _ = writeln!(out, "{:12}{}", "", r.message);
    for loc in r.locations.iter().take(10) {
        let snippet = loc.snippet.as_ref().map(|s| format!("  {}", dim(colour, s))).unwrap_or_default();
        let _ = writeln!(out, "{:12}at {}{snippet}", "", loc.display());
    }
    if r.locations.len() > 10 {
        let _ = writeln!(out, "{:12}… and {} more places", "", r.locations.len() - 10);
    }
    if r.status == Status::Manual {
        for e in r.evidence.iter().take(12) {
            let value: String = e.value.chars().take(120).collect();
            let more = if e.value.chars().count() > 120 { "…" } else { "" };
            let _ = writeln!(out, "{:12}· {}: {value}{more}", "", e.label);
        }
        if r.evidence.len() > 12 {
            let _ = writeln!(out, "{:12}· … and {} more", "", r.evidence.len() - 12);
        }
    }
    let _ = writeln!(out, "{:12}→ {}", "", r.help);
}
