//! Development: authorisation through OAuth 2.0 rather than collected keys and passwords, and
//! nothing left from templates or development.

use super::js::ScriptFacts;
use super::{Check, Finding, Status};
use crate::i18n::{Msg, list};
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::text::placeholders;
use crate::widget::settings::SettingsField;

pub fn run(cx: &Check, scripts: &ScriptFacts, out: &mut Vec<Finding>) {
    out.push(oauth2(cx));
    out.extend(placeholders(cx, scripts));
}

/// Texts of the documentation's and the scaffolders' templates, lower-cased, left as the
/// widget's own name and descriptions (`widget.*` keys only: "Description" is a fair label for
/// a settings field).
const TEMPLATE_TEXTS: &[&str] =
    &["short description", "full description", "widget name", "widget description", "my widget", "description"];

/// dev.placeholders: template texts in the language files fail, as they are certain; a
/// placeholder address or build placeholder in the manifest or the scripts warns, as a string
/// may also be an example shown to the user ("e.g. https://example.com").
fn placeholders(cx: &Check, scripts: &ScriptFacts) -> Vec<Finding> {
    const ID: RuleId = RuleId::DevPlaceholders;
    let w = cx.widget;
    let mut texts: Vec<(Msg, Location)> = Vec::new();
    for lang in &w.languages {
        for entry in w.text_entries(lang) {
            let Some(value) = entry.value.as_str() else { continue };
            let lower = value.trim().to_lowercase();
            let templated = entry.key.starts_with("widget.") && TEMPLATE_TEXTS.contains(&lower.as_str());
            if templated || lower.starts_with("lorem ipsum") {
                let at = w.i18n_location(lang, entry.value);
                let text =
                    msg!("dev-placeholders-template-text", text = value.trim(), key = entry.key, file = &at.file);
                texts.push((text, at));
            }
        }
    }
    let mut left: Vec<(Msg, Location)> = Vec::new();
    if let Some(root) = w.manifest_root() {
        for (key, value) in root.leaves() {
            if let Some(what) = value.as_str().and_then(placeholders::find) {
                let found = msg!("dev-placeholders-in-manifest", what = what, key = key);
                left.push((found, w.manifest_location(value.span)));
            }
        }
    }
    left.extend(
        scripts.placeholders.iter().map(|(what, at)| {
            (msg!("dev-placeholders-in-script", what = what.clone(), place = at.display()), at.clone())
        }),
    );
    let mut out = Vec::new();
    if !texts.is_empty() {
        let (found, at): (Vec<Msg>, Vec<Location>) = texts.into_iter().unzip();
        out.push(Finding::new(ID, Status::Fail, msg!("dev-placeholders-texts", texts = list(found, ", "))).at_all(at));
    }
    if !left.is_empty() {
        let (found, at): (Vec<Msg>, Vec<Location>) = left.into_iter().unzip();
        out.push(Finding::new(ID, Status::Warn, msg!("dev-placeholders-left", found = list(found, "; "))).at_all(at));
    }
    if out.is_empty() {
        out.push(Finding::new(ID, Status::Pass, msg!("dev-placeholders-pass")));
    }
    out
}

/// A `login` with an `api_key` (or a `hash`) beside it: the pair amoCRM's retired API-key sign-in
/// took, so those two fields are amoCRM's even when no label names it.
fn legacy_pair<'a>(asking: &[&SettingsField<'a>]) -> Vec<&'a str> {
    let has = |codes: &[&str]| asking.iter().map(|f| f.code).find(|c| codes.contains(&c.to_ascii_lowercase().as_str()));
    match (has(&["login", "user_login"]), has(&["api_key", "apikey", "hash", "user_hash", "api_hash"])) {
        (Some(login), Some(key)) => vec![login, key],
        _ => Vec::new(),
    }
}

fn oauth2(cx: &Check) -> Finding {
    const ID: RuleId = RuleId::DevOauth2;
    if let Some(na) = cx.without_manifest(ID) {
        return na;
    }
    let w = cx.widget;
    let fields = w.settings_fields();
    let asking: Vec<_> = fields.iter().filter(|f| f.asks_for_credentials()).collect();
    // Only the platform's own credentials break the rule; another service's key (a telephony
    // provider's secret, say) is how that service is reached, shown for the reviewer.
    let legacy = legacy_pair(&asking);
    let (platform, other): (Vec<_>, Vec<_>) =
        asking.into_iter().partition(|f| legacy.contains(&f.code) || f.names_platform(&w.field_labels(f)));
    if !platform.is_empty() {
        let fields = platform.iter().map(|f| f.describe()).collect::<Vec<_>>().join(", ");
        return Finding::new(ID, Status::Warn, msg!("dev-oauth2-platform-credentials", fields = fields))
            .at_all(platform.iter().map(|f| f.location.clone()));
    }
    let message = if other.is_empty() { msg!("dev-oauth2-no-credentials") } else { msg!("dev-oauth2-other-service") };
    let mut f = Finding::new(ID, Status::Manual, message);
    for field in other {
        f = f.evidence(msg!("dev-evidence-other-credential"), field.describe(), Some(field.location.clone()));
    }
    f
}
