//! Every style sheet of the widget parsed once with lightningcss (error recovery on, like a
//! browser) into an owned model the CSS rules share: style rules with their selectors split into
//! compounds, comments, URL targets, and the parts that could not be parsed, all with locations.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{Arc, RwLock};

use lightningcss::properties::Property;
use lightningcss::properties::custom::CustomPropertyName;
use lightningcss::rules::{CssRule, CssRuleList, style::StyleRule};
use lightningcss::selector::{Combinator, Component, Selector};
use lightningcss::stylesheet::{ParserOptions, StyleSheet};
use lightningcss::traits::ToCss;
use rayon::prelude::*;

use super::lexer::{self, CssLines};
use super::locate::Locator;
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::widget::source::SourceText;
use crate::widget::{STYLE_EXTENSIONS, Widget};

/// One file with CSS in it: a `.css` file, or a template with `<style>` blocks.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub path: String,
    /// The whole file (without a BOM); every location points into it.
    pub source: SourceText,
    locator: Locator,
    /// How many separate pieces of CSS it has (1 for a `.css` file, the `<style>` blocks of a
    /// template).
    pub blocks: usize,
    /// Style rules in source order, parents before the rules nested in them.
    pub rules: Vec<StyleRuleFacts>,
    pub comments: Vec<Comment>,
    pub urls: Vec<UrlRef>,
    /// What the parser had to skip, and where.
    pub unparsed: Vec<Skipped>,
}

/// A part of a sheet that was not analysed: what happened, in plain words, with the parser's own
/// text (or the file, for one too large), and where.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub label: Msg,
    pub detail: String,
    pub location: Location,
}

/// A style rule (`selectors { declarations }`), wherever it is nested.
#[derive(Debug, Clone)]
pub struct StyleRuleFacts {
    pub location: Location,
    pub selectors: Vec<SelectorFacts>,
    /// The style rule this one is nested in (an index into [`Sheet::rules`]).
    pub parent: Option<usize>,
    /// Has `position: fixed`.
    pub position_fixed: bool,
    /// Has `bottom` (or an `inset` shorthand that sets it).
    pub bottom: bool,
    /// The custom properties (`--name: …`) it declares, each with where its name is written.
    pub custom_properties: Vec<(String, Location)>,
    /// It declares something, and nothing but custom properties: it sets variables and styles no
    /// element itself.
    pub only_custom_properties: bool,
}

/// One selector of a rule's selector list.
#[derive(Debug, Clone)]
pub struct SelectorFacts {
    /// As written (for a nested rule without `&`, without the implied `&`).
    pub text: String,
    pub location: Location,
    /// Byte offset of the selector in the sheet's source, to locate names inside it.
    pub offset: usize,
    /// Compounds left to right: `.a > .b:hover` is `[.a, .b:hover]`.
    pub compounds: Vec<Compound>,
}

/// A compound selector: the simple selectors between two combinators.
#[derive(Debug, Clone, Default)]
pub struct Compound {
    /// Classes of the compound itself, in source order (a Twig `{{ … }}` in a name as `{{…}}`).
    pub classes: Vec<String>,
    pub ids: Vec<String>,
    /// An element name (`input`), `*`, `:root`, an attribute selector, a pseudo-class… when the
    /// compound has one.
    pub generic: Vec<Generic>,
    /// Contains `&`.
    pub nesting: bool,
    /// Contains a `{{ … }}` used as an element name (so it is anchored by whatever it prints).
    pub placeholder: bool,
    /// Its attribute selectors (`[data-v-1a2b3c]`, `[class*="acme"]`), which may tie it to the
    /// widget.
    pub attributes: Vec<Attribute>,
    /// The selectors of each `:is()`, `:where()`, `:any()` in it: the compound matches elements
    /// that one of them matches.
    pub alternatives: Vec<Vec<Vec<Compound>>>,
    /// Classes only mentioned in `:not()`, `:has()`, `:nth-child(… of …)`, `:host()` and the like:
    /// they do not style those elements.
    pub mentioned: Vec<String>,
}

/// A simple selector that names no class or id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Generic {
    /// An element name: `input`.
    Element(String),
    /// `*`.
    Universal,
    /// `:root`.
    Root,
    /// `[name]`, `[name=value]`.
    Attribute,
    /// `:hover`, `:not(…)`, `:has(…)`…
    PseudoClass,
    /// `::before`…
    PseudoElement,
}

impl Generic {
    /// What it is, for messages: "the element selector input".
    pub fn describe(&self) -> Msg {
        match self {
            Generic::Element(name) => msg!("css-generic-element", name = name),
            Generic::Universal => msg!("css-generic-universal"),
            Generic::Root => msg!("css-generic-root"),
            Generic::Attribute => msg!("css-generic-attribute"),
            Generic::PseudoClass => msg!("css-generic-pseudo-class"),
            Generic::PseudoElement => msg!("css-generic-pseudo-element"),
        }
    }
}

/// An attribute selector: the attribute's name, and the value it compares with (`None` for
/// `[name]` alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    pub name: String,
    pub value: Option<String>,
}

/// A comment with its body and location.
#[derive(Debug, Clone)]
pub struct Comment {
    pub body: String,
    pub location: Location,
}

/// A `url()` or `@import` target as written, with its location.
#[derive(Debug, Clone)]
pub struct UrlRef {
    pub target: String,
    pub location: Location,
}

impl Sheet {
    /// The location of a byte offset of the source.
    pub fn at(&self, offset: usize) -> Location {
        self.locator.at(&self.source.text, offset)
    }
}

impl Compound {
    /// Classes it styles: its own and those of its `:is()` alternatives.
    pub fn styled_classes(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.classes.iter().map(String::as_str).collect();
        for alt in self.alternatives.iter().flatten().flatten() {
            out.extend(alt.styled_classes());
        }
        out
    }

    /// Ids it styles: its own and those of its `:is()` alternatives.
    pub fn styled_ids(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.ids.iter().map(String::as_str).collect();
        for alt in self.alternatives.iter().flatten().flatten() {
            out.extend(alt.styled_ids());
        }
        out
    }

    /// Every class named anywhere in it, styled or only mentioned.
    pub fn all_classes(&self) -> Vec<&str> {
        let mut out = self.styled_classes();
        out.extend(self.mentioned.iter().map(String::as_str));
        for alt in self.alternatives.iter().flatten().flatten() {
            out.extend(alt.mentioned.iter().map(String::as_str));
        }
        out
    }
}

/// Reads every `.css` file and every template's `<style>` blocks, in parallel, in path order.
pub fn read_all(widget: &Widget) -> Vec<Sheet> {
    let mut sources: Vec<(&SourceText, Option<Vec<Range<usize>>>)> =
        widget.sources_with(STYLE_EXTENSIONS).map(|s| (s, None)).collect();
    for (path, html) in &widget.templates {
        if let Some(source) = widget.text_of(path) {
            sources.push((source, Some(html.style_blocks(source.text.len()))));
        }
    }
    sources.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    sources.par_iter().filter_map(|(source, blocks)| read(source, blocks.as_deref())).collect()
}

/// The largest style sheet (or `<style>` block) analysed: its parsed rules take about 45 bytes
/// per byte of CSS, so at this size a check stays under 512 MiB.
pub const MAX_STYLE_BYTES: usize = 5 * 1024 * 1024;

/// Parses one file: a whole style sheet (`blocks` is `None`) or the given `<style>` blocks of a
/// template. `None` when there is no CSS (a template without `<style>`).
pub fn read(source: &SourceText, blocks: Option<&[Range<usize>]>) -> Option<Sheet> {
    let text: &str = &source.text;
    let blocks: Vec<(usize, Cow<str>)> = match blocks {
        None => vec![(0, Cow::Borrowed(text))],
        Some(ranges) => {
            ranges.iter().map(|r| (r.start, Cow::Owned(lexer::blank_template_tags(&text[r.clone()])))).collect()
        }
    };
    if blocks.is_empty() {
        return None;
    }
    let mut sheet = Sheet {
        path: source.path.clone(),
        locator: Locator::new(&source.path, text),
        source: source.clone(),
        blocks: blocks.len(),
        rules: Vec::new(),
        comments: Vec::new(),
        urls: Vec::new(),
        unparsed: Vec::new(),
    };
    for (base, css) in &blocks {
        Block { sheet: &mut sheet, base: *base, css, lines: CssLines::new(css) }.read();
    }
    Some(sheet)
}

/// One piece of CSS of a sheet, starting at byte `base` of the sheet's source.
struct Block<'a> {
    sheet: &'a mut Sheet,
    base: usize,
    css: &'a str,
    lines: CssLines,
}

impl Block<'_> {
    fn read(&mut self) {
        if self.css.len() > MAX_STYLE_BYTES {
            let size = format!("{:.1}", self.css.len() as f64 / (1024.0 * 1024.0));
            let label = msg!("css-evidence-too-large", size = size, limit = MAX_STYLE_BYTES / (1024 * 1024));
            let location = self.at(0);
            self.sheet.unparsed.push(Skipped { label, detail: self.sheet.path.clone(), location });
            return;
        }
        let scan = lexer::scan(self.css);
        for c in scan.comments {
            let location = self.at(c.offset);
            self.sheet.comments.push(Comment { body: c.body, location });
        }
        for u in scan.urls {
            let location = self.at(u.offset);
            self.sheet.urls.push(UrlRef { target: u.target, location });
        }
        let warnings = Arc::new(RwLock::new(Vec::new()));
        let options = ParserOptions {
            filename: self.sheet.path.clone(),
            error_recovery: true,
            warnings: Some(Arc::clone(&warnings)),
            ..ParserOptions::default()
        };
        match StyleSheet::parse(self.css, options) {
            Ok(parsed) => self.walk(&parsed.rules, None),
            Err(e) => {
                let offset = e.loc.as_ref().map_or(0, |l| self.lines.offset(self.css, l.line, l.column));
                self.skipped(e.kind.to_string(), offset);
            }
        }
        let warnings = warnings.read().map(|w| w.clone()).unwrap_or_default();
        for w in warnings {
            let offset = w.loc.as_ref().map_or(0, |l| self.lines.offset(self.css, l.line, l.column));
            self.skipped(w.kind.to_string(), offset);
        }
    }

    /// A part the parser skipped, with the parser's words for it.
    fn skipped(&mut self, detail: String, offset: usize) {
        let location = self.at(offset);
        self.sheet.unparsed.push(Skipped { label: msg!("css-evidence-unparsed"), detail, location });
    }

    /// The location of a byte offset of this block.
    fn at(&self, offset: usize) -> Location {
        self.sheet.at(self.base + offset)
    }

    fn walk(&mut self, rules: &CssRuleList, parent: Option<usize>) {
        for rule in &rules.0 {
            match rule {
                CssRule::Style(style) => self.style(style, parent),
                CssRule::Nesting(nesting) => self.style(&nesting.style, parent),
                CssRule::Media(r) => self.walk(&r.rules, parent),
                CssRule::Supports(r) => self.walk(&r.rules, parent),
                CssRule::LayerBlock(r) => self.walk(&r.rules, parent),
                CssRule::Container(r) => self.walk(&r.rules, parent),
                CssRule::StartingStyle(r) => self.walk(&r.rules, parent),
                CssRule::MozDocument(r) => self.walk(&r.rules, parent),
                CssRule::Scope(r) => self.walk(&r.rules, parent),
                // @font-face, @keyframes, @page, @import (scanned as text) and the rest style
                // no element.
                _ => {}
            }
        }
    }

    fn style(&mut self, rule: &StyleRule, parent: Option<usize>) {
        let start = self.lines.offset(self.css, rule.loc.line, rule.loc.column);
        let written = lexer::selectors_at(self.css, start);
        let parsed = &rule.selectors.0;
        let selectors = parsed
            .iter()
            .enumerate()
            .map(|(i, selector)| {
                // Each parsed selector matches the written one at the same place in the list;
                // when they do not line up (never seen), the rule's start stands for all.
                let (offset, text) = match written.get(i) {
                    Some((offset, text)) if written.len() == parsed.len() => (*offset, text.to_string()),
                    _ => (start, selector.to_css_string(Default::default()).unwrap_or_default()),
                };
                SelectorFacts {
                    text,
                    location: self.at(offset),
                    offset: self.base + offset,
                    compounds: compounds(selector),
                }
            })
            .collect();
        let mut facts = StyleRuleFacts {
            location: self.at(start),
            selectors,
            parent,
            position_fixed: false,
            bottom: false,
            custom_properties: Vec::new(),
            only_custom_properties: false,
        };
        let declarations = &rule.declarations;
        let mut others = 0;
        for property in declarations.declarations.iter().chain(&declarations.important_declarations) {
            if let Property::Custom(custom) = property
                && let CustomPropertyName::Custom(name) = &custom.name
            {
                let name: &str = name.0.as_ref();
                let offset = declaration_offset(self.css, start, name);
                facts.custom_properties.push((name.to_string(), self.at(offset)));
                continue;
            }
            others += 1;
            let id = property.property_id();
            match id.name() {
                "position" => {
                    let value = property.value_to_css_string(Default::default()).unwrap_or_default();
                    facts.position_fixed |= value.trim().eq_ignore_ascii_case("fixed");
                }
                "bottom" | "inset" | "inset-block" | "inset-block-end" => facts.bottom = true,
                _ => {}
            }
        }
        facts.only_custom_properties = others == 0 && !facts.custom_properties.is_empty();
        self.sheet.rules.push(facts);
        let index = self.sheet.rules.len() - 1;
        self.walk(&rule.rules, Some(index));
    }
}

/// Where the declaration of custom property `name` is written in a rule starting at `start`: the
/// parser does not keep a declaration's place, so it is the first `name` after `start` followed
/// by `:` (not a `var(name)`); the rule's start when none is found.
fn declaration_offset(css: &str, start: usize, name: &str) -> usize {
    let rest = &css[start..];
    rest.match_indices(name)
        .find(|(i, _)| rest[i + name.len()..].trim_start().starts_with(':'))
        .map_or(start, |(i, _)| start + i)
}

/// Splits a selector into compounds, left to right.
pub fn compounds(selector: &Selector) -> Vec<Compound> {
    // Components are stored right to left by compound, each compound in source order, with the
    // combinator to a compound's left after it.
    let mut groups: Vec<(Vec<&Component>, Option<&Combinator>)> = Vec::new();
    let mut current = Vec::new();
    for component in selector.iter_raw_match_order() {
        match component {
            Component::Combinator(c) => groups.push((std::mem::take(&mut current), Some(c))),
            other => current.push(other),
        }
    }
    groups.push((current, None));
    let mut out: Vec<Compound> = Vec::new();
    for (components, left) in groups.into_iter().rev() {
        // A pseudo-element, `::slotted()` or `::part()` is joined to its element by a combinator
        // of its own, but belongs to the same compound.
        let joined = matches!(left, Some(Combinator::PseudoElement | Combinator::SlotAssignment | Combinator::Part));
        if !joined || out.is_empty() {
            out.push(Compound::default());
        }
        let compound = out.last_mut().expect("just pushed");
        for component in components {
            add(compound, component);
        }
    }
    out
}

/// Adds a simple selector to a compound.
fn add(compound: &mut Compound, component: &Component) {
    match component {
        Component::Class(name) => compound.classes.push(display_name(&name.0)),
        Component::ID(name) => compound.ids.push(display_name(&name.0)),
        Component::LocalName(name) => {
            if lexer::is_template_placeholder(&name.name.0) {
                compound.placeholder = true;
            } else {
                compound.generic.push(Generic::Element(name.name.0.as_ref().to_string()));
            }
        }
        Component::ExplicitUniversalType => compound.generic.push(Generic::Universal),
        Component::Root => compound.generic.push(Generic::Root),
        Component::AttributeInNoNamespaceExists { local_name, .. } => {
            attribute(compound, local_name.0.as_ref(), None);
        }
        Component::AttributeInNoNamespace { local_name, value, .. } => {
            attribute(compound, local_name.0.as_ref(), Some(value.0.as_ref()));
        }
        // A namespace or an upper-case name: lightningcss does not export the type of its value,
        // so only the name is kept.
        Component::AttributeOther(other) => attribute(compound, other.local_name.0.as_ref(), None),
        Component::Nesting => compound.nesting = true,
        Component::Is(list) | Component::Where(list) | Component::Any(_, list) => {
            compound.alternatives.push(list.iter().map(compounds).collect());
        }
        Component::Negation(list) | Component::Has(list) => {
            compound.mentioned.extend(list.iter().flat_map(|s| all_classes(s)));
            compound.generic.push(Generic::PseudoClass);
        }
        Component::NthOf(data) => {
            compound.mentioned.extend(data.selectors().iter().flat_map(|s| all_classes(s)));
            compound.generic.push(Generic::PseudoClass);
        }
        Component::Host(Some(s)) | Component::Slotted(s) => {
            compound.mentioned.extend(all_classes(s));
            compound.generic.push(Generic::PseudoClass);
        }
        Component::PseudoElement(_) => compound.generic.push(Generic::PseudoElement),
        Component::Combinator(_)
        | Component::ExplicitAnyNamespace
        | Component::ExplicitNoNamespace
        | Component::DefaultNamespace(_)
        | Component::Namespace(..) => {}
        _ => compound.generic.push(Generic::PseudoClass),
    }
}

/// Adds an attribute selector to a compound.
fn attribute(compound: &mut Compound, name: &str, value: Option<&str>) {
    compound.attributes.push(Attribute { name: name.to_string(), value: value.map(str::to_string) });
    compound.generic.push(Generic::Attribute);
}

/// Every class named in a selector.
fn all_classes(selector: &Selector) -> Vec<String> {
    compounds(selector).iter().flat_map(|c| c.all_classes().into_iter().map(str::to_string)).collect()
}

/// A class or id name for matching and messages; a blanked `{{ … }}` in it shows as `{{…}}`.
fn display_name(name: &str) -> String {
    if !name.contains("____") {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    for (i, part) in name.split("____").enumerate() {
        if i > 0 && !out.ends_with("{{…}}") {
            out.push_str("{{…}}");
        }
        out.push_str(part.trim_start_matches('_'));
    }
    out
}

/// Whether a property parses as a real CSS declaration: a property lightningcss knows with a value
/// valid for it (or a `var()`), or a custom property.
pub fn is_real_declaration(property: &Property) -> bool {
    match property {
        Property::Custom(custom) => matches!(custom.name, CustomPropertyName::Custom(_)),
        Property::Unparsed(_) => {
            let text = property.value_to_css_string(Default::default()).unwrap_or_default();
            text.contains("var(") || text.contains("env(")
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_are_shown_as_such() {
        assert_eq!(display_name("acme"), "acme");
        assert_eq!(display_name("_________________-panel"), "{{…}}-panel");
        assert_eq!(display_name("acme-__________"), "acme-{{…}}");
    }

    #[test]
    fn attribute_selectors_keep_their_names_and_values() {
        let css = ".btn[data-v-1a2b3c], [data-widget=\"acme\" i], [class*=acme] { }";
        let sheet = read(&SourceText::new("a.css", css.to_string()), None).expect("sheet");
        let attributes: Vec<&Attribute> =
            sheet.rules[0].selectors.iter().flat_map(|s| &s.compounds).flat_map(|c| &c.attributes).collect();
        let expected = [("data-v-1a2b3c", None), ("data-widget", Some("acme")), ("class", Some("acme"))];
        let expected: Vec<Attribute> = expected
            .iter()
            .map(|(name, value)| Attribute { name: name.to_string(), value: value.map(str::to_string) })
            .collect();
        assert_eq!(attributes, expected.iter().collect::<Vec<_>>());
    }

    #[test]
    fn custom_properties_are_found_where_they_are_declared() {
        let css = ":root {\n  color: var(--a);\n  --a: red;\n}\n.b { --c : 1 }";
        let sheet = read(&SourceText::new("a.css", css.to_string()), None).expect("sheet");
        let declared: Vec<(&str, Option<usize>)> =
            sheet.rules.iter().flat_map(|r| &r.custom_properties).map(|(n, l)| (n.as_str(), l.line)).collect();
        assert_eq!(declared, [("--a", Some(3)), ("--c", Some(5))]);
        assert_eq!(sheet.rules.iter().map(|r| r.only_custom_properties).collect::<Vec<_>>(), [false, true]);
    }

    #[test]
    fn compounds_left_to_right() {
        let css = "div.a#b > .c:is(.d, span) ~ [x]::before, .e { }";
        let sheet = read(&SourceText::new("a.css", css.to_string()), None).expect("sheet");
        let rule = &sheet.rules[0];
        assert_eq!(rule.selectors.len(), 2);
        let c = &rule.selectors[0].compounds;
        assert_eq!(c.len(), 3);
        assert_eq!(
            (c[0].classes.as_slice(), c[0].ids.as_slice()),
            (["a".to_string()].as_slice(), ["b".to_string()].as_slice())
        );
        assert_eq!(c[0].generic[0], Generic::Element("div".into()));
        assert_eq!(c[1].styled_classes(), ["c", "d"]);
        assert_eq!(c[2].generic, [Generic::Attribute, Generic::PseudoElement]);
        assert_eq!(c[2].attributes, [Attribute { name: "x".into(), value: None }]);
        assert_eq!(rule.selectors[1].text, ".e");
        assert_eq!(rule.selectors[1].location.column, Some(42));
    }
}
