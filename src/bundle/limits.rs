//! The limits that keep a hostile widget from filling memory or running forever.

/// Resource limits for reading a widget; every one of them gives a finding when hit.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Files read at most (entries of a zip, files of a folder).
    pub max_files: usize,
    /// Bytes of one file read at most; a larger file is named in a finding and skipped.
    pub max_file_bytes: u64,
    /// Bytes of all files together read at most.
    pub max_total_bytes: u64,
    /// Largest accepted ratio of inflated to compressed size of a zip entry …
    pub max_ratio: u64,
    /// … checked only once an entry has inflated past this many bytes (small files compress well).
    pub ratio_floor: u64,
}

impl Default for Limits {
    fn default() -> Self {
        const MIB: u64 = 1024 * 1024;
        Limits {
            max_files: 20_000,
            max_file_bytes: 64 * MIB,
            // With the parsing on top, a check of this much stays under 512 MiB of memory.
            max_total_bytes: 128 * MIB,
            max_ratio: 100,
            ratio_floor: MIB,
        }
    }
}
