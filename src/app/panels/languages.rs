//! The Languages tab, for localization reviewers: every text key against every language, side by
//! side, with missing keys, empty values, copies of another language and any finding of the
//! checks on that text highlighted. Lengths are shown.

use egui::RichText;

use super::super::Locale;
use super::super::index::ResultIndex;
use super::super::style::{CellState, hex};
use crate::report::Report;
use crate::text::html::char_count;
use crate::widget::Widget;

/// Shorter values are often names or numbers that are the same in every language.
const SAME_TEXT_MIN_CHARS: usize = 12;

pub fn draw(ui: &mut egui::Ui, widget: &Widget, report: &Report, index: &ResultIndex, locale: &Locale) {
    let langs = &widget.languages;
    let entries: Vec<Vec<(String, String, usize)>> = langs
        .iter()
        .map(|l| {
            widget
                .text_entries(l)
                .into_iter()
                .map(|e| {
                    let value = e.value.as_str().map(str::to_string).unwrap_or_else(|| e.value.kind_name().to_string());
                    let line = widget.i18n_location(l, e.value).line.unwrap_or(0);
                    (e.key, value, line)
                })
                .collect()
        })
        .collect();
    let mut keys: Vec<&str> = Vec::new();
    for list in &entries {
        for (key, _, _) in list {
            if !keys.contains(&key.as_str()) {
                keys.push(key);
            }
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
                for (i, lang) in langs.iter().enumerate() {
                    let value = entries[i].iter().find(|(k, _, _)| k == key);
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        match value {
                            None => {
                                ui.label(RichText::new(locale.t("languages.missing")).color(red(dark)).strong());
                            }
                            Some((_, v, _)) if v.trim().is_empty() => {
                                ui.label(RichText::new(locale.t("languages.empty")).color(amber(dark)).strong());
                            }
                            Some((_, v, line)) => {
                                ui.label(v);
                                let mut notes = vec![locale.f("languages.chars", &[("n", &char_count(v))])];
                                if let Some(other) = same_as(&entries, langs, i, key, v) {
                                    notes.push(locale.f("languages.same_as", &[("lang", &other)]));
                                }
                                ui.label(RichText::new(notes.join(" · ")).weak().small());
                                findings(ui, report, index, lang, *line, locale, dark);
                            }
                        }
                    });
                }
                ui.end_row();
            }
        });
    });
}

/// Another language whose value for the key is identical (and long enough to be telling).
fn same_as(
    entries: &[Vec<(String, String, usize)>],
    langs: &[String],
    i: usize,
    key: &str,
    value: &str,
) -> Option<String> {
    if char_count(value) < SAME_TEXT_MIN_CHARS || value.contains("://") {
        return None;
    }
    entries
        .iter()
        .enumerate()
        .find_map(|(j, list)| (j != i && list.iter().any(|(k, v, _)| k == key && v == value)).then(|| langs[j].clone()))
}

/// Problems the checks found on this value (same file and line), as coloured words.
fn findings(
    ui: &mut egui::Ui,
    report: &Report,
    index: &ResultIndex,
    lang: &str,
    line: usize,
    locale: &Locale,
    dark: bool,
) {
    for r in index.problems_at(report, &format!("i18n/{lang}.json"), line) {
        let state = CellState::Auto(r.status);
        ui.label(RichText::new(format!("{} {}", state.label(locale), r.message)).color(state.colour(dark)));
    }
}

fn red(dark: bool) -> egui::Color32 {
    hex(if dark { 0xF87171 } else { 0xB91C1C })
}

fn amber(dark: bool) -> egui::Color32 {
    hex(if dark { 0xFBBF24 } else { 0xB45309 })
}
