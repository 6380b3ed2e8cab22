//! l10n.*: a language file per language, complete and in its own language, translated, with
//! links to pages in that language; and the items a reviewer confirms.

use amo_preflight::rules::Status::*;

use super::{At, Case, add_js, file, line, remove_text, set_text};
use crate::common::Fixture;

/// The same text under `ui.product` in every language file.
fn product_everywhere(f: &Fixture, product: &str) {
    for lang in ["en", "es", "pt"] {
        set_text(f, lang, "ui.product", product);
    }
}

/// A price in the English description.
/// The widget's only language becomes Russian (its texts stay as they are).
fn russian_only(f: &Fixture) {
    let en = f.read("i18n/en.json");
    f.write("i18n/ru.json", en);
    for lang in ["en", "es", "pt"] {
        f.remove(&format!("i18n/{lang}.json"));
    }
    super::edit_manifest(f, |m| m["widget"]["locale"] = serde_json::json!(["ru"]));
}

fn priced(f: &Fixture) {
    set_text(f, "en", "widget.description", "<p>Plan meetings for 9 USD a month.</p>");
}

/// Declares one more language, with a copy of the English file as its language file.
fn add_language(f: &Fixture, code: &str) {
    super::edit_manifest(f, |v| v["widget"]["locale"].as_array_mut().expect("locale").push(code.into()));
    f.write(&format!("i18n/{code}.json"), f.read("i18n/en.json"));
}

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken("l10n.locale-files", Fail, line("manifest.json", "\"pt\""), "i18n/pt.json is missing").edit(|f| {
            f.remove("i18n/pt.json");
        }),
        Case::broken("l10n.locale-files", Fail, file("i18n/ru.json"), "i18n/ru.json is not declared").edit(|f| {
            f.write("i18n/ru.json", "{\"widget\": {\"name\": \"Календарь via Acme\"}}\n");
        }),
        Case::kept("l10n.locale-files", "one file for each declared language"),
        Case::broken("l10n.locale-files", Fail, line("manifest.json", "\"ru\""), "Russian, which Kommo does not offer")
            .kommo()
            .edit(|f| add_language(f, "ru")),
        Case::kept("l10n.locale-files", "Russian on amoCRM").edit(|f| add_language(f, "ru")),
        Case::broken("l10n.locale-files", Warn, file("i18n/de.json"), "German, which amoCRM does not list")
            .edit(|f| add_language(f, "de")),
        Case::kept("l10n.locale-files", "Turkish on Kommo").kommo().edit(|f| add_language(f, "tr")),
        Case::broken("l10n.keys-complete", Fail, file("i18n/es.json"), "es.json lacks errors.save_failed")
            .lang("es")
            .edit(|f| remove_text(f, "es", "errors.save_failed")),
        Case::kept("l10n.keys-complete", "every file has every key").lang("es"),
        Case::broken(
            "l10n.manifest-keys",
            Fail,
            line("manifest.json", "\"settings.calendar_name\""),
            "pt.json lacks a settings name the manifest names",
        )
        .lang("pt")
        .edit(|f| remove_text(f, "pt", "settings.calendar_name")),
        Case::kept("l10n.manifest-keys", "every text the manifest names is there").lang("pt"),
        Case::broken("l10n.text-language", Fail, line("i18n/en.json", "Добавить"), "Cyrillic in en.json")
            .lang("en")
            .edit(|f| set_text(f, "en", "ui.add_event", "Добавить событие")),
        Case::broken(
            "l10n.text-language",
            Warn,
            line("i18n/es.json", "Você ainda"),
            "a Portuguese sentence in es.json",
        )
        .lang("es")
        .edit(|f| {
            set_text(f, "es", "ui.no_events", "Você ainda não tem nenhum evento marcado para hoje na sua agenda")
        }),
        Case::kept("l10n.text-language", "the same sentence in Spanish").lang("es").edit(|f| {
            set_text(f, "es", "ui.no_events", "Todavía no tienes ningún evento marcado para hoy en tu agenda")
        }),
        Case::kept("l10n.text-language", "a Portuguese sentence with English loanwords")
            .lang("pt")
            .edit(|f| set_text(f, "pt", "ui.no_events", "Copie o link do webhook para o workflow do app")),
        Case::broken(
            "l10n.text-language",
            Warn,
            line("i18n/pt.json", "Paste the webhook"),
            "an English sentence with the same loanwords in pt.json",
        )
        .lang("pt")
        .edit(|f| {
            set_text(f, "pt", "ui.no_events", "Paste the webhook URL into your workflow and save the link settings")
        }),
        Case::kept("l10n.text-language", "a text too short to judge")
            .lang("pt")
            .edit(|f| set_text(f, "pt", "ui.add_event", "OK")),
        Case::broken(
            "l10n.hardcoded-text",
            Fail,
            line("script.js", "Сохранить событие"),
            "a Russian label put on the page with .text()",
        )
        .lang("en")
        .edit(|f| add_js(f, "    $('.acme-calendar__add').text('Сохранить событие');")),
        Case::broken(
            "l10n.hardcoded-text",
            Fail,
            line("templates/event.twig", "Событий пока нет"),
            "Russian text in a template",
        )
        .lang("es")
        .edit(|f| {
            f.replace("templates/event.twig", "{{ no_events }}", "Событий пока нет");
        }),
        Case::broken(
            "l10n.hardcoded-text",
            Fail,
            line("templates/event.twig", "Название события"),
            "a Russian placeholder in a template",
        )
        .lang("pt")
        .edit(|f| {
            f.replace("templates/event.twig", "aria-label=\"{{ add_event }}\"", "placeholder=\"Название события\"");
        }),
        Case::broken(
            "l10n.hardcoded-text",
            Fail,
            line("script.js", "Без названия"),
            "Russian in HTML built in a string",
        )
        .lang("en")
        .edit(|f| add_js(f, "    var emptyRow = '<li class=\"acme-calendar__item\">Без названия</li>';")),
        Case::broken("l10n.hardcoded-text", Fail, line("script.js", "Событие сохранено"), "a Russian notification")
            .lang("pt")
            .edit(|f| add_js(f, "    AMOCRM.notifications.show_message({header: 'Acme', text: 'Событие сохранено'});")),
        Case::broken(
            "l10n.hardcoded-text",
            Fail,
            line("script.js", "Не удалось"),
            "a Russian message in alert(), after an i18n text that may be missing",
        )
        .lang("en")
        .edit(|f| add_js(f, "    alert(self.i18n('errors').oops || 'Не удалось сохранить событие');")),
        Case::broken(
            "l10n.hardcoded-text",
            Fail,
            line("script.js", "'Отмена'"),
            "a Russian label passed to one of amoCRM's templates",
        )
        .lang("en")
        .edit(|f| {
            add_js(
                f,
                "    var cancel = twigjs({ ref: '/tmpl/controls/cancel_button.twig' }).render({ text: 'Отмена' });",
            )
        }),
        Case::broken(
            "l10n.hardcoded-text",
            Warn,
            line("script.js", "Календарь событий"),
            "a Russian title kept under a text key, which may be shown",
        )
        .lang("en")
        .edit(|f| add_js(f, "    var labels = { title: 'Календарь событий' };")),
        Case::broken(
            "l10n.hardcoded-text",
            Warn,
            line("script.js", "'Календарь'"),
            "Russian chosen by a test of the user's language",
        )
        .lang("en")
        .edit(|f| {
            add_js(f, "    $('.acme-calendar__title').text(AMOCRM.lang_id === 'ru' ? 'Календарь' : 'Calendar');")
        }),
        Case::broken(
            "l10n.hardcoded-text",
            Warn,
            line("script.js", "Save the event"),
            "English shown to the users of a Russian-only widget",
        )
        .lang("ru")
        .edit(|f| {
            russian_only(f);
            add_js(f, "    $('.acme-calendar__add').text('Save the event now');");
        }),
        Case::kept("l10n.hardcoded-text", "every text comes from the language files").lang("en"),
        Case::kept("l10n.hardcoded-text", "Russian text in a widget whose only language is Russian").lang("ru").edit(
            |f| {
                russian_only(f);
                add_js(f, "    $('.acme-calendar__add').text('Сохранить событие');");
            },
        ),
        Case::kept("l10n.hardcoded-text", "Russian in comments, console messages, URLs, form fields and class names")
            .lang("en")
            .edit(|f| {
                add_js(
                    f,
                    "    // Сохраняет событие\n    console.error('Ошибка загрузки событий');\n    \
                     $('.acme-calendar__list').addClass('acme-calendar__list--пусто');\n    \
                     var link = 'https://acme.com/ru/события';\n    \
                     new FormData().append('comment', 'Заявка с сайта');",
                )
            }),
        Case::kept("l10n.hardcoded-text", "a table of texts by language").lang("en").edit(|f| {
            add_js(f, "    var texts = { ru: { save: 'Сохранить' }, en: { save: 'Save' } };");
        }),
        Case::kept("l10n.hardcoded-text", "Russian in a Twig comment").lang("en").edit(|f| {
            f.replace("templates/event.twig", "<ul ", "{# Список событий #}\n    <ul ");
        }),
        Case::kept("l10n.hardcoded-text", "Russian in a template nothing loads").lang("en").edit(|f| {
            f.write("templates/old.twig", "<p>Старый шаблон</p>\n");
        }),
        Case::broken(
            "l10n.untranslated",
            Warn,
            line("i18n/pt.json", "No events planned yet"),
            "an English text copied into pt.json",
        )
        .lang("pt")
        .edit(|f| set_text(f, "pt", "ui.no_events", "No events planned yet. Add your first one below.")),
        Case::kept("l10n.untranslated", "the English original of a copied text")
            .lang("en")
            .edit(|f| set_text(f, "pt", "ui.no_events", "No events planned yet. Add your first one below.")),
        Case::kept("l10n.untranslated", "a short phrase Spanish and Portuguese write alike").lang("es").edit(|f| {
            set_text(f, "es", "settings.calendar_name", "Tipo de objeto");
            set_text(f, "pt", "settings.calendar_name", "Tipo de objeto");
        }),
        Case::broken(
            "l10n.untranslated",
            Warn,
            line("i18n/pt.json", "Agregue su primer evento"),
            "a Spanish sentence copied into pt.json",
        )
        .lang("pt")
        .edit(|f| {
            let sentence = "Todavía no hay eventos. Agregue su primer evento abajo.";
            set_text(f, "es", "ui.no_events", sentence);
            set_text(f, "pt", "ui.no_events", sentence);
        }),
        Case::kept("l10n.untranslated", "a short product name, the same in every language")
            .lang("es")
            .edit(|f| product_everywhere(f, "Acme Sync")),
        Case::kept("l10n.untranslated", "a product name of two words, the same in every language")
            .lang("es")
            .edit(|f| product_everywhere(f, "Google Calendar")),
        Case::broken(
            "l10n.untranslated",
            Warn,
            line("i18n/es.json", "Calendar settings"),
            "an English label, the same in every language, is no product name",
        )
        .lang("es")
        .edit(|f| product_everywhere(f, "Calendar settings")),
        Case::broken("l10n.privacy-policy", Manual, At::Nowhere, "no privacy policy link: it may be in the form")
            .lang("pt"),
        Case::kept("l10n.privacy-policy", "a privacy policy link in pt.json").lang("pt").edit(|f| {
            set_text(f, "pt", "ui.panel_title", "Política de privacidade: https://acme.example.com/pt/privacidade")
        }),
        Case::broken("l10n.link-domains", Fail, line("i18n/en.json", "acme.ru"), "a .ru link in en.json")
            .lang("en")
            .edit(|f| set_text(f, "en", "ui.panel_title", "Help: https://acme.ru/help")),
        Case::kept("l10n.link-domains", "the same page on an international domain")
            .lang("en")
            .edit(|f| set_text(f, "en", "ui.panel_title", "Help: https://acme.example.com/help")),
        Case::kept("l10n.link-domains", "a Mexican domain in es.json: a regional domain of the file's language")
            .lang("es")
            .edit(|f| set_text(f, "es", "ui.panel_title", "Ayuda: https://acme.com.mx/ayuda")),
        Case::broken("l10n.link-language", Fail, line("i18n/es.json", "/en/help"), "es.json links an English page")
            .lang("es")
            .links(|f, base| set_text(f, "es", "ui.panel_title", &format!("Ayuda: {base}/en/help"))),
        Case::broken(
            "l10n.link-language",
            Manual,
            line("i18n/es.json", "/es/ayuda"),
            "offline: a person opens the link",
        )
        .lang("es")
        .edit(|f| set_text(f, "es", "ui.panel_title", "Ayuda: https://acme.example.com/es/ayuda")),
        Case::kept("l10n.link-language", "es.json links a Spanish page")
            .lang("es")
            .links(|f, base| set_text(f, "es", "ui.panel_title", &format!("Ayuda: {base}/es/ayuda"))),
        Case::broken("l10n.links-reachable", Fail, line("i18n/en.json", "/gone"), "a link answers 404")
            .links(|f, base| set_text(f, "en", "ui.panel_title", &format!("Help: {base}/gone"))),
        Case::kept("l10n.links-reachable", "every link opens")
            .links(|f, base| set_text(f, "en", "ui.panel_title", &format!("Help: {base}/en/help"))),
        Case::broken(
            "l10n.human-support",
            Manual,
            line("manifest.json", "\"email\""),
            "a person checks support answers in Spanish",
        )
        .lang("es"),
        Case::na("l10n.human-support", "the l10n rules stopped on an internal error")
            .lang("es")
            .panic_in("l10n")
            .no_pass(
                "only a person can confirm who answers support, in each language; the \
                one na is when the l10n rules could not run",
            ),
        Case::broken("l10n.local-formatting", Warn, line("script.js", "DD.MM.YYYY"), "a date format fixed in the code")
            .lang("en")
            .edit(|f| add_js(f, "  var day = function (d) { return moment(d).format('DD.MM.YYYY'); };")),
        Case::broken(
            "l10n.local-formatting",
            Manual,
            At::Nowhere,
            "the locale's date format: a person checks the rest",
        )
        .lang("en")
        .edit(|f| add_js(f, "  var day = function (d) { return moment(d).format('L'); };")),
        Case::na("l10n.local-formatting", "the l10n rules stopped on an internal error")
            .lang("en")
            .panic_in("l10n")
            .no_pass(
                "without a fixed format in the code, local formats are still for a \
                person to confirm (manual); the one na is when the l10n rules could \
                not run",
            ),
        Case::broken(
            "l10n.payments",
            Manual,
            line("i18n/en.json", "9 USD"),
            "a person checks the payment methods, shown the prices",
        )
        .edit(priced),
        Case::na("l10n.payments", "the l10n rules stopped on an internal error").panic_in("l10n").no_pass(
            "only the maker knows the payment methods, on every widget; the one na \
            is when the l10n rules could not run",
        ),
        Case::broken(
            "l10n.currency",
            Manual,
            line("i18n/en.json", "9 USD"),
            "a person checks the currencies, shown the prices",
        )
        .edit(priced),
        Case::na("l10n.currency", "the l10n rules stopped on an internal error").panic_in("l10n").no_pass(
            "only the maker knows the currencies, on every widget; the one na is \
            when the l10n rules could not run",
        ),
    ]
}
