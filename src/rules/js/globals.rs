//! Globals: names used without a declaration (js.undeclared) and changes to amoCRM's own
//! globals `AMOCRM` / `APP` (js.amocrm-global).
//!
//! A name counts as declared when the file declares it (oxc_semantic resolves the reference),
//! when it is on the allow-list below (the browser, JavaScript itself, and what amoCRM gives a
//! widget), or when a widget file makes it global on purpose (`window.x = …`, or a top-level
//! declaration of a classic script). Window properties with everyday names (`name`, `status`,
//! `self`, `top`, `parent`, `event`, `length`, `origin`…) are deliberately not allowed: when a
//! widget reads them without declaring them it is almost always a missing `var`, which silently
//! reads the window's property instead.

use crate::rules::catalogue::RuleId;
use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use oxc_ast::ast::{
    AssignmentExpression, CallExpression, Expression, IdentifierReference, MemberExpression, SimpleAssignmentTarget,
    UnaryExpression, UpdateExpression,
};

use super::ast;
use super::rule::JsRule;
use super::scan::{Detail, Note, Scripts};
use super::walk::{Cx, start};
use crate::rules::{Finding, Status, plural};

/// What amoCRM gives every widget (SPEC §3).
pub const PLATFORM: &[&str] =
    &["define", "require", "requirejs", "$", "jQuery", "_", "moment", "Twig", "AMOCRM", "APP"];

/// JavaScript's own globals and the browser's, as far as widgets use them.
pub const BROWSER: &[&str] = &[
    // the language
    "undefined",
    "NaN",
    "Infinity",
    "globalThis",
    "arguments",
    "Object",
    "Function",
    "Array",
    "String",
    "Number",
    "Boolean",
    "Symbol",
    "BigInt",
    "Math",
    "JSON",
    "Date",
    "RegExp",
    "Error",
    "TypeError",
    "RangeError",
    "SyntaxError",
    "ReferenceError",
    "EvalError",
    "URIError",
    "AggregateError",
    "Promise",
    "Proxy",
    "Reflect",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "WeakRef",
    "FinalizationRegistry",
    "ArrayBuffer",
    "SharedArrayBuffer",
    "DataView",
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "BigUint64Array",
    "Intl",
    "Atomics",
    "parseInt",
    "parseFloat",
    "isNaN",
    "isFinite",
    "encodeURIComponent",
    "decodeURIComponent",
    "encodeURI",
    "decodeURI",
    "escape",
    "unescape",
    "eval",
    // the window
    "window",
    "document",
    "navigator",
    "location",
    "history",
    "screen",
    "console",
    "localStorage",
    "sessionStorage",
    "indexedDB",
    "caches",
    "crypto",
    "performance",
    "visualViewport",
    "devicePixelRatio",
    "innerWidth",
    "innerHeight",
    "outerWidth",
    "outerHeight",
    "pageXOffset",
    "pageYOffset",
    "scrollX",
    "scrollY",
    "frames",
    "opener",
    "alert",
    "confirm",
    "prompt",
    "print",
    "open",
    "close",
    "focus",
    "blur",
    "postMessage",
    "getSelection",
    "getComputedStyle",
    "matchMedia",
    "scroll",
    "scrollTo",
    "scrollBy",
    "setTimeout",
    "setInterval",
    "clearTimeout",
    "clearInterval",
    "setImmediate",
    "clearImmediate",
    "requestAnimationFrame",
    "cancelAnimationFrame",
    "requestIdleCallback",
    "cancelIdleCallback",
    "queueMicrotask",
    "structuredClone",
    "atob",
    "btoa",
    "fetch",
    "addEventListener",
    "removeEventListener",
    "dispatchEvent",
    // web APIs
    "XMLHttpRequest",
    "FormData",
    "URL",
    "URLSearchParams",
    "Headers",
    "Request",
    "Response",
    "AbortController",
    "AbortSignal",
    "WebSocket",
    "EventSource",
    "BroadcastChannel",
    "MessageChannel",
    "MessagePort",
    "Worker",
    "SharedWorker",
    "Notification",
    "Blob",
    "File",
    "FileList",
    "FileReader",
    "Image",
    "Audio",
    "Option",
    "TextEncoder",
    "TextDecoder",
    "DOMParser",
    "XMLSerializer",
    "MutationObserver",
    "IntersectionObserver",
    "ResizeObserver",
    "PerformanceObserver",
    "Event",
    "CustomEvent",
    "UIEvent",
    "MouseEvent",
    "KeyboardEvent",
    "FocusEvent",
    "InputEvent",
    "PointerEvent",
    "TouchEvent",
    "WheelEvent",
    "DragEvent",
    "ClipboardEvent",
    "MessageEvent",
    "ErrorEvent",
    "ProgressEvent",
    "PopStateEvent",
    "HashChangeEvent",
    "StorageEvent",
    "EventTarget",
    "Node",
    "NodeList",
    "Element",
    "HTMLElement",
    "HTMLDocument",
    "Document",
    "DocumentFragment",
    "HTMLInputElement",
    "HTMLSelectElement",
    "HTMLTextAreaElement",
    "HTMLButtonElement",
    "HTMLFormElement",
    "HTMLAnchorElement",
    "HTMLImageElement",
    "HTMLDivElement",
    "HTMLIFrameElement",
    "HTMLCanvasElement",
    "HTMLCollection",
    "Text",
    "Range",
    "Selection",
    "ShadowRoot",
    "CSS",
    "CSSStyleSheet",
    "DOMRect",
    "DOMException",
    "CanvasRenderingContext2D",
    "Path2D",
    "ImageData",
    "ImageBitmap",
    "createImageBitmap",
    "OffscreenCanvas",
    "Clipboard",
    "ClipboardItem",
    "Geolocation",
    "Intl",
    "Storage",
    "Location",
    "History",
    "Navigator",
    "Screen",
    "Window",
    "Crypto",
    "SubtleCrypto",
    "Permissions",
    "ReadableStream",
    "WritableStream",
    "TransformStream",
    "CompressionStream",
    "DecompressionStream",
    "AudioContext",
    "MediaRecorder",
    "MediaStream",
    "RTCPeerConnection",
    "IDBKeyRange",
    "SpeechSynthesisUtterance",
    "speechSynthesis",
];

/// js.undeclared: names used without a declaration that are not known globals.
#[derive(Default)]
pub struct Undeclared;

impl JsRule for Undeclared {
    fn on_assignment(&mut self, cx: &mut Cx, it: &AssignmentExpression) {
        // `window.x = …` makes x global on purpose.
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
            cx.note_with(ID_UNDECLARED, Status::Fail, name, it.span.start, Detail::Name { write });
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
            cx.note(ID_AMOCRM, Status::Fail, format!("{id} is replaced"), it.span.start);
            return;
        }
        if let Some(m) = target.as_member_expression()
            && let Some(global) = changes_amocrm(cx, m)
        {
            cx.note(ID_AMOCRM, Status::Fail, format!("a property of {global} is assigned"), it.span.start);
        }
    }

    fn on_update(&mut self, cx: &mut Cx, it: &UpdateExpression) {
        if let Some(m) = it.argument.as_member_expression()
            && let Some(global) = changes_amocrm(cx, m)
        {
            cx.note(
                ID_AMOCRM,
                Status::Fail,
                format!("a property of {global} is incremented or decremented"),
                it.span.start,
            );
        }
    }

    fn on_delete(&mut self, cx: &mut Cx, it: &UnaryExpression) {
        if let Some(m) = it.argument.as_member_expression()
            && let Some(global) = changes_amocrm(cx, m)
        {
            cx.note(ID_AMOCRM, Status::Fail, format!("a property of {global} is deleted"), it.span.start);
        }
    }

    fn on_call(&mut self, cx: &mut Cx, call: &CallExpression) {
        if let Some(method) = ast::method(&call.callee)
            && MUTATORS.contains(&method)
            && let Some(global) =
                ast::receiver(&call.callee).and_then(|r| ast::root_global(cx, r)).filter(|g| is_amocrm(g))
        {
            let what = format!("{method}() changes an array of {global}");
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
            cx.note(ID_AMOCRM, Status::Fail, format!("{path}() changes {global}"), start(&call.callee));
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        vec![scripts.simple(ID_AMOCRM, "AMOCRM and APP are only read, never changed.", |n| {
            format!("The scripts change amoCRM's global object in {n} place{}", plural(n))
        })]
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

/// `window.x` → `x`, when `window` is the global object.
fn global_object_property<'a>(cx: &Cx, m: &MemberExpression<'a>) -> Option<&'a str> {
    let Expression::Identifier(id) = m.object().without_parentheses() else { return None };
    (matches!(id.name.as_str(), "window" | "globalThis") && cx.is_global(id)).then(|| m.static_property_name())?
}

/// The amoCRM global a member target belongs to (`AMOCRM.a.b`, `window.APP.x`, `window.APP`).
fn changes_amocrm<'a>(cx: &Cx, m: &MemberExpression<'a>) -> Option<&'a str> {
    if let Some(name) = global_object_property(cx, m).filter(|n| is_amocrm(n)) {
        return Some(name);
    }
    ast::root_global(cx, m.object()).filter(|g| is_amocrm(g))
}

/// Whether a name is a global every widget may use (not counting the widget's own globals).
/// Asked for every global reference of every file, so it is a hash lookup, not a list scan.
pub fn is_allowed(name: &str) -> bool {
    static ALLOWED: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| PLATFORM.iter().chain(BROWSER).copied().collect());
    ALLOWED.contains(name)
}

/// One result per undeclared name (the first 50; the rest in one more), with its uses.
fn undeclared(scripts: &Scripts) -> Vec<Finding> {
    let own: HashSet<&str> =
        scripts.files.iter().chain(scripts.libraries).flat_map(|s| s.own_globals.iter().map(String::as_str)).collect();
    let mut by_name: BTreeMap<&str, Vec<&Note>> = BTreeMap::new();
    for n in scripts.notes(ID_UNDECLARED, Status::Fail).into_iter().filter(|n| !own.contains(n.what.as_str())) {
        by_name.entry(n.what.as_str()).or_default().push(n);
    }
    if by_name.is_empty() {
        return vec![Finding::new(
            ID_UNDECLARED,
            Status::Pass,
            "Every variable the scripts use is declared or a known global.",
        )];
    }
    let mut names: Vec<(&str, Vec<&Note>)> = by_name.into_iter().collect();
    // Names first seen earliest come first.
    names.sort_by_key(|(_, uses)| (uses[0].at.file.clone(), uses[0].at.line, uses[0].at.column));
    let mut out = Vec::new();
    const MAX_NAMES: usize = 50;
    for (name, uses) in names.iter().take(MAX_NAMES) {
        let written = uses.iter().any(|u| u.detail == Detail::Name { write: true });
        let n = uses.len();
        let message = if written {
            format!(
                "{name} is assigned without being declared, which creates a global variable by accident ({n} use{}).",
                plural(n)
            )
        } else {
            format!("{name} is used but never declared ({n} use{}).", plural(n))
        };
        out.push(Finding::new(ID_UNDECLARED, Status::Fail, message).at_all(uses.iter().take(20).map(|u| u.at.clone())));
    }
    if names.len() > MAX_NAMES {
        let rest: Vec<&str> = names[MAX_NAMES..].iter().map(|(n, _)| *n).collect();
        out.push(Finding::new(
            ID_UNDECLARED,
            Status::Fail,
            format!(
                "{} more undeclared names: {}.",
                rest.len(),
                rest.iter().take(30).copied().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    out
}
