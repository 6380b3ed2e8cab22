//! The desktop app (egui): opens a widget, shows the live checklist per language, the texts, the
//! languages side by side and the images at marketplace sizes, and keeps the reviewer's decisions.
//! Panels draw from [`state::AppState`] and return [`Command`]s; [`App::apply`] carries them out.
//! Checking, decoding and waiting run on [`worker`] threads; the app's own files are read and
//! written on the [`disk`] thread.

pub mod disk;
pub mod file_dialog;
pub mod index;
pub mod locale;
mod panels;
pub mod state;
mod style;
mod watch;
pub mod worker;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::i18n::Lang;
use crate::links::LinkOptions;
use crate::msg;
use crate::ocr::OcrOptions;
use crate::report::Report;
use crate::review::{Decision, Reviews, Verdict};
use crate::rules::profile::Marketplace;
use crate::widget::Widget;
use disk::{Disk, Kept};
use file_dialog::Purpose;
pub use locale::Locale;
use state::{AppState, ImageSlot, Item, Session, Settings, SettingsEdit, Storage, Tab, ThemeChoice};
use worker::{Event, Worker};

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Open(PathBuf),
    /// Opens the example of [`crate::examples::EXAMPLES`] at this index.
    OpenExample(usize),
    PickFolder,
    PickZip,
    /// The app's own file dialog shows another folder.
    DialogGo(PathBuf),
    /// The app's own file dialog chose this path.
    DialogChoose(PathBuf),
    DialogCancel,
    Close,
    Recheck,
    SetMarketplace(Marketplace),
    SetTab(Tab),
    Select(Item),
    /// Records (or with `None` clears) the reviewer's decision on a manual item.
    Decide {
        item: Item,
        verdict: Option<Verdict>,
        note: String,
    },
    /// Opens a file of the widget in the system's default application.
    OpenInSystem(PathBuf),
    SetUiLanguage(Option<String>),
    SetTheme(ThemeChoice),
    Zoom(Option<String>),
    Copy(String),
    /// Opens every link of the widget (and keeps doing so on later checks).
    CheckLinks,
    /// Stops opening links.
    CancelLinks,
    /// Asks where to save the report (HTML, Markdown, JSON or SARIF, by the file's extension).
    Export,
    /// Puts a wording typed in the Texts tab into the submission zip, for one language.
    UseWording(crate::fix::wording::Wording),
    /// Opens the review of a submission zip: every change the fix would make.
    PrepareSubmission,
    /// Keeps (or leaves out again) a file or folder the fix would leave out.
    KeepInSubmission {
        path: String,
        keep: bool,
    },
    /// Asks where to write the submission zip, and writes it.
    WriteSubmission,
    CloseSubmission,
}

/// The application: state, locale and the background worker.
pub struct App {
    pub state: AppState,
    pub locale: Locale,
    worker: Worker,
    disk: Disk,
    watch: Option<watch::WidgetWatch>,
    theme_applied: Option<ThemeChoice>,
    /// Changes to the settings made before the saved settings arrived, to make again on them;
    /// `None` once they have arrived.
    unread_settings: Option<Vec<SettingsEdit>>,
    /// Widgets opened so far (see [`Session::opened`]).
    opened: u64,
}

impl App {
    /// A new app with settings and decisions kept in `storage`; the saved settings are read on
    /// the disk thread and taken in when they arrive.
    pub fn new(storage: Storage) -> App {
        App::with_link_options(storage, LinkOptions::default())
    }

    /// Reads the words in images with `options` (the desktop app's default; tests choose).
    pub fn reading_images(mut self, options: OcrOptions) -> App {
        self.worker.read_images(options);
        self
    }

    /// A new app that opens links with `link_options` (tests allow a local server with them).
    pub fn with_link_options(storage: Storage, link_options: LinkOptions) -> App {
        let worker = Worker::start(link_options);
        let disk = Disk::start(storage, worker.sender());
        disk.load_settings();
        App {
            state: AppState::default(),
            locale: Locale::new(Lang::system()),
            worker,
            disk,
            watch: None,
            theme_applied: None,
            unread_settings: Some(Vec::new()),
            opened: 0,
        }
    }

    /// Lets the worker wake the UI when results arrive.
    pub fn set_repaint(&self, ctx: &egui::Context) {
        let ctx = ctx.clone();
        self.worker.set_wake(std::sync::Arc::new(move || ctx.request_repaint()));
    }

    /// Draws one frame: takes in finished work, then draws, then carries out what was asked.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.take_events(ui.ctx());
        self.apply_theme(ui.ctx());
        let mut commands = self.shortcuts_and_drops(ui.ctx());
        commands.extend(panels::draw(ui, &mut self.state, &self.locale));
        for command in commands {
            self.apply(command, ui.ctx());
        }
        if self.state.session.as_ref().is_some_and(|s| s.checking) {
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Open(path) => self.open(path, ctx),
            Command::OpenExample(index) => self.disk.open_example(index),
            Command::PickFolder => self.ask(Purpose::OpenFolder, String::new()),
            Command::DialogGo(dir) => {
                if let Some(dialog) = self.state.file_dialog.as_mut() {
                    dialog.go(dir);
                }
            }
            Command::DialogChoose(path) => {
                if let Some(dialog) = self.state.file_dialog.take() {
                    self.chosen(dialog.purpose, path, ctx);
                }
            }
            Command::DialogCancel => self.state.file_dialog = None,
            Command::PickZip => self.ask(Purpose::OpenZip, String::new()),
            Command::Close => {
                self.worker.stop_check();
                self.state.session = None;
                self.watch = None;
                self.state.selected = None;
                ctx.send_viewport_cmd(egui::ViewportCommand::Title("amo-preflight".into()));
            }
            Command::Recheck => self.recheck(),
            Command::SetMarketplace(m) => {
                self.edit_settings(SettingsEdit::Marketplace(m));
                self.recheck();
            }
            Command::SetTab(tab) => self.state.tab = tab,
            Command::Select(item) => {
                let note = self.state.session.as_ref().and_then(|s| s.reviews.get(&item.rule, item.lang.as_deref()));
                self.state.note = note.map(|d| d.note.clone()).unwrap_or_default();
                self.state.selected = Some(item);
            }
            Command::Decide { item, verdict, note } => self.decide(item, verdict, note),
            Command::OpenInSystem(path) => open_in_system(&path),
            Command::SetUiLanguage(code) => {
                self.edit_settings(SettingsEdit::UiLanguage(code));
                self.follow_ui_language();
            }
            Command::SetTheme(theme) => self.edit_settings(SettingsEdit::Theme(theme)),
            Command::Zoom(path) => self.state.zoomed = path,
            Command::Copy(text) => ctx.copy_text(text),
            Command::CheckLinks => {
                if let Some(session) = self.state.session.as_mut() {
                    session.links = true;
                }
                self.recheck();
            }
            Command::Export => {
                if self.state.report().is_some() {
                    self.ask(Purpose::ExportReport, self.proposed_name(Purpose::ExportReport));
                }
            }
            Command::UseWording(wording) => {
                let Some(session) = self.state.session.as_mut() else { return };
                session.wordings.retain(|w| (w.lang.as_str(), w.listing) != (wording.lang.as_str(), wording.listing));
                let lang = wording.lang.clone();
                session.wordings.push(wording);
                self.state.notice = Some(self.locale.f("texts.wording_used", &[("lang", &lang)]));
            }
            Command::PrepareSubmission => {
                self.state.submission = Some(state::Submission::default());
                self.prepare_submission();
            }
            Command::KeepInSubmission { path, keep } => {
                if let Some(submission) = self.state.submission.as_mut() {
                    if keep {
                        submission.keep.insert(path);
                    } else {
                        submission.keep.remove(&path);
                    }
                    self.prepare_submission();
                }
            }
            Command::WriteSubmission => {
                if self.state.submission.as_ref().is_some_and(|s| s.fixed.is_some()) {
                    self.ask(Purpose::WriteSubmission, self.proposed_name(Purpose::WriteSubmission));
                }
            }
            Command::CloseSubmission => self.state.submission = None,
            Command::CancelLinks => {
                if let Some(session) = self.state.session.as_mut().filter(|s| s.links) {
                    session.links = false;
                    self.worker.stop_check();
                }
            }
        }
    }

    /// Opens a widget: it is checked and watched, and its decisions are restored once the first
    /// check has said who it is.
    pub fn open(&mut self, path: PathBuf, ctx: &egui::Context) {
        self.opened += 1;
        self.state.session = Some(Session::new(path.clone(), self.opened));
        self.state.selected = None;
        self.state.zoomed = None;
        self.state.notice = None;
        self.state.filter.language = None;
        self.watch = watch::watch(&path, self.worker.sender()).ok();
        self.edit_settings(SettingsEdit::Remember(path.clone()));
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(format!("amo-preflight — {}", path.display())));
        self.recheck();
    }

    /// Checks the open widget again; a check still running is cancelled.
    pub fn recheck(&mut self) {
        let marketplace = self.state.marketplace();
        let Some(session) = self.state.session.as_mut() else { return };
        session.generation += 1;
        session.checking = true;
        session.progress = None;
        self.worker.check(session.path.clone(), marketplace, self.locale.lang, session.generation, session.links);
    }

    /// Waits (up to `timeout`) until the running check is done and its result taken in, with the
    /// decisions it leads to reading; for tests and the screenshot tool, which have no event loop.
    pub fn wait_for_check(&mut self, ctx: &egui::Context, timeout: Duration) -> bool {
        let busy = |s: &Session| s.checking || (s.identity.is_some() && !s.reviews_loaded);
        self.wait_while(ctx, timeout, |state| state.session.as_ref().is_some_and(busy))
    }

    /// Waits (up to `timeout`) until a widget asked for without a path yet (an example being
    /// written out) is open and checked; for tests.
    pub fn wait_for_open(&mut self, ctx: &egui::Context, timeout: Duration) -> bool {
        self.wait_while(ctx, timeout, |state| state.session.is_none()) && self.wait_for_check(ctx, timeout)
    }

    /// Takes in events (up to `timeout`) while `busy` holds; whether it stopped holding in time.
    /// For tests, and the waits above.
    pub fn wait_while(&mut self, ctx: &egui::Context, timeout: Duration, busy: impl Fn(&AppState) -> bool) -> bool {
        let deadline = Instant::now() + timeout;
        while busy(&self.state) {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            if let Some(event) = self.worker.wait(left) {
                self.handle(event, ctx);
            }
        }
        true
    }

    /// Waits (up to `timeout`) until every read and write asked of the disk thread so far is
    /// done, and takes in what came back; for tests. Whether it was all done in time.
    pub fn wait_for_disk(&mut self, ctx: &egui::Context, timeout: Duration) -> bool {
        let done = self.disk.flush(timeout);
        for event in self.worker.poll() {
            self.handle(event, ctx);
        }
        done
    }

    /// Decodes every image of the widget now (for tests and the screenshot tool).
    pub fn wait_for_images(&mut self, ctx: &egui::Context, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while self.state.session.as_ref().is_some_and(|s| s.images.values().any(|i| matches!(i, ImageSlot::Loading))) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.worker.wait(left) {
                Some(event) => self.handle(event, ctx),
                None => return,
            }
        }
    }

    fn take_events(&mut self, ctx: &egui::Context) {
        for event in self.worker.poll() {
            self.handle(event, ctx);
        }
        self.request_previews();
    }

    fn handle(&mut self, event: Event, ctx: &egui::Context) {
        match event {
            Event::Checked(done) => {
                let Some(session) = self.state.session.as_mut() else { return };
                if done.generation != session.generation {
                    return;
                }
                session.checking = done.more;
                session.last_check = Some(done.took);
                if let Some(at) = session.changed_at.take() {
                    session.last_update = Some(at.elapsed());
                }
                session.images.clear();
                match done.result {
                    Ok((widget, mut report)) => {
                        let identity = crate::review::identity(&widget);
                        session.widget = Some(widget);
                        // The language changed while the check ran.
                        if report.language != self.locale.lang {
                            Arc::make_mut(&mut report).set_language(self.locale.lang);
                        }
                        session.set_report(Some(report));
                        session.error = None;
                        self.adopt_identity(identity);
                    }
                    Err(reason) => {
                        session.widget = None;
                        session.set_report(None);
                        session.error = Some(reason.render(self.locale.lang));
                    }
                }
            }
            Event::Decoded { generation, path, result } => {
                let Some(session) = self.state.session.as_mut() else { return };
                if generation != session.generation {
                    return;
                }
                let slot = image_slot(ctx, path.clone(), result);
                session.images.insert(path, slot);
            }
            Event::FilesChanged { since } => {
                if let Some(session) = self.state.session.as_mut() {
                    session.changed_at.get_or_insert(since);
                }
                self.recheck();
            }
            Event::Progress { generation, stage, done, total } => {
                if let Some(session) = self.state.session.as_mut().filter(|s| s.generation == generation) {
                    session.progress = Some((stage, done, total));
                }
            }
            Event::Exported(Ok(path)) => {
                if let Some(extension) = path.extension().and_then(|e| e.to_str()) {
                    self.edit_settings(SettingsEdit::ExportFormat(extension.to_ascii_lowercase()));
                }
                self.state.notice = Some(self.locale.f("export.done", &[("path", &path.display())]));
            }
            Event::Exported(Err(reason)) => {
                self.state.notice = Some(self.locale.f("export.failed", &[("reason", &reason)]));
            }
            Event::Fixed { keep, result, images } => {
                let Some(submission) = self.state.submission.as_mut() else { return };
                // An answer for patterns changed since is stale: a newer one is on its way.
                if keep != submission.keep_patterns() {
                    return;
                }
                submission.images = images
                    .into_iter()
                    .map(|i| {
                        let before = image_slot(ctx, format!("before:{}", i.path), i.before);
                        let after = image_slot(ctx, format!("after:{}", i.path), i.after);
                        (i.path, [before, after])
                    })
                    .collect();
                match result {
                    Ok(fixed) => {
                        submission.fixed = Some(fixed);
                        submission.error = None;
                    }
                    Err(why) => submission.error = Some(why),
                }
            }
            Event::SubmissionWritten(result) => {
                let Some(submission) = self.state.submission.as_mut() else { return };
                match result {
                    Ok(path) => submission.written = Some(path),
                    Err(why) => submission.error = Some(why),
                }
            }
            Event::Chosen { purpose, path: Some(path), .. } => self.chosen(purpose, path, ctx),
            Event::Chosen { purpose, path: None, never_shown: true } => {
                let start = self.dialog_start();
                let name = self.proposed_name(purpose);
                self.state.file_dialog = Some(file_dialog::FileDialog::new(purpose, start, name));
            }
            Event::Chosen { path: None, .. } => {}
            Event::SettingsLoaded(settings) => self.settings_loaded(settings),
            Event::ReviewsLoaded { opened, reviews, warning } => {
                let Some(session) = self.state.session.as_mut().filter(|s| s.opened == opened) else { return };
                session.reviews = reviews;
                session.reviews_loaded = true;
                if warning.is_some() {
                    self.state.notice = warning.map(|w| w.render(self.locale.lang));
                }
                self.carry_decisions();
            }
            Event::NotSaved { what, reason } => {
                let key = match what {
                    Kept::Settings => "notice.settings_not_saved",
                    Kept::Reviews => "notice.review_not_saved",
                    Kept::Example => "notice.example_not_written",
                };
                self.state.notice = Some(self.locale.f(key, &[("reason", &reason)]));
            }
        }
    }

    /// Asks for previews of the images the Images tab shows (and the Texts tab's card preview:
    /// logo_main and the slides), once per check.
    fn request_previews(&mut self) {
        if !matches!(self.state.tab, Tab::Images | Tab::Texts) && self.state.zoomed.is_none() {
            return;
        }
        let Some(session) = self.state.session.as_mut() else { return };
        let Some(widget) = session.widget.clone() else { return };
        for path in widget.images.keys() {
            if session.images.contains_key(path) {
                continue;
            }
            match widget.bytes(path) {
                Some(bytes) => {
                    session.images.insert(path.clone(), ImageSlot::Loading);
                    self.worker.decode(session.generation, path.clone(), bytes.to_vec());
                }
                None => {
                    session.images.insert(path.clone(), ImageSlot::Failed(msg!("images-file-unreadable")));
                }
            }
        }
    }

    /// Takes in who the widget is, from a check. The first time, its decisions are read for
    /// that identity, so decisions saved at this path for another widget are set aside rather
    /// than shown as its own; later, a changed identity (the name edited during the session)
    /// carries the decisions along.
    fn adopt_identity(&mut self, identity: String) {
        let Some(session) = self.state.session.as_mut() else { return };
        if session.identity.replace(identity.clone()).is_none() {
            self.disk.load_reviews(session.opened, session.path.clone(), identity);
        } else {
            self.carry_decisions();
        }
    }

    /// Ties the decisions, once read, to the widget as its manifest names it now, and keeps that.
    fn carry_decisions(&mut self) {
        let Some(session) = self.state.session.as_mut().filter(|s| s.reviews_loaded) else { return };
        let Some(identity) = session.identity.as_ref().filter(|i| **i != session.reviews.identity) else { return };
        session.reviews.identity = identity.clone();
        if !session.reviews.decisions.is_empty() {
            self.disk.save_reviews(session.path.clone(), session.reviews.clone());
        }
    }

    /// Records a decision and saves the decisions. Deciding is offered only once the saved
    /// decisions have been read, so a save never replaces them with fewer.
    fn decide(&mut self, item: Item, verdict: Option<Verdict>, note: String) {
        let Some(session) = self.state.session.as_mut().filter(|s| s.reviews_loaded) else { return };
        match verdict {
            Some(verdict) => session.reviews.set(Decision {
                rule: item.rule,
                lang: item.lang,
                verdict,
                note,
                decided_at: crate::review::now(),
            }),
            None => session.reviews.clear(&item.rule, item.lang.as_deref()),
        }
        self.disk.save_reviews(session.path.clone(), session.reviews.clone());
    }

    /// Writes the open widget's report to `path`, on its own thread, in the format its
    /// extension names; the result arrives as [`Event::Exported`].
    fn export_to_path(&self, path: PathBuf) {
        let Some(session) = self.state.session.as_ref() else { return };
        let (Some(report), Some(widget)) = (session.report.clone(), session.widget.clone()) else { return };
        let reviews = session.reviews.clone();
        let sender = self.worker.sender();
        let _ = std::thread::Builder::new().name("amo-preflight export".into()).spawn(move || {
            sender.send(Event::Exported(export_to(&path, &report, &widget, &reviews).map(|()| path)));
        });
    }

    /// Prepares the submission zip on its own thread with the files the reviewer keeps; the
    /// result arrives as [`Event::Fixed`].
    fn prepare_submission(&mut self) {
        let (Some(session), Some(submission)) = (self.state.session.as_ref(), self.state.submission.as_mut()) else {
            return;
        };
        submission.fixed = None;
        submission.written = None;
        let keep = submission.keep_patterns();
        let wordings = session.wordings.clone();
        let path = session.path.clone();
        let widget = session.widget.clone();
        let options =
            crate::CheckOptions { marketplace: self.state.marketplace(), lang: self.locale.lang, ..Default::default() };
        let sender = self.worker.sender();
        let _ = std::thread::Builder::new().name("amo-preflight fix".into()).spawn(move || {
            let output = path.with_extension("fixed.zip");
            let result = crate::fix::fix(&path, &output, &options, &keep, &wordings).map(Arc::new);
            let images = match (&widget, &result) {
                (Some(widget), Ok(fixed)) => worker::before_after(widget, fixed),
                _ => Vec::new(),
            };
            sender.send(Event::Fixed { keep, result, images });
        });
    }

    /// Writes the prepared submission zip to `path` on its own thread; the result arrives as
    /// [`Event::SubmissionWritten`].
    fn write_submission_to_path(&self, path: PathBuf) {
        let (Some(session), Some(fixed)) =
            (self.state.session.as_ref(), self.state.submission.as_ref().and_then(|s| s.fixed.clone()))
        else {
            return;
        };
        let input = session.path.clone();
        let sender = self.worker.sender();
        let _ = std::thread::Builder::new().name("amo-preflight submission".into()).spawn(move || {
            sender.send(Event::SubmissionWritten(write_submission_to(&input, &path, &fixed).map(|()| path)));
        });
    }

    /// Waits (up to `timeout`) until the submission zip under review is prepared; for tests.
    pub fn wait_for_submission(&mut self, ctx: &egui::Context, timeout: Duration) -> bool {
        let preparing = |s: &state::Submission| s.fixed.is_none() && s.error.is_none();
        self.wait_while(ctx, timeout, |state| state.submission.as_ref().is_some_and(preparing))
    }

    /// Shows the system's file dialog for `purpose` on its own thread (`name` is proposed when
    /// saving); the answer arrives as [`Event::Chosen`]. A dialog that answers at once never
    /// showed, and the app's own opens instead.
    fn ask(&self, purpose: Purpose, name: String) {
        let sender = self.worker.sender();
        let title = self.locale.t(dialog_title(purpose)).to_string();
        let formats = self.state.settings.export_formats();
        let _ = std::thread::Builder::new().name("amo-preflight dialog".into()).spawn(move || {
            let started = Instant::now();
            let dialog = rfd::FileDialog::new().set_title(title);
            let path = match purpose {
                Purpose::OpenFolder => dialog.pick_folder(),
                Purpose::OpenZip => dialog.add_filter("widget.zip", &["zip"]).pick_file(),
                Purpose::WriteSubmission => dialog.set_file_name(name).add_filter("zip", &["zip"]).save_file(),
                Purpose::ExportReport => {
                    formats.iter().fold(dialog.set_file_name(name), |d, (f, e)| d.add_filter(*f, &[*e])).save_file()
                }
            };
            let never_shown = path.is_none() && started.elapsed() < file_dialog::NEVER_SHOWN;
            sender.send(Event::Chosen { purpose, path, never_shown });
        });
    }

    /// Does what a file dialog for `purpose` was opened for, with the path chosen.
    fn chosen(&mut self, purpose: Purpose, path: PathBuf, ctx: &egui::Context) {
        match purpose {
            Purpose::OpenFolder | Purpose::OpenZip => self.open(path, ctx),
            Purpose::ExportReport => self.export_to_path(path),
            Purpose::WriteSubmission => self.write_submission_to_path(path),
        }
    }

    /// The name a save dialog proposes: "<widget> check.<last format>", or "widget.zip".
    fn proposed_name(&self, purpose: Purpose) -> String {
        match purpose {
            Purpose::ExportReport => {
                let title = self.state.session.as_ref().map(Session::title).unwrap_or_default();
                let name: String = title.chars().filter(|c| c.is_alphanumeric() || *c == '-' || *c == ' ').collect();
                format!("{} check.{}", name.trim(), self.state.settings.export_formats()[0].1)
            }
            Purpose::WriteSubmission => "widget.zip".to_string(),
            Purpose::OpenFolder | Purpose::OpenZip => String::new(),
        }
    }

    /// Where the app's own dialog starts: beside the open widget, else the home folder.
    fn dialog_start(&self) -> PathBuf {
        let beside = self
            .state
            .session
            .as_ref()
            .and_then(|s| std::path::absolute(&s.path).ok())
            .and_then(|p| p.parent().map(Path::to_path_buf));
        beside
            .or_else(|| directories::UserDirs::new().map(|u| u.home_dir().to_path_buf()))
            .unwrap_or_else(|| PathBuf::from("/"))
    }

    fn shortcuts_and_drops(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let open = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::O);
        let recheck = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::R);
        let export = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::E);
        ctx.input_mut(|i| {
            if i.consume_shortcut(&open) {
                commands.push(Command::PickFolder);
            }
            if i.consume_shortcut(&recheck) {
                commands.push(Command::Recheck);
            }
            if i.consume_shortcut(&export) {
                commands.push(Command::Export);
            }
            if let Some(path) =
                i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).find(|p| !p.as_os_str().is_empty())
            {
                commands.push(Command::Open(path));
            }
        });
        commands
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        let theme = self.state.settings.theme;
        if self.theme_applied != Some(theme) {
            ctx.set_theme(match theme {
                ThemeChoice::System => egui::ThemePreference::System,
                ThemeChoice::Light => egui::ThemePreference::Light,
                ThemeChoice::Dark => egui::ThemePreference::Dark,
            });
            self.theme_applied = Some(theme);
        }
    }

    /// Changes the settings now and keeps them — or, before the saved settings have arrived,
    /// remembers the change to make on them.
    fn edit_settings(&mut self, edit: SettingsEdit) {
        self.state.settings.apply(&edit);
        match self.unread_settings.as_mut() {
            Some(edits) => edits.push(edit),
            None => self.disk.save_settings(self.state.settings.clone()),
        }
    }

    /// Takes in the saved settings, with the changes made while they were being read.
    fn settings_loaded(&mut self, mut settings: Settings) {
        let Some(edits) = self.unread_settings.take() else { return };
        for edit in &edits {
            settings.apply(edit);
        }
        if !edits.is_empty() {
            self.disk.save_settings(settings.clone());
        }
        let marketplace = self.state.marketplace();
        self.state.settings = settings;
        self.follow_ui_language();
        if self.state.marketplace() != marketplace {
            self.recheck();
        }
    }

    /// Speaks the language the settings ask for (the system's when they ask for none), and
    /// says the report's findings in it too.
    fn follow_ui_language(&mut self) {
        let lang = self.state.settings.ui_language.as_deref().and_then(Lang::from_code).unwrap_or_else(Lang::system);
        self.locale = Locale::new(lang);
        let Some(session) = self.state.session.as_mut() else { return };
        if let Some(report) = session.report.as_ref().filter(|r| r.language != lang) {
            let mut report = Report::clone(report);
            report.set_language(lang);
            session.set_report(Some(Arc::new(report)));
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        App::ui(self, ui);
    }
}

/// Writes a report with the reviewer's decisions, in the format the file name asks for.
/// The title of a file dialog for `purpose`.
pub(crate) fn dialog_title(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::OpenFolder => "start.open_folder",
        Purpose::OpenZip => "start.open_zip",
        Purpose::ExportReport => "export.title",
        Purpose::WriteSubmission => "submission.title",
    }
}

/// A decoded preview as a texture to draw, or why it cannot be shown.
fn image_slot(ctx: &egui::Context, name: String, decoded: Result<worker::Preview, crate::i18n::Msg>) -> ImageSlot {
    match decoded {
        Ok(p) => ImageSlot::Ready(ctx.load_texture(
            name,
            egui::ColorImage::from_rgba_unmultiplied([p.width, p.height], &p.rgba),
            egui::TextureOptions::LINEAR,
        )),
        Err(reason) => ImageSlot::Failed(reason),
    }
}

/// Writes a prepared submission zip to `path`, unless that is the widget itself or inside it.
pub fn write_submission_to(input: &Path, path: &Path, fixed: &crate::fix::Fixed) -> Result<(), crate::i18n::Msg> {
    if let Some(why) = crate::fix::refuse(input, path) {
        return Err(why);
    }
    crate::fix::archive::write_beside(path, &fixed.zip)
}

pub fn export_to(path: &Path, report: &Report, widget: &Widget, reviews: &Reviews) -> Result<(), String> {
    let mut report = report.clone();
    report.apply_reviews(reviews);
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("html").to_ascii_lowercase();
    let text = match extension.as_str() {
        "md" | "markdown" => crate::report::markdown::write(&report),
        "json" => crate::report::json::write(&report),
        "sarif" => crate::report::sarif::write(&report),
        _ => crate::report::html::write(
            &report,
            widget,
            &widget.bundle.digest(),
            &crate::review::iso_time(crate::review::now()),
        ),
    };
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Opens a file with the system's default application, without waiting for it.
fn open_in_system(path: &Path) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(program)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

/// The app's icon for the window, from `assets/icons/` (the same file the desktop installs).
fn window_icon() -> egui::IconData {
    let png = include_bytes!("../../assets/icons/amo-preflight-128.png");
    // The icon is ours and known to decode; without it the window still opens.
    let rgba = image::load_from_memory(png).map(|i| i.to_rgba8()).unwrap_or_default();
    egui::IconData { width: rgba.width(), height: rgba.height(), rgba: rgba.into_raw() }
}

/// Runs the app in a window, optionally opening a widget first.
pub fn run(path: Option<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("amo-preflight")
            // The desktop entry's name, so the desktop matches the window to its icon.
            .with_app_id("io.github.amopreflight.amo_preflight")
            .with_icon(window_icon())
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "amo-preflight",
        options,
        Box::new(move |cc| {
            let mut app = App::new(Storage::user()).reading_images(OcrOptions::default());
            app.set_repaint(&cc.egui_ctx);
            if let Some(path) = path {
                app.open(path, &cc.egui_ctx);
            }
            Ok(Box::new(app))
        }),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_the_packaged_one() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
        // The corners are transparent (a rounded square), the middle is not.
        assert_eq!(icon.rgba[3], 0);
        assert_eq!(icon.rgba[(64 * 128 + 64) * 4 + 3], 255);
    }
}
