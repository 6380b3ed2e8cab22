//! The app's own files — its settings and the reviewer's decisions — read and written on a thread
//! of their own, so the UI never waits on the disk. Jobs run one at a time in the order they were
//! asked for, so a later save always lands after an earlier one, and each write replaces its file
//! in one step (see [`crate::review::write_atomically`]). What is read comes back as an
//! [`Event`]; so does a write that failed.

use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

use super::state::{Settings, Storage};
use super::worker::{Event, EventSender};
use crate::review::Reviews;

/// What a write that failed was keeping, to say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    Settings,
    Reviews,
    /// An example written out to be opened.
    Example,
}

/// Work for the disk thread.
enum Job {
    LoadSettings,
    SaveSettings(Settings),
    /// Reads the decisions for the widget at `path` whose manifest names it `identity`.
    LoadReviews {
        opened: u64,
        path: PathBuf,
        identity: String,
    },
    SaveReviews {
        path: PathBuf,
        reviews: Reviews,
    },
    /// Writes the example of [`crate::examples::EXAMPLES`] at this index out and opens it.
    OpenExample(usize),
    /// Answers once every job asked for before it is done.
    Flush(Sender<()>),
}

/// The handle the UI keeps. Dropping it waits until every job asked for is done, so a decision
/// made just before the window closes is kept.
pub struct Disk {
    jobs: Option<Sender<Job>>,
    thread: Option<JoinHandle<()>>,
}

impl Disk {
    /// Starts the disk thread, which keeps files where `storage` says and reports to `events`.
    pub fn start(storage: Storage, events: EventSender) -> Disk {
        let (jobs, queue) = channel();
        let thread = std::thread::Builder::new()
            .name("amo-preflight disk".into())
            .spawn(move || {
                for job in queue {
                    run(&storage, job, &events);
                }
            })
            .ok();
        Disk { jobs: Some(jobs), thread }
    }

    /// Reads the saved settings; they arrive as [`Event::SettingsLoaded`].
    pub fn load_settings(&self) {
        self.send(Job::LoadSettings);
    }

    pub fn save_settings(&self, settings: Settings) {
        self.send(Job::SaveSettings(settings));
    }

    /// Reads the decisions for a widget (see [`crate::review::ReviewStore::load_for`]); they
    /// arrive as [`Event::ReviewsLoaded`] with `opened`.
    pub fn load_reviews(&self, opened: u64, path: PathBuf, identity: String) {
        self.send(Job::LoadReviews { opened, path, identity });
    }

    pub fn save_reviews(&self, path: PathBuf, reviews: Reviews) {
        self.send(Job::SaveReviews { path, reviews });
    }

    /// Writes an example out; it is opened as if chosen in a dialog ([`Event::Chosen`]).
    pub fn open_example(&self, index: usize) {
        self.send(Job::OpenExample(index));
    }

    /// Waits (up to `timeout`) until every job asked for so far is done; whether they are.
    pub fn flush(&self, timeout: Duration) -> bool {
        let (done, answer) = channel();
        self.send(Job::Flush(done));
        answer.recv_timeout(timeout).is_ok()
    }

    fn send(&self, job: Job) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(job);
        }
    }
}

impl Drop for Disk {
    fn drop(&mut self) {
        // Closing the queue ends the thread once it has done everything already asked.
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run(storage: &Storage, job: Job, events: &EventSender) {
    match job {
        Job::LoadSettings => events.send(Event::SettingsLoaded(storage.load_settings())),
        Job::SaveSettings(settings) => {
            if let Err(e) = storage.save_settings(&settings) {
                events.send(Event::NotSaved { what: Kept::Settings, reason: e.to_string() });
            }
        }
        Job::LoadReviews { opened, path, identity } => {
            let (reviews, warning) =
                storage.reviews.as_ref().map(|store| store.load_for(&path, &identity)).unwrap_or_default();
            events.send(Event::ReviewsLoaded { opened, reviews, warning });
        }
        Job::SaveReviews { path, reviews } => {
            if let Some(store) = &storage.reviews
                && let Err(e) = store.save(&path, &reviews)
            {
                events.send(Event::NotSaved { what: Kept::Reviews, reason: e.to_string() });
            }
        }
        Job::OpenExample(index) => {
            let Some(example) = crate::examples::EXAMPLES.get(index) else { return };
            match example.write_into(storage.examples_dir()) {
                Ok(path) => events.send(Event::Chosen {
                    purpose: super::file_dialog::Purpose::OpenZip,
                    path: Some(path),
                    never_shown: false,
                }),
                Err(e) => events.send(Event::NotSaved { what: Kept::Example, reason: e.to_string() }),
            }
        }
        Job::Flush(done) => {
            let _ = done.send(());
        }
    }
}
