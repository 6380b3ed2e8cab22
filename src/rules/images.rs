//! Branding images and the slideshow: presence, real format, exact sizes, weight.

use super::{Check, Finding, Status, plural};
use crate::location::Location;
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

type Found<'a> = (&'static str, u32, u32, Option<(String, &'a ImageFacts)>);

/// Whether each branding image is there, and in `images/`: a missing one fails; one found only
/// at the widget root gets what the marketplace's profile says; one in both places warns, since
/// only the `images/` copy is checked and the other is left over.
fn branding_files(cx: &Check, found: &[Found]) -> Vec<Finding> {
    const ID: RuleId = RuleId::ImagesBrandingFiles;
    let mut out = Vec::new();
    let missing: Vec<&Found> = found.iter().filter(|f| f.3.is_none()).collect();
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(|f| f.0).collect();
        let sizes: Vec<String> = missing.iter().map(|f| format!("{} {}×{}", f.0, f.1, f.2)).collect();
        out.push(
            Finding::new(
                ID,
                Status::Fail,
                format!("Missing branding image{}: {}.", plural(names.len()), names.join(", ")),
            )
            .help(format!("Add {} to the images/ folder ({}).", names.join(", "), sizes.join(", "))),
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
                format!(
                    "{} {} both in images/ and at the widget root. The copies in images/ are the ones checked; those at the root are left over.",
                    doubled.join(", "),
                    if doubled.len() == 1 { "is" } else { "are" }
                ),
            )
            .help(format!("Delete {} at the widget root, keeping the images/ copies.", doubled.join(", ")))
            .at_all(doubled.iter().map(|p| Location::file(p))),
        );
    }
    if out.is_empty() {
        let mut f = Finding::new(ID, Status::Pass, "All five branding images are in images/.");
        for (name, _, _, image) in found {
            if let Some((path, _)) = image {
                f = f.evidence(*name, path.clone(), Some(Location::file(path)));
            }
        }
        out.push(f);
    }
    out
}

/// Branding images found only at the widget root, beside manifest.json.
fn root_logos(cx: &Check, at_root: &[&str]) -> Finding {
    let marketplace = cx.profile.marketplace.title();
    let n = at_root.len();
    Finding::new(
        RuleId::ImagesBrandingFiles,
        cx.profile.branding_at_root,
        format!(
            "{} {} at the widget root, beside manifest.json; {marketplace}'s documentation puts the branding images in the images/ folder.",
            at_root.join(", "),
            if n == 1 { "is" } else { "are" }
        ),
    )
    .help(format!("Move {} into the images/ folder.", at_root.join(", ")))
    .at_all(at_root.iter().map(|p| Location::file(p)))
}

fn branding_format(found: &[Found]) -> Finding {
    const ID: RuleId = RuleId::ImagesBrandingFormat;
    let present: Vec<_> = found.iter().filter_map(|f| f.3.as_ref()).collect();
    if present.is_empty() {
        return Finding::new(ID, Status::Na, "There are no branding images to check.");
    }
    let wrong: Vec<_> = present.iter().filter(|(_, facts)| facts.format != ImageFormat::Png).collect();
    if wrong.is_empty() {
        return Finding::new(ID, Status::Pass, format!("All {} branding images are real PNG files.", present.len()));
    }
    let list = wrong.iter().map(|(p, f)| format!("{p} is {}", article(f.format))).collect::<Vec<_>>().join("; ");
    Finding::new(ID, Status::Fail, format!("Not PNG: {list}.")).at_all(wrong.iter().map(|(p, _)| Location::file(p)))
}

fn branding_size(found: &[Found]) -> Vec<Finding> {
    const ID: RuleId = RuleId::ImagesBrandingSize;
    let results: Vec<Finding> = found
        .iter()
        .filter_map(|(name, w, h, image)| {
            let (path, facts) = image.as_ref()?;
            let at = Location::file(path);
            Some(match facts.size {
                Some((aw, ah)) if (aw, ah) == (*w, *h) => {
                    Finding::new(ID, Status::Pass, format!("{path} is {aw}×{ah}, as required.")).at(at)
                }
                Some((aw, ah)) => {
                    Finding::new(ID, Status::Fail, format!("{path} is {aw}×{ah}; {name} must be {w}×{h}."))
                        .at(at)
                        .help(format!("Export {name} at exactly {w}×{h} pixels."))
                }
                None => Finding::new(
                    ID,
                    Status::Fail,
                    format!("The size of {path} cannot be read: the file is damaged or not an image."),
                )
                .at(at)
                .help(format!("Export {name} again as a PNG of {w}×{h} pixels.")),
            })
        })
        .collect();
    if results.is_empty() {
        return vec![Finding::new(ID, Status::Na, "There are no branding images to measure.")];
    }
    results
}

fn branding_weight(cx: &Check, found: &[Found]) -> Finding {
    const ID: RuleId = RuleId::ImagesBrandingWeight;
    let max = cx.profile.branding_max_bytes;
    let present: Vec<_> = found.iter().filter_map(|f| f.3.as_ref()).collect();
    if present.is_empty() {
        return Finding::new(ID, Status::Na, "There are no branding images to weigh.");
    }
    let heavy: Vec<_> = present.iter().filter(|(_, f)| f.bytes > max).collect();
    if heavy.is_empty() {
        return Finding::new(ID, Status::Pass, format!("Every branding image is at most {} KB.", max / 1024));
    }
    let list = heavy.iter().map(|(p, f)| format!("{p} ({} KB)", f.bytes.div_ceil(1024))).collect::<Vec<_>>().join(", ");
    Finding::new(ID, Status::Fail, format!("Over {} KB: {list}.", max / 1024))
        .at_all(heavy.iter().map(|(p, _)| Location::file(p)))
}

fn dp_logo(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::ImagesDpLogo;
    let (name, w, h) = DP_LOGO;
    if !cx.widget.has_location("digital_pipeline") {
        return Finding::new(ID, Status::Na, "The widget is not in the digital pipeline, so it needs no logo_dp.png.");
    }
    let Some((path, facts)) = find_branding(cx.widget, name) else {
        return Finding::new(
            ID,
            Status::Fail,
            "The widget is in the digital pipeline but images/logo_dp.png is missing.",
        )
        .at(cx.widget.manifest_location_of("locations"));
    };
    let at = Location::file(&path);
    if facts.format != ImageFormat::Png {
        return Finding::new(ID, Status::Fail, format!("{path} is {}, not a PNG.", article(facts.format))).at(at);
    }
    match facts.size {
        Some(size) if size == (w, h) => {
            Finding::new(ID, Status::Pass, format!("{path} is {w}×{h}, as required.")).at(at)
        }
        Some((aw, ah)) => Finding::new(ID, Status::Fail, format!("{path} is {aw}×{ah}; it must be {w}×{h}.")).at(at),
        None => Finding::new(ID, Status::Fail, format!("The size of {path} cannot be read.")).at(at),
    }
}

fn partner_logos(found: &[Found]) -> Finding {
    let mut f = Finding::new(
        RuleId::ImagesPartnerLogos,
        Status::Manual,
        "If the widget features another app, check that the 400×272 and 240×84 images show both logos.",
    );
    for (name, _, _, image) in found.iter().take(2) {
        match image {
            Some((path, _)) => f = f.evidence(*name, path.clone(), Some(Location::file(path))),
            None => f = f.evidence(*name, "missing", None),
        }
    }
    f
}

/// The four automatic slideshow rules and the two manual ones, for one language.
fn slideshow(cx: &Check, lang: &str, out: &mut Vec<Finding>) {
    let w = cx.widget;
    let key = format!("tour.tour_images.{lang}");
    let list = w.manifest_value(&key);
    let entries: Vec<&Json> = list.map(|l| l.items().iter().collect()).unwrap_or_default();
    out.push(slideshow_count(cx, lang, &key, list, entries.len()));

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
        Finding::new(FILES, Status::Na, "No slideshow images are listed for this language.").lang(lang)
    } else if missing.is_empty() {
        let message = match listed.len() {
            1 => "The listed slideshow image exists.".to_string(),
            n => format!("All {n} listed slideshow images exist."),
        };
        Finding::new(FILES, Status::Pass, message).lang(lang)
    } else {
        let names = missing
            .iter()
            .map(|(p, v, _)| p.clone().unwrap_or_else(|| format!("(a {}, not a path)", v.kind_name())))
            .collect::<Vec<_>>();
        Finding::new(FILES, Status::Fail, format!("Listed but not in the widget: {}.", names.join(", ")))
            .lang(lang)
            .at_all(missing.iter().map(|(_, v, _)| w.manifest_location(v.span)))
    });

    let present: Vec<(String, &ImageFacts)> = listed.iter().filter_map(|(p, _, f)| Some((p.clone()?, (*f)?))).collect();

    const FORMAT: RuleId = RuleId::ImagesSlideshowFormat;
    let allowed = cx.profile.slide_formats;
    let names = allowed.iter().map(|f| f.name()).collect::<Vec<_>>().join(" or ");
    // The real format, whatever the name says: browsers show an image by its bytes.
    let wrong_format: Vec<_> = present.iter().filter(|(_, f)| !allowed.contains(&f.format)).collect();
    out.push(if present.is_empty() {
        Finding::new(FORMAT, Status::Na, "There are no slideshow images for this language to check.").lang(lang)
    } else if wrong_format.is_empty() {
        Finding::new(FORMAT, Status::Pass, format!("Every slideshow image is a real {names} file.")).lang(lang)
    } else {
        let list =
            wrong_format.iter().map(|(p, f)| format!("{p} is {}", article(f.format))).collect::<Vec<_>>().join("; ");
        Finding::new(FORMAT, Status::Fail, format!("Not {names}: {list}."))
            .lang(lang)
            .at_all(wrong_format.iter().map(|(p, _)| Location::file(p)))
    });

    const SIZE: RuleId = RuleId::ImagesSlideshowSize;
    let (sw, sh) = SLIDE_SIZE;
    let wrong: Vec<_> = present.iter().filter(|(_, f)| f.size != Some(SLIDE_SIZE)).collect();
    out.push(if present.is_empty() {
        Finding::new(SIZE, Status::Na, "There are no slideshow images for this language to measure.").lang(lang)
    } else if wrong.is_empty() {
        Finding::new(SIZE, Status::Pass, format!("Every slideshow image is {sw}×{sh}.")).lang(lang)
    } else {
        let list = wrong
            .iter()
            .map(|(p, f)| match f.size {
                Some((aw, ah)) => format!("{p} is {aw}×{ah}"),
                None => format!("{p} has no readable size"),
            })
            .collect::<Vec<_>>()
            .join("; ");
        Finding::new(SIZE, Status::Fail, format!("{list}; slideshow images must be {sw}×{sh}."))
            .lang(lang)
            .at_all(wrong.iter().map(|(p, _)| Location::file(p)))
    });

    for (id, message) in [
        (RuleId::ImagesSlideshowQuality, "Look at the slideshow: does it show the widget at work, clearly?"),
        (RuleId::ImagesNoForeignWords, "Look at the images of this language: are all their words in this language?"),
    ] {
        let mut f = Finding::new(id, Status::Manual, message).lang(lang);
        if present.is_empty() {
            f = Finding::new(id, Status::Na, "There are no slideshow images for this language to look at.").lang(lang);
        }
        for (path, facts) in &present {
            let size = facts.size.map_or("size unknown".to_string(), |(a, b)| format!("{a}×{b}"));
            f = f.evidence("slideshow image", format!("{path} ({size})"), Some(Location::file(path)));
        }
        out.push(f);
    }
}

fn slideshow_count(cx: &Check, lang: &str, key: &str, list: Option<&Json>, count: usize) -> Finding {
    const ID: RuleId = RuleId::ImagesSlideshowCount;
    let w = cx.widget;
    match list {
        None => {
            let at = w.manifest_location_of(if w.manifest_value("tour").is_some() { "tour" } else { "widget" });
            Finding::new(ID, Status::Fail, format!("No slideshow images are listed for this language ({key})."))
                .lang(lang)
                .at(at)
                .help(format!("Add 1–5 slideshow images for \"{lang}\" under tour.tour_images in manifest.json, e.g. \"{lang}\": [\"/images/slide_1_{lang}.png\"]."))
        }
        Some(v) if !v.is_array() => {
            Finding::new(ID, Status::Fail, format!("{key} is a {}, not a list of images.", v.kind_name()))
                .lang(lang)
                .at(w.manifest_location(v.span))
        }
        Some(v) if count == 0 || count > SLIDES_MAX => Finding::new(
            ID,
            Status::Fail,
            format!("{count} slideshow images are listed; there must be 1 to {SLIDES_MAX}."),
        )
        .lang(lang)
        .at(w.manifest_location(v.span)),
        Some(_) => {
            Finding::new(ID, Status::Pass, format!("{count} slideshow image{} listed.", plural(count))).lang(lang)
        }
    }
}

/// "a JPEG file", "an unrecognised file" for messages.
fn article(format: ImageFormat) -> String {
    match format {
        ImageFormat::Unknown => "not a recognisable image".to_string(),
        other => format!("a {} file", other.name()),
    }
}
