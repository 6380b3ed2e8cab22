//! manifest.json: valid JSON, required keys, locations and their blocks, settings types,
//! version, and secrets that should not ship.

use super::{Check, Finding, Status};
use crate::i18n::{Msg, list};
use crate::location::Location;
use crate::msg;
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

/// Locations that need a block elsewhere in the manifest: (location, block path).
const COMPANIONS: &[(&str, &str)] = &[
    ("digital_pipeline", "dp.settings"),
    ("advanced_settings", "advanced.title"),
    ("sms", "sms.endpoint"),
    ("mobile_card", "mobile.frame_url"),
    ("mobile_card", "mobile.color"),
    ("widget_page", "left_menu"),
    ("salesbot_designer", "salesbot_designer"),
];

/// What a block of [`COMPANIONS`] is, for messages.
fn companion(block: &str) -> Msg {
    match block {
        "dp.settings" => msg!("manifest-block-dp-settings"),
        "advanced.title" => msg!("manifest-block-advanced-title"),
        "sms.endpoint" => msg!("manifest-block-sms-endpoint"),
        "left_menu" => msg!("manifest-block-left-menu"),
        "salesbot_designer" => msg!("manifest-block-salesbot-designer"),
        _ => msg!("manifest-block-key", key = block),
    }
}

/// A JSON type (`kind_name`) in words, with its article: "an object", "a string".
fn kind(name: &str) -> Msg {
    msg!("manifest-kind", kind = name)
}

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
        Ok(_) => Finding::new(ID, Status::Pass, msg!("manifest-json-valid")),
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
    let mut problems: Vec<Msg> = Vec::new();
    let mut locations = Vec::new();
    let parent_location = |path: &str| match path.rsplit_once('.') {
        Some((parent, _)) => w.manifest_location_of(parent),
        None => w.manifest_location_of(""),
    };
    if !w.manifest_root().is_some_and(Json::is_object) {
        return vec![Finding::new(ID, Status::Fail, msg!("manifest-not-object")).at(w.manifest_location_of(""))];
    }
    for (path, kind) in REQUIRED {
        match w.manifest_value(path) {
            None => {
                if !path.contains('.') || w.manifest_value(path.split('.').next().unwrap_or_default()).is_some() {
                    problems.push(msg!("manifest-key-missing", path = *path));
                    locations.push(parent_location(path));
                }
            }
            Some(v) if v.kind_name() != *kind => {
                problems.push(msg!(
                    "manifest-key-wrong-type",
                    path = *path,
                    kind = self::kind(kind),
                    found = self::kind(v.kind_name())
                ));
                locations.push(w.manifest_location(v.span));
            }
            Some(_) => {}
        }
    }
    if let Some(required) = cx.profile.interface_version {
        match w.manifest_value("widget.interface_version") {
            None if w.manifest_value("widget").is_some() => {
                problems.push(msg!(
                    "manifest-interface-version-missing",
                    marketplace = cx.profile.marketplace.title(),
                    required = required
                ));
                locations.push(w.manifest_location_of("widget"));
            }
            Some(v) if v.as_f64() != Some(required as f64) => {
                problems.push(msg!("manifest-interface-version-wrong", required = required));
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
        return vec![Finding::new(ID, Status::Pass, msg!("manifest-required-keys-pass"))];
    }
    vec![
        Finding::new(ID, Status::Fail, msg!("manifest-required-keys-fail", problems = list(problems, "; ")))
            .at_all(locations),
    ]
}

/// `tour.is_tour` when `tour.tour_images` lists slides: Kommo's manifest table accepts only
/// `true` there, and the slideshow is not shown without it.
fn tour_flag(w: &Widget) -> Option<(Msg, Location)> {
    let images = w.manifest_value("tour.tour_images")?;
    if !images.members().iter().any(|m| !m.value.items().is_empty()) {
        return None;
    }
    match w.manifest_value("tour.is_tour") {
        Some(flag) if flag.as_bool() == Some(true) => None,
        Some(flag) => Some((msg!("manifest-tour-flag-false"), w.manifest_location(flag.span))),
        None => Some((msg!("manifest-tour-flag-missing"), w.manifest_location_of("tour"))),
    }
}

fn locations(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::ManifestLocations;
    let w = cx.widget;
    let Some(listed) = w.manifest_value("locations").filter(|l| l.is_array()) else {
        return vec![Finding::new(ID, Status::Na, msg!("manifest-locations-none"))];
    };
    if listed.items().is_empty() {
        return vec![
            Finding::new(ID, Status::Warn, msg!("manifest-locations-empty")).at(w.manifest_location(listed.span)),
        ];
    }
    let mut fails: Vec<(Msg, Location)> = Vec::new();
    let mut warns: Vec<(Msg, Location)> = Vec::new();
    let mut seen: Vec<(&str, &str, &Json)> = Vec::new();
    for item in listed.items() {
        let at = w.manifest_location(item.span);
        let Some(s) = item.as_str() else {
            fails.push((msg!("manifest-location-not-a-name", kind = kind(item.kind_name())), at));
            continue;
        };
        let (area, suffix) = match s.rsplit_once('-') {
            Some((a, x)) => (a, Some(x)),
            None => (s, None),
        };
        if SUFFIXED_AREAS.contains(&area) {
            match suffix {
                Some("0" | "1") | None => {}
                Some(x) => fails
                    .push((msg!("manifest-location-bad-suffix", location = s, area = area, suffix = x), at.clone())),
            }
            match suffix {
                Some(x) => {
                    if let Some((_, other, _)) = seen.iter().find(|(a, o, _)| *a == area && *o != x) {
                        fails.push((
                            msg!("manifest-location-both", first = format!("{area}-{other}"), location = s),
                            at.clone(),
                        ));
                    }
                    seen.push((area, x, item));
                }
                None if cx.profile.explicit_panel_suffix => {
                    warns.push((msg!("manifest-location-panel-unsaid", location = s), at.clone()))
                }
                None => {}
            }
        } else if PLAIN_AREAS.contains(&area) && suffix.is_some() {
            fails.push((msg!("manifest-location-no-suffix", location = s, area = area), at.clone()));
        } else if !PLAIN_AREAS.contains(&s) {
            warns.push((msg!("manifest-location-undocumented", location = s), at));
            continue;
        }
        if !cx.profile.areas.contains(&area) {
            warns.push((
                msg!("manifest-location-other-marketplace", location = s, marketplace = cx.profile.marketplace.title()),
                at,
            ));
        }
    }
    let mut results = Vec::new();
    if !fails.is_empty() {
        let (problems, at): (Vec<Msg>, Vec<Location>) = fails.into_iter().unzip();
        results.push(
            Finding::new(ID, Status::Fail, msg!("manifest-locations-invalid", problems = list(problems, "; ")))
                .at_all(at),
        );
    }
    if !warns.is_empty() {
        let (problems, at): (Vec<Msg>, Vec<Location>) = warns.into_iter().unzip();
        results.push(
            Finding::new(ID, Status::Warn, msg!("manifest-locations-to-check", problems = list(problems, "; ")))
                .at_all(at),
        );
    }
    if results.is_empty() {
        results.push(Finding::new(ID, Status::Pass, msg!("manifest-locations-pass", n = listed.items().len())));
    }
    results
}

fn location_blocks(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::ManifestLocationBlocks;
    let w = cx.widget;
    let needed: Vec<_> = COMPANIONS.iter().filter(|(loc, _)| w.has_location(loc)).collect();
    let card_sdk = w.has_location("card_sdk");
    if needed.is_empty() && !card_sdk {
        return vec![Finding::new(ID, Status::Na, msg!("manifest-blocks-none-needed"))];
    }
    let mut results = Vec::new();
    let missing: Vec<_> = needed.iter().filter(|(_, block)| w.manifest_value(block).is_none()).collect();
    if !missing.is_empty() {
        let problems = missing
            .iter()
            .map(|(loc, block)| msg!("manifest-block-needed", location = *loc, block = companion(block)))
            .collect();
        let names: Vec<&str> = missing.iter().map(|(loc, _)| *loc).collect();
        results.push(
            Finding::new(ID, Status::Fail, msg!("manifest-blocks-missing", problems = list(problems, "; ")))
                .at_all(listed_at(w, &names)),
        );
    }
    if card_sdk && !CARD_AREAS.iter().any(|a| w.has_location(a)) {
        results.push(card_sdk_without_cards(w));
    }
    if results.is_empty() {
        let mut names: Vec<&str> = needed.iter().map(|(l, _)| *l).collect();
        if card_sdk {
            names.push("card_sdk");
        }
        names.dedup();
        results.push(Finding::new(ID, Status::Pass, msg!("manifest-blocks-pass", locations = names.join(", "))));
    }
    results
}

/// `card_sdk` with none of the cards it works in. With `everywhere` the widget still loads in
/// the cards, so whether the card tab appears is left to a person (a warning, not a failure).
fn card_sdk_without_cards(w: &Widget) -> Finding {
    const ID: RuleId = RuleId::ManifestLocationBlocks;
    let f = if w.has_location("everywhere") {
        Finding::new(ID, Status::Warn, msg!("manifest-card-sdk-everywhere"))
    } else {
        Finding::new(ID, Status::Fail, msg!("manifest-card-sdk-no-cards"))
    };
    f.at_all(listed_at(w, &["card_sdk"]))
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
        return vec![Finding::new(ID, Status::Na, msg!("manifest-settings-none"))];
    };
    if !settings.is_object() {
        return vec![
            Finding::new(ID, Status::Fail, msg!("manifest-settings-not-object", found = kind(settings.kind_name())))
                .at(w.manifest_location(settings.span)),
        ];
    }
    let fields = w.settings_fields();
    if fields.is_empty() {
        return vec![Finding::new(ID, Status::Na, msg!("manifest-settings-no-fields"))];
    }
    let mut bad: Vec<(Msg, Location)> = Vec::new();
    for field in &fields {
        match (field.value.get("type"), field.kind) {
            (None, _) => bad.push((msg!("manifest-field-no-type", field = field.code), field.location.clone())),
            (Some(v), Some(t)) if !FIELD_TYPES.contains(&t) => bad.push((
                msg!("manifest-field-bad-type", field = field.code, field_type = t),
                w.manifest_location(v.span),
            )),
            (Some(v), None) => bad.push((
                msg!("manifest-field-type-not-text", field = field.code, found = kind(v.kind_name())),
                w.manifest_location(v.span),
            )),
            _ => {}
        }
    }
    if bad.is_empty() {
        return vec![Finding::new(ID, Status::Pass, msg!("manifest-settings-pass", n = fields.len()))];
    }
    let (problems, at): (Vec<Msg>, Vec<Location>) = bad.into_iter().unzip();
    let message = msg!("manifest-settings-invalid", problems = list(problems, "; "), types = FIELD_TYPES.join(", "));
    vec![Finding::new(ID, Status::Fail, message).at_all(at)]
}

fn version(cx: &Check) -> Vec<Finding> {
    const ID: RuleId = RuleId::ManifestVersion;
    let w = cx.widget;
    let finding = match w.manifest_value("widget.version") {
        None => Finding::new(ID, Status::Warn, msg!("manifest-version-missing")).at(w.manifest_location_of("widget")),
        Some(v) => match v.as_str() {
            Some(s) if is_version(s) => Finding::new(ID, Status::Pass, msg!("manifest-version-pass", version = s)),
            Some(s) => Finding::new(ID, Status::Warn, msg!("manifest-version-bad-form", version = s))
                .at(w.manifest_location(v.span)),
            None => Finding::new(ID, Status::Warn, msg!("manifest-version-not-text", found = kind(v.kind_name())))
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
        return vec![Finding::new(ID, Status::Pass, msg!("manifest-secret-key-pass"))];
    }
    let keys = shipped.iter().map(|(p, _)| *p).collect::<Vec<_>>().join(", ");
    let message = msg!("manifest-secret-key-shipped", keys = keys);
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
