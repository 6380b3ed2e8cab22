//! What the app knows: settings, the open widget with its latest report, the reviewer's
//! decisions, and what the user is looking at. Panels read it; commands change it.

use crate::rules::listing::Listing;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::index::ResultIndex;
use crate::report::Report;
use crate::review::{ReviewStore, Reviews};
use crate::rules::profile::Marketplace;
use crate::widget::Widget;

/// Most widgets kept in the recent list.
const RECENT_MAX: usize = 8;

/// The main views of an open widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Checklist,
    Texts,
    Languages,
    Images,
}

/// Light, dark, or as the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

/// Preferences kept between runs in the user's config folder.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The app's language; `None` follows the system.
    pub ui_language: Option<String>,
    pub theme: ThemeChoice,
    pub marketplace: Option<String>,
    pub recent: Vec<PathBuf>,
    /// The extension of the last report exported (`html`, `md`, `json`, `sarif`), offered first
    /// next time.
    pub export_format: Option<String>,
}

impl Settings {
    /// Puts a widget at the top of the recent list.
    pub fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_MAX);
    }

    pub fn marketplace(&self) -> Marketplace {
        self.marketplace.as_deref().and_then(|m| m.parse().ok()).unwrap_or_default()
    }

    /// Makes one change.
    pub fn apply(&mut self, edit: &SettingsEdit) {
        match edit {
            SettingsEdit::UiLanguage(code) => self.ui_language = code.clone(),
            SettingsEdit::Theme(theme) => self.theme = *theme,
            SettingsEdit::Marketplace(m) => self.marketplace = Some(m.id().to_string()),
            SettingsEdit::Remember(path) => self.remember(path),
            SettingsEdit::ExportFormat(extension) => self.export_format = Some(extension.clone()),
        }
    }

    /// The report formats a save dialog offers, the last one used first: (name, extension).
    pub fn export_formats(&self) -> Vec<(&'static str, &'static str)> {
        let mut formats = vec![("HTML", "html"), ("Markdown", "md"), ("JSON", "json"), ("SARIF", "sarif")];
        if let Some(last) = formats.iter().position(|(_, ext)| Some(*ext) == self.export_format.as_deref()) {
            formats[..=last].rotate_right(1);
        }
        formats
    }
}

/// One change the user makes to the settings. Changes are kept as data because those made before
/// the saved settings have been read (they are read off the UI thread) are made again on them.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsEdit {
    UiLanguage(Option<String>),
    Theme(ThemeChoice),
    Marketplace(Marketplace),
    /// A widget was opened.
    Remember(PathBuf),
    /// A report was exported with this extension.
    ExportFormat(String),
}

/// Where settings and review decisions live. Tests point it at a temporary folder.
#[derive(Debug, Clone)]
pub struct Storage {
    config_dir: Option<PathBuf>,
    pub reviews: Option<ReviewStore>,
    /// Where the examples inside the binary are written to be opened.
    examples_dir: PathBuf,
}

impl Storage {
    /// The user's own folders (e.g. `~/.config/amo-preflight`, `~/.local/share/amo-preflight`).
    pub fn user() -> Storage {
        let dirs = directories::ProjectDirs::from("", "", "amo-preflight");
        Storage {
            config_dir: dirs.as_ref().map(|d| d.config_dir().to_path_buf()),
            reviews: ReviewStore::in_user_data(),
            examples_dir: dirs
                .as_ref()
                .map_or_else(|| std::env::temp_dir().join("amo-preflight-examples"), |d| d.data_dir().join("examples")),
        }
    }

    /// Everything under one folder.
    pub fn at(dir: &Path) -> Storage {
        Storage {
            config_dir: Some(dir.join("config")),
            reviews: Some(ReviewStore::new(dir.join("reviews"))),
            examples_dir: dir.join("examples"),
        }
    }

    /// Nothing is kept.
    pub fn none() -> Storage {
        Storage { config_dir: None, reviews: None, examples_dir: std::env::temp_dir().join("amo-preflight-examples") }
    }

    /// Where the examples are written to be opened.
    pub fn examples_dir(&self) -> &std::path::Path {
        &self.examples_dir
    }

    fn settings_file(&self) -> Option<PathBuf> {
        self.config_dir.as_ref().map(|d| d.join("settings.json"))
    }

    /// The settings kept from the last run; the defaults when there are none or they cannot be
    /// read (the next save replaces an unreadable file). Reads the disk: not for the UI thread.
    pub fn load_settings(&self) -> Settings {
        self.settings_file()
            .and_then(|f| std::fs::read(f).ok())
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Keeps the settings, replacing the file in one step. Writes the disk: not for the UI thread.
    pub fn save_settings(&self, settings: &Settings) -> std::io::Result<()> {
        let Some(file) = self.settings_file() else { return Ok(()) };
        let text = serde_json::to_string_pretty(settings).map_err(std::io::Error::other)?;
        crate::review::write_atomically(&file, text.as_bytes())
    }
}

/// A preview image: being decoded, ready to draw, or why it cannot be shown.
pub enum ImageSlot {
    Loading,
    Ready(egui::TextureHandle),
    Failed(crate::i18n::Msg),
}

/// The widget that is open, and its latest check.
pub struct Session {
    /// The path as opened.
    pub path: PathBuf,
    /// Which opening of a widget this is (they are counted), so decisions read for an earlier
    /// one are not taken for this one.
    pub opened: u64,
    /// Counts checks, so results of an older check are ignored.
    pub generation: u64,
    pub widget: Option<Arc<Widget>>,
    /// The latest report; set with [`Session::set_report`], which keeps `index` in step.
    pub report: Option<Arc<Report>>,
    /// The report's results by checklist cell.
    pub index: ResultIndex,
    /// Why the widget cannot be read, when it cannot.
    pub error: Option<String>,
    /// The reviewer's decisions; empty until they have been read (see `reviews_loaded`).
    pub reviews: Reviews,
    /// The decisions have been read from disk. They are read once the first check names the
    /// widget, so decisions saved at this path for another widget are not taken for its own;
    /// until then there is nothing to decide on, and deciding is not offered.
    pub reviews_loaded: bool,
    /// A check is running.
    pub checking: bool,
    /// How long the last check took.
    pub last_check: Option<Duration>,
    /// When a change on disk was first noticed and not yet reflected in the checklist.
    pub changed_at: Option<Instant>,
    /// Time from noticing the last change on disk to showing its checklist.
    pub last_update: Option<Duration>,
    /// Decoded previews by file path, for the current generation.
    pub images: BTreeMap<String, ImageSlot>,
    /// New wordings typed in the Texts tab for the submission zip, one per language and text.
    pub wordings: Vec<crate::fix::wording::Wording>,
    /// The user asked to open the links: every check of this widget does so from then on
    /// (results are cached, so re-checks stay fast).
    pub links: bool,
    /// How far the running check's slow stage is: links opened or images read, of how many.
    pub progress: Option<(crate::Stage, usize, usize)>,
    /// Who the widget is, as its latest readable manifest says (see [`crate::review::identity`]);
    /// `None` until a check has read it.
    pub identity: Option<String>,
}

impl Session {
    pub fn new(path: PathBuf, opened: u64) -> Session {
        Session {
            path,
            opened,
            generation: 0,
            widget: None,
            report: None,
            index: ResultIndex::default(),
            error: None,
            reviews: Reviews::default(),
            reviews_loaded: false,
            checking: false,
            last_check: None,
            changed_at: None,
            last_update: None,
            images: BTreeMap::new(),
            wordings: Vec::new(),
            links: false,
            progress: None,
            identity: None,
        }
    }

    /// Takes in a new report (or none, when the widget cannot be read) and indexes it.
    pub fn set_report(&mut self, report: Option<Arc<Report>>) {
        self.index = report.as_deref().map(ResultIndex::new).unwrap_or_default();
        self.report = report;
    }

    /// The widget's name for titles: its name in the first language, else the folder name.
    pub fn title(&self) -> String {
        let from_report =
            self.report.as_ref().and_then(|r| r.widget.languages.iter().find_map(|l| r.widget.names.get(l)).cloned());
        from_report.unwrap_or_else(|| {
            self.path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.path.display().to_string())
        })
    }
}

/// A checklist item: a rule, for the widget or for one language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Item {
    pub rule: String,
    pub lang: Option<String>,
}

/// What the checklist shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub problems_only: bool,
    pub manual_only: bool,
    /// Show one language only.
    pub language: Option<String>,
    pub search: String,
}

/// Everything the app holds besides the worker.
pub struct AppState {
    /// The settings: the defaults until the saved ones have been read, then those.
    pub settings: Settings,
    pub session: Option<Session>,
    pub tab: Tab,
    pub filter: Filter,
    pub selected: Option<Item>,
    /// The note being written for the selected manual item.
    pub note: String,
    /// The listing text a scratch wording is measured as.
    pub scratch_field: Listing,
    pub scratch: String,
    /// The language the marketplace card preview shows; `None`, or one the widget does not
    /// have, shows the widget's first.
    pub card_lang: Option<String>,
    /// The card preview shows the marketplace's dark theme rather than its light one.
    pub card_dark: bool,
    /// The slide the card preview's install screen shows, counted from 0.
    pub card_slide: usize,
    /// An image shown at 1:1 in its own window.
    pub zoomed: Option<String>,
    /// A message for the status line (e.g. why a file could not be opened).
    pub notice: Option<String>,
    /// The review of a submission zip being prepared, while its window is open.
    pub submission: Option<Submission>,
    /// The app's own file dialog, open when the system's could not be shown.
    pub file_dialog: Option<super::file_dialog::FileDialog>,
}

/// The submission zip under review: the fix as planned, the files the reviewer keeps, and the
/// zip once written.
#[derive(Default)]
pub struct Submission {
    /// `None` while the fix is being prepared.
    pub fixed: Option<Arc<crate::fix::Fixed>>,
    /// Files and folders (ending in `/`) the reviewer keeps although the fix would leave them out.
    pub keep: std::collections::BTreeSet<String>,
    /// Why the zip could not be prepared or written.
    pub error: Option<crate::i18n::Msg>,
    /// Where the zip was written.
    pub written: Option<PathBuf>,
    /// Each image the zip changes, by its path in the zip: before and after.
    pub images: BTreeMap<String, [ImageSlot; 2]>,
}

impl Submission {
    /// The `--keep` patterns of what the reviewer keeps: a folder with everything in it.
    pub fn keep_patterns(&self) -> Vec<String> {
        self.keep.iter().map(|p| if p.ends_with('/') { format!("{p}**") } else { p.clone() }).collect()
    }
}

impl Default for AppState {
    /// Nothing open, the default settings.
    fn default() -> AppState {
        AppState {
            settings: Settings::default(),
            session: None,
            tab: Tab::Checklist,
            filter: Filter::default(),
            selected: None,
            note: String::new(),
            scratch_field: Listing::Name,
            scratch: String::new(),
            card_lang: None,
            card_dark: false,
            card_slide: 0,
            zoomed: None,
            submission: None,
            file_dialog: None,
            notice: None,
        }
    }
}

impl AppState {
    pub fn marketplace(&self) -> Marketplace {
        self.settings.marketplace()
    }

    pub fn report(&self) -> Option<&Report> {
        self.session.as_ref()?.report.as_deref()
    }

    pub fn widget(&self) -> Option<&Widget> {
        self.session.as_ref()?.widget.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_export_format_is_offered_first_and_kept() {
        let mut settings = Settings::default();
        assert_eq!(settings.export_formats()[0], ("HTML", "html"));
        settings.apply(&SettingsEdit::ExportFormat("json".into()));
        let formats: Vec<&str> = settings.export_formats().iter().map(|f| f.1).collect();
        assert_eq!(formats, ["json", "html", "md", "sarif"]);
        let dir = tempfile::tempdir().expect("temp");
        let storage = Storage::at(dir.path());
        storage.save_settings(&settings).expect("saved");
        assert_eq!(storage.load_settings().export_format.as_deref(), Some("json"));
    }
}
