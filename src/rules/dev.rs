//! Development: authorisation through OAuth 2.0 rather than collected keys and passwords.

use super::{Check, Finding, Status};
use crate::rules::catalogue::RuleId;
use crate::widget::settings::SettingsField;

pub fn run(cx: &Check, out: &mut Vec<Finding>) {
    out.push(oauth2(cx));
}

/// A `login` with an `api_key` (or a `hash`) beside it: the pair amoCRM's retired API-key sign-in
/// took, so those two fields are amoCRM's even when no label names it.
fn legacy_pair<'a>(asking: &[&SettingsField<'a>]) -> Vec<&'a str> {
    let has = |codes: &[&str]| asking.iter().map(|f| f.code).find(|c| codes.contains(&c.to_ascii_lowercase().as_str()));
    match (has(&["login", "user_login"]), has(&["api_key", "apikey", "hash", "user_hash", "api_hash"])) {
        (Some(login), Some(key)) => vec![login, key],
        _ => Vec::new(),
    }
}

fn oauth2(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::DevOauth2;
    if let Some(na) = cx.without_manifest(ID) {
        return na;
    }
    let w = cx.widget;
    let fields = w.settings_fields();
    let asking: Vec<_> = fields.iter().filter(|f| f.asks_for_credentials()).collect();
    // Only the platform's own credentials break the rule; another service's key (a telephony
    // provider's secret, say) is how that service is reached, shown for the reviewer.
    let legacy = legacy_pair(&asking);
    let (platform, other): (Vec<_>, Vec<_>) =
        asking.into_iter().partition(|f| legacy.contains(&f.code) || f.names_platform(&w.field_labels(f)));
    if !platform.is_empty() {
        let list = platform.iter().map(|f| f.describe()).collect::<Vec<_>>().join(", ");
        return Finding::new(
            ID,
            Status::Warn,
            format!("The settings ask for amoCRM / Kommo keys or passwords ({list}); integrations must use OAuth 2.0."),
        )
        .at_all(platform.iter().map(|f| f.location.clone()));
    }
    let mut f = Finding::new(
        ID,
        Status::Manual,
        if other.is_empty() {
            "The settings ask for no keys or passwords. Confirm the integration connects through OAuth 2.0 (its keys and scopes)."
        } else {
            "The settings ask for keys or passwords of another service (below), not of amoCRM / Kommo. Confirm the integration connects to amoCRM / Kommo through OAuth 2.0 (its keys and scopes)."
        },
    );
    for field in other {
        f = f.evidence("another service's credential", field.describe(), Some(field.location.clone()));
    }
    f
}
