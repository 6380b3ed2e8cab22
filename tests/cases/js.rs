//! js.*: syntax, declarations, debug output, amoCRM's globals, requests, loading code and styles,
//! code from strings, the callbacks and readable code.

use amo_preflight::rules::Status::*;

use super::{Case, add_js, add_location, line};
use crate::common::Fixture;

/// A bundled jQuery, whose alert, eval, undeclared name and console output are the library's.
fn bundled_jquery(f: &Fixture) {
    f.write(
        "vendor/jquery.min.js",
        "/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n\
        !function(e){alert(1);eval(\"x\");undeclaredThing=1;console.log(e)}(window);\n",
    );
}

/// A webpack development build: one module of the widget's own with an `alert`, and axios's
/// module with the library's own console output and global lookups.
fn webpack_bundle(f: &Fixture, own: &str) {
    f.write(
        "dist/app.js",
        format!(
            "(() => {{\n  var __webpack_modules__ = {{\n\
             \"./src/panel.js\": function (module) {{\n    {own}\n  }},\n\
             \"./node_modules/axios/lib/axios.js\": function (module) {{\n\
             \x20   var g = typeof global !== 'undefined' ? global : new Function('return this')();\n\
             \x20   console.log(g); alert('axios'); module.exports = {{}};\n  }}\n  }};\n\
             \x20 function __webpack_require__(id) {{ var m = {{ exports: {{}} }}; __webpack_modules__[id](m); return m.exports; }}\n\
             \x20 __webpack_require__('./src/panel.js');\n}})();\n"
        ),
    );
}

/// A minified bundle and its source map: its code is generated from the widget's own
/// src/panel.js or from a package in node_modules, as `mappings` says.
fn mapped_bundle(f: &Fixture, code: &str, mappings: &str) {
    f.write("dist/app.js", format!("{code}\n//# sourceMappingURL=app.js.map\n"));
    f.write(
        "dist/app.js.map",
        format!(
            "{{\"version\":3,\"sources\":[\"webpack://app/./src/panel.js\",\
             \"webpack://app/./node_modules/lib/index.js\"],\"mappings\":\"{mappings}\"}}"
        ),
    );
}

/// A gulp build file and a Node packaging script next to the widget.
fn build_tooling(f: &Fixture) {
    f.write(
        "gulpfile.js",
        "const { src, dest, series } = require('gulp');\nfunction build() {\n  console.log('building', process.env.NODE_ENV);\n  \
         return src(['script.js', 'i18n/**']).pipe(dest(__dirname + '/dist'));\n}\nexports.default = series(build);\n",
    );
    f.write(
        "scripts/pack.js",
        "const fs = require('fs');\nconsole.log('packing');\nfs.writeFileSync('widget.zip', Buffer.from([]));\n",
    );
}

/// Adds a dependency to the define list of script.js.
fn depend_on(f: &Fixture, url: &str) {
    f.replace("script.js", "define(['jquery']", &format!("define(['jquery', '{url}']"));
}

/// A template that loads a stylesheet.
fn stylesheet(f: &Fixture, href: &str) {
    f.write("templates/head.twig", format!("<link rel=\"stylesheet\" href=\"{href}\">\n"));
}

/// The numbers 0 to 399, `per_line` to a line (0: all on one line, without spaces).
/// Adds callbacks (`name: function () {…}` entries) at the start of this.callbacks.
fn add_callbacks(f: &Fixture, entries: &str) {
    f.replace("script.js", "    this.callbacks = {\n", &format!("    this.callbacks = {{\n{entries}\n"));
}

/// The card SDK's four data callbacks, as this.callbacks entries.
const CARD_SDK_CALLBACKS: &str = "      loadPreloadedData: function () { return Promise.resolve([]); },
      loadElements: function () { return Promise.resolve([]); },
      linkCard: function () { return Promise.resolve(); },
      searchDataInCard: function () { return Promise.resolve([]); },";

fn table(per_line: usize) -> String {
    let numbers: Vec<String> = (0..400).map(|i| i.to_string()).collect();
    let body = match per_line {
        0 => numbers.join(","),
        n => numbers.chunks(n).map(|c| c.join(", ")).collect::<Vec<_>>().join(",\n    "),
    };
    format!("  var table = [{body}];")
}

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken("js.syntax", Fail, line("script.js", "var broken = ;"), "an expression without its operand")
            .edit(|f| add_js(f, "  var broken = ;")),
        Case::kept("js.syntax", "the expression complete").edit(|f| add_js(f, "  var broken = 1;")),
        Case::broken("js.undeclared", Fail, line("script.js", "total = 5"), "a variable assigned without var")
            .edit(|f| add_js(f, "  total = 5;")),
        Case::kept("js.undeclared", "the variable declared").edit(|f| add_js(f, "  var total = 5;")),
        Case::broken("js.undeclared", Fail, line("script.js", "for (i = 0"), "a loop counter without var").edit(|f| {
            add_js(
                f,
                "  function sum(list) {\n    var n = list.length, s = 0;\n    \
                for (i = 0; i < n; i++) { s += list[i]; }\n    return s;\n  }",
            )
        }),
        Case::broken(
            "js.undeclared",
            Fail,
            line("script.js", "for (i = 0"),
            "a loop counter without var, though a typeof test names it",
        )
        .edit(|f| add_js(f, "  if (typeof i === 'undefined') {\n    for (i = 0; i < 3; i++) {}\n  }")),
        Case::broken("js.undeclared", Fail, line("script.js", "acmeConfig.url"), "a name read that nothing declares")
            .edit(|f| add_js(f, "  var url = acmeConfig.url;")),
        Case::kept("js.undeclared", "the loop counter declared")
            .edit(|f| add_js(f, "  if (typeof i === 'undefined') {\n    for (var i = 0; i < 3; i++) {}\n  }")),
        Case::kept("js.undeclared", "typeof of a name that may not exist")
            .edit(|f| add_js(f, "  var inNode = typeof module !== 'undefined';")),
        Case::kept("js.undeclared", "module used only after a typeof guard (UMD)").edit(|f| {
            add_js(f, "  if (typeof module !== 'undefined' && module.exports) {\n    module.exports = {};\n  }")
        }),
        Case::kept("js.undeclared", "a UMD wrapper that tests define, module and exports first").edit(|f| {
            add_js(
                f,
                "  (function (root, factory) {\n    \
                if (typeof define === 'function' && define.amd) { define('acme-lib', [], factory); }\n    \
                else if (typeof module === 'object' && module.exports) { module.exports = factory(); }\n    \
                else if (typeof exports === 'object') { exports.AcmeLib = factory(); }\n    \
                else { root.AcmeLib = factory(); }\n  \
                })(this, function () { return {}; });",
            )
        }),
        Case::broken("js.undeclared", Fail, line("script.js", "var moduleId"), "module used after its typeof guard")
            .edit(|f| {
                add_js(
                    f,
                    "  if (typeof module !== 'undefined' && module.exports) {\n    module.exports = {};\n  }\n  \
                    var moduleId = module.id;",
                )
            }),
        Case::kept("js.undeclared", "exports and global used only where typeof says they exist").edit(|f| {
            add_js(
                f,
                "  var api = typeof exports === 'object' ? exports : {};\n  \
                var root = typeof global !== 'undefined' ? global : window;",
            )
        }),
        Case::kept("js.undeclared", "Buffer used only after typeof says it exists").edit(|f| {
            add_js(f, "  function isBuffer(x) { return typeof Buffer !== 'undefined' && Buffer.isBuffer(x); }")
        }),
        Case::kept("js.undeclared", "a worker's global scope tested with typeof first").edit(|f| {
            add_js(f, "  var inWorker = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;")
        }),
        Case::kept("js.undeclared", "a worker's own globals").edit(|f| {
            add_js(
                f,
                "  function onWorkerMessage(e) {\n    \
                if (self instanceof WorkerGlobalScope) { importScripts('helpers.js'); self.postMessage(e.data); }\n  }",
            )
        }),
        Case::kept("js.undeclared", "self, top and parent, the window by other names").edit(|f| {
            add_js(
                f,
                "  self.addEventListener('message', function () {});\n  \
                var where = top.location.href;\n  parent.postMessage(where, '*');",
            )
        }),
        Case::broken(
            "js.undeclared",
            Fail,
            line("script.js", "var where = name"),
            "name read undeclared: the window's name, almost always a missing var",
        )
        .edit(|f| add_js(f, "  var where = name;\n  parent.postMessage(where, '*');")),
        Case::kept("js.undeclared", "SVG and custom elements").edit(|f| {
            add_js(
                f,
                "  function isSvg(node) { return node instanceof SVGElement; }\n  \
                customElements.define('acme-badge', class extends HTMLElement {});",
            )
        }),
        Case::kept("js.undeclared", "a global made on purpose through window")
            .edit(|f| add_js(f, "  window.acmeShared = {};\n  acmeShared.count = 1;")),
        Case::kept("js.undeclared", "a global made on purpose through self")
            .edit(|f| add_js(f, "  self.acmeShared = {};\n  acmeShared.count = 1;")),
        Case::kept("js.undeclared", "a global made on purpose through globalThis")
            .edit(|f| add_js(f, "  globalThis.acmeShared = {};\n  acmeShared.count = 1;")),
        Case::broken(
            "js.undeclared",
            Fail,
            line("script.js", "acmeShared.count"),
            "a property set on a local variable named self makes no global",
        )
        .edit(|f| add_js(f, "  function share() { var self = {}; self.acmeShared = {}; }\n  acmeShared.count = 1;")),
        Case::kept("js.undeclared", "undeclared names in a bundled library are the library's").edit(bundled_jquery),
        Case::broken(
            "js.undeclared",
            Fail,
            line("js/bootstrap.js", "started = true"),
            "the widget's own readable file named like a library is checked as its own",
        )
        .edit(|f| {
            f.write(
                "js/bootstrap.js",
                "define([], function () {\n  return function () {\n    started = true;\n  };\n});\n",
            );
        }),
        Case::kept("js.undeclared", "a gulpfile and a Node script are build tooling, not the widget's code")
            .edit(build_tooling),
        Case::broken("js.debug-traces", Fail, line("script.js", "alert('Saved')"), "an alert")
            .edit(|f| add_js(f, "  function saved() { alert('Saved'); }")),
        Case::broken("js.debug-traces", Warn, line("script.js", "console.log"), "console.log")
            .edit(|f| add_js(f, "  function report(e) { console.log(e); }")),
        Case::kept("js.debug-traces", "console.error for a real error")
            .edit(|f| add_js(f, "  function report(e) { console.error(e); }")),
        Case::kept("js.debug-traces", "an alert in a bundled library").edit(bundled_jquery),
        Case::broken(
            "js.debug-traces",
            Fail,
            line("dist/app.js", "alert('saved')"),
            "an alert in the widget's own module inside a bundle",
        )
        .edit(|f| webpack_bundle(f, "alert('saved');")),
        // Column 0 from src/panel.js, column 13 (`a`) on from node_modules/lib.
        Case::broken(
            "js.debug-traces",
            Fail,
            line("dist/app.js", "alert('own')"),
            "an alert the source map says comes from the widget's own source",
        )
        .edit(|f| mapped_bundle(f, "alert('own');alert('lib');", "AAAA,aCAA")),
        // Column 0 from src/panel.js, column 8 (`Q`) on from node_modules/lib.
        Case::kept("js.debug-traces", "an alert the source map says comes from a library")
            .edit(|f| mapped_bundle(f, "var x=1;alert('lib');", "AAAA,QCAA")),
        Case::kept("js.debug-traces", "the console output and alert of a library module in a bundle")
            .edit(|f| webpack_bundle(f, "module.exports = 1;")),
        Case::kept("js.debug-traces", "a build script's console output").edit(build_tooling),
        Case::broken("js.console-debug", Manual, line("script.js", "console.debug"), "a console.debug call")
            .edit(|f| add_js(f, "  function state(s) { console.debug('state', s); }")),
        Case::na("js.console-debug", "no console.debug").no_pass(
            "only a person can judge whether a console.debug call logs important \
            information: manual for each call, na without one",
        ),
        Case::broken(
            "js.console-trace",
            Fail,
            line("script.js", "console.trace"),
            "console.trace outside error handling",
        )
        .edit(|f| add_js(f, "  function parse(s) { console.trace(s); return JSON.parse(s); }")),
        Case::broken(
            "js.console-trace",
            Fail,
            line("script.js", "console.trace"),
            "console.trace in a function made in a catch block, which runs later",
        )
        .edit(|f| {
            add_js(
                f,
                concat!(
                    "  function parse(s) {\n",
                    "    try { return JSON.parse(s); }\n",
                    "    catch (e) { setTimeout(function () { console.trace(e); }, 1); }\n",
                    "  }"
                ),
            )
        }),
        Case::kept("js.console-trace", "console.trace inside a catch block").edit(|f| {
            add_js(f, "  function parse(s) {\n    try { return JSON.parse(s); } catch (e) { console.trace(e); }\n  }")
        }),
        Case::kept("js.console-trace", "console.trace in a promise's rejection handler").edit(|f| {
            add_js(
                f,
                "  function load(p) {\n    return p.then(function () {}, function (e) { console.trace(e); });\n  }",
            )
        }),
        Case::broken("js.amocrm-global", Fail, line("script.js", "AMOCRM.data"), "a property of AMOCRM is assigned")
            .edit(|f| add_js(f, "  AMOCRM.data.current_card.id = 0;")),
        Case::kept("js.amocrm-global", "the property read")
            .edit(|f| add_js(f, "  var cardId = AMOCRM.data.current_card.id;")),
        Case::kept("js.amocrm-global", "a local variable named APP")
            .edit(|f| add_js(f, "  function local() { var APP = {}; APP.x = 1; return APP; }")),
        Case::broken("js.sync-requests", Fail, line("script.js", "async: false"), "a request with async: false")
            .edit(|f| add_js(f, "  function load() { return $.ajax({url: '/events', async: false}); }")),
        Case::kept("js.sync-requests", "the request with async: true")
            .edit(|f| add_js(f, "  function load() { return $.ajax({url: '/events', async: true}); }")),
        Case::broken(
            "js.script-injection",
            Fail,
            line("script.js", "createElement('script')"),
            "a script element made",
        )
        .edit(|f| add_js(f, "  function make() { return document.createElement('script'); }")),
        Case::kept("js.script-injection", "a div element made")
            .edit(|f| add_js(f, "  function make() { return document.createElement('div'); }")),
        Case::broken("js.requirejs-deps", Fail, line("script.js", "import("), "a module loaded with import()")
            .edit(|f| add_js(f, "  function extra() { return import('./extra.js'); }")),
        Case::kept("js.requirejs-deps", "a module loaded with require([...])")
            .edit(|f| add_js(f, "  function extra() { require(['jquery'], function () {}); }")),
        Case::broken(
            "js.external-sources",
            Fail,
            line("script.js", "cdn.evil"),
            "a script from the maker's own server",
        )
        .edit(|f| depend_on(f, "https://cdn.evil.example.com/tracker.js")),
        Case::broken("js.external-sources", Manual, line("script.js", "cdn.jsdelivr"), "a library from jsDelivr")
            .edit(|f| depend_on(f, "https://cdn.jsdelivr.net/npm/chart.js")),
        Case::broken(
            "js.external-sources",
            Fail,
            line("script.js", "localStorage['acme_dev_url']"),
            "a module's address read from localStorage: a debug switch",
        )
        .edit(|f| {
            let main = f.read("script.js");
            f.write("src/widget.js", main);
            f.write(
                "script.js",
                "define([localStorage['acme_dev_url'] || './src/widget.js'], function (W) { return W; });\n",
            );
        }),
        Case::broken(
            "js.external-sources",
            Fail,
            line("script.js", "localhost:8080"),
            "a module from the developer's own machine",
        )
        .edit(|f| {
            f.write(
                "script.js",
                "define(['https://localhost:8080/widget.js?v=' + Date.now()], function (W) { return W; });\n",
            );
        }),
        Case::broken(
            "js.external-sources",
            Fail,
            line("script.js", "localhost:8080/"),
            "a module from the developer's machine, its name joined from parts",
        )
        .edit(|f| {
            f.write(
                "script.js",
                "var part = 'widget';\ndefine(['https://localhost:8080/' + part + '.js'], function (W) { return W; });\n",
            );
        }),
        Case::broken(
            "js.external-sources",
            Fail,
            line("script.js", "sessionStorage"),
            "a module's address read from sessionStorage in the other branch of ?:",
        )
        .edit(|f| {
            let main = f.read("script.js");
            f.write("src/widget.js", main);
            f.write(
                "script.js",
                "var ready = true;\ndefine([ready ? './src/widget.js' : sessionStorage.getItem('acme_dev')], \
                 function (W) { return W; });\n",
            );
        }),
        Case::kept("js.external-sources", "a module loaded by its path with a cache-busting query").edit(|f| {
            let main = f.read("script.js");
            f.write("src/widget.js", main);
            f.write("script.js", "define(['./src/widget.js?v=' + Date.now()], function (W) { return W; });\n");
        }),
        Case::kept("js.external-sources", "a library from code.jquery.com")
            .edit(|f| depend_on(f, "https://code.jquery.com/ui/1.13.2/jquery-ui.min.js")),
        Case::broken(
            "js.external-styles",
            Fail,
            line("templates/head.twig", "global.css"),
            "a CDN stylesheet styles body",
        )
        .links(|f, base| stylesheet(f, &format!("{base}/styles/global.css"))),
        Case::broken(
            "js.external-styles",
            Manual,
            line("templates/head.twig", "cdn.jsdelivr"),
            "offline: a person opens the stylesheet",
        )
        .edit(|f| stylesheet(f, "https://cdn.jsdelivr.net/npm/x/x.css")),
        Case::kept("js.external-styles", "a CDN stylesheet with scoped selectors only")
            .links(|f, base| stylesheet(f, &format!("{base}/styles/scoped.css"))),
        Case::na("js.external-styles", "no stylesheet from another site"),
        Case::broken("js.eval", Fail, line("script.js", "eval(s)"), "eval of a string")
            .edit(|f| add_js(f, "  function run(s) { return eval(s); }")),
        Case::broken("js.eval", Fail, line("script.js", "setTimeout('refresh()'"), "a timer given a string")
            .edit(|f| add_js(f, "  function later() { setTimeout('refresh()', 100); }")),
        Case::kept("js.eval", "a timer given a function")
            .edit(|f| add_js(f, "  function later() { setTimeout(function () {}, 100); }")),
        Case::kept("js.eval", "eval in a bundled library").edit(bundled_jquery),
        Case::kept("js.eval", "new Function('return this'), which finds the global object")
            .edit(|f| webpack_bundle(f, "module.exports = new Function('return this')();")),
        Case::broken(
            "js.eval",
            Fail,
            line("script.js", "new Function(body)"),
            "new Function with code from a variable",
        )
        .edit(|f| add_js(f, "  function compile(body) { return new Function(body); }")),
        Case::broken("js.callbacks", Warn, line("script.js", "this.callbacks = {"), "bind_actions misspelt").edit(
            |f| {
                f.replace("script.js", "bind_actions: function", "bindActions: function");
            },
        ),
        Case::kept("js.callbacks", "render, init and bind_actions"),
        Case::kept("js.callbacks", "script.js hands on the module that sets them").edit(|f| {
            let main = f.read("script.js");
            f.write("src/widget.js", main);
            f.write("script.js", "define(['./src/widget.js'], function (Widget) { return Widget; });\n");
        }),
        Case::broken(
            "js.callbacks",
            Warn,
            line("src/widget.js", "this.callbacks = {"),
            "the module script.js hands on lacks bind_actions",
        )
        .edit(|f| {
            let main = f.read("script.js").replace("bind_actions: function", "bindActions: function");
            f.write("src/widget.js", main);
            f.write("script.js", "define(['./src/widget.js'], function (Widget) { return Widget; });\n");
        }),
        Case::broken(
            "js.callbacks",
            Manual,
            line("script.js", "window.acmeBase"),
            "script.js hands on a module named at run time: a person checks",
        )
        .edit(|f| {
            f.write("script.js", "define([window.acmeBase + '/widget.js'], function (w) { return w; });\n");
        }),
        Case::broken(
            "js.callbacks",
            Warn,
            line("script.js", "this.callbacks = {"),
            "card_sdk without the card SDK's four callbacks",
        )
        .edit(|f| add_location(f, "card_sdk", &[])),
        Case::kept("js.callbacks", "card_sdk with its four callbacks").edit(|f| {
            add_location(f, "card_sdk", &[]);
            add_callbacks(f, CARD_SDK_CALLBACKS);
        }),
        Case::broken(
            "js.callbacks",
            Manual,
            line("script.js", "this.callbacks = {"),
            "card_sdk callbacks that may come from a spread: a person checks",
        )
        .edit(|f| {
            add_location(f, "card_sdk", &[]);
            add_callbacks(f, "      ...(self.cardSdk || {}),");
        }),
        Case::broken(
            "js.callbacks",
            Warn,
            line("script.js", "this.callbacks = {"),
            "advanced_settings without advancedSettings",
        )
        .edit(|f| add_location(f, "advanced_settings", &[("advanced", serde_json::json!({"title": "widget.name"}))])),
        Case::kept("js.callbacks", "advancedSettings assigned after the callbacks object").edit(|f| {
            add_location(f, "advanced_settings", &[("advanced", serde_json::json!({"title": "widget.name"}))]);
            f.replace(
                "script.js",
                "    return this;\n  };",
                "    this.callbacks.advancedSettings = function () { return true; };\n\n    return this;\n  };",
            );
        }),
        Case::broken("js.callbacks", Warn, line("script.js", "this.callbacks = {"), "widget_page without initMenuPage")
            .edit(|f| add_location(f, "widget_page", &[("left_menu", serde_json::json!({}))])),
        Case::kept("js.callbacks", "widget_page with initMenuPage").edit(|f| {
            add_location(f, "widget_page", &[("left_menu", serde_json::json!({}))]);
            add_callbacks(f, "      initMenuPage: function () { return true; },");
        }),
        Case::broken("js.minified", Fail, line("script.js", "var table = ["), "a 1490-character line on amoCRM")
            .edit(|f| add_js(f, &table(0))),
        Case::broken("js.minified", Warn, line("script.js", "var table = ["), "a 1490-character line on Kommo")
            .kommo()
            .edit(|f| add_js(f, &table(0))),
        Case::broken(
            "js.minified",
            Manual,
            super::file("vendor/jquery.min.js"),
            "a bundled library, named for a person to confirm it is a public one",
        )
        .edit(bundled_jquery),
        Case::broken("js.minified", Warn, line("dist/app.js", "(() => {"), "a bundle: submit the readable sources")
            .edit(|f| webpack_bundle(f, "module.exports = 1;")),
        Case::kept("js.minified", "a long line of markup in a string is written by hand").edit(|f| {
            add_js(f, &format!("  var form = '<form>{}</form>';", "<label>Name <input name=\"n\"></label>".repeat(60)))
        }),
        Case::kept("js.minified", "the same numbers on short lines").edit(|f| add_js(f, &table(20))),
    ]
}
