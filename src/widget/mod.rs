//! The parsed widget: manifest, i18n files, images and text files, each parsed once.

pub mod json;
