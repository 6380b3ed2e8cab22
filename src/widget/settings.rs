//! The settings form of the widget (`settings` in the manifest): its fields, their types, and
//! which of them ask for personal data or credentials.

use super::Widget;
use super::json::Json;
use crate::location::Location;

/// The field types the marketplace documents.
pub const FIELD_TYPES: &[&str] = &["text", "pass", "users", "users_lp", "custom"];

/// Field types that ask for a secret: a password, or a login and password per user.
const CREDENTIAL_TYPES: &[&str] = &["pass", "users_lp"];

/// Parts of field codes that mean a credential.
const CREDENTIAL_WORDS: &[&str] = &["password", "passwd", "pass", "api_key", "apikey", "token", "secret", "login"];

/// Words that name the platform itself: a credential named so is the user's amoCRM / Kommo
/// account, which only OAuth 2.0 may reach. Any other key or password is another service's.
const PLATFORM_WORDS: &[&str] = &["amocrm", "amo", "kommo", "amocrm_api", "amo_crm"];

/// Parts of field codes that mean personal data.
const PERSONAL_WORDS: &[&str] = &[
    "email",
    "mail",
    "phone",
    "tel",
    "full_name",
    "first_name",
    "last_name",
    "surname",
    "address",
    "birth",
    "passport",
    "inn",
    "ssn",
    "cpf",
];

/// One field of the settings form.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsField<'a> {
    /// The field's key in `settings`.
    pub code: &'a str,
    /// The declared `type`, if it is a string.
    pub kind: Option<&'a str>,
    /// The field's value in the manifest.
    pub value: &'a Json,
    pub location: Location,
}

impl SettingsField<'_> {
    /// Whether the field asks for a password, API key, token or login.
    pub fn asks_for_credentials(&self) -> bool {
        self.kind.is_some_and(|k| CREDENTIAL_TYPES.contains(&k)) || code_mentions(self.code, CREDENTIAL_WORDS)
    }

    /// Whether the field asks for personal data (or credentials, which are personal too).
    pub fn asks_for_personal_data(&self) -> bool {
        self.asks_for_credentials() || self.kind == Some("users") || code_mentions(self.code, PERSONAL_WORDS)
    }

    /// Whether the field names the platform (amoCRM, Kommo) in its code or in one of its labels
    /// (the field's `name` in every language).
    pub fn names_platform(&self, labels: &[String]) -> bool {
        code_mentions(self.code, PLATFORM_WORDS) || labels.iter().any(|l| code_mentions(&words_of(l), PLATFORM_WORDS))
    }

    /// "api_key (pass)" for lists shown to people: the code and the type as the manifest writes
    /// them (the code alone when it has no type). Data, in no language.
    pub fn describe(&self) -> String {
        match self.kind {
            Some(kind) => format!("{} ({kind})", self.code),
            None => self.code.to_string(),
        }
    }
}

/// A label's words joined as a field code would be (`Your amoCRM API key` → `your_amocrm_api_key`).
fn words_of(label: &str) -> String {
    label.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("_")
}

/// Whether the parts of a field code (split at `_`, `-` and case changes) include one of `words`.
fn code_mentions(code: &str, words: &[&str]) -> bool {
    let lower = code.to_ascii_lowercase();
    let parts: Vec<&str> = lower.split(['_', '-', '.']).collect();
    words.iter().any(|w| {
        let w_parts: Vec<&str> = w.split('_').collect();
        parts.windows(w_parts.len()).any(|win| win == w_parts.as_slice()) || lower == w.replace('_', "")
    })
}

impl Widget {
    /// The labels of a settings field: its `name` as every language shows it.
    pub fn field_labels(&self, field: &SettingsField) -> Vec<String> {
        let Some(name) = field.value.get("name").and_then(Json::as_str) else { return Vec::new() };
        if !super::i18n::is_key_like(name) {
            return vec![name.to_string()];
        }
        self.languages.iter().filter_map(|lang| Some(self.i18n_text(lang, name)?.value)).collect()
    }

    /// The fields of `settings`, in manifest order; empty when there is no settings object.
    pub fn settings_fields(&self) -> Vec<SettingsField<'_>> {
        let Some(settings) = self.manifest_value("settings") else { return Vec::new() };
        settings
            .members()
            .iter()
            .map(|m| SettingsField {
                code: &m.key,
                kind: m.value.get("type").and_then(Json::as_str),
                value: &m.value,
                location: self.manifest_location(m.key_span),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_split_into_parts() {
        assert!(code_mentions("api_key", CREDENTIAL_WORDS));
        assert!(code_mentions("apikey", CREDENTIAL_WORDS));
        assert!(code_mentions("user_password", CREDENTIAL_WORDS));
        assert!(!code_mentions("passage", CREDENTIAL_WORDS));
        assert!(code_mentions("contact_phone", PERSONAL_WORDS));
        assert!(!code_mentions("calendar_title", PERSONAL_WORDS));
        assert!(code_mentions("amo_password", PLATFORM_WORDS));
        assert!(code_mentions(&words_of("Your amoCRM API key"), PLATFORM_WORDS));
        assert!(!code_mentions(&words_of("Zadarma API secret"), PLATFORM_WORDS));
        assert!(!code_mentions("among_us", PLATFORM_WORDS));
    }
}
