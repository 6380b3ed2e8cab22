//! The report of one check: widget facts, every result, a summary; written as text or JSON.
//! The JSON shape is a contract (schema `amo-preflight.report/1`) that other tools read.

pub mod html;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::bundle::SourceKind;
use crate::i18n::Lang;
use crate::links::Outcome;
use crate::location::Location;
use crate::ocr::{Line, Ocr, Reading};
use crate::review::{self, Reviews};
use crate::rules::catalogue::{Field, Section};
use crate::rules::images::{BRANDING, DP_LOGO};
use crate::rules::profile::Marketplace;
use crate::rules::texts::Texts;
use crate::rules::{Finding, Status};
use crate::widget::Widget;
use crate::widget::json::Json;

/// The schema id of the JSON report; changes only when the shape changes incompatibly.
pub const SCHEMA: &str = "amo-preflight.report/1";

/// A whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub tool: Tool,
    /// The language of the messages and help (`en`, `ru`, `es`, `pt`); rule ids, keys and
    /// values are never translated.
    #[serde(serialize_with = "language_code")]
    pub language: Lang,
    pub marketplace: Marketplace,
    pub widget: WidgetInfo,
    pub summary: Summary,
    pub results: Vec<ResultEntry>,
    /// Every image of the widget with its header facts.
    pub images: Vec<ImageEntry>,
    /// Every text key of every language: value, length, detected language, state.
    pub texts: Texts,
    /// The links opened over the network (`--links` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<Outcome>>,
    /// Whether the words in images were read, and by what.
    pub ocr: ImageReading,
}

/// What the slow stages learned, for the report.
#[derive(Debug, Default)]
pub struct Stages {
    /// The links opened over the network (`--links` only).
    pub links: Option<Vec<Outcome>>,
    pub ocr: Ocr,
}

/// Whether the words in images were read: `off` (`--no-ocr`), `missing` (Tesseract or language
/// data not installed: the packages that bring them) or `read` (by which Tesseract).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum ImageReading {
    Off,
    Missing {
        packages: Vec<String>,
    },
    Read {
        engine: String,
        /// Images not read yet: the app shows the words it has while Tesseract reads the rest.
        #[serde(skip_serializing_if = "is_zero")]
        pending: usize,
    },
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl ImageReading {
    /// How many images are still to be read.
    pub fn pending(&self) -> usize {
        match self {
            ImageReading::Read { pending, .. } => *pending,
            _ => 0,
        }
    }
}

/// The tool that wrote the report.
#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

/// What the report is about.
#[derive(Debug, Clone, Serialize)]
pub struct WidgetInfo {
    /// The path as given.
    pub source: String,
    pub kind: SourceKind,
    pub languages: Vec<String>,
    pub version: Option<String>,
    /// The widget's name per language.
    pub names: BTreeMap<String, String>,
}

/// Results counted by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub pass: usize,
    pub fail: usize,
    pub warn: usize,
    pub manual: usize,
    pub na: usize,
}

impl Summary {
    /// The count for one status.
    pub fn count(&self, status: Status) -> usize {
        match status {
            Status::Pass => self.pass,
            Status::Fail => self.fail,
            Status::Warn => self.warn,
            Status::Manual => self.manual,
            Status::Na => self.na,
        }
    }
}

/// Checklist items counted for the verdict line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Verdict {
    /// Failed items, including manual items a reviewer failed.
    pub problems: usize,
    pub warnings: usize,
    /// Manual items without a decision yet.
    pub to_check: usize,
    /// Manual items with a decision.
    pub checked: usize,
}

impl Verdict {
    /// "3 problems block publication · 2 warnings · 12 items to check by hand", in a language.
    pub fn sentence(&self, lang: Lang) -> String {
        let mut parts = vec![match self.problems {
            0 => lang.text("verdict-none", &[]),
            n => lang.text("verdict-fail", &[("n", n.into())]),
        }];
        for (id, n) in
            [("verdict-warn", self.warnings), ("verdict-manual", self.to_check), ("verdict-checked", self.checked)]
        {
            if n > 0 {
                parts.push(lang.text(id, &[("n", n.into())]));
            }
        }
        parts.join(" · ")
    }
}

/// One result as reported.
#[derive(Debug, Clone, Serialize)]
pub struct ResultEntry {
    pub rule: &'static str,
    pub section: Section,
    /// `None` (null) for widget-wide rules.
    pub lang: Option<String>,
    pub status: Status,
    pub message: String,
    pub help: String,
    pub locations: Vec<Location>,
    /// What was gathered for a human to judge (manual results, mostly).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceEntry>,
    /// The reviewer's decision on a manual result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewEntry>,
    /// The finding in no language yet, to put the result into another language.
    #[serde(skip)]
    finding: Finding,
}

impl ResultEntry {
    /// The result of a finding, in a language.
    fn new(finding: Finding, lang: Lang) -> ResultEntry {
        ResultEntry {
            rule: finding.rule.id.as_str(),
            section: finding.rule.section,
            lang: finding.lang.clone(),
            status: finding.status,
            message: finding.message.render(lang),
            help: finding.help_text(lang),
            locations: finding.locations.clone(),
            evidence: finding
                .evidence
                .iter()
                .map(|e| EvidenceEntry {
                    label: e.label.render(lang),
                    value: e.value.clone(),
                    location: e.location.clone(),
                })
                .collect(),
            review: None,
            finding,
        }
    }

    /// The catalogue's title of the rule, in a language.
    pub fn title(&self, lang: Lang) -> String {
        self.finding.rule.text(Field::Title, lang)
    }
}

/// Something gathered for a human to judge, as reported: a labelled value, and where it comes
/// from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceEntry {
    pub label: String,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

fn language_code<S: serde::Serializer>(lang: &Lang, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(lang.code())
}

/// A reviewer's decision as reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewEntry {
    /// `pass` or `fail`.
    pub decision: &'static str,
    pub note: String,
    /// When, as an ISO 8601 UTC time.
    pub at: String,
}

/// An image of the widget.
#[derive(Debug, Clone, Serialize)]
pub struct ImageEntry {
    pub file: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub bytes: u64,
    pub format: crate::widget::image::ImageFormat,
    /// `logo_main` … `logo_dp`, `slideshow`, or `other`.
    pub role: String,
    /// The lines of words read in it, when it was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<Line>>,
}

impl Report {
    /// Builds the report of a checked widget; `source` is the path as the user gave it.
    pub fn new(
        source: &str,
        widget: &Widget,
        marketplace: Marketplace,
        findings: Vec<Finding>,
        texts: Texts,
        stages: Stages,
        lang: Lang,
    ) -> Report {
        let mut summary = Summary::default();
        let results: Vec<ResultEntry> = findings
            .into_iter()
            .map(|f| {
                match f.status {
                    Status::Pass => summary.pass += 1,
                    Status::Fail => summary.fail += 1,
                    Status::Warn => summary.warn += 1,
                    Status::Manual => summary.manual += 1,
                    Status::Na => summary.na += 1,
                }
                ResultEntry::new(f, lang)
            })
            .collect();
        let names =
            widget.languages.iter().filter_map(|l| Some((l.clone(), widget.text(l, "widget.name")?.value))).collect();
        Report {
            schema: SCHEMA,
            tool: Tool { name: env!("CARGO_PKG_NAME"), version: env!("CARGO_PKG_VERSION") },
            language: lang,
            marketplace,
            widget: WidgetInfo {
                source: source.to_string(),
                kind: widget.bundle.kind,
                languages: widget.languages.clone(),
                version: widget.manifest_value("widget.version").and_then(Json::as_str).map(str::to_string),
                names,
            },
            summary,
            results,
            images: images(widget, &stages.ocr),
            texts,
            links: stages.links,
            ocr: match stages.ocr {
                Ocr::Off => ImageReading::Off,
                Ocr::Missing { packages } => ImageReading::Missing { packages },
                Ocr::Read { engine, images } => ImageReading::Read {
                    engine,
                    pending: images.values().filter(|r| matches!(r, Reading::Pending)).count(),
                },
            },
        }
    }

    /// The same report in another language: every message, help and label said again.
    pub fn set_language(&mut self, lang: Lang) {
        self.language = lang;
        for r in &mut self.results {
            let review = r.review.take();
            *r = ResultEntry::new(r.finding.clone(), lang);
            r.review = review;
        }
    }

    /// Each checklist item — a rule for the widget, or for one language — with the worst status
    /// of its results, in report order.
    pub fn items(&self) -> Vec<(&'static str, Option<&str>, Status)> {
        let mut items: Vec<(&'static str, Option<&str>, Status)> = Vec::new();
        for r in &self.results {
            match items.iter_mut().find(|(rule, lang, _)| *rule == r.rule && *lang == r.lang.as_deref()) {
                Some(item) => item.2 = item.2.max(r.status),
                None => items.push((r.rule, r.lang.as_deref(), r.status)),
            }
        }
        items
    }

    /// Counts items for the verdict, with the reviewer's decisions on manual items taken in.
    pub fn verdict(&self, reviews: &Reviews) -> Verdict {
        self.count_items(|rule, lang| reviews.get(rule, lang).map(|d| d.verdict))
    }

    /// The verdict with the decisions already put on the results ([`Report::apply_reviews`]).
    pub fn reviewed_verdict(&self) -> Verdict {
        self.count_items(|rule, lang| {
            let review = self.results.iter().find(|r| r.rule == rule && r.lang.as_deref() == lang)?.review.as_ref()?;
            Some(if review.decision == "pass" { review::Verdict::Passed } else { review::Verdict::Failed })
        })
    }

    fn count_items(&self, decision: impl Fn(&str, Option<&str>) -> Option<review::Verdict>) -> Verdict {
        let mut v = Verdict::default();
        for (rule, lang, status) in self.items() {
            match status {
                Status::Fail => v.problems += 1,
                Status::Warn => v.warnings += 1,
                Status::Manual => match decision(rule, lang) {
                    Some(review::Verdict::Passed) => v.checked += 1,
                    Some(review::Verdict::Failed) => {
                        v.checked += 1;
                        v.problems += 1;
                    }
                    None => v.to_check += 1,
                },
                Status::Pass | Status::Na => {}
            }
        }
        v
    }

    /// Puts the reviewer's decisions on the manual results they concern.
    pub fn apply_reviews(&mut self, reviews: &Reviews) {
        for r in self.results.iter_mut().filter(|r| r.status == Status::Manual) {
            r.review = reviews.get(r.rule, r.lang.as_deref()).map(|d| ReviewEntry {
                decision: match d.verdict {
                    review::Verdict::Passed => "pass",
                    review::Verdict::Failed => "fail",
                },
                note: d.note.clone(),
                at: review::iso_time(d.decided_at),
            });
        }
    }

    /// The rules of a checklist section that have results, in catalogue order.
    pub fn rules_in(&self, section: Section) -> Vec<&'static crate::rules::catalogue::Rule> {
        crate::rules::catalogue::RULES
            .iter()
            .filter(|r| r.section == section && self.results.iter().any(|x| x.rule == r.id.as_str()))
            .collect()
    }

    /// The worst status of a rule for a language (`None` for widget-wide), if it has results.
    pub fn status_of(&self, rule: &str, lang: Option<&str>) -> Option<Status> {
        self.results.iter().filter(|r| r.rule == rule && r.lang.as_deref() == lang).map(|r| r.status).max()
    }

    /// The results people act on, grouped and titled: problems to fix, then items to check by
    /// hand. Empty groups are left out.
    pub fn action_groups(&self) -> Vec<(String, Vec<&ResultEntry>)> {
        [("report-problems", &[Status::Fail, Status::Warn][..]), ("report-to-check", &[Status::Manual][..])]
            .into_iter()
            .map(|(title, wanted)| {
                (
                    self.language.text(title, &[]),
                    self.results.iter().filter(|r| wanted.contains(&r.status)).collect::<Vec<_>>(),
                )
            })
            .filter(|(_, items)| !items.is_empty())
            .collect()
    }

    /// The worst status among the results.
    pub fn worst(&self) -> Status {
        self.results.iter().map(|r| r.status).max().unwrap_or(Status::Na)
    }
}

impl Report {
    /// The widget's name in the first of its languages that has one, for headings.
    pub fn widget_name(&self) -> String {
        let w = &self.widget;
        match w.languages.iter().find_map(|l| w.names.get(l)) {
            Some(name) => name.clone(),
            None => self.language.text("report-no-name", &[]),
        }
    }

    /// "folder" or "zip", in the report's language.
    pub fn source_kind(&self) -> String {
        let id = match self.widget.kind {
            SourceKind::Folder => "report-kind-folder",
            SourceKind::Zip => "report-kind-zip",
        };
        self.language.text(id, &[])
    }
}

/// The report's first line: the widget, where it was read from, the checklist and the
/// languages.
fn heading(report: &Report) -> String {
    let w = &report.widget;
    let name = match &w.version {
        Some(v) => format!("{} {v}", report.widget_name()),
        None => report.widget_name(),
    };
    let languages =
        if w.languages.is_empty() { report.language.text("report-no-languages", &[]) } else { w.languages.join(", ") };
    report.language.text(
        "report-heading",
        &[
            ("name", name.into()),
            ("source", w.source.as_str().into()),
            ("kind", report.source_kind().into()),
            ("marketplace", report.marketplace.title().into()),
            ("languages", languages.into()),
        ],
    )
}

fn images(widget: &Widget, ocr: &Ocr) -> Vec<ImageEntry> {
    let slides: Vec<String> = widget
        .manifest_value("tour.tour_images")
        .map(|t| {
            t.members()
                .iter()
                .flat_map(|m| m.value.items())
                .filter_map(Json::as_str)
                .map(|s| s.trim_start_matches('/').to_string())
                .collect()
        })
        .unwrap_or_default();
    widget
        .images
        .iter()
        .map(|(path, facts)| {
            let name = path.strip_prefix("images/").unwrap_or(path);
            let role = if let Some((logo, _, _)) = BRANDING.iter().chain([&DP_LOGO]).find(|(n, _, _)| *n == name) {
                logo.trim_end_matches(".png").to_string()
            } else if slides.contains(path) {
                "slideshow".to_string()
            } else {
                "other".to_string()
            };
            ImageEntry {
                file: path.clone(),
                width: facts.size.map(|s| s.0),
                height: facts.size.map(|s| s.1),
                bytes: facts.bytes,
                format: facts.format,
                role,
                lines: ocr.lines(path).map(<[Line]>::to_vec),
            }
        })
        .collect()
}
