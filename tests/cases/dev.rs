//! dev.oauth2: the integration connects through OAuth 2.0, not with collected keys.

use amo_preflight::rules::Status::*;
use serde_json::json;

use super::{At, Case, edit_manifest, invalid_manifest, line};

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken(
            "dev.oauth2",
            Warn,
            line("manifest.json", "\"amocrm_password\""),
            "the settings ask for the amoCRM password",
        )
        .edit(|f| {
            edit_manifest(f, |v| {
                v["settings"]["amocrm_password"] = json!({"name": "settings.calendar_name", "type": "pass"})
            });
        }),
        Case::broken(
            "dev.oauth2",
            Manual,
            line("manifest.json", "\"api_secret\""),
            "a telephony provider's secret is shown, not warned about",
        )
        .edit(|f| {
            edit_manifest(f, |v| v["settings"]["api_secret"] = json!({"name": "Zadarma API secret", "type": "pass"}));
        }),
        Case::broken(
            "dev.oauth2",
            Warn,
            line("manifest.json", "\"login\""),
            "login and api_key, the pair amoCRM's retired API-key sign-in took",
        )
        .edit(|f| {
            edit_manifest(f, |v| {
                v["settings"]["login"] = json!({"name": "settings.login", "type": "text"});
                v["settings"]["api_key"] = json!({"name": "settings.api_key", "type": "text"});
            });
        }),
        Case::broken(
            "dev.oauth2",
            Manual,
            line("manifest.json", "\"api_key\""),
            "an API key alone may be any service's",
        )
        .edit(|f| {
            edit_manifest(f, |v| v["settings"]["api_key"] = json!({"name": "settings.api_key", "type": "text"}));
        }),
        Case::broken("dev.oauth2", Manual, At::Nowhere, "no keys asked for: a person confirms OAuth 2.0"),
        Case::na("dev.oauth2", "manifest.json is not valid JSON").edit(invalid_manifest).no_pass(
            "how the integration authorises is not in the widget's files, so \
            without keys in the settings a person confirms it (manual); na only \
            when manifest.json cannot be read",
        ),
    ]
}
