//! Loading and requesting: synchronous requests (js.sync-requests), script elements
//! (js.script-injection), loaders other than `define` (js.requirejs-deps), where scripts come
//! from (js.external-sources) and stylesheets from other sites (js.external-styles).
//!
//! API calls are not sources: a URL given to `crm_post`, `$.ajax` or `fetch` is data the widget
//! requests, not code it loads, so only URLs in `define`/`require`, `$.getScript`, the `src` of a
//! script element and `<script src>`/`<link href>` tags are judged by host.

use crate::rules::catalogue::RuleId;
use oxc_ast::ast::{
    AssignmentExpression, AssignmentTarget, CallExpression, Expression, ImportExpression, ObjectExpression,
};

use super::ast;
use super::walk::{RawSource, Walker, start};
use super::{FileScan, Source};
use crate::rules::{Check, Finding, Status, plural};
use crate::text::html::Html;

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

// ---- while walking ----

pub fn call(w: &mut Walker, call: &CallExpression) {
    let path = ast::library_path(w, &call.callee);
    let method = ast::method(&call.callee);
    let at = start(&call.callee);
    if let Some(p) = path.as_deref()
        && AJAX.contains(&p)
    {
        for a in call.arguments.iter().filter_map(|a| a.as_expression()) {
            if let Expression::ObjectExpression(o) = a.without_parentheses()
                && is_async_false(o)
            {
                w.handled_objects.insert(o.span.start);
                let at = ast::property(o, "async").map_or(at, start);
                w.hit(RuleId::JsSyncRequests, Status::Fail, format!("{p}() with async: false"), at);
            }
        }
    }
    if method == Some("open") && matches!(ast::arg(&call.arguments, 2), Some(Expression::BooleanLiteral(b)) if !b.value)
    {
        w.hit(RuleId::JsSyncRequests, Status::Fail, "open(method, url, false) makes the request synchronous", at);
    }
    if method == Some("createElement")
        && ast::arg(&call.arguments, 0).and_then(ast::static_string).is_some_and(|s| s.eq_ignore_ascii_case("script"))
    {
        w.hit(RuleId::JsScriptInjection, Status::Fail, "createElement('script') makes a script element", at);
    }
    if method == Some("setAttribute") {
        set_attribute(w, call);
    }
    match path.as_deref() {
        Some(p @ ("$.getScript" | "jQuery.getScript")) => {
            w.hit(RuleId::JsScriptInjection, Status::Fail, format!("{p}() loads and runs a script"), at);
            if let Some(url) = ast::arg(&call.arguments, 0) {
                source(w, url, "$.getScript()", false);
            }
        }
        Some("define") => {
            w.has_define = true;
            if let Some(deps) = call
                .arguments
                .iter()
                .filter_map(|a| a.as_expression())
                .find(|e| matches!(e.without_parentheses(), Expression::ArrayExpression(_)))
            {
                for (dep, span) in ast::array_strings(deps) {
                    w.skip_strings.insert(span.start);
                    if let Some(url) = url_of(&dep) {
                        w.scripts.push(RawSource { url, how: "define() dependency", offset: span.start });
                    } else {
                        module_reference(w, &dep);
                    }
                }
            }
        }
        Some("require" | "requirejs") => {
            let Some(first) = ast::arg(&call.arguments, 0) else { return };
            let mut deps = ast::array_strings(first);
            if let Some(s) = ast::static_string(first) {
                deps.push((s, first.span_of_start()));
            }
            for (dep, span) in deps {
                w.skip_strings.insert(span.start);
                if let Some(url) = url_of(&dep) {
                    w.hit(
                        RuleId::JsRequirejsDeps,
                        Status::Fail,
                        format!("require() loads {url} outside the define([...]) dependencies"),
                        span.start,
                    );
                    w.scripts.push(RawSource { url, how: "require()", offset: span.start });
                } else {
                    module_reference(w, &dep);
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
            for p in &paths.properties {
                let Some(p) = p.as_property() else { continue };
                let mut values = ast::array_strings(&p.value);
                if let Some(s) = ast::static_string(&p.value) {
                    values.push((s, p.value.span_of_start()));
                }
                for (v, span) in values {
                    w.skip_strings.insert(span.start);
                    if let Some(url) = url_of(&v) {
                        w.scripts.push(RawSource { url, how: "require.config paths", offset: span.start });
                    }
                }
            }
        }
        _ => {}
    }
}

/// `import('…')` loads a module around RequireJS.
pub fn import(w: &mut Walker, it: &ImportExpression) {
    w.hit(
        RuleId::JsRequirejsDeps,
        Status::Fail,
        "import() loads a module outside the define([...]) dependencies",
        it.span.start,
    );
    source(w, &it.source, "import()", false);
}

/// `var s = document.createElement('script')`: remember `s`.
pub fn declarator(w: &mut Walker, name: &str, init: &Expression) {
    remember_element(w, name, init);
}

/// `s.src = 'https://…'`, `link.href = '…'`, and `s = document.createElement('script')`.
pub fn assignment(w: &mut Walker, it: &AssignmentExpression) {
    if let AssignmentTarget::AssignmentTargetIdentifier(id) = &it.left {
        remember_element(w, id.name.as_str(), &it.right);
        return;
    }
    let Some(m) = it.left.as_member_expression() else { return };
    let holder = ast::any_path(m.object()).unwrap_or_default();
    match m.static_property_name() {
        Some("src") => {
            let is_script = w.script_vars.contains(&holder);
            source(w, &it.right, "script element src", !is_script);
        }
        Some("href") if w.link_vars.contains(&holder) => style(w, &it.right, "link element href", false),
        _ => {}
    }
}

/// An object literal with `async: false` and a `url`, even when it is not passed straight to
/// `$.ajax` (options kept in a variable first).
pub fn object(w: &mut Walker, o: &ObjectExpression) {
    if w.handled_objects.contains(&o.span.start) || !is_async_false(o) || ast::property(o, "url").is_none() {
        return;
    }
    let at = ast::property(o, "async").map_or(o.span.start, start);
    w.hit(RuleId::JsSyncRequests, Status::Fail, "request options with async: false", at);
}

/// Text of a string literal: `<script` tags, and the sources of `<script src>` / `<link href>`.
pub fn text(w: &mut Walker, text: &str, offset: u32) {
    if !text.contains('<') {
        return;
    }
    // A fragment such as `'<script src="' + url` is no complete tag, but still makes one.
    if text.to_ascii_lowercase().contains("<script") {
        w.hit(RuleId::JsScriptInjection, Status::Fail, "a string with a <script> tag", offset);
    }
    let html = Html::read(text);
    for tag in html.tags_named("script") {
        if let Some(url) = tag.attr("src").and_then(url_of) {
            w.scripts.push(RawSource { url, how: "<script src> in a string", offset });
        }
    }
    for tag in html.tags_named("link") {
        if tag.is_stylesheet()
            && let Some(url) = tag.attr("href").and_then(url_of)
        {
            w.styles.push(RawSource { url, how: "<link> in a string", offset });
        }
    }
}

fn set_attribute(w: &mut Walker, call: &CallExpression) {
    let Some(attr) = ast::arg(&call.arguments, 0).and_then(ast::static_string) else { return };
    let Some(value) = ast::arg(&call.arguments, 1) else { return };
    let holder = ast::receiver(&call.callee).and_then(ast::any_path).unwrap_or_default();
    match attr.as_ref() {
        "src" => {
            let is_script = w.script_vars.contains(&holder);
            source(w, value, "script element src", !is_script);
        }
        "href" if w.link_vars.contains(&holder) => style(w, value, "link element href", false),
        _ => {}
    }
}

fn remember_element(w: &mut Walker, name: &str, init: &Expression) {
    let Expression::CallExpression(c) = init.without_parentheses() else { return };
    if ast::method(&c.callee) != Some("createElement") {
        return;
    }
    match ast::arg(&c.arguments, 0).and_then(ast::static_string).map(|s| s.to_ascii_lowercase()).as_deref() {
        Some("script") => {
            w.script_vars.insert(name.to_string());
        }
        Some("link") => {
            w.link_vars.insert(name.to_string());
        }
        _ => {}
    }
}

/// Records a script URL; with `only_js`, only when it names a `.js` file (an image `src` is not
/// a script).
fn source(w: &mut Walker, e: &Expression, how: &'static str, only_js: bool) {
    let Some(s) = ast::static_string(e) else { return };
    let Some(url) = url_of(&s) else { return };
    if only_js && !path_of(&url).ends_with(".js") {
        return;
    }
    w.skip_strings.insert(e.span_of_start().start);
    w.scripts.push(RawSource { url, how, offset: e.span_of_start().start });
}

fn style(w: &mut Walker, e: &Expression, how: &'static str, only_css: bool) {
    let Some(s) = ast::static_string(e) else { return };
    let Some(url) = url_of(&s) else { return };
    if only_css && !path_of(&url).ends_with(".css") {
        return;
    }
    w.styles.push(RawSource { url, how, offset: e.span_of_start().start });
}

/// `./x` and `../x` module ids are files of the widget (`text!./x.html` too).
fn module_reference(w: &mut Walker, dep: &str) {
    let dep = dep.rsplit('!').next().unwrap_or(dep);
    let Some(rest) = dep.strip_prefix("./") else { return };
    let name = rest.rsplit('/').next().unwrap_or(rest);
    let path = if name.contains('.') { rest.to_string() } else { format!("{rest}.js") };
    w.references.push(path);
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

trait SpanStart {
    fn span_of_start(&self) -> oxc_span::Span;
}

impl SpanStart for Expression<'_> {
    fn span_of_start(&self) -> oxc_span::Span {
        ast::SpanOf::span_of(self.without_parentheses())
    }
}

// ---- templates ----

/// `<script src>` and stylesheet `<link href>` URLs in the widget's templates (*.twig, *.html).
pub fn templates(cx: &Check) -> (Vec<Source>, Vec<Source>) {
    let mut scripts = Vec::new();
    let mut styles = Vec::new();
    for (path, html) in &cx.widget.templates {
        let Some(file) = cx.widget.texts.get(path) else { continue };
        for tag in html.tags_named("script") {
            if let Some(url) = tag.attr("src").and_then(url_of) {
                scripts.push(Source { url, how: "<script src> in a template", at: file.location_at(tag.span.start) });
            }
        }
        for tag in html.tags_named("link") {
            let Some(url) = tag.attr("href").and_then(url_of) else { continue };
            let at = file.location_at(tag.span.start);
            if tag.is_stylesheet() {
                styles.push(Source { url: url.clone(), how: "<link> in a template", at: at.clone() });
            }
            scripts.push(Source { url, how: "<link href> in a template", at });
        }
    }
    (scripts, styles)
}

// ---- results ----

/// How far a host is trusted to serve libraries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    Trusted,
    Checked,
    Untrusted,
}

/// The host of a URL and how far it is trusted.
pub fn trust(url: &str) -> (Trust, String) {
    let host = url::Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_ascii_lowercase)).unwrap_or_default();
    let matches = |list: &[&str]| list.iter().any(|h| host == *h || host.ends_with(&format!(".{h}")));
    let trust = if host.is_empty() {
        Trust::Untrusted
    } else if matches(TRUSTED_HOSTS) {
        Trust::Trusted
    } else if matches(CHECKED_HOSTS) {
        Trust::Checked
    } else {
        Trust::Untrusted
    };
    (trust, host)
}

pub fn external_sources(scans: &[FileScan], templates: &[Source], any_js: bool) -> Vec<Finding> {
    const ID: RuleId = RuleId::JsExternalSources;
    let all: Vec<&Source> = scans.iter().flat_map(|s| &s.scripts).chain(templates).collect();
    if all.is_empty() {
        if !any_js {
            return vec![Finding::new(
                ID,
                Status::Na,
                "The widget has no JavaScript files and its templates load no scripts.",
            )];
        }
        return vec![Finding::new(ID, Status::Pass, "No script is loaded from another site.")];
    }
    let mut trusted = Vec::new();
    let mut checked = Vec::new();
    let mut untrusted = Vec::new();
    for s in all {
        let (t, host) = trust(&s.url);
        match t {
            Trust::Trusted => trusted.push((s, host)),
            Trust::Checked => checked.push((s, host)),
            Trust::Untrusted => untrusted.push((s, host)),
        }
    }
    let hosts = |list: &[(&Source, String)]| {
        let mut h: Vec<&str> = list.iter().map(|(_, h)| h.as_str()).collect();
        h.dedup();
        h.sort_unstable();
        h.dedup();
        h.join(", ")
    };
    let with_evidence = |mut f: Finding, list: &[(&Source, String)]| {
        for (s, _) in list {
            f = f.at(s.at.clone()).evidence(s.how, s.url.clone(), Some(s.at.clone()));
        }
        f
    };
    let mut out = Vec::new();
    if !untrusted.is_empty() {
        let n = untrusted.len();
        out.push(
            with_evidence(
                Finding::new(
                    ID,
                    Status::Fail,
                    format!(
                        "{n} script{} {} loaded from {}, which {} not a trusted CDN for public libraries.",
                        plural(n),
                        if n == 1 { "is" } else { "are" },
                        hosts(&untrusted),
                        if hosts(&untrusted).contains(',') { "are" } else { "is" },
                    ),
                ),
                &untrusted,
            )
            .help(
                "Put your own code inside the widget archive and load it through define([...]); take public libraries \
                 only from code.jquery.com, ajax.googleapis.com, ajax.aspnetcdn.com or yastatic.net.",
            ),
        );
    }
    if !checked.is_empty() {
        out.push(
            with_evidence(
                Finding::new(
                    ID,
                    Status::Manual,
                    format!(
                        "Libraries are loaded from {}: allowed, but every library there will be checked by the moderators. \
                         Confirm each is a public, unmodified library.",
                        hosts(&checked)
                    ),
                ),
                &checked,
            )
            .help("Prefer code.jquery.com, ajax.googleapis.com, ajax.aspnetcdn.com or yastatic.net where the library is there."),
        );
    }
    if out.is_empty() {
        out.push(with_evidence(
            Finding::new(
                ID,
                Status::Pass,
                format!("Scripts from other sites come only from trusted CDNs ({}).", hosts(&trusted)),
            ),
            &trusted,
        ));
    }
    out
}

pub fn external_styles(scans: &[FileScan], templates: &[Source]) -> Finding {
    const ID: RuleId = RuleId::JsExternalStyles;
    let all: Vec<&Source> = scans.iter().flat_map(|s| &s.styles).chain(templates).collect();
    if all.is_empty() {
        return Finding::new(ID, Status::Na, "The widget loads no stylesheets from other sites.");
    }
    let mut f = Finding::new(
        ID,
        Status::Manual,
        format!(
            "The widget loads {} stylesheet{} from other sites. They are not downloaded in an offline check: open each and \
             confirm it has no global selectors (element, * or :root rules that would restyle amoCRM).",
            all.len(),
            plural(all.len())
        ),
    );
    for s in all {
        f = f.at(s.at.clone()).evidence(s.how, s.url.clone(), Some(s.at.clone()));
    }
    f
}
