//! The report for people in a terminal: grouped by checklist section, problems first with
//! file:line:column, the snippet and what to do; passes and n/a as one line each.

use std::fmt::Write;

use super::{Report, ResultEntry};
use crate::i18n::Lang;
use crate::rules::Status;
use crate::rules::catalogue::Section;

/// Whether to colour the output with ANSI escapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    On,
    Off,
}

/// Each status as a symbol and a short word in capitals, readable without colour, padded so the
/// rule ids line up; in the order of [`Status::ALL`], said once per report.
struct Badges([String; 5]);

impl Badges {
    fn new(lang: Lang) -> Badges {
        let words = Status::ALL.map(|s| lang.text(&format!("report-badge-{}", s.id()), &[]));
        let width = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
        let symbol = |status| match status {
            Status::Fail => "✗",
            Status::Warn => "!",
            Status::Manual => "?",
            Status::Pass => "✓",
            Status::Na => "–",
        };
        Badges(std::array::from_fn(|i| format!("{} {:width$}", symbol(Status::ALL[i]), words[i])))
    }

    fn of(&self, status: Status) -> &str {
        let i = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        &self.0[i]
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

/// How much of a report the text shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// The summary line alone (`--quiet`).
    Summary,
    /// What needs the reader: problems, warnings and items to check by hand.
    Problems,
    /// Every result, passes too (`--verbose`).
    Everything,
}

/// One line for a widget: its name, where it is, and the verdict — what `--quiet` prints, and
/// what the end of a check of several widgets repeats for each.
pub fn summary_line(report: &Report, colour: Colour) -> String {
    format!("{} — {}: {}", report.widget_name(), report.widget.source, verdict(report, colour))
}

/// The verdict in words, in the colour of the worst result.
fn verdict(report: &Report, colour: Colour) -> String {
    paint(colour, report.worst().max(Status::Pass), &report.reviewed_verdict().sentence(report.language))
}

/// The report as text, in the report's language, with as much as `detail` asks.
pub fn write(report: &Report, colour: Colour, detail: Detail) -> String {
    let lang = report.language;
    if detail == Detail::Summary {
        return summary_line(report, colour) + "\n";
    }
    let badges = Badges::new(lang);
    let mut out = String::new();
    let _ = writeln!(out, "{}", super::heading(report));
    let shown = |r: &&ResultEntry| detail == Detail::Everything || !matches!(r.status, Status::Pass | Status::Na);
    for section in Section::ALL {
        let results: Vec<&ResultEntry> = report.results.iter().filter(|r| r.section == section).filter(shown).collect();
        if results.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", section.title(lang).to_uppercase());
        for r in results {
            write_result(&mut out, r, colour, lang, &badges);
        }
    }
    let s = &report.summary;
    let counts = lang.text(
        "report-counts",
        &[
            ("pass", s.pass.into()),
            ("fail", s.fail.into()),
            ("warn", s.warn.into()),
            ("manual", s.manual.into()),
            ("na", s.na.into()),
        ],
    );
    let _ = writeln!(out, "\n{}\n{counts}", verdict(report, colour));
    let hidden = report.results.iter().filter(|r| !shown(r)).count();
    if hidden > 0 {
        let _ = writeln!(out, "{}", dim(colour, &lang.text("report-hidden", &[("n", hidden.into())])));
    }
    out
}

/// How many places and pieces of evidence a result shows before "… and N more".
const PLACES_SHOWN: usize = 10;
const EVIDENCE_SHOWN: usize = 12;

fn write_result(out: &mut String, r: &ResultEntry, colour: Colour, lang: Lang, badges: &Badges) {
    let language = r.lang.as_ref().map(|l| format!(" [{l}]")).unwrap_or_default();
    let plain = badges.of(r.status);
    // The details line up under the rule id, whatever the length of the language's badges.
    let indent = 3 + plain.chars().count();
    let badge = paint(colour, r.status, plain);
    // Passes and n/a take one line each, so the problems stand out.
    if matches!(r.status, Status::Pass | Status::Na) {
        let _ = writeln!(out, "  {badge} {}{language}  {}", r.rule, dim(colour, &r.message));
        return;
    }
    let _ = writeln!(out, "  {badge} {}{language}  {}", r.rule, dim(colour, &r.title(lang)));
    let _ = writeln!(out, "{:indent$}{}", "", r.message);
    for loc in r.locations.iter().take(PLACES_SHOWN) {
        let snippet = loc.snippet.as_ref().map(|s| format!("  {}", dim(colour, s))).unwrap_or_default();
        let at = lang.text("report-at", &[("place", loc.display().into())]);
        let _ = writeln!(out, "{:indent$}{at}{snippet}", "");
    }
    if r.locations.len() > PLACES_SHOWN {
        let more = lang.text("report-more-places", &[("n", (r.locations.len() - PLACES_SHOWN).into())]);
        let _ = writeln!(out, "{:indent$}{more}", "");
    }
    if r.status == Status::Manual {
        for e in r.evidence.iter().take(EVIDENCE_SHOWN) {
            let value: String = e.value.chars().take(120).collect();
            let more = if e.value.chars().count() > 120 { "…" } else { "" };
            let _ = writeln!(out, "{:indent$}· {}: {value}{more}", "", e.label);
        }
        if r.evidence.len() > EVIDENCE_SHOWN {
            let more = lang.text("report-more", &[("n", (r.evidence.len() - EVIDENCE_SHOWN).into())]);
            let _ = writeln!(out, "{:indent$}· {more}", "");
        }
    }
    let _ = writeln!(out, "{:indent$}→ {}", "", r.help);
}
