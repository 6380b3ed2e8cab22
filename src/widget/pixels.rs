//! Decoding an image's pixels, with limits: the app's previews and `fix`'s resized images go
//! through here, so a hostile image (a header claiming 100 000 × 100 000 pixels, a decoder bomb)
//! is refused the same way everywhere.

use crate::i18n::Msg;
use crate::msg;

/// Largest image decoded, per side; bigger ones are left as they are, with the reason.
pub const MAX_SIDE: u32 = 4096;
/// Memory one decode may use.
const MAX_ALLOC: u64 = 128 * 1024 * 1024;

/// Decodes PNG, JPEG or GIF into RGBA pixels.
pub fn decode(bytes: &[u8]) -> Result<image::RgbaImage, Msg> {
    let facts = super::image::facts(bytes);
    if let Some((w, h)) = facts.size
        && (w > MAX_SIDE || h > MAX_SIDE)
    {
        return Err(msg!("widget-image-too-large", size = format!("{w}×{h}")));
    }
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| msg!("widget-image-unreadable", error = e.to_string()))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    Ok(reader.decode().map_err(|e| msg!("widget-image-undecodable", error = e.to_string()))?.to_rgba8())
}
