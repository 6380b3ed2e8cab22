//! The parsed widget: manifest, i18n files, images and text files, each parsed once from the
//! bundle, so rules read parsed forms and never the disk.

pub mod i18n;
pub mod image;
pub mod json;
pub mod settings;
pub mod source;
pub mod textfile;

use std::collections::BTreeMap;

use crate::bundle::Bundle;
use crate::location::Location;
use image::ImageFacts;
use json::{Json, Span};
use source::JsonFile;
use textfile::TextFacts;

/// Where the manifest lives, relative to the widget root.
pub const MANIFEST: &str = "manifest.json";

/// Everything the rules look at.
#[derive(Debug, Clone)]
pub struct Widget {
    pub bundle: Bundle,
    pub manifest: JsonFile,
    /// The languages of the widget: `widget.locale` in manifest order, or the i18n files when the
    /// manifest does not say.
    pub languages: Vec<String>,
    /// Every `i18n/<lang>.json`, by language code.
    pub i18n: BTreeMap<String, JsonFile>,
    /// Header facts of every file that is an image by name or by signature, by path.
    pub images: BTreeMap<String, ImageFacts>,
    /// Encoding facts of every text file, by path.
    pub texts: BTreeMap<String, TextFacts>,
}

/// Extensions of files whose header is read as an image.
const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "gif", "webp", "bmp", "ico"];

impl Widget {
    /// Parses every part of a bundle once.
    pub fn new(bundle: Bundle) -> Widget {
        let manifest = JsonFile::parse(MANIFEST, bundle.bytes(MANIFEST));
        let mut i18n = BTreeMap::new();
        let mut images = BTreeMap::new();
        let mut texts = BTreeMap::new();
        for (path, file) in &bundle.files {
            let Some(bytes) = file.bytes.as_deref() else { continue };
            if let Some(lang) = path.strip_prefix("i18n/").and_then(|n| n.strip_suffix(".json"))
                && !lang.contains('/')
            {
                i18n.insert(lang.to_string(), JsonFile::parse(path, Some(bytes)));
            }
            let facts = image::facts(bytes);
            if has_extension(path, IMAGE_EXTENSIONS) || facts.format != image::ImageFormat::Unknown {
                images.insert(path.clone(), facts);
            } else if textfile::is_text_path(path) {
                texts.insert(path.clone(), textfile::facts(path, bytes));
            }
        }
        let languages = declared_languages(&manifest).unwrap_or_else(|| i18n.keys().cloned().collect());
        Widget { bundle, manifest, languages, i18n, images, texts }
    }

    /// The manifest's root value, when it parsed.
    pub fn manifest_root(&self) -> Option<&Json> {
        self.manifest.ok().map(|m| &m.root)
    }

    /// A value of the manifest by dot-path (`widget.support.link`).
    pub fn manifest_value(&self, dot_path: &str) -> Option<&Json> {
        self.manifest_root()?.lookup(dot_path)
    }

    /// The location of a span in the manifest (the file alone if it did not parse).
    pub fn manifest_location(&self, span: Span) -> Location {
        match self.manifest.ok() {
            Some(m) => m.source.location(span),
            None => Location::file(MANIFEST),
        }
    }

    /// The location of a manifest value by dot-path, or the manifest file.
    pub fn manifest_location_of(&self, dot_path: &str) -> Location {
        match self.manifest_value(dot_path) {
            Some(v) => self.manifest_location(v.span),
            None => Location::file(MANIFEST),
        }
    }

    /// Whether `locations` lists an area (exactly, or with a `-0`/`-1` suffix).
    pub fn has_location(&self, area: &str) -> bool {
        self.manifest_value("locations").is_some_and(|l| {
            l.items().iter().filter_map(Json::as_str).any(|s| s == area || s.split('-').next() == Some(area))
        })
    }

    /// The bytes of a file, if it exists and was read.
    pub fn bytes(&self, path: &str) -> Option<&[u8]> {
        self.bundle.bytes(path)
    }
}

/// `widget.locale` as a list of codes, if the manifest has one.
fn declared_languages(manifest: &JsonFile) -> Option<Vec<String>> {
    let locale = manifest.ok()?.root.lookup("widget.locale")?;
    let mut codes: Vec<String> = Vec::new();
    for code in locale.items().iter().filter_map(Json::as_str) {
        if !code.is_empty() && !codes.iter().any(|c| c == code) {
            codes.push(code.to_string());
        }
    }
    (!codes.is_empty()).then_some(codes)
}

/// Whether the file name ends in one of the extensions (case-insensitive).
pub fn has_extension(path: &str, extensions: &[&str]) -> bool {
    path.rsplit_once('.')
        .is_some_and(|(_, ext)| !ext.contains('/') && extensions.contains(&ext.to_ascii_lowercase().as_str()))
}
