//! `css.root-scoped`: every selector should start from one of the widget's roots (see
//! [`super::markup`]): the one given, those its markup and manifest name, or as a last resort one
//! guessed from the styles. Heuristic, so a warning; the message says which roots were used and
//! where they were found, so a wrong one is easy to spot.

use super::scope::{Origin, Roots, View};
use super::sheet::Sheet;
use super::{code, code_at, listed, no_css, read_what};
use crate::i18n::Msg;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status};

const ID: RuleId = RuleId::CssRootScoped;

pub fn check(sheets: &[Sheet], views: &[View], roots: &Roots) -> Finding {
    if sheets.is_empty() {
        return no_css(ID);
    }
    if views.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("css-root-no-elements", read = read_what(sheets)));
    }
    // `:root` variables are css.global-selectors' warning; they are not reported twice.
    let outside: Vec<&View> =
        views.iter().filter(|v| v.root_at.is_none() && !v.under_unscoped_parent && !v.sets_root_variables()).collect();
    if outside.is_empty() {
        let message = if roots.found.is_empty() {
            msg!("css-root-pass-scoped")
        } else {
            msg!("css-root-pass", roots = in_words(roots, views.len()))
        };
        return with_evidence(Finding::new(ID, Status::Pass, message), roots);
    }
    let Some(example) = roots.first() else {
        return Finding::new(ID, Status::Warn, msg!("css-root-none-found", n = views.len()))
            .help(msg!("css-root-none-found-help"))
            .at_all(outside.iter().map(|v| v.selector.location.clone()));
    };
    let items: Vec<Msg> = outside.iter().map(|v| code_at(&v.selector.text, &v.selector.location)).collect();
    let example = example.to_string();
    let help = if roots.found.len() == 1 {
        msg!("css-root-help-one", example = example)
    } else {
        msg!("css-root-help-several", example = example)
    };
    let help = match advice(roots) {
        Some(advice) => msg!("css-root-help-and-advice", help = help, advice = advice),
        None => help,
    };
    let finding = Finding::new(
        ID,
        Status::Warn,
        msg!("css-root-warn", n = outside.len(), roots = in_words(roots, views.len()), items = listed(items)),
    )
    .help(help)
    .at_all(outside.iter().map(|v| v.selector.location.clone()));
    with_evidence(finding, roots)
}

/// The roots and where they were found, in words: ``the root `#acme` you gave``, ``the widget's
/// roots (found in templates/panel.twig: `.acme-panel`; from widget.code in manifest.json: …)``.
fn in_words(roots: &Roots, selectors: usize) -> Msg {
    if let [one] = roots.found.as_slice() {
        let root = one.root.to_string();
        match one.origin {
            Origin::Given => return msg!("css-root-given", root = root),
            Origin::Styles(starts) => {
                return msg!("css-root-inferred", root = root, starts = starts, selectors = selectors);
            }
            Origin::Markup(_) | Origin::Code(_) => {}
        }
    }
    // Found in the markup (by file) and the manifest (`None`): grouped by where, in the order found.
    let mut groups: Vec<(Option<&str>, Vec<Msg>)> = Vec::new();
    for f in &roots.found {
        let place = match &f.origin {
            Origin::Markup(at) => Some(at.file.as_str()),
            _ => None,
        };
        let name = code(&f.root.to_string());
        match groups.iter_mut().find(|(p, _)| *p == place) {
            Some((_, names)) => names.push(name),
            None => groups.push((place, vec![name])),
        }
    }
    let places: Vec<Msg> = groups
        .into_iter()
        .map(|(place, names)| match place {
            Some(file) => msg!("css-root-place-file", file = file, roots = listed(names)),
            None => msg!("css-root-place-code", roots = listed(names)),
        })
        .collect();
    let places = crate::i18n::list(places, "; ");
    if roots.found.len() == 1 {
        msg!("css-root-found-one", places = places)
    } else {
        msg!("css-root-found-several", places = places)
    }
}

/// What to do when the roots used are not the widget's.
fn advice(roots: &Roots) -> Option<Msg> {
    match roots.found.first().map(|f| &f.origin) {
        Some(Origin::Given) => None,
        Some(Origin::Styles(_)) => Some(msg!("css-root-advice-guessed")),
        _ => Some(msg!("css-root-advice-found")),
    }
}

/// Each root as evidence, at the place it was found.
fn with_evidence(mut finding: Finding, roots: &Roots) -> Finding {
    for f in &roots.found {
        let place = match &f.origin {
            Origin::Markup(at) | Origin::Code(at) => Some(at.clone()),
            Origin::Given | Origin::Styles(_) => None,
        };
        finding = finding.evidence(msg!("css-evidence-root"), f.root.to_string(), place);
    }
    finding
}
