//! The `amo-preflight` command: `check` a widget headless, or print the `rules` catalogue.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use amo_preflight::report::{self, text::Colour};
use amo_preflight::rules::Status;
use amo_preflight::rules::profile::Marketplace;
use amo_preflight::rules::{catalogue, docs};

#[derive(Parser)]
#[command(
    name = "amo-preflight",
    version,
    about = "Checks an amoCRM / Kommo marketplace widget against the publication checklist",
    long_about = "Checks an amoCRM / Kommo marketplace widget against the publication checklist.\n\n\
                  Without a command it opens the app, on PATH if given; `check` runs headless.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A widget folder or .zip to open in the app.
    path: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Check a widget folder or widget.zip and report what blocks publication.
    Check {
        /// The widget: a folder, a .zip, or its manifest.json.
        path: PathBuf,
        /// Whose checklist to apply.
        #[arg(long, value_enum, default_value = "amocrm")]
        marketplace: MarketplaceArg,
        /// How to write the report.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Write the report to this file instead of the terminal.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Exit with 1 when a result is at this level or worse.
        #[arg(long, value_enum, default_value = "fail")]
        fail_on: FailOn,
        /// Open every link over the network: does it work, is the page in the text's language?
        #[arg(long)]
        links: bool,
        /// With --links: also request loopback, private and link-local addresses (intranet pages,
        /// local test servers).
        #[arg(long, requires = "links")]
        allow_private_hosts: bool,
        /// Leave out the decisions a reviewer made in the app on items checked by hand.
        #[arg(long)]
        no_review: bool,
        /// The widget's root CSS selector (e.g. `.my-widget`); found in its templates, scripts and manifest if not given.
        #[arg(long, value_name = "SELECTOR")]
        root_selector: Option<String>,
    },
    /// Print the rule catalogue: what each rule checks, what to do, why, and an example.
    Rules {
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum MarketplaceArg {
    Amocrm,
    Kommo,
}

impl From<MarketplaceArg> for Marketplace {
    fn from(m: MarketplaceArg) -> Self {
        match m {
            MarketplaceArg::Amocrm => Marketplace::Amocrm,
            MarketplaceArg::Kommo => Marketplace::Kommo,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
    Html,
    Sarif,
}

/// How `rules` prints the catalogue.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RulesFormat {
    Text,
    Json,
    /// The README's rules tables.
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Fail,
    Warn,
}

/// Exit code when the input cannot be read as a widget at all.
const EXIT_UNREADABLE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check {
            path,
            marketplace,
            format,
            output,
            fail_on,
            links,
            allow_private_hosts,
            no_review,
            root_selector,
        }) => {
            let mut options =
                amo_preflight::CheckOptions { marketplace: marketplace.into(), links: None, root_selector };
            if links {
                let mut link_options = amo_preflight::links::LinkOptions::default();
                link_options.fetch.allow_private_hosts = allow_private_hosts;
                options.links = Some(link_options);
            }
            check(path, &options, format, output, fail_on, !no_review)
        }
        Some(Command::Rules { format }) => emit(&rules(format), None),
        None => gui(cli.path),
    }
}

#[cfg(feature = "gui")]
fn gui(path: Option<PathBuf>) -> ExitCode {
    match amo_preflight::app::run(path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("amo-preflight: the window could not be opened: {e}");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn gui(_path: Option<PathBuf>) -> ExitCode {
    use clap::CommandFactory;
    let _ = Cli::command().print_help();
    ExitCode::SUCCESS
}

fn check(
    path: PathBuf,
    options: &amo_preflight::CheckOptions,
    format: Format,
    output: Option<PathBuf>,
    fail_on: FailOn,
    with_reviews: bool,
) -> ExitCode {
    // Link checks take a while: show how far they are when someone is watching.
    let show_progress = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if show_progress {
            eprint!("\rChecking links… {done}/{total}");
            if done == total {
                eprintln!();
            }
        }
    };
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let (widget, mut report) = match amo_preflight::check_path_with(&path, options, &progress, &cancel) {
        Ok(done) => done,
        Err(e) => {
            eprintln!("amo-preflight: {e}");
            return ExitCode::from(EXIT_UNREADABLE);
        }
    };
    if with_reviews && let Some(store) = amo_preflight::review::ReviewStore::in_user_data() {
        let (reviews, warning) = store.load_for(&path, &amo_preflight::review::identity(&widget));
        if let Some(warning) = warning {
            eprintln!("amo-preflight: warning: {warning}");
        }
        report.apply_reviews(&reviews);
    }
    let text = match format {
        Format::Json => report::json::write(&report),
        Format::Markdown => report::markdown::write(&report),
        Format::Sarif => report::sarif::write(&report),
        Format::Html => {
            let now = amo_preflight::review::iso_time(amo_preflight::review::now());
            report::html::write(&report, &widget, &widget.bundle.digest(), &now)
        }
        Format::Text => {
            let colour = output.is_none() && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            report::text::write(&report, if colour { Colour::On } else { Colour::Off })
        }
    };
    let threshold = match fail_on {
        FailOn::Fail => Status::Fail,
        FailOn::Warn => Status::Warn,
    };
    let written = emit(&text, output.as_ref());
    if written != ExitCode::SUCCESS {
        return written;
    }
    if report.worst() >= threshold { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// Writes to the file, or to standard output.
fn emit(text: &str, output: Option<&PathBuf>) -> ExitCode {
    let result = match output {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => std::io::stdout().write_all(text.as_bytes()).map_err(|e| format!("cannot write the report: {e}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("amo-preflight: {e}");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

fn rules(format: RulesFormat) -> String {
    match format {
        RulesFormat::Text => docs::text(),
        RulesFormat::Markdown => docs::markdown(),
        RulesFormat::Json => {
            // `implemented` is kept for readers of 0.1's catalogue, when it could be false; every
            // rule of the catalogue is checked.
            let rules: Vec<serde_json::Value> = catalogue::RULES
                .iter()
                .map(|r| {
                    let mut value = serde_json::to_value(r).unwrap_or_default();
                    value["implemented"] = true.into();
                    value
                })
                .collect();
            let catalogue = serde_json::json!({
                "rules": rules,
                "marketplaces": Marketplace::ALL.map(Marketplace::profile),
            });
            let mut text = serde_json::to_string_pretty(&catalogue).unwrap_or_default();
            text.push('\n');
            text
        }
    }
}
