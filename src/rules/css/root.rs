//! `css.root-scoped`: every selector should start from one of the widget's roots (see
//! [`super::markup`]): the one given, those its markup and manifest name, or as a last resort one
//! guessed from the styles. Heuristic, so a warning; the message says which roots were used and
//! where they were found, so a wrong one is easy to spot.

use super::scope::{Origin, Roots, View};
use super::sheet::Sheet;
use super::{at, list, no_css, read_what, verb};
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status, plural};

const ID: RuleId = RuleId::CssRootScoped;

pub fn check(sheets: &[Sheet], views: &[View], roots: &Roots) -> Finding {
    if sheets.is_empty() {
        return no_css(ID);
    }
    if views.is_empty() {
        return Finding::new(ID, Status::Pass, format!("{} style no elements.", read_what(sheets)));
    }
    // `:root` variables are css.global-selectors' warning; they are not reported twice.
    let outside: Vec<&View> =
        views.iter().filter(|v| v.root_at.is_none() && !v.under_unscoped_parent && !v.sets_root_variables()).collect();
    if outside.is_empty() {
        let message = if roots.found.is_empty() {
            "Every selector is inside the widget (Vue's scoped styles, or attribute selectors naming the widget code)."
                .to_string()
        } else {
            format!("Every selector starts from {}.", in_words(roots, views.len()))
        };
        return with_evidence(Finding::new(ID, Status::Pass, message), roots);
    }
    let Some(example) = roots.first() else {
        return Finding::new(
            ID,
            Status::Warn,
            format!(
                "No widget root could be found: the templates' outermost elements, the HTML the scripts build and the manifest (widget.code) name no class or id, and none of the {} selector{} starts with a class or id of the widget's own.",
                views.len(),
                plural(views.len())
            ),
        )
        .help("Wrap the widget's markup in one element with a unique class (e.g. `.my-widget-code`) and start every selector with it.")
        .at_all(outside.iter().map(|v| v.selector.location.clone()));
    };
    let items: Vec<String> =
        outside.iter().map(|v| format!("`{}` ({})", v.selector.text, at(&v.selector.location))).collect();
    let finding = Finding::new(
        ID,
        Status::Warn,
        format!(
            "{} selector{} {} not start from {}: {}.",
            outside.len(),
            plural(outside.len()),
            verb(outside.len(), "does", "do"),
            in_words(roots, views.len()),
            list(&items)
        ),
    )
    .help(format!(
        "Start every selector with {}, e.g. `{example} .title {{ … }}`, or nest the rules inside it.{}",
        if roots.found.len() == 1 { "the widget's root" } else { "one of the widget's roots" },
        advice(roots)
    ))
    .at_all(outside.iter().map(|v| v.selector.location.clone()));
    with_evidence(finding, roots)
}

/// The roots and where they were found, in words: ``the root `#acme` you gave``, ``the widget's
/// roots (found in templates/panel.twig: `.acme-panel`; from widget.code in manifest.json: …)``.
fn in_words(roots: &Roots, selectors: usize) -> String {
    if let [one] = roots.found.as_slice() {
        match one.origin {
            Origin::Given => return format!("the root `{}` you gave", one.root),
            Origin::Styles(starts) => {
                return format!(
                    "the root `{}` (inferred from the styles: {starts} of the {selectors} selector{} {} with it)",
                    one.root,
                    plural(selectors),
                    verb(starts, "starts", "start")
                );
            }
            Origin::Markup(_) | Origin::Code(_) => {}
        }
    }
    // Found in the markup and the manifest: grouped by where, in the order found.
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for f in &roots.found {
        let place = match &f.origin {
            Origin::Markup(at) => format!("in {}", at.file),
            _ => "from widget.code in manifest.json".to_string(),
        };
        let name = format!("`{}`", f.root);
        match groups.iter_mut().find(|(p, _)| *p == place) {
            Some((_, names)) => names.push(name),
            None => groups.push((place, vec![name])),
        }
    }
    let places: Vec<String> = groups.iter().map(|(place, names)| format!("{place}: {}", list(names))).collect();
    format!("the widget's root{} (found {})", plural(roots.found.len()), places.join("; "))
}

/// What to do when the roots used are not the widget's.
fn advice(roots: &Roots) -> &'static str {
    match roots.found.first().map(|f| &f.origin) {
        Some(Origin::Given) => "",
        Some(Origin::Styles(_)) => {
            " No template, script or widget.code names a root, so it was guessed from the styles; if it is not your widget's root, give the right one with --root-selector."
        }
        _ => {
            " The roots are the classes and ids on the outermost elements of the templates and of the HTML the scripts build, render_template's class_name and widget.code; if the widget's root is another element, give it with --root-selector."
        }
    }
}

/// Each root as evidence, at the place it was found.
fn with_evidence(mut finding: Finding, roots: &Roots) -> Finding {
    for f in &roots.found {
        let place = match &f.origin {
            Origin::Markup(at) | Origin::Code(at) => Some(at.clone()),
            Origin::Given | Origin::Styles(_) => None,
        };
        finding = finding.evidence("widget root", f.root.to_string(), place);
    }
    finding
}
