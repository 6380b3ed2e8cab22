//! A built script's source map (`app.js.map`, Source Map v3), read to tell whose code each part
//! of the script is: a part generated from `node_modules/` or the bundler's runtime is a
//! library's, a part generated from the project's own sources is the widget's. Only the
//! generated position and source of each mapping are decoded; names and original positions are
//! not needed.

use serde::Deserialize;

use super::{bundle, network};
use crate::location::Location;
use crate::widget::Widget;

/// The sources of a script, by generated position.
pub struct SourceMap {
    sources: Vec<String>,
    /// For each generated line (0-based), its segments: (generated column, source index),
    /// sorted by column.
    lines: Vec<Vec<(u32, u32)>>,
}

#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    sources: Vec<Option<String>>,
    #[serde(default)]
    mappings: String,
}

impl SourceMap {
    /// The map of a script: the file its `sourceMappingURL` names, or `<script>.map` beside it,
    /// when the widget holds it and it reads as a source map.
    pub fn of(widget: &Widget, path: &str, text: &str) -> Option<SourceMap> {
        let folder = path.rsplit_once('/').map_or("", |(folder, _)| folder);
        let named = text
            .rfind("sourceMappingURL=")
            .map(|i| text[i + "sourceMappingURL=".len()..].split_whitespace().next().unwrap_or_default())
            .filter(|url| !url.contains(':') && !url.starts_with('/'))
            .and_then(|url| network::join(folder, url.split(['?', '#']).next().unwrap_or(url)));
        let map = named.into_iter().chain([format!("{path}.map")]).find_map(|p| widget.text_of(&p).map(|t| &t.text))?;
        SourceMap::parse(map)
    }

    /// Reads a source map's JSON; `None` when it is not one.
    pub fn parse(json: &str) -> Option<SourceMap> {
        let raw: Raw = serde_json::from_str(json).ok()?;
        let sources = raw.sources.into_iter().map(Option::unwrap_or_default).collect::<Vec<_>>();
        let lines = decode(&raw.mappings, sources.len())?;
        Some(SourceMap { sources, lines })
    }

    /// The source the code at a location (1-based line and column) was generated from.
    pub fn source_at(&self, at: &Location) -> Option<&str> {
        let segments = self.lines.get(at.line?.checked_sub(1)?)?;
        let column = at.column?.saturating_sub(1) as u32;
        let i = segments.partition_point(|(c, _)| *c <= column).checked_sub(1)?;
        self.sources.get(segments[i].1 as usize).map(String::as_str)
    }

    /// Whether any of the sources is the project's own rather than a library's.
    pub fn has_own_sources(&self) -> bool {
        self.sources.iter().any(|s| bundle::library_of(s).is_none())
    }

    /// The libraries the script was built from, each once, in the map's order.
    pub fn libraries(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for name in self.sources.iter().filter_map(|s| bundle::library_of(s)) {
            if !out.contains(&name) {
                out.push(name);
            }
        }
        out
    }
}

/// Decodes `mappings`: lines split by `;`, segments by `,`, each a run of base64 VLQ numbers of
/// which the first is the generated column (relative to the line's previous segment) and the
/// second the source index (relative to the previous segment's, across lines). `None` when it
/// is malformed or names a source the map does not have.
fn decode(mappings: &str, sources: usize) -> Option<Vec<Vec<(u32, u32)>>> {
    let mut lines = Vec::new();
    let mut source: i64 = 0;
    for line in mappings.split(';') {
        let mut column: i64 = 0;
        let mut segments = Vec::new();
        for segment in line.split(',').filter(|s| !s.is_empty()) {
            let fields = vlq(segment)?;
            column += *fields.first()?;
            if let Some(delta) = fields.get(1) {
                source += delta;
                if column < 0 || source < 0 || source as usize >= sources {
                    return None;
                }
                segments.push((u32::try_from(column).ok()?, source as u32));
            }
        }
        segments.sort_unstable();
        lines.push(segments);
    }
    Some(lines)
}

/// The numbers of one segment.
fn vlq(segment: &str) -> Option<Vec<i64>> {
    let mut out = Vec::new();
    let (mut value, mut shift) = (0i64, 0u32);
    for b in segment.bytes() {
        let digit = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as i64;
        if shift > 60 {
            return None;
        }
        value |= (digit & 31) << shift;
        if digit & 32 != 0 {
            shift += 5;
        } else {
            let negative = value & 1 == 1;
            value >>= 1;
            out.push(if negative { -value } else { value });
            (value, shift) = (0, 0);
        }
    }
    (shift == 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Location {
        Location { line: Some(line), column: Some(column), ..Location::file("app.js") }
    }

    #[test]
    fn segments_name_their_sources() {
        // Line 1: column 0 from source 0, column 10 from source 1; line 2: column 4 from source 0.
        let map = SourceMap::parse(
            r#"{"version":3,"sources":["webpack://w/./src/panel.js","webpack://w/./node_modules/axios/index.js"],"mappings":"AAAA,UCAA;IDAA"}"#,
        )
        .expect("a map");
        assert_eq!(map.source_at(&at(1, 1)), Some("webpack://w/./src/panel.js"));
        assert_eq!(map.source_at(&at(1, 12)), Some("webpack://w/./node_modules/axios/index.js"));
        assert_eq!(map.source_at(&at(2, 2)), None);
        assert_eq!(map.source_at(&at(2, 5)), Some("webpack://w/./src/panel.js"));
        assert!(map.has_own_sources());
        assert_eq!(map.libraries(), vec!["axios".to_string()]);
    }

    #[test]
    fn broken_maps_are_not_maps() {
        assert!(SourceMap::parse("not json").is_none());
        assert!(SourceMap::parse(r#"{"sources":["a.js"],"mappings":"AAAA,*"}"#).is_none());
        // A source index past the list.
        assert!(SourceMap::parse(r#"{"sources":["a.js"],"mappings":"ACAA"}"#).is_none());
    }
}
