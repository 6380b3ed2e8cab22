//! Branding images and the slideshow: presence, real format, exact sizes, weight.

use super::{Check, Finding, Status};
use crate::i18n::{Msg, list};
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::widget::Widget;
use crate::widget::image::{ImageFacts, ImageFormat};
use crate::widget::json::Json;

/// The branding images every widget needs, with their sizes.
pub const BRANDING: &[(&str, u32, u32)] = &[
    ("logo_main.png", 400, 272),
    ("logo_medium.png", 240, 84),
    ("logo.png", 130, 100),
    ("logo_small.png", 108, 108),
    ("logo_min.png", 84, 84),
];

/// The digital pipeline logo, needed with the `digital_pipeline` location.
pub const DP_LOGO: (&str, u32, u32) = ("logo_dp.png", 174, 109);

/// The size of every slideshow image.
pub const SLIDE_SIZE: (u32, u32) = (1188, 616);

/// Most slideshow images per language.
pub const SLIDES_MAX: usize = 5;

pub fn run(cx: &Check, out: &mut Vec<Finding>) {
    let found: Vec<_> = BRANDING.iter().map(|&(name, w, h)| (name, w, h, find_branding(cx.widget, name))).collect();
    out.extend(branding_files(cx, &found));
    out.push(branding_format(&found));
    out.extend(branding_size(&found));
    out.push(branding_weight(cx, &found));
    out.push(dp_logo(cx));
    out.push(partner_logos(&found));
    for lang in &cx.widget.languages {
        slideshow(cx, lang, out);
    }
}

/// A branding image: in `images/` as documented, or at the root as the checklist shows.
pub fn find_branding<'a>(w: &'a Widget, name: &str) -> Option<(String, &'a ImageFacts)> {
    [format!("images/{name}"), name.to_string()].into_iter().find_map(|p| w.images.get(&p).map(|facts| (p, facts)))
}

/// The paths of the branding images the widget has, the digital pipeline logo among them.
pub fn branding_paths(w: &Widget) -> Vec<String> {
    BRANDING.iter().chain([&DP_LOGO]).filter_map(|(name, _, _)| find_branding(w, name)).map(|(p, _)| p).collect()
}

type Found<'a> = (&'static str, u32, u32, Option<(String, &'a ImageFacts)>);

/// Whether each branding image is there, and in `images/`: a missing one fails; one found only
/// at the widget root gets what the marketplace's profile says; one in both places warns, since
/// only the `images/` copy is checked and the other is left over.
fn branding_files(cx: &Check, found: &[Found]) -> Vec<Finding> {
    const ID: RuleId = RuleId::ImagesBrandingFiles;
    let mut out = Vec::new();
    let missing: Vec<&Found> = found.iter().filter(|f| f.3.is_none()).collect();
    if !missing.is_empty() {
        let names = missing.iter().map(|f| f.0).collect::<Vec<_>>().join(", ");
        // File names with their sizes, "logo.png 130×100": data, no words.
        let sizes: Vec<String> = missing.iter().map(|f| format!("{} {}×{}", f.0, f.1, f.2)).collect();
        out.push(
            Finding::new(ID, Status::Fail, msg!("images-files-missing", n = missing.len(), file_names = &names))
                .help(msg!("images-files-missing-help", file_names = &names, sizes = sizes.join(", "))),
        );
    }
    let at_root: Vec<&str> =
        found.iter().filter_map(|f| f.3.as_ref()).map(|(p, _)| p.as_str()).filter(|p| !p.contains('/')).collect();
    if !at_root.is_empty() {
        out.push(root_logos(cx, &at_root));
    }
    let doubled: Vec<&str> = found
        .iter()
        .filter(|f| cx.widget.images.contains_key(f.0) && f.3.as_ref().is_some_and(|(p, _)| p != f.0))
        .map(|f| f.0)
        .collect();
    if !doubled.is_empty() {
        out.push(
            Finding::new(
                ID,
                Status::Warn,
                msg!("images-files-doubled", n = doubled.len(), file_names = doubled.join(", ")),
            )
            .help(msg!("images-files-doubled-help", file_names = doubled.join(", ")))
            .at_all(doubled.iter().map(|p| Location::file(p))),
        );
    }
    if out.is_empty() {
        let mut f = Finding::new(ID, Status::Pass, msg!("images-files-ok"));
        for (name, _, _, image) in found {
            if let Some((path, _)) = image {
                f = f.evidence(msg!("images-value", value = *name), path.clone(), Some(Location::file(path)));
            }
        }
        out.push(f);
    }
    out
}

/// Branding images found only at the widget root, beside manifest.json.
fn root_logos(cx: &Check, at_root: &[&str]) -> Finding {
    let marketplace = cx.profile.marketplace.title();
    let names = at_root.join(", ");
    Finding::new(
        RuleId::ImagesBrandingFiles,
        cx.profile.branding_at_root,
        msg!("images-files-at-root", n = at_root.len(), file_names = &names, marketplace = marketplace),
    )
    .help(msg!("images-files-at-root-help", file_names = &names))
    .at_all(at_root.iter().map(|p| Location::file(p)))
}

fn branding_format(found: &[Found]) -> Finding {
    const ID: RuleId = RuleId::ImagesBrandingFormat;
    let present: Vec<_> = found.iter().filter_map(|f| f.3.as_ref()).collect();
    if present.is_empty() {
        return Finding::new(ID, Status::Na, msg!("images-format-none"));
    }
    let wrong: Vec<_> = present.iter().filter(|(_, facts)| facts.format != ImageFormat::Png).collect();
    if wrong.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("images-format-ok", n = present.len()));
    }
    let problems = wrong.iter().map(|(p, f)| format_is(p, f.format)).collect();
    Finding::new(ID, Status::Fail, msg!("images-format-not-png", problems = list(problems, "; ")))
        .at_all(wrong.iter().map(|(p, _)| Location::file(p)))
}

fn branding_size(found: &[Found]) -> Vec<Finding> {
    let results: Vec<Finding> = found
        .iter()
        .filter_map(|(name, w, h, image)| image.as_ref().map(|(path, facts)| one_size(name, (*w, *h), path, facts)))
        .collect();
    if results.is_empty() {
        return vec![Finding::new(RuleId::ImagesBrandingSize, Status::Na, msg!("images-size-none"))];
    }
    results
}

/// The size of one branding image, `name` found at `path`, against the size it must have.
fn one_size(name: &str, (w, h): (u32, u32), path: &str, facts: &ImageFacts) -> Finding {
    const ID: RuleId = RuleId::ImagesBrandingSize;
    let at = Location::file(path);
    match facts.size {
        Some((aw, ah)) if (aw, ah) == (w, h) => {
            Finding::new(ID, Status::Pass, msg!("images-size-ok", path = path, width = aw, height = ah)).at(at)
        }
        Some((aw, ah)) => {
            let message = msg!(
                "images-size-wrong",
                path = path,
                width = aw,
                height = ah,
                file_name = name,
                need_width = w,
                need_height = h
            );
            Finding::new(ID, Status::Fail, message).at(at).help(msg!(
                "images-size-wrong-help",
                file_name = name,
                need_width = w,
                need_height = h
            ))
        }
        None => Finding::new(ID, Status::Fail, msg!("images-size-unreadable", path = path)).at(at).help(msg!(
            "images-size-unreadable-help",
            file_name = name,
            need_width = w,
            need_height = h
        )),
    }
}

fn branding_weight(cx: &Check, found: &[Found]) -> Finding {
    const ID: RuleId = RuleId::ImagesBrandingWeight;
    let max = cx.profile.branding_max_bytes;
    let present: Vec<_> = found.iter().filter_map(|f| f.3.as_ref()).collect();
    if present.is_empty() {
        return Finding::new(ID, Status::Na, msg!("images-weight-none"));
    }
    let heavy: Vec<_> = present.iter().filter(|(_, f)| f.bytes > max).collect();
    if heavy.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("images-weight-ok", limit_kb = max / 1024));
    }
    let files = heavy.iter().map(|(p, f)| msg!("images-weight-file", path = p, kb = f.bytes.div_ceil(1024))).collect();
    Finding::new(ID, Status::Fail, msg!("images-weight-over", limit_kb = max / 1024, files = list(files, ", ")))
        .at_all(heavy.iter().map(|(p, _)| Location::file(p)))
}

fn dp_logo(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::ImagesDpLogo;
    let (name, w, h) = DP_LOGO;
    if !cx.widget.has_location("digital_pipeline") {
        return Finding::new(ID, Status::Na, msg!("images-dp-none"));
    }
    let Some((path, facts)) = find_branding(cx.widget, name) else {
        return Finding::new(ID, Status::Fail, msg!("images-dp-missing"))
            .at(cx.widget.manifest_location_of("locations"));
    };
    let at = Location::file(&path);
    if facts.format != ImageFormat::Png {
        let message = match facts.format {
            ImageFormat::Unknown => msg!("images-dp-not-image", path = &path),
            other => msg!("images-dp-not-png", path = &path, format = other.name()),
        };
        return Finding::new(ID, Status::Fail, message).at(at);
    }
    match facts.size {
        Some(size) if size == (w, h) => {
            Finding::new(ID, Status::Pass, msg!("images-size-ok", path = &path, width = w, height = h)).at(at)
        }
        Some((aw, ah)) => Finding::new(
            ID,
            Status::Fail,
            msg!("images-dp-wrong-size", path = &path, width = aw, height = ah, need_width = w, need_height = h),
        )
        .at(at),
        None => Finding::new(ID, Status::Fail, msg!("images-dp-unreadable", path = &path)).at(at),
    }
}

fn partner_logos(found: &[Found]) -> Finding {
    let mut f = Finding::new(RuleId::ImagesPartnerLogos, Status::Manual, msg!("images-partner"));
    for (name, _, _, image) in found.iter().take(2) {
        match image {
            Some((path, _)) => {
                f = f.evidence(msg!("images-value", value = *name), path.clone(), Some(Location::file(path)))
            }
            // The value is data in every language, so the word goes in the label.
            None => f = f.evidence(msg!("images-evidence-missing"), *name, None),
        }
    }
    f
}

/// The four automatic slideshow rules and the two manual ones, for one language.
fn slideshow(cx: &Check, lang: &str, out: &mut Vec<Finding>) {
    let w = cx.widget;
    let key = format!("tour.tour_images.{lang}");
    let value = w.manifest_value(&key);
    let entries: Vec<&Json> = value.map(|l| l.items().iter().collect()).unwrap_or_default();
    out.push(slideshow_count(cx, lang, &key, value, entries.len()));

    // Each listed entry: its path (None when it is not a string) and the image's facts.
    let listed: Vec<(Option<String>, &Json, Option<&ImageFacts>)> = entries
        .iter()
        .map(|v| {
            let path = v.as_str().map(|s| s.trim_start_matches('/').to_string());
            let facts = path.as_ref().and_then(|p| w.images.get(p));
            (path, *v, facts)
        })
        .collect();

    const FILES: RuleId = RuleId::ImagesSlideshowFiles;
    let missing: Vec<_> = listed.iter().filter(|(_, _, f)| f.is_none()).collect();
    out.push(if listed.is_empty() {
        Finding::new(FILES, Status::Na, msg!("images-slides-none")).lang(lang)
    } else if missing.is_empty() {
        Finding::new(FILES, Status::Pass, msg!("images-slides-ok", n = listed.len())).lang(lang)
    } else {
        let entries = missing
            .iter()
            .map(|(p, v, _)| match p {
                Some(p) => msg!("images-value", value = p),
                None => msg!("images-slides-not-path", kind = v.kind_name()),
            })
            .collect();
        Finding::new(FILES, Status::Fail, msg!("images-slides-missing", entries = list(entries, ", ")))
            .lang(lang)
            .at_all(missing.iter().map(|(_, v, _)| w.manifest_location(v.span)))
    });

    let present: Vec<(String, &ImageFacts)> = listed.iter().filter_map(|(p, _, f)| Some((p.clone()?, (*f)?))).collect();

    const FORMAT: RuleId = RuleId::ImagesSlideshowFormat;
    let allowed = cx.profile.slide_formats;
    let names = either(&allowed.iter().map(|f| f.name()).collect::<Vec<_>>());
    // The real format, whatever the name says: browsers show an image by its bytes.
    let wrong_format: Vec<_> = present.iter().filter(|(_, f)| !allowed.contains(&f.format)).collect();
    out.push(if present.is_empty() {
        Finding::new(FORMAT, Status::Na, msg!("images-slides-format-none")).lang(lang)
    } else if wrong_format.is_empty() {
        Finding::new(FORMAT, Status::Pass, msg!("images-slides-format-ok", formats = names)).lang(lang)
    } else {
        let problems = wrong_format.iter().map(|(p, f)| format_is(p, f.format)).collect();
        Finding::new(
            FORMAT,
            Status::Fail,
            msg!("images-slides-format-wrong", formats = names, problems = list(problems, "; ")),
        )
        .lang(lang)
        .at_all(wrong_format.iter().map(|(p, _)| Location::file(p)))
    });

    const SIZE: RuleId = RuleId::ImagesSlideshowSize;
    let (sw, sh) = SLIDE_SIZE;
    let wrong: Vec<_> = present.iter().filter(|(_, f)| f.size != Some(SLIDE_SIZE)).collect();
    out.push(if present.is_empty() {
        Finding::new(SIZE, Status::Na, msg!("images-slides-size-none")).lang(lang)
    } else if wrong.is_empty() {
        Finding::new(SIZE, Status::Pass, msg!("images-slides-size-ok", width = sw, height = sh)).lang(lang)
    } else {
        let problems = wrong
            .iter()
            .map(|(p, f)| match f.size {
                Some((aw, ah)) => msg!("images-slides-size-is", path = p, width = aw, height = ah),
                None => msg!("images-slides-size-unreadable", path = p),
            })
            .collect();
        Finding::new(
            SIZE,
            Status::Fail,
            msg!("images-slides-size-wrong", problems = list(problems, "; "), width = sw, height = sh),
        )
        .lang(lang)
        .at_all(wrong.iter().map(|(p, _)| Location::file(p)))
    });

    // Whether the slides carry words of other languages is `image_words`' (after the stage
    // that reads them); whether they look good is a person's.
    const QUALITY: RuleId = RuleId::ImagesSlideshowQuality;
    let mut f = Finding::new(QUALITY, Status::Manual, msg!("images-slides-quality")).lang(lang);
    if present.is_empty() {
        f = Finding::new(QUALITY, Status::Na, msg!("images-slides-look-none")).lang(lang);
    }
    for (path, facts) in &present {
        let at = Some(Location::file(path));
        f = match facts.size {
            // The path and its size, "images/tour_1_en.png (1188×616)": data, no words.
            Some((a, b)) => f.evidence(msg!("images-evidence-slide"), format!("{path} ({a}×{b})"), at),
            None => f.evidence(msg!("images-evidence-slide-no-size"), path.clone(), at),
        };
    }
    out.push(f);
}

/// The slides a language lists that are in the widget, each once, in the manifest's order.
pub fn present_slides(widget: &Widget, lang: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for path in widget.slides(lang) {
        if widget.images.contains_key(&path) && !out.contains(&path) {
            out.push(path);
        }
    }
    out
}

fn slideshow_count(cx: &Check, lang: &str, key: &str, list: Option<&Json>, count: usize) -> Finding {
    const ID: RuleId = RuleId::ImagesSlideshowCount;
    let w = cx.widget;
    match list {
        None => {
            let at = w.manifest_location_of(if w.manifest_value("tour").is_some() { "tour" } else { "widget" });
            Finding::new(ID, Status::Fail, msg!("images-count-none", key = key))
                .lang(lang)
                .at(at)
                .help(msg!("images-count-none-help", lang = lang))
        }
        Some(v) if !v.is_array() => {
            Finding::new(ID, Status::Fail, msg!("images-count-not-list", key = key, kind = v.kind_name()))
                .lang(lang)
                .at(w.manifest_location(v.span))
        }
        Some(v) if count == 0 || count > SLIDES_MAX => {
            Finding::new(ID, Status::Fail, msg!("images-count-wrong", n = count, max = SLIDES_MAX))
                .lang(lang)
                .at(w.manifest_location(v.span))
        }
        Some(_) => Finding::new(ID, Status::Pass, msg!("images-count-ok", n = count)).lang(lang),
    }
}

/// "images/logo.png is a JPEG file", "… is not a recognisable image", for a list of problems.
fn format_is(path: &str, format: ImageFormat) -> Msg {
    match format {
        ImageFormat::Unknown => msg!("images-format-unknown", path = path),
        other => msg!("images-format-is", path = path, format = other.name()),
    }
}

/// Format names joined by "or" in the reader's language: "PNG", "PNG or JPEG".
fn either(names: &[&str]) -> Msg {
    crate::i18n::one_of(names.iter().map(|n| msg!("images-value", value = *n)).collect())
}
