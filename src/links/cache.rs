//! Link results kept on disk per (URL, language) for a while, so checking again is instant.
//! Results that could not be verified are not kept.

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::Outcome;

/// How long a result stays good.
pub const MAX_AGE: Duration = Duration::from_secs(24 * 60 * 60);

/// A folder of cached results.
#[derive(Debug, Clone)]
pub struct LinkCache {
    dir: PathBuf,
    max_age: Duration,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    /// Seconds since 1970 when the link was checked.
    checked_at: u64,
    outcome: Outcome,
}

impl LinkCache {
    pub fn new(dir: impl Into<PathBuf>, max_age: Duration) -> LinkCache {
        LinkCache { dir: dir.into(), max_age }
    }

    /// The cache in the user's cache folder (e.g. `~/.cache/amo-preflight/links`).
    pub fn in_user_cache() -> Option<LinkCache> {
        let dirs = directories::ProjectDirs::from("", "", "amo-preflight")?;
        Some(LinkCache::new(dirs.cache_dir().join("links"), MAX_AGE))
    }

    fn file(&self, url: &str, lang: Option<&str>) -> PathBuf {
        let key = format!("{url}\n{}", lang.unwrap_or("-"));
        let hash =
            key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3));
        self.dir.join(format!("{hash:016x}.json"))
    }

    /// A result younger than the maximum age.
    pub fn get(&self, url: &str, lang: Option<&str>) -> Option<Outcome> {
        let entry: Entry = serde_json::from_slice(&std::fs::read(self.file(url, lang)).ok()?).ok()?;
        let age = crate::review::now().saturating_sub(entry.checked_at);
        (age <= self.max_age.as_secs() && entry.outcome.url == url && entry.outcome.lang.as_deref() == lang)
            .then_some(entry.outcome)
    }

    /// Keeps a result; a cache that cannot be written is simply not used.
    pub fn put(&self, outcome: &Outcome) {
        let entry = Entry { checked_at: crate::review::now(), outcome: outcome.clone() };
        if std::fs::create_dir_all(&self.dir).is_ok()
            && let Ok(text) = serde_json::to_string(&entry)
        {
            let _ = std::fs::write(self.file(&outcome.url, outcome.lang.as_deref()), text);
        }
    }
}
