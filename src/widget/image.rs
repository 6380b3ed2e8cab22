//! Image facts read from file headers only: the real format (by signature, not by extension),
//! width and height. Pixels are never decoded here, so an image claiming 100000×100000 pixels
//! costs no more than a few bytes.

use serde::Serialize;

/// The format a file really has, judged by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageFormat {
    Png,
    Jpeg,
    Gif,
    Webp,
    /// Not an image format this tool recognises (or an empty/damaged file).
    Unknown,
}

impl ImageFormat {
    /// The name users know the format by.
    pub fn name(self) -> &'static str {
        match self {
            ImageFormat::Png => "PNG",
            ImageFormat::Jpeg => "JPEG",
            ImageFormat::Gif => "GIF",
            ImageFormat::Webp => "WebP",
            ImageFormat::Unknown => "not a recognised image",
        }
    }
}

/// What the header of an image file says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImageFacts {
    pub format: ImageFormat,
    /// `(width, height)` when the header could be read.
    pub size: Option<(u32, u32)>,
    /// Byte size of the file.
    pub bytes: u64,
}

const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// Reads the facts of an image from its bytes.
pub fn facts(bytes: &[u8]) -> ImageFacts {
    let (format, size) = if bytes.starts_with(&PNG_SIGNATURE) {
        (ImageFormat::Png, png_size(bytes))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        (ImageFormat::Jpeg, jpeg_size(bytes))
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        (ImageFormat::Gif, gif_size(bytes))
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        (ImageFormat::Webp, None)
    } else {
        (ImageFormat::Unknown, None)
    };
    ImageFacts { format, size, bytes: bytes.len() as u64 }
}

/// Width and height from the IHDR chunk, which the PNG standard requires to come first.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let ihdr = bytes.get(8..24)?;
    if &ihdr[4..8] != b"IHDR" {
        return None;
    }
    let width = u32::from_be_bytes(ihdr[8..12].try_into().ok()?);
    let height = u32::from_be_bytes(ihdr[12..16].try_into().ok()?);
    (width > 0 && height > 0).then_some((width, height))
}

/// Width and height from the first start-of-frame marker, walking the marker segments.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return None;
        }
        let marker = bytes[i + 1];
        // Fill bytes and markers without a length.
        if marker == 0xFF || marker == 0x01 || (0xD0..=0xD9).contains(&marker) {
            i += if marker == 0xFF { 1 } else { 2 };
            continue;
        }
        let length = u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]) as usize;
        let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_frame {
            let segment = bytes.get(i + 4..i + 9)?;
            let height = u16::from_be_bytes([segment[1], segment[2]]) as u32;
            let width = u16::from_be_bytes([segment[3], segment[4]]) as u32;
            return (width > 0 && height > 0).then_some((width, height));
        }
        if length < 2 {
            return None;
        }
        i += 2 + length;
    }
    None
}

/// Width and height from the GIF logical screen descriptor.
fn gif_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let d = bytes.get(6..10)?;
    Some((u16::from_le_bytes([d[0], d[1]]) as u32, u16::from_le_bytes([d[2], d[3]]) as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first bytes of a PNG with the given size (enough for the header reader).
    fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut b = PNG_SIGNATURE.to_vec();
        b.extend_from_slice(&13u32.to_be_bytes());
        b.extend_from_slice(b"IHDR");
        b.extend_from_slice(&width.to_be_bytes());
        b.extend_from_slice(&height.to_be_bytes());
        b.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
        b
    }

    #[test]
    fn png_size_comes_from_the_header_even_when_huge() {
        let f = facts(&png_header(100_000, 100_000));
        assert_eq!(f.format, ImageFormat::Png);
        assert_eq!(f.size, Some((100_000, 100_000)));
        assert_eq!(f.bytes, 33);
    }

    #[test]
    fn damaged_png_has_no_size() {
        let mut b = png_header(10, 10);
        b[12..16].copy_from_slice(b"IDAT");
        assert_eq!(facts(&b).size, None);
        assert_eq!(facts(&PNG_SIGNATURE).size, None);
        assert_eq!(facts(&png_header(0, 5)).size, None);
    }

    #[test]
    fn jpeg_and_gif_are_recognised_with_sizes() {
        // SOI, an APP0 segment of length 4, then SOF0 with height 616 and width 1188.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x68, 0x04, 0xA4, 0x03,
        ];
        assert_eq!(facts(&jpeg).format, ImageFormat::Jpeg);
        assert_eq!(facts(&jpeg).size, Some((1188, 616)));
        let gif = b"GIF89a\x82\x00\x64\x00";
        assert_eq!(facts(gif).size, Some((130, 100)));
        assert_eq!(facts(b"<svg/>").format, ImageFormat::Unknown);
        assert_eq!(facts(b"").format, ImageFormat::Unknown);
        // A truncated JPEG stops without panicking.
        assert_eq!(facts(&jpeg[..9]).size, None);
    }
}
