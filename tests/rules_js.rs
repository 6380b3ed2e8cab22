//! js.*, code.commented-out (JavaScript half) and general.no-auto-install: each rule broken and
//! kept by a small script in a copy of the clean example, asserted by id, status and position.

mod common;

use amo_preflight::report::{Report, ResultEntry};
use amo_preflight::rules::Status;
use amo_preflight::rules::profile::Marketplace;
use common::*;

/// A valid widget skeleton around `body` (which starts on line 9).
const HEAD: &str = "define(['jquery'], function ($) {
  var CustomWidget = function () {
    var self = this;
    this.callbacks = {
      render: function () { return true; },
      init: function () { return true; },
      bind_actions: function () { return true; }
    };
";
const TAIL: &str = "    return this;
  };
  return CustomWidget;
});
";

/// The clean example with script.js replaced by the skeleton around `body`.
fn widget_with(body: &str) -> Fixture {
    let f = Fixture::clean();
    f.write("script.js", format!("{HEAD}{body}{TAIL}"));
    f
}

/// The 1-based line and column (in characters) of the first `needle` in a file.
fn pos(f: &Fixture, file: &str, needle: &str) -> (usize, usize) {
    let text = f.read(file);
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {file}"));
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (text[..at].matches('\n').count() + 1, text[line_start..at].chars().count() + 1)
}

/// Asserts a result points at `file` line:column.
fn assert_pos(r: &ResultEntry, file: &str, (line, column): (usize, usize)) {
    assert!(
        r.locations.iter().any(|l| l.file == file && l.line == Some(line) && l.column == Some(column)),
        "{} should point at {file}:{line}:{column}, points at {:#?}",
        r.rule,
        r.locations.iter().map(|l| l.display()).collect::<Vec<_>>()
    );
}

/// The single result of a rule with a status, pointing at the first `needle` in script.js.
fn fails_at<'a>(f: &Fixture, report: &'a Report, rule: &str, status: Status, needle: &str) -> &'a ResultEntry {
    let r = one(report, rule, None, status);
    assert_pos(r, "script.js", pos(f, "script.js", needle));
    r
}

#[test]
fn the_clean_example_passes_every_javascript_rule() {
    let report = check_example(CLEAN, amo_preflight::rules::profile::Marketplace::Amocrm);
    for rule in [
        "js.syntax",
        "js.undeclared",
        "js.debug-traces",
        "js.console-trace",
        "js.amocrm-global",
        "js.sync-requests",
        "js.script-injection",
        "js.requirejs-deps",
        "js.external-sources",
        "js.eval",
        "js.callbacks",
        "js.minified",
        "general.no-auto-install",
    ] {
        assert_eq!(status(&report, rule, None), Status::Pass, "{rule}: {:#?}", results(&report, rule, None));
    }
    assert_eq!(status(&report, "js.console-debug", None), Status::Na);
    assert_eq!(status(&report, "js.external-styles", None), Status::Na);
    let js_half: Vec<_> = results(&report, "code.commented-out", None)
        .into_iter()
        .filter(|r| r.message.starts_with("JavaScript"))
        .collect();
    assert_eq!(js_half.len(), 1);
    assert_eq!(js_half[0].status, Status::Pass);
}

#[test]
fn the_broken_example_breaks_the_rules_it_was_built_to_break() {
    let report = check_example(BROKEN, amo_preflight::rules::profile::Marketplace::Amocrm);
    let expect = |rule: &str, status: Status, line: usize| {
        let r = one(&report, rule, None, status);
        assert_at(r, "script.js", Some(line));
        r
    };
    expect("js.undeclared", Status::Fail, 11);
    expect("js.debug-traces", Status::Fail, 25);
    expect("js.debug-traces", Status::Warn, 9);
    expect("js.sync-requests", Status::Fail, 10);
    expect("js.script-injection", Status::Fail, 13);
    let cdn = expect("js.external-sources", Status::Fail, 14);
    assert!(cdn.message.contains("cdn.supercal.example.com"), "{}", cdn.message);
    // The API URL of the same script is a request, not a source.
    assert!(!cdn.message.contains("api.supercal"), "{}", cdn.message);
    expect("js.callbacks", Status::Warn, 6).message.contains("bind_actions").then_some(()).expect("names bind_actions");
    expect("js.minified", Status::Warn, 33);
    let commented = one(&report, "code.commented-out", None, Status::Fail);
    assert!(commented.message.starts_with("JavaScript:"), "{}", commented.message);
    assert_at(commented, "script.js", Some(4));
    assert_eq!(status(&report, "js.eval", None), Status::Pass);
    assert_eq!(status(&report, "general.no-auto-install", None), Status::Pass);
}

#[test]
fn syntax_errors_are_reported_with_their_position_and_other_rules_still_run() {
    let f = widget_with("    var broken = ;\n    alert('x');\n");
    let report = f.check();
    let r = fails_at(&f, &report, "js.syntax", Status::Fail, ";\n    alert");
    assert!(r.message.contains("syntax error"), "{}", r.message);

    // An error the parser recovers from: the alert after it is still found.
    let f = widget_with("    let dup = 1;\n    let dup = 2;\n    alert(dup);\n");
    let report = f.check();
    let r = one(&report, "js.syntax", None, Status::Fail);
    let (line, _) = pos(&f, "script.js", "let dup = 2");
    assert_pos(r, "script.js", (line, 9));
    assert_eq!(status(&report, "js.debug-traces", None), Status::Fail);
    assert!(r.message.contains("syntax error"), "{}", r.message);
    // Every rule still gives a result.
    for rule in ["js.undeclared", "js.debug-traces", "js.callbacks", "code.commented-out"] {
        assert!(!results(&report, rule, None).is_empty(), "{rule}");
    }
}

#[test]
fn undeclared_names_fail_and_known_globals_pass() {
    let f = widget_with(
        "    function load() {\n      total = 5;\n      return missingHelper(total);\n    }\n    load();\n",
    );
    let report = f.check();
    let found = results(&report, "js.undeclared", None);
    assert_eq!(found.len(), 2, "{found:#?}");
    let total = found.iter().find(|r| r.message.starts_with("total")).expect("total");
    assert_eq!(total.status, Status::Fail);
    assert!(total.message.contains("global variable by accident"), "{}", total.message);
    assert_pos(total, "script.js", pos(&f, "script.js", "total = 5"));
    let helper = found.iter().find(|r| r.message.starts_with("missingHelper")).expect("missingHelper");
    assert_pos(helper, "script.js", pos(&f, "script.js", "missingHelper("));

    let ok = widget_with(
        "    window.acmeShared = {};\n    acmeShared.count = AMOCRM.constant('account').id + APP.widgets.length;\n    \
         if (typeof maybeThere === 'undefined') { setTimeout(function () { document.title = JSON.stringify(_.keys({})); }, 1); }\n    \
         var m = moment(); new MutationObserver(function () {}); localStorage.getItem('x'); Twig.twig({});\n",
    );
    assert_eq!(status(&ok.check(), "js.undeclared", None), Status::Pass);
}

#[test]
fn alerts_and_debugger_fail_console_output_warns() {
    let f = widget_with(
        "    function a() { alert('hi'); }\n    function b() { if (confirm('sure?')) { debugger; } }\n    function c() { console.log('x'); console.info('y'); }\n",
    );
    let report = f.check();
    let fail = fails_at(&f, &report, "js.debug-traces", Status::Fail, "alert(");
    assert_pos(fail, "script.js", pos(&f, "script.js", "confirm("));
    assert_pos(fail, "script.js", pos(&f, "script.js", "debugger"));
    assert_eq!(fail.locations.len(), 3);
    let warn = fails_at(&f, &report, "js.debug-traces", Status::Warn, "console.log");
    assert_pos(warn, "script.js", pos(&f, "script.js", "console.info"));

    // console.error reports real errors; a local function named alert is not the dialog.
    let ok = widget_with("    function d(e) { console.error(e); var alert = function () {}; alert(); }\n");
    assert_eq!(status(&ok.check(), "js.debug-traces", None), Status::Pass);
}

#[test]
fn console_debug_is_listed_for_review() {
    let f = widget_with("    function d() { console.debug('state', 1); }\n");
    let report = f.check();
    let r = fails_at(&f, &report, "js.console-debug", Status::Manual, "console.debug");
    assert_eq!(r.evidence.len(), 1);
    assert_eq!(status(&widget_with("").check(), "js.console-debug", None), Status::Na);
}

#[test]
fn console_trace_is_allowed_only_in_error_handling() {
    let ok = widget_with(
        "    function a() { try { JSON.parse('x'); } catch (e) { console.trace(e); } }\n    \
         function b(p) { p.catch(function (e) { console.trace(e); }); }\n    \
         function c(p) { p.then(function () {}, function (e) { console.trace(e); }); }\n    \
         function d(p) { p.catch((e) => console.trace(e)); }\n",
    );
    let report = ok.check();
    assert_eq!(
        status(&report, "js.console-trace", None),
        Status::Pass,
        "{:#?}",
        results(&report, "js.console-trace", None)
    );

    let bad = widget_with(
        "    function a() { console.trace('here'); }\n    \
         function b() { try { a(); } catch (e) { setTimeout(function () { console.trace(e); }, 1); } }\n    \
         function c(p) { p.then(function (v) { console.trace(v); }); }\n",
    );
    let report = bad.check();
    let r = fails_at(&bad, &report, "js.console-trace", Status::Fail, "console.trace('here')");
    // A function created in a catch block runs later, outside the error handling.
    assert_pos(r, "script.js", pos(&bad, "script.js", "console.trace(e)"));
    // The first argument of then() handles success, not rejection.
    assert_pos(r, "script.js", pos(&bad, "script.js", "console.trace(v)"));
    assert_eq!(r.locations.len(), 3);
}

#[test]
fn changing_amocrm_globals_fails_reading_them_passes() {
    let f = widget_with(
        "    function a(x) {\n      AMOCRM.data.current = x;\n      delete APP.constants;\n      AMOCRM.widgets.list.push(x);\n      \
         Object.assign(APP.data, x);\n      window.AMOCRM = {};\n    }\n",
    );
    let report = f.check();
    let r = fails_at(&f, &report, "js.amocrm-global", Status::Fail, "AMOCRM.data.current");
    for needle in ["delete APP", "AMOCRM.widgets.list.push", "Object.assign", "window.AMOCRM"] {
        assert_pos(r, "script.js", pos(&f, "script.js", needle));
    }
    assert_eq!(r.locations.len(), 5);

    let ok = widget_with(
        "    var account = AMOCRM.constant('account').id + APP.data.current_card.id;\n    \
         function b() { var APP = {}; APP.x = account; return APP; }\n",
    );
    assert_eq!(status(&ok.check(), "js.amocrm-global", None), Status::Pass);
}

#[test]
fn synchronous_requests_fail() {
    let f = widget_with(
        "    function a(u) {\n      $.ajax({url: u, async: false});\n      var xhr = new XMLHttpRequest();\n      \
         xhr.open('GET', u, false);\n      var options = {url: u, type: 'POST', async: false};\n      return options;\n    }\n",
    );
    let report = f.check();
    let r = one(&report, "js.sync-requests", None, Status::Fail);
    let line = f.line_of("script.js", "$.ajax");
    let text = f.read("script.js");
    let col = text.lines().nth(line - 1).expect("line").find("false").expect("false") + 1;
    assert_pos(r, "script.js", (line, col));
    assert_pos(r, "script.js", pos(&f, "script.js", "xhr.open"));
    assert_eq!(r.locations.len(), 3);

    let ok = widget_with(
        "    function a(u) { $.ajax({url: u, async: true}); var x = new XMLHttpRequest(); x.open('GET', u, true); \
         window.open(u, '_blank', 'noopener'); }\n",
    );
    assert_eq!(status(&ok.check(), "js.sync-requests", None), Status::Pass);
}

#[test]
fn script_elements_fail() {
    let f = widget_with(
        "    function a() {\n      var s = document.createElement('script');\n      $.getScript('lib.js');\n      \
         $('head').append('<script src=\"x.js\"></script>');\n    }\n",
    );
    let report = f.check();
    let r = fails_at(&f, &report, "js.script-injection", Status::Fail, "document.createElement");
    assert_pos(r, "script.js", pos(&f, "script.js", "$.getScript"));
    assert_pos(r, "script.js", pos(&f, "script.js", "'<script"));

    let ok = widget_with("    function a() { return document.createElement('div'); }\n");
    assert_eq!(status(&ok.check(), "js.script-injection", None), Status::Pass);
}

#[test]
fn loaders_other_than_define_fail() {
    let f = widget_with(
        "    function a(u) {\n      import('./extra.js');\n      require(['https://cdn.example.com/lib.js'], function () {});\n      \
         fetch(u).then(function (r) { return r.text(); }).then(function (code) { eval(code); });\n      \
         fetch(u).then(eval);\n    }\n",
    );
    let report = f.check();
    let r = fails_at(&f, &report, "js.requirejs-deps", Status::Fail, "import(");
    assert_pos(r, "script.js", pos(&f, "script.js", "'https://cdn.example.com"));
    assert_pos(r, "script.js", pos(&f, "script.js", "eval(code)"));
    assert_pos(r, "script.js", pos(&f, "script.js", "eval);"));

    let ok = widget_with(
        "    function a(u) { require(['jquery'], function () {}); return fetch(u).then(function (r) { return r.json(); }); }\n",
    );
    assert_eq!(status(&ok.check(), "js.requirejs-deps", None), Status::Pass);
}

#[test]
fn external_sources_are_judged_by_host() {
    let f = Fixture::clean();
    f.replace(
        "script.js",
        "define(['jquery']",
        "define(['jquery', 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js', 'https://cdn.jsdelivr.net/npm/chart.js', \
         'https://cdn.evil.example.com/tracker.js']",
    );
    f.write(
        "templates/extra.twig",
        "<div>\n  <script src=\"https://cdnjs.cloudflare.com/ajax/libs/x/1.0/x.js\"></script>\n</div>\n",
    );
    let report = f.check();
    let fail = one(&report, "js.external-sources", None, Status::Fail);
    assert!(fail.message.contains("cdn.evil.example.com"), "{}", fail.message);
    assert_pos(fail, "script.js", pos(&f, "script.js", "'https://cdn.evil"));
    let manual = one(&report, "js.external-sources", None, Status::Manual);
    assert!(manual.message.contains("checked by the moderators"), "{}", manual.message);
    assert_pos(manual, "script.js", pos(&f, "script.js", "'https://cdn.jsdelivr"));
    assert_pos(manual, "templates/extra.twig", (2, 3));
    assert!(results(&report, "js.external-sources", None).iter().all(|r| !r.message.contains("code.jquery.com")));

    let trusted = Fixture::clean();
    trusted.replace(
        "script.js",
        "define(['jquery']",
        "define(['jquery', 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js']",
    );
    let report = trusted.check();
    let pass = one(&report, "js.external-sources", None, Status::Pass);
    assert!(pass.message.contains("code.jquery.com"), "{}", pass.message);
    assert_eq!(pass.evidence.len(), 1);
}

#[test]
fn api_calls_are_not_external_sources() {
    let f = widget_with(
        "    function a(data) {\n      self.crm_post('https://api.example.com/x', data, function () {}, 'json');\n      \
         $.ajax({url: 'https://api.example.com/y'});\n      fetch('https://api.example.com/z');\n      \
         var img = new Image(); img.src = 'https://images.example.com/logo.png';\n    }\n",
    );
    let report = f.check();
    assert_eq!(
        status(&report, "js.external-sources", None),
        Status::Pass,
        "{:#?}",
        results(&report, "js.external-sources", None)
    );
}

#[test]
fn external_stylesheets_are_listed_for_review() {
    let f = Fixture::clean();
    f.write("templates/extra.twig", "<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/x/x.css\">\n");
    let report = f.check();
    let r = one(&report, "js.external-styles", None, Status::Manual);
    assert_pos(r, "templates/extra.twig", (1, 1));
    assert_eq!(r.evidence[0].value, "https://cdn.jsdelivr.net/npm/x/x.css");

    let js = widget_with(
        "    function a() { $('head').append('<link rel=\"stylesheet\" href=\"//fonts.example.com/f.css\">'); }\n",
    );
    let report = js.check();
    let r = fails_at(&js, &report, "js.external-styles", Status::Manual, "'<link");
    assert_eq!(r.evidence[0].value, "https://fonts.example.com/f.css");
}

#[test]
fn code_from_strings_fails() {
    let f = widget_with(
        "    function a(s) {\n      eval(s);\n      var g = new Function('a', s);\n      setTimeout('refresh()', 100);\n      \
         setInterval(function () {}, 100);\n      return g;\n    }\n",
    );
    let report = f.check();
    let r = fails_at(&f, &report, "js.eval", Status::Fail, "eval(s)");
    assert_pos(r, "script.js", pos(&f, "script.js", "new Function"));
    assert_pos(r, "script.js", pos(&f, "script.js", "setTimeout("));
    assert_eq!(r.locations.len(), 3);
}

#[test]
fn iframe_messages_run_as_code_fail_and_are_noted_otherwise() {
    let f = widget_with(
        "    window.addEventListener('message', function (event) {\n      eval(event.data);\n    });\n    \
         function onMessage(e) { new Function(e.data)(); }\n    $(window).on('message', onMessage);\n",
    );
    let report = f.check();
    let r = fails_at(&f, &report, "js.eval", Status::Fail, "eval(event.data)");
    assert!(r.message.contains("iframe"), "{}", r.message);
    assert_pos(r, "script.js", pos(&f, "script.js", "new Function(e.data)"));
    assert_eq!(r.message.matches("iframe").count(), 2, "{}", r.message);

    let ok = widget_with(
        "    window.addEventListener('message', function (event) {\n      self.last = event.data;\n    });\n",
    );
    let report = ok.check();
    let r = one(&report, "js.eval", None, Status::Pass);
    assert!(r.message.contains("messages from other windows"), "{}", r.message);
    assert_eq!(r.evidence.len(), 1);
}

#[test]
fn missing_callbacks_are_named() {
    let f = Fixture::clean();
    f.write(
        "script.js",
        "define([], function () {\n  return function () {\n    this.callbacks = {\n      render: function () { return true; }\n    };\n    return this;\n  };\n});\n",
    );
    let report = f.check();
    let r = fails_at(&f, &report, "js.callbacks", Status::Warn, "{\n      render");
    assert!(r.message.starts_with("this.callbacks in script.js lacks init and bind_actions."), "{}", r.message);
}

#[test]
fn without_javascript_the_rules_do_not_apply() {
    let f = Fixture::clean();
    f.remove("script.js");
    let report = f.check();
    for rule in [
        "js.syntax",
        "js.undeclared",
        "js.debug-traces",
        "js.console-trace",
        "js.callbacks",
        "js.minified",
        "js.external-sources",
        "general.no-auto-install",
    ] {
        assert_eq!(status(&report, rule, None), Status::Na, "{rule}");
    }
}

#[test]
fn minified_code_fails_on_amocrm_and_libraries_are_named_for_a_person() {
    let long = format!("    var table = [{}];\n", (0..400).map(|i| i.to_string()).collect::<Vec<_>>().join(","));
    let f = widget_with(&long);
    assert_eq!(status(&f.check_for(Marketplace::Kommo), "js.minified", None), Status::Warn);
    let report = f.check();
    let r = one(&report, "js.minified", None, Status::Fail);
    assert_pos(r, "script.js", (9, 1));
    assert!(r.message.contains("line 9 is"), "{}", r.message);

    let lib = Fixture::clean();
    lib.write(
        "vendor/jquery.min.js",
        "/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n\
         !function(e){alert(1);eval(\"x\");undeclaredThing=1;console.log(e)}(window);\n",
    );
    let report = lib.check();
    // Named once for a person to confirm it is a public library, not warned about as the
    // widget's unreadable code.
    let r = one(&report, "js.minified", None, Status::Manual);
    assert_eq!(r.evidence[0].location.as_ref().map(|l| l.file.as_str()), Some("vendor/jquery.min.js"));
    assert!(r.message.contains("jQuery v3.7.1 (vendor/jquery.min.js)"), "{}", r.message);
    assert!(r.message.contains("4 findings in them are not the widget's"), "{}", r.message);
    for rule in ["js.debug-traces", "js.eval", "js.undeclared"] {
        assert_eq!(status(&report, rule, None), Status::Pass, "{rule}");
    }

    // The widget's own script is never taken for a library, whatever its banner says.
    let own = Fixture::clean();
    let text = own.read("script.js");
    own.write(
        "script.js",
        format!(
            "/*! Acme Calendar v1.2.0 @license MIT */\n{}",
            text.replace("'use strict';", "'use strict';\n  alert(1);")
        ),
    );
    assert_eq!(status(&own.check(), "js.debug-traces", None), Status::Fail);
}

#[test]
fn commented_out_code_fails_prose_passes() {
    let f = widget_with(
        "    // var old = AMOCRM.constant('account').id;\n\n    // if (old) {\n    //   self.render(old);\n    // }\n    \
         /* $('.acme').hide(); */\n    // The old way:\n    // self.set_settings({a: 1});\n",
    );
    let report = f.check();
    let r = one(&report, "code.commented-out", None, Status::Fail);
    assert!(r.message.starts_with("JavaScript:"), "{}", r.message);
    assert_pos(r, "script.js", pos(&f, "script.js", "// var old"));
    assert_pos(r, "script.js", pos(&f, "script.js", "// if (old)"));
    assert_pos(r, "script.js", pos(&f, "script.js", "/* $('.acme')"));
    assert_pos(r, "script.js", pos(&f, "script.js", "// self.set_settings"));
    assert_eq!(r.locations.len(), 4, "{:#?}", r.locations);

    let prose = widget_with(
        "    // TODO fix\n    // get account id.\n    // our signature color\n    // TODO: remove()\n    \
         // See render() for the details (it must return true).\n    // e.g. self.render(...)\n    \
         // https://developers.kommo.com/docs/widget\n    // eslint-disable-next-line no-console\n    // (optional)\n    \
         // user.name\n    // new version\n    // 1. Load the settings; 2. render the panel.\n    \
         /**\n     * Renders the panel.\n     * @param {Object} data - the panel data, e.g. {title: 'x'}\n     */\n    \
         /* Colors: #fff = white; see style.css */\n",
    );
    let report = prose.check();
    assert_eq!(
        status(&report, "code.commented-out", None),
        Status::Pass,
        "{:#?}",
        results(&report, "code.commented-out", None)
    );
}

#[test]
fn programmatic_install_clicks_fail() {
    let f = widget_with(
        "    function a() {\n      $('.js-widget-install').click();\n      $('#button_install').trigger('click');\n      \
         var $b = $('.widget_settings_block__controls .button-input');\n      var $install = $b.filter('.install');\n      \
         $install.trigger('click.widget');\n      document.getElementById('widget_uninstall').dispatchEvent(new MouseEvent('click'));\n    }\n",
    );
    let report = f.check();
    let r = fails_at(&f, &report, "general.no-auto-install", Status::Fail, "$('.js-widget-install').click");
    assert_pos(r, "script.js", pos(&f, "script.js", "$('#button_install')"));
    assert_pos(r, "script.js", pos(&f, "script.js", "$install.trigger"));
    assert_pos(r, "script.js", pos(&f, "script.js", "document.getElementById('widget_uninstall')"));
    assert_eq!(r.locations.len(), 4);

    let ok = widget_with(
        "    function a() { $('.acme-save').click(); $('.js-widget-install').on('click', function () {}); \
         $('.acme-calendar__add').trigger('click'); }\n",
    );
    assert_eq!(status(&ok.check(), "general.no-auto-install", None), Status::Pass);
}

#[test]
fn script_facts_reach_the_ui_rules() {
    let f = widget_with(
        "    function a() {\n      $('#left_menu .nav__menu__item').hide();\n      $('.acme-list').sortable();\n    }\n",
    );
    let report = f.check();
    let left = one(&report, "ui.left-menu", None, Status::Warn);
    assert_pos(left, "script.js", pos(&f, "script.js", "'#left_menu"));
    let drag = one(&report, "ui.drag-drop", None, Status::Manual);
    assert_at(drag, "script.js", Some(f.line_of("script.js", "sortable")));
    let ui = one(&report, "ui.interfaces", None, Status::Manual);
    assert!(ui.evidence.iter().any(|e| e.value == ".acme-list"), "{:#?}", ui.evidence);
}
