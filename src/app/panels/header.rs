//! The header of an open widget: name, version, languages, marketplace, the verdict in words, and
//! the tabs.

use super::super::state::{Session, Settings, Tab};
use super::super::style::hex;
use super::super::{Command, Locale};
use crate::Stage;
use crate::rules::profile::Marketplace;

pub fn draw(
    ui: &mut egui::Ui,
    settings: &Settings,
    current_tab: Tab,
    session: &Session,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.heading(egui::RichText::new(session.title()).strong());
        if let Some(report) = &session.report {
            if let Some(version) = &report.widget.version {
                ui.label(locale.f("header.version", &[("version", version)]));
            }
            if !report.widget.languages.is_empty() {
                ui.label(locale.f("header.languages", &[("languages", &report.widget.languages.join(", "))]));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let current = settings.marketplace();
            for m in Marketplace::ALL.iter().rev() {
                if ui.selectable_label(current == *m, m.title()).clicked() && current != *m {
                    out.push(Command::SetMarketplace(*m));
                }
            }
            ui.label(locale.t("header.marketplace"));
        });
    });
    ui.horizontal(|ui| {
        ui.weak(session.path.display().to_string());
        if session.checking {
            ui.spinner();
            match session.progress {
                Some((Stage::Links, done, total)) if session.links => {
                    ui.weak(locale.f("links.progress", &[("done", &done), ("total", &total)]));
                }
                Some((Stage::Images, done, total)) => {
                    ui.weak(locale.f("images.reading", &[("done", &done), ("total", &total)]));
                }
                _ => {
                    ui.weak(locale.t("header.checking"));
                }
            }
        } else if let Some(took) = session.last_check {
            ui.weak(locale.f("header.checked_in", &[("ms", &took.as_millis())]));
        }
        if session.links && session.checking {
            if ui.button(locale.t("links.cancel")).clicked() {
                out.push(Command::CancelLinks);
            }
        } else if !session.links && session.report.is_some() {
            let button = ui.button(locale.t("links.check")).on_hover_text(locale.t("links.check_hint"));
            if button.clicked() {
                out.push(Command::CheckLinks);
            }
        }
    });
    if let Some(report) = &session.report {
        let v = report.verdict(&session.reviews);
        let dark = ui.visuals().dark_mode;
        let mut parts = vec![match v.problems {
            0 => locale.t("verdict.none"),
            n => locale.f("verdict.fail", &[("n", &n)]),
        }];
        if v.warnings > 0 {
            parts.push(locale.f("verdict.warn", &[("n", &v.warnings)]));
        }
        if v.to_check > 0 {
            parts.push(locale.f("verdict.manual", &[("n", &v.to_check)]));
        }
        if v.checked > 0 {
            parts.push(locale.f("verdict.checked", &[("n", &v.checked)]));
        }
        let colour = match (v.problems, v.warnings + v.to_check) {
            (0, 0) => hex(if dark { 0x4ADE80 } else { 0x15803D }),
            (0, _) => hex(if dark { 0xFBBF24 } else { 0xB45309 }),
            _ => hex(if dark { 0xF87171 } else { 0xB91C1C }),
        };
        ui.add_space(4.0);
        ui.label(egui::RichText::new(parts.join(" · ")).size(18.0).color(colour).strong());
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        for (tab, key) in [
            (Tab::Checklist, "tab.checklist"),
            (Tab::Texts, "tab.texts"),
            (Tab::Languages, "tab.languages"),
            (Tab::Images, "tab.images"),
        ] {
            if ui.selectable_label(current_tab == tab, egui::RichText::new(locale.t(key)).size(15.0)).clicked() {
                out.push(Command::SetTab(tab));
            }
        }
    });
    ui.add_space(4.0);
}

/// Shown while the first check runs, or when the widget cannot be read at all.
pub fn not_ready(ui: &mut egui::Ui, session: &Session, locale: &Locale, out: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        match &session.error {
            Some(reason) => {
                ui.heading(locale.t("open.failed"));
                ui.add_space(8.0);
                ui.label(reason);
                ui.add_space(8.0);
                ui.label(locale.t("open.failed_help"));
                ui.add_space(12.0);
                if ui.button(locale.t("menu.close")).clicked() {
                    out.push(Command::Close);
                }
            }
            None => {
                ui.spinner();
                ui.label(locale.t("header.checking"));
            }
        }
    });
}
