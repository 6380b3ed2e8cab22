//! Network results kept on disk for a while, so checking again is instant: a page's outcome per
//! (URL, language), a stylesheet's per URL. Results that could not be verified are not kept.

use std::path::PathBuf;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// How long a result stays good.
pub const MAX_AGE: Duration = Duration::from_secs(24 * 60 * 60);

/// A folder of cached results.
#[derive(Debug, Clone)]
pub struct LinkCache {
    dir: PathBuf,
    max_age: Duration,
}

#[derive(Serialize, Deserialize)]
struct Entry<T> {
    /// Seconds since 1970 when the result was found.
    checked_at: u64,
    /// The full key, so two keys that hash alike never share a result.
    key: String,
    value: T,
}

/// The key of a result: what kind it is, its URL and the language it was asked in.
pub fn key(kind: &str, url: &str, lang: Option<&str>) -> String {
    format!("{kind}\n{url}\n{}", lang.unwrap_or("-"))
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

    fn file(&self, key: &str) -> PathBuf {
        let hash =
            key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3));
        self.dir.join(format!("{hash:016x}.json"))
    }

    /// A result younger than the maximum age.
    pub fn get<T: DeserializeOwned>(&self, key: &str) -> Option<T> {
        let entry: Entry<T> = serde_json::from_slice(&std::fs::read(self.file(key)).ok()?).ok()?;
        let age = crate::review::now().saturating_sub(entry.checked_at);
        (age <= self.max_age.as_secs() && entry.key == key).then_some(entry.value)
    }

    /// Keeps a result; a cache that cannot be written is simply not used. Written to a temporary
    /// file and renamed, so a reader never sees half a result.
    pub fn put<T: Serialize>(&self, key: &str, value: &T) {
        let entry = Entry { checked_at: crate::review::now(), key: key.to_string(), value };
        let target = self.file(key);
        let temporary = target.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::create_dir_all(&self.dir).is_ok()
            && let Ok(text) = serde_json::to_string(&entry)
            && std::fs::write(&temporary, text).is_ok()
            && std::fs::rename(&temporary, &target).is_err()
        {
            let _ = std::fs::remove_file(&temporary);
        }
    }
}
