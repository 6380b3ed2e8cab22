//! The checklist: the marketplace checklist's sections, one row per rule, one column per language
//! for per-language rules; filters and search; the selected item's details on the right. Cells are
//! looked up in the session's result index, built once per report.

use egui::RichText;

use super::super::state::{Filter, Item, Session};
use super::super::style::CellState;
use super::super::{Command, Locale};
use crate::report::{Report, ResultEntry};
use crate::review::Verdict;
use crate::rules::Status;
use crate::rules::catalogue::{self, Field, Rule, Section};
use crate::text::links::{self, LinkKind};

/// Width of the checklist's first column, and of each state column.
const TITLE_WIDTH: f32 = 330.0;
const CELL_WIDTH: f32 = 118.0;

/// What the checklist draws from, and the fields it edits.
pub struct View<'a> {
    pub session: &'a Session,
    pub report: &'a Report,
    pub filter: &'a mut Filter,
    pub selected: Option<&'a Item>,
    pub note: &'a mut String,
}

pub fn draw(ui: &mut egui::Ui, view: View, locale: &Locale, out: &mut Vec<Command>) {
    let View { session, report, filter, selected, note } = view;
    egui::Panel::right("details").resizable(true).default_size(420.0).min_size(300.0).show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| match selected {
            Some(item) => details(ui, session, report, item, note, locale, out),
            None => {
                ui.add_space(20.0);
                ui.weak(locale.t("details.none"));
            }
        });
    });
    egui::CentralPanel::default().show(ui, |ui| {
        filters(ui, report, filter, locale);
        ui.separator();
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let mut shown = 0;
            for section in Section::ALL {
                shown += draw_section(ui, section, session, report, filter, selected, locale, out);
            }
            if shown == 0 {
                ui.add_space(20.0);
                ui.weak(locale.t("checklist.nothing_matches"));
            }
        });
    });
}

fn filters(ui: &mut egui::Ui, report: &Report, filter: &mut Filter, locale: &Locale) {
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut filter.problems_only, locale.t("filter.problems"));
        ui.checkbox(&mut filter.manual_only, locale.t("filter.manual"));
        let all = locale.t("filter.all_languages");
        let shown = filter.language.clone().unwrap_or_else(|| all.to_string());
        ui.menu_button(format!("{}: {shown} ⏷", locale.t("filter.language")), |ui| {
            ui.selectable_value(&mut filter.language, None, all);
            for lang in &report.widget.languages {
                ui.selectable_value(&mut filter.language, Some(lang.clone()), lang);
            }
        });
        ui.add(
            egui::TextEdit::singleline(&mut filter.search).hint_text(locale.t("filter.search")).desired_width(220.0),
        );
        if !filter.search.is_empty() && ui.small_button("✖").on_hover_text(locale.t("filter.clear")).clicked() {
            filter.search.clear();
        }
    });
}

/// The state of one cell, with the reviewer's decision taken in.
fn cell_state(session: &Session, rule: &str, lang: Option<&str>, status: Status) -> CellState {
    CellState::new(status, session.reviews.get(rule, lang).map(|d| d.verdict))
}

/// Whether a cell passes the problem / manual filters.
fn cell_wanted(filter: &Filter, state: CellState) -> bool {
    let problem = matches!(state, CellState::Auto(Status::Fail | Status::Warn) | CellState::Reviewed(Verdict::Failed));
    let manual = matches!(state, CellState::Auto(Status::Manual) | CellState::Reviewed(_));
    let any_filter = filter.problems_only || filter.manual_only;
    !any_filter || (filter.problems_only && problem) || (filter.manual_only && manual)
}

fn matches_search(filter: &Filter, rule: &Rule, session: &Session, report: &Report, locale: &Locale) -> bool {
    let needle = filter.search.trim().to_lowercase();
    if needle.is_empty() {
        return true;
    }
    let title = rule_title(rule, locale).to_lowercase();
    rule.id.as_str().contains(&needle)
        || rule.title.to_lowercase().contains(&needle)
        || title.contains(&needle)
        || session.index.rule_results(report, rule.id.as_str()).any(|r| r.message.to_lowercase().contains(&needle))
}

#[allow(clippy::too_many_arguments)] // one section of one view; grouping these would only rename them
fn draw_section(
    ui: &mut egui::Ui,
    section: Section,
    session: &Session,
    report: &Report,
    filter: &Filter,
    selected: Option<&Item>,
    locale: &Locale,
    out: &mut Vec<Command>,
) -> usize {
    let languages: Vec<&String> =
        report.widget.languages.iter().filter(|l| filter.language.as_ref().is_none_or(|f| f == *l)).collect();
    let rules: Vec<&Rule> = catalogue::RULES
        .iter()
        .filter(|r| r.section == section && session.index.has_rule(r.id.as_str()))
        .filter(|r| matches_search(filter, r, session, report, locale))
        .filter(|r| {
            let cells: Vec<Option<&str>> =
                if r.per_language { languages.iter().map(|l| Some(l.as_str())).collect() } else { vec![None] };
            cells.into_iter().any(|lang| {
                session
                    .index
                    .worst(r.id.as_str(), lang)
                    .is_some_and(|s| cell_wanted(filter, cell_state(session, r.id.as_str(), lang, s)))
            })
        })
        .collect();
    if rules.is_empty() {
        return 0;
    }
    ui.add_space(10.0);
    ui.heading(locale.t(&format!("section.{}", section.id())));
    let dark = ui.visuals().dark_mode;
    // Fixed column widths keep the sections' columns aligned with each other.
    egui::Grid::new(("checklist", section.id())).striped(true).spacing([14.0, 6.0]).min_col_width(CELL_WIDTH).show(
        ui,
        |ui| {
            ui.scope(|ui| {
                ui.set_min_width(TITLE_WIDTH);
                ui.weak(locale.t("checklist.item"));
            });
            ui.weak(locale.t("checklist.widget"));
            for lang in &languages {
                ui.weak(lang.as_str());
            }
            ui.end_row();
            for rule in &rules {
                let title = rule_title(rule, locale);
                ui.scope(|ui| {
                    ui.set_max_width(TITLE_WIDTH);
                    ui.add(egui::Label::new(&title).wrap()).on_hover_text(rule.id.as_str());
                });
                let mut cell = |ui: &mut egui::Ui, lang: Option<&str>| {
                    let Some(status) = session.index.worst(rule.id.as_str(), lang) else {
                        ui.label("");
                        return;
                    };
                    let state = cell_state(session, rule.id.as_str(), lang, status);
                    let is_selected = selected.is_some_and(|s| s.rule == rule.id.as_str() && s.lang.as_deref() == lang);
                    let response = ui.selectable_label(is_selected, state.text(locale, dark));
                    let where_ = lang.map_or_else(|| locale.t("checklist.widget"), str::to_string);
                    let name = format!("{title} — {where_}: {}", state.label(locale));
                    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, is_selected, &name));
                    if response.clicked() {
                        out.push(Command::Select(Item { rule: rule.id.to_string(), lang: lang.map(str::to_string) }));
                    }
                };
                if rule.per_language {
                    ui.label("");
                    for lang in &languages {
                        cell(ui, Some(lang.as_str()));
                    }
                } else {
                    cell(ui, None);
                    for _ in &languages {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        },
    );
    rules.len()
}

/// A rule's title in the app's language.
pub fn rule_title(rule: &Rule, locale: &Locale) -> String {
    rule.text(Field::Title, locale.lang)
}

fn details(
    ui: &mut egui::Ui,
    session: &Session,
    report: &Report,
    item: &Item,
    note: &mut String,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    let Some(rule) = catalogue::rule(&item.rule) else { return };
    let results: Vec<&ResultEntry> = session.index.cell_results(report, &item.rule, item.lang.as_deref()).collect();
    let dark = ui.visuals().dark_mode;
    ui.add_space(8.0);
    ui.heading(rule_title(rule, locale));
    ui.horizontal(|ui| {
        ui.weak(rule.id.as_str());
        if let Some(lang) = &item.lang {
            ui.weak(locale.f("details.language", &[("lang", lang)]));
        }
    });
    let Some(status) = results.iter().map(|r| r.status).max() else {
        ui.weak(locale.t("details.gone"));
        return;
    };
    let decision = session.reviews.get(&item.rule, item.lang.as_deref());
    ui.label(CellState::new(status, decision.map(|d| d.verdict)).text(locale, dark).size(16.0));
    if let Some(d) = decision.filter(|d| !d.note.is_empty()) {
        ui.label(locale.f("review.saved_note", &[("note", &d.note)]));
    }
    for result in &results {
        ui.add_space(8.0);
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            if results.len() > 1 {
                ui.label(CellState::Auto(result.status).text(locale, dark));
            }
            ui.label(&result.message);
            for location in &result.locations {
                location_row(ui, session, location, locale, out);
            }
            if !result.evidence.is_empty() {
                ui.add_space(4.0);
                ui.strong(locale.t("details.evidence"));
                for e in &result.evidence {
                    ui.horizontal_wrapped(|ui| {
                        ui.weak(format!("{}:", e.label));
                        ui.label(&e.value);
                        if let Some(at) = &e.location {
                            ui.weak(at.display());
                        }
                    });
                }
            }
        });
    }
    if let Some(help) = results.iter().find(|r| r.status == status).map(|r| r.help.as_str())
        && status != Status::Pass
        && status != Status::Na
    {
        ui.add_space(8.0);
        ui.strong(locale.t("details.what_to_do"));
        ui.label(help);
    }
    explanation(ui, rule, locale);
    if status == Status::Manual {
        // Until the saved decisions are read, a decision made here could not keep them.
        ui.add_enabled_ui(session.reviews_loaded, |ui| {
            review_controls(ui, item, decision.map(|d| d.verdict), note, locale, out);
        });
    }
}

/// Why the marketplace asks for the rule, an example of a violation and its fix, and where the
/// rule comes from.
fn explanation(ui: &mut egui::Ui, rule: &Rule, locale: &Locale) {
    ui.add_space(8.0);
    let text = |field| rule.text(field, locale.lang);
    ui.strong(locale.t("details.why"));
    ui.label(text(Field::Why));
    ui.add_space(4.0);
    ui.weak(locale.t("details.example"));
    ui.label(RichText::new(text(Field::Bad)).monospace());
    ui.weak(locale.t("details.instead"));
    ui.label(RichText::new(text(Field::Good)).monospace());
    ui.add_space(4.0);
    ui.weak(locale.t("details.source"));
    let source = text(Field::Source);
    ui.label(&source);
    // The pages it cites, to open and show a moderator.
    for link in links::find(&source).into_iter().filter(|l| l.kind == LinkKind::Web) {
        ui.hyperlink(link.url);
    }
}

fn location_row(
    ui: &mut egui::Ui,
    session: &Session,
    location: &crate::location::Location,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.monospace(location.display());
        let on_disk = session.path.is_dir().then(|| session.path.join(&location.file)).filter(|p| p.exists());
        let button = ui.add_enabled(on_disk.is_some(), egui::Button::new(locale.t("details.open_file")).small());
        let button = button.on_disabled_hover_text(locale.t("details.open_file_zip"));
        if button.clicked()
            && let Some(path) = on_disk
        {
            out.push(Command::OpenInSystem(path));
        }
    });
    if let Some(snippet) = &location.snippet {
        ui.label(RichText::new(snippet).monospace().weak());
    }
}

fn review_controls(
    ui: &mut egui::Ui,
    item: &Item,
    decision: Option<Verdict>,
    note: &mut String,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    ui.add_space(10.0);
    ui.separator();
    ui.strong(locale.t("review.title"));
    ui.label(locale.t("review.explain"));
    ui.add(
        egui::TextEdit::multiline(note)
            .hint_text(locale.t("review.note_hint"))
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    );
    ui.horizontal(|ui| {
        let decide = |verdict| Command::Decide { item: item.clone(), verdict, note: note.clone() };
        if ui.button(locale.t("review.mark_passed")).clicked() {
            out.push(decide(Some(Verdict::Passed)));
        }
        if ui.button(locale.t("review.mark_failed")).clicked() {
            out.push(decide(Some(Verdict::Failed)));
        }
        if decision.is_some() && ui.button(locale.t("review.clear")).clicked() {
            out.push(decide(None));
        }
    });
}
