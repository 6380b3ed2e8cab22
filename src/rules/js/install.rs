//! Installing only on the user's click (general.no-auto-install): code that clicks amoCRM's
//! Install or Uninstall control itself — `.click()`, `.trigger('click')`, `dispatchEvent(…)` on an
//! element whose selector, id or variable name mentions "install".

use crate::rules::catalogue::RuleId;
use std::collections::HashSet;

use oxc_ast::ast::{CallExpression, Expression};

use super::ast;
use super::rule::JsRule;
use super::scan::Scripts;
use super::walk::{Cx, start};
use crate::msg;
use crate::rules::{Finding, Status};

/// Event names that press a control.
const PRESSING: &[&str] = &["click", "mousedown", "mouseup", "submit"];

const ID: RuleId = RuleId::GeneralNoAutoInstall;

/// general.no-auto-install: code that presses the Install or Uninstall control.
#[derive(Default)]
pub struct AutoInstall {
    /// Variables holding an install or uninstall control (`var $btn = $('.js-widget-install')`).
    controls: HashSet<String>,
}

impl JsRule for AutoInstall {
    fn on_call(&mut self, cx: &mut Cx, call: &CallExpression) {
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
        if let Some(what) = self.install_control(receiver) {
            let what = msg!("js-install-presses", method = method, control = what);
            cx.note(ID, Status::Fail, what, start(&call.callee));
        }
    }

    fn on_declarator(&mut self, _cx: &mut Cx, name: &str, init: &Expression) {
        if self.install_control(init).is_some() {
            self.controls.insert(name.to_string());
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        vec![scripts.simple(ID, msg!("js-install-pass"), |n| msg!("js-install-fail", n = n))]
    }
}

impl AutoInstall {
    /// What in an element expression names an install/uninstall control: a selector string, a
    /// variable holding such an element, or a name that says so.
    fn install_control(&self, e: &Expression) -> Option<String> {
        let mut e = e.without_parentheses();
        loop {
            match e {
                Expression::Identifier(id) => {
                    let name = id.name.as_str();
                    return (self.controls.contains(name) || mentions_install(name)).then(|| name.to_string());
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
}

/// Whether a selector or name speaks of the install control: `install` (also `uninstall`,
/// `installButton`, `button_install`), but not `installation` or `installed`.
pub fn mentions_install(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.match_indices("install").any(|(i, m)| !s[i + m.len()..].starts_with(|c: char| c.is_ascii_lowercase()))
}
