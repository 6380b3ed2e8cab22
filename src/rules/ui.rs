//! Interaction with amoCRM: what only a reviewer using the widget can judge, with the widget's
//! declared areas as evidence.

use super::{Check, Finding, Status};
use crate::widget::json::Json;

pub fn run(cx: &Check, out: &mut Vec<Finding>) {
    let w = cx.widget;
    let areas: Vec<(&str, &Json)> = w
        .manifest_value("locations")
        .map(|l| l.items().iter().filter_map(|i| Some((i.as_str()?, i))).collect())
        .unwrap_or_default();
    let with_areas = |mut f: Finding| {
        for (area, value) in &areas {
            f = f.evidence("location", *area, Some(w.manifest_location(value.span)));
        }
        f
    };
    out.push(with_areas(Finding::new(
        "ui.interfaces",
        Status::Manual,
        "Check that the widget changes only the areas it declares (listed below).",
    )));
    out.push(with_areas(Finding::new(
        "ui.no-overlap",
        Status::Manual,
        "Open the widget in each of its areas and check it never covers amoCRM's controls or blocks the user.",
    )));
    out.push(if w.has_location("advanced_settings") {
        let mut f = Finding::new(
            "ui.settings-page",
            Status::Manual,
            "The widget adds a page to Settings: check its name is unique and honest and that it comes after amoCRM's own pages.",
        );
        if let Some(title) = w.manifest_value("advanced.title") {
            f = f.evidence("page title key", title.as_str().unwrap_or_default(), Some(w.manifest_location(title.span)));
            for lang in &w.languages {
                if let Some(t) = w.text(lang, "advanced.title") {
                    f = f.evidence(format!("page title ({lang})"), t.value, Some(t.location));
                }
            }
        }
        f
    } else {
        Finding::new("ui.settings-page", Status::Na, "The widget adds no page to Settings (no advanced_settings location).")
    });
}
