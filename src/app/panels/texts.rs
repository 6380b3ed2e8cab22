//! The Texts tab, for marketing: name, teaser and description of every language with live
//! character counters against the marketplace's limits, and a scratch box to try a new wording.
//! Files are never written.

use super::super::style::{CellState, hex};
use super::super::{Command, Locale};
use super::card;
use crate::fix::wording::Wording;
use crate::report::Report;
use crate::rules::Status;
use crate::rules::listing::{self, Condition, Listing, Measured};
use crate::rules::profile::Profile;
use crate::text::html::visible_text;

/// A condition in the app's words.
fn condition_text(c: &Condition, profile: &Profile, locale: &Locale) -> String {
    match c {
        Condition::Maker(_) => locale.f("texts.via", &[("words", &profile.maker_words.join(" / "))]),
        Condition::WordLength { max, long } if long.is_empty() => locale.f("texts.words_ok", &[("max", max)]),
        Condition::WordLength { max, long } => {
            locale.f("texts.words_long", &[("max", max), ("words", &long.join(", "))])
        }
        Condition::Brand { brand, .. } => locale.f("texts.brand", &[("brand", brand)]),
        Condition::Paragraphs { n, max } => locale.f("texts.paragraphs", &[("n", n), ("max", max)]),
    }
}

/// Width of the text column, the same for every language so they line up.
const TEXT_WIDTH: f32 = 600.0;

/// The listing texts with the word the app calls them.
const FIELDS: [(Listing, &str); 3] =
    [(Listing::Name, "texts.name"), (Listing::Teaser, "texts.teaser"), (Listing::Description, "texts.description")];

/// What the Texts tab draws from, and the fields it edits.
pub struct View<'a> {
    pub report: &'a Report,
    pub profile: &'a Profile,
    pub scratch_field: &'a mut Listing,
    pub scratch: &'a mut String,
    pub card: card::Preview<'a>,
}

/// The tab: the scratch box, the marketplace card preview with what is typed there, then each
/// language's listing texts with the verdict the check gave them (characters against the limit)
/// and the conditions on them.
pub fn draw(ui: &mut egui::Ui, view: View, locale: &Locale, out: &mut Vec<Command>) {
    let View { report, profile, scratch_field, scratch, card } = view;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.label(locale.f("texts.intro", &[("marketplace", &profile.marketplace.title())]));
        ui.add_space(8.0);
        scratch_box(ui, profile, &report.widget.languages, scratch_field, scratch, locale, out);
        ui.add_space(12.0);
        card::draw(ui, card, report, profile, (*scratch_field, scratch), locale);
        for lang in &report.widget.languages {
            ui.add_space(12.0);
            ui.heading(locale.f("texts.language", &[("lang", lang)]));
            egui::Grid::new(("texts", lang.as_str())).num_columns(3).spacing([16.0, 8.0]).striped(true).show(
                ui,
                |ui| {
                    for (field, key) in FIELDS {
                        ui.strong(locale.t(key));
                        let verdict = report.texts.listing(field, lang);
                        match verdict.and_then(|v| Some((v, v.text()?))) {
                            Some((verdict, value)) => {
                                let shown =
                                    if field == Listing::Description { visible_text(value) } else { value.to_string() };
                                ui.vertical(|ui| {
                                    ui.set_width(TEXT_WIDTH);
                                    ui.label(shown);
                                    if let Some(at) = &verdict.location {
                                        ui.weak(at.display());
                                    }
                                });
                                let measured = Measured {
                                    chars: verdict.chars,
                                    limit: field.limit(profile),
                                    conditions: listing::conditions(field, value, profile),
                                };
                                counter(ui, &measured, profile, locale);
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
fn counter(ui: &mut egui::Ui, m: &Measured, profile: &Profile, locale: &Locale) {
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
            let colour = if c.ok() {
                hex(if dark { 0x4ADE80 } else { 0x15803D })
            } else {
                hex(if dark { 0xF87171 } else { 0xB91C1C })
            };
            let text = condition_text(c, profile, locale);
            ui.label(egui::RichText::new(format!("{} {text}", if c.ok() { "✔" } else { "✖" })).color(colour));
        }
    });
}

fn scratch_box(
    ui: &mut egui::Ui,
    profile: &Profile,
    languages: &[String],
    field: &mut Listing,
    text: &mut String,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.strong(locale.t("texts.scratch"));
        ui.weak(locale.t("texts.scratch_hint"));
        ui.horizontal(|ui| {
            for (f, key) in FIELDS {
                ui.selectable_value(field, f, locale.t(key));
            }
        });
        ui.horizontal(|ui| {
            let rows = if *field == Listing::Description { 5 } else { 1 };
            ui.add(
                egui::TextEdit::multiline(text)
                    .desired_rows(rows)
                    .desired_width((ui.available_width() - 260.0).max(200.0))
                    .hint_text(locale.t("texts.scratch_placeholder")),
            );
            ui.vertical(|ui| {
                counter(ui, &listing::measure(*field, text, profile), profile, locale);
                if ui.add_enabled(!text.is_empty(), egui::Button::new(locale.t("texts.copy"))).clicked() {
                    out.push(Command::Copy(text.clone()));
                }
                // The wording goes into that language's file of the submission zip.
                for lang in languages {
                    let button = egui::Button::new(locale.f("texts.use_for", &[("lang", lang)]));
                    if ui.add_enabled(!text.is_empty(), button).on_hover_text(locale.t("texts.use_hint")).clicked() {
                        let wording = Wording { lang: lang.clone(), listing: *field, text: text.clone() };
                        out.push(Command::UseWording(wording));
                    }
                }
            });
        });
    });
}
