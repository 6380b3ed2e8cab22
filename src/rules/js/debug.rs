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
use super::rule::JsRule;
use super::scan::{MAX_LOCATIONS, Scripts, code, from_notes};
use super::walk::{Cx, REJECTION, start};
use crate::msg;
use crate::rules::{Finding, Status};

/// Dialogs that stop the user: a fail wherever they are.
const DIALOGS: &[&str] = &["alert", "confirm", "prompt"];
/// Console methods that only clutter the console: a warning. `console.error` is not listed:
/// reporting real errors is what the console is for.
const CLUTTER: &[&str] = &["log", "info", "warn", "dir", "dirxml", "table", "group", "groupCollapsed", "count"];

/// js.debug-traces, js.console-debug and js.console-trace: they share the recognition of
/// dialog and console calls.
#[derive(Default)]
pub struct DebugOutput;

const TRACES: RuleId = RuleId::JsDebugTraces;
const DEBUG: RuleId = RuleId::JsConsoleDebug;
const TRACE: RuleId = RuleId::JsConsoleTrace;

impl JsRule for DebugOutput {
    fn on_call(&mut self, cx: &mut Cx, call: &CallExpression) {
        mark_rejection_handlers(cx, call);
        let Some(name) = cx.callee_global().map(str::to_string) else { return };
        let at = start(&call.callee);
        if DIALOGS.contains(&name.as_str()) {
            cx.note(TRACES, Status::Fail, msg!("js-debug-dialog", name = name), at);
            return;
        }
        let Some(method) = name.strip_prefix("console.") else { return };
        if CLUTTER.contains(&method) {
            cx.note(TRACES, Status::Warn, msg!("js-debug-console", method = method), at);
        } else if method == "debug" {
            cx.note(DEBUG, Status::Manual, code("console.debug()"), at);
        } else if method == "trace" {
            let f = cx.frame();
            if f.catch_depth == 0 && !f.rejection {
                cx.note(TRACE, Status::Fail, msg!("js-debug-trace-outside"), at);
            } else {
                // Noted (as a pass) only so the result can say how many allowed calls there are.
                cx.note(TRACE, Status::Pass, msg!("js-debug-trace-handled"), at);
            }
        }
    }

    fn on_debugger(&mut self, cx: &mut Cx, it: &DebuggerStatement) {
        cx.note(TRACES, Status::Fail, msg!("js-debug-debugger"), it.span.start);
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        let mut out = debug_traces(scripts);
        out.push(console_debug(scripts));
        let traces = scripts.notes(TRACE, Status::Pass).len();
        let pass = if traces == 0 { msg!("js-trace-none") } else { msg!("js-trace-pass", n = traces) };
        out.push(scripts.simple(TRACE, pass, |n| msg!("js-trace-fail", n = n)));
        out
    }
}

/// `.catch(fn)`, `.then(ok, fn)` and `.fail(fn)`: `fn` handles a rejection.
fn mark_rejection_handlers(cx: &mut Cx, call: &CallExpression) {
    let index = match ast::method(&call.callee) {
        Some("catch" | "fail") => 0,
        Some("then") => 1,
        _ => return,
    };
    if let Some(handler) = ast::arg(&call.arguments, index) {
        cx.mark_handler(handler, REJECTION);
    }
}

fn debug_traces(scripts: &Scripts) -> Vec<Finding> {
    if let Some(na) = scripts.none(TRACES) {
        return vec![na];
    }
    let mut out = Vec::new();
    let fail = scripts.notes(TRACES, Status::Fail);
    if !fail.is_empty() {
        let headline = msg!("js-traces-stop", n = fail.len());
        out.push(from_notes(TRACES, Status::Fail, &fail, headline));
    }
    let warn = scripts.notes(TRACES, Status::Warn);
    if !warn.is_empty() {
        let headline = msg!("js-traces-console", n = warn.len());
        out.push(from_notes(TRACES, Status::Warn, &warn, headline));
    }
    if out.is_empty() {
        out.push(Finding::new(TRACES, Status::Pass, msg!("js-traces-pass")));
    }
    out
}

fn console_debug(scripts: &Scripts) -> Finding {
    if let Some(na) = scripts.none(DEBUG) {
        return na;
    }
    let found = scripts.notes(DEBUG, Status::Manual);
    if found.is_empty() {
        return Finding::new(DEBUG, Status::Na, msg!("js-debug-none"));
    }
    let headline = msg!("js-debug-found", n = found.len());
    let mut f = from_notes(DEBUG, Status::Manual, &found, headline);
    for note in found.iter().take(MAX_LOCATIONS) {
        f = f.evidence(code("console.debug"), note.at.snippet.clone().unwrap_or_default(), Some(note.at.clone()));
    }
    f
}
