//! Every rule the tool knows, as data: stable id, checklist section, title, whether it gives one
//! result per language, and what a user needs to act on it — what to do (help), why the
//! marketplace asks (why), an example of a violation and of its fix, and where the rule comes
//! from. Ids never change once released: reports, SARIF, the GUI and other tools use them.
//!
//! A rule is added in one place: one entry of [`catalogue!`] below. The entry becomes a variant of
//! [`RuleId`] (so a misspelt id does not compile) and a [`Rule`] in [`RULES`], in checklist order.

use serde::Serialize;

use super::profile::Marketplace;
use crate::i18n::Lang;

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

    /// The heading the checklist uses, in a language.
    pub fn title(self, lang: Lang) -> String {
        let id = match self {
            Section::General => "section-general",
            Section::Content => "section-content",
            Section::Localization => "section-localization",
            Section::Development => "section-development",
        };
        lang.text(id, &[])
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

/// A violation of a rule and the same thing fixed, as clippy documents its lints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Example {
    pub bad: &'static str,
    pub good: &'static str,
}

/// One rule of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub id: RuleId,
    pub section: Section,
    /// The checklist item, in short.
    pub title: &'static str,
    /// One result per language of the widget, rather than one for the whole widget.
    pub per_language: bool,
    /// The rule belongs to one marketplace's checklist only; on the other it gives `na`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only: Option<Marketplace>,
    /// What to do when the rule is broken, in plain words. Findings add only what is specific to
    /// them (the file, the value), never this again in other words.
    pub help: &'static str,
    /// Why the marketplace asks for it.
    pub why: &'static str,
    pub example: Example,
    /// Where the rule comes from: the checklist item, or the documentation page.
    pub source: &'static str,
}

/// A text of a rule's catalogue entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Help,
    Why,
    Bad,
    Good,
    Source,
}

impl Field {
    pub const ALL: [Field; 6] = [Field::Title, Field::Help, Field::Why, Field::Bad, Field::Good, Field::Source];
}

impl Rule {
    /// One of the rule's texts in a language. The English is written here, in the catalogue;
    /// the other languages have it in `locales/<language>/catalogue.ftl` (a test keeps them
    /// complete).
    pub fn text(&self, field: Field, lang: Lang) -> String {
        let english = match field {
            Field::Title => self.title,
            Field::Help => self.help,
            Field::Why => self.why,
            Field::Bad => self.example.bad,
            Field::Good => self.example.good,
            Field::Source => self.source,
        };
        match lang {
            Lang::En | Lang::Pseudo => lang.wrap(english.to_string()),
            _ => {
                let id = self.message_id(field);
                let text = lang.text(&id, &[]);
                if text == id { english.to_string() } else { text }
            }
        }
    }

    /// The id of one of the rule's texts in the catalogue files: `rule-<id>` for the title,
    /// `rule-<id>-help` and so on for the rest, with the id's dots written as dashes.
    pub fn message_id(&self, field: Field) -> String {
        let id = self.id.as_str().replace('.', "-");
        match field {
            Field::Title => format!("rule-{id}"),
            Field::Help => format!("rule-{id}-help"),
            Field::Why => format!("rule-{id}-why"),
            Field::Bad => format!("rule-{id}-bad"),
            Field::Good => format!("rule-{id}-good"),
            Field::Source => format!("rule-{id}-source"),
        }
    }
}

impl RuleId {
    /// The catalogue entry of this id.
    pub fn rule(self) -> &'static Rule {
        &RULES[self as usize]
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Looks a rule up by its id as written in reports (`js.syntax`).
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id.as_str() == id)
}

/// Declares [`RuleId`] and [`RULES`] from one list of entries with named fields.
macro_rules! catalogue {
    ($(
        $variant:ident = $id:literal {
            section: $section:ident,
            per_language: $per_language:literal,
            $(only: $only:ident,)?
            title: $title:literal,
            help: $help:literal,
            why: $why:literal,
            example: { bad: $bad:literal, good: $good:literal $(,)? },
            source: $source:literal $(,)?
        }
    )*) => {
        /// The id of a rule, one variant per catalogue entry, in catalogue order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId {
            $($variant,)*
        }

        impl RuleId {
            /// The id as written in reports, SARIF and the docs (`js.syntax`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }
        }

        /// The catalogue, in checklist order (the order of [`RuleId`]).
        pub static RULES: &[Rule] = &[
            $(Rule {
                id: RuleId::$variant,
                section: Section::$section,
                title: $title,
                per_language: $per_language,
                only: catalogue!(@only $($only)?),
                help: $help,
                why: $why,
                example: Example { bad: $bad, good: $good },
                source: $source,
            },)*
        ];
    };
    (@only) => { None };
    (@only $marketplace:ident) => { Some(Marketplace::$marketplace) };
}

catalogue! {
    // General
    InternalError = "internal.error" {
        section: General,
        per_language: false,
        title: "The check ran to the end",
        help: "Part of the check stopped on an internal error, so its rules were not checked. This is a bug in amo-preflight, not in your widget: please report it with the message (and the widget, if you can share it).",
        why: "When part of the check stops on a bug in amo-preflight, the rules it covers get no answer. Reporting it keeps a rule that was not checked from being taken for a pass.",
        example: {
            bad: "The JavaScript checks stopped on an internal error, so the js.* rules have no result for this widget",
            good: "Every part of the check ran to the end, and every rule has a result (pass, fail, warn, manual or n/a)",
        },
        source: "amo-preflight: not a checklist item; the tool reports its own failures so that a rule it could not check is never taken for a pass",
    }
    GeneralDataMinimal = "general.data-minimal" {
        section: General,
        per_language: false,
        title: "Collects only the data it needs",
        help: "Settings fields that ask for personal data or credentials are listed. Remove any the widget does not need to work, then mark this item.",
        why: "Every field that asks for personal data or credentials is something users must trust the maker with, and the maker must then protect. Data the widget does not need to work is only a risk, for the users and for the marketplace.",
        example: {
            bad: "To show meetings in the lead card, the settings ask for the manager's personal phone number, date of birth and amoCRM password",
            good: "To show meetings in the lead card, the settings ask only which Acme calendar to show",
        },
        source: "Checklist, General: \"Your integration only collects data required for the integration to function\"",
    }
    GeneralDataConsent = "general.data-consent" {
        section: General,
        per_language: false,
        title: "Users agree before their data is sent",
        help: "The settings fields that ask for credentials or personal data are listed. Check that the widget tells users, before the data goes to your server, what is sent and why, and asks them to confirm (for example with a consent checkbox and a link to your privacy policy), and that it does not install without that confirmation. Then mark this item.",
        why: "A password, a key or a phone number typed into the widget's settings leaves amoCRM for the maker's server. Users must know that before it happens and agree to it: moderators check that the widget asks, and that it does not go ahead without an answer.",
        example: {
            bad: "The settings ask for the Acme API key and the manager's phone, and send both to acme.com when Save is clicked, without a word",
            good: "Above Save: \"Your Acme API key and phone number are sent to Acme to sync your calendar\", a checkbox \"I agree\" and a link to Acme's privacy policy; Save stays disabled until it is ticked",
        },
        source: "Checklist, General: \"Your integration only collects data required for the integration to function\"; amoCRM's requirements for public integrations (https://www.amocrm.ru/developers/content/integrations/requirements), paraphrased: collect no user data (API key, e-mail …) unless needed; if needed, warn at install and require the user's confirmation, without which the widget must not install. Kommo, https://developers.kommo.com/docs/getting-listed, Security: \"An integration must collect only the data required for its functioning.\" and \"Integrators must implement appropriate security measures to ensure proper handling of user information\"",
    }
    GeneralEaseOfUse = "general.ease-of-use" {
        section: General,
        per_language: false,
        title: "Easy to enable, set up, use and get support for",
        help: "Install the widget as a new user would: enable and disable it, set it up, use it and find support without help. Mark this item when all four are easy.",
        why: "Most people who install widgets are sales managers and business owners, not developers. If they cannot turn the widget on and off, set it up, use it or find help on their own, they give up or turn to amoCRM's support instead.",
        example: {
            bad: "Setup asks for an API key copied from a hidden developer page",
            good: "Setup is one Connect button that opens the service's login",
        },
        source: "Checklist, General: \"Your integration is easy to use, so that even non-technical users can understand how to: enable and disable it, set it up, work with it, get support\"",
    }
    GeneralSupportContact = "general.support-contact" {
        section: General,
        per_language: false,
        title: "Users can get support",
        help: "Add a working support page as widget.support.link (a full https:// address) and a support address as widget.support.email in manifest.json (amoCRM asks for both, Kommo for at least one): your own, where users reach the widget's maker, not amoCRM's or Kommo's support and not a placeholder such as example.com.",
        why: "Users with a problem need to reach the people who made the widget. Without the maker's own contact they write to amoCRM's support, which cannot fix a widget it did not make.",
        example: {
            bad: "\"support\": {\n\"link\": \"https://www.amocrm.com/support\",\n\"email\": \"test@example.com\"\n}",
            good: "\"support\": {\n\"link\": \"https://acme.com/help\",\n\"email\": \"support@acme.com\"\n}",
        },
        source: "Checklist, General: \"…even non-technical users can understand how to: … get support\"; see https://www.amocrm.ru/developers/content/integrations/requirements (amoCRM requires widget.support.link and widget.support.email)",
    }
    GeneralNoPartnerUpsell = "general.no-partner-upsell" {
        section: General,
        per_language: true,
        title: "Does not promote buying subscriptions via partners",
        help: "Remove texts that encourage buying amoCRM/Kommo subscriptions through partners.",
        why: "The marketplace is part of amoCRM's own product. A widget listed there must not be used to steer amoCRM's customers towards buying their subscription from a reseller.",
        example: {
            bad: "Buy your amoCRM subscription from Acme, an official amoCRM partner, and save 20%.",
            good: "Acme sets up the widget for your team and answers your questions by mail.",
        },
        source: "Checklist, General: \"Your integration does not mention or encourage buying amoCRM subscriptions via amoCRM Partners\"",
    }
    GeneralOfficialClaim = "general.official-claim" {
        section: General,
        per_language: true,
        title: "\"Official\" only with documentary evidence",
        help: "A text calls something \"official\". If it says the integration is the official one of another service, send the marketplace documentary evidence with the submission (for example a letter or a partner agreement from that service); otherwise remove the word. Then mark this item.",
        why: "Users trust an \"official\" integration more, as if the other service made or endorsed it. The marketplace lets a widget say so only when the maker can prove it.",
        example: {
            bad: "\"The official WhatsApp integration for amoCRM\", with no agreement with WhatsApp to show",
            good: "\"WhatsApp for amoCRM via Acme\"; or \"official\", with WhatsApp's partner letter sent to the moderators",
        },
        source: "Kommo checklist, https://developers.kommo.com/docs/getting-listed, General, Third-party services: \"Kindly submit documentary evidence if you consider your integration with third-party services to be 'official'.\" amoCRM's checklist has no such item, so there it is only a question for the reviewer",
    }
    GeneralNoAutoInstall = "general.no-auto-install" {
        section: General,
        per_language: false,
        title: "Installed only by the Install click",
        help: "Remove the code that clicks or triggers the install/uninstall control: only the user installs the widget, by clicking Install.",
        why: "Installing a widget gives it access to the account, so it must be the user's own decision. A widget that presses Install by itself gets into accounts whose owners never chose it.",
        example: {
            bad: "$('.js-widget-install').trigger('click');",
            good: "// nothing presses Install from code:\n// the user clicks Install in the settings window",
        },
        source: "Checklist, General: \"Your integration is only installed when a user clicks the “Install” button (you have not added any virtual clicks that automatically install the widget)\"",
    }
    // Content and appearance
    ContentNameLength = "content.name-length" {
        section: Content,
        per_language: true,
        title: "Name is short enough",
        help: "Shorten the widget name (widget.name in each i18n file) to the character limit.",
        why: "The name is shown in small places, such as marketplace tiles, the list of installed widgets and the widget panel of a card. A longer name is cut off there, and users cannot tell widgets apart.",
        example: {
            bad: "SuperCal Ultimate Calendar Synchronizer via Acme (48 characters)",
            good: "Calendar sync via Acme (22 characters)",
        },
        source: "Checklist, Content and appearance: \"Your widget has a name, which is not longer than 30 characters\"",
    }
    ContentNameVia = "content.name-via" {
        section: Content,
        per_language: true,
        title: "Name says who made it: \"X via Maker\"",
        help: "End the name with the maker, joined by \"via\" (Kommo also accepts \"by\"): for example \"WhatsApp via Zenvia\".",
        why: "Several widgets often connect the same service, such as WhatsApp. The maker's name tells users whose widget they are looking at, and that it was not made by amoCRM itself.",
        example: {
            bad: "WhatsApp",
            good: "WhatsApp via Zenvia",
        },
        source: "Checklist, Content and appearance: \"Followed by the widget creator’s name, using the word “via”\" (Do: WhatsApp via Zenvia; Don’t: WhatsApp); Kommo also accepts \"by\": see https://developers.kommo.com/docs/getting-listed",
    }
    ContentNameWordLength = "content.name-word-length" {
        section: Content,
        per_language: true,
        only: Kommo,
        title: "No word in the name is too long",
        help: "Split long words of the name: Kommo allows at most 19 characters per word (characters joined by symbols count as one word).",
        why: "Kommo shows names in narrow tiles, where a line can only break between words. A word longer than 19 characters does not fit and is cut off.",
        example: {
            bad: "WhatsApp-Telegram-Bot via Acme (\"WhatsApp-Telegram-Bot\" counts as one word of 21 characters)",
            good: "WhatsApp Telegram Bot via Acme",
        },
        source: "Kommo checklist (https://developers.kommo.com/docs/getting-listed): no word of the name longer than 19 characters; see https://developers.kommo.com/changelog?page=3",
    }
    ContentNameBrand = "content.name-brand" {
        section: Content,
        per_language: true,
        only: Kommo,
        title: "The name does not contain \"Kommo\"",
        help: "Remove \"Kommo\" from the name: integrations must not look as if Kommo made them.",
        why: "A name with \"Kommo\" in it looks like an official Kommo product. Users would expect Kommo to stand behind the widget and support it, which it does not.",
        example: {
            bad: "Kommo Calendar via Acme",
            good: "Calendar via Acme",
        },
        source: "Kommo checklist (https://developers.kommo.com/docs/getting-listed): the integration must not look as if Kommo made it, and its name must not contain \"Kommo\"",
    }
    ContentTeaserLength = "content.teaser-length" {
        section: Content,
        per_language: true,
        title: "Teaser present and short enough",
        help: "Write a short teaser (widget.short_description) that says why a client should choose the widget, within the character limit.",
        why: "The teaser is the short line shown beside the widget's name, and often all that users read before deciding whether to look closer. Without it they get no reason to choose the widget, and a longer one is cut off.",
        example: {
            bad: "The best and most complete calendar solution, trusted by thousands of companies worldwide",
            good: "Meetings from Google Calendar in every lead card",
        },
        source: "Checklist, Content and appearance: \"Your widget has a short teaser text, which is not longer than 60 characters; explains why client should choose your integration\"; Kommo: 50 characters, see https://developers.kommo.com/docs/getting-listed",
    }
    ContentDescriptionLength = "content.description-length" {
        section: Content,
        per_language: true,
        title: "Description present and short enough",
        help: "Write a description (widget.description) within the character limit; HTML tags do not count, their text does.",
        why: "Users read the description to learn what the widget does before they install it. A missing one tells them nothing, and the limit keeps every description short enough to read at a glance.",
        example: {
            bad: "A 640-character description: a welcome line, the full list of features and the setup steps",
            good: "A 320-character description: what the widget does and what the user gains (HTML tags such as <p> are not counted)",
        },
        source: "Checklist, Content and appearance: \"Your integration includes 1-2 paragraphs that describe its benefits, what it does and is not longer than 400 characters\"",
    }
    ContentDescriptionParagraphs = "content.description-paragraphs" {
        section: Content,
        per_language: true,
        title: "Description has 1–2 paragraphs",
        help: "Keep the description to one or two paragraphs: the benefits and what the widget does.",
        why: "One or two short paragraphs are read in full. A longer text with many paragraphs is only skimmed, and the benefits users look for get lost in it.",
        example: {
            bad: "Five paragraphs: a welcome, a feature list, the setup steps, a changelog and the contacts",
            good: "Two paragraphs: what the widget does, then what the user gains from it",
        },
        source: "Checklist, Content and appearance: \"Your integration includes 1-2 paragraphs that describe its benefits, what it does\"",
    }
    ContentDescriptionFriendly = "content.description-friendly" {
        section: Content,
        per_language: true,
        title: "Description is friendly, not technical",
        help: "Replace technical words (API, webhook, JSON, token…) with what the user gets, in everyday words.",
        why: "The people who choose widgets are mostly sales managers and business owners. Technical words hide what the widget does for them, so they cannot tell whether they need it.",
        example: {
            bad: "Syncs CRM entities with the Google Calendar API through webhooks and OAuth tokens.",
            good: "Your meetings appear in the lead card and update by themselves when plans change.",
        },
        source: "Checklist, Content and appearance: \"Is written in a friendly, not technical way\"",
    }
    ContentDescriptionPlan = "content.description-plan" {
        section: Content,
        per_language: true,
        title: "Description names the required plan",
        help: "If the widget does not work on every plan, say in the description which plan it needs.",
        why: "A user on a plan the widget does not support installs it, finds that it does not work and does not know why. Naming the plan lets them decide before installing.",
        example: {
            bad: "Track every deal stage automatically. (The widget works only on the Advanced plan, and the text does not say so.)",
            good: "Track every deal stage automatically. Works on the Advanced and Enterprise plans.",
        },
        source: "Checklist, Content and appearance: \"Specifies which amoCRM plan it requires (if it’s not available on all amoCRM plans)\"",
    }
    ContentDescriptionPricing = "content.description-pricing" {
        section: Content,
        per_language: true,
        title: "Description states prices and currencies",
        help: "If the widget is paid, state its prices and the currencies you accept in the description.",
        why: "Users need to know what the widget costs, and in which currencies they can pay, before they install it. Finding the price only after setting the widget up wastes their time and their trust.",
        example: {
            bad: "Free trial, then a small monthly fee.",
            good: "Free for 14 days, then $10 or €9 per user per month.",
        },
        source: "Checklist, Content and appearance: \"States the prices and currencies you support (if your integration is not free to use)\"",
    }
    ContentUiCopy = "content.ui-copy" {
        section: Content,
        per_language: true,
        title: "Widget texts are user-friendly",
        help: "Read every text of the widget as a user would; rewrite anything unclear or technical.",
        why: "The people who use the widget every day are not technical. Labels and texts they do not understand lead to wrong settings, mistakes and support requests.",
        example: {
            bad: "Settings field \"Webhook endpoint URI\", button \"Exec sync job\"",
            good: "Settings field \"Your Acme account address\", button \"Sync now\"",
        },
        source: "Checklist, Content and appearance: \"All text in your widget is user-friendly and understandable\"",
    }
    ContentErrorMessages = "content.error-messages" {
        section: Content,
        per_language: true,
        title: "Every error has a message that says what to do",
        help: "Give every error a message that explains the problem and what the user should do next.",
        why: "An error with no message, or with only a code, leaves users stuck or makes them think amoCRM is broken. A message that says what happened and what to do lets them solve it on their own.",
        example: {
            bad: "Error 401",
            good: "Acme could not connect: your Acme session has expired. Open the widget settings and click Reconnect.",
        },
        source: "Checklist, Content and appearance: \"You have provided messages for all potential errors, and they clearly explain the problem and what the user should do next\"",
    }
    ImagesBrandingFiles = "images.branding-files" {
        section: Content,
        per_language: false,
        title: "The five branding images exist",
        help: "Add logo_main.png (400×272), logo_medium.png (240×84), logo.png (130×100), logo_small.png (108×108) and logo_min.png (84×84) to the images/ folder, not beside manifest.json: Kommo refuses logos at the widget root, and amoCRM's documentation also puts them in images/. Keep one copy of each.",
        why: "amoCRM shows these images in different places: the marketplace, the list of integrations, and the cards and lists where the widget appears. Each missing file leaves an empty spot or a broken picture in one of them.",
        example: {
            bad: "images/logo.png\nimages/logo_main.png\n(logo_medium.png, logo_small.png and logo_min.png are missing)",
            good: "images/logo.png, images/logo_main.png,\nimages/logo_medium.png, images/logo_small.png,\nimages/logo_min.png",
        },
        source: "Checklist, Content and appearance: \"You have provided branding images in PNG format in the following sizes: 400×272 px, 240×84 px, 130×100 px, 108×108 px, 84×84 px\"; Development: \"Your widget.zip contains the following files: … logo.png, logo_main.png, logo_medium.png, logo_min.png, logo_small.png\". Where they go: https://developers.kommo.com/docs/structure-widget marks images required (\"The folder where the image files for the widget are placed should contain 6 PNG files\"), https://developers.kommo.com/docs/images: \"The folder images/ should contain 5 PNG files\"; amoCRM, https://www.amocrm.com/developers/content/integrations/structure/: \"images/ The folder for placing the image files … should contain 5 png files\". amoCRM's checklist lists the logos beside manifest.json while its structure page puts them in images/, so a logo at the root is a warning there and a failure on Kommo",
    }
    ImagesBrandingFormat = "images.branding-format" {
        section: Content,
        per_language: false,
        title: "Branding images are PNG",
        help: "Save the branding images as PNG; renaming a JPEG to .png is not enough, export it as PNG.",
        why: "The marketplace asks for PNG, which keeps logos sharp and allows transparent backgrounds. A JPEG renamed to .png is still a JPEG inside, and it may be refused or shown wrongly.",
        example: {
            bad: "images/logo_main.png is a JPEG whose name was changed to .png",
            good: "images/logo_main.png was exported as PNG from the image editor",
        },
        source: "Checklist, Content and appearance: \"You have provided branding images in PNG format\"",
    }
    ImagesBrandingSize = "images.branding-size" {
        section: Content,
        per_language: false,
        title: "Branding images have the exact sizes",
        help: "Export the image at exactly the size given; do not rely on the marketplace to scale it.",
        why: "Each image is shown at one fixed size. An image of another size is scaled to fit, which blurs it, and stretched or cropped when its proportions differ.",
        example: {
            bad: "images/logo_main.png: 800×600 px",
            good: "images/logo_main.png: 400×272 px",
        },
        source: "Checklist, Content and appearance: \"You have provided branding images in PNG format in the following sizes: 400×272 px, 240×84 px, 130×100 px, 108×108 px, 84×84 px\"; see https://developers.kommo.com/docs/images",
    }
    ImagesBrandingWeight = "images.branding-weight" {
        section: Content,
        per_language: false,
        title: "Branding images are at most 300 KB",
        help: "Make the image smaller than 300 KB: export it with fewer colours or compress it (for example with an optimiser such as oxipng).",
        why: "amoCRM's and Kommo's documentation both limit each logo to 300 KB. Logos load on many pages for every user, and large files make those pages slower.",
        example: {
            bad: "images/logo_main.png: 1.4 MB (a full-colour photo)",
            good: "images/logo_main.png: 90 KB (a compressed PNG)",
        },
        source: "Kommo, https://developers.kommo.com/docs/images: \"The size of each file should not exceed 300 KB.\"; amoCRM, https://www.amocrm.com/developers/content/integrations/structure/ (images/): \"The size of each file should not exceed 300 KB.\"",
    }
    ImagesDpLogo = "images.dp-logo" {
        section: Content,
        per_language: false,
        title: "Digital pipeline logo 174×109",
        help: "Widgets in the digital pipeline need images/logo_dp.png, a PNG of exactly 174×109 pixels.",
        why: "Widgets that work in the digital pipeline are shown there with this logo. Without it the widget appears in the pipeline with no picture.",
        example: {
            bad: "\"locations\": [\"digital_pipeline\"]\n(no images/logo_dp.png in the archive)",
            good: "\"locations\": [\"digital_pipeline\"]\nimages/logo_dp.png: PNG, 174×109 px",
        },
        source: "Documentation: images/logo_dp.png, 174×109 px, for widgets with the digital_pipeline location; see https://developers.kommo.com/docs/images and https://developers.kommo.com/docs/widgets-dp",
    }
    ImagesPartnerLogos = "images.partner-logos" {
        section: Content,
        per_language: false,
        title: "Both logos when another app is featured",
        help: "If the widget features another app (e.g. Telegram), the 400×272 and 240×84 images must show both your logo and the app's logo. Look at them and mark this item.",
        why: "Users look for the app they already use, such as Telegram. Both logos on the main images tell them at a glance which app the widget connects, and who made the connection.",
        example: {
            bad: "A Telegram integration by AwesomeCode whose 400×272 and 240×84 images show only the AwesomeCode logo",
            good: "The same two images show the AwesomeCode logo next to the Telegram logo",
        },
        source: "Checklist, Content and appearance: \"Does your integration feature another app? … Yes – Then the branding image sizes marked with a star above (400×272 px and 240×84 px) must contain both your logo and the app’s logo\"",
    }
    ImagesSlideshowCount = "images.slideshow-count" {
        section: Content,
        per_language: true,
        title: "1–5 slideshow images",
        help: "List one to five slideshow images for each language in manifest.json under tour.tour_images.<language>.",
        why: "The slideshow on the installation screen is where users see the widget at work before they install it. Without slides they have nothing to judge by, and the marketplace takes at most five.",
        example: {
            bad: "\"tour\": {\n\"is_tour\": true,\n\"tour_images\": {\"en\": []}\n}",
            good: "\"tour\": {\n\"is_tour\": true,\n\"tour_images\": {\"en\": [\"/images/tour_1_en.png\", \"/images/tour_2_en.png\"]}\n}",
        },
        source: "Checklist, Content and appearance: \"You have provided 1-5 slideshow images\"; see https://developers.kommo.com/docs/manifest-json (tour.tour_images)",
    }
    ImagesSlideshowSize = "images.slideshow-size" {
        section: Content,
        per_language: true,
        title: "Slideshow images are 1188×616",
        help: "Export every slideshow image at exactly 1188×616 pixels.",
        why: "Slides are shown in a frame of one fixed size. An image of another size is scaled, stretched or cropped, and the text on it becomes hard to read.",
        example: {
            bad: "/images/tour_1_en.png: 1920×1080 px",
            good: "/images/tour_1_en.png: 1188×616 px",
        },
        source: "Checklist, Content and appearance: \"Are 1188×616 pixels each in PNG format\"",
    }
    ImagesSlideshowFormat = "images.slideshow-format" {
        section: Content,
        per_language: true,
        title: "Slideshow images are PNG (or JPG on Kommo)",
        help: "Save every slideshow image as PNG (Kommo also takes JPG): a real file of that type, not a renamed one.",
        why: "The marketplace asks for slides in PNG, which keeps screenshots and their text sharp. A file in another format, even one renamed to .png, may not be shown at all.",
        example: {
            bad: "/images/tour_1_en.png is a WebP image whose name was changed to .png",
            good: "/images/tour_1_en.png was exported as PNG",
        },
        source: "Checklist, Content and appearance: \"Are 1188×616 pixels each in PNG format\"",
    }
    ImagesSlideshowFiles = "images.slideshow-files" {
        section: Content,
        per_language: true,
        title: "Listed slideshow images exist",
        help: "Add the missing image files, or correct their paths in tour.tour_images (paths start with / at the widget root).",
        why: "A slide that manifest.json lists but the archive does not contain shows as a broken picture on the installation screen.",
        example: {
            bad: "\"en\": [\"/images/tour1.png\"]\n(the file in the archive is images/tour_1_en.png)",
            good: "\"en\": [\"/images/tour_1_en.png\"]",
        },
        source: "Checklist, Content and appearance: \"You have provided 1-5 slideshow images\"; see https://developers.kommo.com/docs/manifest-json (tour_images paths start with / at the widget root)",
    }
    ImagesSlideshowQuality = "images.slideshow-quality" {
        section: Content,
        per_language: true,
        title: "Slideshow shows the integration clearly",
        help: "Look at the slideshow: it should show the widget working inside amoCRM/Kommo and its value, sharp and easy to read. Mark this item.",
        why: "The slides are the users' first look at the widget at work. Blurry or generic pictures do not show what they will get, and make the widget look unfinished.",
        example: {
            bad: "A stock photo of a handshake with the logo on top, and a blurry screenshot shrunk from a large screen",
            good: "Sharp screenshots of the widget at work in an amoCRM lead card, each showing one thing it does for the user",
        },
        source: "Checklist, Content and appearance: \"Visually show the integration’s functionality, how the integration will be seen within amoCRM, and its value to the user\"; \"Are good quality, and all compositions are clear and easy to see\"",
    }
    ImagesNoForeignWords = "images.no-foreign-words" {
        section: Content,
        per_language: true,
        title: "Images carry no words in other languages",
        help: "Every word on this language's images must be in this language: replace an image that has words of another language. The words are read for you when Tesseract is installed; without it, look at the images and mark this item.",
        why: "A user who reads the listing in Spanish may not read English. Words in another language on the images are not understood, and make the translation look unfinished.",
        example: {
            bad: "The Spanish slides are screenshots of an English account, with the buttons \"Save\" and \"Sync now\"",
            good: "The Spanish slides are screenshots of a Spanish account, with the buttons \"Guardar\" and \"Sincronizar ahora\"",
        },
        source: "Checklist, Support & localization: \"Your images do not contain words in other languages\"",
    }
    // Support & localization
    L10nLocaleFiles = "l10n.locale-files" {
        section: Localization,
        per_language: false,
        title: "A language file per declared language, no extras",
        help: "Add an i18n/<language>.json for every language in widget.locale, and remove language files that are not declared. Use only the marketplace's languages: Kommo lists widgets in en, es, pt, tr and id (any other fails there); amoCRM in ru, en, es and pt (any other is flagged for a look).",
        why: "amoCRM takes each language's texts from i18n/<language>.json. A declared language without its file has no texts to show, a file for a language that is not declared is never used, and a language the marketplace does not offer is shown to no one.",
        example: {
            bad: "\"locale\": [\"en\", \"es\"]\ni18n/en.json, i18n/pt.json",
            good: "\"locale\": [\"en\", \"es\"]\ni18n/en.json, i18n/es.json",
        },
        source: "Checklist, Development: \"Your widget.zip contains the following files: manifest.json, i18n/*.json …\"; https://developers.kommo.com/docs/i18n: \"Kommo currently supports English, Spanish, Portuguese, Turkish and Indonesian languages, and the files should be named en.json, es.json, pt.json, tr.json and id.json\"; amoCRM: https://www.amocrm.com/developers/content/integrations/structure/ says \"only two localizations are possible: Russian (ru) and English (en)\", the newer checklist names \"en.json, es.json or pt.json\" — the newer is followed",
    }
    L10nKeysComplete = "l10n.keys-complete" {
        section: Localization,
        per_language: true,
        title: "Fully translated",
        help: "Add the missing keys so every language file has the same keys.",
        why: "A text missing from one language file is missing for every user of that language: they see an empty label, or the name of the key, instead of a text.",
        example: {
            bad: "en.json: {\"errors\": {\"offline\": \"Acme cannot be reached\"}}\nes.json: {\"errors\": {}}",
            good: "en.json: {\"errors\": {\"offline\": \"Acme cannot be reached\"}}\nes.json: {\"errors\": {\"offline\": \"No se puede conectar con Acme\"}}",
        },
        source: "Checklist, Support & localization: \"Your widget is fully translated and contains no words in other languages\"; see https://developers.kommo.com/docs/i18n (all language files have the same keys)",
    }
    L10nManifestKeys = "l10n.manifest-keys" {
        section: Localization,
        per_language: true,
        title: "Manifest texts exist in every language",
        help: "Every text the manifest names (widget.name, settings names, …) must exist and not be empty in each language file.",
        why: "The widget's name, description and settings labels are taken from these texts. A missing or empty one leaves the widget without a name, or a settings field without a label, in that language.",
        example: {
            bad: "manifest.json: \"name\": \"widget.name\"\nes.json: {\"widget\": {\"name\": \"\"}}",
            good: "manifest.json: \"name\": \"widget.name\"\nes.json: {\"widget\": {\"name\": \"Calendario vía Acme\"}}",
        },
        source: "Checklist, Support & localization: \"Your widget is fully translated\"; see https://developers.kommo.com/docs/i18n (manifest texts are keys into every language file)",
    }
    L10nTextLanguage = "l10n.text-language" {
        section: Localization,
        per_language: true,
        title: "Texts are in the file's language",
        help: "Translate the texts that are in another language; en.json must not contain Russian.",
        why: "Users of one language may not read any other. A Russian phrase left in en.json cannot be read by most English-speaking users.",
        example: {
            bad: "en.json: \"save\": \"Сохранить настройки\"",
            good: "en.json: \"save\": \"Save settings\"",
        },
        source: "Checklist, Support & localization: \"Your widget is fully translated and contains no words in other languages\"; Development: \"Your localization files contain text in the appropriate language (for example, the i18n / en.json file does not contain Russian texts and does not mention .ru domains)\"",
    }
    L10nHardcodedText = "l10n.hardcoded-text" {
        section: Localization,
        per_language: true,
        title: "No text written into scripts and templates",
        help: "Move every text a user sees out of the scripts and templates into the language files, and show it with self.i18n(…); in a template, pass it in and write {{ … }}.",
        why: "A button label or error message written into script.js or a template is shown as written to every user, whatever their language. English-speaking users then meet Russian words they cannot read, although the language files are translated.",
        example: {
            bad: "$button.text('Сохранить');\n<p>Введите ключ API</p> (in settings.twig)",
            good: "$button.text(self.i18n('settings').save);\n<p>{{ lang.api_key_hint }}</p>",
        },
        source: "Checklist, Support & localization: \"Your widget is fully translated and contains no words in other languages\"; https://pt-developers.kommo.com/docs/i18n: the language files \"são usados na parte JavaScript do widget\" through self.i18n('key'), e.g. self.i18n('widget').name",
    }
    L10nUntranslated = "l10n.untranslated" {
        section: Localization,
        per_language: true,
        title: "Texts are translated, not copied",
        help: "Translate texts that are identical to another language's.",
        why: "A text that is exactly the same as in another language file was usually never translated. Users of this language meet it in a language they may not read.",
        example: {
            bad: "es.json: \"description\": \"Your meetings appear in the lead card.\" (the same as in en.json)",
            good: "es.json: \"description\": \"Tus reuniones aparecen en la tarjeta del lead.\"",
        },
        source: "Checklist, Support & localization: \"Your widget is fully translated and contains no words in other languages\"",
    }
    L10nPrivacyPolicy = "l10n.privacy-policy" {
        section: Localization,
        per_language: true,
        title: "Privacy policy link in this language",
        help: "Link a privacy policy in this language (or give it in the integration form), naming your legal entity.",
        why: "Users have a right to know what happens to their data, in a language they understand. A policy they cannot read, or no policy at all, does not tell them.",
        example: {
            bad: "es.json links only to https://acme.com/privacy, a page in English",
            good: "es.json links to https://acme.com/es/privacidad, the privacy policy of Acme Software S.L. in Spanish",
        },
        source: "Checklist, Support & localization: \"You provided a link to a privacy policy in that language\"",
    }
    L10nLinkDomains = "l10n.link-domains" {
        section: Localization,
        per_language: true,
        title: "Links lead to sites in this language",
        help: "Replace links to other-language sites (e.g. .ru domains in en/es/pt files) with pages in this language.",
        why: "Users who click a help or support link expect a page they can read. A .ru address in the English texts usually sends them to a page in Russian.",
        example: {
            bad: "en.json: \"help\": \"Setup guide: https://acme.ru/help\"",
            good: "en.json: \"help\": \"Setup guide: https://acme.com/en/help\"",
        },
        source: "Checklist, Support & localization: \"Every link in your integration leads to a resource in that language\"; Development: \"All links in en.json, es.json or pt.json files lead to sites in English, Spanish or Portuguese\"",
    }
    L10nLinkLanguage = "l10n.link-language" {
        section: Localization,
        per_language: true,
        title: "Linked pages are in this language",
        help: "Link pages written in this language.",
        why: "A link can look right and still open a page in another language, for example on a site that shows English to everyone. Only the page itself tells which language it is in.",
        example: {
            bad: "es.json links to https://acme.com/help, which opens in English",
            good: "es.json links to https://acme.com/es/ayuda, which opens in Spanish",
        },
        source: "Checklist, Support & localization: \"Every link in your integration leads to a resource in that language\"; Development: \"All links in en.json, es.json or pt.json files lead to sites in English, Spanish or Portuguese\"",
    }
    L10nLinksReachable = "l10n.links-reachable" {
        section: Localization,
        per_language: false,
        title: "Every link works",
        help: "Fix or remove links that do not open.",
        why: "A link that does not open, often the support or help page, leaves users without the help it promised and makes the widget look abandoned.",
        example: {
            bad: "\"support\": \"https://acme.com/old-help\" (the page answers 404 Not Found)",
            good: "\"support\": \"https://acme.com/help\" (the page opens)",
        },
        source: "Checklist, Support & localization: \"Every link in your integration leads to a resource in that language\"",
    }
    L10nHumanSupport = "l10n.human-support" {
        section: Localization,
        per_language: true,
        title: "Human support in this language",
        help: "Make sure people answer mail and phone support in this language. Mark this item.",
        why: "When something goes wrong, users need a person who understands their problem and their language. A bot, or answers in another language, leaves them without help.",
        example: {
            bad: "The Spanish listing gives a support address where only a bot answers, in English",
            good: "Mails and calls in Spanish are answered in Spanish, by a person",
        },
        source: "Checklist, Support & localization: \"You offer human support in that language: If emailed, support will answer in that language; If called, support will answer in that language\"",
    }
    L10nLocalFormatting = "l10n.local-formatting" {
        section: Localization,
        per_language: true,
        title: "Local formats for dates, numbers, phones",
        help: "Format dates, times, numbers, phone numbers and prices for the user's locale (e.g. moment's locale, Intl.DateTimeFormat without a fixed locale) instead of hard-coding one format.",
        why: "03/04/2025 means 3 April in most of Europe and 4 March in the US. Dates, numbers and phone numbers in a foreign format are misread, or look wrong to the user.",
        example: {
            bad: "moment(deal.date).format('MM/DD/YYYY')",
            good: "moment(deal.date).format('L') // the date format of the user's locale",
        },
        source: "Checklist, Support & localization: \"Your widget takes local formatting into account, such as dates and times, numbers, phone numbers, local holidays, taxes, etc.\"",
    }
    L10nPayments = "l10n.payments" {
        section: Localization,
        per_language: false,
        title: "Payment methods for the Americas and Europe",
        help: "If the widget is paid, offer payment methods that work in North and South America and Europe. Mark this item.",
        why: "The marketplace serves customers in North and South America and in Europe. A customer who cannot pay with the methods available where they live cannot use a paid widget at all.",
        example: {
            bad: "Payment only by bank transfer to a bank in one country",
            good: "Payment by card or PayPal, which work in North and South America and in Europe",
        },
        source: "Checklist, Support & localization: \"If your widget is not free: You offer payment methods that work in North and South America and Europe\"",
    }
    L10nCurrency = "l10n.currency" {
        section: Localization,
        per_language: false,
        title: "Prices in USD or EUR",
        help: "If the widget is paid, support at least USD or EUR. Mark this item.",
        why: "USD and EUR are currencies that customers in every market can pay in and compare. A price in one local currency only is hard to judge, and may be impossible to pay.",
        example: {
            bad: "Price: 990 ₽ per month",
            good: "Price: $12 or €11 per month",
        },
        source: "Checklist, Support & localization: \"You can offer pricing in as many currencies as you want, but you at least support USD or Euros\"",
    }
    // Development
    DevOauth2 = "dev.oauth2" {
        section: Development,
        per_language: false,
        title: "Uses OAuth 2.0",
        help: "Connect to amoCRM/Kommo with OAuth 2.0 (the integration's keys and scopes) instead of asking users for API keys, logins or passwords.",
        why: "A user who gives a widget an API key or a password hands over full access to the account, and the secret stays in the widget's settings. OAuth 2.0 grants only the access the user allows, and the user can withdraw it at any time; the API-key method is deprecated.",
        example: {
            bad: "\"settings\": {\n\"login\": {\"name\": \"settings.login\", \"type\": \"text\"},\n\"api_key\": {\"name\": \"settings.api_key\", \"type\": \"pass\"}\n}",
            good: "\"settings\": {}\n(access is granted through OAuth 2.0, with the integration's keys and scopes)",
        },
        source: "Checklist, Development: \"Your integration uses oAuth 2.0\"; see https://www.kommo.com/developers/content/integrations/requirements-for-public-integrations/ (the API-key method is deprecated)",
    }
    DevPlaceholders = "dev.placeholders" {
        section: Development,
        per_language: false,
        title: "No placeholders or test data left in",
        help: "Replace what is left from templates and development with the widget's real values: texts such as \"Short description\" or lorem ipsum, addresses on example.com, localhost or a private network, build placeholders such as {{BASE_PATH}} or __VERSION__, and test data such as a \"test-token\" or a fakeData variable.",
        why: "A template text shows users that the widget was not finished. An address on example.com or on the developer's machine does not work for users, and a build placeholder means the build step that fills it in did not run. Moderators reject a widget that ships test data.",
        example: {
            bad: "i18n/en.json: \"short_description\": \"Short description\"\nscript.js: fetch('http://localhost:3000/api/deals')",
            good: "i18n/en.json: \"short_description\": \"Deals on a calendar\"\nscript.js: fetch('https://api.acme.com/deals')",
        },
        source: "Checklist, Development: \"You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration\"",
    }
    FilesReadable = "files.readable" {
        section: Development,
        per_language: false,
        title: "Every file can be read safely",
        help: "Rebuild the archive from the widget folder: remove links, paths with .. and oversized or damaged files.",
        why: "amo-preflight checks widgets made by others, so it reads them with care. A file it cannot read safely, such as a link pointing outside the folder, a path with .., or a damaged or oversized file, is skipped, and what depends on it goes unchecked.",
        example: {
            bad: "widget.zip entries: manifest.json, ../../config.js,\nimages (a link to /home/dev/images)",
            good: "widget.zip entries: manifest.json, script.js,\nimages/logo.png (plain files inside the archive)",
        },
        source: "amo-preflight: not a checklist item; a widget must be readable safely before any item can be checked",
    }
    FilesZipRoot = "files.zip-root" {
        section: Development,
        per_language: false,
        title: "manifest.json at the root of the zip",
        help: "Zip the contents of the widget folder, not the folder itself: manifest.json must be at the top of widget.zip.",
        why: "amoCRM looks for manifest.json at the top of widget.zip. If the files sit inside a folder, the widget is not found and the upload fails.",
        example: {
            bad: "widget.zip\n└─ acme-calendar/\n   ├─ manifest.json\n   └─ script.js",
            good: "widget.zip\n├─ manifest.json\n└─ script.js",
        },
        source: "Checklist, Development: \"Your widget.zip contains the following files: manifest.json …\"; see https://developers.kommo.com/docs/structure-widget (the files sit at the root of the archive, not inside a folder)",
    }
    FilesUnused = "files.unused" {
        section: Development,
        per_language: false,
        title: "No unused files",
        help: "Delete files that nothing refers to (manifest, scripts, styles, templates), or check that the code loads them: names built at run time cannot always be followed.",
        why: "Moderators look through every file in the archive. Files that nothing uses make the review slower and hide what the widget really does.",
        example: {
            bad: "script.js\nscript_old.js (nothing loads it)\nimages/banner_draft.png (nothing shows it)",
            good: "script.js",
        },
        source: "Checklist, Development: \"You’ve deleted any files, pictures and scripts that are not used in integration\"",
    }
    FilesDevJunk = "files.dev-junk" {
        section: Development,
        per_language: false,
        title: "No test data or development traces",
        help: "Delete these development files from the widget before zipping it.",
        why: "Version-control folders, editor settings, logs and source maps are no use to users, and they can expose private paths, keys or code nobody reviewed. They also make the moderators' review longer.",
        example: {
            bad: "manifest.json, script.js,\n.DS_Store, node_modules/, script.js.map",
            good: "manifest.json\nscript.js",
        },
        source: "Checklist, Development: \"You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration\"",
    }
    FilesUtf8 = "files.utf8" {
        section: Development,
        per_language: false,
        title: "Text files are UTF-8",
        help: "Save these files as UTF-8 (in most editors: Save with encoding → UTF-8).",
        why: "amoCRM reads the widget's files as UTF-8. A file saved in another encoding, such as Windows-1252 or Windows-1251, shows accented and Cyrillic letters as garbage.",
        example: {
            bad: "i18n/es.json saved as Windows-1252: \"Configuración\" shows as \"Configuraci�n\"",
            good: "i18n/es.json saved as UTF-8: \"Configuración\" shows as written",
        },
        source: "Checklist, Development: \"All text files … are in UTF-8 encoding without BOM\"",
    }
    FilesNoBom = "files.no-bom" {
        section: Development,
        per_language: false,
        title: "Text files have no byte order mark",
        help: "Save these files as UTF-8 without BOM.",
        why: "A byte order mark is three invisible bytes at the start of a file. JSON readers and scripts may take them for text, so manifest.json or a language file can fail to load.",
        example: {
            bad: "manifest.json begins with the invisible bytes EF BB BF, then {",
            good: "manifest.json begins directly with {",
        },
        source: "Checklist, Development: \"All text files … are in UTF-8 encoding without BOM\"",
    }
    FilesLfEndings = "files.lf-endings" {
        section: Development,
        per_language: false,
        title: "Text files use Unix line endings",
        help: "Convert line endings to LF (Unix) in these files; most editors have a line-ending switch in the status bar.",
        why: "Windows line endings (CR LF) add an invisible character at the end of every line, which can end up in texts and templates. The checklist asks for Unix line endings so that files are the same on every system.",
        example: {
            bad: "script.js: every line ends with \\r\\n (Windows)",
            good: "script.js: every line ends with \\n (Unix)",
        },
        source: "Checklist, Development: \"All text files … also uses Unix line feed\"",
    }
    FilesReferences = "files.references" {
        section: Development,
        per_language: false,
        title: "Referenced files exist",
        help: "Add the missing files or correct the paths that point to them.",
        why: "A template, image or style that the code loads but the archive does not contain fails when the widget runs: users see an empty panel or a broken picture.",
        example: {
            bad: "self.render({href: '/templates/settings.twig', base_path: self.params.path}, data)\n(the archive has no templates/settings.twig)",
            good: "self.render({href: '/templates/form.twig', base_path: self.params.path}, data)\n(templates/form.twig is in the archive)",
        },
        source: "Checklist, Development: \"All style files required in documentation are included\"; see https://developers.kommo.com/docs/script-js (templates, images and styles are loaded from the widget's own files)",
    }
    ManifestJsonValid = "manifest.json-valid" {
        section: Development,
        per_language: false,
        title: "manifest.json is valid JSON",
        help: "Fix the syntax error at the position shown (a missing comma, quote or bracket is the usual cause).",
        why: "amoCRM learns everything about the widget from manifest.json. If it is not valid JSON, the upload fails, and no other item can be checked either.",
        example: {
            bad: "{\n  \"widget\": {\"name\": \"widget.name\"}\n  \"locations\": [\"lcard-1\"]\n}",
            good: "{\n  \"widget\": {\"name\": \"widget.name\"},\n  \"locations\": [\"lcard-1\"]\n}",
        },
        source: "Documentation: manifest.json must be valid JSON (invalid JSON is the most common upload error); see https://developers.kommo.com/docs/manifest-json",
    }
    ManifestRequiredKeys = "manifest.required-keys" {
        section: Development,
        per_language: false,
        title: "manifest.json has the required keys",
        help: "Add the missing keys to manifest.json: widget (name, description, short_description, locale, installation), locations and settings. When tour.tour_images lists slides, set tour.is_tour to true.",
        why: "amoCRM needs these keys to list and install the widget: its name and texts, its languages, whether it has an installation step, where it appears and what its settings are.",
        example: {
            bad: "\"widget\": {\"name\": \"widget.name\", \"locale\": [\"en\"]},\n\"locations\": [\"lcard-1\"]",
            good: "\"widget\": {\"name\": \"widget.name\", \"description\": \"widget.description\",\n  \"short_description\": \"widget.short_description\", \"locale\": [\"en\"], \"installation\": true},\n\"locations\": [\"lcard-1\"], \"settings\": {}",
        },
        source: "Checklist, Development: \"Your manifest.json file contains: widget, name, description, short_description, locale, installation, locations, settings\"; see https://developers.kommo.com/docs/manifest-json (its property table, https://es-developers.kommo.com/docs/manifest-json, marks tour/is_tour required with true as the only value; every example pairs tour_images with \"is_tour\": true)",
    }
    ManifestLocations = "manifest.locations" {
        section: Development,
        per_language: false,
        title: "Only valid locations",
        help: "Use only the locations your marketplace lists (lcard, ccard, comcard, llist, clist, tlist, settings, advanced_settings, digital_pipeline, widget_page, …; Kommo has no cucard, culist, whatsapp_modal or amoforms) and remove areas the widget does not use. Only card and list areas take -0 or -1, never both for one area; on amoCRM write the ending every time (lcard-1 to show the widget in the right panel, lcard-0 not to).",
        why: "The marketplace knows only the areas it documents: an unknown or misspelt one is ignored, and the widget does not appear where expected. The -0 (load only) and -1 (load and show a panel) endings exist only for card and list areas, using both for one area contradicts itself, and amoCRM's moderators ask that the ending be written out.",
        example: {
            bad: "\"locations\": [\"lcard-0\", \"lcard-1\", \"settings-1\", \"lead_card\"]",
            good: "\"locations\": [\"lcard-1\", \"settings\"]",
        },
        source: "Documentation: the locations a widget can use, and the -0/-1 endings of card and list areas: Kommo's \"Table of connection areas\" at https://developers.kommo.com/docs/widget-locations, amoCRM's list at https://www.amocrm.ru/developers/content/integrations/areas; amoCRM's moderation requirements (https://www.amocrm.ru/developers/content/integrations/requirements): \"необходимо сообщить нашей системе будет ли виджет использовать правую колонку … путём указания требуемой зоны с ключём 1 (clist-1, lcard-1 и тд)\"",
    }
    ManifestLocationBlocks = "manifest.location-blocks" {
        section: Development,
        per_language: false,
        title: "Locations have their companion blocks",
        help: "Add the block each location needs: digital_pipeline → dp.settings, advanced_settings → advanced.title, sms → sms.endpoint, mobile_card → mobile, widget_page → left_menu, salesbot_designer → salesbot_designer; and list the cards card_sdk works in (lcard, ccard or comcard).",
        why: "Some areas need more than their name to work: the digital pipeline needs its dp block, an SMS sender its endpoint, a left-menu page its left_menu entry. Without the block the area cannot be set up or shown.",
        example: {
            bad: "\"locations\": [\"advanced_settings\"]\n(no \"advanced\" block)",
            good: "\"locations\": [\"advanced_settings\"],\n\"advanced\": {\"title\": \"advanced.title\"}",
        },
        source: "Documentation: the block each location needs (dp, advanced, sms, mobile, left_menu, salesbot_designer); see https://developers.kommo.com/docs/manifest-json and https://developers.kommo.com/docs/widget-locations (card_sdk: \"you should also add lcard/ccard/comcard to work in the cards of the relevant entities\"); https://developers.kommo.com/docs/widgets-dp: \"the manifest.json file must specify the digital_pipeline scope and the dp/settings block\"",
    }
    ManifestSettingsTypes = "manifest.settings-types" {
        section: Development,
        per_language: false,
        title: "Settings fields have valid types",
        help: "Give every settings field one of the types text, pass, users, users_lp or custom.",
        why: "amoCRM builds the settings form from these types. A field with any other type cannot be shown, so users cannot fill it in.",
        example: {
            bad: "\"api_url\": {\"name\": \"settings.api_url\", \"type\": \"url\", \"required\": true}",
            good: "\"api_url\": {\"name\": \"settings.api_url\", \"type\": \"text\", \"required\": true}",
        },
        source: "Documentation: the settings field types text, pass, users, users_lp and custom; see https://developers.kommo.com/docs/field-types",
    }
    ManifestVersion = "manifest.version" {
        section: Development,
        per_language: false,
        title: "Version is x.y or x.y.z",
        help: "Set widget.version to a version such as 1.0.0 (or 1.0), and raise it on every upload.",
        why: "The version tells amoCRM and the users' browsers that the widget has changed. Without a new version, browsers may keep using the old files from their cache after an update.",
        example: {
            bad: "\"version\": \"new\"",
            good: "\"version\": \"1.0.1\"",
        },
        source: "Documentation: widget.version, raised on every upload so that caches refresh; see https://developers.kommo.com/docs/manifest-json",
    }
    ManifestSecretKey = "manifest.secret-key" {
        section: Development,
        per_language: false,
        title: "No secret key in the archive",
        help: "A new widget does not need widget.code or widget.secret_key: the code is generated when the integration is uploaded, and the keys stay in the integration's settings. Keep them only if this archive updates an integration uploaded before the move to amoMarket and not converted yet, which still needs them until it is converted; otherwise remove them, since the archive is public and a shipped key is no longer secret.",
        why: "Anyone who gets hold of the archive can read a key written in it and act as your integration. A secret key is only safe where only you can see it, in the integration's settings.",
        example: {
            bad: "\"widget\": {\n  \"code\": \"acme_calendar\",\n  \"secret_key\": \"Zq3vF8sLw0RkPj7TnXe2YbHc5UaMdG9i\"\n}",
            good: "\"widget\": {\n  \"code\": \"acme_calendar\"\n}\n(the secret key stays in the integration's Keys and scopes)",
        },
        source: "https://www.amocrm.com.kz/developers/content/integrations/upload: \"для новых виджетов поля code и secret_key в manifest больше не требуются … Для обновления уже загруженных интеграций поля code и secret_key требуются, пока не будет произведена конвертация\" (new widgets no longer need code and secret_key; updates of integrations uploaded before still do, until converted); amo-preflight: a key shipped in the archive is no longer secret",
    }
    UiInterfaces = "ui.interfaces" {
        section: Development,
        per_language: false,
        title: "Changes only the allowed interfaces",
        help: "Check that the widget only changes the areas it declares in locations. Mark this item.",
        why: "Users and amoCRM's own features rely on every page looking and working as usual. A widget that changes parts of amoCRM outside its own areas can break them or confuse users.",
        example: {
            bad: "A lead-card widget that also hides a tab of the lead card and restyles the pipeline page",
            good: "The widget draws only in the areas it declares, such as its panel in the lead card (lcard-1)",
        },
        source: "Checklist, Development: \"Your integration only makes changes to interfaces included in this list\" (the list is a page linked from the checklist)",
    }
    UiNoOverlap = "ui.no-overlap" {
        section: Development,
        per_language: false,
        title: "Does not cover amoCRM controls",
        help: "Use the widget in each of its areas and check it never covers amoCRM controls or blocks the user. Mark this item.",
        why: "A widget that covers buttons or catches clicks stops users from doing their work in amoCRM, and they blame amoCRM for it.",
        example: {
            bad: "A pop-up that covers the card's Save button and does not close until the user fills it in",
            good: "A panel in the card's widget column that leaves every amoCRM button free",
        },
        source: "Checklist, Development: \"The integration does not overlap amoCRM controls or prevent users from interacting with amoCRM\"",
    }
    UiSettingsPage = "ui.settings-page" {
        section: Development,
        per_language: false,
        title: "Settings page: unique name, after amoCRM's pages",
        help: "The widget adds a page to Settings: give it a unique, honest name and check it comes after amoCRM's own pages. Mark this item.",
        why: "Administrators find their way in Settings by the names and order of amoCRM's pages. A page named like a system page misleads them, and one placed before amoCRM's pages pushes the system pages out of their usual place.",
        example: {
            bad: "A Settings page named \"General settings\", shown above amoCRM's own pages",
            good: "A Settings page named \"Acme calendar\", shown after amoCRM's own pages",
        },
        source: "Checklist, Development: \"If it adds a page to the Settings section, then the page: Has a unique name that does not mislead users; Is located after amoCRM pages\"",
    }
    UiLeftMenu = "ui.left-menu" {
        section: Development,
        per_language: false,
        title: "Left menu untouched",
        help: "Do not change the left menu; to add a page there, use the widget_page location with a left_menu block.",
        why: "The left menu is how every user moves around amoCRM. A widget that adds, hides or restyles items there on its own changes everyone's navigation, and breaks when amoCRM changes the menu.",
        example: {
            bad: "$('#left_menu').append('<a href=\"/acme\">Acme</a>');",
            good: "\"locations\": [\"widget_page\"],\n\"left_menu\": {\"acme\": {\"title\": \"menu.title\", \"icon\": \"images/menu.svg\"}}",
        },
        source: "Checklist, Development: \"The integration does not change the amoCRM left menu bar, except for cases described in the documentation\"; see https://developers.kommo.com/docs/left-menu",
    }
    UiBottomPosition = "ui.bottom-position" {
        section: Development,
        per_language: false,
        title: "Not fixed to the bottom of the screen",
        help: "Do not fix the widget to the bottom of the screen.",
        why: "An element fixed to the bottom of the screen covers part of every amoCRM page and makes the interface taller, so users have to work around it.",
        example: {
            bad: ".acme-calendar .bar { position: fixed; bottom: 0; width: 100%; }",
            good: ".acme-calendar .bar { position: static; }",
        },
        source: "Checklist, Development: \"Your widget is not positioned at the bottom of the screen to extend the interface vertically\"",
    }
    UiDragDrop = "ui.drag-drop" {
        section: Development,
        per_language: false,
        title: "Drop areas not in the left menu or top-right corner",
        help: "Place drop areas away from the left menu and the top-right system controls. Mark this item.",
        why: "The left menu and the top-right corner hold amoCRM's navigation and its system buttons, such as settings, save and import. A drop area there catches drops meant for them, or gets in their way.",
        example: {
            bad: "Files are dropped onto an area that opens over the top-right corner, on top of Save and Import",
            good: "Files are dropped onto an area inside the widget's own panel in the card",
        },
        source: "Checklist, Development: \"If your integration uses drag & drop, the drop area is not located: In the amoCRM left menu bar; In the top right corner, where system controls such as settings, save, import, etc. are located\"",
    }
    CssGlobalSelectors = "css.global-selectors" {
        section: Development,
        per_language: false,
        title: "No global CSS selectors",
        help: "Scope every CSS rule under the widget's own root class or id, e.g. .my-widget input { … }. A :root rule that only sets variables is a warning, not a failure: declare the variables on the widget's root instead.",
        why: "A widget's styles apply to the whole amoCRM page, not only to the widget. A rule for input changes every field in amoCRM. Variables set on :root style nothing by themselves, but their names are shared with amoCRM and every other widget.",
        example: {
            bad: "input { background: red; }",
            good: ".acme-calendar input { background: red; }",
        },
        source: "Checklist, Development: \"There is no manipulation with global CSS selectors\" (Not allowed: input { background: red; }). Variables on :root: https://developers.kommo.com/docs/dark-theme allows them (\"if you have corporate colors, you can use custom variables\"), so they warn rather than fail",
    }
    CssSystemClasses = "css.system-classes" {
        section: Development,
        per_language: false,
        title: "No styling of amoCRM classes",
        help: "Do not style amoCRM's own classes unless the selector starts with your widget's root.",
        why: "amoCRM's own buttons, fields and menus use these classes everywhere. Styling them changes those controls across the whole system, not only inside the widget.",
        example: {
            bad: ".control-select { color: red; }",
            good: ".acme-calendar .control-select { color: green; }",
        },
        source: "Checklist, Development: \"Your widget does not use the classes as our system in css files\"; \"All styles are specified relative to the root widget selector\" (Allowed: #amo_widget_code .control-select; Not allowed: .control-select)",
    }
    CssRootScoped = "css.root-scoped" {
        section: Development,
        per_language: false,
        title: "All styles relative to the widget root",
        help: "Start every selector with the widget's root selector.",
        why: "A class such as .header may also exist in amoCRM or in another widget. Starting every rule from the widget's root keeps the widget's styles inside the widget.",
        example: {
            bad: ".acme-calendar .day { color: #333; }\n.header { font-weight: bold; }",
            good: ".acme-calendar .day { color: #333; }\n.acme-calendar .header { font-weight: bold; }",
        },
        source: "Checklist, Development: \"All styles are specified relative to the root widget selector\"",
    }
    CssSwitcherStyles = "css.switcher-styles" {
        section: Development,
        per_language: false,
        title: "No switcher styles",
        help: "Remove the switcher__on / switcher__off / switcher_on / switcher_off styles and code; do not restyle amoCRM's switchers. Use a checkbox of your own with your own class names if you need a different look.",
        why: "switcher__on and switcher__off belong to amoCRM's own on/off control. Styles built on them change that control, and code that relies on them breaks when amoCRM changes it.",
        example: {
            bad: ".acme-calendar .switcher__on { background: green; }",
            good: ".acme-calendar .acme-toggle--on { background: green; }",
        },
        source: "Checklist, Development: \"The integration code is not based on and does not contain any switcher styles (switcher__on, switcher__off)\"",
    }
    CssPaletteVariables = "css.palette-variables" {
        section: Development,
        per_language: false,
        title: "The theme's --palette-* variables are not redefined",
        help: "Use the theme's --palette-* variables with var(), e.g. color: var(--palette-text-primary), but do not set them. For colours of your own, declare variables with your widget's prefix on its root, e.g. .acme-calendar { --acme-accent: #0a84ff; }.",
        why: "Kommo's light and dark themes give the interface its colours through the --palette-* variables. A widget that sets them can look wrong in one of the themes, or break when Kommo changes its colours.",
        example: {
            bad: ":root { --palette-background-primary: #ffffff; }",
            good: ".acme-calendar { background: var(--palette-background-primary); --acme-accent: #0a84ff; }",
        },
        source: "Kommo, https://developers.kommo.com/docs/dark-theme, Rules for Developers: \"Use the provided variables to ensure consistency and avoid conflicts, but if you have corporate colors, you can use custom variables.\" and \"Do not override predefined variables. This helps maintain style consistency and avoid incompatibilities with system updates.\"; the page's example uses var(--palette-text-secondary-dark)",
    }
    CodeCommentedOut = "code.commented-out" {
        section: Development,
        per_language: false,
        title: "No commented-out code",
        help: "Delete the commented-out code (version control keeps old code); keep only comments that explain.",
        why: "Moderators read all of the widget's code. Old code left in comments slows the review and leaves them guessing whether it still runs somewhere.",
        example: {
            bad: "// background: #fafafa;\n// var a = AMOCRM.constant('account').id",
            good: "// our signature color\n// get account id",
        },
        source: "Checklist, Development: \"All comments are relevant and explanatory\" (Allowed: // our signature color; Not allowed: // background: #fafafa;)",
    }
    JsSyntax = "js.syntax" {
        section: Development,
        per_language: false,
        title: "JavaScript syntax is correct",
        help: "Fix the syntax error at the position shown; the browser stops reading the file there, so the widget does not load.",
        why: "One syntax error stops the whole script from loading, so the widget does not work anywhere.",
        example: {
            bad: "var days = [1, 2, 3;",
            good: "var days = [1, 2, 3];",
        },
        source: "Checklist, Development: \"All variables in the widget are declared before use and the syntax is correct\"",
    }
    JsUndeclared = "js.undeclared" {
        section: Development,
        per_language: false,
        title: "Variables are declared before use",
        help: "Declare the name with var, let or const in the function that uses it (or pass it in as a define dependency); if it is meant to be a global, assign it once as window.name.",
        why: "A variable that was never declared either stops the script with an error when the line runs, or silently becomes a global that can clash with amoCRM or with other widgets.",
        example: {
            bad: "total = items.length;",
            good: "var total = items.length;",
        },
        source: "Checklist, Development: \"All variables in the widget are declared before use and the syntax is correct\"",
    }
    JsDebugTraces = "js.debug-traces" {
        section: Development,
        per_language: false,
        title: "No alerts, confirms or debug output",
        help: "Remove alert, confirm, prompt and debugger, and show messages inside the widget's own interface instead; remove console.log, console.info, console.warn and similar debug output (console.error for real errors may stay).",
        why: "alert and confirm freeze the amoCRM page until the user clicks, and debugger stops it when the browser's developer tools are open. Leftover console output fills the browser console and can show customers' data.",
        example: {
            bad: "alert('Saved');\nconsole.log(settings);",
            good: "$('.acme-calendar .status').text(self.i18n('messages').saved);",
        },
        source: "Checklist, Development: \"You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration\"",
    }
    JsConsoleDebug = "js.console-debug" {
        section: Development,
        per_language: false,
        title: "console.debug only for important information",
        help: "Keep console.debug only where it logs information needed to run the widget. Mark this item.",
        why: "console.debug runs in every user's browser. Only messages that help find real problems are worth keeping; dumps of whole objects clutter the console and can expose customers' data.",
        example: {
            bad: "console.debug('here 2', lead);",
            good: "console.debug('Acme: calendar sync failed, retrying in 30 s');",
        },
        source: "Checklist, Development: \"If console.debug is used, you only log information important for the widget to work.\"",
    }
    JsConsoleTrace = "js.console-trace" {
        section: Development,
        per_language: false,
        title: "console.trace only in catch or onRejected",
        help: "Call console.trace only inside a catch block or a promise's onRejected handler (.catch(fn), .then(ok, fn)), or remove it; a function created there and run later does not count.",
        why: "console.trace prints a whole call stack, which helps only when something has failed. Outside error handling it fills the console every time the code runs.",
        example: {
            bad: "function save() {\n  console.trace('save');\n  …\n}",
            good: "save().catch(function (error) {\n  console.trace(error);\n});",
        },
        source: "Checklist, Development: \"You do not use console.trace outside the following blocks: a) catch block; b) onRejected Promise Argument.\"",
    }
    JsAmocrmGlobal = "js.amocrm-global" {
        section: Development,
        per_language: false,
        title: "Does not change the AMOCRM global",
        help: "Read from AMOCRM / APP only: keep the widget's own data in its own variables, and never assign to, delete from or change amoCRM's objects.",
        why: "amoCRM and every installed widget read the AMOCRM object. Changing it can break amoCRM's pages and other widgets in ways that are hard to trace.",
        example: {
            bad: "AMOCRM.data.current_card.id = 0;",
            good: "var cardId = AMOCRM.data.current_card.id;",
        },
        source: "Checklist, Development: \"The integration does not affect the data in the global variable AMOCRM\"",
    }
    JsSyncRequests = "js.sync-requests" {
        section: Development,
        per_language: false,
        title: "No synchronous requests",
        help: "Remove async: false and pass true (or nothing) as the third argument of xhr.open; handle the answer in a callback or promise.",
        why: "A synchronous request freezes the whole amoCRM page until the server answers. With a slow server, users cannot click or type anything in the meantime.",
        example: {
            bad: "$.ajax({url: url, async: false});",
            good: "$.ajax({url: url}).done(showEvents);",
        },
        source: "Checklist, Development: \"The integration does not use synchronous requests\"",
    }
    JsScriptInjection = "js.script-injection" {
        section: Development,
        per_language: false,
        title: "No script elements injected",
        help: "Load every dependency through the define([...]) list of script.js instead of creating <script> elements or using $.getScript.",
        why: "A script added this way bypasses amoCRM's module loader: it loads in no fixed order and outside the widget's declared dependencies, and moderators cannot see in one place what the widget runs.",
        example: {
            bad: "var s = document.createElement('script');\ns.src = 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js';\ndocument.head.appendChild(s);",
            good: "define(['jquery', 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js'], function ($) {\n  …\n});",
        },
        source: "Checklist, Development: \"The integration does not include external dependency files through document.createElement (‘script’) and does not insert this element directly into the head\"",
    }
    JsRequirejsDeps = "js.requirejs-deps" {
        section: Development,
        per_language: false,
        title: "External dependencies through define",
        help: "List the dependency in define([...]) of script.js; do not use import(), require() of URLs or code fetched and run with eval.",
        why: "amoCRM loads widgets with RequireJS: dependencies listed in define are loaded once, in order, before the widget's code runs, and moderators see them all in one place. Other ways of loading code bypass that.",
        example: {
            bad: "import('https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js').then(draw);",
            good: "define(['https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js'], function (d3) {\n  …\n});",
        },
        source: "Checklist, Development: \"All external dependencies are connected via requirejs in the dependency block in define.\"",
    }
    JsExternalSources = "js.external-sources" {
        section: Development,
        per_language: false,
        title: "Only public libraries from trusted CDNs",
        help: "Put your own code inside the widget archive and load it through define([...]); take public libraries from code.jquery.com, ajax.googleapis.com, ajax.aspnetcdn.com or yastatic.net (libraries from jsDelivr, cdnjs, PageCDN or unpkg are allowed, but the moderators check each one).",
        why: "A script loaded from the maker's own server can change at any time after moderation, so users would run code nobody reviewed. Public libraries on well-known CDNs are fixed files the moderators know.",
        example: {
            bad: "define(['https://static.acme.com/d3.min.js', 'https://static.acme.com/acme-calendar.js'], …)",
            good: "define(['https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js'], …)\n// Acme's calendar code is part of the widget's own files",
        },
        source: "Checklist, Development: \"Additional plugins or other external connections to the widget are not loaded from external resources with the exception of public libraries\"; \"The integration uses only trusted CDS, if any.\"",
    }
    JsExternalStyles = "js.external-styles" {
        section: Development,
        per_language: false,
        title: "No CDN styles with global selectors",
        help: "Do not load stylesheets from other sites that contain global selectors; copy the styles you need into your own CSS, scoped under the widget's root.",
        why: "A stylesheet loaded from a CDN applies to the whole amoCRM page, like the widget's own styles. One that styles body, a or input restyles all of amoCRM.",
        example: {
            bad: "$('head').append('<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css\">');",
            good: "/* style.css: only the styles the widget needs */\n.acme-calendar .btn { padding: 6px 12px; }",
        },
        source: "Checklist, Development: \"The integration does not connect styles from an external CDN if the requested file contains at least one global selector.\"",
    }
    JsEval = "js.eval" {
        section: Development,
        per_language: false,
        title: "No code executed from strings or iframes",
        help: "Replace eval, new Function and string timers with ordinary functions; never run data received from an iframe or a server as code.",
        why: "Code run from a string, or received from an iframe, was never seen by the moderators. Whoever controls that text can run anything in the user's amoCRM session.",
        example: {
            bad: "window.addEventListener('message', function (e) {\n  eval(e.data);\n});",
            good: "window.addEventListener('message', function (e) {\n  if (e.data.type === 'resize') resize(e.data.height);\n});",
        },
        source: "Checklist, Development: \"The integration does not execute code obtained from the iFrame\"",
    }
    JsCallbacks = "js.callbacks" {
        section: Development,
        per_language: false,
        title: "render, init and bind_actions exist",
        help: "Add the callbacks render, init and bind_actions (each returning true) to this.callbacks, and those your locations call: loadPreloadedData, loadElements, linkCard and searchDataInCard for card_sdk, advancedSettings for advanced_settings, initMenuPage for widget_page.",
        why: "amoCRM calls render, then init, then bind_actions when it shows the widget. If one is missing, or render does not return true, the widget does not work in its areas.",
        example: {
            bad: "this.callbacks = {\n  init: function () { return true; }\n};",
            good: "this.callbacks = {\n  render: function () { return true; },\n  init: function () { return true; },\n  bind_actions: function () { return true; }\n};",
        },
        source: "Documentation: render, init and bind_actions are required callbacks, each returning true, and advancedSettings is the settings page's callback (https://developers.kommo.com/docs/script-js); https://developers.kommo.com/docs/card-sdk: \"4 methods must be created in the callbacks object in the script.js file of the widget, loadPreloadedData, loadElements, linkCard, searchDataInCard\"; initMenuPage for the left-menu page (https://developers.kommo.com/docs/left-menu)",
    }
    JsMinified = "js.minified" {
        section: Development,
        per_language: false,
        title: "Code is readable",
        help: "Submit the readable source of the widget's own code (not minified, not bundled, no source maps). Libraries may be bundled as they are published: make sure each is an unmodified public library, or load it through define([...]) from a trusted CDN.",
        why: "Moderators must read the widget's own code to approve it. Minified or obfuscated code cannot be reviewed in reasonable time, and it hides what the widget does.",
        example: {
            bad: "define([\"jquery\"],function(e){var t=function(){var n=this;this.callbacks={render:function(){return!0},…",
            good: "define(['jquery'], function ($) {\n  var CustomWidget = function () {\n    var self = this;\n    …",
        },
        source: "Checklist, Development: \"The more readable and understandable your code is, the faster we will be able to check it.\"; see https://www.amocrm.ru/developers/content/integrations/requirements (code must not be minified or obfuscated, libraries excepted)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for (i, rule) in RULES.iter().enumerate() {
            let id = rule.id.as_str();
            assert_eq!(rule.id as usize, i, "{id} is out of order");
            assert!(seen.insert(id), "duplicate id {id}");
            let (family, name) = id.split_once('.').expect("family.name");
            assert!(!family.is_empty() && !name.is_empty());
            assert!(id.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '-' || c.is_ascii_digit()));
        }
    }

    /// Every rule explains itself: title, help, why, an example of a violation and its fix, and
    /// where it comes from.
    #[test]
    fn every_rule_explains_itself() {
        for rule in RULES {
            let id = rule.id;
            for (field, text) in [
                ("title", rule.title),
                ("help", rule.help),
                ("why", rule.why),
                ("example.bad", rule.example.bad),
                ("example.good", rule.example.good),
                ("source", rule.source),
            ] {
                assert!(!text.trim().is_empty(), "{id} has no {field}");
            }
            assert_ne!(rule.example.bad, rule.example.good, "{id}: the fix must differ from the violation");
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
