//! The whole offline check against ESLint's `no-undef` on the same JavaScript.
//!
//! Generates a widget with a few MB of realistic widget code (RequireJS modules with callbacks,
//! jQuery calls, templates of strings) and CSS, times `amo-preflight`'s check of it, and — when
//! ESLint is available (`ESLINT=/path/to/eslint`, or `npx eslint`) — ESLint with only `no-undef`
//! on the same JS files. Prints MB/s and the ratio. Run with `cargo bench --bench eslint_compare`.

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

/// ESLint with only `no-undef`, if it can be run.
fn eslint(dir: &Path) -> Option<Duration> {
    let (program, mut args): (String, Vec<String>) = match std::env::var("ESLINT") {
        Ok(path) => (path, Vec::new()),
        Err(_) => ("npx".into(), vec!["--no-install".into(), "eslint".into()]),
    };
    args.extend(
        [
            "--no-config-lookup",
            "--rule",
            r#"{"no-undef": "error"}"#,
            "--global",
            "define,require,window,document,console",
            "--no-warn-ignored",
            "lib",
        ]
        .map(String::from),
    );
    let run = || Command::new(&program).args(&args).current_dir(dir).output().ok();
    let probe = run()?;
    // ESLint exits 0 (clean) or 1 (problems); anything else means it could not run.
    if !matches!(probe.status.code(), Some(0 | 1)) {
        eprintln!(
            "ESLint could not run: {}",
            String::from_utf8_lossy(&probe.stderr).lines().next().unwrap_or_default()
        );
        return None;
    }
    Some(best_of(3, || {
        run();
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
    match eslint(dir.path()) {
        Some(theirs) => println!(
            "ESLint no-undef on the same JS: {:.1} ms; amo-preflight's whole check is {:.1}x faster",
            theirs.as_secs_f64() * 1000.0,
            theirs.as_secs_f64() / ours.as_secs_f64()
        ),
        None => println!("ESLint not available (set ESLINT=/path/to/eslint or install it for npx); no comparison"),
    }
}
