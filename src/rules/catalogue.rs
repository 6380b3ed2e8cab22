//! Every rule the tool knows, as data: stable id, checklist section, title, whether it gives one
//! result per language, and plain-language help (what is wrong, what to do next).
//! Ids never change once released: reports, SARIF, the GUI and other tools use them.

use serde::Serialize;

use super::profile::Marketplace;

/// The sections of the marketplace checklist, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    General,
    Content,
    Localization,
    Development,
}

impl Section {
    pub const ALL: [Section; 4] = [Section::General, Section::Content, Section::Localization, Section::Development];

    /// The heading the checklist uses.
    pub fn title(self) -> &'static str {
        match self {
            Section::General => "General",
            Section::Content => "Content and appearance",
            Section::Localization => "Support & localization",
            Section::Development => "Development",
        }
    }

    /// The id used in reports.
    pub fn id(self) -> &'static str {
        match self {
            Section::General => "general",
            Section::Content => "content",
            Section::Localization => "localization",
            Section::Development => "development",
        }
    }
}

/// One rule of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub section: Section,
    /// The checklist item, in short.
    pub title: &'static str,
    /// One result per language of the widget, rather than one for the whole widget.
    pub per_language: bool,
    /// What is wrong when the rule is broken, and what to do next.
    pub help: &'static str,
    /// Checked by this build. Rules that are not never appear in a check report.
    pub implemented: bool,
    /// The rule belongs to one marketplace's checklist only; on the other it gives `na`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only: Option<Marketplace>,
}

/// Looks a rule up by id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The rules this build checks, in catalogue order.
pub fn implemented() -> impl Iterator<Item = &'static Rule> {
    RULES.iter().filter(|r| r.implemented)
}

const fn r(
    id: &'static str,
    section: Section,
    per_language: bool,
    implemented: bool,
    title: &'static str,
    help: &'static str,
) -> Rule {
    Rule { id, section, title, per_language, help, implemented, only: None }
}

const fn kommo(rule: Rule) -> Rule {
    Rule { only: Some(Marketplace::Kommo), ..rule }
}

use Section::{Content as C, Development as D, General as G, Localization as L};

/// The catalogue, in checklist order.
pub static RULES: &[Rule] = &[
    // General
    r(
        "internal.error",
        G,
        false,
        true,
        "The check ran to the end",
        "Part of the check stopped on an internal error, so its rules were not checked. This is a bug in amo-preflight, not in your widget: please report it with the message (and the widget, if you can share it).",
    ),
    r(
        "general.data-minimal",
        G,
        false,
        true,
        "Collects only the data it needs",
        "Settings fields that ask for personal data or credentials are listed. Remove any the widget does not need to work, then mark this item.",
    ),
    r(
        "general.ease-of-use",
        G,
        false,
        true,
        "Easy to enable, set up, use and get support for",
        "Install the widget as a new user would: enable and disable it, set it up, use it and find support without help. Mark this item when all four are easy.",
    ),
    r(
        "general.support-contact",
        G,
        false,
        true,
        "Users can get support",
        "Add a working support page as widget.support.link (https://…) and/or a support address as widget.support.email in manifest.json.",
    ),
    r(
        "general.no-partner-upsell",
        G,
        true,
        true,
        "Does not promote buying subscriptions via partners",
        "Remove texts that encourage buying amoCRM/Kommo subscriptions through partners.",
    ),
    r(
        "general.no-auto-install",
        G,
        false,
        true,
        "Installed only by the Install click",
        "Remove code that clicks or triggers the install/uninstall controls itself; the widget may only be installed when the user clicks Install.",
    ),
    // Content and appearance
    r(
        "content.name-length",
        C,
        true,
        true,
        "Name is short enough",
        "Shorten the widget name (widget.name in each i18n file) to the character limit.",
    ),
    r(
        "content.name-via",
        C,
        true,
        true,
        "Name says who made it: \"X via Maker\"",
        "End the name with the maker, joined by \"via\" (Kommo also accepts \"by\"): for example \"WhatsApp via Zenvia\".",
    ),
    kommo(r(
        "content.name-word-length",
        C,
        true,
        true,
        "No word in the name is too long",
        "Split long words of the name: Kommo allows at most 19 characters per word (characters joined by symbols count as one word).",
    )),
    kommo(r(
        "content.name-brand",
        C,
        true,
        true,
        "The name does not contain \"Kommo\"",
        "Remove \"Kommo\" from the name: integrations must not look as if Kommo made them.",
    )),
    r(
        "content.teaser-length",
        C,
        true,
        true,
        "Teaser present and short enough",
        "Write a short teaser (widget.short_description) that says why a client should choose the widget, within the character limit.",
    ),
    r(
        "content.description-length",
        C,
        true,
        true,
        "Description present and short enough",
        "Write a description (widget.description) within the character limit; HTML tags do not count, their text does.",
    ),
    r(
        "content.description-paragraphs",
        C,
        true,
        true,
        "Description has 1–2 paragraphs",
        "Keep the description to one or two paragraphs: the benefits and what the widget does.",
    ),
    r(
        "content.description-friendly",
        C,
        true,
        true,
        "Description is friendly, not technical",
        "Replace technical words (API, webhook, JSON, token…) with what the user gets, in everyday words.",
    ),
    r(
        "content.description-plan",
        C,
        true,
        true,
        "Description names the required plan",
        "If the widget does not work on every plan, say in the description which plan it needs.",
    ),
    r(
        "content.description-pricing",
        C,
        true,
        true,
        "Description states prices and currencies",
        "If the widget is paid, state its prices and the currencies you accept in the description.",
    ),
    r(
        "content.ui-copy",
        C,
        true,
        true,
        "Widget texts are user-friendly",
        "Read every text of the widget as a user would; rewrite anything unclear or technical.",
    ),
    r(
        "content.error-messages",
        C,
        true,
        true,
        "Every error has a message that says what to do",
        "Give every error a message that explains the problem and what the user should do next.",
    ),
    r(
        "images.branding-files",
        C,
        false,
        true,
        "The five branding images exist",
        "Add logo_main.png (400×272), logo_medium.png (240×84), logo.png (130×100), logo_small.png (108×108) and logo_min.png (84×84) to the images/ folder.",
    ),
    r(
        "images.branding-format",
        C,
        false,
        true,
        "Branding images are PNG",
        "Save the branding images as PNG; renaming a JPEG to .png is not enough, export it as PNG.",
    ),
    r(
        "images.branding-size",
        C,
        false,
        true,
        "Branding images have the exact sizes",
        "Export the image at exactly the size given; do not rely on the marketplace to scale it.",
    ),
    kommo(r(
        "images.branding-weight",
        C,
        false,
        true,
        "Branding images are at most 300 KB",
        "Make the image smaller than 300 KB: export it with fewer colours or compress it (for example with an optimiser such as oxipng).",
    )),
    r(
        "images.dp-logo",
        C,
        false,
        true,
        "Digital pipeline logo 174×109",
        "Widgets in the digital pipeline need images/logo_dp.png, a PNG of exactly 174×109 pixels.",
    ),
    r(
        "images.partner-logos",
        C,
        false,
        true,
        "Both logos when another app is featured",
        "If the widget features another app (e.g. Telegram), the 400×272 and 240×84 images must show both your logo and the app's logo. Look at them and mark this item.",
    ),
    r(
        "images.slideshow-count",
        C,
        true,
        true,
        "1–5 slideshow images",
        "List one to five slideshow images for each language in manifest.json under tour.tour_images.<language>.",
    ),
    r(
        "images.slideshow-size",
        C,
        true,
        true,
        "Slideshow images are 1188×616",
        "Export every slideshow image at exactly 1188×616 pixels.",
    ),
    r(
        "images.slideshow-format",
        C,
        true,
        true,
        "Slideshow images are PNG",
        "Save every slideshow image as PNG (a real PNG file, not a renamed JPEG).",
    ),
    r(
        "images.slideshow-files",
        C,
        true,
        true,
        "Listed slideshow images exist",
        "Add the missing image files, or correct their paths in tour.tour_images (paths start with / at the widget root).",
    ),
    r(
        "images.slideshow-quality",
        C,
        true,
        true,
        "Slideshow shows the integration clearly",
        "Look at the slideshow: it should show the widget working inside amoCRM/Kommo and its value, sharp and easy to read. Mark this item.",
    ),
    r(
        "images.no-foreign-words",
        C,
        true,
        true,
        "Images carry no words in other languages",
        "Look at this language's images: every word on them must be in this language. Mark this item.",
    ),
    // Support & localization
    r(
        "l10n.locale-files",
        L,
        false,
        true,
        "A language file per declared language, no extras",
        "Add an i18n/<language>.json for every language in widget.locale, and remove language files that are not declared.",
    ),
    r(
        "l10n.keys-complete",
        L,
        true,
        true,
        "Fully translated",
        "Add the missing keys so every language file has the same keys.",
    ),
    r(
        "l10n.manifest-keys",
        L,
        true,
        true,
        "Manifest texts exist in every language",
        "Every text the manifest names (widget.name, settings names, …) must exist and not be empty in each language file.",
    ),
    r(
        "l10n.text-language",
        L,
        true,
        true,
        "Texts are in the file's language",
        "Translate the texts that are in another language; en.json must not contain Russian.",
    ),
    r(
        "l10n.untranslated",
        L,
        true,
        true,
        "Texts are translated, not copied",
        "Translate texts that are identical to another language's.",
    ),
    r(
        "l10n.privacy-policy",
        L,
        true,
        true,
        "Privacy policy link in this language",
        "Link a privacy policy in this language (or give it in the integration form), naming your legal entity.",
    ),
    r(
        "l10n.link-domains",
        L,
        true,
        true,
        "Links lead to sites in this language",
        "Replace links to other-language sites (e.g. .ru domains in en/es/pt files) with pages in this language.",
    ),
    r("l10n.link-language", L, true, true, "Linked pages are in this language", "Link pages written in this language."),
    r("l10n.links-reachable", L, false, true, "Every link works", "Fix or remove links that do not open."),
    r(
        "l10n.human-support",
        L,
        true,
        true,
        "Human support in this language",
        "Make sure people answer mail and phone support in this language. Mark this item.",
    ),
    r(
        "l10n.local-formatting",
        L,
        true,
        true,
        "Local formats for dates, numbers, phones",
        "Format dates, times, numbers, phone numbers and prices for the user's locale instead of hard-coding one format.",
    ),
    r(
        "l10n.payments",
        L,
        false,
        true,
        "Payment methods for the Americas and Europe",
        "If the widget is paid, offer payment methods that work in North and South America and Europe. Mark this item.",
    ),
    r(
        "l10n.currency",
        L,
        false,
        true,
        "Prices in USD or EUR",
        "If the widget is paid, support at least USD or EUR. Mark this item.",
    ),
    // Development
    r(
        "dev.oauth2",
        D,
        false,
        true,
        "Uses OAuth 2.0",
        "Connect to amoCRM/Kommo with OAuth 2.0 (the integration's keys and scopes) instead of asking users for API keys, logins or passwords.",
    ),
    r(
        "files.readable",
        D,
        false,
        true,
        "Every file can be read safely",
        "Rebuild the archive from the widget folder: remove links, paths with .. and oversized or damaged files.",
    ),
    r(
        "files.zip-root",
        D,
        false,
        true,
        "manifest.json at the root of the zip",
        "Zip the contents of the widget folder, not the folder itself: manifest.json must be at the top of widget.zip.",
    ),
    r(
        "files.unused",
        D,
        false,
        true,
        "No unused files",
        "Delete files that nothing refers to (manifest, scripts, styles, templates).",
    ),
    r(
        "files.dev-junk",
        D,
        false,
        true,
        "No test data or development traces",
        "Delete these development files from the widget before zipping it.",
    ),
    r(
        "files.utf8",
        D,
        false,
        true,
        "Text files are UTF-8",
        "Save these files as UTF-8 (in most editors: Save with encoding → UTF-8).",
    ),
    r("files.no-bom", D, false, true, "Text files have no byte order mark", "Save these files as UTF-8 without BOM."),
    r(
        "files.lf-endings",
        D,
        false,
        true,
        "Text files use Unix line endings",
        "Convert line endings to LF (Unix) in these files; most editors have a line-ending switch in the status bar.",
    ),
    r(
        "files.references",
        D,
        false,
        true,
        "Referenced files exist",
        "Add the missing files or correct the paths that point to them.",
    ),
    r(
        "manifest.json-valid",
        D,
        false,
        true,
        "manifest.json is valid JSON",
        "Fix the syntax error at the position shown (a missing comma, quote or bracket is the usual cause).",
    ),
    r(
        "manifest.required-keys",
        D,
        false,
        true,
        "manifest.json has the required keys",
        "Add the missing keys to manifest.json: widget (name, description, short_description, locale, installation), locations and settings.",
    ),
    r(
        "manifest.locations",
        D,
        false,
        true,
        "Only valid locations",
        "Use only documented locations; only card and list areas take -0 or -1, and never both for one area.",
    ),
    r(
        "manifest.location-blocks",
        D,
        false,
        true,
        "Locations have their companion blocks",
        "Add the block each location needs: digital_pipeline → dp, advanced_settings → advanced.title, sms → sms.endpoint, mobile_card → mobile, widget_page → left_menu, salesbot_designer → salesbot_designer.",
    ),
    r(
        "manifest.settings-types",
        D,
        false,
        true,
        "Settings fields have valid types",
        "Give every settings field one of the types text, pass, users, users_lp or custom.",
    ),
    r(
        "manifest.version",
        D,
        false,
        true,
        "Version is x.y.z",
        "Set widget.version to a three-part version such as 1.0.0, and raise it on every upload.",
    ),
    r(
        "manifest.secret-key",
        D,
        false,
        true,
        "No secret key in the archive",
        "Remove widget.secret_key from manifest.json: the archive is public, and a shipped key is no longer secret. Keys belong in the integration's settings.",
    ),
    r(
        "ui.interfaces",
        D,
        false,
        true,
        "Changes only the allowed interfaces",
        "Check that the widget only changes the areas it declares in locations. Mark this item.",
    ),
    r(
        "ui.no-overlap",
        D,
        false,
        true,
        "Does not cover amoCRM controls",
        "Use the widget in each of its areas and check it never covers amoCRM controls or blocks the user. Mark this item.",
    ),
    r(
        "ui.settings-page",
        D,
        false,
        true,
        "Settings page: unique name, after amoCRM's pages",
        "The widget adds a page to Settings: give it a unique, honest name and check it comes after amoCRM's own pages. Mark this item.",
    ),
    r(
        "ui.left-menu",
        D,
        false,
        true,
        "Left menu untouched",
        "Do not change the left menu; to add a page there, use the widget_page location with a left_menu block.",
    ),
    r(
        "ui.bottom-position",
        D,
        false,
        true,
        "Not fixed to the bottom of the screen",
        "Do not fix the widget to the bottom of the screen.",
    ),
    r(
        "ui.drag-drop",
        D,
        false,
        true,
        "Drop areas not in the left menu or top-right corner",
        "Place drop areas away from the left menu and the top-right system controls. Mark this item.",
    ),
    r(
        "css.global-selectors",
        D,
        false,
        true,
        "No global CSS selectors",
        "Scope every CSS rule under the widget's own root class or id, e.g. .my-widget input { … }.",
    ),
    r(
        "css.system-classes",
        D,
        false,
        true,
        "No styling of amoCRM classes",
        "Do not style amoCRM's own classes unless the selector starts with your widget's root.",
    ),
    r(
        "css.root-scoped",
        D,
        false,
        true,
        "All styles relative to the widget root",
        "Start every selector with the widget's root selector.",
    ),
    r(
        "css.switcher-styles",
        D,
        false,
        true,
        "No switcher styles",
        "Remove the switcher__on / switcher__off styles; do not restyle amoCRM's switchers.",
    ),
    r(
        "code.commented-out",
        D,
        false,
        true,
        "No commented-out code",
        "Delete commented-out code; keep only comments that explain.",
    ),
    r("js.syntax", D, false, true, "JavaScript syntax is correct", "Fix the syntax error at the position shown."),
    r(
        "js.undeclared",
        D,
        false,
        true,
        "Variables are declared before use",
        "Declare the variable with var, let or const, or use a global the widget is allowed to read.",
    ),
    r(
        "js.debug-traces",
        D,
        false,
        true,
        "No alerts, confirms or debug output",
        "Remove alert, confirm, debugger and console.log/info/warn calls.",
    ),
    r(
        "js.console-debug",
        D,
        false,
        true,
        "console.debug only for important information",
        "Keep console.debug only where it logs information needed to run the widget. Mark this item.",
    ),
    r(
        "js.console-trace",
        D,
        false,
        true,
        "console.trace only in catch or onRejected",
        "Move console.trace into a catch block or a promise's onRejected handler, or remove it.",
    ),
    r(
        "js.amocrm-global",
        D,
        false,
        true,
        "Does not change the AMOCRM global",
        "Do not assign to, delete from or mutate AMOCRM/APP; read from it only.",
    ),
    r(
        "js.sync-requests",
        D,
        false,
        true,
        "No synchronous requests",
        "Make the request asynchronous (remove async: false; pass true to xhr.open).",
    ),
    r(
        "js.script-injection",
        D,
        false,
        true,
        "No script elements injected",
        "Load dependencies through define([...]) instead of creating script elements.",
    ),
    r(
        "js.requirejs-deps",
        D,
        false,
        true,
        "External dependencies through define",
        "List external dependencies in the define([...]) block instead of loading them another way.",
    ),
    r(
        "js.external-sources",
        D,
        false,
        true,
        "Only public libraries from trusted CDNs",
        "Load libraries only from the trusted CDNs (jQuery CDN, Google, Microsoft, Yandex); bundle your own code in the widget.",
    ),
    r(
        "js.external-styles",
        D,
        false,
        true,
        "No CDN styles with global selectors",
        "Do not load CDN stylesheets that contain global selectors; copy the styles you need, scoped under the widget root.",
    ),
    r(
        "js.eval",
        D,
        false,
        true,
        "No code executed from strings or iframes",
        "Do not run code from strings (eval, new Function, string timers), least of all data from an iframe.",
    ),
    r(
        "js.callbacks",
        D,
        false,
        true,
        "render, init and bind_actions exist",
        "Add the callbacks render, init and bind_actions (each returning true) to this.callbacks.",
    ),
    r(
        "js.minified",
        D,
        false,
        true,
        "Code is readable",
        "Submit readable source code, not minified or obfuscated code (libraries excepted).",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.id), "duplicate id {}", rule.id);
            let (family, name) = rule.id.split_once('.').expect("family.name");
            assert!(!family.is_empty() && !name.is_empty());
            assert!(rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '-' || c.is_ascii_digit()));
            assert!(!rule.help.is_empty() && !rule.title.is_empty(), "{}", rule.id);
        }
    }

    /// Every id of SPEC §6 is in the catalogue.
    #[test]
    fn covers_the_spec_ids() {
        let spec = include_str!("../../tests/data/spec-rule-ids.txt");
        for id in spec.lines().map(str::trim).filter(|l| !l.is_empty()) {
            assert!(rule(id).is_some(), "{id} from SPEC §6 is missing from the catalogue");
        }
    }
}
