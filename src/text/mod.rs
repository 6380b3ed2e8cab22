//! Text helpers shared by the rules: positions in files, character counting, language names.

pub mod lines;
