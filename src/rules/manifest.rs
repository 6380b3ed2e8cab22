//! manifest.json: valid JSON, required keys, locations and their blocks, settings types,
//! version, and secrets that should not ship.

use super::{Check, Finding, Status};
use crate::location::Location;
use crate::rules::catalogue::RuleId;
use crate::widget::Widget;
use crate::widget::json::Json;
use crate::widget::settings::FIELD_TYPES;

/// Card and list areas: they take `-0` (initialise only) or `-1` (also show in the side panel).
pub const SUFFIXED_AREAS: &[&str] = &["lcard", "ccard", "comcard", "llist", "clist", "tlist", "cucard", "culist"];

/// Areas that take no suffix.
pub const PLAIN_AREAS: &[&str] = &[
    "settings",
    "advanced_settings",
    "card_sdk",
    "catalogs",
    "digital_pipeline",
    "lead_sources",
    "widget_page",
    "sms",
    "mobile_card",
    "salesbot_designer",
    "website_chat_button",
    "ai_agent",
    "everywhere",
    "whatsapp_modal",
    "amoforms",
    "personal_page",
];

/// Locations that need a block elsewhere in the manifest: (location, block path, what it is).
const COMPANIONS: &[(&str, &str, &str)] = &[
    ("digital_pipeline", "dp.settings", "a dp.settings block (the action's settings)"),
    ("advanced_settings", "advanced.title", "advanced.title (the page's name)"),
    ("sms", "sms.endpoint", "sms.endpoint (where SMS are sent)"),
    ("mobile_card", "mobile.frame_url", "mobile.frame_url"),
    ("mobile_card", "mobile.color", "mobile.color"),
    ("widget_page", "left_menu", "a left_menu block"),
    ("salesbot_designer", "salesbot_designer", "a salesbot_designer block"),
];

/// The cards the card SDK works in: `card_sdk` needs at least one of them among the locations.
const CARD_AREAS: &[&str] = &["lcard", "ccard", "comcard"];

pub fn run(cx: &Check, out: &mut Vec<Finding>) {
    out.push(json_valid(cx));
    for (id, rule) in [
        (RuleId::ManifestRequiredKeys, required_keys as fn(&Check) -> Vec<Finding>),
        (RuleId::ManifestLocations, locations),
        (RuleId::ManifestLocationBlocks, location_blocks),
        (RuleId::ManifestSettingsTypes, settings_types),
        (RuleId::ManifestVersion, version),
        (RuleId::ManifestSecretKey, secret_key),
    ] {
        match cx.without_manifest(id) {
            Some(na) => out.push(na),
            None => out.extend(rule(cx)),
        }
    }
}

fn json_valid(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::ManifestJsonValid;
    match &cx.widget.manifest.parsed {
        Ok(_) => Finding::new(ID, Status::Pass, "manifest.json is valid JSON."),
        Err(e) => Finding::new(ID, Status::Fail, e.message.clone()).at(e.location.clone()),
    }
}

/// Required keys with the JSON type each must have.
const REQUIRED: &[(&str, &str)] = &[
    ("widget", "object"),
    ("widget.name", "string"),
    ("widget.description", "string"),
    ("widget.short_description", "string"),
    ("widget.locale", "array"),
    ("widget.installation", "boolean"),
    ("locations", "array"),
    ("settings", "object"),
];

fn required_keys(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::ManifestRequiredKeys;
    let w = cx.widget;
    let mut problems = Vec::new();
    let mut locations = Vec::new();
    let parent_location = |path: &str| match path.rsplit_once('.') {
        Some((parent, _)) => w.manifest_location_of(parent),
        None => w.manifest_location_of(""),
    };
    if !w.manifest_root().is_some_and(Json::is_object) {
        return vec![
            Finding::new(ID, Status::Fail, "manifest.json must hold an object ({ … }) with the widget's keys.")
                .at(w.manifest_location_of("")),
        ];
    }
    for (path, kind) in REQUIRED {
        match w.manifest_value(path) {
            None => {
                if !path.contains('.') || w.manifest_value(path.split('.').next().unwrap_or_default()).is_some() {
                    problems.push(format!("{path} is missing"));
                    locations.push(parent_location(path));
                }
            }
            Some(v) if v.kind_name() != *kind => {
                problems.push(format!(
                    "{path} must be a{} {kind}, not a {}",
                    if kind.starts_with(['a', 'o']) { "n" } else { "" },
                    v.kind_name()
                ));
                locations.push(w.manifest_location(v.span));
            }
            Some(_) => {}
        }
    }
    if let Some(required) = cx.profile.interface_version {
        match w.manifest_value("widget.interface_version") {
            None if w.manifest_value("widget").is_some() => {
                problems.push(format!(
                    "widget.interface_version is missing ({} requires {required})",
                    cx.profile.marketplace.title()
                ));
                locations.push(w.manifest_location_of("widget"));
            }
            Some(v) if v.as_f64() != Some(required as f64) => {
                problems.push(format!("widget.interface_version must be {required}"));
                locations.push(w.manifest_location(v.span));
            }
            _ => {}
        }
    }
    if let Some((problem, at)) = tour_flag(w) {
        problems.push(problem);
        locations.push(at);
    }
    if problems.is_empty() {
        return vec![Finding::new(ID, Status::Pass, "manifest.json has every required key.")];
    }
    vec![Finding::new(ID, Status::Fail, format!("Required keys: {}.", problems.join("; "))).at_all(locations)]
}

/// `tour.is_tour` when `tour.tour_images` lists slides: Kommo's manifest table accepts only
/// `true` there, and the slideshow is not shown without it.
fn tour_flag(w: &Widget) -> Option<(String, Location)> {
    let images = w.manifest_value("tour.tour_images")?;
    if !images.members().iter().any(|m| !m.value.items().is_empty()) {
        return None;
    }
    match w.manifest_value("tour.is_tour") {
        Some(flag) if flag.as_bool() == Some(true) => None,
        Some(flag) => Some((
            "tour.is_tour must be true when tour.tour_images lists slides".to_string(),
            w.manifest_location(flag.span),
        )),
        None => Some((
            "tour.is_tour is missing (it must be true when tour.tour_images lists slides)".to_string(),
            w.manifest_location_of("tour"),
        )),
    }
}

fn locations(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::ManifestLocations;
    let w = cx.widget;
    let Some(list) = w.manifest_value("locations").filter(|l| l.is_array()) else {
        return vec![Finding::new(ID, Status::Na, "There is no locations list to check (see manifest.required-keys).")];
    };
    if list.items().is_empty() {
        return vec![
            Finding::new(ID, Status::Warn, "The locations list is empty: the widget appears nowhere.")
                .at(w.manifest_location(list.span)),
        ];
    }
    let mut fails = Vec::new();
    let mut warns = Vec::new();
    let mut seen: Vec<(&str, &str, &Json)> = Vec::new();
    for item in list.items() {
        let at = w.manifest_location(item.span);
        let Some(s) = item.as_str() else {
            fails.push((format!("a {} is not a location name", item.kind_name()), at));
            continue;
        };
        let (area, suffix) = match s.rsplit_once('-') {
            Some((a, x)) => (a, Some(x)),
            None => (s, None),
        };
        if SUFFIXED_AREAS.contains(&area) {
            match suffix {
                Some("0" | "1") | None => {}
                Some(x) => fails.push((format!("\"{s}\": {area} takes -0 or -1, not -{x}"), at.clone())),
            }
            match suffix {
                Some(x) => {
                    if let Some((_, other, _)) = seen.iter().find(|(a, o, _)| *a == area && *o != x) {
                        fails.push((format!("\"{area}-{other}\" and \"{s}\" are both listed (keep one)"), at.clone()));
                    }
                    seen.push((area, x, item));
                }
                None if cx.profile.explicit_panel_suffix => warns.push((
                    format!("\"{s}\" does not say whether the widget uses the right panel ({s}-1) or not ({s}-0)"),
                    at.clone(),
                )),
                None => {}
            }
        } else if PLAIN_AREAS.contains(&area) && suffix.is_some() {
            fails.push((format!("\"{s}\": {area} takes no suffix"), at.clone()));
        } else if !PLAIN_AREAS.contains(&s) {
            warns.push((format!("\"{s}\" is not a documented location"), at));
            continue;
        }
        if !cx.profile.areas.contains(&area) {
            warns.push((format!("\"{s}\" is not in {}'s list of locations", cx.profile.marketplace.title()), at));
        }
    }
    let mut results = Vec::new();
    if !fails.is_empty() {
        let message = fails.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join("; ");
        results.push(
            Finding::new(ID, Status::Fail, format!("Invalid locations: {message}."))
                .at_all(fails.into_iter().map(|(_, l)| l)),
        );
    }
    if !warns.is_empty() {
        let message = warns.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join("; ");
        results.push(
            Finding::new(ID, Status::Warn, format!("Locations to check: {message}."))
                .at_all(warns.into_iter().map(|(_, l)| l)),
        );
    }
    if results.is_empty() {
        results.push(Finding::new(ID, Status::Pass, format!("All {} locations are valid.", list.items().len())));
    }
    results
}

fn location_blocks(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::ManifestLocationBlocks;
    let w = cx.widget;
    let needed: Vec<_> = COMPANIONS.iter().filter(|(loc, _, _)| w.has_location(loc)).collect();
    let card_sdk = w.has_location("card_sdk");
    if needed.is_empty() && !card_sdk {
        return vec![Finding::new(ID, Status::Na, "No location of this widget needs a companion block.")];
    }
    let mut results = Vec::new();
    let missing: Vec<_> = needed.iter().filter(|(_, block, _)| w.manifest_value(block).is_none()).collect();
    if !missing.is_empty() {
        let list = missing.iter().map(|(loc, _, what)| format!("{loc} needs {what}")).collect::<Vec<_>>().join("; ");
        let names: Vec<&str> = missing.iter().map(|(loc, _, _)| *loc).collect();
        results.push(Finding::new(ID, Status::Fail, format!("Missing blocks: {list}.")).at_all(listed_at(w, &names)));
    }
    if card_sdk && !CARD_AREAS.iter().any(|a| w.has_location(a)) {
        results.push(card_sdk_without_cards(w));
    }
    if results.is_empty() {
        let mut names: Vec<&str> = needed.iter().map(|(l, _, _)| *l).collect();
        if card_sdk {
            names.push("card_sdk");
        }
        names.dedup();
        results.push(Finding::new(ID, Status::Pass, format!("Every location has its block ({}).", names.join(", "))));
    }
    results
}

/// `card_sdk` with none of the cards it works in. With `everywhere` the widget still loads in
/// the cards, so whether the card tab appears is left to a person (a warning, not a failure).
fn card_sdk_without_cards(w: &Widget) -> Finding {
    const ID: RuleId = RuleId::ManifestLocationBlocks;
    let (status, tail) = if w.has_location("everywhere") {
        (Status::Warn, "only everywhere is listed: check that the card tab appears")
    } else {
        (Status::Fail, "so the card tab appears nowhere")
    };
    Finding::new(
        ID,
        status,
        format!("card_sdk works in the cards listed beside it, and no card location (lcard, ccard, comcard) is listed; {tail}."),
    )
    .at_all(listed_at(w, &["card_sdk"]))
}

/// Where the locations list names one of `names` (with or without a suffix).
fn listed_at(w: &Widget, names: &[&str]) -> Vec<Location> {
    let Some(list) = w.manifest_value("locations") else { return Vec::new() };
    list.items()
        .iter()
        .filter(|i| i.as_str().is_some_and(|s| names.iter().any(|n| s == *n || s.split('-').next() == Some(n))))
        .map(|i| w.manifest_location(i.span))
        .collect()
}

fn settings_types(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::ManifestSettingsTypes;
    let w = cx.widget;
    let Some(settings) = w.manifest_value("settings") else {
        return vec![Finding::new(ID, Status::Na, "There are no settings to check.")];
    };
    if !settings.is_object() {
        return vec![
            Finding::new(
                ID,
                Status::Fail,
                format!("settings must be an object of fields, not a {}.", settings.kind_name()),
            )
            .at(w.manifest_location(settings.span)),
        ];
    }
    let fields = w.settings_fields();
    if fields.is_empty() {
        return vec![Finding::new(ID, Status::Na, "The settings form has no fields.")];
    }
    let mut bad = Vec::new();
    for field in &fields {
        match (field.value.get("type"), field.kind) {
            (None, _) => bad.push((format!("{} has no type", field.code), field.location.clone())),
            (Some(v), Some(kind)) if !FIELD_TYPES.contains(&kind) => {
                bad.push((format!("{} has type \"{kind}\"", field.code), w.manifest_location(v.span)))
            }
            (Some(v), None) => {
                bad.push((format!("{} has a {} as its type", field.code, v.kind_name()), w.manifest_location(v.span)))
            }
            _ => {}
        }
    }
    if bad.is_empty() {
        return vec![Finding::new(ID, Status::Pass, format!("All {} settings fields have valid types.", fields.len()))];
    }
    let list = bad.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join("; ");
    vec![
        Finding::new(
            ID,
            Status::Fail,
            format!("Invalid settings types: {list}. Valid types: {}.", FIELD_TYPES.join(", ")),
        )
        .at_all(bad.into_iter().map(|(_, l)| l)),
    ]
}

fn version(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::ManifestVersion;
    let w = cx.widget;
    let finding = match w.manifest_value("widget.version") {
        None => Finding::new(ID, Status::Warn, "widget.version is missing.").at(w.manifest_location_of("widget")),
        Some(v) => match v.as_str() {
            Some(s) if is_version(s) => Finding::new(ID, Status::Pass, format!("Version {s}.")),
            Some(s) => {
                Finding::new(ID, Status::Warn, format!("widget.version \"{s}\" is not of the form x.y or x.y.z."))
                    .at(w.manifest_location(v.span))
            }
            None => Finding::new(
                ID,
                Status::Warn,
                format!("widget.version is a {}, not a text like \"1.0.0\".", v.kind_name()),
            )
            .at(w.manifest_location(v.span)),
        },
    };
    vec![finding]
}

/// `1.2` or `1.2.3`: two or three dot-separated numbers (the documentation's own examples use
/// both).
pub fn is_version(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 9 && p.bytes().all(|b| b.is_ascii_digit()))
}

fn secret_key(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::ManifestSecretKey;
    let w = cx.widget;
    let shipped: Vec<(&str, &Json)> = ["widget.secret_key", "secret_key", "widget.client_secret"]
        .into_iter()
        .filter_map(|p| Some((p, w.manifest_value(p)?)))
        .filter(|(_, v)| v.as_str().is_some_and(looks_like_a_real_secret))
        .collect();
    if shipped.is_empty() {
        return vec![Finding::new(ID, Status::Pass, "No secret key is shipped in manifest.json.")];
    }
    let keys = shipped.iter().map(|(p, _)| *p).collect::<Vec<_>>().join(", ");
    let message = format!(
        "manifest.json contains what looks like a real secret key ({keys}). A new widget does not need code or \
         secret_key; keep them only if this archive updates an integration uploaded before the move to amoMarket \
         and not converted yet, which still needs them."
    );
    vec![
        Finding::new(ID, Status::Warn, message)
            .at_all(shipped.iter().map(|(_, v)| redacted(w.manifest_location(v.span)))),
    ]
}

/// A long random-looking string, as opposed to an empty value or a placeholder.
fn looks_like_a_real_secret(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let placeholder =
        ["your", "secret", "xxx", "example", "change", "todo", "<", "{"].iter().any(|p| lower.contains(p));
    let kinds = [s.bytes().any(|b| b.is_ascii_digit()), s.bytes().any(|b| b.is_ascii_alphabetic())];
    s.len() >= 16 && !placeholder && !s.contains(' ') && kinds.iter().all(|k| *k)
}

/// The location with the secret masked in its snippet, so reports do not spread it further.
fn redacted(mut location: Location) -> Location {
    if let Some(snippet) = &mut location.snippet
        && let Some(start) = snippet.find(": \"")
    {
        *snippet = format!("{}: \"…\"", &snippet[..start]);
    }
    location
}
