//! The Images tab: every branding image at 1:1 pixels inside a frame of the size the marketplace
//! expects, and the slideshow of each language as a gallery (click an image for 1:1). A missing
//! or broken image shows a placeholder with the reason. The words read in an image are boxed
//! over it, in the colour of their verdict.

use egui::{Color32, RichText, Stroke, vec2};

use super::super::state::{ImageSlot, Session};
use super::super::style::CellState;
use super::super::{Command, Locale};
use crate::report::{ImageReading, Report};
use crate::rules::Status;
use crate::rules::images::{BRANDING, DP_LOGO, SLIDE_SIZE, find_branding};
use crate::widget::Widget;
use crate::widget::image::ImageFormat;

pub fn draw(
    ui: &mut egui::Ui,
    session: &Session,
    widget: &Widget,
    report: &Report,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    let dark = ui.visuals().dark_mode;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        // Said once here, not per image: the checklist says it per language.
        if let ImageReading::Missing { packages } = &report.ocr {
            let command = format!("sudo apt install {}", packages.join(" "));
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(locale.t("images.no_reader")).color(ui.visuals().warn_fg_color));
                ui.code(&command);
                if ui.button(locale.t("images.copy_command")).clicked() {
                    out.push(Command::Copy(command.clone()));
                }
            });
            ui.add_space(8.0);
        }
        ui.heading(locale.t("images.branding"));
        ui.label(locale.t("images.branding_intro"));
        let mut logos: Vec<(&str, u32, u32)> = BRANDING.to_vec();
        if widget.has_location("digital_pipeline") {
            logos.push(DP_LOGO);
        }
        // Rows are filled by hand: a group's width is only known once it is drawn, so egui's own
        // wrapping would squeeze the last image of a row instead of moving it down.
        let ppp = ui.ctx().pixels_per_point();
        let spacing = ui.spacing().item_spacing.x + 16.0;
        let mut rows: Vec<Vec<(&str, u32, u32)>> = vec![Vec::new()];
        let mut used = 0.0;
        for logo in logos {
            let width = card_width(logo.1, ppp) + spacing;
            if used + width > ui.available_width() && rows.last().is_some_and(|r| !r.is_empty()) {
                rows.push(Vec::new());
                used = 0.0;
            }
            used += width;
            if let Some(row) = rows.last_mut() {
                row.push(logo);
            }
        }
        for row in rows {
            ui.horizontal_top(|ui| {
                for (name, w, h) in row {
                    ui.group(|ui| {
                        ui.set_width(card_width(w, ppp));
                        ui.vertical(|ui| branding_card(ui, session, widget, report, (name, w, h), locale, dark));
                    });
                }
            });
        }
        ui.add_space(16.0);
        ui.heading(locale.t("images.slideshow"));
        ui.label(locale.f("images.slideshow_intro", &[("size", &format!("{}×{}", SLIDE_SIZE.0, SLIDE_SIZE.1))]));
        for lang in &widget.languages {
            ui.add_space(8.0);
            let slideshow = session.index.results_where(
                report,
                |rule| rule.starts_with("images.slideshow-") || rule == "images.no-foreign-words",
                Some(lang.as_str()),
            );
            let status = slideshow
                .iter()
                .map(|r| r.status)
                .filter(|s| matches!(s, Status::Pass | Status::Fail | Status::Warn))
                .max()
                .unwrap_or(Status::Na);
            ui.horizontal(|ui| {
                ui.strong(locale.f("texts.language", &[("lang", lang)]));
                ui.label(CellState::Auto(status).text(locale, dark));
            });
            for r in slideshow.iter().filter(|r| matches!(r.status, Status::Fail | Status::Warn)) {
                ui.label(RichText::new(&r.message).color(CellState::Auto(r.status).colour(dark)));
            }
            let listed = widget.slides(lang);
            if listed.is_empty() {
                ui.weak(locale.t("images.no_slides"));
                continue;
            }
            let thumb_width = ((ui.available_width() - 24.0) / 3.0).clamp(160.0, 420.0);
            ui.horizontal_wrapped(|ui| {
                for path in &listed {
                    ui.vertical(|ui| {
                        ui.set_width(thumb_width);
                        thumbnail(ui, session, widget, report, path, thumb_width, locale, out);
                        let size = widget
                            .images
                            .get(path)
                            .and_then(|f| f.size)
                            .map_or("?".into(), |(a, b)| format!("{a}×{b}"));
                        ui.weak(format!("{path} · {size}"));
                    });
                }
            });
        }
    });
}

/// The boxes of the words read in an image, over it where it is shown (`shown`, on screen): a
/// line found in another language in the colour of its verdict (the worst, when several
/// languages judged it), the other lines faintly, so a reviewer sees what was read and where.
/// Hovering a box shows its words.
fn word_boxes(ui: &mut egui::Ui, report: &Report, path: &str, shown: egui::Rect) {
    let Some(entry) = report.images.iter().find(|i| i.file == path) else { return };
    let (Some(lines), Some(width), Some(height)) = (&entry.lines, entry.width, entry.height) else { return };
    let dark = ui.visuals().dark_mode;
    let scale = vec2(shown.width() / width.max(1) as f32, shown.height() / height.max(1) as f32);
    for line in lines {
        let status = report
            .results
            .iter()
            .filter(|r| r.rule == "images.no-foreign-words")
            .filter(|r| r.locations.iter().any(|l| l.file == path && l.region == Some(line.region)))
            .map(|r| r.status)
            .max();
        let b = line.region;
        let rect = egui::Rect::from_min_size(
            shown.min + vec2(b.x as f32 * scale.x, b.y as f32 * scale.y),
            vec2(b.width as f32 * scale.x, b.height as f32 * scale.y),
        )
        .expand(2.0);
        let stroke = match status {
            Some(status) => Stroke::new(2.0, CellState::Auto(status).colour(dark)),
            None => Stroke::new(1.0, ui.visuals().selection.stroke.color.gamma_multiply(0.6)),
        };
        ui.painter().rect_stroke(rect, 2.0, stroke, egui::StrokeKind::Outside);
        ui.interact(rect, ui.scope_id().with((path, b.x, b.y)), egui::Sense::hover()).on_hover_text(&line.text);
    }
}

/// Width of a branding image's card: the expected width at 1:1, or enough for its text.
fn card_width(expected_width: u32, ppp: f32) -> f32 {
    (expected_width as f32 / ppp).max(190.0)
}

fn branding_card(
    ui: &mut egui::Ui,
    session: &Session,
    widget: &Widget,
    report: &Report,
    logo: (&str, u32, u32),
    locale: &Locale,
    dark: bool,
) {
    let (name, w, h) = logo;
    ui.strong(name);
    ui.weak(locale.f("images.expected", &[("size", &format!("{w}×{h}"))]));
    let Some((path, facts)) = find_branding(widget, name) else {
        ui.label(CellState::Auto(Status::Fail).text(locale, dark));
        placeholder(ui, vec2(w as f32, h as f32) / ui.ctx().pixels_per_point(), &locale.t("images.missing"));
        return;
    };
    let actual = facts.size.map_or("?".to_string(), |(a, b)| format!("{a}×{b}"));
    let is_png = facts.format == ImageFormat::Png;
    let ok = facts.size == Some((w, h)) && is_png;
    ui.horizontal(|ui| {
        ui.label(locale.f("images.actual", &[("size", &actual), ("kb", &facts.bytes.div_ceil(1024))]));
        ui.label(CellState::Auto(if ok { Status::Pass } else { Status::Fail }).text(locale, dark));
    });
    if !is_png {
        let what = match facts.format {
            ImageFormat::Unknown => locale.t("images.not_an_image"),
            format => locale.f("images.not_png", &[("format", &format.name())]),
        };
        ui.label(RichText::new(what).color(CellState::Auto(Status::Fail).colour(dark)));
    }
    if !path.starts_with("images/") {
        ui.weak(locale.t("images.at_root"));
    }
    ui.weak(&path);
    framed(ui, session, report, &path, (w, h), locale);
}

/// The image at 1:1 inside an outline of the expected size, so a wrong size shows at a glance.
fn framed(ui: &mut egui::Ui, session: &Session, report: &Report, path: &str, expected: (u32, u32), locale: &Locale) {
    let ppp = ui.ctx().pixels_per_point();
    let expected = vec2(expected.0 as f32, expected.1 as f32) / ppp;
    match session.images.get(path) {
        Some(ImageSlot::Ready(texture)) => {
            let actual = texture.size_vec2() / ppp;
            let (rect, _) = ui.allocate_exact_size(expected.max(actual) + vec2(2.0, 2.0), egui::Sense::hover());
            let origin = rect.min + vec2(1.0, 1.0);
            ui.painter().rect_filled(egui::Rect::from_min_size(origin, expected), 0.0, checker(ui));
            let shown = egui::Rect::from_min_size(origin, actual);
            ui.painter().image(
                texture.id(),
                shown,
                egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
                Color32::WHITE,
            );
            word_boxes(ui, report, path, shown);
            let outline = Stroke::new(1.0, ui.visuals().selection.stroke.color);
            ui.painter().rect_stroke(
                egui::Rect::from_min_size(origin, expected),
                0.0,
                outline,
                egui::StrokeKind::Outside,
            );
        }
        Some(ImageSlot::Failed(reason)) => placeholder(ui, expected, &reason.render(locale.lang)),
        Some(ImageSlot::Loading) | None => placeholder(ui, expected, &locale.t("images.loading")),
    }
}

#[allow(clippy::too_many_arguments)]
fn thumbnail(
    ui: &mut egui::Ui,
    session: &Session,
    widget: &Widget,
    report: &Report,
    path: &str,
    width: f32,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    let ratio = SLIDE_SIZE.1 as f32 / SLIDE_SIZE.0 as f32;
    if !widget.images.contains_key(path) {
        placeholder(ui, vec2(width, width * ratio), &locale.t("images.missing"));
        return;
    }
    match session.images.get(path) {
        Some(ImageSlot::Ready(texture)) => {
            let size = texture.size_vec2();
            let shown = vec2(width, width * size.y / size.x.max(1.0));
            let response = ui
                .add(egui::Image::new(egui::load::SizedTexture::new(texture.id(), shown)).sense(egui::Sense::click()))
                .on_hover_text(locale.t("images.click_to_zoom"));
            word_boxes(ui, report, path, response.rect);
            if response.clicked() {
                out.push(Command::Zoom(Some(path.to_string())));
            }
        }
        Some(ImageSlot::Failed(reason)) => placeholder(ui, vec2(width, width * ratio), &reason.render(locale.lang)),
        Some(ImageSlot::Loading) | None => placeholder(ui, vec2(width, width * ratio), &locale.t("images.loading")),
    }
}

/// A grey box with a reason in it.
pub(super) fn placeholder(ui: &mut egui::Ui, size: egui::Vec2, reason: &str) {
    let (rect, _) = ui.allocate_exact_size(size.max(vec2(120.0, 40.0)), egui::Sense::hover());
    let visuals = ui.visuals();
    ui.painter().rect_filled(rect, 4.0, visuals.faint_bg_color);
    ui.painter().rect_stroke(rect, 4.0, visuals.widgets.noninteractive.bg_stroke, egui::StrokeKind::Inside);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        reason,
        egui::FontId::proportional(13.0),
        visuals.weak_text_color(),
    );
}

/// The colour behind images, so transparent parts are visible as such.
pub(super) fn checker(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode { Color32::from_gray(60) } else { Color32::from_gray(225) }
}

/// A window showing one image at 1:1.
pub fn zoom_window(
    ctx: &egui::Context,
    zoomed: Option<&str>,
    session: &Session,
    report: &Report,
    locale: &Locale,
    out: &mut Vec<Command>,
) {
    let Some(path) = zoomed else { return };
    let mut open = true;
    egui::Window::new(RichText::new(path).strong())
        .id(egui::Id::unique("zoom"))
        .open(&mut open)
        .default_size([900.0, 560.0])
        .show(ctx, |ui| {
            egui::ScrollArea::both().show(ui, |ui| match session.images.get(path) {
                Some(ImageSlot::Ready(texture)) => {
                    let size = texture.size_vec2() / ctx.pixels_per_point();
                    let response = ui.image(egui::load::SizedTexture::new(texture.id(), size));
                    word_boxes(ui, report, path, response.rect);
                }
                Some(ImageSlot::Failed(reason)) => {
                    ui.label(reason.render(locale.lang));
                }
                _ => {
                    ui.label(locale.t("images.loading"));
                }
            });
        });
    if !open {
        out.push(Command::Zoom(None));
    }
}
