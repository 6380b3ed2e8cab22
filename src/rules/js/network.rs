//! Loading and requesting: synchronous requests (js.sync-requests), script elements
//! (js.script-injection), loaders other than `define` (js.requirejs-deps), where scripts come
//! from (js.external-sources), and the stylesheets from other sites the network rules judge.
//!
//! API calls are not sources: a URL given to `crm_post`, `$.ajax` or `fetch` is data the widget
//! requests, not code it loads, so only URLs in `define`/`require`, `$.getScript`, the `src` of a
//! script element and `<script src>`/`<link href>` tags are judged by host.

use std::collections::HashSet;

use oxc_ast::ast::{
    AssignmentExpression, AssignmentTarget, CallExpression, Expression, ImportExpression, ObjectExpression,
};

use super::LoadedUrl;
use super::ast;
use super::rule::JsRule;
use super::scan::{Detail, Scripts, code, placed};
use super::walk::{Cx, start};
use crate::i18n::{Msg, list};
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::loads::{How, Wanted};
use crate::rules::{Finding, Status};
use crate::widget::Widget;

/// Hosts the checklist recommends for public libraries: jQuery CDN, Google Hosted Libraries,
/// Microsoft Ajax CDN, Yandex's library CDN.
pub const TRUSTED_HOSTS: &[&str] = &["code.jquery.com", "ajax.googleapis.com", "ajax.aspnetcdn.com", "yastatic.net"];
/// Public CDNs that are allowed but where every library is checked by the moderators. unpkg is
/// not named in the surviving copy of the checklist but is the same kind of CDN.
pub const CHECKED_HOSTS: &[&str] =
    &["cdn.jsdelivr.net", "jsdelivr.net", "cdnjs.cloudflare.com", "pagecdn.io", "unpkg.com"];

/// jQuery functions that take request options.
const AJAX: &[&str] = &[
    "$.ajax",
    "$.ajaxSetup",
    "$.get",
    "$.post",
    "$.getJSON",
    "jQuery.ajax",
    "jQuery.ajaxSetup",
    "jQuery.get",
    "jQuery.post",
    "jQuery.getJSON",
];

const SYNC: RuleId = RuleId::JsSyncRequests;
const INJECTION: RuleId = RuleId::JsScriptInjection;
const DEPS: RuleId = RuleId::JsRequirejsDeps;
const SOURCES: RuleId = RuleId::JsExternalSources;
const STYLES: RuleId = RuleId::JsExternalStyles;

/// js.sync-requests: `async: false` in request options, `xhr.open(m, u, false)`.
#[derive(Default)]
pub struct SyncRequests {
    /// Object literals already reported as the options of a request.
    handled: HashSet<u32>,
}

impl JsRule for SyncRequests {
    fn on_call(&mut self, cx: &mut Cx, call: &CallExpression) {
        let at = start(&call.callee);
        if let Some(p) = cx.callee_library().filter(|p| AJAX.contains(p)).map(str::to_string) {
            for a in call.arguments.iter().filter_map(|a| a.as_expression()) {
                if let Expression::ObjectExpression(o) = a.without_parentheses()
                    && is_async_false(o)
                {
                    self.handled.insert(o.span.start);
                    let at = ast::property(o, "async").map_or(at, start);
                    cx.note(SYNC, Status::Fail, msg!("js-sync-async-false", function = p.as_str()), at);
                }
            }
        }
        if ast::method(&call.callee) == Some("open")
            && matches!(ast::arg(&call.arguments, 2), Some(Expression::BooleanLiteral(b)) if !b.value)
        {
            cx.note(SYNC, Status::Fail, msg!("js-sync-open"), at);
        }
    }

    /// An object literal with `async: false` and a `url`, even when it is not passed straight to
    /// `$.ajax` (options kept in a variable first).
    fn on_object(&mut self, cx: &mut Cx, o: &ObjectExpression) {
        if self.handled.contains(&o.span.start) || !is_async_false(o) || ast::property(o, "url").is_none() {
            return;
        }
        let at = ast::property(o, "async").map_or(o.span.start, start);
        cx.note(SYNC, Status::Fail, msg!("js-sync-options"), at);
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        vec![scripts.simple(SYNC, msg!("js-sync-pass"), |n| msg!("js-sync-fail", n = n))]
    }
}

/// How scripts and stylesheets are loaded: js.script-injection, js.requirejs-deps and
/// js.external-sources, which share the tracking of script and link elements and of `define` /
/// `require`. The stylesheets it notes are judged by the network rules (js.external-styles,
/// see [`stylesheets`]).
#[derive(Default)]
pub struct Loading {
    /// Variables holding a `<script>` element.
    script_vars: HashSet<String>,
    /// Variables holding a `<link>` element.
    link_vars: HashSet<String>,
}

impl JsRule for Loading {
    fn on_call(&mut self, cx: &mut Cx, call: &CallExpression) {
        let path = cx.callee_library().map(str::to_string);
        let method = ast::method(&call.callee);
        let at = start(&call.callee);
        if method == Some("createElement")
            && ast::arg(&call.arguments, 0)
                .and_then(ast::static_string)
                .is_some_and(|s| s.eq_ignore_ascii_case("script"))
        {
            cx.note(INJECTION, Status::Fail, msg!("js-injection-create"), at);
        }
        if method == Some("setAttribute") {
            self.set_attribute(cx, call);
        }
        match path.as_deref() {
            Some(p @ ("$.getScript" | "jQuery.getScript")) => {
                cx.note(INJECTION, Status::Fail, msg!("js-injection-get-script", function = p), at);
                if let Some(url) = ast::arg(&call.arguments, 0) {
                    source(cx, url, code("$.getScript()"), false);
                }
            }
            Some("define") => {
                let deps = call
                    .arguments
                    .iter()
                    .filter_map(|a| a.as_expression())
                    .find(|e| matches!(e.without_parentheses(), Expression::ArrayExpression(_)));
                if let Some(Expression::ArrayExpression(list)) = deps.map(|d| d.without_parentheses()) {
                    for dynamic in list
                        .elements
                        .iter()
                        .filter_map(|e| e.as_expression())
                        .filter(|e| ast::static_string(e).is_none())
                    {
                        let at = ast::SpanOf::span_of(dynamic).start;
                        if let Some(store) = debug_override(dynamic) {
                            cx.note(SOURCES, Status::Fail, msg!("js-sources-read-from", store = store), at);
                        }
                        match cache_busted(dynamic) {
                            Some(id) => module_reference(cx, &id, at),
                            // Code from another address, named at run time: judged by its host, and
                            // what it loads is not in view.
                            None => {
                                if let Some(url) = dynamic_url(dynamic) {
                                    note_source(cx, url, msg!("js-how-define"), at);
                                }
                                cx.facts().runtime_modules.push(at);
                            }
                        }
                    }
                }
                for (dep, span) in deps.map(ast::array_strings).unwrap_or_default() {
                    cx.skip_string(span.start);
                    match url_of(&dep) {
                        Some(url) => note_source(cx, url, msg!("js-how-define"), span.start),
                        None => module_reference(cx, &dep, span.start),
                    }
                }
            }
            Some("require" | "requirejs") => {
                let Some(first) = ast::arg(&call.arguments, 0) else { return };
                let mut deps = ast::array_strings(first);
                if let Some(s) = ast::static_string(first) {
                    deps.push((s, ast::SpanOf::span_of(first)));
                }
                for (dep, span) in deps {
                    cx.skip_string(span.start);
                    match url_of(&dep) {
                        Some(url) => {
                            cx.note(DEPS, Status::Fail, msg!("js-deps-require", url = &url), span.start);
                            note_source(cx, url, code("require()"), span.start);
                        }
                        None => module_reference(cx, &dep, span.start),
                    }
                }
            }
            Some("require.config" | "requirejs.config") => {
                let Some(Expression::ObjectExpression(o)) = ast::arg(&call.arguments, 0) else { return };
                let Some(Expression::ObjectExpression(paths)) =
                    ast::property(o, "paths").map(Expression::without_parentheses)
                else {
                    return;
                };
                for p in paths.properties.iter().filter_map(|p| p.as_property()) {
                    let mut values = ast::array_strings(&p.value);
                    if let Some(s) = ast::static_string(&p.value) {
                        values.push((s, ast::SpanOf::span_of(p.value.without_parentheses())));
                    }
                    for (v, span) in values {
                        cx.skip_string(span.start);
                        if let Some(url) = url_of(&v) {
                            note_source(cx, url, msg!("js-how-require-config"), span.start);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// `import('…')` loads a module around RequireJS.
    fn on_import(&mut self, cx: &mut Cx, it: &ImportExpression) {
        cx.note(DEPS, Status::Fail, msg!("js-deps-import"), it.span.start);
        source(cx, &it.source, code("import()"), false);
    }

    /// `var s = document.createElement('script')`: remember `s`.
    fn on_declarator(&mut self, _cx: &mut Cx, name: &str, init: &Expression) {
        self.remember_element(name, init);
    }

    /// `s.src = 'https://…'`, `link.href = '…'`, and `s = document.createElement('script')`.
    fn on_assignment(&mut self, cx: &mut Cx, it: &AssignmentExpression) {
        if let AssignmentTarget::AssignmentTargetIdentifier(id) = &it.left {
            self.remember_element(id.name.as_str(), &it.right);
            return;
        }
        let Some(m) = it.left.as_member_expression() else { return };
        let holder = ast::any_path(m.object()).unwrap_or_default();
        match m.static_property_name() {
            Some("src") => source(cx, &it.right, msg!("js-how-script-src"), !self.script_vars.contains(&holder)),
            Some("href") if self.link_vars.contains(&holder) => style(cx, &it.right, msg!("js-how-link-href")),
            _ => {}
        }
    }

    /// Text of a string literal: `<script` tags, and the sources of `<script src>` / `<link href>`.
    fn on_text(&mut self, cx: &mut Cx, text: &str, offset: u32) {
        if !text.contains('<') {
            return;
        }
        // A fragment such as `'<script src="' + url` is no complete tag, but still makes one.
        if text.to_ascii_lowercase().contains("<script") {
            cx.note(INJECTION, Status::Fail, msg!("js-injection-tag"), offset);
        }
        let html = cx.html(text, offset);
        for tag in html.tags_named("script") {
            if let Some(url) = tag.attr("src").and_then(url_of) {
                note_source(cx, url, msg!("js-how-script-in-string"), offset);
            }
        }
        for tag in html.tags_named("link") {
            if tag.is_stylesheet()
                && let Some(url) = tag.attr("href").and_then(url_of)
            {
                let how = msg!("js-how-link-in-string");
                cx.note_with(STYLES, Status::Manual, code(url.as_str()), offset, Detail::Source { url, how });
            }
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        let (template_scripts, _) = templates(scripts.widget);
        let mut out = vec![
            scripts.simple(INJECTION, msg!("js-injection-pass"), |n| msg!("js-injection-fail", n = n)),
            scripts.simple(DEPS, msg!("js-deps-pass"), |n| msg!("js-deps-fail", n = n)),
        ];
        out.extend(external_sources(scripts, &template_scripts));
        out
    }
}

impl Loading {
    fn set_attribute(&self, cx: &mut Cx, call: &CallExpression) {
        let Some(attr) = ast::arg(&call.arguments, 0).and_then(ast::static_string) else { return };
        let Some(value) = ast::arg(&call.arguments, 1) else { return };
        let holder = ast::receiver(&call.callee).and_then(ast::any_path).unwrap_or_default();
        match attr.as_ref() {
            "src" => source(cx, value, msg!("js-how-script-src"), !self.script_vars.contains(&holder)),
            "href" if self.link_vars.contains(&holder) => style(cx, value, msg!("js-how-link-href")),
            _ => {}
        }
    }

    fn remember_element(&mut self, name: &str, init: &Expression) {
        let Expression::CallExpression(c) = init.without_parentheses() else { return };
        if ast::method(&c.callee) != Some("createElement") {
            return;
        }
        match ast::arg(&c.arguments, 0).and_then(ast::static_string).map(|s| s.to_ascii_lowercase()).as_deref() {
            Some("script") => {
                self.script_vars.insert(name.to_string());
            }
            Some("link") => {
                self.link_vars.insert(name.to_string());
            }
            _ => {}
        }
    }
}

/// Notes a script URL for js.external-sources.
fn note_source(cx: &mut Cx, url: String, how: Msg, offset: u32) {
    cx.note_with(SOURCES, Status::Manual, code(url.as_str()), offset, Detail::Source { url, how });
}

/// Notes the script URL an expression gives; with `only_js`, only when it names a `.js` file (an
/// image `src` is not a script).
fn source(cx: &mut Cx, e: &Expression, how: Msg, only_js: bool) {
    let Some(url) = ast::static_string(e).and_then(|s| url_of(&s)) else { return };
    if only_js && !path_of(&url).ends_with(".js") {
        return;
    }
    let offset = ast::SpanOf::span_of(e.without_parentheses()).start;
    cx.skip_string(offset);
    note_source(cx, url, how, offset);
}

/// Notes the stylesheet URL an expression gives for js.external-styles.
fn style(cx: &mut Cx, e: &Expression, how: Msg) {
    let Some(url) = ast::static_string(e).and_then(|s| url_of(&s)) else { return };
    let offset = ast::SpanOf::span_of(e.without_parentheses()).start;
    cx.note_with(STYLES, Status::Manual, code(url.as_str()), offset, Detail::Source { url, how });
}

/// `./x` and `../x` module ids are files of the widget, relative to the module that names them,
/// as RequireJS resolves them: `.js` is added unless the id names a file; `text!./x.html` loads
/// that file, `css!./x` the style sheet `x.css`.
fn module_reference(cx: &mut Cx, dep: &str, offset: u32) {
    let (plugin, id) = dep.rsplit_once('!').unwrap_or(("", dep));
    if !id.starts_with("./") && !id.starts_with("../") {
        return;
    }
    let folder = cx.path().rsplit_once('/').map_or("", |(f, _)| f);
    let Some(path) = join(folder, id) else { return };
    let name = path.rsplit('/').next().unwrap_or(&path);
    let path = match plugin.rsplit('/').next() {
        _ if name.contains('.') => path.clone(),
        Some("css") => format!("{path}.css"),
        _ => format!("{path}.js"),
    };
    cx.facts().modules.push(path.clone());
    cx.facts().required.push((path.clone(), How::Module, offset));
    cx.facts().references.push((Wanted::Path(path), offset));
}

/// Where a dependency's address is read from when the browser's storage or the page's address
/// decides it (`localStorage['dev_url'] || './app.js'`): a debug switch that lets whoever sets
/// it run their own code as the widget.
fn debug_override(e: &Expression) -> Option<Msg> {
    match e.without_parentheses() {
        Expression::Identifier(id) if id.name == "localStorage" => Some(code("localStorage")),
        Expression::Identifier(id) if id.name == "sessionStorage" => Some(code("sessionStorage")),
        Expression::LogicalExpression(l) => debug_override(&l.left).or_else(|| debug_override(&l.right)),
        Expression::ConditionalExpression(c) => {
            debug_override(&c.test).or_else(|| debug_override(&c.consequent)).or_else(|| debug_override(&c.alternate))
        }
        Expression::BinaryExpression(b) => debug_override(&b.left).or_else(|| debug_override(&b.right)),
        Expression::TemplateLiteral(t) => t.expressions.iter().find_map(debug_override),
        Expression::CallExpression(c) => debug_override(&c.callee),
        e => {
            let m = e.as_member_expression()?;
            let is_location = |o: &Expression| match o.without_parentheses() {
                Expression::Identifier(id) => id.name == "location",
                o => o.as_member_expression().and_then(|m| m.static_property_name()) == Some("location"),
            };
            match m.static_property_name() {
                Some("localStorage") => Some(code("localStorage")),
                Some("sessionStorage") => Some(code("sessionStorage")),
                Some("search" | "hash") if is_location(m.object()) => Some(msg!("js-sources-page-address")),
                _ => debug_override(m.object()),
            }
        }
    }
}

/// The URL a dependency built from a constant address starts with (`'https://localhost:8080/app.js?v=' + n`).
fn dynamic_url(e: &Expression) -> Option<String> {
    url_of(&constant_head(e)?)
}

/// The module id of a dependency that only varies after `?`, as a cache-busting query does:
/// `'./app.js?v=' + Date.now()`, `` `./app.js?v=${version}` ``.
fn cache_busted(e: &Expression) -> Option<String> {
    let head = constant_head(e)?;
    // Only a widget module: `{{BASE_PATH}}/app.js?v=…` is a name built at run time all the same.
    head.split_once('?').map(|(id, _)| id.to_string()).filter(|id| id.starts_with("./") || id.starts_with("../"))
}

/// The constant text a string built at run time starts with: the left of `'…' + x`, or the first
/// part of a template literal.
fn constant_head(e: &Expression) -> Option<String> {
    match e.without_parentheses() {
        // `'https://x/' + a + '.js'` is `('https://x/' + a) + '.js'`: the head is leftmost.
        Expression::BinaryExpression(b) if b.operator == oxc_syntax::operator::BinaryOperator::Addition => {
            ast::static_string(&b.left).map(|s| s.to_string()).or_else(|| constant_head(&b.left))
        }
        Expression::TemplateLiteral(t) => Some(t.quasis.first()?.value.raw.to_string()),
        _ => None,
    }
}

/// A relative id joined to a folder; `None` when `..` leaves the widget.
pub(super) fn join(folder: &str, id: &str) -> Option<String> {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in id.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

fn is_async_false(o: &ObjectExpression) -> bool {
    match ast::property(o, "async").map(Expression::without_parentheses) {
        Some(Expression::BooleanLiteral(b)) => !b.value,
        Some(Expression::NumericLiteral(n)) => n.value == 0.0,
        Some(Expression::UnaryExpression(u)) => {
            u.operator == oxc_syntax::operator::UnaryOperator::LogicalNot
                && matches!(u.argument.without_parentheses(), Expression::NumericLiteral(n) if n.value != 0.0)
        }
        _ => false,
    }
}

/// An absolute URL (`https://…`, protocol-relative `//…`), normalised to `https:` for the latter.
pub fn url_of(s: &str) -> Option<String> {
    let s = s.trim();
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        Some(s.to_string())
    } else if s.starts_with("//") && s[2..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        Some(format!("https:{s}"))
    } else {
        None
    }
}

/// The path of a URL, lower-case, without query or fragment.
fn path_of(url: &str) -> String {
    url.split(['?', '#']).next().unwrap_or(url).to_ascii_lowercase()
}

/// The stylesheets from other sites the scripts and templates load, for js.external-styles.
pub fn stylesheets(scripts: &Scripts) -> Vec<LoadedUrl> {
    let (_, from_templates) = templates(scripts.widget);
    sources(scripts, STYLES).into_iter().chain(from_templates).collect()
}

/// The script or stylesheet URLs the scripts noted for a rule.
fn sources(scripts: &Scripts, rule: RuleId) -> Vec<LoadedUrl> {
    scripts
        .notes(rule, Status::Manual)
        .into_iter()
        .filter_map(|n| match &n.detail {
            Detail::Source { url, how } => Some(LoadedUrl { url: url.clone(), how: how.clone(), at: n.at.clone() }),
            _ => None,
        })
        .collect()
}

/// `<script src>` and stylesheet `<link href>` URLs in the widget's templates (*.twig, *.html).
fn templates(widget: &Widget) -> (Vec<LoadedUrl>, Vec<LoadedUrl>) {
    let mut scripts = Vec::new();
    let mut styles = Vec::new();
    for (path, html) in &widget.templates {
        let Some(file) = widget.texts.get(path) else { continue };
        for tag in html.tags_named("script") {
            if let Some(url) = tag.attr("src").and_then(url_of) {
                let at = file.location_at(tag.span.start);
                scripts.push(LoadedUrl { url, how: msg!("js-how-script-in-template"), at });
            }
        }
        for tag in html.tags_named("link") {
            let Some(url) = tag.attr("href").and_then(url_of) else { continue };
            let at = file.location_at(tag.span.start);
            if tag.is_stylesheet() {
                styles.push(LoadedUrl { url: url.clone(), how: msg!("js-how-link-in-template"), at: at.clone() });
            }
            scripts.push(LoadedUrl { url, how: msg!("js-how-link-href-in-template"), at });
        }
    }
    (scripts, styles)
}

/// How far a host is trusted to serve libraries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    Trusted,
    Checked,
    Untrusted,
    /// The developer's own machine or network (`localhost`, `192.168.…`, `*.local`): users
    /// cannot reach it.
    Development,
}

/// The host of a URL and how far it is trusted.
pub fn trust(url: &str) -> (Trust, String) {
    let host = url::Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_ascii_lowercase)).unwrap_or_default();
    let matches = |list: &[&str]| list.iter().any(|h| host == *h || host.ends_with(&format!(".{h}")));
    let trust = if host.is_empty() {
        Trust::Untrusted
    } else if crate::text::links::is_development_host(&host) {
        Trust::Development
    } else if matches(TRUSTED_HOSTS) {
        Trust::Trusted
    } else if matches(CHECKED_HOSTS) {
        Trust::Checked
    } else {
        Trust::Untrusted
    };
    (trust, host)
}

fn external_sources(scripts: &Scripts, templates: &[LoadedUrl]) -> Vec<Finding> {
    const ID: RuleId = SOURCES;
    let all: Vec<LoadedUrl> = sources(scripts, ID).into_iter().chain(templates.iter().cloned()).collect();
    let overrides = scripts.notes(ID, Status::Fail);
    if all.is_empty() && overrides.is_empty() {
        if scripts.none(ID).is_some() {
            return vec![Finding::new(ID, Status::Na, msg!("js-sources-na"))];
        }
        return vec![Finding::new(ID, Status::Pass, msg!("js-sources-none"))];
    }
    let mut trusted = Vec::new();
    let mut checked = Vec::new();
    let mut untrusted = Vec::new();
    let mut development = Vec::new();
    for s in &all {
        let (t, host) = trust(&s.url);
        match t {
            Trust::Trusted => trusted.push((s, host)),
            Trust::Checked => checked.push((s, host)),
            Trust::Untrusted => untrusted.push((s, host)),
            Trust::Development => development.push((s, host)),
        }
    }
    // The hosts of a list, each once, in order.
    let hosts = |list: &[(&LoadedUrl, String)]| {
        let mut h: Vec<&str> = list.iter().map(|(_, h)| h.as_str()).collect();
        h.sort_unstable();
        h.dedup();
        h.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    let with_evidence = |mut f: Finding, list: &[(&LoadedUrl, String)]| {
        for (s, _) in list {
            f = f.at(s.at.clone()).evidence(s.how.clone(), s.url.clone(), Some(s.at.clone()));
        }
        f
    };
    let mut out = Vec::new();
    if !overrides.is_empty() {
        let places = overrides.iter().map(|n| placed(&n.what, &n.at)).collect::<Vec<_>>();
        out.push(
            Finding::new(ID, Status::Fail, msg!("js-sources-override", places = list(places, "; ")))
                .at_all(overrides.iter().map(|n| n.at.clone())),
        );
    }
    if !development.is_empty() {
        let message = msg!("js-sources-development", n = development.len(), hosts = hosts(&development).join(", "));
        out.push(with_evidence(Finding::new(ID, Status::Fail, message), &development));
    }
    if !untrusted.is_empty() {
        let names = hosts(&untrusted);
        let message =
            msg!("js-sources-untrusted", n = untrusted.len(), hosts = names.join(", "), host_count = names.len());
        out.push(with_evidence(Finding::new(ID, Status::Fail, message), &untrusted));
    }
    if !checked.is_empty() {
        let message = msg!("js-sources-checked", hosts = hosts(&checked).join(", "));
        out.push(with_evidence(Finding::new(ID, Status::Manual, message), &checked));
    }
    if out.is_empty() {
        let message = msg!("js-sources-pass", hosts = hosts(&trusted).join(", "));
        out.push(with_evidence(Finding::new(ID, Status::Pass, message), &trusted));
    }
    out
}
