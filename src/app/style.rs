//! How states look: an icon, a word and a colour, so they read without colour too.

use egui::{Color32, RichText};

use super::Locale;
use crate::review::Verdict;
use crate::rules::Status;

/// The state of a checklist cell: the automatic status, or the reviewer's decision on a manual item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellState {
    Auto(Status),
    Reviewed(Verdict),
}

impl CellState {
    pub fn new(status: Status, decision: Option<Verdict>) -> CellState {
        match (status, decision) {
            (Status::Manual, Some(v)) => CellState::Reviewed(v),
            (s, _) => CellState::Auto(s),
        }
    }

    /// Icon and word, e.g. "✖ Fail".
    pub fn label(self, locale: &Locale) -> String {
        let (icon, key) = match self {
            CellState::Auto(Status::Fail) => ("✖", "status.fail"),
            CellState::Auto(Status::Warn) => ("⚠", "status.warn"),
            CellState::Auto(Status::Manual) => ("?", "status.manual"),
            CellState::Auto(Status::Pass) => ("✔", "status.pass"),
            CellState::Auto(Status::Na) => ("–", "status.na"),
            CellState::Reviewed(Verdict::Passed) => ("✔", "status.reviewed_passed"),
            CellState::Reviewed(Verdict::Failed) => ("✖", "status.reviewed_failed"),
        };
        format!("{icon} {}", locale.t(key))
    }

    pub fn colour(self, dark: bool) -> Color32 {
        let (light, night) = match self {
            CellState::Auto(Status::Fail) | CellState::Reviewed(Verdict::Failed) => (0xB91C1C, 0xF87171),
            CellState::Auto(Status::Warn) => (0xB45309, 0xFBBF24),
            CellState::Auto(Status::Manual) => (0x1D4ED8, 0x93C5FD),
            CellState::Auto(Status::Pass) | CellState::Reviewed(Verdict::Passed) => (0x15803D, 0x4ADE80),
            CellState::Auto(Status::Na) => (0x6B7280, 0x9CA3AF),
        };
        hex(if dark { night } else { light })
    }

    /// The label as coloured, strong text.
    pub fn text(self, locale: &Locale, dark: bool) -> RichText {
        RichText::new(self.label(locale)).color(self.colour(dark)).strong()
    }
}

/// A colour from 0xRRGGBB.
pub fn hex(rgb: u32) -> Color32 {
    Color32::from_rgb((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
}
