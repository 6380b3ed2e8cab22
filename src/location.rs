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

    /// `file:line:column`, or just the file.
    pub fn display(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file),
            (Some(l), None) => format!("{}:{l}", self.file),
            _ => self.file.clone(),
        }
    }
}
