//! Text helpers shared by the rules and the app: line positions, HTML to plain text, words.

pub mod html;
pub mod language;
pub mod lines;
pub mod links;
pub mod placeholders;
pub mod words;
