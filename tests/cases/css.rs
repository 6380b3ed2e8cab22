//! css.*: global selectors, amoCRM's classes, the widget root and switcher classes.

use amo_preflight::rules::Status::*;

use super::{Case, add_css, add_js, edit_manifest, line};

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken(
            "css.global-selectors",
            Fail,
            line("style.css", "input { background: red; }"),
            "a rule for every input",
        )
        .edit(|f| add_css(f, "input { background: red; }")),
        Case::kept("css.global-selectors", "the same rule under the widget root")
            .edit(|f| add_css(f, ".acme-calendar input { background: red; }")),
        Case::kept("css.global-selectors", "the same rule with Vue's scoping attribute")
            .edit(|f| add_css(f, "input[data-v-1a2b3c] { background: red; }")),
        Case::kept("css.global-selectors", "@font-face and @keyframes, which select nothing").edit(|f| {
            add_css(
                f,
                "@font-face { font-family: Acme; src: url(data:font/woff2;base64,AAAA) format('woff2'); }\n\
                @keyframes acme-spin { from { transform: rotate(0) } to { transform: rotate(360deg) } }",
            )
        }),
        Case::broken(
            "css.global-selectors",
            Warn,
            line("style.css", ":root {"),
            ":root only sets variables of the widget's own: not restyling the page, but names shared with it",
        )
        .edit(|f| add_css(f, ":root {\n  --acme-accent: #0a84ff;\n}")),
        Case::broken(
            "css.global-selectors",
            Fail,
            line("style.css", ":root {"),
            "the same :root rule that also sets a colour, which restyles the page",
        )
        .edit(|f| add_css(f, ":root {\n  --acme-accent: #0a84ff;\n  color: red;\n}")),
        Case::broken("css.global-selectors", Fail, line("style.css", "body {"), "variables set on body, a real selector")
            .kommo()
            .edit(|f| add_css(f, "body {\n  --acme-accent: #0a84ff;\n}")),
        Case::kept("css.global-selectors", "the variables set on the widget root").kommo().edit(|f| {
            add_css(f, ".acme-calendar {\n  --acme-accent: #0a84ff;\n}")
        }),
        Case::broken("css.system-classes", Fail, line("style.css", ".modal-body {"), "amoCRM's modal class, unscoped")
            .edit(|f| add_css(f, ".modal-body { padding: 0; }")),
        Case::kept("css.system-classes", "the same class under the widget root")
            .edit(|f| add_css(f, ".acme-calendar .modal-body { padding: 0; }")),
        Case::kept("css.system-classes", "the same class under the outer class of another template").edit(|f| {
            f.write("templates/modal.twig", "<div class=\"my-widget__modal\">{{ body }}</div>\n");
            add_css(f, ".my-widget__modal .modal-body { padding: 0; }");
        }),
        Case::kept(
            "css.system-classes",
            "the same class in an element of the root's BEM block that a script names at run time",
        )
        .edit(|f| add_css(f, ".acme-calendar__field-modal .modal-body { padding: 0; }")),
        Case::broken(
            "css.system-classes",
            Fail,
            line("style.css", ".other-widget__modal .modal-body {"),
            "the same class under another block's element",
        )
        .edit(|f| add_css(f, ".other-widget__modal .modal-body { padding: 0; }")),
        Case::kept("css.system-classes", "the same class with Vue's scoping attribute")
            .edit(|f| add_css(f, ".modal-body[data-v-1a2b3c] { padding: 0; }")),
        Case::kept("css.system-classes", "a library's class that only starts like amoCRM's modal")
            .edit(|f| add_css(f, ".modals.dimmer { opacity: 0.5; }")),
        Case::broken("css.system-classes", Fail, line("style.css", ".control--select {"), "amoCRM's select, unscoped")
            .edit(|f| {
                f.write("templates/modal.twig", "<div id=\"acme-widget\">{{ body }}</div>\n");
                add_css(f, ".control--select { color: red; }");
            }),
        Case::kept("css.system-classes", "the same class under a template's root id").edit(|f| {
            f.write("templates/modal.twig", "<div id=\"acme-widget\">{{ body }}</div>\n");
            add_css(f, "#acme-widget .control--select { color: red; }");
        }),
        Case::kept("css.system-classes", "amoCRM's panel classes under the panel of the widget code").edit(|f| {
            edit_manifest(f, |v| v["widget"]["code"] = "acme".into());
            add_css(f, ".card-widgets__widget-acme .card-widgets__elements { margin: 0; }");
        }),
        Case::kept("css.system-classes", "amoCRM's select under the outer class of HTML a script builds").edit(|f| {
            add_js(f, "  var panel = '<div class=\"acme-js-panel\">' + 'x' + '</div>';");
            add_css(f, ".acme-js-panel .control--select { color: red; }");
        }),
        Case::kept("css.system-classes", "amoCRM's modal under render_template's class_name").edit(|f| {
            add_js(f, "  var modal = function (w) { w.render_template({ body: '' }, { class_name: 'acme-modal' }); };");
            add_css(f, ".acme-modal .modal-body { padding: 0; }");
        }),
        Case::broken("css.root-scoped", Warn, line("style.css", ".other-panel {"), "a rule outside the widget root")
            .edit(|f| add_css(f, ".other-panel { color: red; }")),
        Case::kept("css.root-scoped", "the same rule under the root")
            .edit(|f| add_css(f, ".acme-calendar .other-panel { color: red; }")),
        Case::kept("css.root-scoped", "an element of the root's BEM block")
            .edit(|f| add_css(f, ".acme-calendar__loader { color: red; }")),
        Case::kept("css.root-scoped", "the same rule with Vue's scoping attribute")
            .edit(|f| add_css(f, ".other-panel[data-v-1a2b3c] { color: red; }")),
        Case::kept("css.root-scoped", "the same rule as the outer class of HTML a script builds").edit(|f| {
            add_js(f, "  var panel = '<div class=\"other-panel\">' + 'x' + '</div>';");
            add_css(f, ".other-panel { color: red; }");
        }),
        Case::kept("css.root-scoped", "the same rule as render_template's class_name").edit(|f| {
            add_js(f, "  var modal = function (w) { w.render_template({ caption: { class_name: 'other-panel' } }); };");
            add_css(f, ".other-panel { color: red; }");
        }),
        Case::kept("css.root-scoped", "the same rule as the widget code").edit(|f| {
            edit_manifest(f, |v| v["widget"]["code"] = "other-panel".into());
            add_css(f, ".other-panel { color: red; }");
        }),
        Case::kept("css.root-scoped", ":root variables, which are css.global-selectors' warning")
            .edit(|f| add_css(f, ":root {\n  --acme-accent: #0a84ff;\n}")),
        Case::broken("css.root-scoped", Warn, line("style.css", "body {"), "variables set on body, outside the root")
            .edit(|f| add_css(f, "body {\n  --acme-accent: #0a84ff;\n}")),
        Case::broken("css.switcher-styles", Fail, line("style.css", ".switcher_on"), "amoCRM's switcher restyled")
            .edit(|f| add_css(f, ".acme-calendar .switcher_on { color: red; }")),
        Case::kept("css.switcher-styles", "a class of the widget's own that ends like a switcher's")
            .edit(|f| add_css(f, ".acme-calendar .acme-calendar__switcher_on { color: red; }")),
        Case::broken(
            "css.palette-variables",
            Warn,
            line("style.css", "--palette-background-primary: #000"),
            "the widget redefines one of Kommo's theme colours",
        )
        .kommo()
        .edit(|f| {
            add_css(
                f,
                ".acme-calendar {\n  color: var(--palette-background-primary);\n  --palette-background-primary: #000;\n}",
            )
        }),
        Case::broken(
            "css.palette-variables",
            Warn,
            line("style.css", "--palette-text-primary"),
            "the same on :root, on amoCRM",
        )
        .edit(|f| add_css(f, ":root {\n  --palette-text-primary: #fff;\n}")),
        Case::kept("css.palette-variables", "the widget uses the theme's colours and sets a variable of its own")
            .kommo()
            .edit(|f| {
                add_css(f, ".acme-calendar {\n  color: var(--palette-text-primary);\n  --acme-accent: #0a84ff;\n}")
            }),
    ]
}
