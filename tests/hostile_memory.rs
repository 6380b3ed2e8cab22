//! Resources on hostile input: the CLI checks each input of `common::hostile` in a child process
//! whose peak memory (from `wait4`) stays under 512 MiB and whose time stays in seconds — nothing
//! grows with the square of a file's size.

mod common;

use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{hostile, listing};

const MEMORY_LIMIT_KIB: i64 = 512 * 1024;

/// Runs a check; returns its exit code, peak resident memory in KiB and wall time.
// The child is reaped by wait4 (which std's wait cannot do, as it gives no rusage).
#[allow(clippy::zombie_processes)]
fn measure(path: &std::path::Path) -> (i32, i64, Duration) {
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_amo-preflight"))
        .args(["check", "--format", "json", "--no-review"])
        .arg(path)
        .env(amo_preflight::ocr::PROGRAM_VAR, "/nonexistent/tesseract")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our child's, not yet waited for; both pointers are to live locals.
    let waited = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(waited, child.id() as libc::pid_t, "wait4");
    let status = std::process::ExitStatus::from_raw(status);
    (status.code().unwrap_or(-1), usage.ru_maxrss, started.elapsed())
}

#[test]
fn every_hostile_input_is_checked_in_bounded_memory_and_time() {
    let dir = tempfile::tempdir().expect("temp");
    let mut failures = Vec::new();
    let inputs = hostile::inputs(dir.path());
    let before = listing(dir.path());
    for input in inputs {
        let (code, peak_kib, took) = measure(&input.path);
        let line = format!("{}: exit {code}, {} MiB, {:.1} s", input.name, peak_kib / 1024, took.as_secs_f64());
        println!("{line}");
        // Exit 0 or 1: a report was written. A crash would be 101 or a signal.
        if !(code == 0 || code == 1) || peak_kib >= MEMORY_LIMIT_KIB || took > Duration::from_secs(30) {
            failures.push(line);
        }
    }
    assert!(failures.is_empty(), "over the limits (512 MiB, 30 s):\n{}", failures.join("\n"));
    // Nothing was written into any of them, nor next to them.
    assert!(listing(dir.path()) == before, "a hostile input changed");
}
