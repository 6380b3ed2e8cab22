//! Branding and slideshow images at the marketplace's sizes. Each image is scaled to fit its
//! size without distortion (never up more than [`MAX_UPSCALE`]× without saying so), padded
//! with transparency, and saved as PNG — from the image itself, or, for a branding image that is
//! missing, from the largest branding image there is ("generated — check it looks right"). An
//! image that cannot be decoded safely is left as it is, with the reason.

use image::RgbaImage;
use image::imageops::{self, FilterType};

use super::{Change, Plan};
use crate::i18n::Msg;
use crate::msg;
use crate::rules::images::{BRANDING, DP_LOGO, SLIDE_SIZE, find_branding};
use crate::rules::profile::Profile;
use crate::widget::Widget;
use crate::widget::image::ImageFormat;
use crate::widget::json::Json;
use crate::widget::pixels;

/// Scaling an image up by more than this is said, as it may look blurred.
pub const MAX_UPSCALE: f64 = 2.0;

/// Puts the branding and slideshow images of `widget` right in `plan`.
pub fn fix(widget: &Widget, profile: &Profile, plan: &mut Plan) {
    let mut targets: Vec<(&str, u32, u32)> = BRANDING.to_vec();
    if widget.has_location("digital_pipeline") {
        targets.push(DP_LOGO);
    }
    for (name, width, height) in targets {
        branding(widget, profile, plan, name, (width, height));
    }
    // A file several languages list is one slide, made right once.
    let mut slides: Vec<&str> = Vec::new();
    for lang in &widget.languages {
        let listed = widget.manifest_value(&format!("tour.tour_images.{lang}")).map(Json::items).unwrap_or_default();
        for path in listed.iter().filter_map(Json::as_str) {
            if !slides.contains(&path) {
                slides.push(path);
            }
        }
    }
    for path in slides {
        slide(widget, profile, plan, path);
    }
}

/// One branding image: kept when it is a PNG of its size, light enough, in `images/`; otherwise
/// made from itself or from the largest branding image.
fn branding(widget: &Widget, profile: &Profile, plan: &mut Plan, name: &str, size: (u32, u32)) {
    let target = format!("images/{name}");
    let found = find_branding(widget, name);
    if let Some((path, facts)) = &found
        && *path == target
        && facts.format == ImageFormat::Png
        && facts.size == Some(size)
        && facts.bytes <= profile.branding_max_bytes
    {
        return;
    }
    // The image itself; a missing one is made from the largest branding image that decodes. One
    // that cannot be decoded safely is left as it is.
    let own = found.as_ref().and_then(|(path, _)| decoded(plan, path).map(|pixels| (path.clone(), pixels)));
    let (source, pixels, generated) = match own {
        Some((path, Ok(pixels))) => (path, pixels, false),
        Some((path, Err(why))) => {
            plan.changes.push(Change::NotFixed { path, why });
            return;
        }
        None => match largest_other(widget, plan, name) {
            Some((path, pixels)) => (path, pixels, true),
            None => return,
        },
    };
    let from = (pixels.width(), pixels.height());
    let fitted = fit(&pixels, size);
    let Some(mut png) = encode_png(&fitted) else { return };
    let mut done = vec![];
    if generated {
        done.push(msg!("fix-image-generated", source = &source));
        if scale_to_fit(from, size) > MAX_UPSCALE {
            done.push(resized(from, size));
        }
    } else {
        if found.as_ref().is_some_and(|(_, f)| f.format != ImageFormat::Png) {
            done.push(msg!("fix-image-to-png"));
        }
        if from != size {
            done.push(resized(from, size));
        }
        if source != target {
            done.push(msg!("fix-image-moved", from = &source));
            plan.files.remove(&source);
        }
    }
    if png.len() as u64 > profile.branding_max_bytes
        && let Some(fewer) = encode_png_256(&fitted).filter(|p| p.len() as u64 <= profile.branding_max_bytes)
    {
        png = fewer;
        done.push(msg!("fix-image-256-colours", max = profile.branding_max_bytes / 1024));
    }
    if png.len() as u64 > profile.branding_max_bytes {
        done.push(msg!(
            "fix-image-still-heavy",
            kb = png.len().div_ceil(1024),
            max = profile.branding_max_bytes / 1024
        ));
    } else if done.is_empty() {
        done.push(msg!("fix-image-lighter", kb = png.len().div_ceil(1024)));
    }
    plan.files.insert(target.clone(), png);
    plan.changes.push(Change::Image { path: target, from: source, done });
}

/// One slideshow image: resized to the slideshow size when it is not; a format the marketplace
/// does not take becomes PNG (and the manifest names the new file).
fn slide(widget: &Widget, profile: &Profile, plan: &mut Plan, listed: &str) {
    let path = listed.trim_start_matches('/').to_string();
    let Some(facts) = widget.images.get(&path) else { return };
    let format_ok = profile.slide_formats.contains(&facts.format);
    if format_ok && facts.size == Some(SLIDE_SIZE) {
        return;
    }
    // A branding image listed as a slide cannot be both sizes: it stays a logo.
    let name = path.strip_prefix("images/").unwrap_or(&path);
    if BRANDING.iter().chain([&DP_LOGO]).any(|(logo, _, _)| *logo == name) {
        plan.changes.push(Change::NotFixed { path, why: msg!("fix-image-slide-is-logo") });
        return;
    }
    let pixels = match decoded(plan, &path) {
        Some(Ok(pixels)) => pixels,
        Some(Err(why)) => {
            plan.changes.push(Change::NotFixed { path, why });
            return;
        }
        None => return,
    };
    let from = (pixels.width(), pixels.height());
    let fitted = fit(&pixels, SLIDE_SIZE);
    let mut done = Vec::new();
    let (target, bytes) = if format_ok && facts.format == ImageFormat::Jpeg {
        (path.clone(), encode_jpeg(&fitted))
    } else {
        let png_path = match path.rsplit_once('.') {
            Some((stem, _)) if facts.format != ImageFormat::Png => format!("{stem}.png"),
            _ => path.clone(),
        };
        (png_path, encode_png(&fitted))
    };
    let Some(bytes) = bytes else { return };
    if from != SLIDE_SIZE {
        done.push(resized(from, SLIDE_SIZE));
    }
    if target != path {
        done.push(msg!("fix-image-renamed", from = &path));
        plan.files.remove(&path);
        rename_in_manifest(plan, listed, &format!("/{target}"));
    }
    plan.files.insert(target.clone(), bytes);
    plan.changes.push(Change::Image { path: target, from: path, done });
}

/// "resized from 1200×600 to 1188×616", and "enlarged 3×" when it was scaled up that much.
fn resized(from: (u32, u32), to: (u32, u32)) -> Msg {
    let scale = scale_to_fit(from, to);
    let (from, to) = (format!("{}×{}", from.0, from.1), format!("{}×{}", to.0, to.1));
    if scale > MAX_UPSCALE {
        msg!("fix-image-enlarged", from = from, to = to, times = (scale * 10.0).round() / 10.0)
    } else {
        msg!("fix-image-resized", from = from, to = to)
    }
}

/// The pixels of a file as the plan holds it, if it is there: decoded, or why not.
fn decoded(plan: &Plan, path: &str) -> Option<Result<RgbaImage, Msg>> {
    plan.files.get(path).map(|bytes| pixels::decode(bytes))
}

/// The largest branding image other than `name` that decodes, by pixels.
fn largest_other(widget: &Widget, plan: &Plan, name: &str) -> Option<(String, RgbaImage)> {
    let mut found: Vec<(String, u64)> = BRANDING
        .iter()
        .chain([&DP_LOGO])
        .filter(|(other, _, _)| *other != name)
        .filter_map(|(other, _, _)| find_branding(widget, other))
        .filter_map(|(path, facts)| facts.size.map(|(w, h)| (path, u64::from(w) * u64::from(h))))
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    found.into_iter().find_map(|(path, _)| Some((path.clone(), decoded(plan, &path)?.ok()?)))
}

/// How much an image is scaled to fit `to`.
fn scale_to_fit(from: (u32, u32), to: (u32, u32)) -> f64 {
    (f64::from(to.0) / f64::from(from.0.max(1))).min(f64::from(to.1) / f64::from(from.1.max(1)))
}

/// The image scaled to fit `size` without distortion, centred on a transparent canvas of
/// exactly `size`.
fn fit(image: &RgbaImage, size: (u32, u32)) -> RgbaImage {
    let scale = scale_to_fit((image.width(), image.height()), size);
    let w = ((f64::from(image.width()) * scale).round() as u32).clamp(1, size.0);
    let h = ((f64::from(image.height()) * scale).round() as u32).clamp(1, size.1);
    let scaled = if (w, h) == (image.width(), image.height()) {
        image.clone()
    } else {
        imageops::resize(image, w, h, FilterType::Lanczos3)
    };
    let mut canvas = RgbaImage::new(size.0, size.1);
    imageops::overlay(&mut canvas, &scaled, i64::from((size.0 - w) / 2), i64::from((size.1 - h) / 2));
    canvas
}

/// PNG as light as lossless compression makes it, with the same bytes for the same pixels
/// (oxipng runs its trials one after another, and the colours of fully transparent pixels,
/// which nobody sees, may change).
fn encode_png(image: &RgbaImage) -> Option<Vec<u8>> {
    let raw = oxipng::RawImage::new(
        image.width(),
        image.height(),
        oxipng::ColorType::RGBA,
        oxipng::BitDepth::Eight,
        image.as_raw().clone(),
    )
    .ok()?;
    raw.create_optimized_png(&png_options()).ok()
}

/// The image in at most 256 colours, as an indexed PNG: for a branding image that is still over
/// the marketplace's weight when compressed losslessly. NeuQuant picks the colours, the same
/// ones for the same pixels.
fn encode_png_256(image: &RgbaImage) -> Option<Vec<u8>> {
    let quant = color_quant::NeuQuant::new(10, 256, image.as_raw());
    let palette = quant.color_map_rgba().chunks_exact(4).map(|c| oxipng::RGBA8::new(c[0], c[1], c[2], c[3])).collect();
    // The palette has at most 256 entries, so each index fits a byte.
    let indices = image.pixels().map(|p| quant.index_of(&p.0) as u8).collect();
    let raw = oxipng::RawImage::new(
        image.width(),
        image.height(),
        oxipng::ColorType::Indexed { palette },
        oxipng::BitDepth::Eight,
        indices,
    )
    .ok()?;
    raw.create_optimized_png(&png_options()).ok()
}

/// oxipng at level 1: fixing the broken example takes 0.31 s with it and 0.68 s at level 2.
fn png_options() -> oxipng::Options {
    oxipng::Options { optimize_alpha: true, ..oxipng::Options::from_preset(1) }
}

/// JPEG at quality 90, on white where the image was transparent (a slide stays a JPEG where
/// the marketplace takes it).
fn encode_jpeg(image: &RgbaImage) -> Option<Vec<u8>> {
    let mut rgb = image::RgbImage::new(image.width(), image.height());
    for (to, from) in rgb.pixels_mut().zip(image.pixels()) {
        let a = u16::from(from[3]);
        let blend = |c: u8| ((u16::from(c) * a + 255 * (255 - a)) / 255) as u8;
        *to = image::Rgb([blend(from[0]), blend(from[1]), blend(from[2])]);
    }
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(&rgb).ok()?;
    Some(out)
}

/// Renames a slideshow image in the planned manifest.json: only the quoted path changes, the
/// rest of the file stays byte for byte.
fn rename_in_manifest(plan: &mut Plan, from: &str, to: &str) {
    let Some(manifest) = plan.files.get_mut("manifest.json") else { return };
    let Ok(text) = std::str::from_utf8(manifest) else { return };
    let quoted = |p: &str| serde_json::to_string(p).unwrap_or_default();
    *manifest = text.replace(&quoted(from), &quoted(to)).into_bytes();
}
