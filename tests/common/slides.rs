//! Images with words, drawn for the tests of the image-reading stage: black text in egui's
//! bundled Ubuntu font (Latin and Cyrillic) on white, as a slide or a logo would carry it.

use ab_glyph::{Font, FontRef, PxScale, ScaleFont, point};
use image::{Rgba, RgbaImage};

/// The height of the letters, in pixels: like a slide's headings.
const LETTERS: f32 = 48.0;

/// A PNG of `size` with one line of text per entry, from the top left.
pub fn with_words(size: (u32, u32), lines: &[&str]) -> Vec<u8> {
    let font = FontRef::try_from_slice(epaint_default_fonts::UBUNTU_LIGHT).expect("bundled font");
    let scale = PxScale::from(LETTERS);
    let scaled = font.as_scaled(scale);
    let mut image = RgbaImage::from_pixel(size.0, size.1, Rgba([255, 255, 255, 255]));
    let mut baseline = 40.0 + LETTERS;
    for line in lines {
        let mut x = 40.0;
        for c in line.chars() {
            let id = font.glyph_id(c);
            if let Some(outline) = font.outline_glyph(id.with_scale_and_position(scale, point(x, baseline))) {
                let bounds = outline.px_bounds();
                outline.draw(|gx, gy, coverage| {
                    let (px, py) = (bounds.min.x as i64 + gx as i64, bounds.min.y as i64 + gy as i64);
                    if px >= 0 && py >= 0 && (px as u32) < size.0 && (py as u32) < size.1 {
                        let v = (255.0 * (1.0 - coverage.clamp(0.0, 1.0))) as u8;
                        let pixel = image.get_pixel_mut(px as u32, py as u32);
                        let v = v.min(pixel[0]);
                        *pixel = Rgba([v, v, v, 255]);
                    }
                });
            }
            x += scaled.h_advance(id);
        }
        baseline += LETTERS * 1.8;
    }
    let mut png = Vec::new();
    image.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).expect("png");
    png
}
