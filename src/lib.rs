//! amo-preflight: checks an amoCRM / Kommo marketplace widget against the publication checklist.
//!
//! The engine (everything in this crate but the GUI) reads a widget once, parses it once and
//! runs the rule families over the parsed form: `bundle` → `widget` → `rules` → `report`.
//! The desktop app lives in `app` (feature `gui`); no other module uses egui, and
//! `cargo build --no-default-features` builds the engine and the CLI without it.

#[cfg(feature = "gui")]
pub mod app;
pub mod bundle;
pub mod cache;
pub mod examples;
pub mod fix;
pub mod i18n;
pub mod links;
pub mod location;
pub mod ocr;
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

/// How to check: whose checklist, whether to open links over the network and whether to read
/// the words in images.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    pub marketplace: Marketplace,
    /// `Some`: open every link (`--links`); `None`: list links for a person to open.
    pub links: Option<links::LinkOptions>,
    /// `Some`: read the words in images with Tesseract (the command line's default); `None`:
    /// list the images for a person to look at (`--no-ocr`).
    pub ocr: Option<ocr::OcrOptions>,
    /// The widget's root CSS selector (`--root-selector`); found in the widget's markup and manifest
    /// when `None`.
    pub root_selector: Option<String>,
    /// The reader's language for messages and help (never the widget's languages).
    pub lang: i18n::Lang,
}

/// Reads and checks the widget at `path` (a folder, a zip, or a manifest.json) with the default
/// limits, offline and without reading images. An error means the input is not a widget at all.
pub fn check_path(path: &Path, marketplace: Marketplace) -> Result<(Widget, Report), OpenError> {
    let options = CheckOptions { marketplace, ..CheckOptions::default() };
    check_path_with(path, &options, &|_, _, _| {}, &AtomicBool::new(false))
}

/// The slow stages of a check, as their progress is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Opening links.
    Links,
    /// Reading the words in images.
    Images,
}

/// Called with a stage, the work of it done and its total.
pub type Progress<'a> = &'a (dyn Fn(Stage, usize, usize) + Sync);

/// Reads and checks a widget; with link options, also opens its links, and with image-reading
/// options reads its images (`progress` tells how far each stage is; `cancel` stops them early).
pub fn check_path_with(
    path: &Path,
    options: &CheckOptions,
    progress: Progress,
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
    progress: Progress,
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
            let progress = |done, total| progress(Stage::Links, done, total);
            links::check(&targets, &stylesheets, link_options, &progress, cancel).ok()
        })
    });
    // The image-reading stage, isolated the same way.
    let ocr = options.ocr.as_ref().map_or(ocr::Ocr::Off, |ocr_options| {
        rules::isolated("image-reading", &mut checked.findings, |_| {
            let progress = |done, total| progress(Stage::Images, done, total);
            ocr::run(&widget, ocr_options, &progress, cancel)
        })
    });
    let (findings, texts) = rules::finish(&widget, checked, network.as_ref(), &ocr);
    let stages = report::Stages { links: network.map(|n| n.pages), ocr };
    let report = Report::new(source, &widget, options.marketplace, findings, texts, stages, options.lang);
    (widget, report)
}
