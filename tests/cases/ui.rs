//! ui.*: how the widget sits in amoCRM.

use amo_preflight::rules::Status::*;
use serde_json::json;

use super::{Case, add_css, add_js, add_location, line};

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken(
            "ui.interfaces",
            Manual,
            line("manifest.json", "\"lcard-1\""),
            "a person checks the widget changes only its areas, shown them",
        ),
        Case::na("ui.interfaces", "the ui rules stopped on an internal error").panic_in("ui").no_pass(
            "only a person using the widget can see what it changes, on every \
            widget; the one na is when the ui rules could not run",
        ),
        Case::broken(
            "ui.no-overlap",
            Manual,
            line("manifest.json", "\"ccard-1\""),
            "a person checks nothing is covered, shown the areas",
        ),
        Case::na("ui.no-overlap", "the ui rules stopped on an internal error").panic_in("ui").no_pass(
            "only a person using the widget can see what it covers, on every \
            widget; the one na is when the ui rules could not run",
        ),
        Case::broken(
            "ui.settings-page",
            Manual,
            line("manifest.json", "\"title\": \"widget.name\""),
            "a Settings page: a person checks its name and place",
        )
        .edit(|f| add_location(f, "advanced_settings", &[("advanced", json!({"title": "widget.name"}))])),
        Case::na("ui.settings-page", "no Settings page").no_pass(
            "only a person can judge the page's name and place: manual with a \
            Settings page, else na",
        ),
        Case::broken("ui.left-menu", Warn, line("style.css", "#left_menu"), "the styles change the left menu")
            .edit(|f| add_css(f, "#left_menu .nav__menu__item { color: red; }")),
        Case::broken("ui.left-menu", Warn, line("script.js", "#left_menu"), "the code hides a left menu item")
            .edit(|f| add_js(f, "  $('#left_menu .nav__menu__item').hide();")),
        Case::kept("ui.left-menu", "the same styles with the documented widget_page").edit(|f| {
            add_css(f, "#left_menu .nav__menu__item { color: red; }");
            add_location(f, "widget_page", &[("left_menu", json!({"acme": {"title": "widget.name"}}))]);
        }),
        Case::kept("ui.left-menu", "nothing touches the left menu"),
        Case::broken("ui.bottom-position", Warn, line("style.css", ".acme-calendar__bar"), "fixed to the bottom")
            .edit(|f| add_css(f, ".acme-calendar .acme-calendar__bar { position: fixed; bottom: 0; }")),
        Case::kept("ui.bottom-position", "fixed to the top")
            .edit(|f| add_css(f, ".acme-calendar .acme-calendar__bar { position: fixed; top: 0; }")),
        Case::broken("ui.drag-drop", Manual, line("script.js", "draggable"), "the code makes items draggable")
            .edit(|f| add_js(f, "  $('.acme-calendar__item').attr('draggable', 'true');")),
        Case::na("ui.drag-drop", "no drag and drop").no_pass(
            "only a person can see where drop areas appear: manual with drag and \
            drop, else na",
        ),
    ]
}
