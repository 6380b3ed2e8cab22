//! Whose code a script is: the widget's own, a third-party library, a bundle of modules (some the
//! widget's, some libraries'), or build tooling that does not ship. Only the widget's own code is
//! judged as the widget's; a library is named for a person to confirm it is a public one, and
//! tooling is reported once as files that should not be in the archive.

use std::cell::LazyCell;

use super::scan::FileScan;
use super::sourcemap::SourceMap;
use super::{bundle, minified};
use crate::i18n::Msg;
use crate::msg;
use crate::rules::Status;
use crate::rules::catalogue::RuleId;
use crate::widget::Widget;

/// Whose code a file is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Owner {
    #[default]
    Own,
    /// A third-party library, with the name its banner or file name gives.
    Library(String),
    /// Built by a bundler (webpack): its module table, when it has one, tells which parts are
    /// libraries (see `bundle.rs`).
    Bundle,
    /// A build script, a bundler's configuration: it runs on the developer's machine, not in
    /// amoCRM. Why it is taken for one.
    Tooling(Msg),
}

/// Names of widely used libraries, as they appear in banners and file names.
const LIBRARIES: &[&str] = &[
    "jquery",
    "underscore",
    "lodash",
    "moment",
    "backbone",
    "bootstrap",
    "select2",
    "swiper",
    "chart.js",
    "chartjs",
    "sortable",
    "vue",
    "react",
    "handlebars",
    "mustache",
    "twig",
    "axios",
    "dayjs",
    "popper",
    "tippy",
    "flatpickr",
    "pikaday",
    "inputmask",
    "imask",
    "cleave",
    "quill",
    "clipboard",
    "datatables",
    "slick",
    "owl.carousel",
    "fullcalendar",
    "sweetalert",
    "toastr",
    "jszip",
    "xlsx",
    "papaparse",
    "d3",
    "highcharts",
    "echarts",
    "lottie",
    "preact",
    "htm",
];

/// File names of build configurations and task runners.
const TOOLING_NAMES: &[&str] = &[
    "gulpfile.js",
    "gruntfile.js",
    "webpack.config.js",
    "webpack.config.mjs",
    "rollup.config.js",
    "rollup.config.mjs",
    "vite.config.js",
    "vite.config.mjs",
    "babel.config.js",
    "postcss.config.js",
    "tailwind.config.js",
    "karma.conf.js",
    "jest.config.js",
    "vue.config.js",
    ".eslintrc.js",
    ".prettierrc.js",
];

/// Node's own modules: a browser cannot load them, so a script that does is run by Node.
const NODE_MODULES: &[&str] = &[
    "fs",
    "path",
    "child_process",
    "os",
    "readline",
    "util",
    "http",
    "https",
    "net",
    "zlib",
    "stream",
    "process",
    "gulp",
    "webpack",
    "archiver",
];

/// How far into a file its banner and wrapper are looked for.
const HEAD: usize = 3000;

/// Whose code a file is, from its name and text.
pub fn owner(path: &str, text: &str) -> Owner {
    if let Some(why) = tooling(path, text) {
        return Owner::Tooling(why);
    }
    if is_bundle(text) {
        return Owner::Bundle;
    }
    library_name(path, text).map_or(Owner::Own, Owner::Library)
}

/// What a script's source map tells of whose code it is, over what its text told: built only
/// from libraries, it is a library; built from libraries and the project's own sources, it is a
/// bundle whose notes are the widget's except where the map says the code came from a library.
/// A map of the project's own sources only changes nothing: all of it is the widget's.
pub fn by_source_map(widget: &Widget, file: &mut FileScan) {
    if matches!(file.owner, Owner::Tooling(_)) {
        return;
    }
    let Some(text) = widget.text_of(&file.path) else { return };
    let Some(map) = SourceMap::of(widget, &file.path, &text.text) else { return };
    let libraries = map.libraries();
    if libraries.is_empty() {
        return;
    }
    for name in libraries {
        if !file.libraries.contains(&name) {
            file.libraries.push(name);
        }
    }
    if !map.has_own_sources() {
        file.owner = Owner::Library(file.libraries.join(", "));
        return;
    }
    file.owner = Owner::Bundle;
    file.opaque = false;
    // Code the map says nothing of is kept as the widget's: better checked than hidden.
    let own = |note: &super::scan::Note| map.source_at(&note.at).is_none_or(|s| bundle::library_of(s).is_none());
    let (kept, dropped): (Vec<_>, Vec<_>) =
        std::mem::take(&mut file.notes).into_iter().partition(|n| kept_in_bundle(n.status, n.rule, own(n)));
    file.notes = kept;
    file.folded += dropped.iter().filter(|n| n.status != Status::Pass).count();
}

/// Whether a note of a bundle stays with the widget: one from the widget's own part (`own`), a
/// js.minified note (about the whole file), or a passing note, which is only counted or shown —
/// except the roots of the widget's markup (css.root-scoped), which are judged like findings:
/// the HTML a library builds is not the widget's.
pub fn kept_in_bundle(status: Status, rule: RuleId, own: bool) -> bool {
    own || rule == RuleId::JsMinified || (status == Status::Pass && rule != RuleId::CssRootScoped)
}

/// Why a file is build tooling, if it is.
fn tooling(path: &str, text: &str) -> Option<Msg> {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    if TOOLING_NAMES.contains(&name.as_str()) {
        return Some(msg!("js-tooling-configures", name = name));
    }
    if text.starts_with("#!") {
        return Some(msg!("js-tooling-command"));
    }
    node_module(text).map(|m| msg!("js-tooling-node-module", module = m))
}

/// The first of Node's modules the text loads: `require('fs')`, `require("node:fs")`,
/// `from 'fs'`. One pass over the text for each form, as a large file may be scanned.
fn node_module(text: &str) -> Option<&'static str> {
    let after =
        |needle: &'static str| text.match_indices(needle).filter_map(move |(i, _)| quoted(&text[i + needle.len()..]));
    after("require(").chain(after("from ")).find_map(|name| {
        let name = name.strip_prefix("node:").unwrap_or(name);
        NODE_MODULES.iter().find(|m| **m == name).copied()
    })
}

/// The string literal a text starts with, after spaces.
fn quoted(rest: &str) -> Option<&str> {
    let rest = rest.trim_start();
    let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let body = &rest[1..];
    body.find(quote).map(|end| &body[..end])
}

/// Whether a file was built by webpack: its runtime names itself, or a production build's
/// banner points to the licences it moved out.
fn is_bundle(text: &str) -> bool {
    let head = text.get(..text.len().min(HEAD)).unwrap_or(text);
    head.contains("For license information please see")
        || ["__webpack_require__", "__webpack_modules__", "webpackJsonp", "webpackChunk"]
            .iter()
            .any(|m| text.contains(m))
}

/// The library a file is: from a banner comment at its top (`/*! jQuery v3.7.1 …`, `@license`)
/// that names a library or a version, from a UMD wrapper, or from a library's file name on a
/// file that is minified or versioned (`jquery-3.7.1.min.js`). A readable file that merely shares
/// a library's name (`js/bootstrap.js` that starts the widget) is the widget's own.
fn library_name(path: &str, text: &str) -> Option<String> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let head = head.get(..head.len().min(HEAD)).unwrap_or(head);
    let lower_head = head.to_ascii_lowercase();
    let known = |s: &str| LIBRARIES.iter().any(|l| contains_word(s, l));
    // Measuring the whole text is the dear part: only when a name or banner asks for it.
    let minified = LazyCell::new(|| minified::signs(text).is_some());
    if let Some(rest) = head.strip_prefix("/*") {
        let body = &rest[..rest.find("*/").unwrap_or(rest.len())];
        let lower = body.to_ascii_lowercase();
        let legal = body.starts_with('!') || lower.contains("@license") || lower.contains("@preserve");
        if (known(&lower) && has_version(&lower)) || (legal && (has_version(&lower) || *minified)) {
            return Some(banner_title(body));
        }
    } else if head.starts_with("//") {
        let first = head.lines().next().unwrap_or_default();
        let lower = first.to_ascii_lowercase();
        if known(&lower) && has_version(&lower) {
            return Some(banner_title(first.trim_start_matches('/')));
        }
    }
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let stem = name.strip_suffix(".js").unwrap_or(&name);
    let base = stem.split(['-', '_', '.']).next().unwrap_or(stem);
    let named = LIBRARIES.iter().any(|l| base == *l || stem == *l);
    let versioned = stem.contains(".min") || has_version(stem);
    if named && (versioned || *minified) {
        return Some(name.clone());
    }
    // A UMD wrapper: the same file serves RequireJS, CommonJS and a global, as published
    // libraries are built.
    let umd =
        lower_head.contains("define.amd") && (lower_head.contains("module.exports") || lower_head.contains("exports"));
    (umd && (named || *minified || lower_head.contains("@license"))).then(|| name.clone())
}

/// Whether `word` occurs in `text` on its own (`vue` in "Vue.js v3", not in "revue").
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a text names a version (`v3.7.1`, `1.9.1`).
fn has_version(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(2)).any(|i| b[i].is_ascii_digit() && b[i + 1] == b'.' && b[i + 2].is_ascii_digit())
}

/// The first meaningful line of a banner, cut short.
fn banner_title(body: &str) -> String {
    let line = body
        .lines()
        .map(|l| l.trim().trim_start_matches(['!', '*', '/']).trim())
        .find(|l| !l.is_empty())
        .unwrap_or("a library");
    // `jQuery v3.7.1 | (c) OpenJS Foundation | jquery.org/license` → `jQuery v3.7.1`.
    let line = line.split(" | ").next().unwrap_or(line).trim();
    let mut title: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        title.push('…');
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libraries_by_banner_wrapper_or_versioned_name() {
        let banner = "/*!\n * Select2 4.0.13\n */\n(function(){})();\n";
        assert_eq!(owner("vendor/lib.js", banner), Owner::Library("Select2 4.0.13".into()));
        assert_eq!(
            owner("js/jquery-3.7.1.min.js", "(function(){})();\n"),
            Owner::Library("jquery-3.7.1.min.js".into())
        );
        let umd = "(function (root, factory) { if (typeof define === 'function' && define.amd) { define([], factory); } \
                   else if (typeof module === 'object' && module.exports) { module.exports = factory(); } })(this, f);";
        assert_eq!(owner("vendor/moment.js", umd), Owner::Library("moment.js".into()));
    }

    #[test]
    fn the_widgets_own_file_with_a_librarys_name_is_its_own() {
        let own = "define(['./helpers/log.js'], function (log) {\n  return function (w) { log(w); };\n});\n";
        assert_eq!(owner("js/bootstrap.js", own), Owner::Own);
        assert_eq!(owner("js/acme.js", "/* Acme helpers */\nvar a = 1;\n"), Owner::Own);
        assert_eq!(owner("js/acme.js", "/*! Acme widget */\nvar a = 1;\n"), Owner::Own);
    }

    #[test]
    fn tooling_and_bundles() {
        assert!(matches!(owner("gulpfile.js", "exports.default = series(build);"), Owner::Tooling(_)));
        assert!(matches!(owner("scripts/zip.js", "const fs = require('fs');\n"), Owner::Tooling(_)));
        assert!(matches!(owner("bin/pack.js", "#!/usr/bin/env node\nconsole.log(1);\n"), Owner::Tooling(_)));
        assert_eq!(owner("dist/app.js", "(()=>{var __webpack_modules__={};})();"), Owner::Bundle);
        assert_eq!(owner("script.js", "define(['jquery'], function ($) { return {}; });"), Owner::Own);
    }
}
