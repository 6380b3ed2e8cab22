//! The one HTML reader. Templates (`.twig`, `.html`), descriptions, HTML inside JavaScript strings
//! and fetched pages are all read here, with html5gum — a WHATWG-compliant tokenizer — into
//! [`Html`]: start tags with their attributes, end tags, text and comments, each with its byte
//! offset. Character references are decoded with the full HTML table (`&oacute;` is one `ó`); a
//! `>` inside a quoted attribute value does not end the tag; the bodies of `<script>` and
//! `<style>` are raw text, not markup, as browsers read them.
//!
//! Twig is not HTML: `{{ … }}` and `{% … %}` stay text (or attribute text) here, and
//! [`twig_references`] reads the template names Twig tags load.

use std::ops::Range;

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// An HTML document or fragment, read once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Html {
    /// Every token worth keeping, in document order.
    pub nodes: Vec<Node>,
}

/// One piece of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Start(Tag),
    End {
        name: String,
        offset: usize,
    },
    /// Text (character references decoded), including the raw text of `<script>` and `<style>`.
    Text {
        text: String,
        span: Range<usize>,
    },
    Comment {
        text: String,
        offset: usize,
    },
}

/// A start tag. Names of tags and attributes are lower case, as HTML defines them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    /// The tag, from `<` to `>`.
    pub span: Range<usize>,
    /// In source order.
    pub attrs: Vec<Attr>,
}

/// An attribute with its value (character references decoded) and where the value starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attr {
    pub name: String,
    pub value: String,
    pub offset: usize,
}

impl Tag {
    /// The value of an attribute, if the tag has it.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|a| a.name == name).map(|a| a.value.as_str())
    }

    /// `rel="stylesheet"`, or an `href` that names a `.css` file.
    pub fn is_stylesheet(&self) -> bool {
        self.attr("rel").is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("stylesheet")))
            || self
                .attr("href")
                .is_some_and(|h| h.split(['?', '#']).next().unwrap_or(h).to_ascii_lowercase().ends_with(".css"))
    }
}

/// Elements whose content a reader does not see as text of the page.
const HIDDEN: &[&str] = &["script", "style", "noscript", "svg", "template"];
/// Attributes a browser shows as text.
const SHOWN_ATTRIBUTES: &[&str] = &["title", "placeholder", "alt", "aria-label", "data-tooltip"];
/// Input types whose `value` is the label of a button.
const SHOWN_VALUES: &[&str] = &["button", "submit", "reset"];

impl Html {
    /// Reads a document or fragment. Never fails: broken markup is read as browsers read it.
    pub fn read(text: &str) -> Html {
        let mut emitter = DefaultEmitter::<usize>::new_with_span();
        // `<script>` and `<style>` bodies become raw text, as a browser's tree builder makes them.
        emitter.naively_switch_states(true);
        let mut nodes = Vec::new();
        for token in Tokenizer::new_with_emitter(text, emitter).flatten() {
            match token {
                Token::StartTag(tag) => {
                    let mut attrs: Vec<Attr> = tag
                        .attributes
                        .iter()
                        .map(|(name, value)| Attr {
                            name: lossy(name),
                            value: lossy(&value.value),
                            offset: value_offset(text, value.span.start..value.span.end),
                        })
                        .collect();
                    attrs.sort_by_key(|a| a.offset);
                    nodes.push(Node::Start(Tag { name: lossy(&tag.name), span: tag.span.start..tag.span.end, attrs }));
                }
                Token::EndTag(tag) => nodes.push(Node::End { name: lossy(&tag.name), offset: tag.span.start }),
                Token::String(s) => {
                    let span = s.span.start..s.span.end;
                    // The tokenizer may split one run of text; keep it one node.
                    if let Some(Node::Text { text, span: last }) = nodes.last_mut()
                        && last.end == span.start
                    {
                        text.push_str(&lossy(&s.value));
                        last.end = span.end;
                    } else {
                        nodes.push(Node::Text { text: lossy(&s.value), span });
                    }
                }
                Token::Comment(c) => nodes.push(Node::Comment { text: lossy(&c.value), offset: c.span.start }),
                Token::Doctype(_) | Token::Error(_) => {}
            }
        }
        Html { nodes }
    }

    /// Every start tag.
    pub fn tags(&self) -> impl Iterator<Item = &Tag> {
        self.nodes.iter().filter_map(|n| match n {
            Node::Start(tag) => Some(tag),
            _ => None,
        })
    }

    /// The start tags with this (lower-case) name.
    pub fn tags_named<'h>(&'h self, name: &'h str) -> impl Iterator<Item = &'h Tag> {
        self.tags().filter(move |t| t.name == name)
    }

    /// The byte ranges of the bodies of `<style>` elements (to the end of the text when unclosed).
    pub fn style_blocks(&self, text_len: usize) -> Vec<Range<usize>> {
        let mut blocks = Vec::new();
        let mut open: Option<usize> = None;
        for node in &self.nodes {
            match node {
                Node::Start(tag) if tag.name == "style" && open.is_none() => open = Some(tag.span.end),
                Node::End { name, offset } if name == "style" => {
                    if let Some(start) = open.take() {
                        blocks.push(start..*offset);
                    }
                }
                _ => {}
            }
        }
        if let Some(start) = open {
            blocks.push(start..text_len);
        }
        blocks
    }

    /// The text a reader sees, each run with where it starts: text outside `<script>`, `<style>`,
    /// `<noscript>`, `<svg>` and `<template>`.
    pub fn visible_texts(&self) -> Vec<(&str, usize)> {
        let mut hidden: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for node in &self.nodes {
            match node {
                Node::Start(tag) if HIDDEN.contains(&tag.name.as_str()) => hidden.push(&tag.name),
                Node::End { name, .. } if hidden.last() == Some(&name.as_str()) => {
                    hidden.pop();
                }
                Node::Text { text, span } if hidden.is_empty() => out.push((text.as_str(), span.start)),
                _ => {}
            }
        }
        out
    }

    /// What a user reads of the markup, each with where it starts: the visible text and the
    /// attributes browsers show as text (a tooltip, a placeholder, an image's alternative, the
    /// label of an `<input type="button">`).
    pub fn shown_texts(&self) -> Vec<(&str, usize)> {
        let mut out = self.visible_texts();
        for tag in self.tags() {
            let labelled = tag.name == "input" && tag.attr("type").is_some_and(|t| SHOWN_VALUES.contains(&t));
            for a in &tag.attrs {
                if SHOWN_ATTRIBUTES.contains(&a.name.as_str()) || (labelled && a.name == "value") {
                    out.push((a.value.as_str(), a.offset));
                }
            }
        }
        out.sort_by_key(|(_, at)| *at);
        out
    }

    /// Every attribute value and text run (raw text included), with where it starts: the places
    /// a link can be written.
    pub fn values(&self) -> Vec<(&str, usize)> {
        let mut out = Vec::new();
        for node in &self.nodes {
            match node {
                Node::Start(tag) => out.extend(tag.attrs.iter().map(|a| (a.value.as_str(), a.offset))),
                Node::Text { text, span } => out.push((text.as_str(), span.start)),
                _ => {}
            }
        }
        out
    }
}

/// Where an attribute's value starts, from the span of the whole attribute (`name="value"`).
fn value_offset(text: &str, attr: Range<usize>) -> usize {
    let Some(written) = text.get(attr.clone()) else { return attr.start };
    let Some(eq) = written.find('=') else { return attr.start };
    let rest = &written[eq + 1..];
    let value = rest.trim_start();
    let quote = usize::from(value.starts_with(['"', '\'']));
    attr.start + eq + 1 + (rest.len() - value.len()) + quote
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The visible text of an HTML fragment, with whitespace collapsed to single spaces: what the
/// marketplace counts in a description.
pub fn visible_text(html: &str) -> String {
    let doc = Html::read(html);
    let mut hidden = 0usize;
    let mut out = String::with_capacity(html.len());
    for node in &doc.nodes {
        match node {
            Node::Start(tag) if HIDDEN.contains(&tag.name.as_str()) => hidden += 1,
            Node::End { name, .. } if HIDDEN.contains(&name.as_str()) => hidden = hidden.saturating_sub(1),
            // A tag separates the words on either side of it.
            Node::Start(_) | Node::End { .. } => out.push(' '),
            Node::Text { text, .. } if hidden == 0 => out.push_str(text),
            _ => {}
        }
    }
    collapse_whitespace(&out)
}

/// Number of Unicode characters, as the marketplace counts them.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// The paragraphs of a description: `<p>` elements when there are any, else blocks separated by
/// blank lines or two `<br>` in a row. Empty paragraphs are not counted.
pub fn paragraphs(html: &str) -> Vec<String> {
    let doc = Html::read(html);
    let by_p = doc.tags_named("p").next().is_some();
    let mut blocks = vec![String::new()];
    let mut hidden = 0usize;
    for node in &doc.nodes {
        let last = blocks.len() - 1;
        match node {
            Node::Start(tag) if by_p && tag.name == "p" => blocks.push(String::new()),
            Node::Start(tag) if !by_p && tag.name == "br" => blocks[last].push('\n'),
            Node::Start(tag) if HIDDEN.contains(&tag.name.as_str()) => hidden += 1,
            Node::End { name, .. } if HIDDEN.contains(&name.as_str()) => hidden = hidden.saturating_sub(1),
            // A tag separates the words on either side of it.
            Node::Start(_) | Node::End { .. } => blocks[last].push(' '),
            Node::Text { text, .. } if hidden == 0 => blocks[last].push_str(text),
            _ => {}
        }
    }
    if !by_p {
        blocks = blocks.iter().flat_map(|b| split_blank_lines(b)).collect();
    }
    blocks.iter().map(|b| collapse_whitespace(b)).filter(|p| !p.is_empty()).collect()
}

/// Splits at lines that hold only whitespace (two `<br>` in a row make one).
fn split_blank_lines(block: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for line in block.replace("\r\n", "\n").split('\n') {
        if line.trim().is_empty() {
            out.push(String::new());
        } else if let Some(last) = out.last_mut() {
            last.push_str(line);
            last.push('\n');
        }
    }
    out
}

/// Trims and joins runs of whitespace into one space.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text with Twig's tags, output and comments (`{% … %}`, `{{ … }}`, `{# … #}`) replaced by
/// a space: what is left is written as it is for every user. An unclosed tag hides the rest.
pub fn without_twig(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let close = match rest.as_bytes().get(open + 1) {
            Some(b'{') => "}}",
            Some(b'%') => "%}",
            Some(b'#') => "#}",
            _ => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
                continue;
            }
        };
        out.push_str(&rest[..open]);
        out.push(' ');
        match rest[open + 2..].find(close) {
            Some(end) => rest = &rest[open + 2 + end + 2..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// Templates a Twig template loads by name — `{% include 'x.twig' %}`, `extends`, `embed`,
/// `import`, `from` — with the byte offset of each name.
pub fn twig_references(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices("{%") {
        let inner_start = open + 2;
        let Some(len) = text[inner_start..].find("%}") else { break };
        let inner = &text[inner_start..inner_start + len];
        let body = inner.trim_start_matches(['-', '~']).trim_start();
        let keyword = body.split_whitespace().next().unwrap_or_default();
        if !matches!(keyword, "include" | "extends" | "embed" | "import" | "from") {
            continue;
        }
        // Every quoted name after the keyword (`include ['a.twig', 'b.twig']` names two), up to
        // what follows the names: `with {id: 'x'}`, `only`, `ignore missing`, `as`, `import`.
        let after = inner_start + (inner.len() - body.len()) + keyword.len();
        let names = &text[after..inner_start + len];
        let end = [" with", " only", " ignore", " as ", " import "]
            .iter()
            .filter_map(|w| names.find(w))
            .min()
            .unwrap_or(names.len());
        let mut rest = &names[..end];
        let mut base = after;
        while let Some(q) = rest.find(['\'', '"']) {
            let quote = rest.as_bytes()[q] as char;
            let Some(end) = rest[q + 1..].find(quote) else { break };
            let name = &rest[q + 1..q + 1 + end];
            if !name.is_empty() {
                out.push((name.to_string(), base + q + 1));
            }
            let consumed = q + 2 + end;
            base += consumed;
            rest = &rest[consumed..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_texts_and_twig() {
        let html = Html::read(
            "<div title=\"Подсказка\"><input type=\"submit\" value=\"Сохранить\"><input value=\"id-7\">\
             <img alt=\"Логотип\" src=\"x.png\">Текст<script>var a = 'скрипт';</script></div>",
        );
        let texts: Vec<&str> = html.shown_texts().into_iter().map(|(t, _)| t).collect();
        assert_eq!(texts, ["Подсказка", "Сохранить", "Логотип", "Текст"]);
        assert_eq!(without_twig("Hi {{ user.name }}, {% if a %}ok{% endif %}{# note #}!"), "Hi  ,  ok  !");
        assert_eq!(without_twig("a { b } {{ open"), "a { b }  ");
    }

    #[test]
    fn tags_are_removed_and_entities_decoded() {
        assert_eq!(visible_text("<p>Fast &amp; <b>easy</b></p>\n<p>Free</p>"), "Fast & easy Free");
        assert_eq!(visible_text("a < b &unknown; &#233;&#x20AC;"), "a < b &unknown; é€");
        assert_eq!(char_count(&visible_text("Календарь <i>для</i> вас")), 17);
    }

    /// Every named entity of HTML counts as the one character it stands for.
    #[test]
    fn named_entities_count_as_one_character() {
        assert_eq!(visible_text("Integraci&oacute;n r&aacute;pida"), "Integración rápida");
        assert_eq!(char_count(&visible_text("Integraci&oacute;n")), char_count("Integración"));
        assert_eq!(visible_text("&Ccedil;&atilde;o &hearts; &nbsp;x"), "Ção ♥ x");
    }

    #[test]
    fn a_quoted_greater_than_sign_does_not_end_the_tag() {
        assert_eq!(visible_text(r#"<p title="a > b">Text</p>"#), "Text");
        let doc = Html::read(r#"<a href="x" title='1 > 0'>y</a>"#);
        let tag = doc.tags().next().expect("a tag");
        assert_eq!(tag.attr("title"), Some("1 > 0"));
        assert_eq!(tag.attrs.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["href", "title"]);
    }

    #[test]
    fn script_and_style_bodies_are_not_markup() {
        let html = "<style>.a > p { color: red }</style><script>var s = '<p title=x>';</script><p>Seen</p>";
        let doc = Html::read(html);
        assert_eq!(doc.tags_named("p").count(), 1);
        let blocks = doc.style_blocks(html.len());
        assert_eq!(&html[blocks[0].clone()], ".a > p { color: red }");
        assert_eq!(visible_text(html), "Seen");
        let upper = "<div>\n<STYLE type=\"text/css\">\n.a{}\n</style><styles></styles><style>.b{}";
        let found: Vec<&str> = Html::read(upper).style_blocks(upper.len()).into_iter().map(|r| &upper[r]).collect();
        assert_eq!(found, ["\n.a{}\n", ".b{}"]);
        let unclosed = "<style>a{}";
        assert_eq!(&unclosed[Html::read(unclosed).style_blocks(unclosed.len())[0].clone()], "a{}");
    }

    #[test]
    fn offsets_point_into_the_source() {
        let html = "<div>\n  <img src=\"/images/a.png\" alt='Logo'>\n</div>";
        let doc = Html::read(html);
        let img = doc.tags_named("img").next().expect("img");
        let src = img.attrs.iter().find(|a| a.name == "src").expect("src");
        assert_eq!(&html[src.offset..src.offset + src.value.len()], "/images/a.png");
        assert_eq!(&html[img.span.clone()], "<img src=\"/images/a.png\" alt='Logo'>");
    }

    #[test]
    fn paragraphs_by_p_blank_lines_or_double_br() {
        assert_eq!(paragraphs("<p>One</p><p>Two</p><p> </p><p>Three</p>").len(), 3);
        assert_eq!(paragraphs("One.\n\nTwo.\n\n\nThree.").len(), 3);
        assert_eq!(paragraphs("One.<br><br>Two.<br>still two").len(), 2);
        assert_eq!(
            paragraphs("Just one paragraph.\nWith a line break."),
            vec!["Just one paragraph. With a line break."]
        );
        assert!(paragraphs("").is_empty());
    }

    #[test]
    fn twig_tags_name_the_templates_they_load() {
        let t = "{% include 'parts/row.twig' %}\n{%- extends \"base.twig\" -%}{% if x > 1 %}{% endif %}\
                 {% include ['a.twig', 'b.twig'] %}{% include 'select.twig' with {id: 'field', x: \"y\"} only %}\
                 {% import 'forms.twig' as forms %}";
        let names: Vec<String> = twig_references(t).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["parts/row.twig", "base.twig", "a.twig", "b.twig", "select.twig", "forms.twig"]);
        let (name, at) = &twig_references(t)[0];
        assert_eq!(&t[*at..*at + name.len()], "parts/row.twig");
    }
}
