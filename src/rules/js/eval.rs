//! Code run from strings (js.eval): `eval(…)`, `new Function(…)`, `setTimeout`/`setInterval` with
//! a string. Inside a `message` listener the string may come from an iframe, which the checklist
//! names explicitly; inside the handler of a network request the code was downloaded, which
//! also breaks js.requirejs-deps (dependencies come only through `define`).

use crate::rules::catalogue::RuleId;
use oxc_ast::ast::{Argument, AssignmentExpression, CallExpression, Expression, NewExpression, ObjectExpression};
use oxc_span::Span;

use super::ast;
use super::rule::JsRule;
use super::scan::{MAX_LOCATIONS, Scripts, from_notes};
use super::walk::{Cx, MESSAGE, NETWORK, start};
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::{Finding, Status};

/// The message of a finding whose code may come from another window, around what was found.
const FROM_IFRAME: &str = "js-eval-from-iframe";

/// What was found, said to run code that may come from another window (an iframe).
fn from_iframe(what: Msg) -> Msg {
    msg!("js-eval-from-iframe", what = what)
}

/// `Function("return this")`: the fixed code with which libraries and polyfills find the global
/// object in every environment. It runs no string that could come from elsewhere.
fn finds_global_object(args: &[Argument]) -> bool {
    let [Argument::StringLiteral(code)] = args else { return false };
    code.value.trim().trim_end_matches(';').trim() == "return this"
}

/// Timers that run a string argument as code.
const TIMERS: &[&str] = &["setTimeout", "setInterval", "setImmediate"];
/// Calls that send a network request; their callbacks receive the response.
const REQUESTS: &[&str] =
    &["fetch", "$.ajax", "$.get", "$.post", "$.getJSON", "jQuery.ajax", "jQuery.get", "jQuery.post", "jQuery.getJSON"];

const ID: RuleId = RuleId::JsEval;
const DEPS: RuleId = RuleId::JsRequirejsDeps;

/// js.eval: code run from strings; with where the strings may come from.
#[derive(Default)]
pub struct Eval {
    /// Names of functions passed by name as `message` listeners.
    listener_names: Vec<String>,
    /// Named functions: name and span (to find code inside a listener passed by name).
    functions: Vec<(String, Span)>,
    /// The notes of code run from strings, by index, with where they are.
    runs: Vec<(usize, u32)>,
}

impl JsRule for Eval {
    fn on_call(&mut self, cx: &mut Cx, call: &CallExpression) {
        self.mark_message_listener(cx, call);
        mark_network_handlers(cx, call);
        let Some(name) = cx.callee_global().map(str::to_string) else { return };
        let at = start(&call.callee);
        match name.as_str() {
            "eval" => self.code_from_string(cx, msg!("js-eval-eval"), at),
            "Function" if !finds_global_object(&call.arguments) => {
                self.code_from_string(cx, msg!("js-eval-function"), at);
            }
            timer if TIMERS.contains(&timer) && ast::arg(&call.arguments, 0).is_some_and(ast::is_stringish) => {
                self.code_from_string(cx, msg!("js-eval-timer", timer = timer), at);
            }
            _ => {}
        }
    }

    fn on_new(&mut self, cx: &mut Cx, it: &NewExpression) {
        if ast::global_path(cx, &it.callee).as_deref() == Some("Function") && !finds_global_object(&it.arguments) {
            self.code_from_string(cx, msg!("js-eval-new-function"), it.span.start);
        }
    }

    /// `window.onmessage = function (e) {…}`.
    fn on_assignment(&mut self, cx: &mut Cx, it: &AssignmentExpression) {
        let Some(target) = it.left.as_member_expression() else { return };
        if target.static_property_name() == Some("onmessage") {
            cx.note(ID, Status::Pass, msg!("js-eval-listener"), it.span.start);
            cx.mark_handler(&it.right, MESSAGE);
        }
    }

    fn on_function(&mut self, _cx: &mut Cx, name: &str, span: Span) {
        self.functions.push((name.to_string(), span));
    }

    /// Code run from strings inside a listener passed by name also runs iframe data: known only
    /// once the whole file is seen.
    fn finish(&mut self, cx: &mut Cx) {
        for name in &self.listener_names {
            for (_, span) in self.functions.iter().filter(|(f, _)| f == name) {
                for &(index, offset) in &self.runs {
                    if offset >= span.start
                        && offset < span.end
                        && let Some(note) = cx.note_at(index)
                        && note.what.id() != FROM_IFRAME
                    {
                        note.what = from_iframe(note.what.clone());
                    }
                }
            }
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        if let Some(na) = scripts.none(ID) {
            return vec![na];
        }
        let listeners: Vec<&Location> = scripts.notes(ID, Status::Pass).into_iter().map(|n| &n.at).collect();
        let found = scripts.notes(ID, Status::Fail);
        let mut f = if found.is_empty() {
            let message = if listeners.is_empty() {
                msg!("js-eval-pass")
            } else {
                msg!("js-eval-pass-listeners", n = listeners.len())
            };
            Finding::new(ID, Status::Pass, message)
        } else {
            from_notes(ID, Status::Fail, &found, msg!("js-eval-fail", n = found.len()))
        };
        for at in listeners.iter().take(MAX_LOCATIONS) {
            f = f.evidence(msg!("js-eval-listener"), at.snippet.clone().unwrap_or_default(), Some((*at).clone()));
        }
        vec![f]
    }
}

impl Eval {
    /// Notes code run from a string, with where the string may come from.
    fn code_from_string(&mut self, cx: &mut Cx, what: Msg, at: u32) {
        let f = cx.frame();
        let what = if f.message { from_iframe(what) } else { what };
        if let Some(index) = cx.note(ID, Status::Fail, what, at) {
            self.runs.push((index, at));
        }
        if f.network {
            cx.note(DEPS, Status::Fail, msg!("js-deps-downloaded-code"), at);
        }
    }

    /// `addEventListener('message', fn)` and jQuery's `.on('message', fn)`.
    fn mark_message_listener(&mut self, cx: &mut Cx, call: &CallExpression) {
        let handler_index = match ast::method(&call.callee) {
            Some("addEventListener") => 1,
            Some("on" | "one" | "bind") => call.arguments.len().saturating_sub(1),
            _ => return,
        };
        if ast::arg(&call.arguments, 0).and_then(ast::static_string).is_none_or(|s| s != "message") {
            return;
        }
        cx.note(ID, Status::Pass, msg!("js-eval-listener"), call.span.start);
        match ast::arg(&call.arguments, handler_index) {
            Some(Expression::Identifier(id)) => self.listener_names.push(id.name.to_string()),
            Some(handler) => cx.mark_handler(handler, MESSAGE),
            None => {}
        }
    }
}

/// Whether a call sends a network request or chains on one (`fetch(u).then(…)`); `path` is the
/// callee's [`ast::library_path`].
fn is_network(cx: &Cx, call: &CallExpression, path: Option<&str>) -> bool {
    if path.is_some_and(|n| REQUESTS.contains(&n)) {
        return true;
    }
    if !matches!(ast::method(&call.callee), Some("then" | "done" | "always")) {
        return false;
    }
    match ast::receiver(&call.callee).map(Expression::without_parentheses) {
        Some(Expression::CallExpression(inner)) => {
            is_network(cx, inner, ast::library_path(cx, &inner.callee).as_deref())
        }
        _ => false,
    }
}

/// Marks the callbacks of a network request; `eval` passed as one is code downloaded and run.
fn mark_network_handlers(cx: &mut Cx, call: &CallExpression) {
    if !is_network(cx, call, cx.callee_library()) {
        return;
    }
    for a in call.arguments.iter().filter_map(|a| a.as_expression()) {
        let a = a.without_parentheses();
        match a {
            Expression::Identifier(id) if id.name == "eval" && cx.is_global(id) => {
                cx.note(ID, Status::Fail, msg!("js-eval-response"), id.span.start);
                cx.note(DEPS, Status::Fail, msg!("js-deps-downloaded-eval"), id.span.start);
            }
            Expression::ObjectExpression(o) => mark_option_callbacks(cx, o),
            other => cx.mark_handler(other, NETWORK),
        }
    }
}

/// `$.ajax({success: fn, complete: fn})`.
fn mark_option_callbacks(cx: &mut Cx, o: &ObjectExpression) {
    for key in ["success", "complete", "done"] {
        if let Some(f) = ast::property(o, key) {
            cx.mark_handler(f, NETWORK);
        }
    }
}
