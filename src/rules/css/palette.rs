//! `css.palette-variables`: Kommo's light and dark themes are built on its `--palette-*` custom
//! properties. A widget should use them (`color: var(--palette-text-primary)`), not redefine
//! them: its own colours go in variables of its own.

use super::sheet::Sheet;
use super::{at, list, no_css};
use crate::location::Location;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status, plural};

const ID: RuleId = RuleId::CssPaletteVariables;

/// The prefix of the theme's own custom properties (developers.kommo.com/docs/dark-theme).
pub const PALETTE_PREFIX: &str = "--palette-";

pub fn check(sheets: &[Sheet]) -> Finding {
    if sheets.is_empty() {
        return no_css(ID);
    }
    let redefined: Vec<&(String, Location)> = sheets
        .iter()
        .flat_map(|s| &s.rules)
        .flat_map(|r| &r.custom_properties)
        .filter(|(name, _)| name.starts_with(PALETTE_PREFIX))
        .collect();
    if redefined.is_empty() {
        return Finding::new(ID, Status::Pass, "The styles redefine none of the theme's --palette-* variables.");
    }
    let items: Vec<String> = redefined.iter().map(|(name, l)| format!("`{name}` ({})", at(l))).collect();
    Finding::new(
        ID,
        Status::Warn,
        format!(
            "The styles redefine {} of the theme's colour variable{}: {}. The light and dark themes set these; a widget that sets them too can look wrong in one of the themes, or after an update of the interface.",
            redefined.len(),
            plural(redefined.len()),
            list(&items)
        ),
    )
    .at_all(redefined.iter().map(|(_, l)| l.clone()))
}
