//! The example widgets, inside the binary (packed by `build.rs` from `assets/examples/`), so an
//! installed app offers them wherever it runs. An example is opened as a zip written to the
//! user's data folder: the check, the live reload, the report and the submission zip all work
//! on it as on any widget.zip.

use std::path::{Path, PathBuf};

/// One example: its file name and its zip.
pub struct Example {
    /// The file name of its zip, `acme-calendar.zip`.
    pub file: &'static str,
    pub zip: &'static [u8],
}

/// The clean example and the one that breaks most rules.
pub const EXAMPLES: [Example; 2] = [
    Example { file: "acme-calendar.zip", zip: include_bytes!(concat!(env!("OUT_DIR"), "/examples/acme-calendar.zip")) },
    Example { file: "broken-widget.zip", zip: include_bytes!(concat!(env!("OUT_DIR"), "/examples/broken-widget.zip")) },
];

impl Example {
    /// Writes the example's zip into `folder` (unless the same bytes are there already) and
    /// says where. Writes the disk: not for the UI thread.
    pub fn write_into(&self, folder: &Path) -> std::io::Result<PathBuf> {
        let path = folder.join(self.file);
        if std::fs::read(&path).ok().as_deref() != Some(self.zip) {
            crate::review::write_atomically(&path, self.zip)?;
        }
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_example_is_a_widget_zip_that_opens_from_memory() {
        for example in &EXAMPLES {
            let bundle = crate::bundle::Bundle::from_zip_bytes(
                Path::new(example.file),
                example.zip,
                &crate::bundle::Limits::default(),
            )
            .expect("a widget zip");
            assert!(bundle.files.contains_key("manifest.json"), "{}", example.file);
            assert!(bundle.problems.is_empty(), "{}: {:?}", example.file, bundle.problems);
        }
    }

    #[test]
    fn an_example_is_written_once_and_rewritten_when_changed() {
        let dir = tempfile::tempdir().expect("temp");
        let path = EXAMPLES[1].write_into(dir.path()).expect("written");
        assert_eq!(std::fs::read(&path).expect("read"), EXAMPLES[1].zip);
        std::fs::write(&path, b"changed").expect("write");
        EXAMPLES[1].write_into(dir.path()).expect("rewritten");
        assert_eq!(std::fs::read(&path).expect("read"), EXAMPLES[1].zip);
    }
}
