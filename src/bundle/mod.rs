//! Reads a widget (a folder or a `.zip`) into memory once, safely: limits on size and count,
//! no path may escape the widget, nothing is ever written. Rules never touch the disk again.

mod folder;
mod limits;
mod paths;
mod zipfile;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use limits::Limits;
pub use paths::{is_unread_folder, safe_relative_path};

use crate::i18n::Msg;
use crate::msg;

/// Where the widget came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Folder,
    Zip,
}

/// One file of the widget, by its path relative to the widget root.
#[derive(Debug, Clone)]
pub struct BundleFile {
    /// Size in bytes as stored (for a zip entry: the uncompressed size it declares).
    pub size: u64,
    /// The bytes, or `None` when the file was not read (a limit, or a folder that is never read).
    /// Shared: the widget's decoded text of a UTF-8 file is these very bytes (see `Widget::new`).
    pub bytes: Option<Arc<[u8]>>,
}

/// Something about the input that could not be read safely; the run goes on without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A zip entry name with `..`, an absolute path or a drive letter: never extracted.
    UnsafePath { name: String },
    /// A symbolic link that leads out of the widget folder (or any link inside a zip): not followed.
    Symlink { path: String, target: String },
    /// More entries than [`Limits::max_files`]: the rest were not read.
    TooManyFiles { limit: usize },
    /// One file over [`Limits::max_file_bytes`].
    FileTooLarge { path: String, size: u64, limit: u64 },
    /// The files together over [`Limits::max_total_bytes`]: this file and the rest were not read.
    TotalTooLarge { path: String, limit: u64 },
    /// A zip entry that inflates far beyond its compressed size (a "zip bomb").
    RatioTooHigh { path: String, limit: u64 },
    /// A file the system or the zip reader could not read (permissions, encryption, damage).
    Unreadable { path: String, reason: Msg },
}

/// The input could not be read as a widget at all (exit code 2). [`OpenError::message`] says
/// it for a person.
#[derive(Debug)]
pub enum OpenError {
    NotFound(PathBuf),
    Io {
        path: PathBuf,
        reason: Msg,
    },
    NotZip {
        path: PathBuf,
        reason: Msg,
    },
    /// `hint` says where the manifest may be, when something is known.
    NoManifest {
        path: PathBuf,
        hint: Option<Msg>,
    },
    Internal(PathBuf),
}

impl OpenError {
    /// What went wrong, for the person who gave the path.
    pub fn message(&self) -> Msg {
        match self {
            OpenError::NotFound(path) => msg!("widget-open-not-found", path = path.display().to_string()),
            OpenError::Io { path, reason } => {
                msg!("widget-open-unreadable", path = path.display().to_string(), reason = reason.clone())
            }
            OpenError::NotZip { path, reason } => {
                msg!("widget-open-not-zip", path = path.display().to_string(), reason = reason.clone())
            }
            OpenError::NoManifest { path, hint: None } => {
                msg!("widget-open-no-manifest", path = path.display().to_string())
            }
            OpenError::NoManifest { path, hint: Some(hint) } => {
                msg!("widget-open-no-manifest-hint", path = path.display().to_string(), hint = hint.clone())
            }
            OpenError::Internal(path) => msg!("widget-open-internal", path = path.display().to_string()),
        }
    }
}

/// Why the system could not read a file, in plain words where they are known; otherwise the
/// system's own text.
pub(crate) fn io_reason(e: &std::io::Error) -> Msg {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => msg!("widget-reason-permission-denied"),
        _ => msg!("widget-reason-system", detail = e.to_string()),
    }
}

/// The widget's files, read once.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The path as the user gave it.
    pub source: PathBuf,
    pub kind: SourceKind,
    /// Zip only: the folder inside the archive that holds `manifest.json` when it is not at the root.
    pub root_folder: Option<String>,
    /// Zip only, with `root_folder`: entries of the archive outside that folder.
    pub outside_root: Vec<String>,
    /// Every file under the widget root, by relative path with `/`.
    pub files: BTreeMap<String, BundleFile>,
    /// Every folder under the widget root (without trailing `/`), including ones not read.
    pub folders: BTreeSet<String>,
    pub problems: Vec<Problem>,
}

impl Bundle {
    /// Opens a folder, a zip, or the folder of a given `manifest.json`.
    pub fn open(path: &Path, limits: &Limits) -> Result<Bundle, OpenError> {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => OpenError::NotFound(path.to_path_buf()),
            _ => OpenError::Io { path: path.to_path_buf(), reason: io_reason(&e) },
        })?;
        if meta.is_dir() {
            return folder::read(path, limits);
        }
        if path.file_name().is_some_and(|n| n == "manifest.json") {
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let mut bundle = folder::read(parent, limits)?;
            bundle.source = path.to_path_buf();
            return Ok(bundle);
        }
        // A FIFO, socket or device given as the widget: opening a FIFO blocks until someone
        // writes to it, and a device can be endless. Only regular files are read as zips.
        if !meta.is_file() {
            return Err(OpenError::Io { path: path.to_path_buf(), reason: msg!("widget-reason-not-regular") });
        }
        zipfile::read(path, limits)
    }

    /// Reads a zip held in memory; `source` names it in messages and reports.
    pub fn from_zip_bytes(source: &Path, bytes: &[u8], limits: &Limits) -> Result<Bundle, OpenError> {
        zipfile::read_from(std::io::Cursor::new(bytes), source, limits)
    }

    /// A widget given as files in memory (path relative to the widget root, bytes), read under
    /// the same limits and path checks as a folder; for callers that have no files on disk.
    pub fn from_files(source: &Path, files: impl IntoIterator<Item = (String, Vec<u8>)>, limits: &Limits) -> Bundle {
        let mut out = Collector::new(limits);
        for (name, bytes) in files {
            let Some(path) = safe_relative_path(&name) else {
                out.problems.push(Problem::UnsafePath { name });
                continue;
            };
            if is_unread_folder(&path) {
                continue;
            }
            if !out.has_room() {
                break;
            }
            let size = bytes.len() as u64;
            let kept = out.budget_for(&path, size).map(|_| bytes);
            out.add(path, size, kept);
        }
        out.into_bundle(source, SourceKind::Folder)
    }

    /// The bytes of a file, if it exists and was read.
    pub fn bytes(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).and_then(|f| f.bytes.as_deref())
    }

    /// SHA-256 of the input, in hex: of the zip file as it is, or of a folder's files (their
    /// paths and bytes, in path order), so a report names exactly what was checked.
    pub fn digest(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        match self.kind {
            SourceKind::Zip => {
                if let Ok(mut file) = std::fs::File::open(&self.source) {
                    let _ = std::io::copy(&mut file, &mut hasher);
                }
            }
            SourceKind::Folder => {
                for (path, file) in &self.files {
                    hasher.update(path.as_bytes());
                    hasher.update([0]);
                    hasher.update(file.bytes.as_deref().unwrap_or_default());
                    hasher.update([0]);
                }
            }
        }
        hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Whether a file exists under the widget root (read or not).
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }
}

/// Collects files while enforcing the count and total-size limits shared by both readers.
pub(crate) struct Collector<'a> {
    limits: &'a Limits,
    total: u64,
    total_exceeded: bool,
    pub files: BTreeMap<String, BundleFile>,
    pub folders: BTreeSet<String>,
    pub problems: Vec<Problem>,
}

impl<'a> Collector<'a> {
    pub fn new(limits: &'a Limits) -> Self {
        Collector {
            limits,
            total: 0,
            total_exceeded: false,
            files: BTreeMap::new(),
            folders: BTreeSet::new(),
            problems: Vec::new(),
        }
    }

    /// Whether another file may still be taken; records the problem once when not.
    pub fn has_room(&mut self) -> bool {
        if self.files.len() < self.limits.max_files {
            return true;
        }
        let limit = self.limits.max_files;
        if !self.problems.contains(&Problem::TooManyFiles { limit }) {
            self.problems.push(Problem::TooManyFiles { limit });
        }
        false
    }

    /// Decides, before reading, how many bytes of a file of `size` may be read; `None` = skip it.
    pub fn budget_for(&mut self, path: &str, size: u64) -> Option<u64> {
        if size > self.limits.max_file_bytes {
            self.problems.push(Problem::FileTooLarge {
                path: path.to_string(),
                size,
                limit: self.limits.max_file_bytes,
            });
            return None;
        }
        let left = self.limits.max_total_bytes.saturating_sub(self.total);
        if size > left || self.total_exceeded {
            if !self.total_exceeded {
                self.problems
                    .push(Problem::TotalTooLarge { path: path.to_string(), limit: self.limits.max_total_bytes });
                self.total_exceeded = true;
            }
            return None;
        }
        Some(self.limits.max_file_bytes.min(left))
    }

    /// Records a file, read or not, and its parent folders.
    pub fn add(&mut self, path: String, size: u64, bytes: Option<Vec<u8>>) {
        if let Some(b) = &bytes {
            self.total += b.len() as u64;
        }
        self.add_parents(&path);
        self.files.insert(path, BundleFile { size, bytes: bytes.map(Arc::from) });
    }

    /// The bundle of what was collected from `source`, with no root folder inside it.
    pub fn into_bundle(self, source: &Path, kind: SourceKind) -> Bundle {
        Bundle {
            source: source.to_path_buf(),
            kind,
            root_folder: None,
            outside_root: Vec::new(),
            files: self.files,
            folders: self.folders,
            problems: self.problems,
        }
    }

    /// Records a folder and its parents.
    pub fn add_folder(&mut self, path: &str) {
        self.add_parents(path);
        self.folders.insert(path.to_string());
    }

    fn add_parents(&mut self, path: &str) {
        let mut end = 0;
        while let Some(i) = path[end..].find('/') {
            end += i;
            self.folders.insert(path[..end].to_string());
            end += 1;
        }
    }
}
