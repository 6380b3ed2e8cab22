//! The tool never writes into the widget it checks: for both examples, as folders and as zips,
//! every file's bytes and modification time (and every folder's) are the same before and after
//! a check in every format, an export to a file, a fix to a new zip (and a dry run), and an app
//! session with a review decision and exports. The hostile inputs get the same comparison in `hostile_memory.rs`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// Checks with the CLI in every format, to standard output and to a file elsewhere, reading the
/// words in images with the machine's Tesseract (its cache in `out` too).
fn check_every_format(input: &Path, out: &Path) {
    for format in ["text", "json", "markdown", "html", "sarif"] {
        let to_stdout = Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
            .args(["check", "--format", format])
            .arg(input)
            .env_remove(amo_preflight::ocr::PROGRAM_VAR)
            .env("XDG_CACHE_HOME", out)
            .output()
            .expect("runs");
        assert!(matches!(to_stdout.status.code(), Some(0 | 1)), "{format}: {to_stdout:?}");
        let file = out.join(format!("report.{format}"));
        let to_file = Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
            .args(["check", "--format", format, "--output"])
            .arg(&file)
            .arg(input)
            .env("XDG_CACHE_HOME", out)
            .output()
            .expect("runs");
        assert!(matches!(to_file.status.code(), Some(0 | 1)), "{format}: {to_file:?}");
        assert!(file.metadata().is_ok_and(|m| m.len() > 0), "{format}: no report written");
    }
}

/// Fixes to a new zip elsewhere, and dry-runs a fix.
fn fix(input: &Path, out: &Path) {
    let zip = out.join("fixed.zip");
    for dry in [false, true] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_amo-preflight"));
        command.arg("fix").arg(input).arg("--output").arg(&zip);
        if dry {
            command.arg("--dry-run");
        }
        let done = command.output().expect("runs");
        assert!(done.status.success(), "fix: {done:?}");
    }
    assert!(zip.metadata().is_ok_and(|m| m.len() > 0), "no fixed zip written");
}

#[cfg(feature = "gui")]
fn app_session(input: &Path, out: &Path) {
    use amo_preflight::app::state::{Item, Storage};
    use amo_preflight::app::{App, Command as AppCommand};
    use amo_preflight::review::Verdict;
    use std::time::Duration;

    let data = tempfile::tempdir().expect("temp");
    let mut app = App::new(Storage::at(data.path()));
    let ctx = egui::Context::default();
    app.open(input.to_path_buf(), &ctx);
    assert!(app.wait_for_check(&ctx, Duration::from_secs(60)), "the check did not finish");
    let item = Item { rule: "ui.no-overlap".into(), lang: None };
    app.apply(AppCommand::Decide { item, verdict: Some(Verdict::Passed), note: "Looked".into() }, &ctx);
    let session = app.state.session.as_ref().expect("open");
    let (report, widget) = (session.report.clone().expect("report"), session.widget.clone().expect("widget"));
    for name in ["r.html", "r.md", "r.json", "r.sarif"] {
        amo_preflight::app::export_to(&out.join(name), &report, &widget, &session.reviews).expect("exported");
    }
    app.recheck();
    assert!(app.wait_for_check(&ctx, Duration::from_secs(60)), "the second check did not finish");
}

#[test]
fn checks_exports_and_app_sessions_leave_the_input_as_it_was() {
    let zips = tempfile::tempdir().expect("temp");
    let mut inputs: Vec<(PathBuf, PathBuf)> = Vec::new();
    for example in [CLEAN, BROKEN] {
        let folder = PathBuf::from(example);
        let name = folder.file_name().expect("name").to_string_lossy().into_owned();
        let zip = zips.path().join(format!("{name}.zip"));
        zip_folder(&folder, "", &zip);
        // A folder is compared whole; a zip with the folder it lies in.
        inputs.push((folder.clone(), folder));
        inputs.push((zip, zips.path().to_path_buf()));
    }
    for (input, watched) in &inputs {
        let before = listing(watched);
        let out = tempfile::tempdir().expect("temp");
        check_every_format(input, out.path());
        fix(input, out.path());
        #[cfg(feature = "gui")]
        app_session(input, out.path());
        assert_eq!(listing(watched), before, "{} changed", input.display());
    }
}
