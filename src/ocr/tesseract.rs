//! The `tesseract` program: found once per program path, asked its version and its installed
//! language data, and run on one image at a time with a time limit.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The longest one image may take: a slide takes well under a second.
const READ_TIMEOUT: Duration = Duration::from_secs(60);
/// The longest `--version` or `--list-langs` may take.
const ASK_TIMEOUT: Duration = Duration::from_secs(10);
/// Most output kept from one run: a slide's TSV is a few kilobytes.
const MAX_OUTPUT: u64 = 8 * 1024 * 1024;

/// An installed Tesseract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tesseract {
    pub program: PathBuf,
    /// The first line of `--version`, e.g. `tesseract 5.3.0`: part of every cached reading's key.
    pub version: String,
    /// The language data installed, by Tesseract's codes (`eng`, `rus`…).
    pub languages: Vec<String>,
}

/// Why an image could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Tesseract took longer than [`READ_TIMEOUT`].
    TooSlow,
    /// The check was stopped.
    Cancelled,
    /// Tesseract could not be run, or stopped with an error: its own words.
    Failed(String),
}

impl Tesseract {
    /// The Tesseract at `program` (a name on the PATH or a path), asked once per run of the
    /// tool; `None` when it is not installed or does not answer like Tesseract.
    pub fn find(program: &Path) -> Option<Tesseract> {
        static FOUND: OnceLock<Mutex<HashMap<PathBuf, Option<Tesseract>>>> = OnceLock::new();
        let mut found = FOUND.get_or_init(Mutex::default).lock().unwrap_or_else(|p| p.into_inner());
        found.entry(program.to_path_buf()).or_insert_with(|| ask(program)).clone()
    }

    /// Reads one image (PNG bytes) with the language data `models` (`spa+rus+eng`, the first
    /// the image's own) and returns Tesseract's TSV.
    pub fn read(&self, png: &[u8], models: &str, cancel: &AtomicBool) -> Result<String, ReadError> {
        let mut command = Command::new(&self.program);
        // One thread per process: Tesseract's own threads cost more than they give on small
        // images (a slide read in 0.6 s instead of 1.3 s on two cores), and images are read in
        // parallel instead.
        command.args(["stdin", "stdout", "-l", models, "tsv"]).env("OMP_THREAD_LIMIT", "1");
        let output = run(command, png, READ_TIMEOUT, cancel)?;
        if !output.success {
            let said = String::from_utf8_lossy(&output.stderr);
            let last = said.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
            return Err(ReadError::Failed(last));
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }
}

/// Asks a program its version and languages.
fn ask(program: &Path) -> Option<Tesseract> {
    let never = AtomicBool::new(false);
    let mut version = Command::new(program);
    version.arg("--version");
    let version = run(version, &[], ASK_TIMEOUT, &never).ok().filter(|o| o.success)?;
    // Tesseract 4 printed its version on stderr, 5 on stdout.
    let text =
        String::from_utf8_lossy(if version.stdout.is_empty() { &version.stderr } else { &version.stdout }).into_owned();
    let first = text.lines().next()?.trim().to_string();
    if !first.to_lowercase().starts_with("tesseract") {
        return None;
    }
    let mut list = Command::new(program);
    list.arg("--list-langs");
    let listed = run(list, &[], ASK_TIMEOUT, &never).ok().filter(|o| o.success)?;
    let languages = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .skip(1)
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    Some(Tesseract { program: program.to_path_buf(), version: first, languages })
}

struct Output {
    success: bool,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs a command with `input` on its stdin, killing it when it takes longer than `timeout` or
/// `cancel` is set; output past [`MAX_OUTPUT`] is dropped.
fn run(mut command: Command, input: &[u8], timeout: Duration, cancel: &AtomicBool) -> Result<Output, ReadError> {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| ReadError::Failed(e.to_string()))?;
    let (stdin, stdout, stderr) = (child.stdin.take(), child.stdout.take(), child.stderr.take());
    std::thread::scope(|scope| {
        scope.spawn(move || {
            if let Some(mut stdin) = stdin {
                // A program that stops reading early is seen by its exit status, not here.
                let _ = stdin.write_all(input);
            }
        });
        let out = scope.spawn(move || drain(stdout));
        let err = scope.spawn(move || drain(stderr));
        let status = wait(&mut child, timeout, cancel);
        let (stdout, stderr) = (out.join().unwrap_or_default(), err.join().unwrap_or_default());
        status.map(|success| Output { success, stdout, stderr })
    })
}

fn drain(pipe: Option<impl Read>) -> Vec<u8> {
    let mut out = Vec::new();
    if let Some(pipe) = pipe {
        let _ = pipe.take(MAX_OUTPUT).read_to_end(&mut out);
    }
    out
}

/// Waits for a child, or kills it at the deadline or when cancelled.
fn wait(child: &mut Child, timeout: Duration, cancel: &AtomicBool) -> Result<bool, ReadError> {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status.success()),
            Ok(None) => {}
            Err(e) => return Err(ReadError::Failed(e.to_string())),
        }
        let stop = if cancel.load(Ordering::Relaxed) {
            Some(ReadError::Cancelled)
        } else if Instant::now() >= deadline {
            Some(ReadError::TooSlow)
        } else {
            None
        };
        if let Some(why) = stop {
            let _ = child.kill();
            let _ = child.wait();
            return Err(why);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}
