//! The rules: a catalogue as data, the marketplace profiles, and one module per rule family.
//! Each family reads the parsed [`Widget`] and appends findings; rules never read the disk.

pub mod catalogue;
pub mod content;
pub mod css;
mod dev;
pub mod docs;
mod files;
mod general;
mod hardcoded;
mod image_words;
pub mod images;
pub mod js;
pub mod l10n;
mod links;
pub mod listing;
pub mod loads;
mod manifest;
pub mod profile;
pub mod texts;
mod ui;

use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::Serialize;

use crate::i18n::{Arg, Lang, Msg};
use crate::links::Network;
use crate::location::Location;
use crate::msg;
use crate::ocr::Ocr;
use crate::widget::Widget;
use catalogue::{Field, RULES, Rule, RuleId};
use js::LoadedUrl;
use profile::{Marketplace, Profile};
use texts::Texts;

/// The state of one rule for the widget or one language. Ordered from least to most severe, so
/// the worst of several results is their maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Does not apply to this widget.
    Na,
    /// Checked automatically, holds.
    Pass,
    /// Only a human can judge; the evidence is attached.
    Manual,
    /// Probably wrong; a human should look.
    Warn,
    /// A hard rule is broken; blocks publication.
    Fail,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::Pass, Status::Fail, Status::Warn, Status::Manual, Status::Na];

    /// The word used in reports.
    pub fn id(self) -> &'static str {
        match self {
            Status::Na => "na",
            Status::Pass => "pass",
            Status::Manual => "manual",
            Status::Warn => "warn",
            Status::Fail => "fail",
        }
    }

    /// The status in words, in a language ("Check by hand").
    pub fn word(self, lang: Lang) -> String {
        let id = match self {
            Status::Na => "status-na",
            Status::Pass => "status-pass",
            Status::Manual => "status-manual",
            Status::Warn => "status-warn",
            Status::Fail => "status-fail",
        };
        lang.text(id, &[])
    }

    /// The symbol shown before the word, the same in every language.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Na => "–",
            Status::Pass => "✔",
            Status::Manual => "?",
            Status::Warn => "⚠",
            Status::Fail => "✖",
        }
    }
}

/// Something gathered for a human to judge: a labelled value, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub label: Msg,
    pub value: String,
    pub location: Option<Location>,
}

/// One result of one rule, for the widget or for one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static Rule,
    pub lang: Option<String>,
    pub status: Status,
    pub message: Msg,
    /// Help specific to this finding; the catalogue's help otherwise.
    pub help: Option<Msg>,
    pub locations: Vec<Location>,
    pub evidence: Vec<Evidence>,
}

impl Finding {
    /// A finding for the rule `id`.
    pub fn new(id: RuleId, status: Status, message: impl Into<Msg>) -> Finding {
        Finding {
            rule: id.rule(),
            lang: None,
            status,
            message: message.into(),
            help: None,
            locations: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// For one language.
    pub fn lang(mut self, lang: &str) -> Finding {
        self.lang = Some(lang.to_string());
        self
    }

    /// At one more location.
    pub fn at(mut self, location: Location) -> Finding {
        self.locations.push(location);
        self
    }

    /// At several more locations.
    pub fn at_all(mut self, locations: impl IntoIterator<Item = Location>) -> Finding {
        self.locations.extend(locations);
        self
    }

    /// With help specific to this finding.
    pub fn help(mut self, help: impl Into<Msg>) -> Finding {
        self.help = Some(help.into());
        self
    }

    /// With one more piece of evidence.
    pub fn evidence(mut self, label: impl Into<Msg>, value: impl Into<String>, location: Option<Location>) -> Finding {
        self.evidence.push(Evidence { label: label.into(), value: value.into(), location });
        self
    }

    /// The help to show in a language: specific if given, else the catalogue's.
    pub fn help_text(&self, lang: Lang) -> String {
        match &self.help {
            Some(help) => help.render(lang),
            None => self.rule.text(Field::Help, lang),
        }
    }
}

/// What every rule family gets: the widget, the marketplace's thresholds and the verdict on
/// every text.
pub struct Check<'a> {
    pub widget: &'a Widget,
    pub profile: &'static Profile,
    pub texts: &'a Texts,
}

/// The verdicts of a check whose families read none (see [`Check::without_texts`]).
static NO_TEXTS: std::sync::LazyLock<Texts> = std::sync::LazyLock::new(Texts::default);

impl<'a> Check<'a> {
    /// A check for the families that read no text verdicts (everything but content and l10n),
    /// for running one family alone in tests and fuzzing.
    pub fn without_texts(widget: &'a Widget, profile: &'static Profile) -> Check<'a> {
        Check { widget, profile, texts: &NO_TEXTS }
    }

    /// The `na` result of a rule that belongs to the other marketplace, if it does; rules call
    /// this first so the choice lives in the catalogue, not in each rule.
    fn not_on_this_marketplace(&self, id: RuleId, lang: Option<&str>) -> Option<Finding> {
        let only = id.rule().only?;
        if only == self.profile.marketplace {
            return None;
        }
        let mut f = Finding::new(id, Status::Na, msg!("engine-only-marketplace", marketplace = only.title()));
        f.lang = lang.map(str::to_string);
        Some(f)
    }

    /// `na` for a rule that needs the manifest when manifest.json did not parse.
    fn without_manifest(&self, id: RuleId) -> Option<Finding> {
        self.widget
            .manifest_root()
            .is_none()
            .then(|| Finding::new(id, Status::Na, msg!("engine-no-manifest")).help(msg!("engine-no-manifest-help")))
    }
}

/// What the rule families found offline, before the network rules.
pub struct Checked {
    pub findings: Vec<Finding>,
    /// The verdict on every text.
    pub texts: Texts,
    /// The stylesheets from other sites the widget loads: the network stage's input for
    /// js.external-styles.
    pub stylesheets: Vec<LoadedUrl>,
}

/// Runs every rule on a widget offline and puts the results in order (see [`check`] and
/// [`finish`]).
pub fn run(widget: &Widget, marketplace: Marketplace, root_selector: Option<&str>) -> (Vec<Finding>, Texts) {
    finish(widget, check(widget, marketplace, root_selector), None, &Ocr::Off)
}

/// Runs every rule family; `root_selector` is the widget's CSS root when the user gives it
/// (otherwise the roots are found in the widget's markup and manifest, see `css::markup`). Each
/// family runs [`isolated`]: a bug in one cannot take the report down. When judging the texts stops
/// on a bug, the families that read the verdicts (content, l10n) are not run, rather than run on no
/// texts and report them missing.
pub fn check(widget: &Widget, marketplace: Marketplace, root_selector: Option<&str>) -> Checked {
    let profile = marketplace.profile();
    let mut findings = Vec::new();
    let out = &mut findings;
    let judged = isolated("texts", out, |_| Some(Texts::judge(widget, profile)));
    let texts_judged = judged.is_some();
    let texts = judged.unwrap_or_default();
    let check = Check { widget, profile, texts: &texts };
    let cx = &check;
    isolated("general", out, |out| general::run(cx, out));
    if texts_judged {
        isolated("content", out, |out| content::run(cx, out));
    }
    isolated("images", out, |out| images::run(cx, out));
    if texts_judged {
        isolated("l10n", out, |out| l10n::run(cx, out));
    }
    isolated("manifest", out, |out| manifest::run(cx, out));
    let scripts = isolated("js", out, |out| js::run(cx, out));
    let css_options = css::CssOptions { root_selector: root_selector.map(str::to_string) };
    let styles = isolated("css", out, |out| css::run_with(cx, &css_options, &scripts, out));
    let graph = isolated("loads", out, |_| files::load_graph(cx, &scripts, &styles));
    isolated("files", out, |out| files::run(cx, &scripts, &graph, out));
    if texts_judged {
        isolated("hardcoded", out, |out| hardcoded::run(cx, &scripts, &graph, out));
    }
    isolated("dev", out, |out| dev::run(cx, &scripts, out));
    isolated("ui", out, |out| ui::run(cx, &scripts, &styles, out));
    Checked { findings, texts, stylesheets: scripts.stylesheets }
}

/// Adds the rules of the slow stages — judged from what the network stage learned and the words
/// the image-reading stage found, or listing what a person should look at when they did not run
/// — and puts the results in catalogue order, then in the widget's language order.
pub fn finish(widget: &Widget, checked: Checked, network: Option<&Network>, ocr: &Ocr) -> (Vec<Finding>, Texts) {
    let Checked { mut findings, texts, stylesheets } = checked;
    isolated("links", &mut findings, |out| links::run(widget, &stylesheets, network, out));
    isolated("image-words", &mut findings, |out| image_words::run(widget, ocr, out));
    sort(widget, &mut findings);
    (findings, texts)
}

/// The environment variable that makes one rule family panic (its name, e.g. `js`), so tests can
/// show that a bug in one family leaves the rest of the report whole.
pub const INJECT_PANIC_VAR: &str = "AMO_PREFLIGHT_INJECT_PANIC";

/// Runs one rule family. If it panics, its partial results are dropped and one `internal.error`
/// finding takes their place; the family's rules that then have no result get `na` in [`sort`].
/// Returns what the family returns, or its default after a panic.
pub fn isolated<T: Default>(family: &str, out: &mut Vec<Finding>, run: impl FnOnce(&mut Vec<Finding>) -> T) -> T {
    let mut found = Vec::new();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        if std::env::var(INJECT_PANIC_VAR).is_ok_and(|v| v == family) {
            panic!("{INJECT_PANIC_VAR} asked the {family} rules to fail");
        }
        run(&mut found)
    }));
    match outcome {
        Ok(value) => {
            out.append(&mut found);
            value
        }
        Err(payload) => {
            // The panic's own text is a programmer's, shown as it is for the bug report.
            let reason = payload
                .downcast_ref::<&str>()
                .map(|s| Arg::from(*s))
                .or_else(|| payload.downcast_ref::<String>().map(Arg::from))
                .unwrap_or_else(|| Arg::from(msg!("engine-internal-error-no-details")));
            out.push(Finding::new(
                RuleId::InternalError,
                Status::Fail,
                msg!("engine-internal-error", family = family, reason = reason),
            ));
            T::default()
        }
    }
}

/// Puts results in catalogue order, then language order; gives per-language rules that found no
/// language one `na` result, and rules left without a result by an internal error `na` too.
/// `internal.error` passes when nothing stopped.
pub fn sort(widget: &Widget, findings: &mut Vec<Finding>) {
    if widget.languages.is_empty() {
        add_languageless(findings);
    }
    add_unchecked(widget, findings);
    let order = |f: &Finding| {
        let rule = f.rule.id as usize;
        let lang = f.lang.as_ref().and_then(|l| widget.languages.iter().position(|x| x == l));
        (rule, lang)
    };
    findings.sort_by_key(order);
}

/// After an internal error, the rules of the family that stopped have no result: say so, so every
/// rule still appears in the report. Without one, `internal.error` passes.
fn add_unchecked(widget: &Widget, findings: &mut Vec<Finding>) {
    let is_internal = |f: &Finding| f.rule.id == RuleId::InternalError;
    if !findings.iter().any(|f| is_internal(f) && f.status == Status::Fail) {
        if !findings.iter().any(is_internal) {
            findings.push(Finding::new(RuleId::InternalError, Status::Pass, msg!("engine-all-ran")));
        }
        return;
    }
    // A family that ran after an earlier sort (the link rules) may have failed since.
    findings.retain(|f| !(is_internal(f) && f.status == Status::Pass));
    for rule in RULES.iter() {
        let langs: Vec<Option<&str>> = if rule.per_language && !widget.languages.is_empty() {
            widget.languages.iter().map(|l| Some(l.as_str())).collect()
        } else {
            vec![None]
        };
        for lang in langs {
            if !findings.iter().any(|f| f.rule.id == rule.id && (lang.is_none() || f.lang.as_deref() == lang)) {
                let mut f =
                    Finding::new(rule.id, Status::Na, msg!("engine-not-checked")).help(msg!("engine-not-checked-help"));
                f.lang = lang.map(str::to_string);
                findings.push(f);
            }
        }
    }
}

/// Per-language rules give nothing when the widget has no languages at all; say so once per rule
/// rather than leaving the rule out of the report.
fn add_languageless(findings: &mut Vec<Finding>) {
    for rule in RULES.iter().filter(|r| r.per_language) {
        if !findings.iter().any(|f| f.rule.id == rule.id) {
            findings.push(
                Finding::new(rule.id, Status::Na, msg!("engine-no-languages")).help(msg!("engine-no-languages-help")),
            );
        }
    }
}
