//! Watches the open widget on disk so the checklist updates after a file is saved.

use std::path::{Path, PathBuf};

use notify::event::{EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use super::worker::{Event, EventSender};

/// Keeps the operating system's watch alive; dropping it stops watching.
pub struct WidgetWatch {
    _watcher: RecommendedWatcher,
}

/// Starts watching a widget folder (recursively) or a zip file, sending [`Event::FilesChanged`]
/// when something is written, created, renamed or removed. Reading files — which the check itself
/// does — is not a change.
pub fn watch(path: &Path, events: EventSender) -> notify::Result<WidgetWatch> {
    let zip_name: Option<PathBuf> = path.is_file().then(|| path.file_name().map(PathBuf::from)).flatten();
    let handler = move |result: notify::Result<notify::Event>| {
        let Ok(event) = result else { return };
        let is_change = match event.kind {
            EventKind::Create(_) | EventKind::Remove(_) => true,
            EventKind::Modify(ModifyKind::Metadata(_)) => false,
            EventKind::Modify(_) => true,
            EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
        };
        let concerns_widget = match &zip_name {
            Some(name) => event.paths.iter().any(|p| p.file_name() == Some(name.as_os_str())),
            None => true,
        };
        if is_change && concerns_widget {
            events.send(Event::FilesChanged);
        }
    };
    let mut watcher = notify::recommended_watcher(handler)?;
    if path.is_dir() {
        watcher.watch(path, RecursiveMode::Recursive)?;
    } else {
        // A zip is replaced rather than edited by most tools, so watch its folder.
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        watcher.watch(folder, RecursiveMode::NonRecursive)?;
    }
    Ok(WidgetWatch { _watcher: watcher })
}
