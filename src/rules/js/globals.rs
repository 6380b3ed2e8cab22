//! Globals: names used without a declaration (js.undeclared) and changes to amoCRM's own
//! globals `AMOCRM` / `APP` (js.amocrm-global).
//!
//! A name counts as declared when the file declares it (oxc_semantic resolves the reference);
//! when it is on the allow-list: the browser's, workers' and the language's globals from the
//! `globals` npm package ([`globals_table`](super::globals_table), generated), and what amoCRM
//! gives a widget ([`PLATFORM`], by hand); when a widget file makes it global on purpose
//! (`window.x = …`, `self.x = …`, or a top-level declaration of a classic script); or where a
//! `typeof` test has shown it exists (the walk does not report it, see
//! [`typeof_guard`](super::typeof_guard)). Window properties with everyday names ([`EVERYDAY`]:
//! `name`, `status`, `event`, `length`, `origin`…) are deliberately not allowed: when a widget
//! reads them without declaring them it is almost always a missing `var`, which silently reads
//! the window's property instead.

use crate::rules::catalogue::RuleId;
use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use oxc_ast::ast::{
    AssignmentExpression, CallExpression, Expression, IdentifierReference, MemberExpression, SimpleAssignmentTarget,
    UnaryExpression, UpdateExpression,
};

use super::ast;
use super::globals_table::GLOBALS;
use super::rule::JsRule;
use super::scan::{Detail, Note, Scripts};
use super::walk::{Cx, start};
use crate::msg;
use crate::rules::{Finding, Status};

/// What amoCRM gives every widget (SPEC §3): RequireJS, the libraries its pages load, and its own
/// objects. Not in any environment of the `globals` package, so kept here by hand.
pub const PLATFORM: &[&str] =
    &["define", "require", "requirejs", "$", "jQuery", "_", "moment", "Twig", "AMOCRM", "APP"];

/// Names of the language the `globals` package leaves out because they are not properties of the
/// global object: `arguments` is bound in every non-arrow function, but oxc_semantic leaves it
/// unresolved.
const LANGUAGE: &[&str] = &["arguments"];

/// Window properties with everyday names, left out of the allow-list on purpose: a widget that
/// reads one without declaring it has almost always forgotten a `var`, and silently reads the
/// window's property instead (`name` is the window's name, `status` its status text, `event`
/// the event being dispatched, `length` its number of frames). `self`, `top` and `parent` are
/// not here: code names them to mean the window.
const EVERYDAY: &[&str] = &[
    "closed",
    "event",
    "external",
    "find",
    "fonts",
    "length",
    "model",
    "name",
    "navigation",
    "origin",
    "status",
    "stop",
    "toolbar",
    "viewport",
    "when",
];

/// js.undeclared: names used without a declaration that are not known globals.
#[derive(Default)]
pub struct Undeclared;

impl JsRule for Undeclared {
    fn on_assignment(&mut self, cx: &mut Cx, it: &AssignmentExpression) {
        // `window.x = …` (or `globalThis.x`, `self.x`) makes x global on purpose.
        if let Some(m) = it.left.as_simple_assignment_target().and_then(|t| t.as_member_expression())
            && let Some(name) = global_object_property(cx, m)
        {
            cx.declare_global(name);
        }
    }

    fn on_global(&mut self, cx: &mut Cx, it: &IdentifierReference, write: bool) {
        // Known globals are dropped here: a large file reads `$` and `document` thousands of times.
        let name = it.name.as_str();
        if !is_allowed(name) {
            let detail = Detail::Name { name: name.to_string(), write };
            cx.note_with(ID_UNDECLARED, Status::Fail, super::scan::code(name), it.span.start, detail);
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        if let Some(na) = scripts.none(ID_UNDECLARED) {
            return vec![na];
        }
        undeclared(scripts)
    }
}

const ID_UNDECLARED: RuleId = RuleId::JsUndeclared;
const ID_AMOCRM: RuleId = RuleId::JsAmocrmGlobal;

/// js.amocrm-global: assignments, deletes and changing calls on `AMOCRM` / `APP`.
#[derive(Default)]
pub struct AmocrmGlobal;

impl JsRule for AmocrmGlobal {
    fn on_assignment(&mut self, cx: &mut Cx, it: &AssignmentExpression) {
        let Some(target) = it.left.as_simple_assignment_target() else { return };
        if let Some(id) = target.get_identifier_name()
            && is_amocrm(id)
            && let SimpleAssignmentTarget::AssignmentTargetIdentifier(r) = target
            && cx.is_global(r)
        {
            cx.note(ID_AMOCRM, Status::Fail, msg!("js-amocrm-replaced", name = id), it.span.start);
            return;
        }
        if let Some(m) = target.as_member_expression()
            && let Some(global) = changes_amocrm(cx, m)
        {
            cx.note(ID_AMOCRM, Status::Fail, msg!("js-amocrm-assigned", name = global), it.span.start);
        }
    }

    fn on_update(&mut self, cx: &mut Cx, it: &UpdateExpression) {
        if let Some(m) = it.argument.as_member_expression()
            && let Some(global) = changes_amocrm(cx, m)
        {
            cx.note(ID_AMOCRM, Status::Fail, msg!("js-amocrm-incremented", name = global), it.span.start);
        }
    }

    fn on_delete(&mut self, cx: &mut Cx, it: &UnaryExpression) {
        if let Some(m) = it.argument.as_member_expression()
            && let Some(global) = changes_amocrm(cx, m)
        {
            cx.note(ID_AMOCRM, Status::Fail, msg!("js-amocrm-deleted", name = global), it.span.start);
        }
    }

    fn on_call(&mut self, cx: &mut Cx, call: &CallExpression) {
        if let Some(method) = ast::method(&call.callee)
            && MUTATORS.contains(&method)
            && let Some(global) =
                ast::receiver(&call.callee).and_then(|r| ast::root_global(cx, r)).filter(|g| is_amocrm(g))
        {
            let what = msg!("js-amocrm-array", method = method, name = global);
            cx.note(ID_AMOCRM, Status::Fail, what, start(&call.callee));
            return;
        }
        let Some(path) = cx.callee_library().map(str::to_string) else { return };
        if !MERGERS.contains(&path.as_str()) {
            return;
        }
        // `$.extend(true, target, …)`: the first argument may be the deep flag.
        let mut target = ast::arg(&call.arguments, 0);
        if let Some(Expression::BooleanLiteral(_)) = target {
            target = ast::arg(&call.arguments, 1);
        }
        if let Some(global) = target.and_then(|t| ast::root_global(cx, t)).filter(|g| is_amocrm(g)) {
            cx.note(
                ID_AMOCRM,
                Status::Fail,
                msg!("js-amocrm-merged", function = path, name = global),
                start(&call.callee),
            );
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        vec![scripts.simple(ID_AMOCRM, msg!("js-amocrm-pass"), |n| msg!("js-amocrm-fail", n = n))]
    }
}

/// Array methods that change the array they are called on.
const MUTATORS: &[&str] = &["push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin"];
/// Functions that change their first argument.
const MERGERS: &[&str] = &[
    "Object.assign",
    "Object.defineProperty",
    "Object.defineProperties",
    "Object.setPrototypeOf",
    "Reflect.set",
    "Reflect.deleteProperty",
    "Reflect.defineProperty",
    "$.extend",
    "jQuery.extend",
    "_.extend",
    "_.assign",
    "_.merge",
    "_.defaults",
    "_.set",
];

fn is_amocrm(name: &str) -> bool {
    matches!(name, "AMOCRM" | "APP")
}

/// `window.x` → `x`, when `window` (or `globalThis`, `self`) is the global object and not a
/// local variable: widgets often write `var self = this`.
fn global_object_property<'a>(cx: &Cx, m: &MemberExpression<'a>) -> Option<&'a str> {
    let Expression::Identifier(id) = m.object().without_parentheses() else { return None };
    (ast::GLOBAL_OBJECTS.contains(&id.name.as_str()) && cx.is_global(id)).then(|| m.static_property_name())?
}

/// The amoCRM global a member target belongs to (`AMOCRM.a.b`, `window.APP.x`, `window.APP`).
fn changes_amocrm<'a>(cx: &Cx, m: &MemberExpression<'a>) -> Option<&'a str> {
    if let Some(name) = global_object_property(cx, m).filter(|n| is_amocrm(n)) {
        return Some(name);
    }
    ast::root_global(cx, m.object()).filter(|g| is_amocrm(g))
}

/// Whether a name is a global every widget may use (not counting the widget's own globals): the
/// generated table without the [`EVERYDAY`] names, the [`PLATFORM`] and the [`LANGUAGE`] names.
/// Asked for every global reference of every file, so it is one hash lookup in a set built once.
pub fn is_allowed(name: &str) -> bool {
    static ALLOWED: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        let generated = GLOBALS.iter().filter(|n| !EVERYDAY.contains(n));
        generated.chain(PLATFORM).chain(LANGUAGE).copied().collect()
    });
    ALLOWED.contains(name)
}

/// One result per undeclared name (the first 50; the rest in one more), with its uses.
fn undeclared(scripts: &Scripts) -> Vec<Finding> {
    let own: HashSet<&str> =
        scripts.files.iter().chain(scripts.libraries).flat_map(|s| s.own_globals.iter().map(String::as_str)).collect();
    let mut by_name: BTreeMap<&str, Vec<&Note>> = BTreeMap::new();
    for n in scripts.notes(ID_UNDECLARED, Status::Fail).into_iter().filter(|n| !own.contains(n.text())) {
        by_name.entry(n.text()).or_default().push(n);
    }
    if by_name.is_empty() {
        return vec![Finding::new(ID_UNDECLARED, Status::Pass, msg!("js-undeclared-pass"))];
    }
    let mut names: Vec<(&str, Vec<&Note>)> = by_name.into_iter().collect();
    // Names first seen earliest come first.
    names.sort_by_key(|(_, uses)| (uses[0].at.file.clone(), uses[0].at.line, uses[0].at.column));
    let mut out = Vec::new();
    const MAX_NAMES: usize = 50;
    for (name, uses) in names.iter().take(MAX_NAMES) {
        let written = uses.iter().any(|u| matches!(u.detail, Detail::Name { write: true, .. }));
        let n = uses.len();
        let message = if written {
            msg!("js-undeclared-assigned", name = *name, n = n)
        } else {
            msg!("js-undeclared-used", name = *name, n = n)
        };
        out.push(Finding::new(ID_UNDECLARED, Status::Fail, message).at_all(uses.iter().take(20).map(|u| u.at.clone())));
    }
    if names.len() > MAX_NAMES {
        let rest: Vec<&str> = names[MAX_NAMES..].iter().map(|(n, _)| *n).collect();
        let names = rest.iter().take(30).copied().collect::<Vec<_>>().join(", ");
        out.push(Finding::new(ID_UNDECLARED, Status::Fail, msg!("js-undeclared-more", n = rest.len(), names = names)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::{EVERYDAY, GLOBALS, ID_UNDECLARED, Undeclared, is_allowed};
    use crate::widget::source::SourceText;

    /// The undeclared names a script uses, in order, one per use, without the ones it makes
    /// global on purpose.
    fn undeclared(code: &str) -> Vec<String> {
        let scan = parse::scan(&SourceText::new("script.js", code.to_string()), vec![Box::new(Undeclared)]);
        let notes = scan.notes.iter().filter(|n| n.rule == ID_UNDECLARED);
        notes.map(|n| n.text().to_string()).filter(|name| !scan.own_globals.contains(name)).collect()
    }

    #[test]
    fn the_generated_table_is_sorted_without_duplicates() {
        assert!(GLOBALS.windows(2).all(|w| w[0] < w[1]));
        assert!(GLOBALS.len() > 1_000, "{}", GLOBALS.len());
    }

    #[test]
    fn the_browser_workers_language_and_platform_globals_are_allowed() {
        for name in [
            "self",
            "top",
            "parent",
            "SVGElement",
            "customElements",
            "WorkerGlobalScope",
            "importScripts",
            "document",
            "structuredClone",
            "Promise",
            "Iterator",
            "globalThis",
            "arguments",
            "AMOCRM",
            "APP",
            "$",
            "define",
        ] {
            assert!(is_allowed(name), "{name}");
        }
    }

    #[test]
    fn everyday_window_properties_and_other_environments_globals_are_not() {
        for name in EVERYDAY {
            // Else leaving it out would say nothing: the name would not be allowed anyway.
            assert!(GLOBALS.contains(name), "{name} is not in the generated table");
            assert!(!is_allowed(name), "{name}");
        }
        for name in ["total", "i", "module", "exports", "global", "Buffer", "process", "setImmediate"] {
            assert!(!is_allowed(name), "{name}");
        }
    }

    #[test]
    fn names_read_where_a_typeof_test_showed_they_exist_are_not_undeclared() {
        for code in [
            "if (typeof module !== 'undefined' && module.exports) { module.exports = {}; }",
            "var root = typeof global !== 'undefined' ? global : self;",
            "var e = typeof exports === 'object' ? exports : {};",
            "var x = 1; var b = typeof Buffer !== 'undefined' && Buffer.isBuffer(x);",
            "var w = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;",
            "if (typeof lib === 'undefined') { console.error('no lib'); } else { lib.start(); }",
            "var f = typeof helper === 'undefined' || helper();",
            "var m = typeof module === 'undefined' ? null : module.id;",
            "if (!(typeof process === 'undefined') && process.env) { process.env.X = 1; }",
            "if (typeof a !== 'undefined' && a.b && a.b.c) { a.b.c(); }",
            // A minified UMD wrapper.
            "!function(t,e){\"object\"==typeof exports&&\"undefined\"!=typeof module?module.exports=e():\
             \"function\"==typeof define&&define.amd?define([],e):(t=t||self).X=e()}(this,function(){return 1});",
            "function f() { return arguments.length; }",
        ] {
            assert_eq!(undeclared(code), Vec::<String>::new(), "{code}");
        }
    }

    #[test]
    fn names_outside_the_code_a_typeof_test_guards_are_still_undeclared() {
        for (code, names) in [
            // An implicit global, tested elsewhere.
            ("var t = typeof i; for (i = 0; i < 3; i++) {}", &["i", "i", "i"][..]),
            ("if (typeof total === 'undefined') { total = 5; }", &["total"]),
            // After the guarded code, and before the test.
            ("if (typeof module !== 'undefined') {} module.exports = 1;", &["module"]),
            ("var m = module.exports && typeof module !== 'undefined';", &["module"]),
            // The branch where the test says it does not exist.
            ("if (typeof module !== 'undefined' && module.exports) {} else { module.id; }", &["module"]),
            ("var a = typeof lib !== 'undefined' || lib.x;", &["lib"]),
            ("var a = typeof lib === 'undefined' ? lib : 0;", &["lib"]),
            // Only the name tested.
            ("var a = typeof lib !== 'undefined' && other.x;", &["other"]),
            ("var a = typeof lib !== 'undefined' ?? lib.x;", &["lib"]),
        ] {
            assert_eq!(undeclared(code), names, "{code}");
        }
    }

    #[test]
    fn a_property_of_the_global_self_is_the_widgets_own_global() {
        assert_eq!(undeclared("self.myThing = 1; var a = myThing;"), Vec::<String>::new());
        assert_eq!(
            undeclared("globalThis.shared = 1; window.other = 2; var a = shared + other;"),
            Vec::<String>::new()
        );
        // A local `self` is the widget object, not the window.
        assert_eq!(undeclared("function f() { var self = this; self.myThing = 1; } var a = myThing;"), ["myThing"]);
    }
}
