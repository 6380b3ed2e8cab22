//! Reads a widget zip in memory: entry names are checked before anything is read, entries are
//! inflated in bounded chunks, and nothing is ever extracted to disk.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

use super::{
    Bundle, Collector, Limits, OpenError, Problem, SourceKind, io_reason, is_unread_folder, safe_relative_path,
};
use crate::i18n::Msg;
use crate::msg;

const CHUNK: usize = 64 * 1024;

pub(super) fn read(path: &Path, limits: &Limits) -> Result<Bundle, OpenError> {
    let file = File::open(path).map_err(|e| OpenError::Io { path: path.to_path_buf(), reason: io_reason(&e) })?;
    read_from(BufReader::new(file), path, limits)
}

/// Reads an archive from any seekable source; `path` names it in messages.
pub(super) fn read_from<R: Read + Seek>(reader: R, path: &Path, limits: &Limits) -> Result<Bundle, OpenError> {
    let mut archive = zip::ZipArchive::new(reader)
        .map_err(|e| OpenError::NotZip { path: path.to_path_buf(), reason: plain_zip_error(&e) })?;
    let raw_names: Vec<String> = (0..archive.len())
        .map(|i| archive.name_for_index(i).and_then(Result::ok).map(|n| n.into_owned()).unwrap_or_default())
        .collect();
    let names: Vec<Option<String>> = raw_names.iter().map(|n| safe_relative_path(n)).collect();
    let root_folder = find_root(&names)
        .ok_or_else(|| OpenError::NoManifest { path: path.to_path_buf(), hint: Some(msg!("widget-hint-zip")) })?;

    // The manifest first (a stable sort keeps the archive order of the rest): a file count
    // limit must never leave out the one file every rule needs.
    let manifest = match &root_folder {
        Some(root) => format!("{root}/manifest.json"),
        None => "manifest.json".to_string(),
    };
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by_key(|&i| names[i].as_deref() != Some(manifest.as_str()));

    let mut out = Collector::new(limits);
    let mut outside_root = Vec::new();
    for index in order {
        let raw_name = &raw_names[index];
        let Some(name) = names[index].clone() else {
            out.problems.push(Problem::UnsafePath { name: raw_name.clone() });
            continue;
        };
        let rel = match &root_folder {
            None => name,
            Some(root) => match name.strip_prefix(root.as_str()).and_then(|r| r.strip_prefix('/')) {
                Some(inner) => inner.to_string(),
                None => {
                    if name != *root {
                        outside_root.push(name);
                    }
                    continue;
                }
            },
        };
        read_entry(&mut archive, index, rel, raw_name.ends_with('/'), limits, &mut out);
    }
    let mut bundle = out.into_bundle(path, SourceKind::Zip);
    bundle.root_folder = root_folder;
    bundle.outside_root = outside_root;
    Ok(bundle)
}

/// `Some(None)`: manifest at the root; `Some(Some(folder))`: inside that folder (the shallowest
/// one, macOS resource forks and folders that are never read ignored); `None`: no manifest at all.
fn find_root(names: &[Option<String>]) -> Option<Option<String>> {
    let names = names.iter().flatten();
    if names.clone().any(|n| n == "manifest.json") {
        return Some(None);
    }
    names
        .filter_map(|n| n.strip_suffix("/manifest.json"))
        .filter(|folder| !folder.split('/').any(|p| p == "__MACOSX"))
        // `.git/manifest.json` is shorter than `my-widget/manifest.json`, but the content of a
        // folder that is never read cannot be the widget.
        .filter(|folder| !is_unread_folder(folder))
        .min_by_key(|folder| (folder.matches('/').count(), folder.len()))
        .map(|folder| Some(folder.to_string()))
}

fn read_entry<R: Read + Seek>(
    archive: &mut zip::ZipArchive<R>,
    index: usize,
    rel: String,
    is_dir: bool,
    limits: &Limits,
    out: &mut Collector,
) {
    if is_dir {
        out.add_folder(&rel);
        return;
    }
    if is_unread_folder(&rel) {
        if let Some((folder, _)) = rel.rsplit_once('/') {
            out.add_folder(folder);
        }
        return;
    }
    if !out.has_room() {
        return;
    }
    let mut entry = match archive.by_index(index) {
        Ok(entry) => entry,
        Err(e) => {
            out.problems.push(Problem::Unreadable { path: rel.clone(), reason: plain_zip_error(&e) });
            out.add(rel, 0, None);
            return;
        }
    };
    if entry.is_symlink() {
        // A zip stores a link's target as the entry's content: name it, reading a bounded prefix.
        let mut target = Vec::new();
        let _ = (&mut entry).take(1024).read_to_end(&mut target);
        let target = String::from_utf8_lossy(&target).into_owned();
        out.problems.push(Problem::Symlink { path: rel, target });
        return;
    }
    let declared = entry.size();
    let compressed = entry.compressed_size().max(1);
    let Some(budget) = out.budget_for(&rel, declared) else {
        out.add(rel, declared, None);
        return;
    };
    // The declared size may lie: inflate in chunks and stop at the budget or at a ratio that only
    // a zip bomb reaches, so a 1 GiB entry of zeros is never inflated in full.
    // Reserve at most one chunk up front: a 5-byte entry that declares 60 MiB must not reserve
    // 60 MiB (thousands of such entries would reserve terabytes); the vector grows as it fills.
    let mut bytes = Vec::with_capacity(declared.min(budget).min(CHUNK as u64) as usize);
    let mut chunk = vec![0u8; CHUNK];
    loop {
        match entry.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            Err(e) => {
                out.problems.push(Problem::Unreadable { path: rel.clone(), reason: io_reason(&e) });
                out.add(rel, declared, None);
                return;
            }
        }
        let inflated = bytes.len() as u64;
        if inflated > budget {
            out.problems.push(Problem::FileTooLarge {
                path: rel.clone(),
                size: inflated,
                limit: limits.max_file_bytes,
            });
            out.add(rel, inflated, None);
            return;
        }
        if inflated > limits.ratio_floor && inflated / compressed > limits.max_ratio {
            out.problems.push(Problem::RatioTooHigh { path: rel.clone(), limit: limits.max_ratio });
            out.add(rel, declared, None);
            return;
        }
    }
    out.add(rel, declared, Some(bytes));
}

/// The zip crate's errors, said for people who do not know the zip format.
fn plain_zip_error(e: &zip::result::ZipError) -> Msg {
    use zip::result::ZipError;
    match e {
        ZipError::Io(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => msg!("widget-reason-cut-short"),
        ZipError::Io(io) => io_reason(io),
        ZipError::InvalidArchive(_) => msg!("widget-reason-damaged"),
        ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) => msg!("widget-reason-password"),
        // The zip crate's name for the feature.
        ZipError::UnsupportedArchive(what) => msg!("widget-reason-unsupported", feature = *what),
        ZipError::CompressionMethodNotSupported(method) => msg!("widget-reason-compression", method = *method),
        other => msg!("widget-reason-system", detail = other.to_string()),
    }
}
