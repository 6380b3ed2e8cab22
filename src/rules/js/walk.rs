//! One walk over a parsed file. The walker keeps the context rules need (inside a catch block,
//! inside a promise's rejection handler, inside a message listener, which variables hold a
//! script element…) and hands each node to the rule families, which record what they find.

use crate::rules::catalogue::RuleId;
use std::collections::{HashMap, HashSet};

use oxc_ast::ast::{
    AssignmentExpression, BinaryExpression, CallExpression, CatchClause, DebuggerStatement, Expression,
    IdentifierReference, ImportExpression, NewExpression, ObjectExpression, StringLiteral, TemplateLiteral,
    UnaryExpression, UpdateExpression, VariableDeclarator,
};
use oxc_ast_visit::{Visit, walk};
use oxc_semantic::Scoping;
use oxc_syntax::operator::UnaryOperator;
use oxc_syntax::scope::ScopeFlags;

use super::ast::{self, SpanOf};
use super::{callbacks, debug, eval, facts, globals, install, network};
use crate::rules::Status;

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

/// Something a rule found, at a byte offset of the file.
#[derive(Debug, Clone)]
pub struct Raw {
    pub rule: RuleId,
    pub status: Status,
    pub what: String,
    pub offset: u32,
}

/// A URL a script or template loads, at a byte offset, with what loads it.
#[derive(Debug, Clone)]
pub struct RawSource {
    pub url: String,
    pub how: &'static str,
    pub offset: u32,
}

/// The walker: context plus everything found, as byte offsets.
pub struct Walker<'s> {
    scoping: &'s Scoping,
    frames: Vec<Frame>,
    /// Handler flags for functions about to be walked, by the start of their span.
    pending: HashMap<u32, u8>,
    /// Identifier references not to report as undeclared (`typeof x`).
    skip_refs: HashSet<u32>,
    /// String literals already accounted for (so they are not read twice).
    pub skip_strings: HashSet<u32>,
    /// Object literals already reported for `async: false`.
    pub handled_objects: HashSet<u32>,
    /// Variables holding a `<script>` element, a `<link>` element, an install/uninstall control.
    pub script_vars: HashSet<String>,
    pub link_vars: HashSet<String>,
    pub install_vars: HashSet<String>,
    pub hits: Vec<Raw>,
    /// Undeclared names: name, whether it is written, offset.
    pub unresolved: Vec<(String, bool, u32)>,
    /// Names the file makes global on purpose (`window.x = …`).
    pub own_globals: Vec<String>,
    pub scripts: Vec<RawSource>,
    pub styles: Vec<RawSource>,
    /// Where the file listens for `message` events.
    pub message_listeners: Vec<u32>,
    /// Names of functions passed by name as `message` listeners.
    pub message_handler_names: Vec<String>,
    /// Named functions: name, start, end (to find code inside a listener passed by name).
    pub named_functions: Vec<(String, u32, u32)>,
    /// Indices into `hits` of code run from strings, to mention iframe data when they sit inside a
    /// listener passed by name.
    pub eval_hits: Vec<usize>,
    /// `this.callbacks = {…}`: the keys, and where.
    pub callbacks: Vec<(Vec<String>, u32)>,
    pub has_define: bool,
    pub references: Vec<String>,
    pub left_menu: Vec<u32>,
    pub drag_drop: Vec<u32>,
    pub dom_areas: Vec<(String, u32)>,
}

impl<'s> Walker<'s> {
    pub fn new(scoping: &'s Scoping) -> Self {
        Walker {
            scoping,
            frames: vec![Frame::default()],
            pending: HashMap::new(),
            skip_refs: HashSet::new(),
            skip_strings: HashSet::new(),
            handled_objects: HashSet::new(),
            script_vars: HashSet::new(),
            link_vars: HashSet::new(),
            install_vars: HashSet::new(),
            hits: Vec::new(),
            unresolved: Vec::new(),
            own_globals: Vec::new(),
            scripts: Vec::new(),
            styles: Vec::new(),
            message_listeners: Vec::new(),
            message_handler_names: Vec::new(),
            named_functions: Vec::new(),
            eval_hits: Vec::new(),
            callbacks: Vec::new(),
            has_define: false,
            references: Vec::new(),
            left_menu: Vec::new(),
            drag_drop: Vec::new(),
            dom_areas: Vec::new(),
        }
    }

    /// Whether an identifier refers to no declaration in the file (a global, or a mistake).
    pub fn is_global(&self, id: &IdentifierReference) -> bool {
        id.reference_id.get().is_none_or(|r| self.scoping.get_reference(r).symbol_id().is_none())
    }

    /// The function being walked.
    pub fn frame(&self) -> Frame {
        self.frames.last().copied().unwrap_or_default()
    }

    /// Records a finding.
    pub fn hit(&mut self, rule: RuleId, status: Status, what: impl Into<String>, offset: u32) {
        self.hits.push(Raw { rule, status, what: what.into(), offset });
    }

    /// Marks a function expression (if `e` is one) so that it is walked with `flags`.
    pub fn mark_handler(&mut self, e: &Expression, flags: u8) {
        if let Some(span) = ast::function_span(e) {
            *self.pending.entry(span.start).or_default() |= flags;
        }
    }

    /// Runs code after the walk that needs the whole file: listeners passed by name.
    pub fn finish(&mut self) {
        for name in &self.message_handler_names {
            for (fname, start, end) in &self.named_functions {
                if fname != name {
                    continue;
                }
                for &i in &self.eval_hits {
                    let h = &mut self.hits[i];
                    if h.offset >= *start && h.offset < *end && !h.what.contains("iframe") {
                        h.what.push_str(eval::IFRAME_NOTE);
                    }
                }
            }
        }
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

impl<'a> Visit<'a> for Walker<'_> {
    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        debug::call(self, it);
        eval::call(self, it);
        network::call(self, it);
        globals::call(self, it);
        install::call(self, it);
        facts::call(self, it);
        walk::walk_call_expression(self, it);
    }

    fn visit_new_expression(&mut self, it: &NewExpression<'a>) {
        eval::new(self, it);
        walk::walk_new_expression(self, it);
    }

    fn visit_assignment_expression(&mut self, it: &AssignmentExpression<'a>) {
        globals::assignment(self, it);
        network::assignment(self, it);
        callbacks::assignment(self, it);
        eval::assignment(self, it);
        facts::assignment(self, it);
        walk::walk_assignment_expression(self, it);
    }

    fn visit_update_expression(&mut self, it: &UpdateExpression<'a>) {
        globals::update(self, it);
        walk::walk_update_expression(self, it);
    }

    fn visit_unary_expression(&mut self, it: &UnaryExpression<'a>) {
        match it.operator {
            UnaryOperator::Typeof => {
                if let Expression::Identifier(id) = it.argument.without_parentheses() {
                    self.skip_refs.insert(id.span.start);
                }
            }
            UnaryOperator::Delete => globals::delete(self, it),
            _ => {}
        }
        walk::walk_unary_expression(self, it);
    }

    fn visit_binary_expression(&mut self, it: &BinaryExpression<'a>) {
        facts::binary(self, it);
        walk::walk_binary_expression(self, it);
    }

    fn visit_object_expression(&mut self, it: &ObjectExpression<'a>) {
        network::object(self, it);
        walk::walk_object_expression(self, it);
    }

    fn visit_variable_declarator(&mut self, it: &VariableDeclarator<'a>) {
        if let (Some(id), Some(init)) = (it.id.get_binding_identifier(), &it.init) {
            let name = id.name.as_str();
            network::declarator(self, name, init);
            install::declarator(self, name, init);
            if let Some(span) = ast::function_span(init) {
                self.named_functions.push((name.to_string(), span.start, span.end));
            }
        }
        walk::walk_variable_declarator(self, it);
    }

    fn visit_string_literal(&mut self, it: &StringLiteral<'a>) {
        if !self.skip_strings.contains(&it.span.start) {
            let text = it.value.as_str();
            network::text(self, text, it.span.start);
            facts::string(self, text, it.span.start);
        }
        walk::walk_string_literal(self, it);
    }

    fn visit_template_literal(&mut self, it: &TemplateLiteral<'a>) {
        for q in &it.quasis {
            let text = q.value.cooked.map_or(q.value.raw.as_str(), |c| c.as_str());
            network::text(self, text, q.span.start);
            facts::string(self, text, q.span.start);
        }
        walk::walk_template_literal(self, it);
    }

    fn visit_identifier_reference(&mut self, it: &IdentifierReference<'a>) {
        if let Some(r) = it.reference_id.get() {
            let reference = self.scoping.get_reference(r);
            // Known globals are dropped here: a large file reads `$` and `document` thousands of times.
            if reference.symbol_id().is_none()
                && !globals::is_allowed(it.name.as_str())
                && !self.skip_refs.contains(&it.span.start)
            {
                self.unresolved.push((it.name.to_string(), reference.is_write(), it.span.start));
            }
        }
    }

    fn visit_import_expression(&mut self, it: &ImportExpression<'a>) {
        network::import(self, it);
        walk::walk_import_expression(self, it);
    }

    fn visit_debugger_statement(&mut self, it: &DebuggerStatement) {
        debug::debugger(self, it);
    }

    fn visit_catch_clause(&mut self, it: &CatchClause<'a>) {
        if let Some(f) = self.frames.last_mut() {
            f.catch_depth += 1;
        }
        walk::walk_catch_clause(self, it);
        if let Some(f) = self.frames.last_mut() {
            f.catch_depth -= 1;
        }
    }

    fn visit_function(&mut self, it: &oxc_ast::ast::Function<'a>, flags: ScopeFlags) {
        if let Some(id) = &it.id {
            self.named_functions.push((id.name.to_string(), it.span.start, it.span.end));
        }
        self.enter_function(it.span.start);
        walk::walk_function(self, it, flags);
        self.leave_function();
    }

    fn visit_arrow_function_expression(&mut self, it: &oxc_ast::ast::ArrowFunctionExpression<'a>) {
        self.enter_function(it.span.start);
        walk::walk_arrow_function_expression(self, it);
        self.leave_function();
    }
}

/// The span start of an expression (for offsets).
pub fn start(e: &Expression) -> u32 {
    e.span_of().start
}
