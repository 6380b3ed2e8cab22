//! An image made ready for Tesseract: transparency flattened onto a background the words stand
//! out from, and small images enlarged so letters are tall enough to read (Tesseract reads best
//! with letters about 20–40 pixels high; a logo's are often 10). Large images are never
//! reduced: a screenshot's 11-pixel interface text is lost when it is (measured on real
//! widgets' 1769-pixel slides: 5 lines read instead of 14).

use image::imageops::FilterType;
use image::{GrayImage, Luma, RgbaImage};

use crate::i18n::Msg;

/// A smaller image is enlarged until its longest side is about this many pixels. Not more:
/// Tesseract is less sure of large letters enlarged further (a 48-pixel word on a 400-pixel logo:
/// 80 % sure at twice the size, 60 % at three times, where 11-pixel words are read as well at
/// twice as at five times).
const TARGET_SIDE: f32 = 800.0;
/// Most an image is enlarged: beyond it, letters only get blurrier.
const MAX_ENLARGE: f32 = 4.0;

/// The bytes Tesseract reads (a grey PNG) and the factor the image was resized by.
pub struct Prepared {
    pub png: Vec<u8>,
    pub scale: f32,
}

/// Decodes an image (under the engine's limits) and prepares it.
pub fn prepare(bytes: &[u8]) -> Result<Prepared, Msg> {
    let pixels = crate::widget::pixels::decode(bytes)?;
    let grey = flatten(&pixels);
    let longest = grey.width().max(grey.height()).max(1) as f32;
    let scale = (TARGET_SIDE / longest).clamp(1.0, MAX_ENLARGE);
    // Within a tenth of the target size, reading as it is costs nothing and blurs nothing.
    let (grey, scale) = if scale <= 1.1 {
        (grey, 1.0)
    } else {
        let w = ((grey.width() as f32 * scale).round() as u32).max(1);
        let h = ((grey.height() as f32 * scale).round() as u32).max(1);
        (image::imageops::resize(&grey, w, h, FilterType::CatmullRom), scale)
    };
    let mut png = Vec::new();
    grey.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| crate::msg!("widget-image-undecodable", error = e.to_string()))?;
    Ok(Prepared { png, scale })
}

/// Grey pixels with transparency laid on white, or on black when what is drawn is light (white
/// words on a transparent logo would otherwise vanish into a white background).
fn flatten(image: &RgbaImage) -> GrayImage {
    let luma = |p: &image::Rgba<u8>| 0.299 * p[0] as f32 + 0.587 * p[1] as f32 + 0.114 * p[2] as f32;
    let (mut sum, mut weight) = (0.0f64, 0.0f64);
    for p in image.pixels() {
        let a = p[3] as f64 / 255.0;
        sum += luma(p) as f64 * a;
        weight += a;
    }
    let mostly_transparent = weight < image.pixels().len() as f64 * 0.5;
    let drawn_light = weight > 0.0 && sum / weight > 200.0;
    let background = if mostly_transparent && drawn_light { 0.0 } else { 255.0 };
    GrayImage::from_fn(image.width(), image.height(), |x, y| {
        let p = image.get_pixel(x, y);
        let a = p[3] as f32 / 255.0;
        Luma([(luma(p) * a + background * (1.0 - a)).round() as u8])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(image: &RgbaImage) -> Vec<u8> {
        let mut out = Vec::new();
        image.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
        out
    }

    #[test]
    fn light_drawing_on_transparency_goes_on_black() {
        let mut logo = RgbaImage::new(10, 10);
        logo.put_pixel(5, 5, image::Rgba([255, 255, 255, 255]));
        let grey = flatten(&logo);
        assert_eq!(grey.get_pixel(0, 0)[0], 0);
        assert_eq!(grey.get_pixel(5, 5)[0], 255);
    }

    #[test]
    fn dark_drawing_on_transparency_goes_on_white() {
        let mut logo = RgbaImage::new(10, 10);
        logo.put_pixel(5, 5, image::Rgba([20, 20, 20, 255]));
        assert_eq!(flatten(&logo).get_pixel(0, 0)[0], 255);
    }

    #[test]
    fn small_logos_are_enlarged_and_slides_kept() {
        let logo = prepare(&png(&RgbaImage::from_pixel(84, 84, image::Rgba([0, 0, 0, 255])))).unwrap();
        assert_eq!(logo.scale, MAX_ENLARGE);
        let slide = prepare(&png(&RgbaImage::from_pixel(1188, 616, image::Rgba([0, 0, 0, 255])))).unwrap();
        assert_eq!(slide.scale, 1.0);
        let screenshot = prepare(&png(&RgbaImage::from_pixel(1920, 1080, image::Rgba([0, 0, 0, 255])))).unwrap();
        assert_eq!(screenshot.scale, 1.0);
        assert!(prepare(b"not an image").is_err());
    }
}
