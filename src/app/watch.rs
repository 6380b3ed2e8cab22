//! Watches the open widget on disk so the checklist updates after a file is saved. A save is
//! several events (an editor writes a temporary file, renames it over the old one, sets its
//! permissions), so changes are gathered until the widget has been quiet a moment: one save, one
//! check.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::event::{EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use super::worker::{Event, EventSender};

/// How long the widget must be quiet after a change before it is checked: longer than the gaps
/// between the events of one save, short enough not to be noticed.
const QUIET: Duration = Duration::from_millis(150);
/// The longest changes that keep coming (a tool writing file after file) put a check off.
const MOST_DELAY: Duration = Duration::from_secs(1);

/// Keeps the operating system's watch alive; dropping it stops watching.
pub struct WidgetWatch {
    _watcher: RecommendedWatcher,
}

/// Starts watching a widget folder (recursively) or a zip file, sending [`Event::FilesChanged`]
/// once something has been written, created, renamed or removed and things are quiet again.
/// Reading files — which the check itself does — is not a change.
pub fn watch(path: &Path, events: EventSender) -> notify::Result<WidgetWatch> {
    let (changes, noticed) = channel();
    // The thread ends when the watcher, which holds `changes`, is dropped.
    std::thread::Builder::new()
        .name("amo-preflight watch".into())
        .spawn(move || debounce(&noticed, |since| events.send(Event::FilesChanged { since })))
        .map_err(notify::Error::io)?;
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
            let _ = changes.send(Instant::now());
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

/// Calls `settled` once per burst of changes (times they were noticed), with the time of the
/// burst's first change, after [`QUIET`] without one — or after [`MOST_DELAY`] when they keep
/// coming. Returns when the sending side is gone.
fn debounce(noticed: &Receiver<Instant>, mut settled: impl FnMut(Instant)) {
    while let Ok(first) = noticed.recv() {
        let mut last = first;
        loop {
            let check_at = (last + QUIET).min(first + MOST_DELAY);
            match noticed.recv_timeout(check_at.saturating_duration_since(Instant::now())) {
                Ok(at) => last = at,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        settled(first);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::Sender;

    /// Sends a change now and then waits `gap`.
    fn change(changes: &Sender<Instant>, gap: Duration) {
        changes.send(Instant::now()).expect("send");
        std::thread::sleep(gap);
    }

    #[test]
    fn a_burst_of_changes_is_one_check_after_a_quiet_moment() {
        let (changes, noticed) = channel();
        let gatherer = std::thread::spawn(move || {
            let mut settled = Vec::new();
            debounce(&noticed, |since| settled.push((since, Instant::now())));
            settled
        });
        let started = Instant::now();
        for _ in 0..5 {
            change(&changes, Duration::from_millis(20));
        }
        // Quiet, then a second save.
        std::thread::sleep(QUIET * 2);
        let second = Instant::now();
        change(&changes, Duration::ZERO);
        std::thread::sleep(QUIET * 2);
        drop(changes);
        let settled = gatherer.join().expect("debounce");
        assert_eq!(settled.len(), 2, "{settled:?}");
        let (since, at) = settled[0];
        assert!(since >= started && since < started + Duration::from_millis(20));
        // Quiet measured from the last change of the burst (80 ms after the first).
        assert!(at >= since + Duration::from_millis(80) + QUIET, "{:?}", at - since);
        assert!(settled[1].0 >= second);
    }

    #[test]
    fn changes_that_keep_coming_are_checked_at_least_every_so_often() {
        let (changes, noticed) = channel();
        let gatherer = std::thread::spawn(move || {
            let mut settled = 0;
            debounce(&noticed, |_| settled += 1);
            settled
        });
        let until = Instant::now() + MOST_DELAY * 3;
        while Instant::now() < until {
            change(&changes, QUIET / 3);
        }
        drop(changes);
        let settled = gatherer.join().expect("debounce");
        assert!((2..=3).contains(&settled), "{settled} checks in {:?}", MOST_DELAY * 3);
    }
}
