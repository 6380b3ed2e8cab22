//! The two marketplaces the tool checks for, and the thresholds that differ between them.
//! Thresholds are data here, so rules never branch on the marketplace themselves.

use serde::Serialize;

use crate::i18n::Msg;
use crate::msg;
use crate::rules::Status;
use crate::widget::image::ImageFormat;

/// Which marketplace's checklist to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Marketplace {
    /// amoCRM: the checklist in `marketplace-checklist.txt`.
    #[default]
    Amocrm,
    /// Kommo: the current Kommo checklist.
    Kommo,
}

impl Marketplace {
    pub const ALL: [Marketplace; 2] = [Marketplace::Amocrm, Marketplace::Kommo];

    /// The id used on the command line and in reports.
    pub fn id(self) -> &'static str {
        match self {
            Marketplace::Amocrm => "amocrm",
            Marketplace::Kommo => "kommo",
        }
    }

    /// The name users know.
    pub fn title(self) -> &'static str {
        match self {
            Marketplace::Amocrm => "amoCRM",
            Marketplace::Kommo => "Kommo",
        }
    }

    /// The thresholds of this marketplace.
    pub fn profile(self) -> &'static Profile {
        match self {
            Marketplace::Amocrm => &AMOCRM,
            Marketplace::Kommo => &KOMMO,
        }
    }
}

impl std::str::FromStr for Marketplace {
    type Err = Msg;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Marketplace::ALL
            .into_iter()
            .find(|m| m.id().eq_ignore_ascii_case(s))
            .ok_or_else(|| msg!("manifest-marketplace-unknown", name = s))
    }
}

/// The numbers and word lists one marketplace's checklist sets.
#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub marketplace: Marketplace,
    /// Most characters in the name.
    pub name_max: usize,
    /// Words that may join the name and its maker ("Calendar via Acme").
    pub maker_words: &'static [&'static str],
    /// Most characters in one word of the name (Kommo only).
    pub name_word_max: Option<usize>,
    /// A brand the name must not contain (Kommo only).
    pub forbidden_brand: Option<&'static str>,
    /// Most characters in the teaser (`widget.short_description`).
    pub teaser_max: usize,
    /// Most characters in the description, HTML tags not counted.
    pub description_max: usize,
    /// Most paragraphs in the description.
    pub description_paragraphs_max: usize,
    /// The `interface_version` the manifest must declare, if the marketplace requires one.
    pub interface_version: Option<i64>,
    /// Most bytes in one branding image.
    pub branding_max_bytes: u64,
    /// What a branding image at the widget root rather than in `images/` gets from
    /// images.branding-files.
    pub branding_at_root: Status,
    /// Languages the marketplace lists in: a `widget.locale` entry or language file for another
    /// language gets `foreign_locale_status` from l10n.locale-files.
    pub locales: &'static [&'static str],
    /// What a language outside `locales` gets.
    pub foreign_locale_status: Status,
    /// The locations the marketplace's location table lists (card and list areas without their
    /// `-0`/`-1`); another known location warns on this marketplace only.
    pub areas: &'static [&'static str],
    /// Whether card and list areas must say `-1` or `-0` (whether the widget uses the right
    /// panel); a bare `lcard` then warns.
    pub explicit_panel_suffix: bool,
    /// The formats slideshow images may have.
    pub slide_formats: &'static [ImageFormat],
    /// Whether `widget.support` needs both a `link` and an `email` (else one of them).
    pub support_needs_both: bool,
    /// What the widget's own minified code gets from js.minified.
    pub minified_status: Status,
    /// What files.references gives when script.js is missing although the locations need it.
    pub script_missing_status: Status,
}

/// amoCRM, per `marketplace-checklist.txt`. "vía" is the Spanish spelling of "via".
pub static AMOCRM: Profile = Profile {
    marketplace: Marketplace::Amocrm,
    name_max: 30,
    maker_words: &["via", "vía"],
    name_word_max: None,
    forbidden_brand: None,
    teaser_max: 60,
    description_max: 400,
    description_paragraphs_max: 2,
    interface_version: None,
    // amoCRM's structure page: "The size of each file should not exceed 300 KB".
    branding_max_bytes: 300 * 1024,
    // The checklist lists the logos beside manifest.json, its structure page puts them in
    // images/: the sources disagree, so a logo at the root is a warning.
    branding_at_root: Status::Warn,
    // The structure page (older) allows only ru and en; the checklist, newer, names en.json,
    // es.json and pt.json: the newer is followed, and another language only warns, since amoCRM
    // publishes no current list.
    locales: &["ru", "en", "es", "pt"],
    foreign_locale_status: Status::Warn,
    // amocrm.ru/developers/content/integrations/areas, plus widget_page (web_sdk/left_menu),
    // salesbot_designer (web_sdk/salesbot-2) and personal_page (web_sdk/personal_page).
    areas: &[
        "lcard",
        "cucard",
        "ccard",
        "comcard",
        "llist",
        "culist",
        "clist",
        "tlist",
        "settings",
        "advanced_settings",
        "card_sdk",
        "catalogs",
        "digital_pipeline",
        "lead_sources",
        "whatsapp_modal",
        "everywhere",
        "sms",
        "mobile_card",
        "amoforms",
        "widget_page",
        "salesbot_designer",
        "personal_page",
    ],
    // amoCRM's moderation requirements: "указания требуемой зоны с ключём 1 (clist-1, lcard-1)".
    explicit_panel_suffix: true,
    // The checklist: "slideshow … in PNG format".
    slide_formats: &[ImageFormat::Png],
    // amoCRM's moderation requirements: widget.support.link and .email are mandatory (Nov 2018).
    support_needs_both: true,
    // amoCRM's requirements §3: the widget's own code must not be minified or obfuscated.
    minified_status: Status::Fail,
    // amoCRM's structure page (amocrm.ru/developers/content/integrations/structure): script.js is
    // "(обязательный файл)".
    script_missing_status: Status::Fail,
};

/// Kommo, per its current checklist (developers.kommo.com/docs/getting-listed).
pub static KOMMO: Profile = Profile {
    marketplace: Marketplace::Kommo,
    name_max: 30,
    maker_words: &["via", "vía", "by"],
    name_word_max: Some(19),
    forbidden_brand: Some("Kommo"),
    teaser_max: 50,
    description_max: 400,
    description_paragraphs_max: 2,
    interface_version: Some(2),
    // Kommo's images page: "The size of each file should not exceed 300 KB".
    branding_max_bytes: 300 * 1024,
    // Kommo's structure page marks the images folder required, and its images page puts every
    // logo in it.
    branding_at_root: Status::Fail,
    // developers.kommo.com/docs/i18n: "Kommo currently supports English, Spanish, Portuguese,
    // Turkish and Indonesian languages".
    locales: &["en", "es", "pt", "tr", "id"],
    foreign_locale_status: Status::Fail,
    // developers.kommo.com/docs/widget-locations ("Table of connection areas"), plus ai_agent from
    // its newer Portuguese copy (pt-developers.kommo.com/docs/localizações-do-widget).
    areas: &[
        "lcard",
        "ccard",
        "comcard",
        "llist",
        "clist",
        "tlist",
        "settings",
        "advanced_settings",
        "card_sdk",
        "catalogs",
        "digital_pipeline",
        "lead_sources",
        "widget_page",
        "sms",
        "mobile_card",
        "salesbot_designer",
        "website_chat_button",
        "everywhere",
        "ai_agent",
    ],
    // The widget-locations page asks for 1 or 0 but does not reject a bare area; the older page
    // says the default is 1.
    explicit_panel_suffix: false,
    // Kommo's own example widget (kommo-crm/birthday-widget) ships its slides as JPG.
    slide_formats: &[ImageFormat::Png, ImageFormat::Jpeg],
    // Kommo's manifest page: `email` is required when there is no `link`.
    support_needs_both: false,
    // Kommo's checklist asks for readable code; it does not make minification a rejection.
    minified_status: Status::Warn,
    // Kommo's structure page: "only manifest.json file is required".
    script_missing_status: Status::Warn,
};
