//! Unit tests of the JavaScript family's parts: the comment classifier, script facts, the tag
//! reader, host trust and the minified-code heuristics.

use crate::rules::catalogue::RuleId;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use oxc_allocator::Allocator;

use super::{ScriptFacts, comments, minified, network, run};
use crate::bundle::{Bundle, BundleFile, SourceKind};
use crate::rules::loads::Wanted;
use crate::rules::profile::Marketplace;
use crate::rules::{Check, Finding, Status};
use crate::widget::Widget;

/// A widget made of the given files only.
fn widget(files: &[(&str, &str)]) -> Widget {
    let files: BTreeMap<String, BundleFile> = files
        .iter()
        .map(|(p, t)| (p.to_string(), BundleFile { size: t.len() as u64, bytes: Some(t.as_bytes().into()) }))
        .collect();
    Widget::new(Bundle {
        source: PathBuf::from("test"),
        kind: SourceKind::Folder,
        root_folder: None,
        outside_root: Vec::new(),
        files,
        folders: BTreeSet::new(),
        problems: Vec::new(),
    })
}

fn check(files: &[(&str, &str)]) -> (Vec<Finding>, ScriptFacts) {
    let w = widget(files);
    let cx = Check::without_texts(&w, Marketplace::Amocrm.profile());
    let mut out = Vec::new();
    let facts = run(&cx, &mut out);
    (out, facts)
}

fn is_code(body: &str) -> bool {
    comments::is_code(&mut Allocator::default(), body)
}

#[test]
fn comment_bodies_that_are_code() {
    for code in [
        " var old = AMOCRM.constant('account').id;",
        " self.render({href: '/templates/x.twig'});",
        " if (x) { y(); }",
        " return self.get_settings().api_key;",
        " $('.acme').hide()",
        " count++",
        " delete self.cache.x;",
        " let total = 0",
        " function old() { return 1; }",
        " x && x.init()",
        " new Modal({})",
        " for (var i = 0; i < 3; i++) {}",
    ] {
        assert!(is_code(code), "{code:?} should be code");
    }
}

#[test]
fn comment_bodies_that_are_prose() {
    for prose in [
        " TODO fix",
        " get account id.",
        " our signature color",
        " TODO: remove()",
        " Loads the panel template and shows it in the widget column of the card.",
        " See render() for details.",
        " e.g. self.render(...)",
        " https://developers.kommo.com/docs/widget",
        " eslint-disable-next-line no-console",
        " global define, AMOCRM",
        " (optional)",
        " user.name",
        " new version",
        " 1. Load the settings; 2. render the panel.",
        " #region helpers",
        " @ts-ignore",
        " return",
        " done;",
        " Colors: #fff = white",
        " x = width of the box",
        " the callbacks (render, init, bind_actions) must return true",
        "",
    ] {
        assert!(!is_code(prose), "{prose:?} should be prose");
    }
}

#[test]
fn runs_of_line_comments_are_judged_together_and_line_by_line() {
    let text = "// if (x) {\n//   y();\n// }\n\n// The old way:\n// self.set_settings({a: 1});\n// TODO tidy\n";
    let (out, _) = check(&[("script.js", text)]);
    let r = out.iter().find(|f| f.rule.id == RuleId::CodeCommentedOut).expect("result");
    assert_eq!(r.status, Status::Fail);
    let lines: Vec<Option<usize>> = r.locations.iter().map(|l| l.line).collect();
    assert_eq!(lines, vec![Some(1), Some(6)]);
}

#[test]
fn script_facts_name_files_menus_drag_and_drop_and_selected_areas() {
    let js =
        "define(['jquery', './lib/helpers', 'text!./templates/row.html', 'lib/components/base/modal'], function ($) {
  var self = this;
  self.render({href: '/templates/panel', base_path: self.params.path});
  var css = self.params.path + '/style.css?v=2';
  var logo = self.params.images_path + '/logo_min.png';
  $('#left_menu').addClass('x');
  $('.nav__menu__item').hide();
  $('.acme-list').sortable();
  el.addEventListener('dragstart', function () {});
  $('#acme-root .acme-row');
  document.querySelector('.acme-panel');
  document.getElementById('acme_button');
  $('<div>');
  var u = 'https://example.com/x.png';
});
";
    let (_, facts) = check(&[("script.js", js)]);
    let paths: Vec<&str> = facts
        .references
        .iter()
        .filter_map(|r| match &r.wanted {
            Wanted::Path(p) => Some(p.as_str()),
            _ => None,
        })
        .collect();
    for path in ["lib/helpers.js", "templates/row.html", "templates/panel.twig", "style.css", "images/logo_min.png"] {
        assert!(paths.contains(&path), "{path} missing from {paths:?}");
    }
    assert!(!paths.iter().any(|r| *r == "logo_min.png" || r.contains("modal") || r.contains("example.com")));
    let lines = |ls: &[crate::location::Location]| ls.iter().filter_map(|l| l.line).collect::<Vec<_>>();
    assert_eq!(lines(&facts.left_menu), vec![6, 7]);
    assert_eq!(lines(&facts.drag_drop), vec![8, 9]);
    let areas: Vec<&str> = facts.dom_areas.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        areas,
        vec!["#left_menu", ".nav__menu__item", ".acme-list", "#acme-root .acme-row", ".acme-panel", "#acme_button"]
    );
}

#[test]
fn libraries_contribute_no_facts() {
    let lib = "/*! jQuery v3.7.1 | (c) OpenJS Foundation */\n$('#left_menu'); var t = 'templates/x.twig';\n";
    let (_, facts) = check(&[("script.js", "define([], function () {});\n"), ("vendor/jquery.min.js", lib)]);
    assert!(facts.references.is_empty() && facts.left_menu.is_empty(), "{facts:?}");
}

/// Bytes that are not UTF-8 are read as a browser reads them (U+FFFD): files.utf8 reports the
/// file, and the code around them is still checked.
#[test]
fn non_utf8_files_are_read_as_a_browser_reads_them() {
    let w = widget(&[]);
    let mut bundle = w.bundle.clone();
    let bytes = b"define([], function () { alert('\xD1\xEE\xF5\xF0'); });\n".to_vec();
    bundle.files.insert("script.js".into(), BundleFile { size: bytes.len() as u64, bytes: Some(bytes.into()) });
    let w = Widget::new(bundle);
    let mut out = Vec::new();
    run(&Check::without_texts(&w, Marketplace::Amocrm.profile()), &mut out);
    let syntax = out.iter().find(|f| f.rule.id == RuleId::JsSyntax).expect("result");
    assert_eq!(syntax.status, Status::Pass);
    let debug = out.iter().find(|f| f.rule.id == RuleId::JsDebugTraces).expect("result");
    assert_eq!(debug.status, Status::Fail);
    assert_eq!(debug.locations[0].line, Some(1));
}

#[test]
fn urls_of_sources() {
    assert_eq!(network::url_of("//cdn.example.com/a.js").as_deref(), Some("https://cdn.example.com/a.js"));
    assert_eq!(network::url_of("/templates/x.twig"), None);
}

#[test]
fn hosts_are_trusted_checked_or_not() {
    use network::Trust::*;
    for (url, trust) in [
        ("https://code.jquery.com/jquery-3.7.1.min.js", Trusted),
        ("https://ajax.googleapis.com/ajax/libs/x.js", Trusted),
        ("https://yastatic.net/jquery/3.3.1/jquery.min.js", Trusted),
        ("https://cdn.jsdelivr.net/npm/x", Checked),
        ("https://fastly.jsdelivr.net/npm/x", Checked),
        ("https://cdnjs.cloudflare.com/ajax/libs/x.js", Checked),
        ("https://pagecdn.io/lib/x.js", Checked),
        ("https://code.jquery.com.evil.example/x.js", Untrusted),
        ("https://cdn.supercal.example.com/sync.js", Untrusted),
        ("https://", Untrusted),
    ] {
        assert_eq!(network::trust(url).0, trust, "{url}");
    }
}

#[test]
fn minified_code_is_recognised() {
    assert!(minified::signs("var a = 1;\n").is_none());
    let long = format!("var a = [{}];\n", vec!["1"; 1200].join(","));
    let (reasons, _) = minified::signs(&long).expect("long line");
    assert!(reasons[0].english().contains("line 1"), "{reasons:?}");
    let dense = "var a=function(b){return b+1};".repeat(100);
    assert!(minified::signs(&dense).is_some());
}

#[test]
fn install_controls_are_named_install_not_installation() {
    use super::install::mentions_install;
    for yes in [".js-widget-install", "#button_install", "installButton", "widget_uninstall", "INSTALL"] {
        assert!(mentions_install(yes), "{yes}");
    }
    for no in [".acme-installation-guide", "installed", ".acme-save"] {
        assert!(!mentions_install(no), "{no}");
    }
}
