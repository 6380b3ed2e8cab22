//! amo-preflight: checks an amoCRM / Kommo marketplace widget against the publication checklist.
//!
//! The engine (everything in this crate but the GUI) reads a widget once, parses it once and
//! runs the rule families over the parsed form: `bundle` → `widget` → `rules` → `report`.
//! The desktop app lives in `app` (feature `gui`); no other module uses egui, and
//! `cargo build --no-default-features` builds the engine and the CLI without it.

#[cfg(feature = "gui")]
pub mod app;
pub mod bundle;
pub mod examples;
pub mod fix;
pub mod i18n;
pub mod links;
pub mod location;
pub mod report;
pub mod review;
pub mod rules;
pub mod text;
pub mod widget;

use std::path::Path;
use std::sync::atomic::AtomicBool;

use bundle::{Bundle, Limits, OpenError};
use report::Report;
use rules::profile::Marketplace;
use widget::Widget;

/// How to check: whose checklist, and whether to open links over the network.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    pub marketplace: Marketplace,
    /// `Some`: open every link (`--links`); `None`: list links for a person to open.
    pub links: Option<links::LinkOptions>,
    /// The widget's root CSS selector (`--root-selector`); found in the widget's markup and manifest
    /// when `None`.
    pub root_selector: Option<String>,
    /// The reader's language for messages and help (never the widget's languages).
    pub lang: i18n::Lang,
}

/// Reads and checks the widget at `path` (a folder, a zip, or a manifest.json) with the default
/// limits, offline. An error means the input is not a widget at all.
pub fn check_path(path: &Path, marketplace: Marketplace) -> Result<(Widget, Report), OpenError> {
    check_path_with(path, &CheckOptions { marketplace, ..CheckOptions::default() }, &|_, _| {}, &AtomicBool::new(false))
}

/// Reads and checks a widget; with link options, also opens its links (`progress` gets the
/// number of links done and the total; `cancel` stops the link check early).
pub fn check_path_with(
    path: &Path,
    options: &CheckOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Result<(Widget, Report), OpenError> {
    // The rule families are isolated one by one (see `rules::isolated`); this catches a bug in
    // what surrounds them, so the app's checker thread and the CLI end with a message, not a crash.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let bundle = Bundle::open(path, &Limits::default())?;
        Ok(check_bundle(&path.display().to_string(), bundle, options, progress, cancel))
    }))
    .unwrap_or_else(|_| Err(OpenError::Internal(path.to_path_buf())))
}

/// Checks a bundle already read; `source` is the path as the user gave it, for the report.
pub fn check_bundle(
    source: &str,
    bundle: Bundle,
    options: &CheckOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> (Widget, Report) {
    let widget = Widget::new(bundle);
    let mut checked = rules::check(&widget, options.marketplace, options.root_selector.as_deref());
    // The network stage, isolated like a rule family: a bug in it becomes internal.error, and
    // the network rules then list what a person should open.
    let network = options.links.as_ref().and_then(|link_options| {
        let targets = links::targets(&widget);
        let stylesheets: Vec<String> = checked.stylesheets.iter().map(|s| s.url.clone()).collect();
        rules::isolated("network", &mut checked.findings, |_| {
            links::check(&targets, &stylesheets, link_options, progress, cancel).ok()
        })
    });
    let (findings, texts) = rules::finish(&widget, checked, network.as_ref());
    let report =
        Report::new(source, &widget, options.marketplace, findings, texts, network.map(|n| n.pages), options.lang);
    (widget, report)
}
