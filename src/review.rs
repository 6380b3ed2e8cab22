//! A reviewer's decisions on the items only a human can judge (`manual` results), kept per widget
//! in the user's data folder — never in the widget — and restored when the widget is opened again.

use crate::i18n::Msg;
use crate::msg;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use crate::widget::Widget;

/// What the reviewer decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Passed,
    Failed,
}

/// One decision on one rule, for the widget or one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub rule: String,
    pub lang: Option<String>,
    pub verdict: Verdict,
    #[serde(default)]
    pub note: String,
    /// Seconds since 1970, when the decision was made.
    #[serde(default)]
    pub decided_at: u64,
}

/// All decisions for one widget.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reviews {
    /// The widget these decisions belong to, as an absolute path (for people reading the file).
    #[serde(default)]
    pub widget: String,
    /// Who the widget is, from its manifest (see [`identity`]); empty until it has been read.
    #[serde(default)]
    pub identity: String,
    #[serde(default)]
    pub decisions: Vec<Decision>,
}

impl Reviews {
    /// The decision on a rule for a language (`None` for widget-wide rules).
    pub fn get(&self, rule: &str, lang: Option<&str>) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.rule == rule && d.lang.as_deref() == lang)
    }

    /// Records a decision, replacing an earlier one on the same item.
    pub fn set(&mut self, decision: Decision) {
        self.clear(&decision.rule, decision.lang.as_deref());
        self.decisions.push(decision);
    }

    /// Whether these decisions may be another widget's: both identities known, and different.
    pub fn belong_to_another(&self, identity: &str) -> bool {
        !self.identity.is_empty() && !identity.is_empty() && self.identity != identity
    }

    /// Forgets the decision on an item.
    pub fn clear(&mut self, rule: &str, lang: Option<&str>) {
        self.decisions.retain(|d| !(d.rule == rule && d.lang.as_deref() == lang));
    }
}

/// Where decisions are kept: one JSON file per widget in a folder of the user's data.
#[derive(Debug, Clone)]
pub struct ReviewStore {
    dir: PathBuf,
}

impl ReviewStore {
    /// A store in `dir` (created when the first decision is saved).
    pub fn new(dir: impl Into<PathBuf>) -> ReviewStore {
        ReviewStore { dir: dir.into() }
    }

    /// The store in the user's data folder (e.g. `~/.local/share/amo-preflight/reviews`).
    pub fn in_user_data() -> Option<ReviewStore> {
        let dirs = directories::ProjectDirs::from("", "", "amo-preflight")?;
        Some(ReviewStore::new(dirs.data_dir().join("reviews")))
    }

    /// The file for a widget: named after a hash of its absolute path, so the same widget opened
    /// again (by any relative path) finds its decisions.
    pub fn file_for(&self, widget: &Path) -> PathBuf {
        self.dir.join(format!("{:016x}.json", fnv1a(absolute(widget).to_string_lossy().as_bytes())))
    }

    /// The decisions for a widget; none when there are none yet. A damaged file is set aside
    /// (renamed `*.damaged-<time>.json`) rather than lost or fatal; the warning says where.
    pub fn load(&self, widget: &Path) -> (Reviews, Option<Msg>) {
        let file = self.file_for(widget);
        let Ok(bytes) = std::fs::read(&file) else { return (Reviews::default(), None) };
        match serde_json::from_slice(&bytes) {
            Ok(reviews) => (reviews, None),
            Err(e) => {
                let error = e.to_string();
                let warning = match self.set_aside(widget, "damaged") {
                    Some(aside) => {
                        msg!("review-damaged-set-aside", error = error, aside = aside.display().to_string())
                    }
                    None => msg!("review-damaged", error = error, file = file.display().to_string()),
                };
                (Reviews::default(), Some(warning))
            }
        }
    }

    /// The decisions for a widget whose manifest has been read: decisions saved at the same path
    /// for another widget (another code or name — say a different widget.zip downloaded to the
    /// same place) are set aside with a warning instead of being shown as this one's.
    pub fn load_for(&self, widget: &Path, identity: &str) -> (Reviews, Option<Msg>) {
        let (reviews, warning) = self.load(widget);
        if !reviews.belong_to_another(identity) {
            return (reviews, warning);
        }
        (Reviews::default(), Some(self.other_widget(widget, &reviews.identity)))
    }

    /// Sets aside the decisions saved at `widget`'s path for the widget `other`; the warning.
    pub fn other_widget(&self, widget: &Path, other: &str) -> Msg {
        let path = absolute(widget).display().to_string();
        match self.set_aside(widget, "other-widget") {
            Some(aside) => {
                msg!("review-other-widget-set-aside", widget = path, other = other, aside = aside.display().to_string())
            }
            None => msg!("review-other-widget", widget = path, other = other),
        }
    }

    /// Renames a widget's decisions file to `*.<why>-<time>.json`; where it went, if it did.
    fn set_aside(&self, widget: &Path, why: &str) -> Option<PathBuf> {
        let file = self.file_for(widget);
        let aside = file.with_extension(format!("{why}-{}.json", now()));
        std::fs::rename(&file, &aside).ok().map(|_| aside)
    }

    /// Saves the decisions for a widget, replacing the file in one step (see
    /// [`write_atomically`]) so a crash cannot leave half a file.
    pub fn save(&self, widget: &Path, reviews: &Reviews) -> std::io::Result<()> {
        let mut reviews = reviews.clone();
        reviews.widget = absolute(widget).display().to_string();
        let text = serde_json::to_string_pretty(&reviews).map_err(std::io::Error::other)?;
        write_atomically(&self.file_for(widget), text.as_bytes())
    }
}

/// Replaces a file in one step (creating its folder when needed): the bytes go to a temporary
/// file in the same folder, reach the disk, and the temporary file is renamed over the target.
/// Readers see the old file or the new one, never part of one, and a crash leaves at most a stray
/// temporary file. The temporary name is unique to the process and the call, so two writers never
/// share one. Errors name the file.
pub fn write_atomically(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static WRITES: AtomicU64 = AtomicU64::new(0);
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|e| with_path(folder, e))?;
    }
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let serial = WRITES.fetch_add(1, Ordering::Relaxed);
    let temporary = target.with_file_name(format!(".{name}.{}-{serial}.tmp", std::process::id()));
    let written = std::fs::File::create(&temporary).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    let replaced = written.and_then(|()| std::fs::rename(&temporary, target));
    if replaced.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    replaced.map_err(|e| with_path(target, e))
}

/// An IO error that names the file it is about.
fn with_path(path: &Path, error: std::io::Error) -> std::io::Error {
    std::io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}

/// Who a widget is, from its manifest: its `widget.code` when it has one (older manifests do),
/// otherwise its name in its first language; empty when the manifest says neither.
pub fn identity(widget: &Widget) -> String {
    if let Some(code) = widget.manifest_value("widget.code").and_then(|v| v.as_str()).filter(|c| !c.trim().is_empty()) {
        return code.trim().to_string();
    }
    widget
        .languages
        .first()
        .and_then(|lang| widget.text(lang, "widget.name"))
        .map(|t| t.value.trim().to_string())
        .unwrap_or_default()
}

/// Seconds since 1970, for stamping decisions.
pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// Seconds since 1970 as an ISO 8601 UTC time, e.g. `2026-11-26T09:45:00Z`.
pub fn iso_time(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

fn absolute(path: &Path) -> PathBuf {
    path.canonicalize().or_else(|_| std::path::absolute(path)).unwrap_or_else(|_| path.to_path_buf())
}

/// FNV-1a, 64 bits: a hash that stays the same across runs and Rust versions, unlike std's.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(rule: &str, lang: Option<&str>, verdict: Verdict) -> Decision {
        Decision { rule: rule.into(), lang: lang.map(Into::into), verdict, note: "checked".into(), decided_at: 1 }
    }

    #[test]
    fn decisions_are_kept_per_widget_and_item() {
        let data = tempfile::tempdir().expect("temp");
        let widget_a = tempfile::tempdir().expect("temp");
        let widget_b = tempfile::tempdir().expect("temp");
        let store = ReviewStore::new(data.path().join("reviews"));
        assert_eq!(store.load(widget_a.path()), (Reviews::default(), None));

        let mut reviews = Reviews::default();
        reviews.set(decision("ui.no-overlap", None, Verdict::Passed));
        reviews.set(decision("content.ui-copy", Some("en"), Verdict::Failed));
        reviews.set(decision("content.ui-copy", Some("en"), Verdict::Passed));
        assert_eq!(reviews.decisions.len(), 2);
        store.save(widget_a.path(), &reviews).expect("save");

        let (loaded, _) = store.load(widget_a.path());
        assert_eq!(loaded.get("content.ui-copy", Some("en")).map(|d| d.verdict), Some(Verdict::Passed));
        assert_eq!(loaded.get("content.ui-copy", Some("es")), None);
        assert!(loaded.widget.ends_with(&*widget_a.path().file_name().expect("name").to_string_lossy()));
        assert_eq!(store.load(widget_b.path()).0, Reviews::default());
        // The widget folder itself is never written to.
        assert_eq!(std::fs::read_dir(widget_a.path()).expect("dir").count(), 0);
    }

    #[test]
    fn a_damaged_file_is_set_aside_with_a_warning() {
        let data = tempfile::tempdir().expect("temp");
        let store = ReviewStore::new(data.path());
        let widget = Path::new("/some/widget");
        std::fs::write(store.file_for(widget), "{not json").expect("write");
        let (reviews, warning) = store.load(widget);
        assert_eq!(reviews, Reviews::default());
        assert!(warning.is_some_and(|w| w.english().contains("set aside")));
        assert!(!store.file_for(widget).exists());
        let aside: Vec<_> = std::fs::read_dir(data.path()).expect("dir").flatten().map(|e| e.file_name()).collect();
        assert!(aside.iter().any(|n| n.to_string_lossy().contains(".damaged-")), "{aside:?}");
        // The next load starts clean.
        assert_eq!(store.load(widget), (Reviews::default(), None));
    }

    #[test]
    fn another_widget_at_the_same_path_does_not_get_the_decisions() {
        let data = tempfile::tempdir().expect("temp");
        let store = ReviewStore::new(data.path());
        let widget = Path::new("/downloads/widget.zip");
        let mut reviews = Reviews { identity: "Calendar via Acme".into(), ..Reviews::default() };
        reviews.set(decision("ui.no-overlap", None, Verdict::Passed));
        store.save(widget, &reviews).expect("save");
        // The same widget, or one whose manifest was not read: the decisions are there.
        assert_eq!(store.load_for(widget, "Calendar via Acme").0.decisions.len(), 1);
        assert_eq!(store.load_for(widget, "").0.decisions.len(), 1);
        // Another widget at that path: set aside, with a warning naming the other widget.
        let (loaded, warning) = store.load_for(widget, "Chat via Other");
        assert_eq!(loaded, Reviews::default());
        let warning = warning.expect("warning").english();
        assert!(
            warning.contains("made for another widget (Calendar via Acme)") && warning.contains("set aside"),
            "{warning}"
        );
        assert!(!store.file_for(widget).exists());
        let names: Vec<_> = std::fs::read_dir(data.path()).expect("dir").flatten().map(|e| e.file_name()).collect();
        assert!(names.iter().any(|n| n.to_string_lossy().contains(".other-widget-")), "{names:?}");
    }

    #[test]
    fn a_replaced_file_is_never_seen_half_written() {
        let dir = tempfile::tempdir().expect("temp");
        let target = dir.path().join("settings.json");
        // Large enough that a plain write would be seen in pieces.
        let versions = ["a".repeat(4 << 20), "b".repeat(4 << 20)];
        write_atomically(&target, versions[0].as_bytes()).expect("write");
        let done = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            let reader = scope.spawn(|| {
                let mut reads = 0;
                while !done.load(Ordering::Relaxed) {
                    let seen = std::fs::read_to_string(&target).expect("read");
                    assert!(versions.contains(&seen), "a read saw {} bytes of a write", seen.len());
                    reads += 1;
                }
                reads
            });
            for i in 0..40 {
                write_atomically(&target, versions[i % 2].as_bytes()).expect("write");
            }
            done.store(true, Ordering::Relaxed);
            assert!(reader.join().expect("reader") > 0);
        });
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").flatten().map(|e| e.file_name()).collect();
        assert_eq!(left, vec![std::ffi::OsString::from("settings.json")], "temporary files were left behind");
    }

    #[test]
    fn a_write_that_fails_names_the_file_and_leaves_nothing() {
        let dir = tempfile::tempdir().expect("temp");
        // A folder where the file should be: the temporary file is written, the rename fails.
        let target = dir.path().join("settings.json");
        std::fs::create_dir(&target).expect("mkdir");
        let error = write_atomically(&target, b"{}").expect_err("a folder is in the way");
        assert!(error.to_string().contains("settings.json"), "{error}");
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1, "the temporary file was left behind");
    }

    #[test]
    fn iso_times() {
        assert_eq!(iso_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_time(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso_time(1_795_685_100), "2026-11-26T09:25:00Z");
    }

    #[test]
    fn the_hash_is_stable() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
