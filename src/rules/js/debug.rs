//! Debug output: `alert`, `confirm`, `prompt`, `debugger` and `console.*` calls
//! (js.debug-traces, js.console-debug, js.console-trace).
//!
//! `console.trace` is allowed only where an error is being handled: directly inside a `catch`
//! block, or directly inside a promise rejection handler (`.catch(fn)`, the second argument of
//! `.then(a, fn)`, jQuery's `.fail(fn)`). A function nested inside such a place does not count:
//! it runs later (a timer, an event), outside the error handling, so its trace is ordinary
//! debug output.

use crate::rules::catalogue::RuleId;
use oxc_ast::ast::{CallExpression, DebuggerStatement};

use super::ast;
use super::walk::{REJECTION, Walker, start};
use crate::rules::Status;

/// Dialogs that stop the user: a fail wherever they are.
const DIALOGS: &[&str] = &["alert", "confirm", "prompt"];
/// Console methods that only clutter the console: a warning. `console.error` is not listed:
/// reporting real errors is what the console is for.
const CLUTTER: &[&str] = &["log", "info", "warn", "dir", "dirxml", "table", "group", "groupCollapsed", "count"];

pub fn call(w: &mut Walker, call: &CallExpression) {
    mark_rejection_handlers(w, call);
    let Some(name) = ast::global_path(w, &call.callee) else { return };
    let at = start(&call.callee);
    if DIALOGS.contains(&name.as_str()) {
        w.hit(RuleId::JsDebugTraces, Status::Fail, format!("{name}() opens a browser dialog"), at);
        return;
    }
    let Some(method) = name.strip_prefix("console.") else { return };
    if CLUTTER.contains(&method) {
        w.hit(RuleId::JsDebugTraces, Status::Warn, format!("console.{method}() writes to the browser console"), at);
    } else if method == "debug" {
        w.hit(RuleId::JsConsoleDebug, Status::Manual, "console.debug()", at);
    } else if method == "trace" {
        let f = w.frame();
        if f.catch_depth == 0 && !f.rejection {
            w.hit(
                RuleId::JsConsoleTrace,
                Status::Fail,
                "console.trace() outside a catch block or rejection handler",
                at,
            );
        } else {
            // Kept (as a pass) only so the result can say how many allowed calls there are.
            w.hit(RuleId::JsConsoleTrace, Status::Pass, "console.trace() in error handling", at);
        }
    }
}

pub fn debugger(w: &mut Walker, it: &DebuggerStatement) {
    w.hit(
        RuleId::JsDebugTraces,
        Status::Fail,
        "a debugger statement stops the page in the developer tools",
        it.span.start,
    );
}

/// `.catch(fn)`, `.then(ok, fn)` and `.fail(fn)`: `fn` handles a rejection.
fn mark_rejection_handlers(w: &mut Walker, call: &CallExpression) {
    let index = match ast::method(&call.callee) {
        Some("catch" | "fail") => 0,
        Some("then") => 1,
        _ => return,
    };
    if let Some(handler) = ast::arg(&call.arguments, index) {
        w.mark_handler(handler, REJECTION);
    }
}
