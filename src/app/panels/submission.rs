//! The review of a submission zip: every change the fix makes — files left out, each with a box
//! to keep it; text files re-encoded; images resized, converted or generated — the check before →
//! after and what is left for the publisher, then the zip written where they choose.

use egui::RichText;

use super::super::state::Submission;
use super::super::{Command, Locale};
use crate::fix::Change;
use crate::msg;
use crate::rules::Status;

pub fn window(ctx: &egui::Context, submission: Option<&Submission>, locale: &Locale, out: &mut Vec<Command>) {
    let Some(submission) = submission else { return };
    let mut open = true;
    egui::Window::new(locale.t("submission.title"))
        .open(&mut open)
        .default_size([760.0, 620.0])
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
}
