//! The new widget.zip, the same bytes for the same files: entries sorted by path, every time
//! stamp 1980-01-01 00:00, permissions 0644 from a Unix system, Deflate at one fixed level. It is
//! written to a temporary file beside the output and renamed into place, so no one ever sees a
//! half-written zip.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use crate::bundle::io_reason;
use crate::i18n::Msg;
use crate::msg;

/// The zip of `files` (path → bytes) as bytes.
pub fn build(files: &BTreeMap<String, Vec<u8>>) -> Result<Vec<u8>, Msg> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(DateTime::default())
        .system(System::Unix)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let failed = |e: &dyn std::fmt::Display| msg!("fix-zip-failed", error = e.to_string());
    for (path, bytes) in files {
        zip.start_file(path.as_str(), options).map_err(|e| failed(&e))?;
        zip.write_all(bytes).map_err(|e| failed(&e))?;
    }
    Ok(zip.finish().map_err(|e| failed(&e))?.into_inner())
}

/// The SHA-256 of bytes, in hex.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `bytes` to `output` through a temporary file in the same folder.
pub fn write_beside(output: &Path, bytes: &[u8]) -> Result<(), Msg> {
    let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "widget.zip".into());
    let temporary: PathBuf = output.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let cannot =
        |e: &std::io::Error| msg!("fix-cannot-write", path = output.display().to_string(), reason = io_reason(e));
    let written = std::fs::File::create(&temporary).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    if let Err(e) = written.and_then(|()| std::fs::rename(&temporary, output)) {
        let _ = std::fs::remove_file(&temporary);
        return Err(cannot(&e));
    }
    Ok(())
}
