//! general.*: the data the settings collect, ease of use, the support contact, partner upsell and
//! installing by code.

use amo_preflight::rules::Status::*;
use serde_json::json;

use super::{Case, add_js, edit_manifest, invalid_manifest, line, set_text};
use crate::common::Fixture;

/// Replaces the widget's support e-mail.
fn support_email(f: &Fixture, email: &str) {
    edit_manifest(f, |v| v["widget"]["support"]["email"] = json!(email));
}

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken(
            "general.data-minimal",
            Manual,
            line("manifest.json", "\"agent_phone\""),
            "the settings ask for the manager's phone",
        )
        .edit(|f| {
            edit_manifest(f, |v| {
                v["settings"]["agent_phone"] = json!({"name": "settings.reminder_minutes", "type": "text"})
            })
        }),
        Case::na("general.data-minimal", "manifest.json is not valid JSON").edit(invalid_manifest).no_pass(
            "which data a widget needs is for a person to judge, so the rule always \
            asks one; it has nothing to list, and gives na, only when \
            manifest.json cannot be read",
        ),
        Case::broken(
            "general.data-consent",
            Manual,
            line("manifest.json", "\"api_key\""),
            "the settings ask for an API key, which goes to the maker's server",
        )
        .edit(|f| {
            edit_manifest(f, |v| v["settings"]["api_key"] = json!({"name": "settings.calendar_name", "type": "pass"}))
        }),
        Case::broken(
            "general.data-consent",
            Manual,
            line("manifest.json", "\"manager_email\""),
            "the settings ask for an e-mail address, on Kommo",
        )
        .kommo()
        .edit(|f| {
            edit_manifest(f, |v| {
                v["settings"]["manager_email"] = json!({"name": "settings.calendar_name", "type": "text"})
            })
        }),
        Case::na("general.data-consent", "the settings ask only which calendar to show and when to remind").no_pass(
            "whether users are told and agree is seen only in the running widget, so \
            the rule asks a person whenever the settings collect credentials or \
            personal data, and does not apply when they collect none",
        ),
        Case::broken(
            "general.ease-of-use",
            Manual,
            line("manifest.json", "acme-calendar.example.com/support"),
            "every widget: a person tries it, with the support contact shown",
        ),
        Case::na("general.ease-of-use", "the general rules stopped on an internal error").panic_in("general").no_pass(
            "only a person can judge ease of use, on every widget; the one na is \
            when the general rules could not run",
        ),
        Case::broken(
            "general.support-contact",
            Fail,
            line("manifest.json", "support-at-acme-calendar"),
            "the support e-mail is not an address",
        )
        .edit(|f| support_email(f, "support-at-acme-calendar.example.com")),
        Case::kept("general.support-contact", "the maker's own support page and e-mail"),
        Case::kept("general.support-contact", "an e-mail given as a mailto: link")
            .edit(|f| support_email(f, "mailto:support@acme-calendar.example.com")),
        Case::broken(
            "general.support-contact",
            Fail,
            line("manifest.json", "www.amocrm.com/support"),
            "amoCRM's support page and a placeholder e-mail",
        )
        .edit(|f| {
            edit_manifest(f, |v| {
                v["widget"]["support"] = json!({"link": "https://www.amocrm.com/support", "email": "test@example.com"})
            })
        }),
        Case::broken(
            "general.support-contact",
            Fail,
            line("manifest.json", "support@kommo.com"),
            "Kommo's own support e-mail",
        )
        .kommo()
        .edit(|f| edit_manifest(f, |v| v["widget"]["support"] = json!({"email": "support@kommo.com"}))),
        Case::kept("general.support-contact", "the maker's own amoCRM account's form page").edit(|f| {
            edit_manifest(f, |v| v["widget"]["support"]["link"] = json!("https://acme.amocrm.ru/forms/support"))
        }),
        Case::broken(
            "general.support-contact",
            Fail,
            line("manifest.json", "\"support\""),
            "a support link without an e-mail on amoCRM, which asks for both",
        )
        .edit(|f| {
            edit_manifest(f, |v| {
                v["widget"]["support"].as_object_mut().expect("support").remove("email");
            })
        }),
        Case::kept("general.support-contact", "a support link without an e-mail on Kommo").kommo().edit(|f| {
            edit_manifest(f, |v| {
                v["widget"]["support"].as_object_mut().expect("support").remove("email");
            })
        }),
        Case::broken(
            "general.no-partner-upsell",
            Warn,
            line("i18n/es.json", "Compra tu suscripción"),
            "a text invites buying the subscription from a partner",
        )
        .lang("es")
        .edit(|f| set_text(f, "es", "ui.panel_title", "Compra tu suscripción con nuestro socio")),
        Case::kept("general.no-partner-upsell", "a text about the subscription, without a partner")
            .lang("es")
            .edit(|f| set_text(f, "es", "ui.panel_title", "Compra tu suscripción en la tienda")),
        Case::broken(
            "general.official-claim",
            Manual,
            line("i18n/es.json", "Integración oficial"),
            "a Spanish text calls the integration official",
        )
        .lang("es")
        .edit(|f| set_text(f, "es", "ui.panel_title", "Integración oficial de Google Calendar")),
        Case::broken(
            "general.official-claim",
            Manual,
            line("i18n/pt.json", "Официальная"),
            "a Russian \"official\" left in the Portuguese file, on Kommo",
        )
        .lang("pt")
        .kommo()
        .edit(|f| set_text(f, "pt", "ui.panel_title", "Официальная интеграция")),
        Case::kept("general.official-claim", "no text says official").lang("es"),
        Case::kept("general.official-claim", "a word that only starts like official")
            .lang("en")
            .edit(|f| set_text(f, "en", "ui.panel_title", "Officials' meetings at a glance")),
        Case::broken(
            "general.no-auto-install",
            Fail,
            line("script.js", "$('.js-widget-install').trigger('click')"),
            "the code clicks Install",
        )
        .edit(|f| add_js(f, "  $('.js-widget-install').trigger('click');")),
        Case::kept("general.no-auto-install", "the code listens to clicks on Install, without clicking it")
            .edit(|f| add_js(f, "  $('.js-widget-install').on('click', function () {});")),
    ]
}
