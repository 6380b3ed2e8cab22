//! What the styles tell other rule families: the widget files they name (`files.unused`,
//! `files.references`), rules on the left menu (`ui.left-menu`) and rules fixed to the bottom of
//! the window (`ui.bottom-position`).

use super::StyleFacts;
use super::scope::View;
use super::sheet::Sheet;
use crate::rules::Check;

pub fn collect(cx: &Check, sheets: &[Sheet], views: &[View]) -> StyleFacts {
    let mut facts = StyleFacts::default();
    for sheet in sheets {
        for url in &sheet.urls {
            if let Some(path) = resolve(cx, &sheet.path, &url.target) {
                facts.reference_locations.push((path, url.location.clone()));
            }
        }
        for rule in &sheet.rules {
            if rule.position_fixed && rule.bottom {
                facts.fixed_bottom.push(rule.location.clone());
            }
        }
    }
    facts.left_menu = views.iter().filter(|v| v.selects_left_menu()).map(|v| v.selector.location.clone()).collect();
    facts
}

/// The widget path a CSS URL names, relative to the widget root; `None` for `data:`, other sites
/// and fragments. A relative URL is relative to the stylesheet's folder; when that file does not
/// exist but the same path from the widget root does (a `<style>` block written for the root, a
/// `/widgets/<code>/…` URL), that one is taken.
pub fn resolve(cx: &Check, sheet_path: &str, target: &str) -> Option<String> {
    let target = target.trim();
    let lower = target.to_ascii_lowercase();
    let foreign = ["data:", "http:", "https:", "//", "#", "about:", "blob:", "javascript:", "mailto:"];
    if target.is_empty() || foreign.iter().any(|p| lower.starts_with(p)) || lower.contains("://") {
        return None;
    }
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or_default());
    let mut segments: Vec<&str> = path.split('/').collect();
    // A `{{ … }}` (blanked to underscores) in front, such as `{{ settings.path }}/img.png`, is
    // the widget's folder.
    let from_template = segments.first().is_some_and(|s| super::lexer::is_template_placeholder(s));
    if from_template {
        segments.remove(0);
    }
    let folder = sheet_path.rsplit_once('/').map_or("", |(f, _)| f);
    let mut candidates = Vec::new();
    if path.starts_with('/') || from_template {
        let rest: Vec<&str> = segments.iter().copied().skip_while(|s| s.is_empty()).collect();
        candidates.extend(normalise("", &rest));
        if rest.first() == Some(&"widgets") && rest.len() > 2 {
            candidates.extend(normalise("", &rest[2..]));
        }
    } else {
        candidates.extend(normalise(folder, &segments));
        candidates.extend(normalise("", &segments));
    }
    let exists = candidates.iter().find(|c| cx.widget.bundle.contains(c)).cloned();
    exists.or_else(|| candidates.into_iter().next()).filter(|p| !p.is_empty())
}

/// `folder` joined with the segments, `.` and `..` resolved; `None` when it leaves the widget.
fn normalise(folder: &str, segments: &[&str]) -> Option<String> {
    let mut out: Vec<&str> = folder.split('/').filter(|s| !s.is_empty()).collect();
    for segment in segments {
        match *segment {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            s => out.push(s),
        }
    }
    Some(out.join("/"))
}

/// `%20` and the like decoded; anything malformed is kept as written.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && let (Some(h), Some(l)) = (b.get(i + 1).and_then(|c| hex(*c)), b.get(i + 2).and_then(|c| hex(*c)))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising() {
        assert_eq!(normalise("css", &["..", "images", "a.png"]), Some("images/a.png".into()));
        assert_eq!(normalise("", &["..", "a.png"]), None);
        assert_eq!(percent_decode("a%20b.png"), "a b.png");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
