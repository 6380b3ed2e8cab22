//! amo-preflight: checks an amoCRM / Kommo marketplace widget against the publication checklist.
//!
//! The engine (everything in this crate but the GUI) reads a widget once, parses it once and
//! runs the rule families over the parsed form: `bundle` → `widget` → `rules` → `report`.
//! The desktop app lives in `app` (feature `gui`); no other module uses egui, and
//! `cargo build --no-default-features` builds the engine and the CLI without it.

#[cfg(feature = "gui")]
pub mod app;
pub mod bundle;
pub mod location;
pub mod report;
pub mod review;
pub mod rules;
pub mod text;
pub mod widget;

use std::path::Path;

use bundle::{Bundle, Limits, OpenError};
use report::Report;
use rules::profile::Marketplace;
use widget::Widget;

/// Reads and checks the widget at `path` (a folder, a zip, or a manifest.json) with the default
/// limits. An error means the input is not a widget at all.
pub fn check_path(path: &Path, marketplace: Marketplace) -> Result<(Widget, Report), OpenError> {
    let bundle = Bundle::open(path, &Limits::default())?;
    Ok(check_bundle(&path.display().to_string(), bundle, marketplace))
}

/// Checks a bundle already read; `source` is the path as the user gave it, for the report.
pub fn check_bundle(source: &str, bundle: Bundle, marketplace: Marketplace) -> (Widget, Report) {
    let widget = Widget::new(bundle);
    let findings = rules::run(&widget, marketplace);
    let report = Report::new(source, &widget, marketplace, findings);
    (widget, report)
}
