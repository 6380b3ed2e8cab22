//! The start screen: open a folder or zip, drop one, reopen a recent widget, or try an example.

use std::path::PathBuf;

use super::super::state::Settings;
use super::super::{Command, Locale};

/// The bundled examples, when the app runs from its source folder.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("start.example_clean", concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/acme-calendar")),
    ("start.example_broken", concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/broken-widget")),
];

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

        let examples: Vec<_> = EXAMPLES.iter().filter(|(_, p)| std::path::Path::new(p).is_dir()).collect();
        if !examples.is_empty() {
            ui.strong(locale.t("start.examples"));
            for (key, path) in examples {
                if ui.link(locale.t(key)).clicked() {
                    out.push(Command::Open(PathBuf::from(path)));
                }
            }
            ui.add_space(16.0);
        }

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
