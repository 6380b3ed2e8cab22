//! The widget's roots: the elements its styles should start from (see [`Roots`]).
//!
//! - Given by the user (`--root-selector`): that one alone.
//! - Otherwise every root the widget's own markup and manifest name, in this order: the classes
//!   and ids on the outermost elements of each template (Twig tags and text between them skipped);
//!   those the scripts put on the outermost elements of the HTML they build and on
//!   `render_template`'s wrapper (noted by the JavaScript family, see
//!   [`ScriptFacts::markup_roots`]); and the widget code of the manifest, as `.code`, `#code` and
//!   amoCRM's right-panel wrapper `.card-widgets__widget-<code>`.
//! - When none of those names one, the most common start of the styles' selectors, a guess.
//!
//! amoCRM's own classes are never roots: a template whose outer element is a `.modal-body` does
//! not make every `.modal-body` the widget's.

use super::CssOptions;
use super::scope::{self, Origin, Root, Roots, WIDGET_WRAPPER_PREFIX, is_system_class};
use super::sheet::Sheet;
use crate::rules::Check;
use crate::rules::js::ScriptFacts;
use crate::text::html::{Html, Node, Tag};
use crate::widget::json::Json;

/// A page's `<html>` and `<body>`: their children are its outermost elements.
const TRANSPARENT: &[&str] = &["html", "body"];
/// Elements that show nothing, so their classes and ids mark no part of the widget.
const NOT_SHOWN: &[&str] = &["head", "script", "style", "link", "meta", "title", "template", "noscript"];
/// Elements that have no content and no end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// The widget's roots, and its code for the attribute selectors that name it.
pub fn find(cx: &Check, sheets: &[Sheet], options: &CssOptions, scripts: &ScriptFacts) -> Roots {
    let code = widget_code(cx);
    let mut roots = Roots { code: code.as_ref().map(|(c, _)| c.clone()), ..Roots::default() };
    if let Some(given) = options.root_selector.as_deref().and_then(Root::parse) {
        roots.add(given, Origin::Given);
        return roots;
    }
    for (path, html) in &cx.widget.templates {
        let Some(source) = cx.widget.text_of(path) else { continue };
        for (root, offset) in outer_roots(html) {
            roots.add(root, Origin::Markup(source.location_at(offset)));
        }
    }
    for (written, at) in &scripts.markup_roots {
        if let Some(root) = Root::parse(written) {
            roots.add(root, Origin::Markup(at.clone()));
        }
    }
    if let Some((code, at)) = code {
        for root in
            [Root::Class(code.clone()), Root::Id(code.clone()), Root::Class(format!("{WIDGET_WRAPPER_PREFIX}{code}"))]
        {
            roots.add(root, Origin::Code(at.clone()));
        }
    }
    if roots.found.is_empty()
        && let Some(guess) = scope::guess_root(sheets)
    {
        roots.found.push(guess);
    }
    roots
}

/// The manifest's `widget.code` when it is a usable class name, with where it is written.
fn widget_code(cx: &Check) -> Option<(String, crate::location::Location)> {
    let code = cx.widget.manifest_value("widget.code").and_then(Json::as_str)?.trim();
    matches!(Root::parse(code), Some(Root::Class(_)))
        .then(|| (code.to_string(), cx.widget.manifest_location_of("widget.code")))
}

/// The classes and ids (amoCRM's classes left out) of the outermost elements of a template or of
/// a piece of HTML, each with the byte offset of its tag.
pub fn outer_roots(html: &Html) -> Vec<(Root, usize)> {
    let mut out = Vec::new();
    for tag in outer_tags(html) {
        let classes = tag.attr("class").map(names).unwrap_or_default();
        for class in classes.into_iter().filter(|c| !is_system_class(c)) {
            out.push((Root::Class(class), tag.span.start));
        }
        if let Some([id]) = tag.attr("id").map(names).as_deref() {
            out.push((Root::Id(id.clone()), tag.span.start));
        }
    }
    out
}

/// The elements at the first level of a document or fragment, in order: text (and so Twig tags)
/// between them is skipped, and the children of `<html>` and `<body>` count as the first level.
fn outer_tags(html: &Html) -> Vec<&Tag> {
    let mut open: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for node in &html.nodes {
        match node {
            Node::Start(tag) if TRANSPARENT.contains(&tag.name.as_str()) => {}
            Node::Start(tag) => {
                if open.is_empty() && !NOT_SHOWN.contains(&tag.name.as_str()) {
                    out.push(tag);
                }
                if !VOID.contains(&tag.name.as_str()) {
                    open.push(&tag.name);
                }
            }
            Node::End { name, .. } if TRANSPARENT.contains(&name.as_str()) => {}
            Node::End { name, .. } => match open.iter().rposition(|n| n == name) {
                Some(i) => open.truncate(i),
                // The end of an element opened elsewhere (a piece of HTML a script joins from
                // several strings): what follows is inside that element, not at the first level.
                None => break,
            },
            Node::Text { .. } | Node::Comment { .. } => {}
        }
    }
    out
}

/// The names in a `class` or `id` value of a template. A Twig `{% … %}` or `{# … #}` between them
/// is dropped; a `{{ … }}` in one stays as `{{…}}`, as the CSS side shows it in a `<style>` block
/// (so `class="{{ code }}-panel"` is the root of `.{{ code }}-panel`). A name that is only Twig
/// output is left out, since what it prints is not known, and so is one CSS cannot write
/// unescaped.
fn names(value: &str) -> Vec<String> {
    let mut plain = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        let (close, shown) = match rest.get(open..open + 2) {
            Some("{{") => ("}}", "{{…}}"),
            Some("{%") => ("%}", " "),
            Some("{#") => ("#}", " "),
            _ => {
                plain.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
                continue;
            }
        };
        plain.push_str(&rest[..open]);
        let Some(end) = rest[open + 2..].find(close) else {
            // An unclosed Twig tag runs to the end of the value.
            rest = "";
            break;
        };
        plain.push_str(shown);
        rest = &rest[open + 2 + end + 2..];
    }
    plain.push_str(rest);
    plain.split_whitespace().filter(|n| is_name(&n.replace("{{…}}", ""))).map(str::to_string).collect()
}

/// Whether the text is a class or id name as CSS writes it unescaped.
fn is_name(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(super::lexer::is_name_byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roots_of(html: &str) -> Vec<String> {
        outer_roots(&Html::read(html)).into_iter().map(|(r, _)| r.to_string()).collect()
    }

    #[test]
    fn the_outermost_elements_of_a_template_give_the_roots() {
        let twig = "{# the panel #}\n{% if show %}\n<div class=\"acme-panel modal-body\" id=\"acme-root\">\n\
                    <span class=\"acme-title\">{{ title }}</span>\n</div>\n{% endif %}\n\
                    <style>.acme-panel { color: red }</style>\n<br>\n<p class=\"acme-note\">x</p>";
        assert_eq!(roots_of(twig), [".acme-panel", "#acme-root", ".acme-note"]);
        let offset = outer_roots(&Html::read(twig))[0].1;
        assert!(twig[offset..].starts_with("<div"));
    }

    #[test]
    fn a_whole_page_has_its_roots_in_the_body() {
        let page = "<!doctype html><html class=\"x\"><head><title>T</title><link rel=\"stylesheet\" href=\"a.css\">\
                    </head><body><main class=\"acme-app\"><p class=\"inner\"></p></main></body></html>";
        assert_eq!(roots_of(page), [".acme-app"]);
    }

    #[test]
    fn a_piece_of_joined_html_stops_at_an_end_tag_it_did_not_open() {
        assert_eq!(roots_of("<div class=\"acme-panel\"><span class=\"acme-title\">"), [".acme-panel"]);
        assert!(roots_of("</span><span class=\"acme-inner\">").is_empty());
    }

    #[test]
    fn twig_in_class_values() {
        assert_eq!(names("acme {% if on %}acme--on{% endif %} {{ extra }}"), ["acme", "acme--on"]);
        assert_eq!(names("{{ code }}-panel x{#c#}y"), ["{{…}}-panel", "x", "y"]);
        assert_eq!(names("a {{ unclosed"), ["a"]);
        assert_eq!(names("{ not twig } a:b"), ["not", "twig"]);
    }
}
