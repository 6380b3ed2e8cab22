//! What the scripts tell other rule families: widget files they name or may name (the load
//! graph behind files.unused), the left menu (ui.left-menu), drag and drop (ui.drag-drop) and
//! the page parts they select (ui.interfaces).

use std::collections::HashSet;

use oxc_ast::ast::{AssignmentExpression, BinaryExpression, CallExpression, Expression, TemplateLiteral};
use oxc_syntax::operator::BinaryOperator;

use super::ast;
use super::rule::JsRule;
use super::scan::Scripts;
use super::walk::{Cx, start};
use crate::rules::Finding;
use crate::rules::loads::{How, Pattern, Wanted, markup_references};
use crate::text::placeholders;

/// Extensions of files a script may name.
const FILE_EXTENSIONS: &[&str] = &[
    "twig", "html", "htm", "css", "js", "json", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "woff", "woff2",
    "ttf", "eot", "otf", "mp3", "wav", "ogg", "mp4", "webm", "txt", "csv", "xml", "pdf",
];

/// Selectors of amoCRM's left menu (`#left_menu`, `.nav__menu`, …).
const LEFT_MENU: &[&str] = &[
    "#left_menu",
    "#left-menu",
    ".left_menu",
    ".left-menu",
    "#nav_menu",
    ".nav_menu",
    "#nav__menu",
    ".nav__menu",
    ".nav-menu",
    "#nav-menu",
    ".left-sidebar",
    "#left-sidebar",
];

/// Event and attribute names of HTML drag and drop.
const DRAG_EVENTS: &[&str] = &["dragstart", "drag", "dragend", "dragenter", "dragover", "dragleave", "drop"];
/// jQuery UI and element members for drag and drop.
const DRAG_MEMBERS: &[&str] =
    &["draggable", "droppable", "sortable", "ondrop", "ondragstart", "ondragover", "ondragend"];

/// Functions whose first argument selects page elements.
const SELECTING: &[&str] =
    &["$", "jQuery", "querySelector", "querySelectorAll", "getElementById", "getElementsByClassName"];

/// Placeholders kept per file: enough to show, bounded on hostile input.
const MAX_PLACEHOLDERS: usize = 20;

/// Not a rule: gathers what the scripts tell other families (see [`super::ScriptFacts`]).
#[derive(Default)]
pub struct Facts {
    /// Concatenations already read as a whole, by where they start: the inner `+` of
    /// `a + b + c` is part of the outer one.
    read: HashSet<u32>,
}

impl JsRule for Facts {
    fn on_text(&mut self, cx: &mut Cx, text: &str, offset: u32) {
        if cx.facts().placeholders.len() < MAX_PLACEHOLDERS
            && let Some(left) = placeholders::left(text)
        {
            cx.facts().placeholders.push((left.msg(), offset));
        }
        if let Some(path) = file_reference(text) {
            cx.facts().references.push((Wanted::Path(path), offset));
        }
        // HTML the script builds loads what its tags name (`<img src="images/x.png">`).
        if text.contains('<') {
            for (target, _) in markup_references(&cx.html(text, offset)) {
                if let Some(path) = file_reference(&target) {
                    cx.facts().references.push((Wanted::Path(path), offset));
                }
            }
        }
        let lower = text.to_ascii_lowercase();
        // Every left-menu selector names a menu or a sidebar: most strings are out at once.
        if (lower.contains("menu") || lower.contains("sidebar"))
            && LEFT_MENU.iter().any(|s| contains_selector(&lower, s))
        {
            cx.facts().left_menu.push(offset);
        }
        let drag = lower.contains("draggable")
            || (lower.len() < 80
                && lower.split_whitespace().any(|t| DRAG_EVENTS.contains(&t.split('.').next().unwrap_or(t))));
        if drag {
            cx.facts().drag_drop.push(offset);
        }
    }

    /// `var fakeData = […]`: test data the widget keeps.
    fn on_declarator(&mut self, cx: &mut Cx, name: &str, init: &Expression) {
        if placeholders::is_test_name(name) && cx.facts().placeholders.len() < MAX_PLACEHOLDERS {
            let left = placeholders::Left::TestName(name.to_string());
            cx.facts().placeholders.push((left.msg(), start(init)));
        }
    }

    fn on_call(&mut self, cx: &mut Cx, call: &CallExpression) {
        if let Some(m) = ast::method(&call.callee)
            && DRAG_MEMBERS.contains(&m)
        {
            cx.facts().drag_drop.push(start(&call.callee));
        }
        let name = match call.callee.without_parentheses() {
            Expression::Identifier(id) => Some(id.name.as_str()),
            other => ast::method(other),
        };
        if let Some(name) = name.filter(|n| SELECTING.contains(n))
            && let Some(arg) = ast::arg(&call.arguments, 0)
            && let Some(s) = ast::static_string(arg)
        {
            let s = s.trim();
            let selector = match name {
                "getElementById" => format!("#{s}"),
                "getElementsByClassName" => format!(".{s}"),
                _ => s.to_string(),
            };
            if (selector.starts_with('#') || selector.starts_with('.'))
                && selector.len() > 1
                && cx.facts().dom_areas.len() < super::MAX_DOM_AREAS
                && !cx.facts().dom_areas.iter().any(|(s, _)| *s == selector)
            {
                cx.facts().dom_areas.push((selector, start(arg)));
            }
        }
        // `self.render({href: '/templates/x'})`, `twig({href: …})`, a helper's
        // `getTemplate({href: …})`: a template, with `.twig` added when left out.
        if let Some(Expression::ObjectExpression(o)) = ast::arg(&call.arguments, 0)
            && let Some(href) = ast::property(o, "href")
        {
            let at = start(href);
            match ast::static_string(href) {
                Some(s) => {
                    let path = normalise(&s);
                    if !path.is_empty() && !path.contains("://") {
                        let name = path.rsplit('/').next().unwrap_or(&path);
                        let path = if name.contains('.') { path.clone() } else { format!("{path}.twig") };
                        cx.facts().required.push((path.clone(), How::Template, at));
                        cx.facts().references.push((Wanted::Path(path), at));
                    }
                }
                None => self.pattern(cx, href, true),
            }
        }
        // `getTemplate('settings')`: a bare name a helper may turn into templates/settings.twig.
        for arg in call.arguments.iter().filter_map(|a| a.as_expression()) {
            if let Expression::StringLiteral(s) = arg.without_parentheses()
                && is_bare_name(&s.value)
            {
                cx.facts().references.push((Wanted::Name(s.value.to_string()), s.span.start));
            }
        }
    }

    /// `'/templates/' + name + '.twig'`: a name built at run time, which may be any file of that
    /// shape.
    fn on_binary(&mut self, cx: &mut Cx, it: &BinaryExpression) {
        if it.operator != BinaryOperator::Addition {
            return;
        }
        images_path(cx, it);
        if self.read.insert(it.span.start) {
            let mut pieces = Vec::new();
            self.flatten(&it.left, &mut pieces);
            self.flatten(&it.right, &mut pieces);
            note_pattern(cx, &pieces, it.span.start);
        }
    }

    /// `` `/templates/${name}.twig` ``.
    fn on_template(&mut self, cx: &mut Cx, it: &TemplateLiteral) {
        if it.expressions.is_empty() {
            return;
        }
        let mut pieces = Vec::new();
        for (i, q) in it.quasis.iter().enumerate() {
            pieces.push(Some(q.value.cooked.map_or(q.value.raw.as_str(), |c| c.as_str()).to_string()));
            if i < it.expressions.len() {
                pieces.push(None);
            }
        }
        note_pattern(cx, &pieces, it.span.start);
    }

    /// `el.ondrop = …`.
    fn on_assignment(&mut self, cx: &mut Cx, it: &AssignmentExpression) {
        if let Some(m) = it.left.as_member_expression()
            && m.static_property_name().is_some_and(|p| DRAG_MEMBERS.contains(&p))
        {
            cx.facts().drag_drop.push(it.span.start);
        }
    }

    fn verdict(&self, _scripts: &Scripts) -> Vec<Finding> {
        Vec::new()
    }
}

impl Facts {
    /// The pattern of a concatenation (or of the expression given to `href`), when it has a hole
    /// and says enough to tell a file; `with_twig`: `.twig` is added when no extension ends it.
    fn pattern(&mut self, cx: &mut Cx, e: &Expression, with_twig: bool) {
        let mut pieces = Vec::new();
        self.flatten(e, &mut pieces);
        if with_twig && pieces.last().is_none_or(|p| p.as_deref().is_none_or(|t| !t.contains('.'))) {
            pieces.push(Some(".twig".into()));
        }
        note_pattern(cx, &pieces, start(e));
    }

    /// The parts of a `+` chain: constant text, or `None` for a value known only at run time.
    fn flatten(&mut self, e: &Expression, pieces: &mut Vec<Option<String>>) {
        match e.without_parentheses() {
            Expression::BinaryExpression(b) if b.operator == BinaryOperator::Addition => {
                self.read.insert(b.span.start);
                self.flatten(&b.left, pieces);
                self.flatten(&b.right, pieces);
            }
            other => pieces.push(ast::static_string(other).map(|s| s.into_owned())),
        }
    }
}

/// Notes the pattern of a name built at run time, when it says enough to tell a file.
fn note_pattern(cx: &mut Cx, pieces: &[Option<String>], offset: u32) {
    if let Some(p) = Pattern::new(pieces) {
        cx.facts().references.push((Wanted::Pattern(p), offset));
    }
}

/// `self.params.images_path + '/logo.png'` names `images/logo.png`.
fn images_path(cx: &mut Cx, it: &BinaryExpression) {
    let Some(left) = it.left.without_parentheses().as_member_expression() else { return };
    if left.static_property_name() != Some("images_path") {
        return;
    }
    if let Expression::StringLiteral(s) = it.right.without_parentheses()
        && let Some(path) = file_reference(s.value.as_str())
    {
        cx.skip_string(s.span.start);
        cx.facts().references.push((Wanted::Path(format!("images/{path}")), s.span.start));
    }
}

/// A string that could be a template's name alone (`'settings'`, `'modal-row'`).
fn is_bare_name(s: &str) -> bool {
    (2..=64).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// A string that looks like the path of a widget file: no spaces, no URL, a known extension.
fn file_reference(text: &str) -> Option<String> {
    let text = text.trim();
    if text.len() > 200 || text.contains("://") || text.starts_with("//") || text.starts_with("data:") {
        return None;
    }
    let path = text.split(['?', '#']).next().unwrap_or(text);
    if path.is_empty()
        || path.starts_with("../")
        || !path.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | '@' | '~'))
    {
        return None;
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    let (stem, ext) = name.rsplit_once('.')?;
    if stem.is_empty() || !FILE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) {
        return None;
    }
    Some(normalise(path))
}

/// Relative to the widget root, without a leading `/` or `./`.
fn normalise(path: &str) -> String {
    let mut p = path.trim();
    loop {
        if let Some(rest) = p.strip_prefix("./") {
            p = rest;
        } else if let Some(rest) = p.strip_prefix('/') {
            p = rest;
        } else {
            break;
        }
    }
    p.to_string()
}

/// Whether `selector` occurs in `text` as a whole selector part or a BEM child of it
/// (`.nav__menu`, `.nav__menu__item`; not `.nav__menu-x`).
fn contains_selector(text: &str, selector: &str) -> bool {
    text.match_indices(selector).any(|(i, _)| {
        let after = text[i + selector.len()..].chars().next();
        !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
    })
}
