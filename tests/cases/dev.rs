//! dev.oauth2: the integration connects through OAuth 2.0, not with collected keys.
//! dev.placeholders: nothing left from templates or development.

use amo_preflight::rules::Status::*;
use serde_json::json;

use super::{At, Case, add_js, edit_manifest, invalid_manifest, line, set_text};

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
        Case::broken(
            "dev.placeholders",
            Fail,
            line("i18n/en.json", "\"Short description\""),
            "the documentation's template text left as the teaser",
        )
        .edit(|f| set_text(f, "en", "widget.short_description", "Short description")),
        Case::kept("dev.placeholders", "a settings field labelled Description")
            .edit(|f| set_text(f, "en", "settings.calendar_name", "Description")),
        Case::broken(
            "dev.placeholders",
            Warn,
            line("script.js", "localhost:3000"),
            "a request to the developer's machine",
        )
        .edit(|f| add_js(f, "  var load = function () { return fetch('http://localhost:3000/api/deals'); };")),
        Case::broken("dev.placeholders", Warn, line("script.js", "__VERSION__"), "a build placeholder never filled in")
            .edit(|f| add_js(f, "  var version = '__VERSION__';")),
        Case::broken(
            "dev.placeholders",
            Warn,
            line("manifest.json", "https://example.com/webhook"),
            "a webhook on example.com in the manifest",
        )
        .edit(|f| edit_manifest(f, |v| v["widget"]["webhook_url"] = json!("https://example.com/webhook"))),
        Case::broken("dev.placeholders", Warn, line("script.js", "test-token"), "a test token sent with requests")
            .edit(|f| add_js(f, "  var headers = { Authorization: 'test-token' };")),
        Case::broken("dev.placeholders", Warn, line("script.js", "fakeData ="), "fake data kept in the script")
            .edit(|f| add_js(f, "  var fakeData = [{ id: 1, name: 'Deal' }];")),
        Case::kept("dev.placeholders", "words that only begin like test data")
            .edit(|f| add_js(f, "  var latestData = [], testimonials = 'Test the token below';")),
        Case::kept("dev.placeholders", "a bundle's library keys such as __VUE_SSR_SETTERS__").edit(|f| {
            f.write(
                "dist/app.js",
                "(() => {\n  var __webpack_modules__ = {};\n  var key = '__VUE_SSR_SETTERS__';\n})();\n",
            );
        }),
        Case::kept("dev.placeholders", "Twig's {{ name }} in a string, and a company's own example subdomain")
            .edit(|f| add_js(f, "  var tip = '<b>{{ name }}</b>', help = 'https://acme-calendar.example.com/help';")),
    ]
}
