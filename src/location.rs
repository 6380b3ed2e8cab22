//! Where a finding points: a file relative to the widget root, and when known a line and column.

use serde::Serialize;

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
}

impl Location {
    /// A whole file, with no position inside it.
    pub fn file(path: &str) -> Self {
        Location { file: path.to_string(), line: None, column: None, snippet: None }
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
