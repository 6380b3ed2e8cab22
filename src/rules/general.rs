//! General: data the widget collects and the consent to send it, ease of use, support contact,
//! partner upsell, "official" claims.

use super::{Check, Finding, Status, plural};
use crate::location::Location;
use crate::rules::catalogue::RuleId;
use crate::text::links;
use crate::text::words::{find_words, is_email, is_web_link};
use crate::widget::json::Json;

pub fn run(cx: &Check, out: &mut Vec<Finding>) {
    out.push(data_minimal(cx));
    out.push(data_consent(cx));
    out.push(ease_of_use(cx));
    out.push(support_contact(cx));
    for lang in &cx.widget.languages {
        out.push(no_partner_upsell(cx, lang));
        out.push(official_claim(cx, lang));
    }
}

fn data_minimal(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::GeneralDataMinimal;
    if let Some(na) = cx.without_manifest(ID) {
        return na;
    }
    let fields = cx.widget.settings_fields();
    let personal: Vec<_> = fields.iter().filter(|f| f.asks_for_personal_data()).collect();
    let message = match personal.len() {
        0 if fields.is_empty() => {
            "The settings form has no fields. Confirm the widget collects no other data.".to_string()
        }
        0 => format!(
            "None of the {} settings fields looks like personal data or a credential. Confirm each is needed.",
            fields.len()
        ),
        n => format!(
            "{n} settings field{} ask{} for personal data or credentials: {}. Confirm the widget needs each of them.",
            plural(n),
            if n == 1 { "s" } else { "" },
            personal.iter().map(|f| f.describe()).collect::<Vec<_>>().join(", ")
        ),
    };
    let mut f = Finding::new(ID, Status::Manual, message);
    for field in &fields {
        let label = if field.asks_for_personal_data() { "personal data field" } else { "settings field" };
        f = f.evidence(label, field.describe(), Some(field.location.clone()));
    }
    f
}

/// Whether users are told, and agree, before the credentials or personal data the settings ask
/// for go to the widget's server. Only a person can see that in the running widget, so the
/// fields are listed where the manifest declares them.
fn data_consent(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::GeneralDataConsent;
    if let Some(na) = cx.without_manifest(ID) {
        return na;
    }
    let fields = cx.widget.settings_fields();
    let personal: Vec<_> = fields.iter().filter(|f| f.asks_for_personal_data()).collect();
    if personal.is_empty() {
        return Finding::new(
            ID,
            Status::Na,
            "The settings ask for no credentials or personal data, so there is nothing users must agree to send.",
        );
    }
    let n = personal.len();
    let mut f = Finding::new(
        ID,
        Status::Manual,
        format!(
            "{n} settings field{} ask{} for credentials or personal data: {}. Check that, before it is sent, users are told this data goes to your server and are asked to confirm.",
            plural(n),
            if n == 1 { "s" } else { "" },
            personal.iter().map(|f| f.describe()).collect::<Vec<_>>().join(", ")
        ),
    );
    for field in personal {
        f = f.evidence("personal data field", field.describe(), Some(field.location.clone()));
    }
    f
}

fn ease_of_use(cx: &Check) -> Finding {
    let w = cx.widget;
    let mut f = Finding::new(
        RuleId::GeneralEaseOfUse,
        Status::Manual,
        "Try enabling, setting up, using and disabling the widget as a new user, and finding its support.",
    );
    if let Some(v) = w.manifest_value("widget.installation").and_then(Json::as_bool) {
        let what = if v { "yes: users fill in the settings form when installing" } else { "no: no settings step" };
        f = f.evidence("installation step", what, Some(w.manifest_location_of("widget.installation")));
    }
    f = f.evidence("settings fields", w.settings_fields().len().to_string(), None);
    for key in ["widget.support.link", "widget.support.email"] {
        if let Some(v) = w.manifest_value(key).and_then(Json::as_str) {
            f = f.evidence("support", v, Some(w.manifest_location_of(key)));
        }
    }
    f
}

fn support_contact(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::GeneralSupportContact;
    if let Some(na) = cx.without_manifest(ID) {
        return na;
    }
    let w = cx.widget;
    let link = w.manifest_value("widget.support.link");
    let email = w.manifest_value("widget.support.email");
    let mut problems = Vec::new();
    let mut locations = Vec::new();
    let mut good = Vec::new();
    if let Some(v) = link {
        match v.as_str() {
            Some(s) if is_web_link(s) => match not_the_makers(links::host(s).as_deref().unwrap_or("")) {
                Some(whose) => {
                    problems.push(format!("widget.support.link {s} is {whose}, not the widget maker's support"));
                    locations.push(w.manifest_location(v.span));
                }
                None => good.push(format!("support page {s}")),
            },
            _ => {
                problems.push(format!("widget.support.link {} is not a web address (https://…)", shown(v)));
                locations.push(w.manifest_location(v.span));
            }
        }
    }
    if let Some(v) = email {
        match v.as_str() {
            Some(s) if is_email(s.strip_prefix("mailto:").unwrap_or(s)) => {
                let domain = s.rsplit_once('@').map_or("", |(_, d)| d).to_ascii_lowercase();
                match not_the_makers(&domain) {
                    Some(whose) => {
                        problems.push(format!("widget.support.email {s} is {whose}, not the widget maker's support"));
                        locations.push(w.manifest_location(v.span));
                    }
                    None => good.push(format!("support e-mail {s}")),
                }
            }
            _ => {
                problems.push(format!("widget.support.email {} is not an e-mail address", shown(v)));
                locations.push(w.manifest_location(v.span));
            }
        }
    }
    if link.is_none() && email.is_none() {
        let at = w.manifest_location_of(if w.manifest_value("widget.support").is_some() {
            "widget.support"
        } else {
            "widget"
        });
        return Finding::new(
            ID,
            Status::Fail,
            "The manifest gives no support contact (widget.support.link or widget.support.email).",
        )
        .at(at);
    }
    if cx.profile.support_needs_both && (link.is_none() || email.is_none()) {
        let missing = if link.is_none() { "widget.support.link (a support page)" } else { "widget.support.email" };
        problems.push(format!("amoCRM asks for both a support page and a support e-mail; {missing} is missing"));
        locations.push(w.manifest_location_of("widget.support"));
    }
    if !problems.is_empty() {
        return Finding::new(ID, Status::Fail, format!("{}.", problems.join("; "))).at_all(locations);
    }
    Finding::new(ID, Status::Pass, format!("Users can reach support: {}.", good.join(", ")))
}

/// Whose a support host or e-mail domain is when it is not the widget maker's: the platform's
/// own (users must not be sent to amoCRM's or Kommo's support), or a placeholder left from a
/// template or the developer's machine.
fn not_the_makers(host: &str) -> Option<&'static str> {
    const PLATFORM: &[&str] = &["amocrm.ru", "amocrm.com", "amocrm.com.kz", "kommo.com"];
    let host = host.trim_end_matches('.');
    let bare = host.strip_prefix("www.").unwrap_or(host);
    let platform = PLATFORM.iter().any(|p| bare == *p || bare.ends_with(&format!(".{p}")) && is_platform_site(bare));
    if platform {
        return Some("the platform's own address");
    }
    (links::is_placeholder_host(host) || links::is_development_host(host)).then_some("a placeholder")
}

/// The platform's own sites under its domain (`help.kommo.com`, `support.amocrm.ru`), not an
/// account's (`acme.amocrm.ru` may be the maker's own amoCRM with its own forms).
fn is_platform_site(host: &str) -> bool {
    ["www.", "help.", "support.", "developers.", "forum."].iter().any(|p| host.starts_with(p))
}

/// Words that, next to "partner", mean buying or subscribing.
const BUYING_WORDS: &[&str] = &[
    "buy",
    "purchase",
    "subscription",
    "subscriptions",
    "subscribe",
    "license",
    "licence",
    "tariff",
    "plan",
    "discount",
    "comprar",
    "compra",
    "suscripción",
    "suscripcion",
    "assinatura",
    "assinar",
    "licencia",
    "licença",
    "desconto",
    "descuento",
    "купить",
    "покупка",
    "подписка",
    "подписку",
    "лицензию",
    "тариф",
    "скидка",
];

const PARTNER_WORDS: &[&str] = &[
    "partner",
    "partners",
    "reseller",
    "socio",
    "socios",
    "parceiro",
    "parceiros",
    "партнер",
    "партнёр",
    "партнера",
    "партнёра",
    "партнеров",
    "партнёров",
    "партнеры",
];

fn no_partner_upsell(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::GeneralNoPartnerUpsell;
    let hits: Vec<_> = cx
        .texts
        .in_file(lang)
        .filter(|(_, text, _)| {
            !find_words(text, PARTNER_WORDS).is_empty() && !find_words(text, BUYING_WORDS).is_empty()
        })
        .map(|(key, _, at)| (key.to_string(), at.clone()))
        .collect();
    if hits.is_empty() {
        return Finding::new(ID, Status::Pass, "No text promotes buying subscriptions through partners.").lang(lang);
    }
    let keys: Vec<_> = hits.iter().map(|(k, _)| k.as_str()).collect();
    Finding::new(
        ID,
        Status::Warn,
        format!(
            "{} seem{} to promote buying through partners: {}.",
            plural_texts(keys.len()),
            if keys.len() == 1 { "s" } else { "" },
            keys.join(", ")
        ),
    )
    .lang(lang)
    .at_all(hits.into_iter().map(|(_, l)| l))
}

/// "Official" in the languages the marketplaces list in, in its common forms (Russian declines
/// it). Matched in every language's texts, since a text may be in another language than its file.
const OFFICIAL_WORDS: &[&str] = &[
    "official",
    "officially",
    "oficial",
    "oficiales",
    "oficiais",
    "oficialmente",
    "официальный",
    "официальная",
    "официальное",
    "официальные",
    "официального",
    "официальной",
    "официальному",
    "официальным",
    "официальных",
    "официальную",
    "официально",
    "resmî",
];

/// Turkish and Indonesian "resmi": in Indonesian it means official; in Turkish it is also "the
/// picture" (profil resmi), so there only the phrases that name an integration count.
const OFFICIAL_BY_LANGUAGE: &[(&str, &[&str])] =
    &[("id", &["resmi"]), ("tr", &["resmi entegrasyon", "resmi entegrasyonu", "resmi uygulama"])];

fn official_claim(cx: &Check, lang: &str) -> Finding {
    const ID: RuleId = RuleId::GeneralOfficialClaim;
    let own = OFFICIAL_BY_LANGUAGE.iter().find(|(l, _)| *l == lang).map_or(&[][..], |(_, words)| words);
    let hits: Vec<(&str, &str, Option<&Location>)> = cx
        .texts
        .of_language(lang)
        .filter_map(|v| Some((v.key.as_str(), v.value.as_deref()?, v.location.as_ref())))
        .filter(|(_, text, _)| !find_words(text, OFFICIAL_WORDS).is_empty() || !find_words(text, own).is_empty())
        .collect();
    if hits.is_empty() {
        return Finding::new(ID, Status::Pass, "No text calls the integration official.").lang(lang);
    }
    let keys: Vec<&str> = hits.iter().map(|(k, _, _)| *k).collect();
    let mut f = Finding::new(
        ID,
        Status::Manual,
        format!(
            "{} {} \"official\": {}. If it says the integration is the official one of another service, send the marketplace documentary evidence; otherwise remove the word.",
            plural_texts(keys.len()),
            if keys.len() == 1 { "says" } else { "say" },
            keys.join(", ")
        ),
    )
    .lang(lang)
    .at_all(hits.iter().filter_map(|(_, _, at)| at.cloned()));
    for (key, text, at) in hits {
        f = f.evidence(key, text, at.cloned());
    }
    f
}

/// A JSON value as a user would recognise it in a message.
fn shown(v: &Json) -> String {
    match v.as_str() {
        Some(s) => format!("\"{s}\""),
        None => format!("(a {})", v.kind_name()),
    }
}

fn plural_texts(n: usize) -> String {
    if n == 1 { "1 text".to_string() } else { format!("{n} texts") }
}
