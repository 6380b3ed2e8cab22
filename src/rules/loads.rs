//! What the widget loads: every file with why it is loaded — an entry point (the manifest, the
//! platform's own files), a reference from a place (a `define` dependency, a template `render`,
//! a `<script src>`, a CSS `url()`), a name built at run time that may match it — or that nothing
//! reaches. `files.unused` lists only what nothing reaches; a file that only a pattern may load
//! is "may be used", never "unused".

use std::collections::BTreeMap;

use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::images::{BRANDING, DP_LOGO};
use crate::text::html::{Html, twig_references};
use crate::widget::Widget;

/// What a piece of code or markup asks for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Wanted {
    /// A path, relative to the widget root (or the end of one: `self.params.path + '/x.twig'`).
    Path(String),
    /// A name built at run time around constant parts: `'/templates/' + name + '.twig'`.
    Pattern(Pattern),
    /// A bare name a helper may turn into a template (`getTemplate('settings')`).
    Name(String),
}

/// A reference and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub wanted: Wanted,
    pub at: Location,
}

/// A file the code certainly loads, how, and where it asks for it (for files.references).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Required {
    pub path: String,
    pub how: How,
    pub at: Location,
}

/// How the code certainly loads a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// A relative module of `define([...])` or `require([...])`.
    Module,
    /// A template it renders (`render({href: …})`).
    Template,
}

impl How {
    /// In words: "a module it loads".
    pub fn msg(self) -> Msg {
        match self {
            How::Module => msg!("files-references-how-module"),
            How::Template => msg!("files-references-how-template"),
        }
    }
}

/// A file name with holes where the code puts values: `["", "/templates/", "", ".twig"]`
/// alternates constant parts and holes, starting with a constant part (maybe empty).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pattern {
    /// Constant parts; a hole lies between each two.
    parts: Vec<String>,
}

impl Pattern {
    /// A pattern from the parts of a concatenation: `Some(text)` for a constant part, `None` for
    /// a value known only at run time. `None` when the constant parts say too little to tell a
    /// file (no folder and no extension), or there is no hole at all.
    pub fn new(pieces: &[Option<String>]) -> Option<Pattern> {
        let mut parts = vec![String::new()];
        let mut holes = 0;
        for piece in pieces {
            match piece {
                Some(text) => parts.last_mut()?.push_str(text),
                None => {
                    if !parts.last().is_some_and(String::is_empty) || parts.len() == 1 {
                        holes += 1;
                        parts.push(String::new());
                    }
                }
            }
        }
        // A query or fragment after the name does not choose the file (`'.css?v=' + version`).
        if let Some(cut) = parts.iter().position(|p| p.contains(['?', '#'])) {
            parts.truncate(cut + 1);
            let last = parts.last_mut()?;
            last.truncate(last.find(['?', '#']).unwrap_or(last.len()));
        }
        let constant: String = parts.concat();
        let telling = constant.contains('/') || last_extension(parts.last()?).is_some();
        (holes > 0 && telling && constant.trim_matches(['/', '.']).len() >= 3).then_some(Pattern { parts })
    }

    /// Whether the pattern can name a path of the widget (holes stand for any text).
    pub fn matches(&self, path: &str) -> bool {
        let path = format!("/{path}");
        let Some((first, rest)) = self.parts.split_first() else { return false };
        // The first part is the start of the name, or — after the widget's folder, which the
        // code usually adds in front — the start of a folder.
        let starts: Vec<usize> = if first.is_empty() {
            vec![0]
        } else {
            let first = first.trim_start_matches("./");
            let needle = if first.starts_with('/') { first.to_string() } else { format!("/{first}") };
            path.match_indices(&needle).map(|(i, _)| i + needle.len()).collect()
        };
        starts.into_iter().any(|from| matches_from(&path[from..], rest))
    }
}

impl std::fmt::Display for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.parts.join("*"))
    }
}

/// Whether `text` is `hole part hole part …` for the given parts, the last part ending it.
fn matches_from(text: &str, parts: &[String]) -> bool {
    let Some((part, rest)) = parts.split_first() else { return true };
    if rest.is_empty() {
        return text.ends_with(part.as_str());
    }
    text.match_indices(part.as_str()).any(|(i, _)| matches_from(&text[i + part.len()..], rest))
}

/// The extension of a file name at the end of a text (`.twig` of `/x.twig`).
fn last_extension(text: &str) -> Option<&str> {
    let name = text.rsplit('/').next()?;
    let (_, ext) = name.rsplit_once('.')?;
    (!ext.is_empty() && ext.len() <= 5 && ext.chars().all(|c| c.is_ascii_alphanumeric())).then_some(ext)
}

/// Why a file is part of the widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// The platform or the manifest loads it (script.js, language files, branding images, files
    /// the manifest names).
    Entry(&'static str),
    /// Something names it, here.
    From(Location),
    /// A name built at run time may be it.
    MaybeByName { pattern: String, at: Location },
    /// Nothing names it.
    NotReached,
}

/// Every file of the widget with why it is loaded.
#[derive(Debug, Clone, Default)]
pub struct LoadGraph {
    pub files: BTreeMap<String, Why>,
}

impl LoadGraph {
    /// Works out why each file is loaded, from the references the scripts and styles gave plus
    /// those of the manifest and the templates.
    pub fn new(widget: &Widget, mut references: Vec<Reference>) -> LoadGraph {
        references.extend(template_references(widget));
        let manifest = manifest_paths(widget);
        let mut files = BTreeMap::new();
        for path in widget.bundle.files.keys() {
            let why = if let Some(entry) = entry_point(widget, path) {
                Why::Entry(entry)
            } else if manifest.iter().any(|r| names(r, path)) {
                Why::Entry("named in manifest.json")
            } else if let Some(r) = references.iter().find(|r| matches!(&r.wanted, Wanted::Path(p) if names(p, path))) {
                Why::From(r.at.clone())
            } else if let Some((pattern, at)) = references.iter().find_map(|r| maybe(r, path)) {
                Why::MaybeByName { pattern, at: at.clone() }
            } else {
                Why::NotReached
            };
            files.insert(path.clone(), why);
        }
        LoadGraph { files }
    }
}

/// Files every widget has without anything referring to them: the documented entry points
/// (`script.js`, `style.css` at the root), the language files, the branding images (the
/// digital pipeline's logo only with that location), and the `widget.php` that amoCRM runs on
/// its own servers for older public widgets. Another `logo*.png` is no branding image.
fn entry_point(widget: &Widget, path: &str) -> Option<&'static str> {
    let name = path.rsplit('/').next().unwrap_or(path);
    if path == "manifest.json" || path == "script.js" || path == "style.css" {
        Some("loaded by the platform")
    } else if path == "widget.php" {
        Some("amoCRM's server part of older widgets")
    } else if path.starts_with("i18n/") && path.ends_with(".json") {
        Some("a language file")
    } else if is_branding_name(widget, name) && (path == name || path == format!("images/{name}")) {
        Some("a branding image")
    } else {
        None
    }
}

fn is_branding_name(widget: &Widget, name: &str) -> bool {
    BRANDING.iter().any(|(b, _, _)| *b == name) || (name == DP_LOGO.0 && widget.has_location("digital_pipeline"))
}

/// Whether a reference names a path: exactly, or by its end when the code builds the folder
/// part at run time (`self.params.path + '/templates/x.twig'`).
pub fn names(reference: &str, path: &str) -> bool {
    let r = reference.trim_start_matches("./").trim_start_matches('/');
    !r.is_empty() && (r == path || path.ends_with(&format!("/{r}")) || (r.contains('/') && r.ends_with(path)))
}

/// The pattern of a reference that may name a path, shown as `'/templates/' + … + '.twig'`.
fn maybe<'r>(r: &'r Reference, path: &str) -> Option<(String, &'r Location)> {
    match &r.wanted {
        Wanted::Pattern(p) if p.matches(path) => Some((p.to_string(), &r.at)),
        // A bare name is a template's name without its folder and extension.
        Wanted::Name(name) => {
            let file = path.rsplit('/').next().unwrap_or(path);
            let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
            let template = crate::widget::has_extension(path, crate::widget::TEMPLATE_EXTENSIONS);
            (template && stem == name).then(|| (format!("'{name}'"), &r.at))
        }
        _ => None,
    }
}

/// Every string of the manifest (a file it names is loaded by the platform).
fn manifest_paths(widget: &Widget) -> Vec<String> {
    let Some(root) = widget.manifest_root() else { return Vec::new() };
    root.leaves().into_iter().filter_map(|(_, v)| v.as_str().map(str::to_string)).collect()
}

/// Paths the templates name: `src`/`href` attributes (`data-src`, `xlink:href` too), `url()` in
/// attributes and text, and the templates Twig tags load.
fn template_references(widget: &Widget) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut add = |target: &str, at: Location| {
        if !target.is_empty() && !target.contains("://") && !target.starts_with("data:") {
            out.push(Reference { wanted: Wanted::Path(target.to_string()), at });
        }
    };
    for (path, html) in &widget.templates {
        let Some(file) = widget.texts.get(path) else { continue };
        for (target, offset) in markup_references(html) {
            add(&target, file.location_at(offset));
        }
    }
    for (name, at) in twig_includes(widget) {
        add(&name, at);
    }
    out
}

/// The templates the widget's templates load by name through Twig tags (`include`, `extends`,
/// `embed`, `import`, `from`), each with where.
pub fn twig_includes(widget: &Widget) -> Vec<(String, Location)> {
    let mut out = Vec::new();
    for path in widget.templates.keys() {
        let Some(file) = widget.texts.get(path) else { continue };
        for (name, offset) in twig_references(file.text().unwrap_or_default()) {
            out.push((name, file.location_at(offset)));
        }
    }
    out
}

/// The file names a piece of HTML gives: `src`/`href` attributes and `url()` in attribute
/// values and text, with their offsets.
pub fn markup_references(html: &Html) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for tag in html.tags() {
        for attr in tag.attrs.iter().filter(|a| a.name.ends_with("src") || a.name.ends_with("href")) {
            // `{{ icons.path }}/question.svg`: the folder is filled in at run time, the file name
            // after it is known, and matched by its end (see `names`).
            let value = match attr.value.trim_start().strip_prefix("{{").and_then(|rest| rest.split_once("}}")) {
                Some((_, after)) => after,
                None => attr.value.as_str(),
            };
            if let Some(first) = value.split_whitespace().next() {
                out.push((first.to_string(), attr.offset));
            }
        }
    }
    for (value, offset) in html.values() {
        for (at, _) in value.match_indices("url(") {
            let inner = value[at + 4..].trim_start().trim_start_matches(['"', '\'']);
            let end = inner.find(['"', '\'', ')']).unwrap_or(inner.len());
            out.push((inner[..end].trim().to_string(), offset));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(pieces: &[Option<&str>]) -> Option<Pattern> {
        Pattern::new(&pieces.iter().map(|p| p.map(str::to_string)).collect::<Vec<_>>())
    }

    #[test]
    fn names_built_at_run_time_match_files_of_their_shape() {
        let twig = pattern(&[Some("/templates/"), None, Some(".twig")]).expect("a pattern");
        assert_eq!(twig.to_string(), "/templates/*.twig");
        assert!(twig.matches("templates/settings.twig"));
        assert!(twig.matches("templates/parts/row.twig"));
        assert!(!twig.matches("templates/settings.html"));
        assert!(!twig.matches("other/templates.twig"));
        // `params.path + '/assets/css/' + file.name + '.css?v=' + version`
        let css = pattern(&[None, Some("/assets/css/"), None, Some(".css?v="), None]).expect("a pattern");
        assert_eq!(css.to_string(), "*/assets/css/*.css");
        assert!(css.matches("assets/css/main.css"));
        assert!(!css.matches("assets/js/main.js"));
        // Too little to tell a file by.
        assert_eq!(pattern(&[Some("a"), None]), None);
        assert_eq!(pattern(&[None, Some("-x")]), None);
        assert_eq!(pattern(&[Some("/templates/x.twig")]), None);
    }

    #[test]
    fn a_reference_names_a_path_exactly_or_by_its_end() {
        assert!(names("/templates/x.twig", "templates/x.twig"));
        assert!(names("./x.twig", "templates/x.twig"));
        assert!(!names("x.twig", "templates/y.twig"));
    }
}
