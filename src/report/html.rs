//! One self-contained HTML file for people: inline styles, no scripts, no external requests,
//! images embedded at the marketplace sizes. Everything taken from the widget is escaped.
//! Prints cleanly, so "Save as PDF" from a browser gives a clean document.

use std::fmt::Write;

use super::{Report, ResultEntry};
use crate::i18n::Lang;
use crate::rules::Status;
use crate::rules::catalogue::{self, Field, Section};
use crate::rules::images::{BRANDING, DP_LOGO, find_branding};
use crate::rules::texts::TextState;
use crate::text::links::{self, LinkKind};
use crate::widget::Widget;
use crate::widget::image::ImageFormat;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Standard base64, for data URIs.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// An image of the widget as a data URI, if it is a real image.
fn data_uri(widget: &Widget, path: &str) -> Option<String> {
    let facts = widget.images.get(path)?;
    let mime = match facts.format {
        ImageFormat::Png => "image/png",
        ImageFormat::Jpeg => "image/jpeg",
        ImageFormat::Gif => "image/gif",
        ImageFormat::Webp => "image/webp",
        ImageFormat::Unknown => return None,
    };
    Some(format!("data:{mime};base64,{}", base64(widget.bytes(path)?)))
}

const STYLE: &str = "
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111827;margin:0;background:#f9fafb}
main{max-width:1100px;margin:0 auto;padding:24px 28px;background:#fff}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:28px 0 8px;border-bottom:2px solid #e5e7eb;padding-bottom:4px}
h3{font-size:16px;margin:18px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}th,td{border:1px solid #e5e7eb;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f3f4f6;font-weight:600}
.verdict{font-size:20px;font-weight:700;margin:12px 0}
.fail{color:#b91c1c}.warn{color:#b45309}.manual{color:#1d4ed8}.pass{color:#15803d}.na{color:#6b7280}
.meta td:first-child{width:190px;color:#4b5563}
.item{border:1px solid #e5e7eb;border-radius:6px;padding:8px 12px;margin:8px 0;page-break-inside:avoid}
td span{white-space:nowrap}
code,pre{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}pre{background:#f3f4f6;padding:6px 8px;white-space:pre-wrap;margin:4px 0}
.todo{margin:4px 0 0}.todo b{color:#374151}
.images{display:flex;flex-wrap:wrap;gap:14px}.images figure{margin:0}.images figcaption{font-size:13px;color:#4b5563}
.frame{outline:1px dashed #9ca3af;display:inline-block;background:#f3f4f6}
.slides img{width:360px;height:auto;border:1px solid #e5e7eb}
@media print{body{background:#fff}main{padding:0;max-width:none}h2{page-break-after:avoid}.slides img{width:300px}}
";

/// A status's CSS class, and its symbol and word in a language.
fn status_word(status: Status, lang: Lang) -> (&'static str, String) {
    (status.id(), format!("{} {}", status.symbol(), status.word(lang)))
}

/// The worst status of a rule for a language, with a reviewer's decision taken in.
fn cell(report: &Report, rule: &str, lang: Option<&str>) -> String {
    let results: Vec<&ResultEntry> =
        report.results.iter().filter(|r| r.rule == rule && r.lang.as_deref() == lang).collect();
    let Some(status) = results.iter().map(|r| r.status).max() else { return String::new() };
    let lang = report.language;
    if let Some(review) = results.iter().find_map(|r| r.review.as_ref()) {
        return if review.decision == "pass" {
            format!("<span class=\"pass\">✔ {}</span>", escape(&lang.text("status-reviewed_passed", &[])))
        } else {
            format!("<span class=\"fail\">✖ {}</span>", escape(&lang.text("status-reviewed_failed", &[])))
        };
    }
    let (class, word) = status_word(status, lang);
    let word = escape(&word);
    format!("<span class=\"{class}\">{word}</span>")
}

/// The report as one HTML document. `input_sha256` identifies the exact input checked.
pub fn write(report: &Report, widget: &Widget, input_sha256: &str, date: &str) -> String {
    let lang = report.language;
    let t = |id: &str| escape(&lang.text(id, &[]));
    let mut h = String::new();
    let w = &report.widget;
    let title = escape(&lang.text("report-title", &[("name", report.widget_name().into())]));
    let _ = write!(
        h,
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
         <title>{title}</title><style>{STYLE}</style></head><body><main>",
        lang.code()
    );
    let _ = write!(h, "<h1>{title}</h1>");
    let verdict = report.reviewed_verdict();
    let class = if verdict.problems > 0 {
        "fail"
    } else if verdict.warnings + verdict.to_check > 0 {
        "warn"
    } else {
        "pass"
    };
    let _ = write!(h, "<p class=\"verdict {class}\">{}</p>", escape(&verdict.sentence(report.language)));
    h.push_str("<table class=\"meta\">");
    let mut row = |k: &str, v: &str| {
        let _ = write!(h, "<tr><td>{}</td><td>{}</td></tr>", escape(&lang.text(k, &[])), escape(v));
    };
    row("report-widget", &format!("{} ({})", w.source, report.source_kind()));
    for code in &w.languages {
        if let Some(n) = w.names.get(code) {
            let label = lang.text("report-name-in", &[("lang", code.as_str().into())]);
            let _ = write!(h, "<tr><td>{}</td><td>{}</td></tr>", escape(&label), escape(n));
        }
    }
    let mut row = |k: &str, v: &str| {
        let _ = write!(h, "<tr><td>{}</td><td>{}</td></tr>", escape(&lang.text(k, &[])), escape(v));
    };
    let none = lang.text("report-none", &[]);
    row("report-version", w.version.as_deref().unwrap_or(&none));
    row("report-languages", &w.languages.join(", "));
    row("report-checklist", report.marketplace.title());
    let tool = format!("{} {}", report.tool.name, report.tool.version);
    row("report-checked-with", &lang.text("report-checked-with-on", &[("tool", tool.into()), ("date", date.into())]));
    row("report-input-sha256", input_sha256);
    h.push_str("</table>");

    for section in Section::ALL {
        let rules = report.rules_in(section);
        if rules.is_empty() {
            continue;
        }
        let _ = write!(
            h,
            "<h2>{}</h2><table><tr><th>{}</th><th>{}</th>",
            escape(&section.title(lang)),
            t("report-checklist-item"),
            t("report-widget")
        );
        for code in &w.languages {
            let _ = write!(h, "<th>{}</th>", escape(code));
        }
        h.push_str("</tr>");
        for rule in rules {
            let _ = write!(
                h,
                "<tr><td>{} <code class=\"na\">{}</code></td><td>{}</td>",
                escape(&rule.text(Field::Title, lang)),
                rule.id,
                if rule.per_language { String::new() } else { cell(report, rule.id.as_str(), None) }
            );
            for code in &w.languages {
                let _ = write!(
                    h,
                    "<td>{}</td>",
                    if rule.per_language { cell(report, rule.id.as_str(), Some(code)) } else { String::new() }
                );
            }
            h.push_str("</tr>");
        }
        h.push_str("</table>");
    }

    for (title, items) in report.action_groups() {
        let _ = write!(h, "<h2>{}</h2>", escape(&title));
        for r in items {
            let (class, word) = status_word(r.status, lang);
            let code_of_lang = r.lang.as_ref().map(|l| format!(" [{}]", escape(l))).unwrap_or_default();
            let rule = catalogue::rule(r.rule);
            let _ = write!(
                h,
                "<div class=\"item\"><b class=\"{class}\">{}</b> {}{code_of_lang} <code class=\"na\">{}</code><div>{}</div>",
                escape(&word),
                escape(&r.title(lang)),
                r.rule,
                escape(&r.message)
            );
            for l in r.locations.iter().take(12) {
                let _ = write!(h, "<div><code>{}</code></div>", escape(&l.display()));
                if let Some(s) = &l.snippet {
                    let _ = write!(h, "<pre>{}</pre>", escape(s));
                }
            }
            for e in r.evidence.iter().take(20) {
                let _ = write!(h, "<div><span class=\"na\">{}:</span> {}</div>", escape(&e.label), escape(&e.value));
            }
            if r.status == Status::Manual {
                match &r.review {
                    Some(review) => {
                        let (class, word) = if review.decision == "pass" {
                            ("pass", "status-reviewed_passed")
                        } else {
                            ("fail", "status-reviewed_failed")
                        };
                        let _ = write!(
                            h,
                            "<p class=\"todo\"><b>{}:</b> <span class=\"{class}\">{}</span> {}{}</p>",
                            t("report-reviewer"),
                            t(word),
                            escape(&lang.text("report-reviewed-at", &[("at", review.at.as_str().into())])),
                            if review.note.is_empty() {
                                String::new()
                            } else {
                                format!(" — {}", escape(&review.note))
                            }
                        );
                    }
                    None => {
                        let _ = write!(
                            h,
                            "<p class=\"todo\"><b>{}:</b> {}</p>",
                            t("report-reviewer"),
                            t("report-not-reviewed")
                        );
                    }
                }
            }
            let _ = write!(h, "<p class=\"todo\"><b>{}:</b> {}</p>", t("report-what-to-do"), escape(&r.help));
            if let Some(rule) = rule {
                let _ = write!(
                    h,
                    "<details><summary>{}</summary><p>{}</p><p class=\"na\">{}</p><pre>{}</pre><p class=\"na\">{}</p>\
                     <pre>{}</pre><p class=\"na\">{}</p><p>{}</p></details>",
                    t("report-more-about-rule"),
                    escape(&rule.text(Field::Why, lang)),
                    t("report-example-bad"),
                    escape(&rule.text(Field::Bad, lang)),
                    t("report-example-good"),
                    escape(&rule.text(Field::Good, lang)),
                    t("report-source"),
                    linked(&rule.text(Field::Source, lang))
                );
            }
            h.push_str("</div>");
        }
    }

    let _ = write!(h, "<h2>{}</h2><div class=\"images\">", t("report-branding"));
    let mut logos: Vec<(&str, u32, u32)> = BRANDING.to_vec();
    if widget.has_location("digital_pipeline") {
        logos.push(DP_LOGO);
    }
    for (name, ew, eh) in logos {
        let _ = write!(h, "<figure>");
        match find_branding(widget, name) {
            Some((path, facts)) => {
                let size = facts.size.map_or("?".into(), |(a, b)| format!("{a}×{b}"));
                let expected = format!("{ew}×{eh}");
                if let Some(uri) = data_uri(widget, &path) {
                    let (aw, ah) = facts.size.unwrap_or((ew, eh));
                    let _ = write!(
                        h,
                        "<span class=\"frame\" style=\"min-width:{ew}px;min-height:{eh}px\"><img src=\"{uri}\" width=\"{aw}\" height=\"{ah}\" alt=\"{}\"></span>",
                        escape(&path)
                    );
                }
                let caption = lang.text("report-image-size", &[("size", size.into()), ("expected", expected.into())]);
                let _ = write!(h, "<figcaption>{} — {}</figcaption>", escape(&path), escape(&caption));
            }
            None => {
                let caption = lang.text("report-image-missing", &[("expected", format!("{ew}×{eh}").into())]);
                let _ = write!(
                    h,
                    "<span class=\"frame\" style=\"width:{ew}px;height:{eh}px\"></span><figcaption>{name} — {}</figcaption>",
                    escape(&caption)
                );
            }
        }
        h.push_str("</figure>");
    }
    let _ = write!(h, "</div><h2>{}</h2>", t("report-slideshow"));
    for code in &w.languages {
        let _ = write!(h, "<h3>{}</h3><div class=\"images slides\">", escape(code));
        let listed = widget.slides(code);
        if listed.is_empty() {
            let _ = write!(h, "<p class=\"na\">{}</p>", t("report-no-slides"));
        }
        for path in listed {
            let size = widget
                .images
                .get(&path)
                .and_then(|f| f.size)
                .map_or_else(|| lang.text("report-missing", &[]), |(a, b)| format!("{a}×{b}"));
            let _ = write!(h, "<figure>");
            if let Some(uri) = data_uri(widget, &path) {
                let _ = write!(h, "<img src=\"{uri}\" alt=\"{}\">", escape(&path));
            }
            let _ = write!(h, "<figcaption>{} — {}</figcaption></figure>", escape(&path), escape(&size));
        }
        h.push_str("</div>");
    }

    let _ = write!(h, "<h2>{}</h2><table><tr><th>{}</th>", t("report-side-by-side"), t("report-text"));
    for code in &w.languages {
        let _ = write!(h, "<th>{}</th>", escape(code));
    }
    h.push_str("</tr>");
    let mut keys: Vec<&str> = Vec::new();
    for c in &report.texts.verdicts {
        if !keys.contains(&c.key.as_str()) {
            keys.push(&c.key);
        }
    }
    for key in keys {
        let _ = write!(h, "<tr><td><code>{}</code></td>", escape(key));
        for code in &w.languages {
            match report.texts.get(key, code) {
                Some(c) if c.state == TextState::Ok => {
                    let _ = write!(h, "<td>{}</td>", escape(c.value.as_deref().unwrap_or_default()));
                }
                Some(c) => {
                    let _ = write!(
                        h,
                        "<td>{} <span class=\"warn\">({})</span></td>",
                        escape(c.value.as_deref().unwrap_or_default()),
                        escape(&c.state.word(lang))
                    );
                }
                None => h.push_str("<td></td>"),
            }
        }
        h.push_str("</tr>");
    }
    h.push_str("</table></main></body></html>\n");
    h
}

/// A text escaped for HTML, with its web addresses as links.
fn linked(text: &str) -> String {
    let mut out = String::new();
    let mut done = 0;
    for link in links::find(text).into_iter().filter(|l| l.kind == LinkKind::Web) {
        let end = link.offset + link.url.len();
        out.push_str(&escape(&text[done..link.offset]));
        let _ = write!(out, "<a href=\"{0}\">{0}</a>", escape(&link.url));
        done = end;
    }
    out.push_str(&escape(&text[done..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_base64() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }
}
