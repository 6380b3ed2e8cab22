//! The image-reading stage, on by default when Tesseract is installed (`--no-ocr` skips it): the
//! words in every branding and slideshow image are read by the `tesseract` program, grouped into
//! lines with their boxes, and kept on disk by the image's bytes and Tesseract's version, so
//! checking again is instant. `rules::image_words` judges the lines' languages; the report lists
//! them with each image.
//!
//! The program, not a binding crate (`tesseract`, `leptess`), because of what a user must
//! install. A binding runs the same engine, so it reads the same words; kept loaded between
//! images, it would save each process's start with its language data — measured here 0.09–0.13 s
//! (a blank image) of the 0.6–0.9 s a slide takes. But it needs libtesseract-dev,
//! libleptonica-dev and clang to build, and the tool would not start at all on a machine without
//! libtesseract; with the program, Tesseract is an optional package (`apt install
//! tesseract-ocr`) and without it the rule is checked by hand.

pub mod prepare;
pub mod tesseract;
pub mod tsv;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::cache::DiskCache;
use crate::i18n::Msg;
use crate::location::Region;
use crate::msg;
use crate::rules::images::branding_paths;
use crate::widget::Widget;
use tesseract::{ReadError, Tesseract};

/// The environment variable naming the Tesseract program to use instead of `tesseract` on the
/// PATH (tests name a missing one to see the tool without it).
pub const PROGRAM_VAR: &str = "AMO_PREFLIGHT_TESSERACT";

/// Changes whenever what Tesseract is given ([`prepare`]) or how its words are grouped into lines
/// ([`tsv`]) changes, so readings kept from before are not taken.
const READ_AS: &str = "grey-enlarged-to-800, columns apart";

/// How to read images.
#[derive(Debug, Clone)]
pub struct OcrOptions {
    pub program: PathBuf,
    pub cache: Option<DiskCache>,
    /// Images read at the same time.
    pub jobs: usize,
    /// Only take readings from the cache; images not in it are left [`Reading::Pending`]. The
    /// app checks this way first, so its checklist never waits for Tesseract.
    pub only_cached: bool,
}

impl Default for OcrOptions {
    fn default() -> Self {
        OcrOptions {
            program: std::env::var_os(PROGRAM_VAR).map_or_else(|| PathBuf::from("tesseract"), PathBuf::from),
            // A reading never gets old: its key holds the image's bytes and Tesseract's version.
            cache: DiskCache::in_user_cache("ocr", Duration::MAX),
            jobs: std::thread::available_parallelism().map_or(2, |n| n.get()),
            only_cached: false,
        }
    }
}

/// What the stage learned.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Ocr {
    /// Not asked for (`--no-ocr`, or the library's offline check).
    #[default]
    Off,
    /// Tesseract, or language data the widget needs, is not installed: the Debian packages that
    /// bring them.
    Missing { packages: Vec<String> },
    /// Every branding and slideshow image, by path.
    Read { engine: String, images: BTreeMap<String, Reading> },
}

impl Ocr {
    /// The lines read in an image, when it was read.
    pub fn lines(&self, path: &str) -> Option<&[Line]> {
        match self {
            Ocr::Read { images, .. } => match images.get(path) {
                Some(Reading::Lines(lines)) => Some(lines),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The words of one image.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    Lines(Vec<Line>),
    /// Not read yet (see [`OcrOptions::only_cached`]).
    Pending,
    /// Could not be read, and why.
    Failed(Msg),
}

/// A line of words read in an image, with its box and Tesseract's mean confidence (0–100).
/// Lines of one paragraph (a caption wrapped over several lines) share its number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub text: String,
    pub paragraph: u32,
    pub confidence: f32,
    #[serde(rename = "box")]
    pub region: Region,
    pub words: Vec<Word>,
}

/// One word of a line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Word {
    pub text: String,
    pub confidence: f32,
    #[serde(rename = "box")]
    pub region: Region,
}

/// One image to read, and the widget languages it is shown in, its own first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub path: String,
    pub languages: Vec<String>,
}

/// The branding images (shown in every language) and each language's slides that are there.
pub fn targets(widget: &Widget) -> Vec<Target> {
    let mut found: BTreeMap<String, Vec<String>> =
        branding_paths(widget).into_iter().map(|path| (path, widget.languages.clone())).collect();
    for lang in &widget.languages {
        for path in crate::rules::images::present_slides(widget, lang) {
            let languages = found.entry(path).or_default();
            if !languages.contains(lang) {
                languages.push(lang.clone());
            }
        }
    }
    found.into_iter().map(|(path, languages)| Target { path, languages }).collect()
}

/// Tesseract's name for a language's data, for the languages the marketplaces list in.
fn model(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "en" => "eng",
        "ru" => "rus",
        "es" => "spa",
        "pt" => "por",
        "tr" => "tur",
        "id" => "ind",
        _ => return None,
    })
}

/// Language data used where installed, not asked for: Latin letters without their accents are
/// still read with the others', and the marketplaces' own lists begin with the four others.
const OPTIONAL: &[&str] = &["tur", "ind"];

/// The language data an image is read with: its own languages first (Tesseract prefers the
/// first), then Russian and English, so Cyrillic and English words in any slide are read as
/// what they are. Optional data that is not `installed` is left out.
fn models(target: &Target, installed: &[String]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let usable = |m: &&str| !OPTIONAL.contains(m) || installed.iter().any(|i| i == m);
    for m in target.languages.iter().filter_map(|l| model(l)).chain(["rus", "eng"]).filter(usable) {
        if !out.contains(&m) {
            out.push(m);
        }
    }
    out
}

/// The Debian package of a language's data.
fn package(model: &str) -> String {
    format!("tesseract-ocr-{model}")
}

/// The packages to install for reading a widget's images with nothing installed, the optional
/// language data its languages use too.
pub fn packages_for(widget: &Widget) -> Vec<String> {
    let optional: Vec<String> = OPTIONAL.iter().map(|m| m.to_string()).collect();
    let mut all: Vec<&str> = targets(widget).iter().flat_map(|t| models(t, &optional)).collect();
    all.sort_unstable();
    all.dedup();
    std::iter::once("tesseract-ocr".to_string()).chain(all.into_iter().map(package)).collect()
}

/// Reads every branding and slideshow image, `jobs` at a time, through the cache. `progress`
/// gets (done, total); setting `cancel` stops the reading (the images not read are pending).
pub fn run(
    widget: &Widget,
    options: &OcrOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Ocr {
    let Some(tesseract) = Tesseract::find(&options.program) else {
        return Ocr::Missing { packages: packages_for(widget) };
    };
    let targets = targets(widget);
    let installed = &tesseract.languages;
    let mut missing: Vec<String> = targets
        .iter()
        .flat_map(|t| models(t, installed))
        .filter(|m| !installed.iter().any(|l| l == m))
        .map(package)
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        return Ocr::Missing { packages: missing };
    }
    let queue = Mutex::new(targets.iter().collect::<Vec<_>>());
    let read = Mutex::new(BTreeMap::new());
    let done = Mutex::new(0usize);
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.clamp(1, targets.len().max(1)) {
            scope.spawn(|| {
                while let Some(target) = queue.lock().ok().and_then(|mut q| q.pop()) {
                    let reading = read_one(widget, &tesseract, target, options, cancel);
                    if let Ok(mut r) = read.lock() {
                        r.insert(target.path.clone(), reading);
                    }
                    if let Ok(mut d) = done.lock() {
                        *d += 1;
                        progress(*d, targets.len());
                    }
                }
            });
        }
    });
    Ocr::Read { engine: tesseract.version.clone(), images: read.into_inner().unwrap_or_default() }
}

/// One image: from the cache, or read and kept.
fn read_one(
    widget: &Widget,
    tesseract: &Tesseract,
    target: &Target,
    options: &OcrOptions,
    cancel: &AtomicBool,
) -> Reading {
    let Some(bytes) = widget.bundle.bytes(&target.path) else {
        return Reading::Failed(msg!("images-reading-not-in-widget", path = &target.path));
    };
    let models = models(target, &tesseract.languages).join("+");
    let key = key(bytes, &tesseract.version, &models);
    if let Some(lines) = options.cache.as_ref().and_then(|c| c.get::<Vec<Line>>(&key)) {
        return Reading::Lines(lines);
    }
    if options.only_cached || cancel.load(std::sync::atomic::Ordering::Relaxed) {
        return Reading::Pending;
    }
    let prepared = match prepare::prepare(bytes) {
        Ok(p) => p,
        Err(why) => return Reading::Failed(why),
    };
    match tesseract.read(&prepared.png, &models, cancel) {
        Ok(out) => {
            let lines = tsv::lines(&out, prepared.scale);
            if let Some(cache) = &options.cache {
                cache.put(&key, &lines);
            }
            Reading::Lines(lines)
        }
        Err(ReadError::Cancelled) => Reading::Pending,
        Err(ReadError::TooSlow) => Reading::Failed(msg!("images-reading-too-slow")),
        Err(ReadError::Failed(said)) => Reading::Failed(msg!("images-reading-failed", reason = said)),
    }
}

/// The cache key of a reading: the image's bytes, Tesseract's version, the language data and
/// how the image was prepared.
fn key(bytes: &[u8], engine: &str, models: &str) -> String {
    let digest = crate::fix::archive::sha256(bytes);
    format!("ocr\n{digest}\n{engine}\n{models}\n{READ_AS}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(languages: &[&str]) -> Target {
        Target { path: "images/x.png".into(), languages: languages.iter().map(|l| l.to_string()).collect() }
    }

    #[test]
    fn an_image_is_read_in_its_own_languages_first_then_russian_and_english() {
        assert_eq!(models(&target(&["es"]), &[]), ["spa", "rus", "eng"]);
        assert_eq!(models(&target(&["ru", "en"]), &[]), ["rus", "eng"]);
        assert_eq!(models(&target(&["pt", "es", "xx"]), &[]), ["por", "spa", "rus", "eng"]);
        assert_eq!(package("rus"), "tesseract-ocr-rus");
    }

    #[test]
    fn turkish_and_indonesian_data_are_used_where_installed() {
        let installed: Vec<String> = ["eng", "rus", "tur"].iter().map(|m| m.to_string()).collect();
        assert_eq!(models(&target(&["tr", "id"]), &installed), ["tur", "rus", "eng"]);
        assert_eq!(models(&target(&["tr"]), &[]), ["rus", "eng"]);
    }
}
