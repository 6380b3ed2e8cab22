//! What is left in a text from templates and development: web addresses on a placeholder or a
//! developer's host, build placeholders a build step should have filled in, and test data
//! (`"test-token"`, lorem ipsum, a `fakeData` variable). Read from the
//! scripts' strings and the manifest's values for `dev.placeholders`.

use super::links::{self, LinkKind};
use crate::i18n::Msg;
use crate::msg;

/// Something left in a text that should have been replaced, as it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Left {
    /// A web address on the developer's machine or network (`http://localhost:3000/api`).
    DevelopmentAddress(String),
    /// A web address on a placeholder host (`https://example.com/webhook`).
    PlaceholderAddress(String),
    /// A build placeholder that was not filled in (`{{BASE_PATH}}`).
    BuildPlaceholder(String),
    /// A whole value that is test data or filler text (`test-token`, lorem ipsum).
    TestData(String),
    /// A variable whose name says it holds test data (`fakeData`).
    TestName(String),
}

impl Left {
    /// What it is, in the reader's language: `https://example.com/webhook (a placeholder address)`.
    pub fn msg(&self) -> Msg {
        match self {
            Left::DevelopmentAddress(url) => msg!("l10n-left-development-address", url = url),
            Left::PlaceholderAddress(url) => msg!("l10n-left-placeholder-address", url = url),
            Left::BuildPlaceholder(placeholder) => msg!("l10n-left-build-placeholder", placeholder = placeholder),
            Left::TestData(value) => msg!("l10n-left-test-data", value = value),
            Left::TestName(name) => msg!("l10n-left-test-name", name = name),
        }
    }
}

/// The first placeholder address, build placeholder or test value of a text, or `None`.
pub fn left(text: &str) -> Option<Left> {
    if text.contains("://") {
        for link in links::find(text).into_iter().filter(|l| l.kind == LinkKind::Web) {
            let Some(host) = link.host() else { continue };
            if links::is_development_host(&host) {
                return Some(Left::DevelopmentAddress(link.url));
            }
            if links::is_placeholder_host(&host) {
                return Some(Left::PlaceholderAddress(link.url));
            }
        }
    }
    if let Some(p) = build_placeholder(text) {
        return Some(Left::BuildPlaceholder(p.to_string()));
    }
    test_value(text).map(|v| Left::TestData(v.to_string()))
}

/// What [`left`] finds, in words: `https://example.com/webhook (a placeholder address)`.
pub fn find(text: &str) -> Option<Msg> {
    left(text).map(|left| left.msg())
}

/// Words that make a value or a name test data: `test-token`, `fakeData`, `mock_user`.
const TEST_WORDS: &[&str] = &["test", "fake", "dummy", "mock"];
/// What test data stands in for.
const STAND_INS: &[&str] = &["token", "key", "apikey", "secret", "password", "pass", "user", "data", "phone", "email"];

/// A whole value that is test data (`"test-token"`, `"fake_api_key"`) or filler text (lorem
/// ipsum), as written.
fn test_value(text: &str) -> Option<&str> {
    let trimmed = text.trim();
    if trimmed.as_bytes().get(..11).is_some_and(|head| head.eq_ignore_ascii_case(b"lorem ipsum")) {
        return Some(trimmed);
    }
    (trimmed.len() <= 40 && is_test_name(trimmed)).then_some(trimmed)
}

/// Whether a name (of a variable, or a whole value) is test data: a test word then a stand-in,
/// in any spelling (`fakeData`, `test-token`, `MOCK_USER`, `testApiKey`).
pub fn is_test_name(name: &str) -> bool {
    // Most names begin otherwise: out before anything is allocated.
    let begins =
        |word: &str| name.as_bytes().get(..word.len()).is_some_and(|h| h.eq_ignore_ascii_case(word.as_bytes()));
    if !TEST_WORDS.iter().any(|w| begins(w)) {
        return false;
    }
    let flat: String = name.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
    let spelled = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    spelled
        && TEST_WORDS.iter().any(|t| {
            flat.strip_prefix(t).is_some_and(|rest| STAND_INS.iter().any(|s| rest == *s || rest == format!("{s}s")))
        })
}

/// `{{BASE_PATH}}`, `%WidgetVersion%`, `__VERSION__`: a name in capitals (or a capitalised
/// word for `%…%`) between the markers build tools use. Twig's `{{ name }}` in lower case, `%s`
/// and `__proto__` are not placeholders.
fn build_placeholder(text: &str) -> Option<&str> {
    let upper = |s: &str| s.len() >= 3 && s.bytes().all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit());
    let capitalised = |s: &str| {
        s.len() >= 4 && s.starts_with(|c: char| c.is_ascii_uppercase()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
    };
    for (open, close, fits) in
        [("{{", "}}", &upper as &dyn Fn(&str) -> bool), ("__", "__", &upper), ("%", "%", &capitalised)]
    {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len()..];
            let Some(end) = after.find(close) else { break };
            let name = after[..end].trim();
            if fits(name) {
                return Some(&rest[start..start + open.len() + end + close.len()]);
            }
            rest = &rest[start + open.len()..];
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What is found, in English.
    fn found(text: &str) -> Option<String> {
        find(text).map(|m| m.english())
    }

    #[test]
    fn placeholder_addresses_and_build_placeholders() {
        assert!(found("http://localhost:3000/api/deals").is_some_and(|w| w.contains("developer's machine")));
        assert!(found("https://192.168.1.20/hook").is_some());
        assert!(found("https://example.com/webhook").is_some_and(|w| w.contains("placeholder address")));
        assert!(found("https://your-domain.com/api").is_some());
        assert!(found("{{BASE_PATH}}/widget.js").is_some_and(|w| w.starts_with("{{BASE_PATH}}")));
        assert_eq!(found("v=__VERSION__").as_deref(), Some("__VERSION__ (a build placeholder that was not filled in)"));
        assert!(found("%WidgetVersion%").is_some());
        assert_eq!(found("test-token").as_deref(), Some("\"test-token\" (test data)"));
        assert_eq!(left("test-token"), Some(Left::TestData("test-token".into())));
        assert!(found("Lorem ipsum dolor sit amet").is_some());
        assert!(is_test_name("fakeData") && is_test_name("MOCK_USERS") && is_test_name("testApiKey"));
        assert_eq!(Left::TestName("fakeData".into()).msg().english(), "fakeData (test data)");
    }

    #[test]
    fn real_addresses_and_template_syntax_are_not() {
        assert_eq!(find("https://api.acme.com/deals"), None);
        assert_eq!(find("https://acme.example.com/help"), None);
        assert_eq!(find("<b>{{ name }}</b>"), None);
        assert_eq!(find("obj.__proto__"), None);
        assert_eq!(find("%s of %d, 100%"), None);
        assert_eq!(find("Write to name@example.com"), None);
        assert_eq!(find("Test the token below"), None);
        assert!(!is_test_name("testimonials") && !is_test_name("latestData") && !is_test_name("test"));
    }
}
