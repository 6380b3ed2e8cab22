//! Words in texts: finding whole words case-insensitively, and telling e-mail addresses and web
//! links apart from other strings.

use std::collections::{HashMap, VecDeque};

/// The words of a text: runs of letters and digits (any script), apostrophes and hyphens inside.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
}

/// The entries of `wanted` that occur in `text` as whole words (or word sequences),
/// case-insensitively, in the order of `wanted`. One pass over the text, holding only the last
/// few words, so a 60 MB text costs time in proportion and no memory.
pub fn find_words<'w>(text: &str, wanted: &[&'w str]) -> Vec<&'w str> {
    let phrases: Vec<Vec<String>> = wanted.iter().map(|w| words(w).map(str::to_lowercase).collect()).collect();
    // The phrases by their last word: each word of the text costs one lookup.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, parts) in phrases.iter().enumerate() {
        if let Some(last) = parts.last() {
            by_last.entry(last.as_str()).or_default().push(i);
        }
    }
    let longest = phrases.iter().map(Vec::len).max().unwrap_or(0);
    let mut found = vec![false; wanted.len()];
    let mut left = phrases.iter().filter(|p| !p.is_empty()).count();
    // The last `longest` words, lowercased; the oldest buffer is reused for the next word.
    let mut recent: VecDeque<String> = VecDeque::with_capacity(longest + 1);
    for word in words(text) {
        if left == 0 {
            break;
        }
        let mut lower = if recent.len() == longest { recent.pop_front().unwrap_or_default() } else { String::new() };
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        recent.push_back(lower);
        let Some(candidates) = recent.back().and_then(|w| by_last.get(w.as_str())) else { continue };
        for &i in candidates {
            let parts = &phrases[i];
            if !found[i] && parts.len() <= recent.len() && recent.range(recent.len() - parts.len()..).eq(parts.iter()) {
                found[i] = true;
                left -= 1;
            }
        }
    }
    wanted.iter().zip(found).filter(|(_, seen)| *seen).map(|(w, _)| *w).collect()
}

/// Whether a string is a plausible e-mail address: one `@`, a local part, and a dotted domain.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    let labels: Vec<&str> = domain.split('.').collect();
    !local.is_empty()
        && !s.chars().any(|c| c.is_whitespace() || c == '<' || c == '>' || c == ',')
        && labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2)
}

/// Whether a string is an absolute `http`/`https` link with a dotted host (or localhost).
pub fn is_web_link(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) else {
        return false;
    };
    let host_port = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host_port.rsplit_once('@').map_or(host_port, |(_, h)| h);
    let host = host.split(':').next().unwrap_or_default();
    !s.chars().any(char::is_whitespace)
        && !host.is_empty()
        && (host.contains('.') || host == "localhost")
        && host.split('.').all(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        let found = find_words(
            "Connect your API token via webhooks. Rapid!",
            &["api", "token", "webhook", "pi", "via webhooks"],
        );
        assert_eq!(found, vec!["api", "token", "via webhooks"]);
        assert_eq!(
            words("Календарь — для всех, e-mail").collect::<Vec<_>>(),
            vec!["Календарь", "для", "всех", "e-mail"]
        );
    }

    #[test]
    fn emails_and_links() {
        assert!(is_email("support@acme.example.com"));
        assert!(!is_email("support-at-acme"));
        assert!(!is_email("a@b"));
        assert!(!is_email("a b@c.com"));
        assert!(is_web_link("https://acme.example.com/support?x=1"));
        assert!(is_web_link("http://localhost:8080/"));
        assert!(!is_web_link("ftp://acme.com"));
        assert!(!is_web_link("https://"));
        assert!(!is_web_link("https://acme..com"));
        assert!(!is_web_link("www.acme.com"));
    }
}
