//! Where a finding points: a file relative to the widget root, and when known a line and column,
//! or for an image the box its words are in.

use serde::{Deserialize, Serialize};

/// A place in the widget. `line` and `column` are 1-based; `snippet` is the line, trimmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
    /// In an image: the box of the words the finding is about.
    #[serde(rename = "box", skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
}

/// A box in an image, in the image's own pixels from its top left corner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

impl Region {
    /// The smallest box holding both.
    pub fn union(self, other: Region) -> Region {
        let (x, y) = (self.x.min(other.x), self.y.min(other.y));
        let right = (self.x + self.width).max(other.x + other.width);
        let bottom = (self.y + self.height).max(other.y + other.height);
        Region { x, y, width: right - x, height: bottom - y }
    }
}

impl Location {
    /// A whole file, with no position inside it.
    pub fn file(path: &str) -> Self {
        Location { file: path.to_string(), line: None, column: None, snippet: None, region: None }
    }

    /// The box of some words in an image.
    pub fn image_region(path: &str, region: Region) -> Self {
        Location { region: Some(region), ..Location::file(path) }
    }

    /// `file:line:column`, `file [x,y width×height]` for a box in an image, or just the file.
    pub fn display(&self) -> String {
        match (self.line, self.column, self.region) {
            (Some(l), Some(c), _) => format!("{}:{l}:{c}", self.file),
            (Some(l), None, _) => format!("{}:{l}", self.file),
            (None, _, Some(b)) => format!("{} [{},{} {}×{}]", self.file, b.x, b.y, b.width, b.height),
            _ => self.file.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_shown_by_its_line_or_its_box() {
        let at = Location { line: Some(3), column: Some(13), ..Location::file("i18n/en.json") };
        assert_eq!(at.display(), "i18n/en.json:3:13");
        let b = Region { x: 93, y: 541, width: 271, height: 22 };
        assert_eq!(Location::image_region("images/s.png", b).display(), "images/s.png [93,541 271×22]");
        assert_eq!(Location::file("logo.png").display(), "logo.png");
        let joined = b.union(Region { x: 400, y: 530, width: 10, height: 40 });
        assert_eq!(joined, Region { x: 93, y: 530, width: 317, height: 40 });
    }
}
