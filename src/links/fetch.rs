//! Fetching web pages safely: only `http`/`https`, a timeout, a bounded number of redirects, a
//! cap on the body, and no requests to loopback, private or link-local addresses — checked after
//! DNS resolution and on every redirect — unless the user allows them.
//! Also used to fetch external stylesheets.

use std::io::Read;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

use reqwest::blocking::Client;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::redirect;

use crate::i18n::Msg;
use crate::msg;

/// How requests are made.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    pub timeout: Duration,
    pub max_redirects: usize,
    /// Most bytes of a body read.
    pub max_body: usize,
    /// Requests to loopback, private and link-local addresses are allowed.
    pub allow_private_hosts: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(10),
            max_redirects: 5,
            max_body: 512 * 1024,
            allow_private_hosts: false,
        }
    }
}

/// A response, with the body read up to the cap (for GET).
#[derive(Debug, Clone)]
pub struct Fetched {
    pub status: u16,
    pub final_url: String,
    pub content_language: Option<String>,
    pub content_type: Option<String>,
    /// The body's bytes, for GET: decoded by whoever reads it, under the widget's text policy.
    pub body: Option<Vec<u8>>,
}

/// Why there is no response.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("not requested: {0} is a private, loopback or link-local address")]
    Private(String),
    #[error("only http and https links are checked")]
    Scheme,
    #[error("no answer within {0} seconds")]
    Timeout(u64),
    #[error("more than {0} redirects")]
    Redirects(usize),
    #[error("the host could not be found")]
    Dns,
    #[error("could not connect: {0}")]
    Connect(String),
}

impl FetchError {
    /// Why there is no response, as a person reads it. The [`Display`](std::fmt::Display) text
    /// above is the English kept in the JSON report.
    pub fn msg(&self) -> Msg {
        match self {
            FetchError::Private(host) => msg!("links-reason-private", host = host),
            FetchError::Scheme => msg!("links-reason-scheme"),
            FetchError::Timeout(seconds) => msg!("links-reason-timeout", seconds = *seconds),
            FetchError::Redirects(n) => msg!("links-reason-redirects", n = *n),
            FetchError::Dns => msg!("links-reason-dns"),
            FetchError::Connect(error) => msg!("links-reason-connect", error = error),
        }
    }
}

/// Whether an address is loopback, private, link-local, unspecified or otherwise not public.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || (o[0] == 100 && (64..128).contains(&o[1]))
                || o[0] == 0
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_private(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
        }
    }
}

/// Turns a host name into addresses: the system's resolver, or a stand-in in tests.
pub type Lookup = Arc<dyn Fn(&str) -> std::io::Result<Vec<IpAddr>> + Send + Sync>;

/// The system's resolver.
fn system_lookup() -> Lookup {
    Arc::new(|host: &str| Ok((host, 0).to_socket_addrs()?.map(|a| a.ip()).collect()))
}

/// Resolves host names and refuses private addresses, so a public-looking name that points
/// inside the network is not requested. It is the HTTP client's only resolver: the addresses it
/// lets through are the ones connected to, so a name that answers with a public address when
/// checked and a private one when connecting (DNS rebinding) gets no second, unchecked lookup.
struct GuardedResolver {
    allow_private: bool,
    lookup: Lookup,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow_private = self.allow_private;
        let lookup = self.lookup.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs = lookup(&host)?;
            let allowed: Vec<SocketAddr> = addrs
                .iter()
                .filter(|ip| allow_private || !is_private(**ip))
                .map(|ip| SocketAddr::new(*ip, 0))
                .collect();
            if allowed.is_empty() && !addrs.is_empty() {
                return Err(Box::new(FetchError::Private(host)) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(allowed.into_iter()) as Addrs)
        })
    }
}

/// The host of a URL as an IP address, when it is written as one (those skip DNS).
fn ip_literal(url: &reqwest::Url) -> Option<IpAddr> {
    match url.host()? {
        url::Host::Ipv4(v4) => Some(IpAddr::V4(v4)),
        url::Host::Ipv6(v6) => Some(IpAddr::V6(v6)),
        url::Host::Domain(_) => None,
    }
}

/// Makes requests with the options' limits.
pub struct Fetcher {
    client: Client,
    options: FetchOptions,
}

impl Fetcher {
    pub fn new(options: FetchOptions) -> Result<Fetcher, FetchError> {
        Fetcher::with_lookup(options, system_lookup())
    }

    /// A fetcher that resolves names with `lookup` (tests use it to play a lying DNS server).
    pub fn with_lookup(options: FetchOptions, lookup: Lookup) -> Result<Fetcher, FetchError> {
        let max = options.max_redirects;
        let allow_private = options.allow_private_hosts;
        let policy = redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() > max {
                return attempt.error(FetchError::Redirects(max));
            }
            if !matches!(attempt.url().scheme(), "http" | "https") {
                return attempt.error(FetchError::Scheme);
            }
            if let Some(ip) = ip_literal(attempt.url()).filter(|ip| !allow_private && is_private(*ip)) {
                return attempt.error(FetchError::Private(ip.to_string()));
            }
            attempt.follow()
        });
        let client = Client::builder()
            .timeout(options.timeout)
            .connect_timeout(options.timeout)
            .redirect(policy)
            .dns_resolver(Arc::new(GuardedResolver { allow_private, lookup }))
            .no_proxy()
            .user_agent(concat!("amo-preflight/", env!("CARGO_PKG_VERSION"), " (link check)"))
            .build()
            .map_err(|e| FetchError::Connect(e.to_string()))?;
        Ok(Fetcher { client, options })
    }

    /// The status of a URL, with HEAD; servers that refuse HEAD get a GET.
    pub fn status(&self, url: &str, accept_language: &str) -> Result<Fetched, FetchError> {
        let head = self.request(reqwest::Method::HEAD, url, accept_language, false)?;
        if matches!(head.status, 403 | 405 | 406 | 501) {
            return self.request(reqwest::Method::GET, url, accept_language, false);
        }
        Ok(head)
    }

    /// A page and its body (up to the cap).
    pub fn page(&self, url: &str, accept_language: &str) -> Result<Fetched, FetchError> {
        self.request(reqwest::Method::GET, url, accept_language, true)
    }

    fn request(
        &self,
        method: reqwest::Method,
        url: &str,
        accept_language: &str,
        body: bool,
    ) -> Result<Fetched, FetchError> {
        let parsed = reqwest::Url::parse(url).map_err(|e| FetchError::Connect(e.to_string()))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(FetchError::Scheme);
        }
        if let Some(ip) = ip_literal(&parsed).filter(|ip| !self.options.allow_private_hosts && is_private(*ip)) {
            return Err(FetchError::Private(ip.to_string()));
        }
        let response = self
            .client
            .request(method, parsed)
            .header(reqwest::header::ACCEPT_LANGUAGE, accept_language)
            .header(reqwest::header::ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
            .send()
            .map_err(|e| self.explain(&e))?;
        let header = |name| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        // The HTTP client hands back, unfollowed, a redirect to some schemes (`file:`) instead of
        // asking the policy above: refuse it the same way.
        if response.status().is_redirection()
            && let Some(target) = header(reqwest::header::LOCATION).and_then(|l| response.url().join(&l).ok())
            && !matches!(target.scheme(), "http" | "https")
        {
            return Err(FetchError::Scheme);
        }
        let mut fetched = Fetched {
            status: response.status().as_u16(),
            final_url: response.url().to_string(),
            content_language: header(reqwest::header::CONTENT_LANGUAGE),
            content_type: header(reqwest::header::CONTENT_TYPE),
            body: None,
        };
        if body {
            let mut bytes = Vec::new();
            let _ = response.take(self.options.max_body as u64).read_to_end(&mut bytes);
            fetched.body = Some(bytes);
        }
        Ok(fetched)
    }

    /// A request error in the words of [`FetchError`].
    fn explain(&self, e: &reqwest::Error) -> FetchError {
        let mut source: Option<&dyn std::error::Error> = Some(e);
        while let Some(err) = source {
            if let Some(ours) = err.downcast_ref::<FetchError>() {
                return ours.clone();
            }
            source = err.source();
        }
        if e.is_timeout() {
            return FetchError::Timeout(self.options.timeout.as_secs().max(1));
        }
        if e.is_redirect() {
            return FetchError::Redirects(self.options.max_redirects);
        }
        let text = format!("{e:?}").to_lowercase();
        if text.contains("dns") || text.contains("failed to lookup") || text.contains("name or service not known") {
            return FetchError::Dns;
        }
        FetchError::Connect(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_addresses() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.1.1",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(is_private(ip.parse().expect("ip")), "{ip}");
        }
        for ip in ["93.184.216.34", "2606:2800:220:1::1", "8.8.8.8"] {
            assert!(!is_private(ip.parse().expect("ip")), "{ip}");
        }
    }
}
