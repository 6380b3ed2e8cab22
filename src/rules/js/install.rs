//! Installing only on the user's click (general.no-auto-install): code that clicks amoCRM's
//! Install or Uninstall control itself — `.click()`, `.trigger('click')`, `dispatchEvent(…)` on an
//! element whose selector, id or variable name mentions "install".

use crate::rules::catalogue::RuleId;
use oxc_ast::ast::{CallExpression, Expression};

use super::ast;
use super::walk::{Walker, start};
use crate::rules::Status;

/// Event names that press a control.
const PRESSING: &[&str] = &["click", "mousedown", "mouseup", "submit"];

pub fn call(w: &mut Walker, call: &CallExpression) {
    let Some(method) = ast::method(&call.callee) else { return };
    let presses = match method {
        "click" => call.arguments.is_empty(),
        "trigger" | "triggerHandler" => ast::arg(&call.arguments, 0)
            .and_then(ast::static_string)
            .is_some_and(|e| PRESSING.iter().any(|p| e.split('.').next() == Some(*p))),
        "dispatchEvent" => true,
        _ => false,
    };
    if !presses {
        return;
    }
    let Some(receiver) = ast::receiver(&call.callee) else { return };
    if let Some(what) = install_control(w, receiver) {
        w.hit(
            RuleId::GeneralNoAutoInstall,
            Status::Fail,
            format!("{method}() presses the install control {what} from code"),
            start(&call.callee),
        );
    }
}

/// `var $btn = $('.js-widget-install')`: remember `$btn`.
pub fn declarator(w: &mut Walker, name: &str, init: &Expression) {
    if install_control(w, init).is_some() {
        w.install_vars.insert(name.to_string());
    }
}

/// What in an element expression names an install/uninstall control: a selector string, a
/// variable holding such an element, or a name that says so.
fn install_control(w: &Walker, e: &Expression) -> Option<String> {
    let mut e = e.without_parentheses();
    loop {
        match e {
            Expression::Identifier(id) => {
                let name = id.name.as_str();
                return (w.install_vars.contains(name) || mentions_install(name)).then(|| name.to_string());
            }
            Expression::CallExpression(c) => {
                for a in c.arguments.iter().filter_map(|a| a.as_expression()) {
                    if let Some(s) = ast::static_string(a).filter(|s| mentions_install(s)) {
                        return Some(format!("'{s}'"));
                    }
                }
                e = c.callee.without_parentheses();
            }
            other => {
                let m = other.as_member_expression()?;
                if let Some(p) = m.static_property_name().filter(|p| mentions_install(p)) {
                    return Some(p.to_string());
                }
                e = m.object().without_parentheses();
            }
        }
    }
}

/// Whether a selector or name speaks of the install control: `install` (also `uninstall`,
/// `installButton`, `button_install`), but not `installation` or `installed`.
pub fn mentions_install(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.match_indices("install").any(|(i, m)| !s[i + m.len()..].starts_with(|c: char| c.is_ascii_lowercase()))
}
