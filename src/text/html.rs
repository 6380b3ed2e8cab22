//! Descriptions may contain HTML. The marketplace counts what the reader sees, so tags are
//! removed, entities decoded and runs of whitespace collapsed before counting.

/// The visible text of an HTML fragment, with whitespace collapsed to single spaces.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_decoded(&mut out, &rest[..lt]);
        let after = &rest[lt..];
        // A `<` not starting a tag (e.g. "a < b") is text.
        let starts_tag = after[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>') {
            Some(gt) if starts_tag => {
                out.push(' ');
                rest = &after[gt + 1..];
            }
            _ => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    push_decoded(&mut out, rest);
    collapse_whitespace(&out)
}

/// Number of Unicode characters, as the marketplace counts them.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// The paragraphs of a description: `<p>` elements when there are any, else blocks separated by
/// blank lines or double `<br>`. Empty paragraphs are not counted.
pub fn paragraphs(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let p_starts: Vec<usize> = lower
        .match_indices("<p")
        .map(|(i, _)| i)
        .filter(|&i| matches!(lower.as_bytes().get(i + 2), Some(b'>' | b' ' | b'\t' | b'\n' | b'\r')))
        .collect();
    let blocks: Vec<String> = if p_starts.is_empty() {
        let text = br_to_newline(html, &lower).replace("\r\n", "\n");
        let mut blocks = vec![String::new()];
        for line in text.split('\n') {
            if line.trim().is_empty() {
                blocks.push(String::new());
            } else if let Some(last) = blocks.last_mut() {
                last.push_str(line);
                last.push('\n');
            }
        }
        blocks
    } else {
        let mut bounds = vec![0];
        bounds.extend(&p_starts);
        bounds.push(html.len());
        bounds.windows(2).map(|w| html[w[0]..w[1]].to_string()).collect()
    };
    blocks.iter().map(|b| visible_text(b)).filter(|p| !p.is_empty()).collect()
}

/// Replaces every `<br>`, `<br/>` or `<br />` with a line break.
fn br_to_newline(html: &str, lower: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for (at, _) in lower.match_indices("<br") {
        if at < last {
            continue;
        }
        let Some(len) = lower[at..].find('>') else { break };
        let inner = &lower[at + 3..at + len];
        if inner.chars().all(|c| c.is_whitespace() || c == '/') {
            out.push_str(&html[last..at]);
            out.push('\n');
            last = at + len + 1;
        }
    }
    out.push_str(&html[last..]);
    out
}

fn push_decoded(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        match after
            .find(';')
            .filter(|&semi| semi <= 10)
            .and_then(|semi| decode_entity(&after[1..semi]).map(|c| (semi, c)))
        {
            Some((semi, c)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "euro" => '€',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        _ => return None,
    })
}

/// Trims and joins runs of whitespace into one space.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_removed_and_entities_decoded() {
        assert_eq!(visible_text("<p>Fast &amp; <b>easy</b></p>\n<p>Free</p>"), "Fast & easy Free");
        assert_eq!(visible_text("a < b &unknown; &#233;&#x20AC;"), "a < b &unknown; é€");
        assert_eq!(visible_text("x <broken"), "x <broken");
        assert_eq!(char_count(&visible_text("Календарь <i>для</i> вас")), 17);
    }

    #[test]
    fn paragraphs_by_p_blank_lines_or_double_br() {
        assert_eq!(paragraphs("<p>One</p><p>Two</p><p> </p><p>Three</p>").len(), 3);
        assert_eq!(paragraphs("One.\n\nTwo.\n\n\nThree.").len(), 3);
        assert_eq!(paragraphs("One.<br><br>Two.<br>still two").len(), 2);
        assert_eq!(
            paragraphs("Just one paragraph.\nWith a line break."),
            vec!["Just one paragraph. With a line break."]
        );
        assert!(paragraphs("").is_empty());
    }
}
