//! Slow work off the UI thread: checking the widget, decoding image previews, waiting for file
//! dialogs and for changes on disk. Results come back as [`Event`]s through a channel, and the UI
//! is asked to repaint when one arrives; the UI thread never waits on any of this. (The app's own
//! files are read and written by [`super::disk`], which reports through the same channel.)

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::disk::Kept;
use super::state::Settings;
use crate::Stage;
use crate::i18n::{Lang, Msg};
use crate::links::LinkOptions;
use crate::ocr::OcrOptions;
use crate::report::Report;
use crate::review::Reviews;
use crate::rules::profile::Marketplace;
use crate::widget::Widget;

/// A finished check.
pub struct Checked {
    pub generation: u64,
    pub result: Result<(Arc<Widget>, Arc<Report>), Msg>,
    /// How long reading and checking took.
    pub took: Duration,
    /// Another result of the same check follows: this one's images are still being read.
    pub more: bool,
}

/// A decoded preview, as RGBA pixels.
pub struct Preview {
    pub width: usize,
    pub height: usize,
    pub rgba: Vec<u8>,
}

/// What comes back to the UI thread.
pub enum Event {
    Checked(Checked),
    Decoded {
        generation: u64,
        path: String,
        result: Result<Preview, Msg>,
    },
    /// Files of the open widget changed on disk and have been quiet since (see [`super::watch`]);
    /// `since` is when the first change was noticed.
    FilesChanged {
        since: Instant,
    },
    /// A file dialog for `purpose` answered: the path chosen, or `None` when it was cancelled
    /// or (`never_shown`) the system could not show it.
    Chosen {
        purpose: super::file_dialog::Purpose,
        path: Option<PathBuf>,
        never_shown: bool,
    },
    /// A report was written where the user chose (or why not).
    Exported(Result<PathBuf, String>),
    /// A submission zip was prepared (or why not), for the keep patterns it was asked with,
    /// with its images before and after.
    Fixed {
        keep: Vec<String>,
        result: Result<Arc<crate::fix::Fixed>, crate::i18n::Msg>,
        images: Vec<BeforeAfter>,
    },
    /// The submission zip was written where the user chose (or why not).
    SubmissionWritten(Result<PathBuf, crate::i18n::Msg>),
    /// How far the running check's slow stage is: links opened or images read, of how many.
    Progress {
        generation: u64,
        stage: Stage,
        done: usize,
        total: usize,
    },
    /// The settings kept from the last run.
    SettingsLoaded(Settings),
    /// The decisions for the widget opened as `opened`, and a warning when saved ones were set
    /// aside (damaged, or another widget's).
    ReviewsLoaded {
        opened: u64,
        reviews: Reviews,
        warning: Option<crate::i18n::Msg>,
    },
    /// Settings or decisions could not be written, and why.
    NotSaved {
        what: Kept,
        reason: String,
    },
}

/// Work for the background threads.
enum Job {
    /// Checks a widget, opening its links with `links` when given; `cancel` is this check's own
    /// token, set when a newer check replaces it or the user stops the links.
    Check {
        path: PathBuf,
        marketplace: Marketplace,
        /// The reader's language for the report.
        lang: Lang,
        generation: u64,
        links: Option<LinkOptions>,
        ocr: Option<OcrOptions>,
        cancel: Arc<AtomicBool>,
    },
    Decode {
        generation: u64,
        path: String,
        bytes: Vec<u8>,
    },
}

/// Asks the UI to draw again when an event arrives; `None` in tests, which poll every frame.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// The handle the UI keeps: sends jobs, receives events.
pub struct Worker {
    checks: Sender<Job>,
    decodes: Sender<Job>,
    events: Receiver<Event>,
    events_tx: Sender<Event>,
    wake: Arc<Mutex<Option<Wake>>>,
    /// How checks that open links do so.
    link_options: LinkOptions,
    /// How checks read the words in images; `None`: they do not.
    ocr_options: Option<OcrOptions>,
    /// The cancel token of the latest check asked for.
    latest: Option<Arc<AtomicBool>>,
}

impl Worker {
    /// Starts the checking thread and the decoding thread; links are opened with `link_options`.
    pub fn start(link_options: LinkOptions) -> Worker {
        let (events_tx, events) = channel();
        let wake: Arc<Mutex<Option<Wake>>> = Arc::default();
        let checks = spawn("amo-preflight checker", events_tx.clone(), wake.clone());
        let decodes = spawn("amo-preflight previews", events_tx.clone(), wake.clone());
        Worker { checks, decodes, events, events_tx, wake, link_options, ocr_options: None, latest: None }
    }

    /// Reads the words in images from now on, with `options`.
    pub fn read_images(&mut self, options: OcrOptions) {
        self.ocr_options = Some(options);
    }

    /// Sets how the UI is woken when an event arrives.
    pub fn set_wake(&self, wake: Wake) {
        if let Ok(mut w) = self.wake.lock() {
            *w = Some(wake);
        }
    }

    /// Checks a widget, opening its links too with `links`. A newer request makes older ones
    /// pointless: the one running is cancelled (it stops before its next link, and its result,
    /// of an older generation, is not shown) and those still waiting are skipped.
    pub fn check(&mut self, path: PathBuf, marketplace: Marketplace, lang: Lang, generation: u64, links: bool) {
        self.stop_check();
        let cancel = Arc::new(AtomicBool::new(false));
        self.latest = Some(cancel.clone());
        let links = links.then(|| self.link_options.clone());
        let ocr = self.ocr_options.clone();
        let _ = self.checks.send(Job::Check { path, marketplace, lang, generation, links, ocr, cancel });
    }

    /// Stops the latest check's slow work: it opens no more links and comes back with what it
    /// has, like a check without links.
    pub fn stop_check(&mut self) {
        if let Some(cancel) = self.latest.take() {
            cancel.store(true, Ordering::Relaxed);
        }
    }

    /// Decodes an image for display.
    pub fn decode(&self, generation: u64, path: String, bytes: Vec<u8>) {
        let _ = self.decodes.send(Job::Decode { generation, path, bytes });
    }

    /// A sender for other sources of events (file watcher, dialogs).
    pub fn sender(&self) -> EventSender {
        EventSender { tx: self.events_tx.clone(), wake: self.wake.clone() }
    }

    /// Every event that has arrived, without waiting.
    pub fn poll(&self) -> Vec<Event> {
        self.events.try_iter().collect()
    }

    /// Waits for the next event, at most `timeout`; for tests and the headless screenshot tool.
    pub fn wait(&self, timeout: Duration) -> Option<Event> {
        self.events.recv_timeout(timeout).ok()
    }
}

/// Sends events to the UI from any thread and wakes it.
#[derive(Clone)]
pub struct EventSender {
    tx: Sender<Event>,
    wake: Arc<Mutex<Option<Wake>>>,
}

impl EventSender {
    pub fn send(&self, event: Event) {
        let _ = self.tx.send(event);
        wake_ui(&self.wake);
    }
}

fn wake_ui(wake: &Mutex<Option<Wake>>) {
    if let Ok(guard) = wake.lock()
        && let Some(wake) = guard.as_ref()
    {
        wake();
    }
}

fn spawn(name: &str, events: Sender<Event>, wake: Arc<Mutex<Option<Wake>>>) -> Sender<Job> {
    let (tx, rx) = channel::<Job>();
    let sender = EventSender { tx: events, wake };
    let _ = std::thread::Builder::new().name(name.to_string()).spawn(move || {
        while let Ok(job) = rx.recv() {
            // Only the newest check matters: skip checks that a later one has replaced.
            let job = match job {
                Job::Check { .. } => rx.try_iter().filter(|j| matches!(j, Job::Check { .. })).last().unwrap_or(job),
                other => other,
            };
            sender.send(run(job, &sender));
        }
    });
    tx
}

fn run(job: Job, sender: &EventSender) -> Event {
    match job {
        Job::Check { path, marketplace, lang, generation, links, ocr, cancel } => {
            let started = Instant::now();
            let progress = |stage, done, total| sender.send(Event::Progress { generation, stage, done, total });
            let check = |ocr| {
                let options = crate::CheckOptions { marketplace, links: links.clone(), ocr, root_selector: None, lang };
                crate::check_path_with(&path, &options, &progress, &cancel)
                    .map(|(widget, report)| (Arc::new(widget), Arc::new(report)))
                    .map_err(|e| e.message())
            };
            // Words already read come from the cache at once; when images are left to read, this
            // checklist is shown while Tesseract reads them, then the check is made again.
            let result = check(ocr.clone().map(|o| OcrOptions { only_cached: true, ..o }));
            let pending = result.as_ref().is_ok_and(|(_, report)| report.ocr.pending() > 0);
            if !pending || cancel.load(Ordering::Relaxed) {
                return Event::Checked(Checked { generation, result, took: started.elapsed(), more: false });
            }
            sender.send(Event::Checked(Checked { generation, result, took: started.elapsed(), more: true }));
            Event::Checked(Checked { generation, result: check(ocr), took: started.elapsed(), more: false })
        }
        Job::Decode { generation, path, bytes } => Event::Decoded { generation, path, result: decode(&bytes) },
    }
}

/// Decodes an image for a preview, under the engine's limits ([`crate::widget::pixels`]).
pub fn decode(bytes: &[u8]) -> Result<Preview, Msg> {
    crate::widget::pixels::decode(bytes).map(Preview::from)
}

impl From<image::RgbaImage> for Preview {
    fn from(image: image::RgbaImage) -> Preview {
        Preview { width: image.width() as usize, height: image.height() as usize, rgba: image.into_raw() }
    }
}

/// An image the submission zip changes: the widget's file it comes from and the new one, as
/// small previews side by side in the review.
pub struct BeforeAfter {
    /// The path in the new zip.
    pub path: String,
    pub before: Result<Preview, Msg>,
    pub after: Result<Preview, Msg>,
}

/// The previews of every image `fixed` changes; `widget` holds the files as they were.
pub fn before_after(widget: &crate::widget::Widget, fixed: &crate::fix::Fixed) -> Vec<BeforeAfter> {
    let file = |bytes: Option<&[u8]>| bytes.map_or_else(|| Err(crate::msg!("images-missing")), thumbnail);
    fixed
        .plan
        .changes
        .iter()
        .filter_map(|change| match change {
            crate::fix::Change::Image { path, from, .. } => Some(BeforeAfter {
                path: path.clone(),
                before: file(widget.bundle.bytes(from)),
                after: file(fixed.plan.files.get(path).map(Vec::as_slice)),
            }),
            _ => None,
        })
        .collect()
}

/// An image decoded and scaled down to fit [`THUMBNAIL`], for the review's previews.
fn thumbnail(bytes: &[u8]) -> Result<Preview, Msg> {
    let image = crate::widget::pixels::decode(bytes)?;
    let image = if image.width() > THUMBNAIL.0 || image.height() > THUMBNAIL.1 {
        let scale = (THUMBNAIL.0 as f32 / image.width() as f32).min(THUMBNAIL.1 as f32 / image.height() as f32);
        let size = |side: u32| ((side as f32 * scale).round() as u32).max(1);
        image::imageops::thumbnail(&image, size(image.width()), size(image.height()))
    } else {
        image
    };
    Ok(Preview::from(image))
}

/// The largest preview in the review, in pixels: a slide at a third of its size.
const THUMBNAIL: (u32, u32) = (396, 206);
