//! The panels of the window. Each reads the state and returns what the user asked for.

mod card;
mod checklist;
mod file_dialog;
mod header;
mod images;
mod languages;
mod start;
mod submission;
mod texts;

use super::state::{AppState, Tab, ThemeChoice};
use super::{Command, Locale};
use crate::i18n::Lang;

/// Draws the whole window. Text fields edit the state directly; everything else becomes a command.
pub fn draw(ui: &mut egui::Ui, state: &mut AppState, locale: &Locale) -> Vec<Command> {
    let mut out = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| menu_bar(ui, state, locale, &mut out));
    file_dialog::window(ui.ctx(), state.file_dialog.as_mut(), locale, &mut out);
    if let Some(notice) = &state.notice {
        egui::Panel::bottom("notice").show(ui, |ui| {
            ui.label(egui::RichText::new(notice).color(ui.visuals().warn_fg_color));
        });
    }
    let AppState {
        session,
        tab,
        filter,
        selected,
        note,
        scratch_field,
        scratch,
        card_lang,
        card_dark,
        card_slide,
        zoomed,
        settings,
        submission,
        ..
    } = state;
    let Some(session) = session.as_ref() else {
        egui::CentralPanel::default().show(ui, |ui| start::draw(ui, settings, locale, &mut out));
        return out;
    };
    egui::Panel::top("header").show(ui, |ui| header::draw(ui, settings, *tab, session, locale, &mut out));
    let (Some(report), Some(widget)) = (&session.report, &session.widget) else {
        egui::CentralPanel::default().show(ui, |ui| header::not_ready(ui, session, locale, &mut out));
        return out;
    };
    match tab {
        Tab::Checklist => {
            let view = checklist::View { session, report, filter, selected: selected.as_ref(), note };
            checklist::draw(ui, view, locale, &mut out);
        }
        Tab::Texts => {
            let profile = settings.marketplace().profile();
            let card = card::Preview { session, widget, lang: card_lang, dark: card_dark, slide: card_slide };
            let view = texts::View { report, profile, scratch_field, scratch, card };
            egui::CentralPanel::default().show(ui, |ui| texts::draw(ui, view, locale, &mut out));
        }
        Tab::Languages => {
            egui::CentralPanel::default().show(ui, |ui| languages::draw(ui, widget, report, &session.index, locale));
        }
        Tab::Images => {
            egui::CentralPanel::default().show(ui, |ui| images::draw(ui, session, widget, report, locale, &mut out));
        }
    }
    images::zoom_window(ui.ctx(), zoomed.as_deref(), session, report, locale, &mut out);
    submission::window(ui.ctx(), submission.as_ref(), locale, &mut out);
    out
}

fn menu_bar(ui: &mut egui::Ui, state: &AppState, locale: &Locale, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.strong("amo-preflight");
        ui.separator();
        if ui.button(locale.t("start.open_folder")).on_hover_text("Ctrl+O").clicked() {
            out.push(Command::PickFolder);
        }
        if ui.button(locale.t("start.open_zip")).clicked() {
            out.push(Command::PickZip);
        }
        if state.session.is_some() {
            if ui.button(locale.t("menu.recheck")).on_hover_text("Ctrl+R").clicked() {
                out.push(Command::Recheck);
            }
            if ui.button(locale.t("export.button")).on_hover_text("Ctrl+E").clicked() {
                out.push(Command::Export);
            }
            if ui.button(locale.t("submission.button")).clicked() {
                out.push(Command::PrepareSubmission);
            }
            if ui.button(locale.t("menu.close")).clicked() {
                out.push(Command::Close);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let current = state.settings.ui_language.clone();
            let shown = match &current {
                Some(code) => Lang::from_code(code).map_or(code.to_string(), |l| l.name().to_string()),
                None => locale.t("menu.language_system"),
            };
            ui.menu_button(format!("{}: {shown} ⏷", locale.t("menu.language")), |ui| {
                if ui.selectable_label(current.is_none(), locale.t("menu.language_system")).clicked() {
                    out.push(Command::SetUiLanguage(None));
                }
                for lang in Lang::ALL {
                    if ui.selectable_label(current.as_deref() == Some(lang.code()), lang.name()).clicked() {
                        out.push(Command::SetUiLanguage(Some(lang.code().to_string())));
                    }
                }
            });
            let themes = [
                (ThemeChoice::System, "menu.theme_system"),
                (ThemeChoice::Light, "menu.theme_light"),
                (ThemeChoice::Dark, "menu.theme_dark"),
            ];
            let shown =
                themes.iter().find(|(t, _)| *t == state.settings.theme).map_or_else(String::new, |(_, k)| locale.t(k));
            ui.menu_button(format!("{}: {shown} ⏷", locale.t("menu.theme")), |ui| {
                for (theme, key) in themes {
                    if ui.selectable_label(state.settings.theme == theme, locale.t(key)).clicked() {
                        out.push(Command::SetTheme(theme));
                    }
                }
            });
        });
    });
}
