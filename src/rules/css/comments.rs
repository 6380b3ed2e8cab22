//! `code.commented-out`, CSS part (the JavaScript part is in `rules::js`; both report under this
//! id, so messages start with "CSS:"). A comment is commented-out code when its body parses as
//! CSS: declarations of properties CSS knows with values valid for them (`background: #fafafa;`),
//! or rules with such declarations (`.a { color: red }`). Prose such as `Header: keep it compact`
//! names no CSS property and is left alone; license comments (`/*! … */`) too.

use crate::rules::catalogue::RuleId;
use lightningcss::properties::{Property, PropertyId};
use lightningcss::rules::{CssRule, CssRuleList};
use lightningcss::stylesheet::{ParserOptions, StyleSheet};

use super::sheet::{Sheet, is_real_declaration};
use super::{code_at, listed, read_what};
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::{Finding, Status};

const ID: RuleId = RuleId::CodeCommentedOut;

/// A message of this part, marked as the CSS half of the rule (the JavaScript half is in
/// `rules::js`).
fn css(message: Msg) -> Msg {
    msg!("css-comments-prefix", message = message)
}

pub fn check(sheets: &[Sheet]) -> Finding {
    if sheets.is_empty() {
        return Finding::new(ID, Status::Na, css(msg!("css-no-css")));
    }
    let found: Vec<(&Location, String)> = sheets
        .iter()
        .flat_map(|s| &s.comments)
        .filter(|c| !c.body.starts_with('!') && looks_like_css(&c.body))
        .map(|c| (&c.location, first_line(&c.body)))
        .collect();
    let total: usize = sheets.iter().map(|s| s.comments.len()).sum();
    if total == 0 {
        return Finding::new(ID, Status::Pass, css(msg!("css-comments-none", read = read_what(sheets))));
    }
    if found.is_empty() {
        return Finding::new(
            ID,
            Status::Pass,
            css(msg!("css-comments-no-code", total = total, read = read_what(sheets))),
        );
    }
    let items: Vec<Msg> = found.iter().map(|(l, text)| code_at(text, l)).collect();
    Finding::new(ID, Status::Fail, css(msg!("css-comments-found", n = found.len(), items = listed(items))))
        .at_all(found.into_iter().map(|(l, _)| l.clone()))
}

/// The first non-empty line of a comment, shortened, for messages.
fn first_line(body: &str) -> String {
    let line = strip_stars(body).lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string();
    if line.chars().count() > 60 { format!("{}…", line.chars().take(60).collect::<String>()) } else { line }
}

/// A comment body without the `*` that starts each line of a block comment (`/**\n * a\n */`).
fn strip_stars(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let later_starred = lines.len() > 1
        && lines[1..].iter().map(|l| l.trim_start()).filter(|l| !l.is_empty()).all(|l| l.starts_with('*'));
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let t = l.trim_start();
            if i == 0 && !t.is_empty() && t.bytes().all(|c| c == b'*') {
                ""
            } else if i > 0 && later_starred {
                t.strip_prefix('*').unwrap_or(t)
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether a comment body is CSS rather than prose.
pub fn looks_like_css(body: &str) -> bool {
    let text = strip_stars(body);
    let text = text.trim();
    if text.is_empty() {
        return false;
    }
    if text.contains('{') && text.contains('}') && has_rules(text) {
        return true;
    }
    let segments: Vec<&str> = text.split([';', '\n']).map(str::trim).filter(|s| !s.is_empty()).collect();
    let declarations = segments.iter().filter(|s| is_declaration(s)).count();
    declarations > 0 && declarations * 2 >= segments.len()
}

/// `name: value` where CSS knows the property and the value is valid for it.
fn is_declaration(segment: &str) -> bool {
    let Some((name, value)) = segment.split_once(':') else { return false };
    let name = name.trim().to_ascii_lowercase();
    let mut value = value.trim();
    // By bytes, but only at a character boundary: the value may end in any text.
    let cut = value.len().saturating_sub("!important".len());
    if value.is_char_boundary(cut) && value[cut..].eq_ignore_ascii_case("!important") {
        value = value[..cut].trim_end();
    }
    if name.is_empty() || value.is_empty() || !name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-') {
        return false;
    }
    if name.starts_with("--") {
        return name.len() > 2;
    }
    let id = PropertyId::from(name.as_str());
    if matches!(id, PropertyId::Custom(_)) {
        return false;
    }
    Property::parse_string(id, value, ParserOptions::default()).is_ok_and(|p| is_real_declaration(&p))
}

/// Whether text parses as style sheet rules with real declarations (or `@import`, `@font-face`…).
fn has_rules(text: &str) -> bool {
    let options = ParserOptions { error_recovery: true, ..ParserOptions::default() };
    StyleSheet::parse(text, options).is_ok_and(|s| rules_have_code(&s.rules))
}

fn rules_have_code(rules: &CssRuleList) -> bool {
    rules.0.iter().any(|rule| match rule {
        CssRule::Style(s) => {
            let d = &s.declarations;
            d.declarations.iter().chain(&d.important_declarations).any(is_real_declaration) || rules_have_code(&s.rules)
        }
        CssRule::Media(r) => rules_have_code(&r.rules),
        CssRule::Supports(r) => rules_have_code(&r.rules),
        CssRule::Container(r) => rules_have_code(&r.rules),
        CssRule::LayerBlock(r) => rules_have_code(&r.rules),
        CssRule::Import(_) | CssRule::FontFace(_) | CssRule::Keyframes(_) => true,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_comments() {
        for body in [
            " background: #fafafa; ",
            "color: red",
            " .acme-calendar__old { color: red; margin: 0 } ",
            "\n.panel {\n  display: none;\n}\n",
            " width: 100%; height: 20px !important; ",
            " --brand: #0f766e; ",
            "\n * .legacy { border: 0 }\n ",
            " @media (max-width: 600px) { .a { display: none } } ",
            " Old header\n.header { padding: 4px } ",
        ] {
            assert!(looks_like_css(body), "{body:?}");
        }
    }

    #[test]
    fn prose_comments() {
        for body in [
            " our signature colour ",
            " Header: keep it compact ",
            " Every rule starts from the widget root so nothing leaks into the CRM pages. ",
            " TODO: remove after 2.0 ",
            " Colours: teal #0f766e, amber #f59e0b ",
            " z-index: above amoCRM's header ",
            "*\n * Panel layout.\n * Color: the brand teal, see the guide.\n ",
            " Styles for the .acme-calendar { } block ",
            " Uses {{ widget_code }} as the root ",
            "",
        ] {
            assert!(!looks_like_css(body), "{body:?}");
        }
    }
}
