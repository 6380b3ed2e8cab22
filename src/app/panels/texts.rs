//! The Texts tab, for marketing: name, teaser and description of every language with live
//! character counters against the marketplace's limits, and a scratch box to try a new wording.
//! Files are never written.

use super::super::state::TextField;
use super::super::style::{CellState, hex};
use super::super::{Command, Locale};
use crate::rules::Status;
use crate::rules::content::{has_maker, long_words, mentions_brand};
use crate::rules::profile::Profile;
use crate::text::html::{char_count, paragraphs, visible_text};
use crate::widget::Widget;

/// One measured condition of a text.
struct Condition {
    ok: bool,
    text: String,
}

/// Characters counted as the marketplace counts them, the limit, and the other conditions.
struct Measure {
    chars: usize,
    limit: usize,
    conditions: Vec<Condition>,
}

impl Measure {
    fn ok(&self) -> bool {
        self.chars > 0 && self.chars <= self.limit && self.conditions.iter().all(|c| c.ok)
    }
}

fn measure(field: TextField, text: &str, profile: &Profile, locale: &Locale) -> Measure {
    match field {
        TextField::Name => {
            let name = text.trim();
            let mut conditions = vec![Condition {
                ok: has_maker(name, profile),
                text: locale.f("texts.via", &[("words", &profile.maker_words.join(" / "))]),
            }];
            if let Some(max) = profile.name_word_max {
                let long = long_words(name, profile);
                conditions.push(Condition {
                    ok: long.is_empty(),
                    text: if long.is_empty() {
                        locale.f("texts.words_ok", &[("max", &max)])
                    } else {
                        locale.f("texts.words_long", &[("max", &max), ("words", &long.join(", "))])
                    },
                });
            }
            if let Some(brand) = profile.forbidden_brand {
                conditions.push(Condition {
                    ok: !mentions_brand(name, profile),
                    text: locale.f("texts.brand", &[("brand", &brand)]),
                });
            }
            Measure { chars: char_count(name), limit: profile.name_max, conditions }
        }
        TextField::Teaser => {
            Measure { chars: char_count(text.trim()), limit: profile.teaser_max, conditions: Vec::new() }
        }
        TextField::Description => {
            let n = paragraphs(text).len();
            let max = profile.description_paragraphs_max;
            Measure {
                chars: char_count(&visible_text(text)),
                limit: profile.description_max,
                conditions: vec![Condition {
                    ok: (1..=max).contains(&n),
                    text: locale.f(
                        if n == 1 { "texts.paragraphs_one" } else { "texts.paragraphs" },
                        &[("n", &n), ("max", &max)],
                    ),
                }],
            }
        }
    }
}

/// Width of the text column, the same for every language so they line up.
const TEXT_WIDTH: f32 = 600.0;

const FIELDS: [(TextField, &str, &str); 3] = [
    (TextField::Name, "texts.name", "widget.name"),
    (TextField::Teaser, "texts.teaser", "widget.short_description"),
    (TextField::Description, "texts.description", "widget.description"),
];

pub fn draw(
    ui: &mut egui::Ui,
    widget: &Widget,
    profile: &Profile,
    scratch_field: &mut TextField,
    scratch: &mut String,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.label(locale.f("texts.intro", &[("marketplace", &profile.marketplace.title())]));
        ui.add_space(8.0);
        scratch_box(ui, profile, scratch_field, scratch, locale, out);
        for lang in &widget.languages {
            ui.add_space(12.0);
            ui.heading(locale.f("texts.language", &[("lang", lang)]));
            egui::Grid::new(("texts", lang.as_str())).num_columns(3).spacing([16.0, 8.0]).striped(true).show(
                ui,
                |ui| {
                    for (field, key, manifest_path) in FIELDS {
                        ui.strong(locale.t(key));
                        match widget.text(lang, manifest_path) {
                            Some(text) => {
                                let shown = if field == TextField::Description {
                                    visible_text(&text.value)
                                } else {
                                    text.value.clone()
                                };
                                ui.vertical(|ui| {
                                    ui.set_width(TEXT_WIDTH);
                                    ui.label(shown);
                                    ui.weak(text.location.display());
                                });
                                counter(ui, &measure(field, &text.value, profile, locale), locale);
                            }
                            None => {
                                ui.label(egui::RichText::new(locale.t("texts.missing")).italics());
                                ui.label(CellState::Auto(Status::Fail).text(locale, ui.visuals().dark_mode));
                            }
                        }
                        ui.end_row();
                    }
                },
            );
        }
    });
}

/// "17 / 30" with the conditions below it, coloured by state.
fn counter(ui: &mut egui::Ui, m: &Measure, locale: &Locale) {
    let dark = ui.visuals().dark_mode;
    ui.vertical(|ui| {
        if m.chars == 0 {
            // Nothing typed yet: no verdict.
            ui.weak(locale.f("texts.count", &[("n", &0), ("max", &m.limit)]));
            return;
        }
        let state = CellState::Auto(if m.ok() { Status::Pass } else { Status::Fail });
        let count = locale.f("texts.count", &[("n", &m.chars), ("max", &m.limit)]);
        ui.label(egui::RichText::new(count).color(state.colour(dark)).strong().size(16.0));
        if m.chars > m.limit {
            ui.label(
                egui::RichText::new(locale.f("texts.over", &[("n", &(m.chars - m.limit))])).color(state.colour(dark)),
            );
        }
        for c in &m.conditions {
            let colour = if c.ok {
                hex(if dark { 0x4ADE80 } else { 0x15803D })
            } else {
                hex(if dark { 0xF87171 } else { 0xB91C1C })
            };
            ui.label(egui::RichText::new(format!("{} {}", if c.ok { "✔" } else { "✖" }, c.text)).color(colour));
        }
    });
}

fn scratch_box(
    ui: &mut egui::Ui,
    profile: &Profile,
    field: &mut TextField,
    text: &mut String,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.strong(locale.t("texts.scratch"));
        ui.weak(locale.t("texts.scratch_hint"));
        ui.horizontal(|ui| {
            for (f, key, _) in FIELDS {
                ui.selectable_value(field, f, locale.t(key));
            }
        });
        ui.horizontal(|ui| {
            let rows = if *field == TextField::Description { 5 } else { 1 };
            ui.add(
                egui::TextEdit::multiline(text)
                    .desired_rows(rows)
                    .desired_width((ui.available_width() - 260.0).max(200.0))
                    .hint_text(locale.t("texts.scratch_placeholder")),
            );
            ui.vertical(|ui| {
                counter(ui, &measure(*field, text, profile, locale), locale);
                if ui.add_enabled(!text.is_empty(), egui::Button::new(locale.t("texts.copy"))).clicked() {
                    out.push(Command::Copy(text.clone()));
                }
            });
        });
    });
}
