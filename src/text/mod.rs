//! Text helpers shared by the rules and the app: line positions, HTML to plain text, words.

pub mod html;
pub mod lines;
pub mod words;
