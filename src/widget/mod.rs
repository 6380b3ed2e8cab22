//! The parsed widget: every text file decoded once (one policy, see [`textfile`]), the manifest
//! and i18n files parsed with positions, the templates read with the one HTML reader, and the
//! header facts of every image — each read once from the bundle, so rules read parsed forms and
//! never the disk. Scripts and style sheets are held as decoded text here and parsed by their
//! rule families (oxc and lightningcss trees live in per-file arenas and are dropped after the
//! walk, which keeps memory bounded by the largest file, not the widget).

pub mod i18n;
pub mod image;
pub mod json;
pub mod pixels;
pub mod settings;
pub mod source;
pub mod textfile;

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::bundle::Bundle;
use crate::location::Location;
use crate::text::html::Html;
use image::ImageFacts;
use json::{Json, Span};
use source::{JsonFile, SourceText};
use textfile::{Encoding, TextFile};

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
    /// Every text file decoded, with its encoding facts, by path.
    pub texts: BTreeMap<String, TextFile>,
    /// Every template (`.twig`, `.html`, `.htm`) read with the HTML reader, by path.
    pub templates: BTreeMap<String, Html>,
}

/// Extensions of files whose header is read as an image.
const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "gif", "webp", "bmp", "ico"];
/// Extensions of templates.
pub const TEMPLATE_EXTENSIONS: &[&str] = &["twig", "html", "htm"];
/// Extensions of scripts.
pub const SCRIPT_EXTENSIONS: &[&str] = &["js", "mjs"];
/// Extensions of style sheets.
pub const STYLE_EXTENSIONS: &[&str] = &["css"];

impl Widget {
    /// Decodes and parses every part of a bundle once.
    pub fn new(mut bundle: Bundle) -> Widget {
        let mut i18n_paths = Vec::new();
        let mut images = BTreeMap::new();
        let mut texts = BTreeMap::new();
        for (path, file) in &mut bundle.files {
            let Some(bytes) = file.bytes.as_deref() else { continue };
            if let Some(lang) = path.strip_prefix("i18n/").and_then(|n| n.strip_suffix(".json"))
                && !lang.contains('/')
            {
                i18n_paths.push((lang.to_string(), path.clone()));
            }
            let facts = image::facts(bytes);
            if has_extension(path, IMAGE_EXTENSIONS) || facts.format != image::ImageFormat::Unknown {
                images.insert(path.clone(), facts);
            } else if textfile::is_text_path(path) && !textfile::is_mac_metadata(path, bytes) {
                let decoded = textfile::decode(path, bytes);
                // The text of a plain UTF-8 file is its bytes: keep one copy, not two.
                if let (Encoding::Utf8, false, Some(source)) = (&decoded.encoding, decoded.bom, &decoded.source) {
                    file.bytes = Some(Arc::from(source.text.clone()));
                }
                texts.insert(path.clone(), decoded);
            }
        }
        let json = |path: &str| JsonFile::from_text(path, texts.get(path));
        let manifest = json(MANIFEST);
        let i18n: BTreeMap<String, JsonFile> = i18n_paths.into_iter().map(|(lang, path)| (lang, json(&path))).collect();
        let templates = texts
            .iter()
            .filter(|(path, _)| has_extension(path, TEMPLATE_EXTENSIONS))
            .filter_map(|(path, file)| Some((path.clone(), Html::read(file.text()?))))
            .collect();
        let languages = declared_languages(&manifest).unwrap_or_else(|| i18n.keys().cloned().collect());
        Widget { bundle, manifest, languages, i18n, images, texts, templates }
    }

    /// The decoded text of a file, if it is a text file that could be decoded.
    pub fn text_of(&self, path: &str) -> Option<&SourceText> {
        self.texts.get(path)?.source.as_ref()
    }

    /// The decoded text files with one of these extensions, in path order.
    pub fn sources_with<'w>(&'w self, extensions: &'w [&'w str]) -> impl Iterator<Item = &'w SourceText> {
        self.texts.values().filter(|f| has_extension(&f.path, extensions)).filter_map(|f| f.source.as_ref())
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

    /// The slideshow images `tour.tour_images.<lang>` lists, as paths in the widget (the
    /// manifest writes them from the widget root, with a leading `/`).
    pub fn slides(&self, lang: &str) -> Vec<String> {
        self.manifest_value(&format!("tour.tour_images.{lang}"))
            .map(|l| l.items().iter().filter_map(Json::as_str).map(|s| s.trim_start_matches('/').to_string()).collect())
            .unwrap_or_default()
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
