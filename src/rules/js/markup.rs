//! Not a rule: the classes and ids the scripts put on the widget's own markup, which the CSS rules
//! take as roots of the widget's styles (see [`crate::rules::css`]):
//! - those on the outermost elements of HTML built in strings (`'<div class="acme-panel">' + body`,
//!   `` `<div id="acme-root">${body}</div>` ``), each string read alone with the one HTML reader;
//! - those jQuery gives an element it creates (`$('<div>', {'class': 'acme-panel'})`), unless
//!   it is appended into another element created there (`$('<div>').append($('<p>', …))`), or
//!   written in HTML appended so;
//! - the `class_name` of a `render_template` call, the wrapper amoCRM draws around the widget's
//!   right panel (`self.render_template({caption: {class_name: 'acme-modal'}, body, render})`),
//!   wherever it is in the objects passed.
//!
//! Each is noted once per file for css.root-scoped, as a passing note whose text is the root
//! (`.acme-panel`); [`roots`] gathers them for [`super::ScriptFacts::markup_roots`].

use std::collections::HashSet;

use oxc_ast::ast::{CallExpression, Expression, ObjectExpression, ObjectPropertyKind};

use super::ast;
use super::rule::JsRule;
use super::scan::Scripts;
use super::walk::{Cx, start};
use crate::location::Location;
use crate::rules::catalogue::RuleId;
use crate::rules::css::markup::outer_roots;
use crate::rules::css::scope::{Root, is_system_class};
use crate::rules::{Finding, Status};

/// The rule whose notes these are.
const ID: RuleId = RuleId::CssRootScoped;

/// Gathers the roots a file's scripts put on their markup; the roots already noted, so each is
/// noted once, and the starts of the calls and strings that make inner elements.
#[derive(Default)]
pub struct MarkupRoots {
    seen: HashSet<Root>,
    inner: HashSet<u32>,
}

impl MarkupRoots {
    fn note(&mut self, cx: &mut Cx, root: Root, offset: u32) {
        let written = root.to_string();
        if self.seen.insert(root) {
            cx.note_text(ID, Status::Pass, written, offset);
        }
    }

    /// The classes of a `class` value (amoCRM's left out), as roots.
    fn note_classes(&mut self, cx: &mut Cx, value: &str, offset: u32) {
        for class in value.split_whitespace().filter(|c| !is_system_class(c)) {
            if let Some(root) = Root::parse(&format!(".{class}")) {
                self.note(cx, root, offset);
            }
        }
    }

    /// `class_name` anywhere in an object passed to `render_template`, and in the objects nested
    /// in it (`{caption: {class_name: …}}`).
    fn class_names(&mut self, cx: &mut Cx, object: &ObjectExpression) {
        for property in &object.properties {
            let ObjectPropertyKind::ObjectProperty(p) = property else { continue };
            match p.value.without_parentheses() {
                Expression::ObjectExpression(inner) => self.class_names(cx, inner),
                value if p.key.static_name().is_some_and(|k| k == "class_name") => {
                    if let Some(text) = ast::static_string(value) {
                        self.note_classes(cx, &text, start(value));
                    }
                }
                _ => {}
            }
        }
    }

    /// `$('<div>', {'class': 'acme-panel', id: 'acme-root'})`: the attributes jQuery gives the
    /// element it creates.
    fn jquery_attributes(&mut self, cx: &mut Cx, call: &CallExpression) {
        let Some(Expression::ObjectExpression(attributes)) = ast::arg(&call.arguments, 1) else { return };
        if !creates(call) || self.inner.contains(&call.span.start) {
            return;
        }
        for key in ["class", "className"] {
            if let Some(value) = ast::property(attributes, key)
                && let Some(text) = ast::static_string(value)
            {
                self.note_classes(cx, &text, start(value));
            }
        }
        if let Some(value) = ast::property(attributes, "id")
            && let Some(text) = ast::static_string(value)
            && let Some(root @ Root::Id(_)) = Root::parse(&format!("#{}", text.trim()))
        {
            self.note(cx, root, start(value));
        }
    }
}

impl JsRule for MarkupRoots {
    fn on_text(&mut self, cx: &mut Cx, text: &str, offset: u32) {
        // Most strings have no tag at all: only those are read as HTML.
        if !text.contains('<') || !(text.contains("class") || text.contains("id")) || self.inner.contains(&offset) {
            return;
        }
        for (root, _) in outer_roots(&cx.html(text, offset)) {
            self.note(cx, root, offset);
        }
    }

    fn on_call(&mut self, cx: &mut Cx, call: &CallExpression) {
        self.jquery_attributes(cx, call);
        let name = match call.callee.without_parentheses() {
            Expression::Identifier(id) => Some(id.name.as_str()),
            other => ast::method(other),
        };
        // The walk reaches a call before its arguments, so what it puts inside an element created
        // here is known to be inner before it is looked at.
        if matches!(name, Some("append" | "prepend" | "html"))
            && ast::receiver(&call.callee).and_then(created).is_some()
        {
            for argument in call.arguments.iter().filter_map(|a| a.as_expression()) {
                let inner = match argument.without_parentheses() {
                    Expression::StringLiteral(s) => Some(s.span.start),
                    other => created(other).map(|made| made.span.start),
                };
                self.inner.extend(inner);
            }
        }
        if name != Some("render_template") {
            return;
        }
        for argument in call.arguments.iter().filter_map(|a| a.as_expression()) {
            if let Expression::ObjectExpression(object) = argument.without_parentheses() {
                self.class_names(cx, object);
            }
        }
    }

    fn verdict(&self, _scripts: &Scripts) -> Vec<Finding> {
        Vec::new()
    }
}

/// Whether a call is jQuery creating an element: `$('<p>', …)`, `jQuery('<div class="x">')`.
fn creates(call: &CallExpression) -> bool {
    matches!(ast::any_path(&call.callee).as_deref(), Some("$" | "jQuery" | "window.$" | "window.jQuery"))
        && ast::arg(&call.arguments, 0).and_then(ast::static_string).is_some_and(|s| s.trim_start().starts_with('<'))
}

/// The jQuery call that creates an element, looking through the methods called on it
/// (`$('<p>').text(x).addClass(y)` → `$('<p>')`).
fn created<'e, 'a>(e: &'e Expression<'a>) -> Option<&'e CallExpression<'a>> {
    let Expression::CallExpression(call) = e.without_parentheses() else { return None };
    if creates(call) { Some(call) } else { ast::receiver(&call.callee).and_then(created) }
}

/// The roots the widget's own scripts noted (library files are folded away), each with where.
pub fn roots(scripts: &Scripts) -> Vec<(String, Location)> {
    scripts.notes(ID, Status::Pass).into_iter().map(|n| (n.text().to_string(), n.at.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::widget::source::SourceText;

    /// The roots noted in one script, in order.
    fn roots_of(code: &str) -> Vec<String> {
        let source = SourceText::new("script.js", code.to_string());
        let scan = super::super::parse::scan(&source, vec![Box::new(MarkupRoots::default())]);
        scan.notes_of(ID).map(|n| n.text().to_string()).collect()
    }

    #[test]
    fn roots_of_built_html_render_template_and_created_elements() {
        let code = r#"define(['jquery'], function ($) {
  var body = 'x';
  var a = '<div class="acme-panel modal-body"><span class="acme-inner">' + body + '</span></div>';
  var b = `<section id="acme-root">${body}</section>`;
  self.render_template({ caption: { class_name: 'acme-caption' }, body: a }, { class_name: 'acme-modal' });
  $('<li>', { 'class': 'acme-item', id: 'acme-li' });
  $('.acme-panel', { 'class': 'not-created' });
  $('<div>', { 'class': 'acme-box' }).append($('<p>', { 'class': 'acme-box-inner' }).text('x'), '<b class="acme-b">');
  var again = '<div class="acme-panel">';
  var text = 'a < b, by id';
});"#;
        assert_eq!(
            roots_of(code),
            [".acme-panel", "#acme-root", ".acme-caption", ".acme-modal", ".acme-item", "#acme-li", ".acme-box"]
        );
    }

    #[test]
    fn a_piece_of_html_that_continues_another_gives_no_root() {
        assert!(roots_of("var a = '</span><span class=\"acme-inner\">';").is_empty());
        assert!(roots_of("render({ class_name: 'acme-x' });").is_empty());
    }
}
