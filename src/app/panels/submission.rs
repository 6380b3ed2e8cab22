//! The review of a submission zip: every change the fix makes — files left out, each with a box
//! to keep it; text files re-encoded; images resized, converted or generated — the check before →
//! after and what is left for the publisher, then the zip written where they choose.

use egui::RichText;

use super::super::state::{ImageSlot, Submission};
use super::super::{Command, Locale};
use super::images::{checker, placeholder};
use crate::fix::Change;
use crate::msg;
use crate::rules::Status;

pub fn window(ctx: &egui::Context, submission: Option<&Submission>, locale: &Locale, out: &mut Vec<Command>) {
    let Some(submission) = submission else { return };
    let mut open = true;
    egui::Window::new(locale.t("submission.title"))
        .open(&mut open)
        .default_size([920.0, 700.0])
        .collapsible(false)
        .show(ctx, |ui| body(ui, submission, locale, out));
    if !open {
        out.push(Command::CloseSubmission);
    }
}

fn body(ui: &mut egui::Ui, submission: &Submission, locale: &Locale, out: &mut Vec<Command>) {
    let lang = locale.lang;
    if let Some(why) = &submission.error {
        ui.colored_label(ui.visuals().error_fg_color, locale.f("submission.failed", &[("reason", &why.render(lang))]));
    }
    let Some(fixed) = &submission.fixed else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(locale.t("submission.preparing"));
        });
        return;
    };
    let (before, after) = (fixed.before.reviewed_verdict().problems, fixed.after.reviewed_verdict().problems);
    ui.heading(msg!("fix-before-after", before = before, after = after).render(lang));
    ui.label(locale.t("submission.explain"));
    ui.add_space(6.0);
    egui::ScrollArea::vertical().max_height(ui.available_height() - 60.0).show(ui, |ui| {
        ui.strong(msg!("fix-changes", n = fixed.plan.changes.len()).render(lang));
        if fixed.plan.changes.is_empty() {
            ui.label(msg!("fix-no-changes").render(lang));
        }
        for change in &fixed.plan.changes {
            match change {
                Change::LeftOut { path, .. } | Change::Kept { path, .. } => {
                    let mut keep = matches!(change, Change::Kept { .. });
                    let shown =
                        ui.checkbox(&mut keep, change.describe(lang)).on_hover_text(locale.t("submission.keep"));
                    if shown.changed() {
                        out.push(Command::KeepInSubmission { path: path.clone(), keep });
                    }
                }
                Change::Image { path, from, .. } => {
                    ui.label(format!("• {}", change.describe(lang)));
                    if let Some([before, after]) = submission.images.get(path) {
                        ui.horizontal(|ui| {
                            ui.add_space(12.0);
                            preview(ui, before, &locale.f("submission.before", &[("path", from)]), locale);
                            arrow(ui);
                            preview(ui, after, &locale.f("submission.after", &[("path", path)]), locale);
                        });
                    }
                }
                other => {
                    ui.label(format!("• {}", other.describe(lang)));
                }
            }
        }
        ui.add_space(8.0);
        let left: Vec<_> = fixed.after.results.iter().filter(|r| r.status == Status::Fail).collect();
        if left.is_empty() {
            ui.strong(msg!("fix-after-none").render(lang));
        } else {
            ui.strong(msg!("fix-after-left", n = after).render(lang));
            for r in left {
                let language = r.lang.as_ref().map(|l| format!(" [{l}]")).unwrap_or_default();
                ui.label(RichText::new(format!("✖ {}{language}: {}", r.title(lang), r.message)));
            }
        }
    });
    ui.separator();
    ui.horizontal(|ui| {
        if ui.button(locale.t("submission.write")).clicked() {
            out.push(Command::WriteSubmission);
        }
        if let Some(path) = &submission.written {
            let done = locale.f("submission.written", &[("path", &path.display()), ("sha256", &fixed.sha256)]);
            ui.label(RichText::new(done).color(ui.visuals().hyperlink_color));
        }
    });
    if submission.written.is_some() {
        let verdict = fixed.after.reviewed_verdict().sentence(lang);
        ui.strong(locale.f("submission.new_verdict", &[("verdict", &verdict)]));
    }
}

/// One image of a before → after pair: scaled to fit its box, on the checker colour so that
/// transparent padding shows, with a caption above it.
fn preview(ui: &mut egui::Ui, slot: &ImageSlot, caption: &str, locale: &Locale) {
    let space = egui::vec2(PREVIEW.0, PREVIEW.1);
    ui.vertical(|ui| {
        ui.small(caption);
        match slot {
            ImageSlot::Ready(texture) => {
                let size = texture.size_vec2();
                let shown = size * (space.x / size.x).min(space.y / size.y).min(1.0);
                let (rect, _) = ui.allocate_exact_size(shown, egui::Sense::hover());
                ui.painter().rect_filled(rect, 0.0, checker(ui));
                let whole = egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
                ui.painter().image(texture.id(), rect, whole, egui::Color32::WHITE);
                let outline = egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color);
                ui.painter().rect_stroke(rect, 0.0, outline, egui::StrokeKind::Outside);
            }
            ImageSlot::Failed(reason) => placeholder(ui, space * 0.5, &reason.render(locale.lang)),
            ImageSlot::Loading => placeholder(ui, space * 0.5, &locale.t("images.loading")),
        }
    });
}

/// An arrow from the image before to the one after (the app's font has no "→").
fn arrow(ui: &mut egui::Ui) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(32.0, 48.0), egui::Sense::hover());
    let stroke = egui::Stroke::new(2.0, ui.visuals().weak_text_color());
    ui.painter().arrow(rect.left_center() + egui::vec2(6.0, 0.0), egui::vec2(20.0, 0.0), stroke);
}

/// The largest a preview is drawn in the review, in points: two fit side by side.
const PREVIEW: (f32, f32) = (300.0, 156.0);
