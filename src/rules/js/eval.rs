//! Code run from strings (js.eval): `eval(…)`, `new Function(…)`, `setTimeout`/`setInterval` with
//! a string. Inside a `message` listener the string may come from an iframe, which the checklist
//! names explicitly; inside the handler of a network request the code was downloaded, which
//! also breaks js.requirejs-deps (dependencies come only through `define`).

use crate::rules::catalogue::RuleId;
use oxc_ast::ast::{AssignmentExpression, CallExpression, Expression, NewExpression, ObjectExpression};

use super::ast;
use super::walk::{MESSAGE, NETWORK, Walker, start};
use crate::rules::Status;

/// Added to a finding whose code may come from another window.
pub const IFRAME_NOTE: &str =
    ", inside a message listener: data received from another window (an iframe) may be run as code";

/// Timers that run a string argument as code.
const TIMERS: &[&str] = &["setTimeout", "setInterval", "setImmediate"];
/// Calls that send a network request; their callbacks receive the response.
const REQUESTS: &[&str] =
    &["fetch", "$.ajax", "$.get", "$.post", "$.getJSON", "jQuery.ajax", "jQuery.get", "jQuery.post", "jQuery.getJSON"];

pub fn call(w: &mut Walker, call: &CallExpression) {
    mark_message_listener(w, call);
    mark_network_handlers(w, call);
    let Some(name) = ast::global_path(w, &call.callee) else { return };
    let at = start(&call.callee);
    match name.as_str() {
        "eval" => from_string(w, "eval() runs a string as code", at),
        "Function" => from_string(w, "Function() builds a function from a string", at),
        timer if TIMERS.contains(&timer) && ast::arg(&call.arguments, 0).is_some_and(ast::is_stringish) => {
            from_string(w, &format!("{timer}() is given a string, which is run as code"), at);
        }
        _ => {}
    }
}

pub fn new(w: &mut Walker, it: &NewExpression) {
    if ast::global_path(w, &it.callee).as_deref() == Some("Function") {
        from_string(w, "new Function() builds a function from a string", it.span.start);
    }
}

/// `window.onmessage = function (e) {…}`.
pub fn assignment(w: &mut Walker, it: &AssignmentExpression) {
    let Some(target) = it.left.as_member_expression() else { return };
    if target.static_property_name() == Some("onmessage") {
        w.message_listeners.push(it.span.start);
        w.mark_handler(&it.right, MESSAGE);
    }
}

/// Records code run from a string, noting where the string may come from.
fn from_string(w: &mut Walker, what: &str, at: u32) {
    let f = w.frame();
    let mut what = what.to_string();
    if f.message {
        what.push_str(IFRAME_NOTE);
    }
    w.hit(RuleId::JsEval, Status::Fail, what, at);
    w.eval_hits.push(w.hits.len() - 1);
    if f.network {
        w.hit(
            RuleId::JsRequirejsDeps,
            Status::Fail,
            "code downloaded with a network request is run with eval or Function instead of being loaded through define",
            at,
        );
    }
}

/// `addEventListener('message', fn)` and jQuery's `.on('message', fn)`.
fn mark_message_listener(w: &mut Walker, call: &CallExpression) {
    let handler_index = match ast::method(&call.callee) {
        Some("addEventListener") => 1,
        Some("on" | "one" | "bind") => call.arguments.len().saturating_sub(1),
        _ => return,
    };
    if ast::arg(&call.arguments, 0).and_then(ast::static_string).is_none_or(|s| s != "message") {
        return;
    }
    w.message_listeners.push(call.span.start);
    match ast::arg(&call.arguments, handler_index) {
        Some(Expression::Identifier(id)) => w.message_handler_names.push(id.name.to_string()),
        Some(handler) => w.mark_handler(handler, MESSAGE),
        None => {}
    }
}

/// Whether a call sends a network request or chains on one (`fetch(u).then(…)`).
fn is_network(w: &Walker, call: &CallExpression) -> bool {
    if ast::library_path(w, &call.callee).is_some_and(|n| REQUESTS.contains(&n.as_str())) {
        return true;
    }
    if !matches!(ast::method(&call.callee), Some("then" | "done" | "always")) {
        return false;
    }
    match ast::receiver(&call.callee).map(Expression::without_parentheses) {
        Some(Expression::CallExpression(inner)) => is_network(w, inner),
        _ => false,
    }
}

/// Marks the callbacks of a network request; `eval` passed as one is code downloaded and run.
fn mark_network_handlers(w: &mut Walker, call: &CallExpression) {
    if !is_network(w, call) {
        return;
    }
    for a in call.arguments.iter().filter_map(|a| a.as_expression()) {
        let a = a.without_parentheses();
        match a {
            Expression::Identifier(id) if id.name == "eval" && w.is_global(id) => {
                w.hit(RuleId::JsEval, Status::Fail, "eval is given the response of a network request", id.span.start);
                w.hit(
                    RuleId::JsRequirejsDeps,
                    Status::Fail,
                    "code downloaded with a network request is run with eval instead of being loaded through define",
                    id.span.start,
                );
            }
            Expression::ObjectExpression(o) => mark_option_callbacks(w, o),
            other => w.mark_handler(other, NETWORK),
        }
    }
}

/// `$.ajax({success: fn, complete: fn})`.
fn mark_option_callbacks(w: &mut Walker, o: &ObjectExpression) {
    for key in ["success", "complete", "done"] {
        if let Some(f) = ast::property(o, key) {
            w.mark_handler(f, NETWORK);
        }
    }
}
