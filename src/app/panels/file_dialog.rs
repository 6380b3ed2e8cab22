//! The app's own file dialog (see [`crate::app::file_dialog`]): the folder shown, its folders
//! and the files it is for, a name to type when saving, and the buttons to choose or cancel.

use super::super::file_dialog::{FileDialog, Purpose};
use super::super::{Command, Locale};

pub fn window(ctx: &egui::Context, dialog: Option<&mut FileDialog>, locale: &Locale, out: &mut Vec<Command>) {
    let Some(dialog) = dialog else { return };
    let mut open = true;
    egui::Window::new(locale.t(super::super::dialog_title(dialog.purpose)))
        .open(&mut open)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 80.0])
        .default_size([620.0, 460.0])
        .collapsible(false)
        .show(ctx, |ui| body(ui, dialog, locale, out));
    if !open {
        out.push(Command::DialogCancel);
    }
}

fn body(ui: &mut egui::Ui, dialog: &mut FileDialog, locale: &Locale, out: &mut Vec<Command>) {
    ui.set_min_width(560.0);
    ui.weak(locale.t("dialog.no_system"));
    ui.horizontal(|ui| {
        let up = dialog.dir.parent().map(std::path::Path::to_path_buf);
        if ui.add_enabled(up.is_some(), egui::Button::new(locale.t("dialog.up"))).clicked()
            && let Some(up) = up
        {
            out.push(Command::DialogGo(up));
        }
        ui.strong(dialog.dir.display().to_string());
    });
    ui.separator();
    let reserved = if dialog.purpose.saves() { 76.0 } else { 44.0 };
    egui::ScrollArea::vertical().max_height((ui.available_height() - reserved).max(80.0)).show(ui, |ui| {
        if let Some(error) = &dialog.error {
            ui.colored_label(ui.visuals().error_fg_color, locale.f("dialog.unreadable", &[("reason", error)]));
        } else if dialog.entries.is_empty() {
            ui.weak(locale.t("dialog.empty"));
        }
        for entry in &dialog.entries {
            let path = dialog.dir.join(&entry.name);
            let shown = if entry.is_dir { format!("{}/", entry.name) } else { entry.name.clone() };
            if ui.selectable_label(false, shown).clicked() {
                if entry.is_dir {
                    out.push(Command::DialogGo(path));
                } else if dialog.purpose.saves() {
                    dialog.name = entry.name.clone();
                } else {
                    out.push(Command::DialogChoose(path));
                }
            }
        }
    });
    ui.separator();
    if dialog.purpose.saves() {
        ui.horizontal(|ui| {
            let label = ui.label(locale.t("dialog.file_name"));
            ui.add(egui::TextEdit::singleline(&mut dialog.name).desired_width(360.0)).labelled_by(label.id);
        });
        // The system's dialogs ask before replacing a file; this one says so.
        if dialog.chosen().is_some_and(|p| p.exists()) {
            ui.colored_label(ui.visuals().warn_fg_color, locale.t("dialog.replaces"));
        }
    }
    ui.horizontal(|ui| {
        let action = match dialog.purpose {
            Purpose::OpenFolder => Some("dialog.open_this_folder"),
            Purpose::OpenZip => None,
            Purpose::ExportReport | Purpose::WriteSubmission => Some("dialog.save"),
        };
        if let Some(action) = action {
            let chosen = dialog.chosen();
            if ui.add_enabled(chosen.is_some(), egui::Button::new(locale.t(action))).clicked()
                && let Some(path) = chosen
            {
                out.push(Command::DialogChoose(path));
            }
        }
        if ui.button(locale.t("dialog.cancel")).clicked() {
            out.push(Command::DialogCancel);
        }
    });
}
