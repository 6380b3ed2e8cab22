//! The Languages tab, for localization reviewers: every text key against every language, side by
//! side, with missing keys, empty values, copies of another language and any finding of the
//! checks on that text highlighted. Lengths are shown. Everything shown comes from the check's
//! verdict on each text (the report's `texts`), so the tab and the rules always agree.

use egui::RichText;

use super::super::Locale;
use super::super::index::ResultIndex;
use super::super::style::{CellState, hex};
use crate::report::Report;
use crate::rules::texts::{TextState, TextVerdict};
use crate::widget::Widget;

pub fn draw(ui: &mut egui::Ui, widget: &Widget, report: &Report, index: &ResultIndex, locale: &Locale) {
    let langs = &report.widget.languages;
    let mut keys: Vec<&str> = Vec::new();
    for v in &report.texts.verdicts {
        if !keys.contains(&v.key.as_str()) {
            keys.push(&v.key);
        }
    }
    ui.label(locale.f("languages.intro", &[("keys", &keys.len()), ("languages", &langs.len())]));
    ui.add_space(6.0);
    let dark = ui.visuals().dark_mode;
    let width = ((ui.available_width() - 220.0) / langs.len().max(1) as f32).clamp(180.0, 420.0);
    egui::ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| {
        egui::Grid::new("languages").striped(true).spacing([12.0, 8.0]).show(ui, |ui| {
            ui.strong(locale.t("languages.key"));
            for lang in langs {
                ui.strong(lang);
            }
            ui.end_row();
            for key in &keys {
                ui.monospace(*key);
                for lang in langs {
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        let view = View { widget, report, index, locale, dark };
                        cell(ui, &view, report.texts.get(key, lang), (key, lang));
                    });
                }
                ui.end_row();
            }
        });
    });
}

/// What a cell is drawn from.
struct View<'a> {
    widget: &'a Widget,
    report: &'a Report,
    index: &'a ResultIndex,
    locale: &'a Locale,
    dark: bool,
}

/// One text of one language: its value, length, whether it copies another language, and the
/// problems the checks found on it.
fn cell(ui: &mut egui::Ui, view: &View, verdict: Option<&TextVerdict>, (key, lang): (&str, &str)) {
    let View { widget, report, index, locale, dark } = *view;
    let Some(v) = verdict.filter(|v| v.state != TextState::Missing) else {
        // A number or a list where the other languages have a text is not a missing text.
        match widget.i18n.get(lang).and_then(|f| f.ok()).and_then(|f| f.root.lookup(key)) {
            Some(value) => ui.label(RichText::new(value.kind_name()).weak()),
            None => ui.label(RichText::new(locale.t("languages.missing")).color(red(dark)).strong()),
        };
        return;
    };
    if v.state == TextState::Empty {
        ui.label(RichText::new(locale.t("languages.empty")).color(amber(dark)).strong());
        return;
    }
    ui.label(v.value.as_deref().unwrap_or_default());
    let mut notes = vec![locale.f("languages.chars", &[("n", &v.chars)])];
    if let Some(other) = &v.copy_of {
        notes.push(locale.f("languages.same_as", &[("lang", other)]));
    }
    ui.label(RichText::new(notes.join(" · ")).weak().small());
    if let Some(line) = v.location.as_ref().and_then(|l| l.line) {
        for r in index.problems_at(report, &Widget::i18n_path(lang), line) {
            let state = CellState::Auto(r.status);
            ui.label(RichText::new(format!("{} {}", state.label(locale), r.message)).color(state.colour(dark)));
        }
    }
}

fn red(dark: bool) -> egui::Color32 {
    hex(if dark { 0xF87171 } else { 0xB91C1C })
}

fn amber(dark: bool) -> egui::Color32 {
    hex(if dark { 0xFBBF24 } else { 0xB45309 })
}
