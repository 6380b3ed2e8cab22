//! Reads a widget folder: regular files only, symbolic links followed only when they stay inside.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Bundle, Collector, Limits, OpenError, Problem, SourceKind, io_reason, is_unread_folder};
use crate::i18n::Msg;
use crate::msg;

pub(super) fn read(root: &Path, limits: &Limits) -> Result<Bundle, OpenError> {
    let io_err = |e: std::io::Error| OpenError::Io { path: root.to_path_buf(), reason: io_reason(&e) };
    let canonical_root = root.canonicalize().map_err(io_err)?;
    if !canonical_root.join("manifest.json").is_file() {
        return Err(OpenError::NoManifest { path: root.to_path_buf(), hint: sub_folder_hint(root) });
    }
    let mut out = Collector::new(limits);
    // An explicit stack instead of recursion: deep folder trees cannot overflow it.
    let mut pending: Vec<(PathBuf, String)> = vec![(canonical_root.clone(), String::new())];
    while let Some((dir, rel_dir)) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                out.problems.push(Problem::Unreadable { path: rel_dir, reason: io_reason(&e) });
                continue;
            }
        };
        let mut names: Vec<_> = entries.filter_map(Result::ok).collect();
        // The root's manifest.json first: a file count limit must never leave out the one file
        // every rule needs (the root is walked first, before any sub-folder).
        names.sort_by_key(|e| (!(rel_dir.is_empty() && e.file_name() == "manifest.json"), e.file_name()));
        for entry in names {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if rel_dir.is_empty() { name } else { format!("{rel_dir}/{name}") };
            let path = entry.path();
            let Ok(meta) = fs::symlink_metadata(&path) else { continue };
            if meta.is_dir() {
                out.add_folder(&rel);
                if !is_unread_folder(&rel) {
                    pending.push((path, rel));
                }
            } else if meta.file_type().is_symlink() {
                read_link(&canonical_root, &path, rel, &mut out);
            } else if meta.is_file() {
                read_file(&path, rel, meta.len(), &mut out);
            }
            // Sockets, pipes and devices are skipped: reading a pipe could block forever.
        }
    }
    Ok(out.into_bundle(root, SourceKind::Folder))
}

/// A link is read like the file it points to only when that file is inside the widget; links to
/// folders are never followed, so a link cycle cannot make the walk endless.
fn read_link(root: &Path, path: &Path, rel: String, out: &mut Collector) {
    let target = fs::read_link(path).map(|t| t.display().to_string()).unwrap_or_default();
    match path.canonicalize() {
        Ok(real) if real.starts_with(root) && real.is_file() => {
            let size = real.metadata().map(|m| m.len()).unwrap_or(0);
            read_file(&real, rel, size, out);
        }
        _ => out.problems.push(Problem::Symlink { path: rel, target }),
    }
}

fn read_file(path: &Path, rel: String, size: u64, out: &mut Collector) {
    if is_unread_folder(&rel) || !out.has_room() {
        return;
    }
    let Some(budget) = out.budget_for(&rel, size) else {
        out.add(rel, size, None);
        return;
    };
    let mut bytes = Vec::with_capacity(size.min(budget) as usize);
    // `take` guards against a file that grows while it is read.
    match fs::File::open(path).and_then(|f| f.take(budget).read_to_end(&mut bytes)) {
        Ok(_) => out.add(rel, size, Some(bytes)),
        Err(e) => {
            out.problems.push(Problem::Unreadable { path: rel.clone(), reason: io_reason(&e) });
            out.add(rel, size, None);
        }
    }
}

/// When a user picks the folder above the widget, say which sub-folder holds the manifest.
fn sub_folder_hint(root: &Path) -> Option<Msg> {
    let Ok(entries) = fs::read_dir(root) else { return None };
    let found: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().join("manifest.json").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    match found.as_slice() {
        [one] => Some(msg!("widget-hint-sub-folder", folder = one)),
        _ => Some(msg!("widget-hint-top-level")),
    }
}
