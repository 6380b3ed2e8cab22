//! The desktop app, driven through egui_kittest like a user: open a widget, read the checklist,
//! review a manual item, try a wording, and see the checklist follow changes on disk — with the
//! checks on a worker thread so the window never freezes.
#![cfg(feature = "gui")]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use amo_preflight::app::locale::Locale;
use amo_preflight::app::state::{ImageSlot, Item, Storage, ThemeChoice};
use amo_preflight::app::{App, Command};
use amo_preflight::cache::DiskCache;
use amo_preflight::i18n::Lang;
use amo_preflight::links::LinkOptions;
use amo_preflight::links::fetch::FetchOptions;
use amo_preflight::ocr::OcrOptions;
use amo_preflight::review::{Reviews, Verdict};
use amo_preflight::rules::catalogue::Field;
use amo_preflight::rules::profile::Marketplace;
use common::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const WAIT: Duration = Duration::from_secs(60);

/// The app in a test window, with its settings and decisions kept in `data`.
fn harness(data: &Path) -> Harness<'static, App> {
    harness_of(App::new(Storage::at(data)))
}

/// A test window around an app, in English.
fn harness_of(mut app: App) -> Harness<'static, App> {
    app.apply(Command::SetUiLanguage(Some("en".into())), &egui::Context::default());
    Harness::builder().with_size([1400.0, 1000.0]).build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// Opens a widget and waits until its checklist is shown.
fn open(h: &mut Harness<'static, App>, path: &Path) {
    let ctx = h.ctx.clone();
    h.state_mut().open(path.to_path_buf(), &ctx);
    assert!(h.state_mut().wait_for_check(&ctx, WAIT), "the check did not finish");
    h.run();
}

#[test]
fn the_broken_example_shows_its_failures_per_language() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    h.run();
    h.get_by_label_contains("Open the example widget with problems").click();
    h.step();
    let ctx = h.ctx.clone();
    assert!(h.state_mut().wait_for_open(&ctx, WAIT));
    h.run();
    // The example comes from inside the binary, written into the app's data folder: it opens
    // wherever the app is installed, not only beside its source.
    let opened = h.state().state.session.as_ref().expect("open").path.clone();
    assert_eq!(opened, data.path().join("examples/broken-widget.zip"));
    h.get_by_label_contains("problems block publication");
    h.get_by_label("Name is short enough — en: ✖ Fail");
    h.get_by_label("Name is short enough — pt: ✔ Pass");
    h.get_by_label("Teaser present and short enough — en: ✖ Fail");
    h.get_by_label("Users can get support — Widget: ✖ Fail");

    // Selecting an item shows what was found, where, and what to do.
    h.get_by_label("Name is short enough — es: ✖ Fail").click_accesskit();
    h.run();
    h.get_by_label("The name has 43 characters; the limit is 30.");
    h.get_by_label_contains("i18n/es.json:3:13");
    h.get_by_label("Shorten the name in i18n/es.json (widget.name) to 30 characters or fewer.");
    // Where the rule comes from, and the page it cites, to show a moderator.
    h.get_by_label("Where the rule comes from");
    h.get_by_label_contains("Checklist, Content and appearance: \"Your widget has a name");

    // Filters: problems only hides passes; one language hides the others.
    h.get_by_label("Problems only").click();
    h.run();
    assert!(h.query_by_label("Collects only the data it needs — Widget: ? Check by hand").is_none());
    h.get_by_label("Name is short enough — en: ✖ Fail");
    h.get_by_label("To check by hand only").click();
    h.get_by_label("Problems only").click();
    h.run();
    h.get_by_label("Collects only the data it needs — Widget: ? Check by hand");
    assert!(h.query_by_label("Users can get support — Widget: ✖ Fail").is_none());
}

#[test]
fn switching_to_kommo_rechecks_with_its_limits() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    open(&mut h, Path::new(BROKEN));
    h.get_by_label("No word in the name is too long — es: – Does not apply");
    h.get_by_label("Kommo").click();
    h.step();
    let ctx = h.ctx.clone();
    assert!(h.state_mut().wait_for_check(&ctx, WAIT));
    h.run();
    h.get_by_label("No word in the name is too long — es: ✖ Fail");
    h.get_by_label("The name does not contain \"Kommo\" — pt: ✖ Fail");
}

#[test]
fn a_manual_decision_with_a_note_survives_reopening() {
    let data = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    {
        let mut h = harness(data.path());
        open(&mut h, widget.path());
        h.get_by_label("Does not cover amoCRM controls — Widget: ? Check by hand").click_accesskit();
        h.run();
        let note = h.get_by_role(Role::MultilineTextInput);
        note.focus();
        note.type_text("Tried every card; nothing is covered.");
        h.run();
        h.get_by_label("✔ Mark as OK").click();
        h.run();
        h.get_by_label("Does not cover amoCRM controls — Widget: ✔ Checked: OK");
        h.get_by_label_contains("1 checked by hand");
    }
    let mut h = harness(data.path());
    open(&mut h, widget.path());
    h.get_by_label("Does not cover amoCRM controls — Widget: ✔ Checked: OK").click_accesskit();
    h.run();
    h.get_by_label("Note: Tried every card; nothing is covered.");
    // The decision lives in the app's data folder, not in the widget.
    assert!(std::fs::read_dir(data.path().join("reviews")).expect("reviews").count() == 1);
    assert!(!widget.path().join("reviews").exists());
}

#[test]
fn the_scratch_box_counts_as_you_type() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    open(&mut h, Path::new(CLEAN));
    h.get_by_label("Texts").click();
    h.run();
    // The name is shown in the header, on the Texts tab, and on the card preview's card and
    // install screen.
    assert_eq!(h.query_all_by_label("Calendar via Acme").count(), 4);
    let field = h.get_by_role(Role::MultilineTextInput);
    field.focus();
    field.type_text("Calendar sync for busy teams");
    h.run();
    let via_ok = "✔ ends with the maker: \"… via / vía Maker\"";
    // Each language's name is fine; the scratch text is not.
    assert_eq!(h.query_all_by_label(via_ok).count(), 3);
    h.get_by_label("28 / 30");
    h.get_by_label("✖ ends with the maker: \"… via / vía Maker\"");
    h.get_by_role(Role::MultilineTextInput).type_text(" via Acme");
    h.run();
    h.get_by_label("37 / 30");
    h.get_by_label("7 characters too many");
    assert_eq!(h.query_all_by_label(via_ok).count(), 4);
}

/// Opens the clean example on the Texts tab and types a new name into the scratch box.
fn type_a_name(h: &mut Harness<'static, App>, name: &str) {
    open(h, Path::new(CLEAN));
    h.get_by_label("Texts").click();
    h.run();
    h.get_by_label("How the marketplace shows it");
    let field = h.get_by_role(Role::MultilineTextInput);
    field.focus();
    field.type_text(name);
    h.run();
}

/// The labels on screen that end with "…" and start with `start`.
fn cut_labels(h: &Harness<'static, App>, start: &str) -> Vec<String> {
    shown_texts(h).into_iter().filter(|t| t.starts_with(start) && t.ends_with('…')).collect()
}

/// The card preview shows the widget's name on its card and install screen until a new one is
/// typed, then the new one, with its logo decoded off the UI thread.
#[test]
fn the_card_preview_shows_the_name_being_typed() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    type_a_name(&mut h, "");
    // The header, the Texts tab's English row, the preview's card and its install screen.
    assert_eq!(h.query_all_by_label("Calendar via Acme").count(), 4);
    assert!(h.query_by_label("Showing your new wording").is_none());
    let field = h.get_by_role(Role::MultilineTextInput);
    field.focus();
    field.type_text("Team planner via Acme");
    h.run();
    assert_eq!(h.query_all_by_label("Team planner via Acme").count(), 2);
    assert_eq!(h.query_all_by_label("Calendar via Acme").count(), 2);
    h.get_by_label("Showing your new wording");
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_images(&ctx, WAIT);
    h.run();
    let session = h.state().state.session.as_ref().expect("open");
    assert!(matches!(session.images.get("images/logo_main.png"), Some(ImageSlot::Ready(_))));
}

/// A name over the marketplace's limit is cut at it, and says so; a name within it that is too
/// wide for the card is cut by the card alone.
#[test]
fn the_card_preview_cuts_a_long_name() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    // 41 characters; the limit is 30.
    type_a_name(&mut h, "Calendar for meetings and calls via Acme");
    // On the card and the install screen.
    assert_eq!(h.query_all_by_label("Calendar for meetings and call…").count(), 2);
    h.get_by_label("Name cut at 30 characters: the marketplace's form takes no more.");

    let field = h.get_by_role(Role::MultilineTextInput);
    field.focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role(Role::MultilineTextInput).type_text(&"W".repeat(30));
    h.run();
    assert!(h.query_by_label_contains("Name cut at").is_none());
    // Whole on the install screen, cut by its width on the card.
    h.get_by_label(&"W".repeat(30));
    let on_card = cut_labels(&h, "WWW");
    assert_eq!(on_card.len(), 1, "{on_card:?}");
    assert!(on_card[0].chars().count() < 30, "{on_card:?}");
}

/// The install screen shows one slide of the language previewed at a time.
#[test]
fn the_card_preview_steps_through_the_slides() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    type_a_name(&mut h, "");
    h.get_by_label("1 / 2");
    h.get_by_label(">").click();
    h.run();
    h.get_by_label("2 / 2");
    assert!(h.get_by_label(">").accesskit_node().is_disabled());
    h.get_by_label("<").click();
    h.run();
    h.get_by_label("1 / 2");
}

#[test]
fn images_and_languages_tabs_show_what_is_there() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    open(&mut h, Path::new(BROKEN));
    h.get_by_label("Languages").click();
    h.run();
    h.get_by_label("settings.phone");
    h.get_by_label("missing");
    h.get_by_label("Images").click();
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_images(&ctx, WAIT);
    h.run();
    h.get_by_label("logo_medium.png");
    h.get_by_label_contains("actual 400×270");
    let session = h.state().state.session.as_ref().expect("open");
    assert!(matches!(session.images.get("images/logo_main.png"), Some(amo_preflight::app::state::ImageSlot::Ready(_))));
    assert!(matches!(
        session.images.get("images/slide_es_1.jpg"),
        Some(amo_preflight::app::state::ImageSlot::Ready(_))
    ));
}

/// The app reading images with the machine's Tesseract, its readings kept in `cache`.
fn reading_app(data: &Path, cache: &Path, program: &str) -> App {
    let ocr = OcrOptions {
        program: program.into(),
        cache: Some(DiskCache::new(cache, Duration::MAX)),
        ..OcrOptions::default()
    };
    App::new(Storage::at(data)).reading_images(ocr)
}

#[test]
fn the_checklist_comes_first_and_the_images_tab_then_shows_the_words_read() {
    let (data, cache) = (tempfile::tempdir().expect("temp"), tempfile::tempdir().expect("cache"));
    let mut h = harness_of(reading_app(data.path(), cache.path(), "tesseract"));
    let ctx = h.ctx.clone();
    h.state_mut().open(Path::new(BROKEN).to_path_buf(), &ctx);
    // The first checklist does not wait for Tesseract: its images are still to be read.
    let no_report = |s: &amo_preflight::app::state::AppState| s.session.as_ref().is_none_or(|s| s.report.is_none());
    assert!(h.state_mut().wait_while(&ctx, WAIT, no_report));
    let session = h.state().state.session.as_ref().expect("open");
    assert!(session.checking, "the images are still being read");
    assert!(session.report.as_ref().expect("report").ocr.pending() > 0);
    h.step();
    h.get_by_label("Images carry no words in other languages — en: ? Check by hand").click_accesskit();
    h.step();
    h.get_by_label_contains("Reading the words in");
    // Then the words are read, and the Images tab says what is wrong, image by image.
    assert!(h.state_mut().wait_for_check(&ctx, WAIT), "the images were not read");
    h.run();
    h.get_by_label("Images").click();
    h.run();
    h.get_by_label_contains("images/slide_en_2.png has words that are not in English: \"Сохранить настройки\"");
    h.get_by_label_contains("images/slide_pt_1.png has words that are not in Portuguese");
}

#[test]
fn without_tesseract_the_images_tab_says_once_how_to_install_it() {
    let (data, cache) = (tempfile::tempdir().expect("temp"), tempfile::tempdir().expect("cache"));
    let mut h = harness_of(reading_app(data.path(), cache.path(), "/nonexistent/tesseract"));
    open(&mut h, Path::new(BROKEN));
    h.get_by_label("Images").click();
    h.run();
    // One notice for the whole tab (get_by_label fails on two), with the command to copy.
    h.get_by_label_contains("Tesseract is not installed");
    h.get_by_label_contains("sudo apt install tesseract-ocr tesseract-ocr-eng");
    h.get_by_label("Copy command").click();
    h.run();
}

#[test]
fn the_window_stays_responsive_while_a_large_widget_is_checked() {
    let data = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    let line = "var total = 0; // adds up the deal amounts shown in the panel\n";
    for i in 0..8 {
        widget.write(&format!("lib/part_{i}.js"), line.repeat(6 * 1024 * 1024 / line.len()));
    }
    let mut h = harness(data.path());
    let ctx = h.ctx.clone();
    h.state_mut().open(widget.path().to_path_buf(), &ctx);
    let mut frames_while_checking = 0;
    let mut slowest = Duration::ZERO;
    while h.state().state.session.as_ref().is_some_and(|s| s.checking) {
        let started = Instant::now();
        h.step();
        slowest = slowest.max(started.elapsed());
        frames_while_checking += 1;
        assert!(frames_while_checking < 100_000, "the check never finished");
    }
    let took = h.state().state.session.as_ref().and_then(|s| s.last_check).expect("checked");
    assert!(frames_while_checking >= 3, "only {frames_while_checking} frames during a {took:?} check");
    assert!(slowest < took, "a frame took {slowest:?}, as long as the check ({took:?})");
    h.run();
    h.get_by_label_contains("Nothing blocks publication");
}

#[test]
fn saving_a_file_updates_the_checklist() {
    let data = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    let mut h = harness(data.path());
    open(&mut h, widget.path());
    h.get_by_label("Name is short enough — en: ✔ Pass");
    let saved = Instant::now();
    widget.replace("i18n/en.json", "\"Calendar via Acme\"", "\"Calendar and meeting planner via Acme Corp\"");
    let deadline = saved + Duration::from_secs(20);
    while h.query_by_label("Name is short enough — en: ✖ Fail").is_none() {
        assert!(Instant::now() < deadline, "the checklist did not follow the change");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    let session = h.state().state.session.as_ref().expect("open");
    let update = session.last_update.expect("measured");
    eprintln!("re-check after a save: {:?} from the save, {update:?} from the first change noticed", saved.elapsed());
}

/// Saves a file as editors do: the new text is written beside it, then renamed over it.
fn save_as_an_editor(path: &Path, text: &str) {
    let beside = path.with_extension("json.swp");
    std::fs::write(&beside, text).expect("write");
    std::fs::rename(&beside, path).expect("rename");
}

#[test]
fn a_burst_of_writes_is_checked_once() {
    let data = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    let mut h = harness(data.path());
    open(&mut h, widget.path());
    h.get_by_label("Name is short enough — en: ✔ Pass");
    let checks_before = h.state().state.session.as_ref().expect("open").generation;
    let file = widget.path().join("i18n/en.json");
    let original = widget.read("i18n/en.json");
    for words in ["Calendar planner", "Calendar and meeting planner", "Calendar and meeting planner for teams"] {
        save_as_an_editor(&file, &original.replacen("\"Calendar via Acme\"", &format!("\"{words} via Acme\""), 1));
        std::fs::write(&file, original.replacen("\"Calendar via Acme\"", &format!("\"{words} via Acme Corp\""), 1))
            .expect("write");
        std::thread::sleep(Duration::from_millis(20));
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while h.query_by_label("Name is short enough — en: ✖ Fail").is_none() {
        assert!(Instant::now() < deadline, "the checklist did not follow the change");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    // A while longer, for any check a late event of the burst would start.
    let quiet = Instant::now() + Duration::from_secs(1);
    while Instant::now() < quiet {
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    let checks = h.state().state.session.as_ref().expect("open").generation - checks_before;
    assert_eq!(checks, 1, "six writes in 60 ms started {checks} checks");
}

/// A file dropped onto the window, as the windowing layer would hand it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_zip_opens_it_and_ctrl_r_checks_again() {
    let data = tempfile::tempdir().expect("temp");
    let out = tempfile::tempdir().expect("temp");
    let zip = out.path().join("widget.zip");
    zip_folder(Path::new(CLEAN), "", &zip);
    let mut h = harness(data.path());
    h.run();
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(zip.clone())));
    h.step();
    let ctx = h.ctx.clone();
    assert!(h.state_mut().wait_for_check(&ctx, WAIT));
    h.run();
    let report = h.state().state.report().expect("checked").clone();
    assert_eq!(report.widget.kind, amo_preflight::bundle::SourceKind::Zip);
    h.get_by_label("manifest.json at the root of the zip — Widget: ✔ Pass");

    let before = h.state().state.session.as_ref().expect("open").generation;
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::R);
    h.step();
    assert_eq!(h.state().state.session.as_ref().expect("open").generation, before + 1);
    assert!(h.state_mut().wait_for_check(&ctx, WAIT));
    // The widget is remembered for the start screen.
    assert_eq!(h.state().state.settings.recent.first(), Some(&zip));
}

#[test]
fn the_link_check_button_opens_links_off_the_ui_thread() {
    let data = tempfile::tempdir().expect("temp");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    listener.set_nonblocking(true).expect("nonblocking");
    let widget = Fixture::clean();
    widget.edit_json("manifest.json", |v| v["widget"]["support"]["link"] = serde_json::json!(format!("{base}/help")));
    widget.edit_json("i18n/en.json", |v| v["ui"]["panel_title"] = serde_json::json!(format!("Help: {base}/en/help")));
    let mut h = harness(data.path());
    open(&mut h, widget.path());
    h.get_by_label("Every link works — Widget: ? Check by hand");
    h.get_by_label("Check links").click();
    h.step();
    assert!(h.state().state.session.as_ref().is_some_and(|s| s.links));
    let ctx = h.ctx.clone();
    assert!(h.state_mut().wait_for_check(&ctx, WAIT));
    h.run();
    let report = h.state().state.report().expect("checked").clone();
    assert_eq!(report.links.as_ref().map(Vec::len), Some(2));
    // The app never requests private addresses: the local server saw nothing.
    assert!(listener.accept().is_err(), "the app requested a loopback address");
    h.get_by_label("Every link works — Widget: ? Check by hand").click_accesskit();
    h.run();
    h.get_by_label_contains("2 links could not be verified");
}

#[test]
fn export_writes_the_format_of_the_file_name_with_decisions() {
    let data = tempfile::tempdir().expect("temp");
    let out = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    open(&mut h, Path::new(CLEAN));
    let ctx = h.ctx.clone();
    let item = amo_preflight::app::state::Item { rule: "ui.no-overlap".into(), lang: None };
    h.state_mut().apply(
        amo_preflight::app::Command::Decide {
            item,
            verdict: Some(amo_preflight::review::Verdict::Passed),
            note: "Looked at every card".into(),
        },
        &ctx,
    );
    let session = h.state().state.session.as_ref().expect("open");
    let (report, widget) = (session.report.clone().expect("report"), session.widget.clone().expect("widget"));
    for name in ["r.html", "r.md", "r.json", "r.sarif"] {
        let path = out.path().join(name);
        amo_preflight::app::export_to(&path, &report, &widget, &session.reviews).expect("written");
        let text = std::fs::read_to_string(&path).expect("read");
        match name {
            "r.html" => assert!(text.starts_with("<!doctype html>") && text.contains("Looked at every card")),
            "r.md" => assert!(text.starts_with("# Widget check") && text.contains("Looked at every card")),
            "r.json" => assert!(text.contains("\"decision\": \"pass\"")),
            _ => assert!(text.contains("\"version\": \"2.1.0\"")),
        }
    }
}

#[test]
fn decisions_follow_the_widget_not_only_its_path() {
    let data = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    let item = "Does not cover amoCRM controls — Widget";
    {
        let mut h = harness(data.path());
        open(&mut h, widget.path());
        h.get_by_label(&format!("{item}: ? Check by hand")).click_accesskit();
        h.run();
        h.get_by_label("✔ Mark as OK").click();
        h.run();
        // Renamed during the session: the decision goes along.
        widget.edit_json("i18n/en.json", |v| v["widget"]["name"] = serde_json::json!("Planner via Acme"));
        let ctx = h.ctx.clone();
        h.state_mut().recheck();
        assert!(h.state_mut().wait_for_check(&ctx, WAIT));
        h.run();
        h.get_by_label(&format!("{item}: ✔ Checked: OK"));
    }
    {
        let mut h = harness(data.path());
        open(&mut h, widget.path());
        h.get_by_label(&format!("{item}: ✔ Checked: OK"));
    }
    // Another widget in the same folder: the decision is not shown as its own.
    widget.edit_json("i18n/en.json", |v| v["widget"]["name"] = serde_json::json!("Chat via Other"));
    let mut h = harness(data.path());
    open(&mut h, widget.path());
    h.get_by_label(&format!("{item}: ? Check by hand"));
    h.get_by_label_contains("were made for another widget (Planner via Acme), so they are not used");
}

/// A local HTTP server whose pages under `/slow/` take a second to answer; every path asked for
/// is recorded as the request arrives.
fn slow_server() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let asked = Arc::new(Mutex::new(Vec::new()));
    let record = asked.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let record = record.clone();
            std::thread::spawn(move || answer(stream, &record));
        }
    });
    (base, asked)
}

/// Answers one request with an English page, after a second for `/slow/` pages.
fn answer(mut stream: TcpStream, asked: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    asked.lock().expect("lock").push(path.clone());
    if path.starts_with("/slow/") {
        std::thread::sleep(Duration::from_secs(1));
    }
    let body = "<!doctype html><html lang=\"en\"><head><title>Help</title></head><body><p>Our team answers \
                every question about the calendar and helps you set up each detail.</p></body></html>";
    let _ = write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    if !request.starts_with("HEAD") {
        let _ = stream.write_all(body.as_bytes());
    }
}

/// The URLs of the links the shown report opened.
fn shown_links(h: &Harness<'static, App>) -> Vec<String> {
    let links = h.state().state.report().and_then(|r| r.links.clone()).unwrap_or_default();
    links.into_iter().map(|o| o.url).collect()
}

#[test]
fn a_save_during_a_link_check_stops_the_stale_check() {
    let data = tempfile::tempdir().expect("temp");
    let (base, asked) = slow_server();
    let widget = Fixture::clean();
    let links = |kind: &str| (1..=6).map(|i| format!("{base}/{kind}/{i}")).collect::<Vec<_>>().join(" ");
    widget.edit_json("manifest.json", |v| v["widget"]["support"]["link"] = serde_json::json!(format!("{base}/help")));
    widget
        .edit_json("i18n/en.json", |v| v["ui"]["panel_title"] = serde_json::json!(format!("Help: {}", links("slow"))));
    // The app refuses local addresses; this one is allowed so the test never needs the internet.
    let fetch = FetchOptions { allow_private_hosts: true, ..FetchOptions::default() };
    let options = LinkOptions { fetch, concurrency: 8, cache: None };
    let mut h = harness_of(App::with_link_options(Storage::at(data.path()), options));
    open(&mut h, widget.path());
    h.get_by_label("Check links").click();
    h.step();
    let deadline = Instant::now() + WAIT;
    while !asked.lock().expect("lock").iter().any(|p| p.starts_with("/slow/")) {
        assert!(Instant::now() < deadline, "the link check did not start");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    let first_slow = Instant::now();

    // Saved while the check waits for its first slow link: the text now has other links.
    widget
        .edit_json("i18n/en.json", |v| v["ui"]["panel_title"] = serde_json::json!(format!("Help: {}", links("fast"))));
    let saved = Instant::now();
    let fresh = |urls: &[String]| urls.iter().filter(|u| u.contains("/fast/")).count() == 6;
    while !fresh(&shown_links(&h)) || h.state().state.session.as_ref().is_some_and(|s| s.checking) {
        let shown = shown_links(&h);
        assert!(!shown.iter().any(|u| u.contains("/slow/")), "the stale check's result was shown: {shown:?}");
        assert!(Instant::now() < deadline, "the new check's result never came");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    let updated = saved.elapsed();
    // Long enough for the stale check to have opened its next links, had it gone on.
    std::thread::sleep((first_slow + Duration::from_millis(3500)).saturating_duration_since(Instant::now()));
    let mut slow: Vec<String> =
        asked.lock().expect("lock").iter().filter(|p| p.starts_with("/slow/")).cloned().collect();
    slow.dedup();
    assert_eq!(slow, ["/slow/1"], "the stale check kept opening links");
    // The new check waited only for the stale one's link in flight, not for all six.
    assert!(updated < Duration::from_secs(6), "the links of the save were shown {updated:?} after it");
}

/// The decisions file of the only widget decided on in `data`.
fn saved_reviews(data: &Path) -> Reviews {
    let files: Vec<_> = std::fs::read_dir(data.join("reviews")).expect("reviews").flatten().map(|e| e.path()).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    serde_json::from_slice(&std::fs::read(&files[0]).expect("read")).expect("whole JSON")
}

#[test]
fn quick_decisions_reach_the_disk_in_order() {
    let data = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    let mut h = harness(data.path());
    open(&mut h, widget.path());
    let ctx = h.ctx.clone();
    let decide = |rule: &str, verdict, note: &str| Command::Decide {
        item: Item { rule: rule.into(), lang: None },
        verdict: Some(verdict),
        note: note.into(),
    };
    // Four decisions in one frame, each saved by its own write: the last state must win.
    for command in [
        decide("ui.no-overlap", Verdict::Failed, "first look"),
        decide("general.data-minimal", Verdict::Passed, "checked the requests"),
        decide("ui.no-overlap", Verdict::Passed, "second look"),
        Command::Decide {
            item: Item { rule: "general.data-minimal".into(), lang: None },
            verdict: None,
            note: String::new(),
        },
    ] {
        h.state_mut().apply(command, &ctx);
    }
    assert!(h.state_mut().wait_for_disk(&ctx, WAIT), "the writes did not finish");
    let saved = saved_reviews(data.path());
    assert_eq!(saved.decisions.len(), 1, "{saved:?}");
    let d = saved.get("ui.no-overlap", None).expect("kept");
    assert_eq!((d.verdict, d.note.as_str()), (Verdict::Passed, "second look"));
    // No temporary file is left beside it.
    assert_eq!(std::fs::read_dir(data.path().join("reviews")).expect("reviews").count(), 1);
}

#[test]
fn settings_are_kept_with_changes_made_before_they_were_read() {
    let data = tempfile::tempdir().expect("temp");
    let ctx = egui::Context::default();
    {
        let mut app = App::new(Storage::at(data.path()));
        app.apply(Command::SetTheme(ThemeChoice::Dark), &ctx);
        app.open(CLEAN.into(), &ctx);
        assert!(app.wait_for_check(&ctx, WAIT));
        assert!(app.wait_for_disk(&ctx, WAIT));
    }
    // A change made at once, before the saved settings can have arrived, is made on them.
    let mut app = App::new(Storage::at(data.path()));
    app.apply(Command::SetMarketplace(Marketplace::Kommo), &ctx);
    assert!(app.wait_for_disk(&ctx, WAIT));
    let settings = &app.state.settings;
    assert_eq!(settings.theme, ThemeChoice::Dark);
    assert_eq!(settings.marketplace(), Marketplace::Kommo);
    assert_eq!(settings.recent.first().and_then(|p| p.file_name()), Path::new(CLEAN).file_name());
    // And all of it is on disk for the next run.
    drop(app);
    let mut app = App::new(Storage::at(data.path()));
    assert!(app.wait_for_disk(&ctx, WAIT));
    assert_eq!(app.state.settings.marketplace(), Marketplace::Kommo);
    assert_eq!(app.state.settings.theme, ThemeChoice::Dark);
}

#[test]
fn damaged_decisions_are_set_aside_with_a_notice() {
    let data = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    let store = amo_preflight::review::ReviewStore::new(data.path().join("reviews"));
    std::fs::create_dir_all(data.path().join("reviews")).expect("mkdir");
    std::fs::write(store.file_for(widget.path()), "{\"decisions\": [").expect("write");
    let mut h = harness(data.path());
    open(&mut h, widget.path());
    h.get_by_label_contains("the saved review decisions could not be read");
    h.get_by_label("Does not cover amoCRM controls — Widget: ? Check by hand");
    assert!(!store.file_for(widget.path()).exists(), "the damaged file was not set aside");
}

/// In Russian, the verdict line leads with its counts and the detail pane speaks Russian
/// around the finding.
#[test]
fn the_verdict_line_speaks_russian_with_plural_forms() {
    let data = tempfile::tempdir().expect("temp");
    let mut app = App::new(Storage::at(data.path()));
    app.apply(Command::SetUiLanguage(Some("ru".into())), &egui::Context::default());
    let mut h = Harness::builder().with_size([1400.0, 1000.0]).build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    open(&mut h, std::path::Path::new(common::BROKEN));
    // The count leads, in its plural form (the forms themselves: locale.rs's tests), rather
    // than "Проблем, мешающих публикации: 40".
    let v = h.state().state.report().expect("checked").verdict(&Default::default());
    let ru = Locale::new(amo_preflight::i18n::Lang::Ru);
    let problems = ru.f("verdict.fail", &[("n", &v.problems)]);
    assert!(problems.starts_with(&v.problems.to_string()) && problems.ends_with("публикации"), "{problems}");
    h.get_by_label_contains(&problems);
    h.get_by_label_contains(&ru.f("verdict.manual", &[("n", &v.to_check)]));
    h.get_by_label("Название не слишком длинное — es: ✖ Ошибка").click_accesskit();
    h.run();
    h.get_by_label("Откуда это правило");
    h.get_by_label("Что делать");
}

/// Every label and value on the screen, as a reader sees them.
fn shown_texts(h: &Harness<'static, App>) -> Vec<String> {
    // A label that wraps has a text run per row under it: the label's own text is whole.
    h.query_all(egui_kittest::kittest::By::new().predicate(|n| n.role() != Role::TextRun))
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// The words of a shown text outside `‹…›` that are not the widget's own data. A word cut with
/// "…" is the widget's when one of its words starts so: the card preview cuts a long name or
/// teaser mid-word, as the marketplace does.
fn outside_the_catalogue(text: &str, data: &std::collections::BTreeSet<String>) -> Vec<String> {
    let outside = common::pseudo::outside(text);
    let lower = outside.to_lowercase();
    let cut_from_data = |w: &String| lower.contains(&format!("{w}…")) && data.iter().any(|d| d.starts_with(w.as_str()));
    common::pseudo::words(&outside).into_iter().filter(|w| !data.contains(w) && !cut_from_data(w)).collect()
}

/// The widget's own words, and the names that are never translated: the tool's, the
/// marketplaces', the languages' own names in the menu, the formats, the branding files'.
fn widget_words(report: &amo_preflight::report::Report) -> std::collections::BTreeSet<String> {
    let names = ["amo-preflight", "amoCRM", "Kommo", "English", "Русский", "Español", "Português", "HTML", "Markdown"];
    let logos = ["logo_main", "logo_medium", "logo_small", "logo", "logo_min", "logo_dp"];
    let more: Vec<&str> = names.into_iter().chain(logos).collect();
    common::pseudo::data_words(report, &more)
}

/// With the app in the pseudo-language, every word on every screen is either in `‹…›` — it
/// came from the catalogue — or the widget's own: nothing bypasses the catalogue.
#[test]
fn every_word_on_the_screens_comes_from_the_catalogue() {
    let data = tempfile::tempdir().expect("temp");
    let mut app = App::new(Storage::at(data.path()));
    app.apply(Command::SetUiLanguage(Some(Lang::Pseudo.code().into())), &egui::Context::default());
    let mut h = Harness::builder().with_size([1400.0, 1000.0]).build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    let mut leaks: Vec<(String, String)> = Vec::new();
    let mut wrapped = 0;
    let mut look = |h: &Harness<'static, App>, screen: &str, data: &std::collections::BTreeSet<String>| {
        for text in shown_texts(h) {
            wrapped += usize::from(text.contains('‹'));
            let words = outside_the_catalogue(&text, data);
            if !words.is_empty() {
                leaks.push((screen.to_string(), format!("{text:?} {words:?}")));
            }
        }
    };
    // The tool's name, and egui's own words for the handles of panels and windows (read by
    // screen readers, never drawn).
    let ours =
        ["amo", "preflight", "resize", "panel", "close", "window", "edge", "corner", "top", "bottom", "left", "right"]
            .map(String::from);
    look(&h, "start", &ours.iter().cloned().collect());
    open(&mut h, Path::new(BROKEN));
    let mut words = widget_words(h.state().state.report().expect("checked"));
    words.extend(ours);
    look(&h, "checklist", &words);
    // A finding with evidence, and one with help of its own.
    for item in [
        Item { rule: "general.data-minimal".into(), lang: None },
        Item { rule: "content.name-length".into(), lang: Some("es".into()) },
    ] {
        h.state_mut().apply(Command::Select(item.clone()), &egui::Context::default());
        h.run();
        look(&h, &format!("details of {}", item.rule), &words);
        // The explanation is read whole, not row by row.
        let why = amo_preflight::rules::catalogue::rule(&item.rule).expect("rule").text(Field::Why, Lang::Pseudo);
        assert!(shown_texts(&h).contains(&why), "{why}");
    }
    h.state_mut().apply(Command::PrepareSubmission, &egui::Context::default());
    let ctx = h.ctx.clone();
    assert!(h.state_mut().wait_for_submission(&ctx, WAIT));
    h.run();
    look(&h, "submission zip", &words);
    h.state_mut().apply(Command::CloseSubmission, &egui::Context::default());
    h.run();
    for tab in ["tab.texts", "tab.languages", "tab.images"] {
        let label = Locale::new(Lang::Pseudo).t(tab);
        h.get_by_label(&label).click();
        h.run();
        let ctx = h.ctx.clone();
        h.state_mut().wait_for_images(&ctx, WAIT);
        h.run();
        look(&h, tab, &words);
    }
    assert!(wrapped > 100, "the sweep saw {wrapped} texts from the catalogue");
    assert!(
        leaks.is_empty(),
        "{} texts bypass the catalogue:\n{}",
        leaks.len(),
        leaks.iter().map(|(s, t)| format!("{s}: {t}")).collect::<Vec<_>>().join("\n")
    );
}

/// A Russian-speaking publisher selects a finding: its message, what to do, why and where the
/// rule comes from are all in Russian, about the widget's English text.
#[test]
fn the_detail_pane_speaks_russian() {
    let data = tempfile::tempdir().expect("temp");
    let mut app = App::new(Storage::at(data.path()));
    app.apply(Command::SetUiLanguage(Some("ru".into())), &egui::Context::default());
    let mut h = Harness::builder().with_size([1400.0, 1000.0]).build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    open(&mut h, Path::new(BROKEN));
    let report = h.state().state.report().expect("checked").clone();
    assert_eq!(report.language, Lang::Ru);
    let item = Item { rule: "content.name-length".into(), lang: Some("en".into()) };
    h.state_mut().apply(Command::Select(item), &egui::Context::default());
    h.run();
    let shown = report
        .results
        .iter()
        .find(|r| r.rule == "content.name-length" && r.lang.as_deref() == Some("en"))
        .expect("result");
    h.get_by_label(&shown.message);
    h.get_by_label(&shown.help);
    let is_russian = |t: &str| {
        t.chars().filter(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(*c))).count()
            > t.chars().count() / 3
    };
    assert!(is_russian(&shown.message), "{}", shown.message);
    assert!(is_russian(&shown.help), "{}", shown.help);
    let catalogue = amo_preflight::rules::catalogue::rule("content.name-length").expect("rule");
    let why = catalogue.text(Field::Why, Lang::Ru);
    assert!(is_russian(&why), "{why}");
    h.get_by_label(&why);
    // The source quotes the checklist in English, in Russian words.
    let source = catalogue.text(Field::Source, Lang::Ru);
    assert!(source.starts_with("Чек-лист"), "{source}");
    h.get_by_label(&source);
    // Switching to Spanish says the same finding again, without a new check.
    h.state_mut().apply(Command::SetUiLanguage(Some("es".into())), &egui::Context::default());
    h.run();
    let report = h.state().state.report().expect("checked");
    assert_eq!(report.language, Lang::Es);
    let spanish = report
        .results
        .iter()
        .find(|r| r.rule == "content.name-length" && r.lang.as_deref() == Some("en"))
        .expect("result");
    h.get_by_label(&spanish.message);
    assert_ne!(spanish.message, shown.message);
}

/// The publisher prepares the submission zip: every change is listed, a file left out can be
/// kept with its box, and the zip is written with the reviewer's choice.
#[test]
fn the_submission_review_lists_changes_keeps_a_file_and_writes_the_zip() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    open(&mut h, Path::new(BROKEN));
    h.get_by_label("Prepare submission zip…").click();
    // A spinner turns while the zip is prepared: step, not run.
    h.step();
    let ctx = h.ctx.clone();
    assert!(h.state_mut().wait_for_submission(&ctx, WAIT), "the zip was not prepared");
    h.run();
    h.get_by_label_contains("problems blocked publication; now");
    h.get_by_label_contains("style.css: byte order mark removed");
    h.get_by_label_contains("images/logo_medium.png: generated from images/logo_main.png");
    // Each image changed shows before → after: the widget's file, and the new one.
    assert!(h.query_all_by_label("Before: images/logo_main.png").count() >= 2, "the main logo and what it made");
    h.get_by_label("After: images/logo_medium.png");
    let images = &h.state().state.submission.as_ref().expect("open").images;
    let ready = |slot: &ImageSlot| match slot {
        ImageSlot::Ready(texture) => Some(texture.size()),
        _ => None,
    };
    let [before, after] = images.get("images/logo_medium.png").expect("a preview of the generated logo");
    assert_eq!(ready(after), Some([240, 84]), "the new logo at its size");
    assert!(ready(before).is_some(), "its source shown");
    h.get_by_label_contains("Left out debug.log").click();
    h.step();
    assert!(h.state_mut().wait_for_submission(&ctx, WAIT), "the zip was not prepared again");
    h.run();
    h.get_by_label_contains("Kept debug.log, as you asked");
    let out = tempfile::tempdir().expect("temp");
    let zip = out.path().join("widget.zip");
    let fixed = h.state().state.submission.as_ref().and_then(|s| s.fixed.clone()).expect("prepared");
    amo_preflight::app::write_submission_to(Path::new(BROKEN), &zip, &fixed).expect("written");
    // As the save dialog's thread reports it: the review then says the new zip's verdict.
    h.state_mut().state.submission.as_mut().expect("open").written = Some(zip.clone());
    h.run();
    h.get_by_label_contains("Written: ");
    h.get_by_label(&format!("The new zip: {}", fixed.after.reviewed_verdict().sentence(Lang::En)));
    let names: Vec<String> = {
        let archive = zip::ZipArchive::new(std::fs::File::open(&zip).expect("zip")).expect("a zip");
        archive.file_names().filter_map(|n| n.ok()).map(|n| n.to_string()).collect()
    };
    assert!(names.contains(&"debug.log".to_string()) && !names.contains(&".DS_Store".to_string()), "{names:?}");
    let inside = Path::new(BROKEN).join("fixed.zip");
    assert!(amo_preflight::app::write_submission_to(Path::new(BROKEN), &inside, &fixed).is_err());
    assert!(!inside.exists());
    h.state_mut().apply(Command::CloseSubmission, &egui::Context::default());
    h.run();
    assert!(h.query_by_label_contains("Kept debug.log").is_none());
}

/// A wording tried in the Texts tab can be put into the submission zip for one language.
#[test]
fn a_wording_from_the_texts_tab_goes_into_the_submission_zip() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = harness(data.path());
    open(&mut h, Path::new(BROKEN));
    h.get_by_label("Texts").click();
    h.run();
    let field = h.get_by_role(Role::MultilineTextInput);
    field.focus();
    field.type_text("Calendar sync via SuperCal");
    h.run();
    h.get_by_label("Use for en").click();
    h.run();
    h.get_by_label_contains("The new wording goes into i18n/en.json");
    h.get_by_label("Prepare submission zip…").click();
    h.step();
    let ctx = h.ctx.clone();
    assert!(h.state_mut().wait_for_submission(&ctx, WAIT));
    h.run();
    h.get_by_label_contains("i18n/en.json: new wording of widget.name");
    let fixed = h.state().state.submission.as_ref().and_then(|s| s.fixed.clone()).expect("prepared");
    let en = String::from_utf8(fixed.plan.files["i18n/en.json"].clone()).expect("utf-8");
    assert!(en.contains("\"Calendar sync via SuperCal\""), "{en}");
}

/// On a desktop without an xdg-desktop-portal (as here: no session bus) the system's file
/// dialog returns at once without showing; the app then shows its own, and it opens a folder,
/// and saves a report where the reviewer types.
#[test]
fn without_a_system_file_dialog_the_app_shows_its_own() {
    let data = tempfile::tempdir().expect("temp");
    let widget = Fixture::clean();
    let mut h = harness(data.path());
    h.run();
    h.get_all_by_label("Open folder…").next().expect("the button").click();
    h.step();
    let ctx = h.ctx.clone();
    assert!(h.state_mut().wait_while(&ctx, WAIT, |s| s.file_dialog.is_none()), "no dialog of the app's own");
    h.run();
    h.get_by_label("The system's file dialog could not be shown, so the app shows its own.");
    // Into the widget, into one of its folders and back up, then choose it.
    h.state_mut().apply(Command::DialogGo(widget.path().to_path_buf()), &ctx);
    h.run();
    h.get_by_label("images/").click();
    h.run();
    assert!(h.query_by_label("logo_main.png").is_none(), "opening a folder lists folders only");
    h.get_by_label("Up one folder").click();
    h.run();
    h.get_by_label("Open this folder").click();
    h.step();
    assert!(h.state_mut().wait_for_check(&ctx, WAIT));
    h.run();
    assert_eq!(h.state().state.session.as_ref().expect("open").path, widget.path());
    assert!(h.state().state.file_dialog.is_none(), "the dialog closes once a folder is chosen");

    // Export: the app's dialog starts beside the widget, with the report's name proposed.
    h.get_by_label("Export report…").click();
    h.step();
    assert!(h.state_mut().wait_while(&ctx, WAIT, |s| s.file_dialog.is_none()));
    h.run();
    let dialog = h.state().state.file_dialog.clone().expect("open");
    assert_eq!(dialog.dir, widget.path().parent().expect("parent"));
    assert!(dialog.name.ends_with(" check.html"), "{}", dialog.name);
    let out = tempfile::tempdir().expect("temp");
    h.state_mut().apply(Command::DialogGo(out.path().to_path_buf()), &ctx);
    h.run();
    std::fs::write(out.path().join("review.html"), "old").expect("write");
    h.state_mut().state.file_dialog.as_mut().expect("open").name = "review".into();
    h.run();
    h.get_by_label("A file of this name is there already: Save replaces it.");
    h.get_by_label("Save").click();
    h.step();
    assert!(h.state_mut().wait_while(&ctx, WAIT, |s| s.notice.is_none()));
    let html = std::fs::read_to_string(out.path().join("review.html")).expect("the report was written");
    assert!(html.contains("<html"), "{html}");
}
