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
    let fields = cx.widget.settings_fields();
    let asking: Vec<_> = fields.iter().filter(|f| f.asks_for_credentials()).collect();
    if asking.is_empty() {
        return Finding::new(
            ID,
            Status::Manual,
            "The settings ask for no keys or passwords. Confirm the integration connects through OAuth 2.0 (its keys and scopes).",
        );
    }
    let list = asking.iter().map(|f| f.describe()).collect::<Vec<_>>().join(", ");
    Finding::new(
        ID,
        Status::Warn,
        format!("The settings ask for keys or passwords ({list}); integrations must use OAuth 2.0."),
    )
    .at_all(asking.iter().map(|f| f.location.clone()))
}
