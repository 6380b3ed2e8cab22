//! Results of the slow stages kept on disk, so checking again is instant: the network stage's
//! outcome per page (URL, language) and per stylesheet, for a day; the words read in an image,
//! by the image's bytes and the reader's version, for good. Each kind has its own folder.

use std::path::PathBuf;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// How long a network result stays good: pages change.
pub const LINKS_MAX_AGE: Duration = Duration::from_secs(24 * 60 * 60);

/// A folder of cached results.
#[derive(Debug, Clone)]
pub struct DiskCache {
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

impl DiskCache {
    pub fn new(dir: impl Into<PathBuf>, max_age: Duration) -> DiskCache {
        DiskCache { dir: dir.into(), max_age }
    }

    /// A folder of the user's cache folder (e.g. `~/.cache/amo-preflight/links`).
    pub fn in_user_cache(folder: &str, max_age: Duration) -> Option<DiskCache> {
        let dirs = directories::ProjectDirs::from("", "", "amo-preflight")?;
        Some(DiskCache::new(dirs.cache_dir().join(folder), max_age))
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
