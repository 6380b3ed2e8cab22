//! files.*: safe reading, the zip root, unused files, leftovers, encoding, byte order marks,
//! line endings and the files the manifest names.

use std::io::Write;
use std::path::Path;

use amo_preflight::rules::Status::*;
use serde_json::json;

use super::{Case, add_js, add_location, file, line};
use crate::common::{Fixture, zip_folder};

/// The widget zipped with its files at the root.
fn zip_at_root(f: &Fixture, out: &Path) {
    zip_folder(f.path(), "", out);
}

/// A source repository's own files: a .gitignore and a package manifest.
fn repository_files(f: &Fixture) {
    f.write("style.scss", ".acme-calendar { .title { margin: 0; } }\n");
    f.write(".gitignore", "node_modules/\n");
    f.write("package.json", "{}\n");
}

/// The widget zipped inside a folder, as zipping the folder itself does.
fn zip_in_folder(f: &Fixture, out: &Path) {
    zip_folder(f.path(), "acme-calendar/", out);
}

/// The widget zipped with one more entry: 2 MiB of zeros, which deflate about 1000 to 1.
fn zip_with_bomb(f: &Fixture, out: &Path) {
    zip_folder(f.path(), "", out);
    let file = std::fs::OpenOptions::new().read(true).write(true).open(out).expect("open the zip");
    let mut zip = zip::ZipWriter::new_append(file).expect("append");
    let deflate = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("bomb.bin", deflate).expect("entry");
    zip.write_all(&vec![0u8; 2 << 20]).expect("zeros");
    zip.finish().expect("finish");
}

/// A template whose second line is `bold` between tags.
fn template(f: &Fixture, bold: &[u8]) {
    f.write("templates/note.twig", [b"<div>\n<b>".as_slice(), bold, b"</b>\n</div>\n"].concat());
}

/// What macOS zips along: AppleDouble resource forks beside the files and under `__MACOSX/`,
/// binary with CR bytes and bytes that are not UTF-8.
fn mac_metadata(f: &Fixture) {
    let fork = [&[0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00][..], b"Mac OS X        \r\xff\xfe\x00"].concat();
    f.write("__MACOSX/._script.js", &fork);
    f.write("__MACOSX/templates/._panel.twig", &fork);
}

/// A left-menu page whose icon is images/menu_icon.svg.
fn menu_page(f: &Fixture) {
    add_location(
        f,
        "widget_page",
        &[("left_menu", json!({"acme": {"title": "widget.name", "icon": "images/menu_icon.svg"}}))],
    );
}

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken("files.readable", Fail, file("bomb.bin"), "a zip entry that inflates like a bomb")
            .zip(zip_with_bomb),
        Case::kept("files.readable", "the same zip without it").zip(zip_at_root),
        Case::broken("files.zip-root", Fail, file("acme-calendar/manifest.json"), "the zip holds the widget's folder")
            .zip(zip_in_folder),
        Case::kept("files.zip-root", "the zip holds the widget's files").zip(zip_at_root),
        Case::na("files.zip-root", "a folder, not a zip"),
        Case::broken("files.unused", Warn, file("images/old_banner.png"), "an image nothing shows").edit(|f| {
            f.write("images/old_banner.png", crate::common::png(600, 200));
        }),
        Case::broken("files.unused", Warn, file("templates/orphan.twig"), "a template no name can reach").edit(|f| {
            f.write("templates/orphan.twig", "<div class=\"acme-calendar\"></div>\n");
            add_js(f, "  var name = 'row'; self.render({href: '/templates/' + name + '.html'});");
        }),
        Case::kept("files.unused", "a template loaded by a name built at run time").edit(|f| {
            f.write("templates/orphan.twig", "<div class=\"acme-calendar\"></div>\n");
            add_js(f, "  var name = 'orphan'; self.render({href: '/templates/' + name + '.twig'});");
        }),
        Case::kept("files.unused", "an image a template shows from a folder filled in at run time").edit(|f| {
            f.write("images/question.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
            f.write("templates/tip.twig", "<img src=\"{{ icons.path }}/question.svg\" alt=\"\">\n");
            add_js(f, "  var tip = function () { self.render({href: '/templates/tip.twig'}); };");
        }),
        Case::kept("files.unused", "a style sheet loaded by path, name and version").edit(|f| {
            f.write("assets/css/calendar.css", ".acme-calendar { color: red }\n");
            add_js(
                f,
                "  var file = {name: 'calendar'};\n  var href = self.params.path + '/assets/css/' + file.name + '.css?v=' + self.get_version();",
            );
        }),
        Case::kept("files.unused", "a template a helper loads by its name").edit(|f| {
            f.write("templates/orphan.twig", "<div class=\"acme-calendar\"></div>\n");
            add_js(f, "  self.getTemplate('orphan', function (t) { return t; });");
        }),
        Case::kept("files.unused", "a module required relative to the module that requires it").edit(|f| {
            f.write("js/main.js", "define(['./helpers/dates'], function (d) { return d; });\n");
            f.write("js/helpers/dates.js", "define([], function () { return {}; });\n");
            f.replace("script.js", "define(['jquery'", "define(['jquery', './js/main.js'");
        }),
        Case::kept("files.unused", "the same image shown by a template").edit(|f| {
            f.write("images/old_banner.png", crate::common::png(600, 200));
            f.replace(
                "templates/event.twig",
                "<ul class",
                "<img src=\"/images/old_banner.png\" alt=\"\">\n    <ul class",
            );
        }),
        Case::broken(
            "files.unused",
            Manual,
            file("images/old_banner.png"),
            "script.js also loads a module named at run time, which may show it",
        )
        .edit(|f| {
            f.write("images/old_banner.png", crate::common::png(600, 200));
            f.write("script.js", "define([window.acmeBase + '/widget.js'], function (w) { return w; });\n");
        }),
        Case::kept("files.unused", "a module loaded with a cache-busting query, and amoCRM's widget.php").edit(|f| {
            let main = f.read("script.js");
            f.write("src/widget.js", main);
            f.write("script.js", "define(['./src/widget.js?v=' + Date.now()], function (W) { return W; });\n");
            f.write("widget.php", "<?php\n");
        }),
        Case::kept("files.unused", "style.scss beside the style.css it builds is tooling, for files.dev-junk")
            .edit(repository_files),
        Case::broken(
            "files.unused",
            Warn,
            file("images/logo_dp.png"),
            "a digital pipeline logo without the digital_pipeline location",
        )
        .edit(|f| {
            f.write("images/logo_dp.png", crate::common::png(174, 109));
        }),
        Case::kept("files.unused", "the same logo with the digital_pipeline location").edit(|f| {
            f.write("images/logo_dp.png", crate::common::png(174, 109));
            add_location(f, "digital_pipeline", &[("dp", json!({"settings": {}}))]);
        }),
        Case::broken("files.unused", Warn, file("images/logo_old.png"), "a logo outside the branding set")
            .edit(|f| {
                f.write("images/logo_old.png", crate::common::png(400, 272));
            }),
        Case::kept("files.unused", "a development leftover is for files.dev-junk, not this rule").edit(|f| {
            f.write("debug.log", "x");
        }),
        Case::broken("files.dev-junk", Fail, file(".DS_Store"), "a .DS_Store").edit(|f| {
            f.write(".DS_Store", [0, 0, 0, 1]);
        }),
        Case::broken("files.dev-junk", Fail, file("tests"), "a folder of test data").edit(|f| {
            f.write("tests/fixtures.json", "{}");
        }),
        Case::broken("files.dev-junk", Fail, file("__MACOSX"), "macOS's resource forks zipped along")
            .edit(mac_metadata),
        Case::kept("files.dev-junk", "no leftovers"),
        Case::broken("files.dev-junk", Warn, file("gulpfile.js"), "build tooling: leave it out of widget.zip").edit(
            |f| {
                f.write("gulpfile.js", "const gulp = require('gulp');\nexports.default = gulp.series();\n");
                f.write("package.json", "{\"devDependencies\": {\"gulp\": \"^4.0.2\"}}\n");
            },
        ),
        Case::broken("files.dev-junk", Warn, file(".gitignore"), "a source repository: its build may leave them out")
            .edit(repository_files),
        Case::broken("files.dev-junk", Fail, file(".gitignore"), "the same in widget.zip, which is what is submitted")
            .zip(|f, out| {
                repository_files(f);
                zip_folder(f.path(), "", out);
            }),
        Case::broken("files.utf8", Fail, line("templates/note.twig", "<b>"), "a template saved as Windows-1251")
            .edit(|f| template(f, b"\xD1\xEE\xF5\xF0\xE0\xED\xE8\xF2\xFC")),
        Case::kept("files.utf8", "the same template in UTF-8").edit(|f| template(f, "Сохранить".as_bytes())),
        Case::kept("files.utf8", "macOS's resource forks are binary, not text saved wrongly").edit(mac_metadata),
        Case::broken("files.no-bom", Fail, line("style.css", "/* Every rule"), "style.css starts with a BOM").edit(
            |f| {
                let css = f.read("style.css");
                f.write("style.css", format!("\u{feff}{css}"));
            },
        ),
        Case::kept("files.no-bom", "no BOM"),
        Case::broken("files.lf-endings", Fail, line("script.js", "'use strict';"), "a line ends in CR LF").edit(|f| {
            f.replace("script.js", "  'use strict';\n", "  'use strict';\r\n");
        }),
        Case::kept("files.lf-endings", "every line ends in LF"),
        Case::kept("files.lf-endings", "macOS's resource forks are binary, not text").edit(mac_metadata),
        Case::broken("files.references", Fail, line("manifest.json", "menu_icon.svg"), "the menu icon is missing")
            .edit(menu_page),
        Case::kept("files.references", "the menu icon is there").edit(|f| {
            menu_page(f);
            f.write("images/menu_icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        }),
        Case::broken("files.references", Fail, line("script.js", "./lib/dates"), "a module define loads is missing")
            .edit(|f| {
                f.replace("script.js", "define(['jquery']", "define(['jquery', './lib/dates']");
            }),
        Case::kept("files.references", "the module define loads is there").edit(|f| {
            f.replace("script.js", "define(['jquery']", "define(['jquery', './lib/dates']");
            f.write("lib/dates.js", "define([], function () {\n  return {};\n});\n");
        }),
        Case::broken(
            "files.references",
            Fail,
            line("script.js", "/templates/event.twig"),
            "the template self.render loads is missing",
        )
        .edit(|f| {
            f.remove("templates/event.twig");
        }),
        Case::broken("files.references", Warn, line("templates/event.twig", "row.twig"), "an included template is missing")
            .edit(|f| {
                f.replace("templates/event.twig", "<ul ", "{% include 'row.twig' %}\n    <ul ");
            }),
        Case::kept("files.references", "an included template with parameters is there").edit(|f| {
            f.replace("templates/event.twig", "<ul ", "{% include 'templates/row.twig' with {id: 'first_row'} %}\n    <ul ");
            f.write("templates/row.twig", "<li class=\"acme-calendar__item\">{{ id }}</li>\n");
        }),
        Case::kept("files.references", "a template of amoCRM's own is included").edit(|f| {
            f.replace("templates/event.twig", "<ul ", "{% include '/tmpl/controls/button.twig' %}\n    <ul ");
        }),
        Case::broken("files.references", Fail, file("manifest.json"), "script.js is missing, the card needs it").edit(
            |f| {
                f.remove("script.js");
            },
        ),
        Case::broken("files.references", Warn, file("manifest.json"), "script.js is missing, on Kommo")
            .kommo()
            .edit(|f| {
                f.remove("script.js");
            }),
        Case::kept("files.references", "no script.js for a widget shown only in the settings").edit(|f| {
            f.remove("script.js");
            f.remove("templates/event.twig");
            super::edit_manifest(f, |m| m["locations"] = json!(["settings"]));
        }),
    ]
}
