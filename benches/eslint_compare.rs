//! The whole offline check against oxlint's and ESLint's `no-undef` on the same JavaScript.
//!
//! Generates a widget with a few MB of realistic widget code (RequireJS modules with callbacks,
//! jQuery calls, templates of strings) and CSS, times `amo-preflight`'s check of it, and — when
//! they are available (`OXLINT=/path/to/oxlint`, `ESLINT=/path/to/eslint`, or installed for
//! `npx`) — each linter with only `no-undef` on the same JS files. Prints MB/s and the ratios.
//! Run with `cargo bench --bench eslint_compare`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use amo_preflight::rules::profile::Marketplace;

#[path = "../tests/common/mod.rs"]
mod common;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/acme-calendar");
const JS_FILES: usize = 8;
const CSS_FILES: usize = 4;

fn module(n: usize) -> String {
    format!(
        r#"define(['jquery', 'underscore'], function ($, _) {{
  'use strict';

  // Keeps the deals of the open card in step with the calendar panel.
  var Panel{n} = function (widget) {{
    var self = this;
    var deals = [];

    this.render = function (items) {{
      var html = _.map(items, function (item) {{
        return '<li class="acme-calendar__item">' + _.escape(item.name) + '</li>';
      }}).join('');
      $('#acme-calendar-{n} .acme-calendar__list').html(html);
      return true;
    }};

    this.load = function () {{
      return widget.crm_post('/api/v4/leads', {{ limit: 50, page: {n} }}, function (data) {{
        deals = data && data._embedded ? data._embedded.leads : [];
        self.render(deals);
      }}, 'json', function () {{
        widget.showError(widget.i18n('errors').calendar_unavailable);
      }});
    }};

    this.total = function () {{
      var sum = 0;
      for (var i = 0; i < deals.length; i += 1) {{
        sum += Number(deals[i].price) || 0;
      }}
      return sum;
    }};
  }};

  return Panel{n};
}});
"#
    )
}

fn css_block(n: usize) -> String {
    format!(
        ".acme-calendar .acme-calendar__item-{n} {{ padding: 4px 8px; color: #0f766e; }}\n\
         .acme-calendar .acme-calendar__item-{n}:hover {{ background: #f0fdfa; }}\n\
         @media (max-width: 600px) {{ .acme-calendar .acme-calendar__item-{n} {{ padding: 2px; }} }}\n"
    )
}

/// Writes the widget and returns the bytes of JS and of CSS.
fn generate(dir: &Path, megabytes: usize) -> (usize, usize) {
    common::copy_dir(Path::new(EXAMPLE), dir);
    std::fs::create_dir_all(dir.join("lib")).expect("lib");
    let target = megabytes * 1024 * 1024;
    let (mut js_bytes, mut css_bytes) = (0, 0);
    for f in 0..JS_FILES {
        let mut text = String::new();
        let mut n = f * 100_000;
        while text.len() < target * 3 / 4 / JS_FILES {
            text.push_str(&module(n));
            n += 1;
        }
        js_bytes += text.len();
        std::fs::write(dir.join(format!("lib/module_{f}.js")), text).expect("js");
    }
    for f in 0..CSS_FILES {
        let mut text = String::new();
        let mut n = f * 100_000;
        while text.len() < target / 4 / CSS_FILES {
            text.push_str(&css_block(n));
            n += 1;
        }
        css_bytes += text.len();
        std::fs::write(dir.join(format!("lib/styles_{f}.css")), text).expect("css");
    }
    (js_bytes, css_bytes)
}

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// A linter to compare with: its name, how to start it, and the arguments that run only its
/// `no-undef` rule on the folder `lib` with the widget's globals.
struct Linter {
    name: &'static str,
    program: String,
    /// Arguments before the linter's own (`--no-install eslint` for npx).
    prefix: Vec<String>,
    args: Vec<String>,
}

/// ESLint with only `no-undef`: `ESLINT=/path/to/eslint`, or `npx eslint` when it is installed.
fn eslint() -> Linter {
    let args =
        ["--no-config-lookup", "--rule", r#"{"no-undef": "error"}"#, "--global", GLOBALS, "--no-warn-ignored", "lib"];
    linter("ESLint", "ESLINT", "eslint", &args)
}

/// oxlint with only `no-undef`: `OXLINT=/path/to/oxlint`, or `npx oxlint` when it is installed.
/// The widget's globals come from a config file written next to the code.
fn oxlint(dir: &Path) -> Linter {
    let globals: serde_json::Map<String, serde_json::Value> =
        GLOBALS.split(',').map(|g| (g.to_string(), "readonly".into())).collect();
    let config = serde_json::json!({"rules": {"no-undef": "error"}, "globals": globals});
    let _ = std::fs::write(dir.join("oxlintrc.json"), config.to_string());
    // As many threads as the check gets (RAYON_NUM_THREADS), so the two are compared alike.
    let threads = format!("--threads={}", rayon::current_num_threads());
    linter("oxlint", "OXLINT", "oxlint", &["-A", "all", "-D", "no-undef", &threads, "-c", "oxlintrc.json", "lib"])
}

const GLOBALS: &str = "define,require,window,document,console";

fn linter(name: &'static str, variable: &str, package: &str, args: &[&str]) -> Linter {
    let (program, prefix) = match std::env::var(variable) {
        Ok(path) => (path, Vec::new()),
        Err(_) => ("npx".to_string(), vec!["--no-install".to_string(), package.to_string()]),
    };
    Linter { name, program, prefix, args: args.iter().map(|a| a.to_string()).collect() }
}

/// The best of three runs, or `None` (with the reason) when the linter cannot run: `--version`
/// must succeed first, so a missing program is never timed as if it had linted.
fn time(linter: &Linter, dir: &Path) -> Option<Duration> {
    let command = |args: &[String]| {
        let mut c = Command::new(&linter.program);
        c.args(&linter.prefix).args(args).current_dir(dir);
        c
    };
    let version = command(&["--version".to_string()]).output().ok().filter(|o| o.status.success());
    let Some(version) = version else {
        eprintln!("{} is not available; no comparison", linter.name);
        return None;
    };
    let probe = command(&linter.args).output().ok()?;
    // Linters exit 0 (clean) or 1 (problems); anything else means it could not run.
    if !matches!(probe.status.code(), Some(0 | 1)) {
        let why = String::from_utf8_lossy(&probe.stderr).lines().next().unwrap_or_default().to_string();
        eprintln!("{} could not run: {why}", linter.name);
        return None;
    }
    eprintln!("{} {}", linter.name, String::from_utf8_lossy(&version.stdout).trim());
    Some(best_of(3, || {
        let _ = command(&linter.args).output();
    }))
}

fn main() {
    let megabytes: usize = std::env::var("BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(4);
    let dir = tempfile::tempdir().expect("temp dir");
    let (js, css) = generate(dir.path(), megabytes);
    let mb = (js + css) as f64 / 1_048_576.0;
    let ours = best_of(5, || {
        amo_preflight::check_path(dir.path(), Marketplace::Amocrm).expect("widget");
    });
    println!(
        "amo-preflight check: {:.2} MB of JS+CSS ({:.2} MB JS) in {:.1} ms = {:.1} MB/s on {} threads",
        mb,
        js as f64 / 1_048_576.0,
        ours.as_secs_f64() * 1000.0,
        mb / ours.as_secs_f64(),
        rayon::current_num_threads()
    );
    for linter in [oxlint(dir.path()), eslint()] {
        if let Some(theirs) = time(&linter, dir.path()) {
            println!(
                "{} no-undef on the same JS: {:.1} ms; amo-preflight's whole check is {:.1}x faster",
                linter.name,
                theirs.as_secs_f64() * 1000.0,
                theirs.as_secs_f64() / ours.as_secs_f64()
            );
        }
    }
}
