//! The start screen: open a folder or zip, drop one, reopen a recent widget, or try an example.

use super::super::state::Settings;
use super::super::{Command, Locale};

/// The words for each example of [`crate::examples::EXAMPLES`], in its order.
const EXAMPLE_NAMES: [&str; 2] = ["start.example_clean", "start.example_broken"];

pub fn draw(ui: &mut egui::Ui, settings: &Settings, locale: &Locale, out: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(egui::RichText::new(locale.t("start.title")).size(26.0));
        ui.add_space(6.0);
        ui.label(locale.t("start.subtitle"));
        ui.add_space(24.0);
        ui.horizontal(|ui| {
            let width = 2.0 * 220.0 + ui.spacing().item_spacing.x;
            ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
            let size = egui::vec2(220.0, 40.0);
            if ui.add_sized(size, egui::Button::new(locale.t("start.open_folder"))).clicked() {
                out.push(Command::PickFolder);
            }
            if ui.add_sized(size, egui::Button::new(locale.t("start.open_zip"))).clicked() {
                out.push(Command::PickZip);
            }
        });
        ui.add_space(8.0);
        ui.weak(locale.t("start.drop_hint"));
        ui.add_space(24.0);

        ui.strong(locale.t("start.examples"));
        for (index, key) in EXAMPLE_NAMES.iter().enumerate() {
            if ui.link(locale.t(key)).clicked() {
                out.push(Command::OpenExample(index));
            }
        }
        ui.add_space(16.0);

        if !settings.recent.is_empty() {
            ui.strong(locale.t("start.recent"));
            for path in &settings.recent {
                let exists = path.exists();
                let text = path.display().to_string();
                let response = ui.add_enabled(exists, egui::Link::new(text));
                let response =
                    if exists { response } else { response.on_disabled_hover_text(locale.t("start.recent_missing")) };
                if response.clicked() {
                    out.push(Command::Open(path.clone()));
                }
            }
        }
    });
}
