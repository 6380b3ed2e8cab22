//! Path safety: what an entry name may look like before it is accepted as part of the widget.

/// Folders whose content is never read: they are development traces (reported by
/// `files.dev-junk`) and can hold tens of thousands of files.
const UNREAD_FOLDERS: [&str; 2] = [".git", "node_modules"];

/// Whether a relative path lies inside a folder that is never read.
pub fn is_unread_folder(path: &str) -> bool {
    path.split('/').any(|part| UNREAD_FOLDERS.contains(&part))
}

/// Normalises an archive entry name to a relative `/` path, or `None` when it would escape the
/// widget: `..` components, absolute paths, drive letters, or NUL bytes.
pub fn safe_relative_path(name: &str) -> Option<String> {
    let name = name.replace('\\', "/");
    if name.starts_with('/') || name.contains('\0') {
        return None;
    }
    let mut parts = Vec::new();
    for part in name.split('/') {
        match part {
            "" | "." => continue,
            ".." => return None,
            p if p.len() >= 2 && p.as_bytes()[1] == b':' && p.as_bytes()[0].is_ascii_alphabetic() => {
                return None;
            }
            p => parts.push(p),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_names_are_refused() {
        for bad in ["../x", "a/../../x", "/etc/passwd", "C:/win.ini", "c:\\x", "a\\..\\..\\b", "x\0y"] {
            assert_eq!(safe_relative_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn ordinary_names_are_normalised() {
        assert_eq!(safe_relative_path("i18n/en.json").as_deref(), Some("i18n/en.json"));
        assert_eq!(safe_relative_path("./a//b\\c.js").as_deref(), Some("a/b/c.js"));
        assert_eq!(safe_relative_path("images/").as_deref(), Some("images"));
        assert_eq!(safe_relative_path("./"), None);
    }

    #[test]
    fn unread_folders_match_whole_components() {
        assert!(is_unread_folder(".git/config"));
        assert!(is_unread_folder("lib/node_modules/x.js"));
        assert!(!is_unread_folder("my.git/x"));
    }
}
