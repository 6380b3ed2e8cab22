//! css.*: global selectors, amoCRM's classes, the widget root and switcher classes.

use amo_preflight::rules::Status::*;

use super::{Case, add_css, line};

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
        Case::kept("css.global-selectors", "@font-face and @keyframes, which select nothing").edit(|f| {
            add_css(
                f,
                "@font-face { font-family: Acme; src: url(data:font/woff2;base64,AAAA) format('woff2'); }\n\
                @keyframes acme-spin { from { transform: rotate(0) } to { transform: rotate(360deg) } }",
            )
        }),
        Case::broken("css.system-classes", Fail, line("style.css", ".modal-body {"), "amoCRM's modal class, unscoped")
            .edit(|f| add_css(f, ".modal-body { padding: 0; }")),
        Case::kept("css.system-classes", "the same class under the widget root")
            .edit(|f| add_css(f, ".acme-calendar .modal-body { padding: 0; }")),
        Case::broken("css.root-scoped", Warn, line("style.css", ".other-panel {"), "a rule outside the widget root")
            .edit(|f| add_css(f, ".other-panel { color: red; }")),
        Case::kept("css.root-scoped", "the same rule under the root")
            .edit(|f| add_css(f, ".acme-calendar .other-panel { color: red; }")),
        Case::broken("css.switcher-styles", Fail, line("style.css", ".switcher_on"), "amoCRM's switcher restyled")
            .edit(|f| add_css(f, ".acme-calendar .switcher_on { color: red; }")),
        Case::kept("css.switcher-styles", "a class of the widget's own that ends like a switcher's")
            .edit(|f| add_css(f, ".acme-calendar .acme-calendar__switcher_on { color: red; }")),
    ]
}
