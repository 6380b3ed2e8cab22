//! General: data the widget collects and the consent to send it, ease of use, support contact,
//! partner upsell, "official" claims.

use super::{Check, Finding, Status};
use crate::i18n::{Arg, Msg, list};
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::text::links;
use crate::text::words::{find_words, is_email, is_web_link};
use crate::widget::json::Json;
use crate::widget::settings::SettingsField;

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
        0 if fields.is_empty() => msg!("general-data-no-fields"),
        0 => msg!("general-data-no-personal", n = fields.len()),
        n => msg!("general-data-personal", n = n, fields = described(&personal)),
    };
    let mut f = Finding::new(ID, Status::Manual, message);
    for field in &fields {
        let label = if field.asks_for_personal_data() {
            msg!("general-evidence-personal-field")
        } else {
            msg!("general-evidence-settings-field")
        };
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
        return Finding::new(ID, Status::Na, msg!("general-consent-nothing"));
    }
    let message = msg!("general-consent", n = personal.len(), fields = described(&personal));
    let mut f = Finding::new(ID, Status::Manual, message);
    for field in personal {
        f = f.evidence(msg!("general-evidence-personal-field"), field.describe(), Some(field.location.clone()));
    }
    f
}

fn ease_of_use(cx: &Check) -> Finding {
    let w = cx.widget;
    let mut f = Finding::new(RuleId::GeneralEaseOfUse, Status::Manual, msg!("general-ease-of-use"));
    if let Some(v) = w.manifest_value("widget.installation").and_then(Json::as_bool) {
        // The label says what the value means; the value is the manifest's (true / false).
        let label =
            if v { msg!("general-evidence-installation-on") } else { msg!("general-evidence-installation-off") };
        f = f.evidence(label, v.to_string(), Some(w.manifest_location_of("widget.installation")));
    }
    f = f.evidence(msg!("general-evidence-settings-fields"), w.settings_fields().len().to_string(), None);
    for key in ["widget.support.link", "widget.support.email"] {
        if let Some(v) = w.manifest_value(key).and_then(Json::as_str) {
            f = f.evidence(msg!("general-evidence-support"), v, Some(w.manifest_location_of(key)));
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
    let mut problems: Vec<Msg> = Vec::new();
    let mut locations = Vec::new();
    let mut good: Vec<Msg> = Vec::new();
    if let Some(v) = link {
        match v.as_str() {
            Some(s) if is_web_link(s) => match not_the_makers(links::host(s).as_deref().unwrap_or("")) {
                Some(whose) => {
                    let key = "widget.support.link";
                    problems.push(msg!("general-support-not-makers", key = key, value = s, whose = whose));
                    locations.push(w.manifest_location(v.span));
                }
                None => good.push(msg!("general-support-page", url = s)),
            },
            _ => {
                problems.push(msg!("general-support-link-not-web", value = shown(v)));
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
                        let key = "widget.support.email";
                        problems.push(msg!("general-support-not-makers", key = key, value = s, whose = whose));
                        locations.push(w.manifest_location(v.span));
                    }
                    None => good.push(msg!("general-support-email", email = s)),
                }
            }
            _ => {
                problems.push(msg!("general-support-email-not-email", value = shown(v)));
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
        return Finding::new(ID, Status::Fail, msg!("general-support-none")).at(at);
    }
    if cx.profile.support_needs_both && (link.is_none() || email.is_none()) {
        let missing =
            if link.is_none() { msg!("general-support-needs-link") } else { msg!("general-support-needs-email") };
        problems.push(missing);
        locations.push(w.manifest_location_of("widget.support"));
    }
    if !problems.is_empty() {
        return Finding::new(ID, Status::Fail, msg!("general-support-problems", problems = list(problems, "; ")))
            .at_all(locations);
    }
    Finding::new(ID, Status::Pass, msg!("general-support-ok", contacts = list(good, ", ")))
}

/// Whose a support host or e-mail domain is when it is not the widget maker's: the platform's
/// own (users must not be sent to amoCRM's or Kommo's support), or a placeholder left from a
/// template or the developer's machine.
fn not_the_makers(host: &str) -> Option<Msg> {
    const PLATFORM: &[&str] = &["amocrm.ru", "amocrm.com", "amocrm.com.kz", "kommo.com"];
    let host = host.trim_end_matches('.');
    let bare = host.strip_prefix("www.").unwrap_or(host);
    let platform = PLATFORM.iter().any(|p| bare == *p || bare.ends_with(&format!(".{p}")) && is_platform_site(bare));
    if platform {
        return Some(msg!("general-whose-platform"));
    }
    (links::is_placeholder_host(host) || links::is_development_host(host)).then(|| msg!("general-whose-placeholder"))
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
        return Finding::new(ID, Status::Pass, msg!("general-upsell-none")).lang(lang);
    }
    let keys: Vec<_> = hits.iter().map(|(k, _)| k.as_str()).collect();
    Finding::new(ID, Status::Warn, msg!("general-upsell", n = keys.len(), keys = keys.join(", ")))
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
        return Finding::new(ID, Status::Pass, msg!("general-official-none")).lang(lang);
    }
    let keys: Vec<&str> = hits.iter().map(|(k, _, _)| *k).collect();
    let mut f = Finding::new(ID, Status::Manual, msg!("general-official", n = keys.len(), keys = keys.join(", ")))
        .lang(lang)
        .at_all(hits.iter().filter_map(|(_, _, at)| at.cloned()));
    for (key, text, at) in hits {
        f = f.evidence(msg!("general-evidence-key", key = key), text, at.cloned());
    }
    f
}

/// A JSON value as a user would recognise it in a message: a string as it is written, in
/// quotes; any other value by its kind ("(a number)").
fn shown(v: &Json) -> Arg {
    match v.as_str() {
        Some(s) => Arg::from(format!("\"{s}\"")),
        None => Arg::from(msg!("general-json-kind", kind = v.kind_name())),
    }
}

/// Settings fields as the manifest names them, with their types: `api_key (pass), phone (text)`.
fn described(fields: &[&SettingsField]) -> String {
    fields.iter().map(|f| f.describe()).collect::<Vec<_>>().join(", ")
}
