//! content.*: the name, teaser and description of each language, and the texts a person reads.

use amo_preflight::rules::Status::*;

use super::{Case, line, remove_text, set_text};
use crate::common::Fixture;

/// Sets a listing text (`name`, `short_description`, `description`) of a language.
fn set(f: &Fixture, lang: &str, key: &str, value: &str) {
    set_text(f, lang, &format!("widget.{key}"), value);
}

/// Leaves a language without a description.
fn no_description(f: &Fixture, lang: &str) {
    set(f, lang, "description", "<p></p>");
}

/// 57 characters: over Kommo's teaser limit (50), within amoCRM's (60).
const TEASER_57: &str = "Plan every meeting with clients from the lead card itself";

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken(
            "content.name-length",
            Fail,
            line("i18n/es.json", "Calendário de eventos"),
            "a name of 31 characters",
        )
        .lang("es")
        .edit(|f| set(f, "es", "name", "Calendário de eventos vía Acme!")),
        Case::kept("content.name-length", "a name of 30 characters (32 bytes: characters count, not bytes)")
            .lang("es")
            .edit(|f| set(f, "es", "name", "Calendário de eventos vía Acme")),
        Case::broken("content.name-via", Fail, line("i18n/en.json", "\"Acme Calendar\""), "no maker after via")
            .lang("en")
            .edit(|f| set(f, "en", "name", "Acme Calendar")),
        Case::broken("content.name-via", Fail, line("i18n/en.json", "\"Calendar by Acme\""), "\"by\" on amoCRM")
            .lang("en")
            .edit(|f| set(f, "en", "name", "Calendar by Acme")),
        Case::kept("content.name-via", "\"by\" on Kommo")
            .lang("en")
            .kommo()
            .edit(|f| set(f, "en", "name", "Calendar by Acme")),
        Case::kept("content.name-via", "\"X via Maker\"").lang("en"),
        Case::broken(
            "content.name-word-length",
            Fail,
            line("i18n/pt.json", "Superintegraçãototal"),
            "a word of 20 characters",
        )
        .lang("pt")
        .kommo()
        .edit(|f| set(f, "pt", "name", "Superintegraçãototal via Acme")),
        Case::broken(
            "content.name-word-length",
            Fail,
            line("i18n/pt.json", "WhatsApp-Telegram-Bot"),
            "words joined by hyphens count as one word",
        )
        .lang("pt")
        .kommo()
        .edit(|f| set(f, "pt", "name", "WhatsApp-Telegram-Bot via Acme")),
        Case::kept("content.name-word-length", "a word of 19 characters")
            .lang("pt")
            .kommo()
            .edit(|f| set(f, "pt", "name", "Superintegraçãotota via Acme")),
        Case::na("content.name-word-length", "the same long word on amoCRM, whose checklist has no word limit")
            .lang("pt")
            .edit(|f| set(f, "pt", "name", "Superintegraçãototal via Acme")),
        Case::broken("content.name-brand", Fail, line("i18n/en.json", "Kommo Calendar"), "the name has \"Kommo\"")
            .lang("en")
            .kommo()
            .edit(|f| set(f, "en", "name", "Kommo Calendar via Acme")),
        Case::kept("content.name-brand", "the name without \"Kommo\"").lang("en").kommo(),
        Case::na("content.name-brand", "\"Kommo\" in the name on amoCRM")
            .lang("en")
            .edit(|f| set(f, "en", "name", "Kommo Calendar via Acme")),
        Case::broken(
            "content.teaser-length",
            Fail,
            line("i18n/en.json", TEASER_57),
            "57 characters on Kommo (limit 50)",
        )
        .lang("en")
        .kommo()
        .edit(|f| set(f, "en", "short_description", TEASER_57)),
        Case::kept("content.teaser-length", "57 characters on amoCRM (limit 60)")
            .lang("en")
            .edit(|f| set(f, "en", "short_description", TEASER_57)),
        Case::kept("content.teaser-length", "the clean teaser on Kommo").lang("en").kommo(),
        Case::broken(
            "content.description-length",
            Fail,
            line("i18n/en.json", "Plan meetings. Plan meetings."),
            "404 characters of text",
        )
        .lang("en")
        .edit(|f| set(f, "en", "description", &format!("<p>{}</p>", "Plan meetings. ".repeat(27).trim_end()))),
        Case::kept("content.description-length", "390 characters of text inside tags, which do not count")
            .lang("en")
            .edit(|f| {
                set(f, "en", "description", &format!("<p><b>{}</b></p>", "Plan meetings. ".repeat(26).trim_end()))
            }),
        Case::broken("content.description-paragraphs", Warn, line("i18n/es.json", "<p>Uno.</p>"), "three paragraphs")
            .lang("es")
            .edit(|f| set(f, "es", "description", "<p>Uno.</p><p>Dos.</p><p>Tres.</p>")),
        Case::kept("content.description-paragraphs", "two paragraphs")
            .lang("es")
            .edit(|f| set(f, "es", "description", "<p>Uno.</p><p>Dos.</p>")),
        Case::broken("content.description-friendly", Warn, line("i18n/en.json", "through our API"), "technical words")
            .lang("en")
            .edit(|f| set(f, "en", "description", "Sync your leads through our API and webhook.")),
        Case::broken(
            "content.description-friendly",
            Manual,
            line("i18n/en.json", "through our app"),
            "no technical words: a person judges the tone",
        )
        .lang("en")
        .edit(|f| set(f, "en", "description", "Sync your leads through our app and calendar.")),
        Case::na("content.description-friendly", "no description")
            .lang("en")
            .edit(|f| no_description(f, "en"))
            .no_pass(
                "without technical words the tone is for a person to judge (manual); na \
                only without a description",
            ),
        Case::broken(
            "content.description-plan",
            Manual,
            line("i18n/es.json", "\"description\""),
            "a person checks the description names the plan",
        )
        .lang("es"),
        Case::na("content.description-plan", "no description").lang("es").edit(|f| no_description(f, "es")).no_pass(
            "whether a widget needs a plan is known only to its maker: always \
            manual, na without a description",
        ),
        Case::broken(
            "content.description-pricing",
            Manual,
            line("i18n/es.json", "\"description\""),
            "a person checks the description states the prices",
        )
        .lang("es"),
        Case::na("content.description-pricing", "no description").lang("es").edit(|f| no_description(f, "es")).no_pass(
            "whether a widget is paid is known only to its maker: always manual, na \
            without a description",
        ),
        Case::broken(
            "content.ui-copy",
            Manual,
            line("i18n/pt.json", "Eventos agendados"),
            "a person reads the widget's texts",
        )
        .lang("pt"),
        Case::na("content.ui-copy", "the language file has only the listing texts")
            .lang("pt")
            .edit(|f| {
                for key in ["widget.tour_description", "settings", "errors", "ui"] {
                    remove_text(f, "pt", key);
                }
            })
            .no_pass(
                "only a person can judge whether texts are clear: always manual, na \
                when there are none",
            ),
        Case::broken(
            "content.error-messages",
            Manual,
            line("i18n/en.json", "Your calendar could not be opened"),
            "a person checks the error messages",
        )
        .lang("en"),
        Case::na("content.error-messages", "the content rules stopped on an internal error")
            .lang("en")
            .panic_in("content")
            .no_pass(
                "whether every error has a message is for a person to judge, on every \
                widget; the one na is when the content rules could not run",
            ),
    ]
}
