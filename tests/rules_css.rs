//! css.* and the CSS part of code.commented-out: global selectors, amoCRM classes, the widget
//! root, switcher classes, commented-out CSS, and the facts the CSS gives other families.

mod common;

use amo_preflight::report::{Report, ResultEntry};
use amo_preflight::rules::css::{self, CssOptions, StyleFacts};
use amo_preflight::rules::profile::Marketplace;
use amo_preflight::rules::{Check, Status};
use common::*;

const CSS_RULES: [&str; 5] =
    ["css.global-selectors", "css.system-classes", "css.root-scoped", "css.switcher-styles", "css.palette-variables"];

/// The clean example with `extra` appended to style.css; the 1-based line where `extra` starts.
fn with_css(extra: &str) -> (Fixture, usize) {
    let f = Fixture::clean();
    let css = f.read("style.css");
    let line = css.lines().count() + 2;
    f.write("style.css", format!("{css}\n{extra}"));
    (f, line)
}

/// Asserts the result points at `file:line:column`.
fn assert_at_col(result: &ResultEntry, file: &str, line: usize, column: usize) {
    assert!(
        result.locations.iter().any(|l| l.file == file && l.line == Some(line) && l.column == Some(column)),
        "{} should point at {file}:{line}:{column}, points at {:#?}",
        result.rule,
        result.locations
    );
}

/// The CSS result of code.commented-out (the JavaScript part reports under the same id).
fn css_comments(report: &Report) -> &ResultEntry {
    let found: Vec<_> =
        results(report, "code.commented-out", None).into_iter().filter(|r| r.message.starts_with("CSS:")).collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    found[0]
}

/// Runs the CSS rules on a fixture (after the JavaScript rules, whose facts they read), with
/// options, for the facts they return.
fn run_css(f: &Fixture, options: &CssOptions) -> (StyleFacts, Vec<amo_preflight::rules::Finding>) {
    let (widget, _) = amo_preflight::check_path(f.path(), Marketplace::Amocrm).expect("widget");
    let check = Check::without_texts(&widget, Marketplace::Amocrm.profile());
    let scripts = amo_preflight::rules::js::run(&check, &mut Vec::new());
    let mut out = Vec::new();
    let facts = css::run_with(&check, options, &scripts, &mut out);
    (facts, out)
}

#[test]
fn clean_example_passes_every_css_rule() {
    let report = Fixture::clean().check();
    for rule in CSS_RULES {
        assert_eq!(status(&report, rule, None), Status::Pass, "{rule}");
    }
    let comments = css_comments(&report);
    assert_eq!(comments.status, Status::Pass, "{}", comments.message);
    // The roots come from the markup: the template's outer element, render_template's class_name
    // and the element jQuery creates.
    let root = one(&report, "css.root-scoped", None, Status::Pass);
    assert_eq!(
        root.message,
        "Every selector starts from the widget's roots (found in templates/event.twig: `.acme-calendar`; \
         in script.js: `.acme-calendar__caption`, `.acme-calendar__item`).",
    );
    let roots: Vec<&str> = root.evidence.iter().map(|e| e.value.as_str()).collect();
    assert_eq!(roots, [".acme-calendar", ".acme-calendar__caption", ".acme-calendar__item"]);
}

#[test]
fn broken_example_breaks_the_css_rules() {
    let report = check_example(BROKEN, Marketplace::Amocrm);
    let global = one(&report, "css.global-selectors", None, Status::Fail);
    assert!(global.message.contains("`input`"), "{}", global.message);
    // style.css starts with a BOM: the column is still the first character.
    assert_at_col(global, "style.css", 1, 1);
    assert_eq!(global.locations.len(), 1);
    let system = one(&report, "css.system-classes", None, Status::Fail);
    assert!(system.message.contains(".control-select"), "{}", system.message);
    assert_at_col(system, "style.css", 3, 1);
    assert_at_col(system, "style.css", 5, 1);
    let root = one(&report, "css.root-scoped", None, Status::Warn);
    assert_eq!(root.locations.len(), 3, "{:#?}", root.locations);
    let switcher = one(&report, "css.switcher-styles", None, Status::Fail);
    assert_at_col(switcher, "style.css", 5, 2);
}

#[test]
fn global_selectors_fail_with_their_locations() {
    let (f, line) = with_css(
        "input { background: red; }\n\
         .acme-calendar .ok, div > span { color: red }\n\
         * { box-sizing: border-box }\n\
         :root { --brand: #0f766e }\n\
         [type=text] { border: 0 }\n\
         @media (max-width: 600px) {\n  body { margin: 0 }\n}\n",
    );
    let report = f.check();
    let r = one(&report, "css.global-selectors", None, Status::Fail);
    assert!(r.message.starts_with("5 selectors"), "{}", r.message);
    assert_at_col(r, "style.css", line, 1);
    assert_at_col(r, "style.css", line + 1, 21); // the second selector of the list
    assert_at_col(r, "style.css", line + 2, 1);
    assert_at_col(r, "style.css", line + 4, 1);
    assert_at_col(r, "style.css", line + 6, 3); // inside @media
    assert!(r.message.contains("`div > span`") && r.message.contains("the element selector div"), "{}", r.message);
    assert!(!r.message.contains(".ok"), "{}", r.message);
    assert!(r.help.contains(".acme-calendar input"), "{}", r.help);
    // `:root` only setting a variable restyles nothing: a warning of its own, beside the failure.
    assert!(!r.message.contains(":root"), "{}", r.message);
    let variables = one(&report, "css.global-selectors", None, Status::Warn);
    assert!(variables.message.contains("`--brand`"), "{}", variables.message);
    assert_at_col(variables, "style.css", line + 3, 1);
}

#[test]
fn root_variables_warn_once_and_palette_variables_are_named() {
    let (f, line) = with_css(
        ":root {\n  --acme-accent: #0a84ff;\n  --palette-border-default: #ccc;\n}\n\
         @media (prefers-color-scheme: dark) {\n  :root { --acme-accent: #64b5f6 }\n}\n",
    );
    for marketplace in Marketplace::ALL {
        let report = f.check_for(marketplace);
        let r = one(&report, "css.global-selectors", None, Status::Warn);
        assert!(r.message.starts_with("2 `:root` rules only set variables"), "{}", r.message);
        assert!(r.help.contains(".acme-calendar { --my-widget-accent"), "{}", r.help);
        assert_at_col(r, "style.css", line, 1);
        assert_at_col(r, "style.css", line + 5, 3);
        // The same rules are not reported again as outside the widget root.
        assert_eq!(status(&report, "css.root-scoped", None), Status::Pass);
        let palette = one(&report, "css.palette-variables", None, Status::Warn);
        assert!(palette.message.contains("`--palette-border-default`"), "{}", palette.message);
        assert!(!palette.message.contains("--acme-accent"), "{}", palette.message);
        assert_at_col(palette, "style.css", line + 2, 3);
    }
    // A CDN stylesheet that only sets variables on :root has no global selector either.
    assert!(css::global_selectors("lib.css", b":root { --lib-gap: 4px }").is_empty());
    assert_eq!(css::global_selectors("lib.css", b":root { --lib-gap: 4px; color: red }"), [":root"]);
}

#[test]
fn scoped_at_rules_nesting_and_fonts_are_not_global() {
    let (f, _) = with_css(
        "@font-face { font-family: Acme; src: url(data:font/woff2;base64,AAAA) format('woff2'); }\n\
         @keyframes acme-spin { from { transform: rotate(0) } to { transform: rotate(360deg) } }\n\
         @media (max-width: 600px) { .acme-calendar .acme-calendar__list { margin: 0 } }\n\
         @supports (display: grid) { .acme-calendar { display: grid } }\n\
         html[dir=rtl] .acme-calendar .acme-calendar__add { margin-left: 0 }\n\
         .acme-calendar { & input { color: inherit } button { border: 0 } > p { margin: 0 } }\n\
         .acme-calendar :is(input, select) { font: inherit }\n",
    );
    let report = f.check();
    for rule in CSS_RULES {
        assert_eq!(status(&report, rule, None), Status::Pass, "{rule}: {:#?}", results(&report, rule, None));
    }
}

#[test]
fn unparsable_css_is_left_to_a_person() {
    let (f, line) = with_css(".acme-calendar ]] { color: red }\n");
    let report = f.check();
    let r = one(&report, "css.global-selectors", None, Status::Manual);
    assert!(r.message.contains("could not be parsed"), "{}", r.message);
    assert_at(r, "style.css", Some(line));
    assert!(!r.evidence.is_empty());
}

#[test]
fn system_classes_fail_unless_inside_the_root() {
    let (f, line) = with_css(
        ".control--select { color: red }\n\
         .acme-calendar .ok, .modal-body { padding: 0 }\n\
         @media print { .button-input { display: none } }\n\
         :is(.control-checkbox, .acme-calendar) { margin: 0 }\n\
         .acme-calendar .control--select { color: green }\n\
         .modal.acme-calendar .modal-body { padding: 8px }\n\
         .acme-calendar { .control-checkbox { margin: 0 } }\n",
    );
    let report = f.check();
    let r = one(&report, "css.system-classes", None, Status::Fail);
    assert!(r.message.starts_with("4 selectors"), "{}", r.message);
    assert_at_col(r, "style.css", line, 1);
    assert_at_col(r, "style.css", line + 1, 21);
    assert_at_col(r, "style.css", line + 2, 16);
    assert_at_col(r, "style.css", line + 3, 1);
    assert_eq!(r.locations.len(), 4, "{:#?}", r.locations);
    assert!(r.help.contains(".acme-calendar .control--select"), "{}", r.help);
}

#[test]
fn system_classes_pass_when_scoped() {
    let (f, _) = with_css(
        ".acme-calendar .control--select { color: green }\n\
         .acme-calendar .modal-body, .acme-calendar .icon-close { padding: 0 }\n",
    );
    let report = f.check();
    assert_eq!(status(&report, "css.system-classes", None), Status::Pass);
    // The right-panel wrapper named after the widget is the widget's own, not amoCRM's.
    let (f, _) = with_css(".card-widgets__widget-acme_calendar .acme-calendar__title { margin: 0 }\n");
    assert_eq!(status(&f.check(), "css.system-classes", None), Status::Pass);
}

#[test]
fn root_scoped_warns_with_the_roots_of_the_markup() {
    // An element of the root's BEM block has the root's unique prefix: scoped.
    let (f, line) =
        with_css(".other-panel { color: red }\n.title { margin: 0 }\n.acme-calendar__title { margin: 0 }\n");
    let report = f.check();
    let r = one(&report, "css.root-scoped", None, Status::Warn);
    assert!(r.message.contains("found in templates/event.twig: `.acme-calendar`"), "{}", r.message);
    assert!(r.help.contains("`.acme-calendar .title"), "{}", r.help);
    assert!(r.message.starts_with("2 selectors"), "{}", r.message);
    assert_at_col(r, "style.css", line, 1);
    assert_at_col(r, "style.css", line + 1, 1);
    // Not global and not amoCRM's: only this rule complains.
    assert_eq!(status(&report, "css.global-selectors", None), Status::Pass);
    assert_eq!(status(&report, "css.system-classes", None), Status::Pass);
}

#[test]
fn root_scoped_warns_when_no_root_can_be_found() {
    let f = Fixture::clean();
    // Markup that names no class or id, and styles that start with none.
    f.write("templates/event.twig", "{{ panel }}\n");
    f.write("script.js", "define([], function () {\n  return function () {};\n});\n");
    f.write("style.css", "div { margin: 0 }\nspan { padding: 0 }\n");
    let report = f.check();
    let r = one(&report, "css.root-scoped", None, Status::Warn);
    assert!(r.message.contains("No widget root"), "{}", r.message);
    assert_at_col(r, "style.css", 2, 1);
}

#[test]
fn a_given_root_is_used_instead_of_the_ones_found() {
    let f = Fixture::clean();
    f.write("style.css", ".acme { color: red }\n.acme .x { margin: 0 }\n#acme-root .y { margin: 0 }\n");
    let (_, found) = run_css(&f, &CssOptions::default());
    let r = found.iter().find(|f| f.rule.id == "css.root-scoped").expect("result");
    assert_eq!(r.status, Status::Warn);
    let message = r.message.english();
    assert!(message.starts_with("3 selectors") && message.contains("`.acme-calendar`"), "{message}");
    let (_, given) = run_css(&f, &CssOptions { root_selector: Some("#acme-root".into()) });
    let r = given.iter().find(|f| f.rule.id == "css.root-scoped").expect("result");
    let message = r.message.english();
    assert!(message.contains("`#acme-root` you gave") && message.starts_with("2 selectors"), "{message}");
}

/// Adds a template (with this outer markup) and rules at the end of style.css, for the checks of
/// roots found in the markup.
fn with_template(template: &str, css: &str) -> (Fixture, usize) {
    let (f, line) = with_css(css);
    f.write("templates/extra.twig", template);
    (f, line)
}

#[test]
fn amocrm_classes_under_a_templates_outer_class_pass() {
    let (f, _) = with_template(
        "{# the modal #}\n<div class=\"my-widget__modal\">\n  <div class=\"modal-body\">{{ text }}</div>\n</div>\n",
        ".my-widget__modal .modal-body { padding: 0 }\n",
    );
    let report = f.check();
    for rule in CSS_RULES {
        assert_eq!(status(&report, rule, None), Status::Pass, "{rule}: {:#?}", results(&report, rule, None));
    }
    let root = one(&report, "css.root-scoped", None, Status::Pass);
    assert!(root.message.contains("in templates/extra.twig: `.my-widget__modal`"), "{}", root.message);
    // The same class at the top level is still amoCRM's modal restyled.
    let (f, line) = with_template("<div class=\"my-widget__modal\"></div>", ".modal-body { padding: 0 }\n");
    assert_at_col(one(&f.check(), "css.system-classes", None, Status::Fail), "style.css", line, 1);
}

#[test]
fn amocrm_classes_under_the_templates_root_id_pass() {
    let (f, _) = with_template("<div id=\"acme-widget\"></div>", "#acme-widget .control-select { color: green }\n");
    let report = f.check();
    assert_eq!(status(&report, "css.system-classes", None), Status::Pass);
    assert_eq!(status(&report, "css.root-scoped", None), Status::Pass);
    let (f, line) = with_template("<div id=\"acme-widget\"></div>", ".control--select { color: red }\n");
    let report = f.check();
    assert_at_col(one(&report, "css.system-classes", None, Status::Fail), "style.css", line, 1);
    let root = one(&report, "css.root-scoped", None, Status::Warn);
    assert!(root.message.contains("in templates/extra.twig: `#acme-widget`"), "{}", root.message);
}

#[test]
fn the_widget_code_names_its_roots_and_its_panel() {
    let (f, line) = with_css(
        ".card-widgets__widget-acme .card-widgets__elements { margin: 0 }\n\
         .acme .control-select, #acme .x { color: green }\n\
         [data-widget=\"acme\"] .modal-body, .x[class*=acme] { padding: 0 }\n\
         .card-widgets__elements { margin: 0 }\n",
    );
    f.edit_json("manifest.json", |v| v["widget"]["code"] = "acme".into());
    let report = f.check();
    let system = one(&report, "css.system-classes", None, Status::Fail);
    assert_eq!(system.locations.len(), 1, "{:#?}", system.locations);
    assert_at_col(system, "style.css", line + 3, 1);
    let root = one(&report, "css.root-scoped", None, Status::Warn);
    assert!(
        root.message.starts_with("1 selector does not")
            && root
                .message
                .contains("from widget.code in manifest.json: `.acme`, `#acme`, `.card-widgets__widget-acme`"),
        "{}",
        root.message
    );
    let at_code = root.evidence.iter().find(|e| e.value == "#acme").and_then(|e| e.location.as_ref()).expect("where");
    assert_eq!(at_code.file, "manifest.json");
}

#[test]
fn vue_scoped_styles_are_inside_the_widget() {
    let (f, _) = with_css(".btn[data-v-1a2b3c] { color: red }\ninput[data-v-1a2b3c] { border: 0 }\n");
    let report = f.check();
    for rule in CSS_RULES {
        assert_eq!(status(&report, rule, None), Status::Pass, "{rule}: {:#?}", results(&report, rule, None));
    }
    let (f, line) = with_css(".btn { color: red }\ninput { border: 0 }\n");
    let report = f.check();
    assert_at_col(one(&report, "css.global-selectors", None, Status::Fail), "style.css", line + 1, 1);
    assert_at_col(one(&report, "css.root-scoped", None, Status::Warn), "style.css", line, 1);
}

#[test]
fn a_library_class_that_starts_like_modal_is_not_amocrms() {
    let (f, _) = with_css(".modals.dimmer { opacity: 0.5 }\n.switchers { margin: 0 }\n");
    assert_eq!(status(&f.check(), "css.system-classes", None), Status::Pass);
    let (f, line) = with_css(".modal { opacity: 0.5 }\n.modal__x { margin: 0 }\n");
    let r = f.check();
    let system = one(&r, "css.system-classes", None, Status::Fail);
    assert_at_col(system, "style.css", line, 1);
    assert_at_col(system, "style.css", line + 1, 1);
}

#[test]
fn roots_from_the_html_scripts_build_and_render_template() {
    let (f, line) = with_css(
        ".acme-js-panel .control--select { color: green }\n\
         .acme-modal .modal-body, #acme-root .x { padding: 0 }\n\
         .acme-js-title .control--select { color: red }\n",
    );
    f.replace(
        "script.js",
        "'use strict';",
        "'use strict';\n  var panel = '<div class=\"acme-js-panel\"><b class=\"acme-js-title\">' + 'x' + '</b></div>';\n  \
         var root = `<section id=\"acme-root\">${panel}</section>`;\n  \
         var modal = function (self) { self.render_template({ body: panel }, { class_name: 'acme-modal modal' }); };",
    );
    let report = f.check();
    // Inner elements of the built HTML are not roots.
    let system = one(&report, "css.system-classes", None, Status::Fail);
    assert_eq!(system.locations.len(), 1, "{:#?}", system.locations);
    assert_at_col(system, "style.css", line + 2, 1);
    let root = one(&report, "css.root-scoped", None, Status::Warn);
    assert!(root.message.contains("in script.js: `.acme-js-panel`, `#acme-root`, `.acme-modal`,"), "{}", root.message);
    let at =
        root.evidence.iter().find(|e| e.value == ".acme-js-panel").and_then(|e| e.location.as_ref()).expect("where");
    assert_eq!((at.file.as_str(), at.line), ("script.js", Some(3)));
}

#[test]
fn html_a_bundled_library_builds_gives_no_root() {
    let (f, line) =
        with_css(".acme-own .control--select { color: green }\n.lib-dropdown .control--select { color: red }\n");
    f.write(
        "dist/app.js",
        "(() => {\n  var __webpack_modules__ = {\n\
         \"./src/panel.js\": function (module) { module.exports = '<div class=\"acme-own\">'; },\n\
         \"./node_modules/dropdown/index.js\": function (module) { module.exports = '<ul class=\"lib-dropdown\">'; }\n  };\n\
         \x20 function __webpack_require__(id) { var m = { exports: {} }; __webpack_modules__[id](m); return m.exports; }\n\
         \x20 __webpack_require__('./src/panel.js');\n})();\n",
    );
    let report = f.check();
    let system = one(&report, "css.system-classes", None, Status::Fail);
    assert_eq!(system.locations.len(), 1, "{:#?}", system.locations);
    assert_at_col(system, "style.css", line + 1, 1);
    let root = one(&report, "css.root-scoped", None, Status::Warn);
    assert!(root.message.contains("in dist/app.js: `.acme-own`;"), "{}", root.message);
    assert!(root.evidence.iter().all(|e| e.value != ".lib-dropdown"), "{:#?}", root.evidence);
}

#[test]
fn without_markup_roots_the_root_is_guessed_from_the_styles() {
    let f = Fixture::clean();
    f.write("templates/event.twig", "{{ panel }}\n");
    f.write("script.js", "define([], function () {\n  return function () {};\n});\n");
    f.write("style.css", ".acme { color: red }\n.acme .x { margin: 0 }\n.other { margin: 0 }\n");
    let (_, out) = run_css(&f, &CssOptions::default());
    let r = out.iter().find(|f| f.rule.id == "css.root-scoped").expect("result");
    assert_eq!(r.status, Status::Warn);
    let message = r.message.english();
    assert!(message.contains("`.acme` (inferred from the styles: 2 of the 3 selectors start with it)"), "{message}");
    assert!(r.help.as_ref().is_some_and(|h| h.english().contains("--root-selector")), "{:?}", r.help);
}

#[test]
fn switcher_classes_fail_in_css_scripts_and_templates() {
    let (f, line) = with_css(".acme-calendar .switcher_on { color: red }\n");
    f.replace("script.js", "'use strict';", "'use strict';\n  var off = '.switcher__off';");
    f.replace("templates/event.twig", "<ul", "<span class=\"switcher_off\"></span>\n    <ul");
    let report = f.check();
    let r = one(&report, "css.switcher-styles", None, Status::Fail);
    assert!(r.message.contains("3 places"), "{}", r.message);
    assert_at_col(r, "style.css", line, 17);
    assert_at_col(r, "script.js", 3, 15);
    let twig = f.line_of("templates/event.twig", "switcher_off");
    assert_at_col(r, "templates/event.twig", twig, 18);
    // Inside the root it is still amoCRM's switcher, but not a global selector.
    assert_eq!(status(&report, "css.global-selectors", None), Status::Pass);
}

#[test]
fn switcher_like_names_pass() {
    let (f, _) = with_css(".acme-calendar .acme-calendar__switcher_on { color: red }\n");
    f.replace("script.js", "'use strict';", "'use strict';\n  var name = 'switcher_one';");
    assert_eq!(status(&f.check(), "css.switcher-styles", None), Status::Pass);
}

#[test]
fn commented_out_css_fails() {
    let f = Fixture::clean();
    f.replace("style.css", "  font-size: 14px;", "  font-size: 14px;\n  /* background: #fafafa; */");
    let css = f.read("style.css");
    f.write("style.css", format!("{css}\n/*\n.acme-calendar .acme-calendar__old {{\n  color: red;\n}}\n*/\n"));
    let old = f.line_of("style.css", ".acme-calendar__old") - 1;
    let report = f.check();
    let r = css_comments(&report);
    assert_eq!(r.status, Status::Fail, "{}", r.message);
    assert!(r.message.starts_with("CSS: 2 comments"), "{}", r.message);
    assert!(r.message.contains("`background: #fafafa;`"), "{}", r.message);
    assert_at_col(r, "style.css", 4, 3);
    assert_at_col(r, "style.css", old, 1);
}

#[test]
fn prose_comments_pass() {
    let f = Fixture::clean();
    f.replace(
        "style.css",
        "  font-size: 14px;",
        "  /* our signature colour */\n  font-size: 14px; /* Header: keep it compact */",
    );
    let css = f.read("style.css");
    f.write("style.css", format!("/**\n * Acme Calendar styles.\n * Colour: teal, see the brand guide.\n */\n{css}"));
    let r = css_comments(&f.check()).clone();
    assert_eq!(r.status, Status::Pass, "{}", r.message);
    assert!(r.message.contains("none of the 4 comments"), "{}", r.message);
}

#[test]
fn style_blocks_of_templates_are_checked_at_their_template_lines() {
    let f = Fixture::clean();
    f.replace(
        "templates/event.twig",
        "<div class=\"acme-calendar\">",
        "<style>\n  .{{ widget_code }}-panel { color: {{ colour }}; }\n  {% if dark %}\n  input { color: white }\n  {% endif %}\n  /* .acme-calendar { display: none } */\n</style>\n<div class=\"acme-calendar\">",
    );
    let report = f.check();
    let global = one(&report, "css.global-selectors", None, Status::Fail);
    assert_eq!(global.locations.len(), 1, "{:#?}", global.locations);
    assert_at_col(global, "templates/event.twig", 4, 3);
    let comments = css_comments(&report);
    assert_eq!(comments.status, Status::Fail);
    assert_at_col(comments, "templates/event.twig", 6, 3);
}

#[test]
fn no_css_is_not_applicable() {
    let f = Fixture::clean();
    f.remove("style.css");
    let report = f.check();
    for rule in ["css.global-selectors", "css.system-classes", "css.root-scoped"] {
        assert_eq!(status(&report, rule, None), Status::Na, "{rule}");
    }
    assert_eq!(css_comments(&report).status, Status::Na);
    // Scripts and templates are still searched for switcher classes.
    assert_eq!(status(&report, "css.switcher-styles", None), Status::Pass);
}

#[test]
fn facts_for_other_rules() {
    let f = Fixture::clean();
    f.write(
        "css/extra.css",
        "@import \"base.css\";\n\
         .acme-calendar { background: url('../images/logo.png?v=2') no-repeat, url(data:image/png;base64,AA) }\n\
         .acme-calendar .acme-calendar__icon { background-image: url(https://cdn.example.com/x.png) }\n\
         #left_menu .acme-calendar__entry, .acme-calendar .nav__menu { color: red }\n\
         .acme-calendar .acme-calendar__bar { position: fixed; bottom: 0 }\n\
         .acme-calendar .acme-calendar__top { position: fixed; top: 0 }\n",
    );
    f.write(
        "templates/panel.twig",
        "<style>.acme-calendar { background: url({{ path }}/images/logo_min.png) }</style>\n",
    );
    let (facts, _) = run_css(&f, &CssOptions::default());
    let mut paths: Vec<&str> = facts.reference_locations.iter().map(|(p, _)| p.as_str()).collect();
    paths.sort_unstable();
    paths.dedup();
    assert_eq!(paths, ["css/base.css", "images/logo.png", "images/logo_min.png"]);
    let (_, logo) = facts.reference_locations.iter().find(|(p, _)| p == "images/logo.png").expect("logo");
    assert_eq!((logo.file.as_str(), logo.line, logo.column), ("css/extra.css", Some(2), Some(30)));
    assert_eq!(facts.left_menu.len(), 1, "{:#?}", facts.left_menu);
    assert_eq!((facts.left_menu[0].line, facts.left_menu[0].column), (Some(4), Some(1)));
    assert_eq!(facts.fixed_bottom.len(), 1, "{:#?}", facts.fixed_bottom);
    assert_eq!(facts.fixed_bottom[0].line, Some(5));
}
