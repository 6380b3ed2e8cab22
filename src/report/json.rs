//! The JSON report (SPEC §7), pretty-printed.

use super::Report;

/// The report as JSON text, ending in a newline.
pub fn write(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}
