//! What a web page says about its language: the `Content-Language` header, `<html lang>`,
//! `<meta http-equiv="content-language">`, `og:locale`, `hreflang` alternates, and what its
//! visible text reads as.

use serde::{Deserialize, Serialize};

use crate::text::html::{Html, collapse_whitespace};
use crate::widget::textfile;

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

/// Reads the signals of a page from its `Content-Language` header and its body (bounded by the
/// fetcher), with the widget's text policy and the one HTML reader.
pub fn read(content_language: Option<&str>, body: &[u8], candidates: &[String]) -> PageLanguage {
    let mut page = PageLanguage::default();
    if let Some(header) = content_language {
        for tag in header.split(',') {
            if let Some(lang) = primary(tag) {
                page.declared.push(Signal { source: "Content-Language".into(), lang });
            }
        }
    }
    let file = textfile::decode("page", body);
    let html = Html::read(file.text().unwrap_or_default());
    for tag in html.tags() {
        let declared = |source: &str, value: Option<&str>| {
            value.and_then(primary).map(|lang| Signal { source: source.into(), lang })
        };
        match tag.name.as_str() {
            "html" => page.declared.extend(declared("html lang", tag.attr("lang").or_else(|| tag.attr("xml:lang")))),
            "meta" => {
                let content = tag.attr("content");
                if tag.attr("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-language")) {
                    page.declared.extend(declared("meta content-language", content));
                }
                if tag.attr("property").is_some_and(|v| v.eq_ignore_ascii_case("og:locale")) {
                    page.declared.extend(declared("og:locale", content));
                }
            }
            "link" if tag.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("alternate")) => {
                if let (Some(lang), Some(href)) = (tag.attr("hreflang").and_then(primary), tag.attr("href")) {
                    page.alternates.push((lang, href.to_string()));
                }
            }
            _ => {}
        }
    }
    let text: Vec<&str> = html.visible_texts().into_iter().map(|(t, _)| t).collect();
    let text = collapse_whitespace(&text.join(" "));
    if text.split_whitespace().count() >= 20 {
        page.detected = crate::text::language::guess(&text, candidates).map(|g| (g.lang, g.confidence));
    }
    page
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
        let page = read(Some("pt-BR, en;q=0.5"), html.as_bytes(), &[]);
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
        let page = read(None, html.as_bytes(), &["en".into(), "es".into(), "pt".into()]);
        assert_eq!(page.detected.as_ref().map(|d| d.0.as_str()), Some("es"));
        assert!(page.declared.is_empty());
    }
}
