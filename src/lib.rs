//! amo-preflight: checks an amoCRM / Kommo marketplace widget against the publication checklist.
//!
//! The engine (everything in this crate but the GUI) reads a widget once, parses it once and
//! runs the rule families over the parsed form: `bundle` → `widget` → `rules` → `report`.

pub mod widget;
pub mod bundle;
pub mod text;
