//! What a web page says about its language: the `Content-Language` header, `<html lang>`,
//! `<meta http-equiv="content-language">`, `og:locale`, `hreflang` alternates, and what its
//! visible text reads as.

use serde::{Deserialize, Serialize};

/// One statement about the page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signal {
    /// Where it comes from: "Content-Language", "html lang", "meta content-language", "og:locale".
    pub source: String,
    /// The two-letter language code.
    pub lang: String,
}

/// Everything learned about a page's language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageLanguage {
    pub declared: Vec<Signal>,
    /// `(language, url)` of the page's `hreflang` alternates.
    pub alternates: Vec<(String, String)>,
    /// The language its text reads as, with the detector's confidence.
    pub detected: Option<(String, f64)>,
}

/// The two-letter code of a language tag (`pt-BR`, `pt_BR`, `EN` → `pt`, `pt`, `en`).
pub fn primary(tag: &str) -> Option<String> {
    let code = tag.trim().split(['-', '_', ',', ';']).next()?.to_ascii_lowercase();
    (code.len() == 2 && code.chars().all(|c| c.is_ascii_lowercase())).then_some(code)
}

/// Reads the signals of a page from its `Content-Language` header and its HTML.
pub fn read(content_language: Option<&str>, html: &str, candidates: &[String]) -> PageLanguage {
    let mut page = PageLanguage::default();
    if let Some(header) = content_language {
        for tag in header.split(',') {
            if let Some(lang) = primary(tag) {
                page.declared.push(Signal { source: "Content-Language".into(), lang });
            }
        }
    }
    // Scripts and styles may contain markup-like strings; only real tags count.
    let html = &without_elements(html, &["script", "style", "noscript", "svg"]);
    for tag in tags(html) {
        let name = tag.name.as_str();
        if name == "html" {
            if let Some(lang) = tag.attr("lang").or_else(|| tag.attr("xml:lang")).and_then(|v| primary(&v)) {
                page.declared.push(Signal { source: "html lang".into(), lang });
            }
        } else if name == "meta" {
            let content = tag.attr("content").unwrap_or_default();
            if tag.attr("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-language"))
                && let Some(lang) = primary(&content)
            {
                page.declared.push(Signal { source: "meta content-language".into(), lang });
            }
            if tag.attr("property").is_some_and(|v| v.eq_ignore_ascii_case("og:locale"))
                && let Some(lang) = primary(&content)
            {
                page.declared.push(Signal { source: "og:locale".into(), lang });
            }
        } else if name == "link"
            && tag.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("alternate"))
            && let (Some(lang), Some(href)) = (tag.attr("hreflang").and_then(|h| primary(&h)), tag.attr("href"))
        {
            page.alternates.push((lang, href));
        }
    }
    let text = crate::text::html::visible_text(html);
    if text.split_whitespace().count() >= 20 {
        page.detected = crate::text::language::guess(&text, candidates).map(|g| (g.lang, g.confidence));
    }
    page
}

/// A start tag with its attributes.
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<String> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
    }
}

/// Start tags of the head-like elements that carry language signals (html, meta, link).
fn tags(html: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    for name in ["html", "meta", "link"] {
        for (at, _) in lower.match_indices(&format!("<{name}")) {
            let after = &html[at + 1 + name.len()..];
            if !after.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/') {
                continue;
            }
            let end = after.find('>').unwrap_or(after.len());
            found.push(Tag { name: name.to_string(), attributes: attributes(&after[..end]) });
        }
    }
    found
}

/// `name="value"`, `name='value'` and `name=value` pairs, names lower-cased.
fn attributes(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].split_whitespace().last().unwrap_or_default().to_ascii_lowercase();
        let after = rest[eq + 1..].trim_start();
        let (value, remaining) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = &after[1..];
                let end = body.find(q).unwrap_or(body.len());
                (&body[..end], body.get(end + 1..).unwrap_or_default())
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        if !name.is_empty() {
            out.push((name, value.to_string()));
        }
        rest = remaining;
    }
    out
}

/// The HTML without the given elements and their content.
fn without_elements(html: &str, elements: &[&str]) -> String {
    let mut text = html.to_string();
    for element in elements {
        let lower = text.to_ascii_lowercase();
        let (open, close) = (format!("<{element}"), format!("</{element}>"));
        let mut kept = String::with_capacity(text.len());
        let mut last = 0;
        while let Some(start) = lower[last..].find(&open).map(|i| i + last) {
            kept.push_str(&text[last..start]);
            last = lower[start..].find(&close).map_or(lower.len(), |i| start + i + close.len());
        }
        kept.push_str(&text[last..]);
        text = kept;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_from_header_and_html() {
        let html = r#"<!doctype html><html class="x" lang="pt-BR"><head>
            <meta http-equiv="Content-Language" content="pt">
            <meta property="og:locale" content='pt_BR' />
            <link rel="alternate" hreflang="es" href="https://acme.com/es/">
            <link rel=alternate hreflang=en href=https://acme.com/en/>
            <script>var lang = "<html lang='ru'>";</script></head><body>Olá</body></html>"#;
        let page = read(Some("pt-BR, en;q=0.5"), html, &[]);
        let declared: Vec<(&str, &str)> = page.declared.iter().map(|s| (s.source.as_str(), s.lang.as_str())).collect();
        assert_eq!(
            declared,
            vec![
                ("Content-Language", "pt"),
                ("Content-Language", "en"),
                ("html lang", "pt"),
                ("meta content-language", "pt"),
                ("og:locale", "pt"),
            ]
        );
        assert_eq!(
            page.alternates,
            vec![("es".into(), "https://acme.com/es/".into()), ("en".into(), "https://acme.com/en/".into())]
        );
    }

    #[test]
    fn body_text_is_detected_without_scripts() {
        let body = "Nuestro equipo responde todas las preguntas sobre la integración con el calendario. ".repeat(3);
        let html = format!(
            "<html><script>{}</script><body><p>{body}</p></body></html>",
            "var x = 'hello world this is english code';".repeat(20)
        );
        let page = read(None, &html, &["en".into(), "es".into(), "pt".into()]);
        assert_eq!(page.detected.as_ref().map(|d| d.0.as_str()), Some("es"));
        assert!(page.declared.is_empty());
    }
}
