//! The app's own file dialog, for when the system's cannot be shown: on a Linux desktop without
//! an xdg-desktop-portal, the system dialog returns at once without a window, and a button
//! that does nothing is the worst answer. The app then lists folders itself.

use std::path::{Path, PathBuf};
use std::time::Duration;

/// A system dialog that answered "nothing chosen" sooner than this never showed: no person
/// cancels a dialog that fast.
pub const NEVER_SHOWN: Duration = Duration::from_millis(300);

/// What the dialog is for, and so what it shows and what choosing does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    OpenFolder,
    OpenZip,
    ExportReport,
    WriteSubmission,
}

impl Purpose {
    /// The files it lists besides folders, by extension.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Purpose::OpenFolder => &[],
            Purpose::OpenZip | Purpose::WriteSubmission => &["zip"],
            Purpose::ExportReport => &["html", "md", "json", "sarif"],
        }
    }

    /// Whether it asks for a new file's name.
    pub fn saves(self) -> bool {
        matches!(self, Purpose::ExportReport | Purpose::WriteSubmission)
    }
}

/// One entry of the folder shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub is_dir: bool,
}

/// The dialog's state: the folder it shows and, when saving, the name typed.
#[derive(Debug, Clone)]
pub struct FileDialog {
    pub purpose: Purpose,
    pub dir: PathBuf,
    /// Folders first, then the files it is for, each by name; hidden ones are left out.
    pub entries: Vec<Entry>,
    /// The new file's name, when saving.
    pub name: String,
    /// Why the folder cannot be listed.
    pub error: Option<String>,
}

impl FileDialog {
    /// The dialog in `dir`, with `name` proposed when saving.
    pub fn new(purpose: Purpose, dir: PathBuf, name: String) -> FileDialog {
        let mut dialog = FileDialog { purpose, dir, entries: Vec::new(), name, error: None };
        dialog.go(dialog.dir.clone());
        dialog
    }

    /// Shows another folder. Listing one folder is quick, so it is done here, on the UI thread.
    pub fn go(&mut self, dir: PathBuf) {
        match list(&dir, self.purpose.extensions()) {
            Ok(entries) => {
                self.entries = entries;
                self.error = None;
            }
            Err(e) => {
                self.entries.clear();
                self.error = Some(e.to_string());
            }
        }
        self.dir = dir;
    }

    /// The file or folder chosen when the main button is pressed: the folder shown, or the name
    /// typed inside it (with the first extension it is for, if it has none).
    pub fn chosen(&self) -> Option<PathBuf> {
        if !self.purpose.saves() {
            return (self.purpose == Purpose::OpenFolder).then(|| self.dir.clone());
        }
        let name = self.name.trim();
        if name.is_empty() || name.contains(['/', '\\']) {
            return None;
        }
        let extensions = self.purpose.extensions();
        let has_extension =
            Path::new(name).extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e));
        Some(self.dir.join(if has_extension { name.to_string() } else { format!("{name}.{}", extensions[0]) }))
    }
}

/// The folders and the files with `extensions` in `dir`, sorted, without hidden ones.
fn list(dir: &Path, extensions: &[&str]) -> std::io::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let is_dir = entry.path().is_dir();
        let wanted = || {
            let extension = Path::new(&name).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
            extension.is_some_and(|e| extensions.contains(&e.as_str()))
        };
        if is_dir || wanted() {
            entries.push(Entry { name, is_dir });
        }
    }
    entries.sort_by(|a, b| b.is_dir.cmp(&a.is_dir).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase())));
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_lists_folders_first_and_only_the_files_it_is_for() {
        let dir = tempfile::tempdir().expect("temp");
        for file in ["b.zip", "a.txt", ".hidden.zip", "C.ZIP"] {
            std::fs::write(dir.path().join(file), b"").expect("write");
        }
        std::fs::create_dir(dir.path().join("widget")).expect("mkdir");
        let dialog = FileDialog::new(Purpose::OpenZip, dir.path().to_path_buf(), String::new());
        let names: Vec<&str> = dialog.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["widget", "b.zip", "C.ZIP"]);
        let folders = FileDialog::new(Purpose::OpenFolder, dir.path().to_path_buf(), String::new());
        assert_eq!(folders.entries, [Entry { name: "widget".into(), is_dir: true }]);
        assert_eq!(folders.chosen(), Some(dir.path().to_path_buf()));
    }

    #[test]
    fn a_saved_file_gets_its_extension_and_stays_in_the_folder() {
        let dir = tempfile::tempdir().expect("temp");
        let mut dialog = FileDialog::new(Purpose::ExportReport, dir.path().to_path_buf(), "report".into());
        assert_eq!(dialog.chosen(), Some(dir.path().join("report.html")));
        dialog.name = "report.json".into();
        assert_eq!(dialog.chosen(), Some(dir.path().join("report.json")));
        dialog.name = "../elsewhere.html".into();
        assert_eq!(dialog.chosen(), None);
        dialog.go(dir.path().join("missing"));
        assert!(dialog.error.is_some());
    }
}
