//! `css.palette-variables`: Kommo's light and dark themes are built on its `--palette-*` custom
//! properties. A widget should use them (`color: var(--palette-text-primary)`), not redefine
//! them: its own colours go in variables of its own.

use super::sheet::Sheet;
use super::{code_at, listed, no_css};
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status};

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
        return Finding::new(ID, Status::Pass, msg!("css-palette-pass"));
    }
    let items: Vec<Msg> = redefined.iter().map(|(name, l)| code_at(name, l)).collect();
    Finding::new(ID, Status::Warn, msg!("css-palette-warn", n = redefined.len(), items = listed(items)))
        .at_all(redefined.iter().map(|(_, l)| l.clone()))
}
