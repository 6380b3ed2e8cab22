//! The marketplace card preview, below the Texts tab's scratch box: the widget as the
//! marketplace's catalogue lists it (logo_main, name, teaser) and the screen a user sees before
//! installing it (slideshow, tour description, description), in one of its languages and in the
//! marketplace's light or dark colours — with the wording being typed in place of the widget's.
//!
//! The marketplace does not document its catalogue's layout: the card's width, fonts and where
//! it cuts the name and the teaser are our approximation of its page, and the preview says so.
//! What is exact is the character limit: its form takes no more, so a longer text is shown cut
//! there whatever the width.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Galley, RichText, Stroke, Vec2, vec2};

use super::super::Locale;
use super::super::state::{ImageSlot, Session};
use super::super::style::{CellState, hex};
use super::images::placeholder;
use crate::fix::wording::Wording;
use crate::report::Report;
use crate::rules::Status;
use crate::rules::images::{BRANDING, SLIDE_SIZE, find_branding};
use crate::rules::listing::Listing;
use crate::rules::profile::Profile;
use crate::text::html::paragraphs;
use crate::widget::Widget;

/// The branding image a catalogue card shows.
const LOGO_MAIN: &str = "logo_main.png";
/// A catalogue card's width, in points: logo_main (400×272) scaled down, as the catalogue shows
/// several cards in a row. Our approximation, like the rows below and the fonts: the name is cut
/// where it leaves this width, the teaser after its third row.
const CARD_WIDTH: f32 = 260.0;
/// Space inside a card or the install screen, around what it shows.
const PADDING: f32 = 12.0;
/// The rows of teaser a card shows before cutting it.
const TEASER_ROWS: usize = 3;
/// The widest a slide is shown on the install screen, in points.
const SLIDE_WIDTH: f32 = 600.0;
/// The logo beside the name on the install screen, in points.
const INSTALL_LOGO_WIDTH: f32 = 120.0;
/// Space between the card and the install screen when they stand side by side.
const GAP: f32 = 24.0;
/// How far apart a bold text's two drawings are (see [`text_block`]).
const BOLD_OFFSET: f32 = 0.6;

/// What the preview draws from, and the choices of its own it edits.
pub struct Preview<'a> {
    pub session: &'a Session,
    pub widget: &'a Widget,
    /// The language chosen (see [`previewed`]).
    pub lang: &'a mut Option<String>,
    /// The marketplace's dark theme rather than its light one.
    pub dark: &'a mut bool,
    /// The slide shown, counted from 0.
    pub slide: &'a mut usize,
}

/// Where a previewed text comes from, in the order they are preferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The scratch box, while it holds something.
    Scratch,
    /// A wording chosen with "Use for <lang>" for the submission zip.
    Wording,
    /// The widget's own text.
    Widget,
}

/// The text the preview shows for a listing text in a language, and where it comes from: the
/// scratch box's while it holds this text's new wording (it is typed for whichever language is
/// previewed), else a wording chosen for this language, else the widget's own; `None` when there
/// is none of them.
pub fn chosen<'a>(
    field: Listing,
    lang: &str,
    scratch: (Listing, &'a str),
    wordings: &'a [Wording],
    own: Option<&'a str>,
) -> Option<(&'a str, Source)> {
    // Blanks only would show an empty card: the box counts as empty then.
    if scratch.0 == field && !scratch.1.trim().is_empty() {
        return Some((scratch.1, Source::Scratch));
    }
    if let Some(w) = wordings.iter().find(|w| w.listing == field && w.lang == lang) {
        return Some((w.text.as_str(), Source::Wording));
    }
    own.map(|text| (text, Source::Widget))
}

/// A name or teaser as the marketplace's form keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limited {
    /// The trimmed text; over the limit, its first `limit` characters and "…".
    pub text: String,
    /// The limit, when the text was cut at it.
    pub cut_at: Option<usize>,
}

/// Cuts a name or teaser at the marketplace's character limit, counted as the check counts it
/// ([`Listing::chars`]), marking the cut with "…".
pub fn cut_at_limit(field: Listing, text: &str, limit: usize) -> Limited {
    let text = text.trim();
    if field.chars(text) <= limit {
        return Limited { text: text.to_string(), cut_at: None };
    }
    let kept: String = text.chars().take(limit).collect();
    Limited { text: format!("{}…", kept.trim_end()), cut_at: Some(limit) }
}

/// The language previewed: the one chosen while the widget has it, else the widget's first.
pub fn previewed<'a>(chosen: Option<&str>, languages: &'a [String]) -> Option<&'a str> {
    languages.iter().find(|l| Some(l.as_str()) == chosen).or(languages.first()).map(String::as_str)
}

/// The size an image of `size` is drawn at to fit inside `room`, keeping its proportions.
pub fn fit(size: Vec2, room: Vec2) -> Vec2 {
    let scale = (room.x / size.x.max(1.0)).min(room.y / size.y.max(1.0));
    size * scale
}

/// The text a laid-out galley shows: its glyphs row after row, with the "…" where it was cut.
/// egui keeps every glyph of a wrapped text in some row, so nothing else is lost.
pub fn shown_text(galley: &Galley) -> String {
    galley.rows.iter().flat_map(|r| r.row.glyphs.iter().map(|g| g.chr)).collect()
}

/// The marketplace's colours in one theme: the page, a card on it, a card's border, an empty
/// image's box, and text. They are fixed, whatever the app's own theme.
struct Palette {
    dark: bool,
    page: Color32,
    card: Color32,
    border: Color32,
    empty: Color32,
    text: Color32,
    weak: Color32,
}

impl Palette {
    fn of(dark: bool) -> Palette {
        if dark {
            Palette {
                dark,
                page: hex(0x111418),
                card: hex(0x1F2329),
                border: hex(0x343A42),
                empty: hex(0x2A2F36),
                text: hex(0xE8EAED),
                weak: hex(0x9AA3AE),
            }
        } else {
            Palette {
                dark,
                page: hex(0xF0F2F5),
                card: hex(0xFFFFFF),
                border: hex(0xDCE0E5),
                empty: hex(0xF3F4F6),
                text: hex(0x1F2933),
                weak: hex(0x6B7785),
            }
        }
    }

    /// Makes `ui` and what is drawn in it use these colours: text, weak text, buttons and the
    /// Images tab's placeholders.
    fn apply(&self, ui: &mut egui::Ui) {
        let mut visuals = if self.dark { egui::Visuals::dark() } else { egui::Visuals::light() };
        visuals.widgets.noninteractive.fg_stroke.color = self.text;
        visuals.widgets.noninteractive.bg_stroke.color = self.border;
        visuals.weak_text_color = Some(self.weak);
        visuals.faint_bg_color = self.empty;
        *ui.visuals_mut() = visuals;
    }

    /// A frame of these colours: the page, or a card on it.
    fn frame(&self, card: bool) -> egui::Frame {
        let frame = egui::Frame::new().inner_margin(PADDING).corner_radius(8);
        if card { frame.fill(self.card).stroke(Stroke::new(1.0, self.border)) } else { frame.fill(self.page) }
    }
}

/// The texts previewed in one language.
struct Texts {
    name: Option<Limited>,
    teaser: Option<Limited>,
    /// The description's paragraphs, as visible text.
    description: Vec<String>,
    tour: Vec<String>,
    /// Where the name, teaser and description come from.
    sources: Vec<Source>,
}

impl Texts {
    fn of(
        report: &Report,
        widget: &Widget,
        profile: &Profile,
        lang: &str,
        scratch: (Listing, &str),
        wordings: &[Wording],
    ) -> Texts {
        let mut sources = Vec::new();
        let mut text = |field: Listing| {
            let own = report.texts.listing(field, lang).and_then(|v| v.text());
            let (text, source) = chosen(field, lang, scratch, wordings, own)?;
            sources.push(source);
            Some(text)
        };
        let name = text(Listing::Name).map(|t| cut_at_limit(Listing::Name, t, Listing::Name.limit(profile)));
        let teaser = text(Listing::Teaser).map(|t| cut_at_limit(Listing::Teaser, t, Listing::Teaser.limit(profile)));
        let description = text(Listing::Description).map(paragraphs).unwrap_or_default();
        let tour = widget.text(lang, "tour.tour_description").map(|t| paragraphs(&t.value)).unwrap_or_default();
        Texts { name, teaser, description, tour, sources }
    }
}

/// The section: its heading, the language and theme to show, the card and the install screen.
pub fn draw(
    ui: &mut egui::Ui,
    preview: Preview,
    report: &Report,
    profile: &Profile,
    scratch: (Listing, &str),
    locale: &Locale,
) {
    let Preview { session, widget, lang, dark, slide } = preview;
    ui.heading(locale.t("card.heading"));
    let languages = &report.widget.languages;
    let Some(shown) = previewed(lang.as_deref(), languages).map(str::to_string) else {
        ui.weak(locale.t("card.no_language"));
        return;
    };
    ui.horizontal(|ui| {
        ui.label(locale.t("card.language"));
        for l in languages {
            if ui.selectable_label(*l == shown, l).clicked() {
                *lang = Some(l.clone());
                *slide = 0;
            }
        }
        ui.separator();
        ui.selectable_value(dark, false, locale.t("card.light"));
        ui.selectable_value(dark, true, locale.t("card.dark"));
    });
    let texts = Texts::of(report, widget, profile, &shown, scratch, &session.wordings);
    if texts.sources.contains(&Source::Scratch) {
        ui.weak(locale.t("card.scratch"));
    } else if texts.sources.contains(&Source::Wording) {
        ui.weak(locale.f("card.wording", &[("lang", &shown)]));
    }
    let palette = Palette::of(*dark);
    let install_width = (ui.available_width() - 2.0 * PADDING).min(SLIDE_WIDTH + 2.0 * PADDING);
    let side_by_side = ui.available_width() >= CARD_WIDTH + GAP + install_width + 4.0 * PADDING;
    palette.frame(false).show(ui, |ui| {
        palette.apply(ui);
        let mut both = |ui: &mut egui::Ui| {
            ui.vertical(|ui| catalogue(ui, session, widget, &texts, &palette, locale));
            ui.add_space(GAP);
            let slides = widget.slides(&shown);
            let view = Install { session, widget, texts: &texts, slides: &slides, width: install_width };
            ui.vertical(|ui| install(ui, view, slide, &palette, locale));
        };
        if side_by_side {
            ui.horizontal_top(both);
        } else {
            both(ui);
        }
    });
    ui.weak(locale.t("card.approximation"));
}

/// The card as the catalogue lists it: logo_main, the name on one row and the teaser on at most
/// three, each cut with "…" where it does not fit; below it, what was cut at the limit.
fn catalogue(ui: &mut egui::Ui, session: &Session, widget: &Widget, texts: &Texts, palette: &Palette, locale: &Locale) {
    // What is said under the card wraps at its width, rather than pushing the install screen.
    ui.set_max_width(CARD_WIDTH);
    ui.weak(locale.t("card.catalogue"));
    let inner = CARD_WIDTH - 2.0 * PADDING;
    palette.frame(true).show(ui, |ui| {
        ui.set_width(inner);
        let path = find_branding(widget, LOGO_MAIN).map(|(path, _)| path);
        picture(ui, session, widget, path.as_deref(), logo_room(inner), locale);
        ui.add_space(8.0);
        let name = FontId::proportional(15.0);
        listing_text(ui, texts.name.as_ref(), name, palette.text, (inner, 1), true, locale);
        let teaser = FontId::proportional(13.0);
        listing_text(ui, texts.teaser.as_ref(), teaser, palette.weak, (inner, TEASER_ROWS), false, locale);
    });
    let cut = CellState::Auto(Status::Fail).colour(palette.dark);
    if let Some(n) = texts.name.as_ref().and_then(|t| t.cut_at) {
        ui.label(RichText::new(locale.f("card.name_cut", &[("n", &n)])).color(cut).small());
    }
    if let Some(n) = texts.teaser.as_ref().and_then(|t| t.cut_at) {
        ui.label(RichText::new(locale.f("card.teaser_cut", &[("n", &n)])).color(cut).small());
    }
}

/// The room logo_main is drawn in, `width` wide: its expected proportions.
fn logo_room(width: f32) -> Vec2 {
    let (w, h) = BRANDING.iter().find(|b| b.0 == LOGO_MAIN).map_or((1, 1), |&(_, w, h)| (w, h));
    vec2(width, width * h as f32 / w as f32)
}

/// What the install screen draws from.
struct Install<'a> {
    session: &'a Session,
    widget: &'a Widget,
    texts: &'a Texts,
    slides: &'a [String],
    /// Its width, with its padding.
    width: f32,
}

/// The screen a user sees before installing: logo, name and teaser at the top, then the
/// slideshow one slide at a time, the tour description under it, and the description.
fn install(ui: &mut egui::Ui, view: Install, slide: &mut usize, palette: &Palette, locale: &Locale) {
    let Install { session, widget, texts, slides, width } = view;
    ui.weak(locale.t("card.install"));
    let inner = width - 2.0 * PADDING;
    palette.frame(true).show(ui, |ui| {
        ui.set_width(inner);
        ui.horizontal_top(|ui| {
            let path = find_branding(widget, LOGO_MAIN).map(|(path, _)| path);
            picture(ui, session, widget, path.as_deref(), logo_room(INSTALL_LOGO_WIDTH), locale);
            ui.vertical(|ui| {
                let beside = ui.available_width();
                let name = FontId::proportional(20.0);
                listing_text(ui, texts.name.as_ref(), name, palette.text, (beside, usize::MAX), true, locale);
                let teaser = FontId::proportional(14.0);
                listing_text(ui, texts.teaser.as_ref(), teaser, palette.weak, (beside, usize::MAX), false, locale);
            });
        });
        ui.add_space(PADDING);
        carousel(ui, session, widget, slides, slide, inner, locale);
        ui.add_space(8.0);
        paragraphs_or_missing(ui, &texts.tour, palette.weak, locale);
        ui.add_space(8.0);
        paragraphs_or_missing(ui, &texts.description, palette.text, locale);
    });
}

/// The slideshow: one slide scaled to `width`, with buttons to the previous and next ones and
/// which one it is ("2 / 4").
fn carousel(
    ui: &mut egui::Ui,
    session: &Session,
    widget: &Widget,
    slides: &[String],
    slide: &mut usize,
    width: f32,
    locale: &Locale,
) {
    let room = vec2(width, width * SLIDE_SIZE.1 as f32 / SLIDE_SIZE.0 as f32);
    if slides.is_empty() {
        placeholder(ui, room, &locale.t("images.no_slides"));
        return;
    }
    // Another language, or the manifest changed, may list fewer slides than the one chosen.
    *slide = (*slide).min(slides.len() - 1);
    picture(ui, session, widget, Some(&slides[*slide]), room, locale);
    ui.horizontal(|ui| {
        let previous = ui.add_enabled(*slide > 0, egui::Button::new("<"));
        if previous.on_hover_text(locale.t("card.previous")).clicked() {
            *slide -= 1;
        }
        ui.label(locale.f("card.slide", &[("n", &(*slide + 1)), ("total", &slides.len())]));
        let next = ui.add_enabled(*slide + 1 < slides.len(), egui::Button::new(">"));
        if next.on_hover_text(locale.t("card.next")).clicked() {
            *slide += 1;
        }
    });
}

/// An image of the widget fitted into `room` and centred there, or the Images tab's placeholder
/// saying why it is not shown. Images are decoded on the worker (see `App::request_previews`).
fn picture(ui: &mut egui::Ui, session: &Session, widget: &Widget, path: Option<&str>, room: Vec2, locale: &Locale) {
    let Some(path) = path.filter(|p| widget.images.contains_key(*p)) else {
        placeholder(ui, room, &locale.t("images.missing"));
        return;
    };
    match session.images.get(path) {
        Some(ImageSlot::Ready(texture)) => {
            let (rect, _) = ui.allocate_exact_size(room, egui::Sense::hover());
            let shown = egui::Rect::from_center_size(rect.center(), fit(texture.size_vec2(), room));
            let whole = egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
            ui.painter().image(texture.id(), shown, whole, Color32::WHITE);
        }
        Some(ImageSlot::Failed(reason)) => placeholder(ui, room, &reason.render(locale.lang)),
        Some(ImageSlot::Loading) | None => placeholder(ui, room, &locale.t("images.loading")),
    }
}

/// A name or teaser in `room` (width, rows), or the italic "missing" when there is none.
fn listing_text(
    ui: &mut egui::Ui,
    text: Option<&Limited>,
    font: FontId,
    colour: Color32,
    room: (f32, usize),
    bold: bool,
    locale: &Locale,
) {
    match text.filter(|t| !t.text.is_empty()) {
        Some(t) => text_block(ui, &t.text, font, colour, room, bold),
        None => missing(ui, locale),
    }
}

/// Paragraphs with space between them, or the italic "missing" when there are none.
fn paragraphs_or_missing(ui: &mut egui::Ui, paragraphs: &[String], colour: Color32, locale: &Locale) {
    if paragraphs.is_empty() {
        missing(ui, locale);
    }
    for (i, p) in paragraphs.iter().enumerate() {
        if i > 0 {
            ui.add_space(6.0);
        }
        ui.label(RichText::new(p).color(colour));
    }
}

fn missing(ui: &mut egui::Ui, locale: &Locale) {
    ui.label(RichText::new(locale.t("texts.missing")).italics().weak());
}

/// A text laid out `room.0` wide on at most `room.1` rows, cut with "…" where it does not fit
/// (a single row is cut mid-word, as a long name is). Its accessible label is what it shows, so
/// a screen reader — and a test — reads the cut text. egui's default fonts have no bold face:
/// a bold text is drawn twice, a hair apart.
fn text_block(ui: &mut egui::Ui, text: &str, font: FontId, colour: Color32, room: (f32, usize), bold: bool) {
    let (width, rows) = room;
    let extra = if bold { BOLD_OFFSET } else { 0.0 };
    let mut job = LayoutJob::single_section(text.to_string(), TextFormat::simple(font, colour));
    let max_width = width - extra;
    job.wrap = TextWrapping { max_width, max_rows: rows, break_anywhere: rows == 1, overflow_character: Some('…') };
    let galley: Arc<Galley> = ui.painter().layout_job(job);
    let shown = shown_text(&galley);
    let (rect, response) = ui.allocate_exact_size(galley.size() + vec2(extra, 0.0), egui::Sense::hover());
    if bold {
        ui.painter().galley(rect.min + vec2(extra, 0.0), galley.clone(), colour);
    }
    ui.painter().galley(rect.min, galley, colour);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &shown));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wording(lang: &str, listing: Listing, text: &str) -> Wording {
        Wording { lang: lang.into(), listing, text: text.into() }
    }

    #[test]
    fn a_text_over_the_limit_is_cut_there_with_an_ellipsis() {
        assert_eq!(
            cut_at_limit(Listing::Name, "  Calendar via Acme ", 30),
            Limited { text: "Calendar via Acme".into(), cut_at: None }
        );
        let exactly = "a".repeat(30);
        assert_eq!(cut_at_limit(Listing::Name, &exactly, 30).cut_at, None);
        let cut = cut_at_limit(Listing::Name, "Календарь для встреч и звонков via Acme", 30);
        assert_eq!(cut.text, "Календарь для встреч и звонков…");
        assert_eq!(cut.cut_at, Some(30));
        // A space just before the cut is not kept in front of the "…".
        assert_eq!(cut_at_limit(Listing::Teaser, "abcd efgh", 5).text, "abcd…");
    }

    #[test]
    fn the_scratch_box_comes_first_then_a_chosen_wording_then_the_widget() {
        let wordings = [wording("en", Listing::Name, "Chosen via Acme"), wording("es", Listing::Teaser, "Otra")];
        let own = Some("Own via Acme");
        let typed = (Listing::Name, "Typed via Acme");
        assert_eq!(chosen(Listing::Name, "en", typed, &wordings, own), Some(("Typed via Acme", Source::Scratch)));
        // The scratch box replaces only the text it is measured as.
        let teaser = (Listing::Teaser, "Typed");
        assert_eq!(chosen(Listing::Name, "en", teaser, &wordings, own), Some(("Chosen via Acme", Source::Wording)));
        let empty = (Listing::Name, "  ");
        assert_eq!(chosen(Listing::Name, "en", empty, &wordings, own), Some(("Chosen via Acme", Source::Wording)));
        // A wording is for its language only.
        assert_eq!(chosen(Listing::Name, "es", empty, &wordings, own), Some(("Own via Acme", Source::Widget)));
        assert_eq!(chosen(Listing::Name, "es", empty, &wordings, None), None);
    }

    #[test]
    fn the_language_chosen_is_previewed_while_the_widget_has_it() {
        let languages = ["en".to_string(), "es".to_string()];
        assert_eq!(previewed(Some("es"), &languages), Some("es"));
        assert_eq!(previewed(Some("ru"), &languages), Some("en"));
        assert_eq!(previewed(None, &languages), Some("en"));
        assert_eq!(previewed(Some("en"), &[]), None);
    }

    #[test]
    fn an_image_fits_its_room_keeping_its_proportions() {
        assert_eq!(fit(vec2(400.0, 272.0), vec2(200.0, 200.0)), vec2(200.0, 136.0));
        assert_eq!(fit(vec2(100.0, 400.0), vec2(200.0, 200.0)), vec2(50.0, 200.0));
        // A smaller image is scaled up to its room, as the marketplace stretches it.
        assert_eq!(fit(vec2(100.0, 68.0), vec2(200.0, 200.0)), vec2(200.0, 136.0));
    }

    #[test]
    fn a_text_too_wide_for_its_rows_shows_what_fits_and_an_ellipsis() {
        let ctx = egui::Context::default();
        let mut shown = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            for (text, rows) in
                [("Calendar via Acme", 1), ("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", 1), (&"word ".repeat(40), 3)]
            {
                let mut job = LayoutJob::single_section(text.to_string(), TextFormat::default());
                job.wrap = TextWrapping {
                    max_width: 236.0,
                    max_rows: rows,
                    overflow_character: Some('…'),
                    ..Default::default()
                };
                shown.push(shown_text(&ui.painter().layout_job(job)));
            }
        });
        // The font atlas was uploaded nowhere: there is no renderer here.
        output.textures_delta.clear();
        assert_eq!(shown[0], "Calendar via Acme");
        assert!(shown[1].ends_with('…') && shown[1].starts_with("WWW") && shown[1].len() < 30, "{}", shown[1]);
        assert!(shown[2].ends_with('…') && shown[2].starts_with("word word"), "{}", shown[2]);
        assert!(shown[2].chars().count() < 200, "{}", shown[2]);
    }
}
