//! Links in texts: web addresses (with or without `http`), `href` attributes, and contacts
//! (`mailto:`, `tel:`), with their byte positions so findings can point at them.

/// What a link leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// An `http`/`https` page.
    Web,
    /// `mailto:` — a contact, not a page.
    Mail,
    /// `tel:` — a contact, not a page.
    Phone,
}

/// A link found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The address as written (a `www.` address gets `https://` in front).
    pub url: String,
    pub kind: LinkKind,
    /// Byte offset in the text where it starts.
    pub offset: usize,
}

impl Link {
    /// The host of a web link, lower-cased, without port or credentials.
    pub fn host(&self) -> Option<String> {
        host(&self.url)
    }
}

/// A host only the developer reaches: the machine itself, a private network, a local name.
pub fn is_development_host(host: &str) -> bool {
    if host == "localhost" || host.ends_with(".localhost") || host.ends_with(".local") || host == "[::1]" {
        return true;
    }
    match host.parse::<std::net::Ipv4Addr>() {
        Ok(ip) => ip.is_loopback() || ip.is_private() || ip.is_link_local() || ip.is_unspecified(),
        Err(_) => false,
    }
}

/// A host left from a template: the reserved example domains and template words
/// (`your-domain.com`). Subdomains of the example domains (`acme.example.com`) are how examples
/// name a company and are not taken for placeholders; the bare domains are.
pub fn is_placeholder_host(host: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &["example.com", "example.org", "example.net", "test", "domain.com"];
    const TEMPLATE_LABELS: &[&str] = &[
        "yourdomain",
        "your-domain",
        "yoursite",
        "your-site",
        "yourcompany",
        "your-company",
        "yourwebsite",
        "your-website",
    ];
    let host = host.trim_end_matches('.');
    let bare = host.strip_prefix("www.").unwrap_or(host);
    PLACEHOLDERS.contains(&bare)
        || bare.ends_with(".test")
        || bare.split('.').any(|label| TEMPLATE_LABELS.contains(&label))
}

/// The host of an absolute `http(s)` URL, lower-cased.
pub fn host(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host.starts_with('[') {
        host.split(']').next().map(|h| format!("{h}]"))?
    } else {
        host.split(':').next()?.to_string()
    };
    (!host.is_empty()).then_some(host)
}

/// Every link in a text, in order, without duplicates at the same place.
pub fn find(text: &str) -> Vec<Link> {
    let lower = text.to_ascii_lowercase();
    let mut links: Vec<Link> = Vec::new();
    for (prefix, kind) in [
        ("https://", LinkKind::Web),
        ("http://", LinkKind::Web),
        ("www.", LinkKind::Web),
        ("mailto:", LinkKind::Mail),
        ("tel:", LinkKind::Phone),
    ] {
        for (at, _) in lower.match_indices(prefix) {
            // "www." inside an http link, or in the middle of a word, is not a new link.
            let inside_word =
                text[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '.');
            if inside_word || links.iter().any(|l| at >= l.offset && at < l.offset + l.url.len()) {
                continue;
            }
            let raw = take_url(&text[at..]);
            if raw.len() <= prefix.len() {
                continue;
            }
            let url = if prefix == "www." { format!("https://{raw}") } else { raw.to_string() };
            links.push(Link { url, kind, offset: at });
        }
    }
    links.sort_by_key(|l| l.offset);
    links
}

/// The URL at the start of `text`: up to whitespace, a quote or a tag, without trailing
/// punctuation that belongs to the sentence.
fn take_url(text: &str) -> &str {
    let end = text.find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`')).unwrap_or(text.len());
    let mut url = &text[..end];
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?']);
        let trimmed = if trimmed.ends_with(')') && trimmed.matches('(').count() < trimmed.matches(')').count() {
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if trimmed.len() == url.len() {
            return url;
        }
        url = trimmed;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(text: &str) -> Vec<(String, LinkKind)> {
        find(text).into_iter().map(|l| (l.url, l.kind)).collect()
    }

    #[test]
    fn web_links_in_prose_and_html() {
        assert_eq!(
            urls("See https://acme.example.com/help. Or (www.acme.com/privacy), <a href=\"https://x.org/a?b=1\">x</a>"),
            vec![
                ("https://acme.example.com/help".to_string(), LinkKind::Web),
                ("https://www.acme.com/privacy".to_string(), LinkKind::Web),
                ("https://x.org/a?b=1".to_string(), LinkKind::Web),
            ]
        );
        assert_eq!(
            urls("https://en.wikipedia.org/wiki/Foo_(bar)"),
            vec![("https://en.wikipedia.org/wiki/Foo_(bar)".to_string(), LinkKind::Web)]
        );
        assert!(urls("no links, just https:// and a www. word").is_empty());
    }

    #[test]
    fn contacts_are_not_pages() {
        let found = urls("Write to mailto:help@acme.com or call tel:+15551234");
        assert_eq!(found[0].1, LinkKind::Mail);
        assert_eq!(found[1], ("tel:+15551234".to_string(), LinkKind::Phone));
    }

    #[test]
    fn hosts() {
        assert_eq!(host("https://User@Acme.COM:8080/x").as_deref(), Some("acme.com"));
        assert_eq!(host("http://[::1]:80/").as_deref(), Some("[::1]"));
        assert_eq!(host("ftp://acme.com"), None);
    }
}
