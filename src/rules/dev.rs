//! Development: authorisation through OAuth 2.0 rather than collected keys and passwords.

use super::{Check, Finding, Status};
use crate::rules::catalogue::RuleId;

pub fn run(cx: &Check, out: &mut Vec<Finding>) {
    out.push(oauth2(cx));
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
    let (platform, other): (Vec<_>, Vec<_>) = asking.into_iter().partition(|f| f.names_platform(&w.field_labels(f)));
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
