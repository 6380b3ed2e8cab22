//! One walk over a parsed file. The walker keeps only context — the file's scopes, which
//! function is being walked (inside a catch block, a rejection handler, a message listener, a
//! network callback), which globals a `typeof` test has shown to exist, what is already
//! accounted for — and hands each node to every rule of the list. Rules write what they find
//! through [`Cx`], as notes at byte offsets.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use oxc_ast::ast::{
    ArrowFunctionExpression, AssignmentExpression, BinaryExpression, CallExpression, CatchClause,
    ConditionalExpression, DebuggerStatement, Expression, Function, IdentifierReference, IfStatement, ImportExpression,
    LogicalExpression, NewExpression, ObjectExpression, StringLiteral, TemplateLiteral, UnaryExpression,
    UpdateExpression, VariableDeclarator,
};
use oxc_ast_visit::{Visit, walk};
use oxc_semantic::Scoping;
use oxc_span::{GetSpan, Span};
use oxc_syntax::operator::{LogicalOperator, UnaryOperator};
use oxc_syntax::scope::ScopeFlags;

use super::ast::{self, SpanOf};
use super::rule::JsRule;
use super::scan::Detail;
use super::typeof_guard;
use crate::i18n::Msg;
use crate::rules::Status;
use crate::rules::catalogue::RuleId;
use crate::rules::loads::Wanted;
use crate::text::html::Html;

/// The most notes of one rule kept per file, each later with its location and snippet: reports
/// show far fewer, and a generated file with 35 000 undeclared names would otherwise hold 9 MB
/// of them (a hostile one with 1.5 million, hundreds).
pub const MAX_NOTES: usize = 1_000;

/// The function being walked is a promise rejection handler (`.catch(fn)`, `.then(a, fn)`).
pub const REJECTION: u8 = 1;
/// The function listens for `message` events: its data comes from other windows (iframes).
pub const MESSAGE: u8 = 2;
/// The function handles the result of a network request (`fetch(…).then(fn)`, `$.get(u, fn)`).
pub const NETWORK: u8 = 4;

/// What is known about the function being walked.
#[derive(Debug, Clone, Copy, Default)]
pub struct Frame {
    /// How many `catch` blocks of this function enclose the current node.
    pub catch_depth: u32,
    /// This very function is a rejection handler. Not inherited by nested functions: they run
    /// later, outside the error handling.
    pub rejection: bool,
    /// This function or one it is nested in handles `message` events (inherited: the data flows in).
    pub message: bool,
    /// This function or one it is nested in handles a network response (inherited).
    pub network: bool,
}

/// A note at a byte offset, before it is located.
#[derive(Debug, Clone)]
pub struct RawNote {
    pub rule: RuleId,
    pub status: Status,
    pub what: Msg,
    pub offset: u32,
    pub detail: Detail,
}

/// Script facts for other families, at byte offsets.
#[derive(Debug, Clone, Default)]
pub struct RawFacts {
    /// Files the script asks for.
    pub references: Vec<(Wanted, u32)>,
    /// Widget modules it loads through `define` / `require`, resolved to paths.
    pub modules: Vec<String>,
    /// Files it certainly loads (a relative module, a template `self.render` loads), and how.
    pub required: Vec<(String, crate::rules::loads::How, u32)>,
    /// Where it loads a module whose id is built at run time (`` `${base}/app.js` ``).
    pub runtime_modules: Vec<u32>,
    /// Placeholder addresses and build placeholders in its strings, in words.
    pub placeholders: Vec<(Msg, u32)>,
    /// A bundler's module table: each module's path and the span of its function.
    pub bundle_modules: Vec<(String, u32, u32)>,
    pub left_menu: Vec<u32>,
    pub drag_drop: Vec<u32>,
    pub dom_areas: Vec<(String, u32)>,
}

/// The context of the walk, and what the rules wrote.
pub struct Cx<'s> {
    scoping: &'s Scoping,
    /// The file being walked, relative to the widget root.
    path: &'s str,
    frames: Vec<Frame>,
    /// Handler flags for functions about to be walked, by the start of their span.
    pending: HashMap<u32, u8>,
    /// Identifier references not to report as undeclared (`typeof x`).
    skip_refs: HashSet<u32>,
    /// Globals a `typeof` test has shown to exist, each with the code that runs only after that
    /// outcome of the test (see [`typeof_guard`]): pushed by the enclosing `&&`, `||`, `?:` or
    /// `if`, popped after it, so it holds only what the tests around the current node show.
    known: Vec<(String, Span)>,
    /// String literals already accounted for, so their text is not read again.
    skip_strings: HashSet<u32>,
    pub(super) notes: Vec<RawNote>,
    /// How many notes each rule wrote, kept or not.
    written: HashMap<RuleId, usize>,
    pub(super) own_globals: Vec<String>,
    pub(super) has_define: bool,
    pub(super) facts: RawFacts,
    /// [`ast::global_path`] and [`ast::library_path`] of the callee of the call whose
    /// [`JsRule::on_call`] hooks are running: worked out once for all of them.
    callee: (Option<String>, Option<String>),
    /// The string (by where it starts) whose [`JsRule::on_text`] hooks are running, read as
    /// HTML when the first of them asks: one read for all of them.
    html: Option<(u32, Rc<Html>)>,
}

impl<'s> Cx<'s> {
    fn new(scoping: &'s Scoping, path: &'s str) -> Self {
        Cx {
            scoping,
            path,
            frames: vec![Frame::default()],
            pending: HashMap::new(),
            skip_refs: HashSet::new(),
            known: Vec::new(),
            skip_strings: HashSet::new(),
            notes: Vec::new(),
            written: HashMap::new(),
            own_globals: Vec::new(),
            has_define: false,
            facts: RawFacts::default(),
            callee: (None, None),
            html: None,
        }
    }

    /// A string's text read as HTML (`offset`: where the string starts), read once however many
    /// rules ask.
    pub fn html(&mut self, text: &str, offset: u32) -> Rc<Html> {
        match &self.html {
            Some((at, html)) if *at == offset => Rc::clone(html),
            _ => {
                let html = Rc::new(Html::read(text));
                self.html = Some((offset, Rc::clone(&html)));
                html
            }
        }
    }

    /// The file being walked, relative to the widget root.
    pub fn path(&self) -> &str {
        self.path
    }

    /// Whether an identifier refers to no declaration in the file (a global, or a mistake).
    pub fn is_global(&self, id: &IdentifierReference) -> bool {
        id.reference_id.get().is_none_or(|r| self.scoping.get_reference(r).symbol_id().is_none())
    }

    /// In [`JsRule::on_call`]: the dotted name of the called function when it is rooted at a
    /// global (`console.log`, `$.ajax`; see [`ast::global_path`]).
    pub fn callee_global(&self) -> Option<&str> {
        self.callee.0.as_deref()
    }

    /// In [`JsRule::on_call`]: the same, with `$`, `jQuery` and `_` counted even as local names
    /// (see [`ast::library_path`]).
    pub fn callee_library(&self) -> Option<&str> {
        self.callee.1.as_deref()
    }

    /// The function being walked.
    pub fn frame(&self) -> Frame {
        self.frames.last().copied().unwrap_or_default()
    }

    /// Marks a function expression (if `e` is one) so that it is walked with `flags`.
    pub fn mark_handler(&mut self, e: &Expression, flags: u8) {
        if let Some(span) = ast::function_span(e) {
            *self.pending.entry(span.start).or_default() |= flags;
        }
    }

    /// The string literal starting at `offset` is accounted for: [`JsRule::on_text`] skips it.
    pub fn skip_string(&mut self, offset: u32) {
        self.skip_strings.insert(offset);
    }

    /// Notes something for a rule; returns the note's index, to add to it later, or `None` when
    /// the rule already has [`MAX_NOTES`] notes in this file.
    pub fn note(&mut self, rule: RuleId, status: Status, what: Msg, offset: u32) -> Option<usize> {
        self.note_with(rule, status, what, offset, Detail::None)
    }

    /// Notes a text of the widget (a text shown to users, a root of the markup): kept as data in
    /// [`Detail::Text`], and shown as it is.
    pub fn note_text(&mut self, rule: RuleId, status: Status, text: String, offset: u32) -> Option<usize> {
        self.note_with(rule, status, super::scan::code(text.as_str()), offset, Detail::Text(text))
    }

    /// Notes something with details.
    pub fn note_with(&mut self, rule: RuleId, status: Status, what: Msg, offset: u32, detail: Detail) -> Option<usize> {
        let written = self.written.entry(rule).or_default();
        *written += 1;
        if *written > MAX_NOTES {
            return None;
        }
        self.notes.push(RawNote { rule, status, what, offset, detail });
        Some(self.notes.len() - 1)
    }

    /// The note at an index [`Cx::note`] returned.
    pub fn note_at(&mut self, index: usize) -> Option<&mut RawNote> {
        self.notes.get_mut(index)
    }

    /// A name the file makes global on purpose (`window.x = …`).
    pub fn declare_global(&mut self, name: &str) {
        self.own_globals.push(name.to_string());
    }

    /// The facts the file tells other families.
    pub fn facts(&mut self) -> &mut RawFacts {
        &mut self.facts
    }

    /// How many names are known, to [`Cx::forget`] the ones known after.
    fn known_mark(&self) -> usize {
        self.known.len()
    }

    /// Counts `names` as existing in the code of `span`.
    fn know(&mut self, names: Vec<&str>, span: Span) {
        self.known.extend(names.into_iter().map(|name| (name.to_string(), span)));
    }

    /// Forgets the names known since `mark`, when the walk leaves the node that tested them.
    fn forget(&mut self, mark: usize) {
        self.known.truncate(mark);
    }

    /// Whether a `typeof` test has shown `name` to exist at `offset`.
    fn is_known(&self, name: &str, offset: u32) -> bool {
        self.known.iter().any(|(known, span)| known.as_str() == name && span.start <= offset && offset < span.end)
    }

    fn enter_function(&mut self, start: u32) {
        let flags = self.pending.remove(&start).unwrap_or(0);
        let parent = self.frame();
        self.frames.push(Frame {
            catch_depth: 0,
            rejection: flags & REJECTION != 0,
            message: parent.message || flags & MESSAGE != 0,
            network: parent.network || flags & NETWORK != 0,
        });
    }

    fn leave_function(&mut self) {
        if self.frames.len() > 1 {
            self.frames.pop();
        }
    }
}

/// The walk: the context, and the rules that see each node, in list order.
pub struct Walker<'s> {
    pub cx: Cx<'s>,
    rules: Vec<Box<dyn JsRule>>,
}

impl<'s> Walker<'s> {
    pub fn new(scoping: &'s Scoping, path: &'s str, rules: Vec<Box<dyn JsRule>>) -> Self {
        Walker { cx: Cx::new(scoping, path), rules }
    }

    /// Lets every rule look at the whole text, or at the comments.
    pub fn each(&mut self, mut hook: impl FnMut(&mut dyn JsRule, &mut Cx<'s>)) {
        for rule in &mut self.rules {
            hook(rule.as_mut(), &mut self.cx);
        }
    }
}

impl<'a> Visit<'a> for Walker<'_> {
    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        self.cx.callee = ast::paths(&self.cx, &it.callee);
        if self.cx.callee_global() == Some("define") {
            self.cx.has_define = true;
        }
        self.each(|r, cx| r.on_call(cx, it));
        walk::walk_call_expression(self, it);
    }

    fn visit_new_expression(&mut self, it: &NewExpression<'a>) {
        self.each(|r, cx| r.on_new(cx, it));
        walk::walk_new_expression(self, it);
    }

    fn visit_assignment_expression(&mut self, it: &AssignmentExpression<'a>) {
        self.each(|r, cx| r.on_assignment(cx, it));
        walk::walk_assignment_expression(self, it);
    }

    fn visit_update_expression(&mut self, it: &UpdateExpression<'a>) {
        self.each(|r, cx| r.on_update(cx, it));
        walk::walk_update_expression(self, it);
    }

    fn visit_unary_expression(&mut self, it: &UnaryExpression<'a>) {
        match it.operator {
            UnaryOperator::Typeof => {
                if let Expression::Identifier(id) = it.argument.without_parentheses() {
                    self.cx.skip_refs.insert(id.span.start);
                }
            }
            UnaryOperator::Delete => self.each(|r, cx| r.on_delete(cx, it)),
            _ => {}
        }
        walk::walk_unary_expression(self, it);
    }

    fn visit_binary_expression(&mut self, it: &BinaryExpression<'a>) {
        self.each(|r, cx| r.on_binary(cx, it));
        walk::walk_binary_expression(self, it);
    }

    /// The right operand of `&&` runs only when the left one is true, that of `||` only when it
    /// is false: what that outcome of the left one shows exists there.
    fn visit_logical_expression(&mut self, it: &LogicalExpression<'a>) {
        let names = match it.operator {
            LogicalOperator::And => typeof_guard::proven(&it.left, true),
            LogicalOperator::Or => typeof_guard::proven(&it.left, false),
            LogicalOperator::Coalesce => Vec::new(),
        };
        let mark = self.cx.known_mark();
        self.cx.know(names, it.right.span());
        walk::walk_logical_expression(self, it);
        self.cx.forget(mark);
    }

    /// What the test shows when true exists in the consequent; when false, in the alternate.
    fn visit_conditional_expression(&mut self, it: &ConditionalExpression<'a>) {
        let mark = self.cx.known_mark();
        self.cx.know(typeof_guard::proven(&it.test, true), it.consequent.span());
        self.cx.know(typeof_guard::proven(&it.test, false), it.alternate.span());
        walk::walk_conditional_expression(self, it);
        self.cx.forget(mark);
    }

    /// As for `?:`: the consequent and the `else` branch.
    fn visit_if_statement(&mut self, it: &IfStatement<'a>) {
        self.each(|r, cx| r.on_if(cx, it));
        let mark = self.cx.known_mark();
        self.cx.know(typeof_guard::proven(&it.test, true), it.consequent.span());
        if let Some(alternate) = &it.alternate {
            self.cx.know(typeof_guard::proven(&it.test, false), alternate.span());
        }
        walk::walk_if_statement(self, it);
        self.cx.forget(mark);
    }

    fn visit_object_expression(&mut self, it: &ObjectExpression<'a>) {
        self.each(|r, cx| r.on_object(cx, it));
        walk::walk_object_expression(self, it);
    }

    fn visit_variable_declarator(&mut self, it: &VariableDeclarator<'a>) {
        if let (Some(id), Some(init)) = (it.id.get_binding_identifier(), &it.init) {
            let name = id.name.as_str();
            self.each(|r, cx| r.on_declarator(cx, name, init));
            if let Some(span) = ast::function_span(init) {
                self.each(|r, cx| r.on_function(cx, name, span));
            }
        }
        walk::walk_variable_declarator(self, it);
    }

    fn visit_string_literal(&mut self, it: &StringLiteral<'a>) {
        if !self.cx.skip_strings.contains(&it.span.start) {
            let text = it.value.as_str();
            self.each(|r, cx| r.on_text(cx, text, it.span.start));
        }
        walk::walk_string_literal(self, it);
    }

    fn visit_template_literal(&mut self, it: &TemplateLiteral<'a>) {
        self.each(|r, cx| r.on_template(cx, it));
        for q in &it.quasis {
            let text = q.value.cooked.map_or(q.value.raw.as_str(), |c| c.as_str());
            self.each(|r, cx| r.on_text(cx, text, q.span.start));
        }
        walk::walk_template_literal(self, it);
    }

    fn visit_identifier_reference(&mut self, it: &IdentifierReference<'a>) {
        if let Some(r) = it.reference_id.get() {
            let reference = self.cx.scoping.get_reference(r);
            if reference.symbol_id().is_none()
                && !self.cx.skip_refs.contains(&it.span.start)
                && !self.cx.is_known(it.name.as_str(), it.span.start)
            {
                let write = reference.is_write();
                self.each(|r, cx| r.on_global(cx, it, write));
            }
        }
    }

    fn visit_import_expression(&mut self, it: &ImportExpression<'a>) {
        self.each(|r, cx| r.on_import(cx, it));
        walk::walk_import_expression(self, it);
    }

    fn visit_debugger_statement(&mut self, it: &DebuggerStatement) {
        self.each(|r, cx| r.on_debugger(cx, it));
    }

    fn visit_catch_clause(&mut self, it: &CatchClause<'a>) {
        if let Some(f) = self.cx.frames.last_mut() {
            f.catch_depth += 1;
        }
        walk::walk_catch_clause(self, it);
        if let Some(f) = self.cx.frames.last_mut() {
            f.catch_depth -= 1;
        }
    }

    fn visit_function(&mut self, it: &Function<'a>, flags: ScopeFlags) {
        if let Some(id) = &it.id {
            let name = id.name.as_str();
            self.each(|r, cx| r.on_function(cx, name, it.span));
        }
        self.cx.enter_function(it.span.start);
        walk::walk_function(self, it, flags);
        self.cx.leave_function();
    }

    fn visit_arrow_function_expression(&mut self, it: &ArrowFunctionExpression<'a>) {
        self.cx.enter_function(it.span.start);
        walk::walk_arrow_function_expression(self, it);
        self.cx.leave_function();
    }
}

/// The span start of an expression (for offsets).
pub fn start(e: &Expression) -> u32 {
    e.span_of().start
}
