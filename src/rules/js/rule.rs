//! The shape of a JavaScript rule, as oxc_linter shapes its lints: a type with the hooks of the
//! one walk it needs and its own per-file state, plus its verdict over all the widget's scripts.
//!
//! Adding a rule: write one file with a `Default` type that implements [`JsRule`] (override the
//! hooks it needs; write [`Note`](super::scan::Note)s through the context), and add one line to
//! the list in `mod.rs`. The walk, the parallel scan, locating notes, folding library files and
//! the no-JavaScript case are done for it.

use oxc_ast::ast::{
    AssignmentExpression, BinaryExpression, CallExpression, Comment, DebuggerStatement, Expression,
    IdentifierReference, IfStatement, ImportExpression, NewExpression, ObjectExpression, TemplateLiteral,
    UnaryExpression, UpdateExpression,
};
use oxc_span::Span;

use super::scan::Scripts;
use super::walk::Cx;
use crate::rules::Finding;

/// One JavaScript rule (or a few rules that share their hooks). A fresh value walks each file;
/// [`JsRule::verdict`] is asked of a fresh value too, and reads only the notes of all files.
pub trait JsRule: Send {
    /// The whole text of a file, before the walk.
    fn on_source(&mut self, _cx: &mut Cx, _text: &str) {}
    /// The file's comments, with its text.
    fn on_comments(&mut self, _cx: &mut Cx, _text: &str, _comments: &[Comment]) {}
    fn on_call(&mut self, _cx: &mut Cx, _it: &CallExpression) {}
    fn on_new(&mut self, _cx: &mut Cx, _it: &NewExpression) {}
    fn on_assignment(&mut self, _cx: &mut Cx, _it: &AssignmentExpression) {}
    fn on_update(&mut self, _cx: &mut Cx, _it: &UpdateExpression) {}
    /// `delete x.y`.
    fn on_delete(&mut self, _cx: &mut Cx, _it: &UnaryExpression) {}
    fn on_binary(&mut self, _cx: &mut Cx, _it: &BinaryExpression) {}
    fn on_object(&mut self, _cx: &mut Cx, _it: &ObjectExpression) {}
    /// `var name = init` (and `let`, `const`).
    fn on_declarator(&mut self, _cx: &mut Cx, _name: &str, _init: &Expression) {}
    /// A named function (`function f() {}`, `var f = function () {}`), with its span.
    fn on_function(&mut self, _cx: &mut Cx, _name: &str, _span: Span) {}
    /// The text of a string literal or a template part, unless a rule already accounted for it.
    fn on_text(&mut self, _cx: &mut Cx, _text: &str, _offset: u32) {}
    /// A template literal as a whole (its parts come to [`JsRule::on_text`] too).
    fn on_template(&mut self, _cx: &mut Cx, _it: &TemplateLiteral) {}
    fn on_import(&mut self, _cx: &mut Cx, _it: &ImportExpression) {}
    /// An `if` statement, before its test and branches are walked.
    fn on_if(&mut self, _cx: &mut Cx, _it: &IfStatement) {}
    fn on_debugger(&mut self, _cx: &mut Cx, _it: &DebuggerStatement) {}
    /// A name that refers to no declaration of the file, outside `typeof` and outside the code
    /// that runs only after a `typeof` test showed the name exists (see `typeof_guard`).
    fn on_global(&mut self, _cx: &mut Cx, _it: &IdentifierReference, _write: bool) {}
    /// After the walk, with the whole file seen.
    fn finish(&mut self, _cx: &mut Cx) {}
    /// The results over all scripts.
    fn verdict(&self, scripts: &Scripts) -> Vec<Finding>;
}
