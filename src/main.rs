//! The `amo-preflight` command: `check` a widget headless, or print the `rules` catalogue.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use amo_preflight::i18n::Lang;
use amo_preflight::report;
use amo_preflight::report::text::{Colour, Detail};
use amo_preflight::rules::Status;
use amo_preflight::rules::catalogue::Field;
use amo_preflight::rules::profile::Marketplace;
use amo_preflight::rules::{catalogue, docs};

// The shape of the command line. Its words — about, every option's help, the headings — are
// the message catalogue's (`locales/<language>/cli.ftl`), put in by `command` below.
#[derive(Parser)]
#[command(name = "amo-preflight", version = env!("AMO_PREFLIGHT_VERSION"), args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    path: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    Check {
        #[arg(required = true, num_args = 1..)]
        path: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "amocrm")]
        marketplace: MarketplaceArg,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        #[arg(long, short)]
        output: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "fail")]
        fail_on: FailOn,
        #[arg(long)]
        links: bool,
        #[arg(long, requires = "links")]
        allow_private_hosts: bool,
        #[arg(long)]
        no_review: bool,
        #[arg(long)]
        no_ocr: bool,
        #[arg(long, value_name = "SELECTOR")]
        root_selector: Option<String>,
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        #[arg(long, short, conflicts_with = "quiet")]
        verbose: bool,
        #[arg(long, short)]
        quiet: bool,
    },
    Rules {
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    Fix {
        path: PathBuf,
        #[arg(long, short)]
        output: PathBuf,
        #[arg(long, value_enum, default_value = "amocrm")]
        marketplace: MarketplaceArg,
        #[arg(long, value_name = "GLOB")]
        keep: Vec<String>,
        #[arg(long)]
        dry_run: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: FixFormat,
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    Man {
        #[arg(long, value_name = "DIR")]
        output_dir: Option<PathBuf>,
    },
}

/// How `fix` reports what it did.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FixFormat {
    Text,
    Json,
}

/// The command line with its help in `lang`: `cli-about`, `cli-<command>-about`, and
/// `cli-<command>-<option>` for every option (`cli-app-<option>` at the top level).
fn command(lang: Lang) -> clap::Command {
    let t = |id: &str| lang.text(id, &[]);
    let template = format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}", t("cli-usage"));
    // clap's own -h and -V, with help in the catalogue's words.
    let flag = |name: &'static str, short: char, action: clap::ArgAction, help: &str| {
        clap::Arg::new(name).short(short).long(name).action(action).help(t(help)).help_heading(t("cli-options"))
    };
    let words = |mut cmd: clap::Command, name: &str| {
        let ids: Vec<(String, bool, bool)> = cmd
            .get_arguments()
            .map(|a| (a.get_id().to_string(), a.is_positional(), a.get_action().takes_values()))
            .collect();
        for (id, positional, takes_values) in ids {
            let help = lang.text(&format!("cli-{name}-{}", id.replace('_', "-")), &[]);
            let heading = t(if positional { "cli-arguments" } else { "cli-options" });
            cmd = cmd.mut_arg(id, |a| {
                let a = a.help(help).help_heading(heading);
                // Choices and defaults are written in the help's own words.
                if takes_values { a.hide_default_value(true).hide_possible_values(true) } else { a }
            });
        }
        cmd.help_template(&template).disable_help_flag(true).arg(flag("help", 'h', clap::ArgAction::Help, "cli-help"))
    };
    let top = words(Cli::command(), "app")
        .about(t("cli-about"))
        .long_about(t("cli-long-about"))
        .subcommand_help_heading(t("cli-commands"))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(flag("version", 'V', clap::ArgAction::Version, "cli-version"));
    top.mut_subcommand("check", |c| words(c, "check").about(t("cli-check-about")))
        .mut_subcommand("rules", |c| words(c, "rules").about(t("cli-rules-about")))
        .mut_subcommand("fix", |c| words(c, "fix").about(t("cli-fix-about")))
        .mut_subcommand("completions", |c| words(c, "completions").about(t("cli-completions-about")))
        .mut_subcommand("man", |c| words(c, "man").about(t("cli-man-about")))
}

/// The language the person asked for with `--lang`, read before the command line is parsed so
/// that its help and errors are in it too; the system's otherwise.
fn asked_language() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let value = args.iter().enumerate().find_map(|(i, a)| match a.strip_prefix("--lang") {
        Some("") => args.get(i + 1).cloned(),
        Some(rest) => rest.strip_prefix('=').map(str::to_string),
        None => None,
    });
    value.as_deref().and_then(Lang::from_code).unwrap_or_else(Lang::system)
}

/// The languages a report can be written in.
#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    En,
    Ru,
    Es,
    Pt,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::En => Lang::En,
            LangArg::Ru => Lang::Ru,
            LangArg::Es => Lang::Es,
            LangArg::Pt => Lang::Pt,
        }
    }
}

/// The language asked for, else the system's for people and English for machines, so that tools
/// reading JSON or SARIF get the same words wherever they run.
fn language(asked: Option<LangArg>, for_machines: bool) -> Lang {
    match asked {
        Some(lang) => lang.into(),
        None if for_machines => Lang::En,
        None => Lang::system(),
    }
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

/// How `rules` prints the catalogue (Markdown: the README's rules tables).
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RulesFormat {
    Text,
    Json,
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
    let matches = command(asked_language()).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
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
            no_ocr,
            root_selector,
            lang,
            verbose,
            quiet,
        }) => {
            // What the command says on the terminal is for the person running it.
            let speak = language(lang, false);
            let lang = language(lang, matches!(format, Format::Json | Format::Sarif));
            // The words in images are read unless asked not to; without Tesseract the rule says
            // how to install it.
            let ocr = (!no_ocr).then(amo_preflight::ocr::OcrOptions::default);
            let mut options =
                amo_preflight::CheckOptions { marketplace: marketplace.into(), links: None, ocr, root_selector, lang };
            if links {
                let mut link_options = amo_preflight::links::LinkOptions::default();
                link_options.fetch.allow_private_hosts = allow_private_hosts;
                options.links = Some(link_options);
            }
            let detail = match (quiet, verbose) {
                (true, _) => Detail::Summary,
                (_, true) => Detail::Everything,
                _ => Detail::Problems,
            };
            check_all(&path, &options, Shown { format, detail, output }, fail_on, !no_review, speak)
        }
        Some(Command::Fix { path, output, marketplace, keep, dry_run, format, lang }) => {
            let speak = language(lang, false);
            let lang = language(lang, format == FixFormat::Json);
            let options = amo_preflight::CheckOptions { marketplace: marketplace.into(), lang, ..Default::default() };
            fix(&path, &output, &options, &keep, dry_run, format, speak)
        }
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command(asked_language()), "amo-preflight", &mut script);
            generated(std::io::stdout().write_all(&script), None)
        }
        Some(Command::Man { output_dir }) => man(output_dir),
        Some(Command::Rules { format, lang }) => {
            emit(&rules(format, language(lang, format == RulesFormat::Json)), None, language(lang, false))
        }
        None => gui(cli.path),
    }
}

/// The man pages, from the same definition as `--help`: the main page on standard output, or a
/// page for the command and each subcommand written into `dir`.
fn man(dir: Option<PathBuf>) -> ExitCode {
    let command = command(asked_language());
    match &dir {
        Some(dir) => {
            generated(std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(command, dir)), Some(dir))
        }
        None => generated(clap_mangen::Man::new(command).render(&mut std::io::stdout()), None),
    }
}

/// How writing a man page or completions to `dir` (standard output when `None`) ended.
fn generated(written: std::io::Result<()>, dir: Option<&PathBuf>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // `amo-preflight man | head` closes the pipe early: nothing went wrong.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let place = dir.map_or_else(|| "-".to_string(), |d| d.display().to_string());
            let error = asked_language()
                .text("cli-cannot-write-file", &[("path", place.into()), ("error", e.to_string().into())]);
            eprintln!("amo-preflight: {error}");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

#[cfg(feature = "gui")]
fn gui(path: Option<PathBuf>) -> ExitCode {
    match amo_preflight::app::run(path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let error = e.to_string();
            eprintln!("amo-preflight: {}", Lang::system().text("cli-no-window", &[("error", error.into())]));
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn gui(_path: Option<PathBuf>) -> ExitCode {
    let _ = command(asked_language()).print_help();
    ExitCode::SUCCESS
}

/// How `check` shows its reports.
struct Shown {
    format: Format,
    detail: Detail,
    output: Option<PathBuf>,
}

/// Checks each widget in turn; the exit code is the worst of them. Several widgets are for the
/// text and Markdown reports, to the terminal, and the text ends with a line per widget.
fn check_all(
    paths: &[PathBuf],
    options: &amo_preflight::CheckOptions,
    shown: Shown,
    fail_on: FailOn,
    with_reviews: bool,
    lang: Lang,
) -> ExitCode {
    let one_document = matches!(shown.format, Format::Json | Format::Sarif | Format::Html);
    if paths.len() > 1 && (one_document || shown.output.is_some()) {
        eprintln!("amo-preflight: {}", lang.text("cli-one-widget-only", &[]));
        return ExitCode::from(EXIT_UNREADABLE);
    }
    let mut worst = 0;
    let mut summaries = Vec::new();
    let several = paths.len() > 1 && shown.detail != Detail::Summary;
    for path in paths {
        let (code, summary) = check(path, options, &shown, fail_on, with_reviews, lang);
        // A blank line after each report that was written, before the next one.
        if several && code != EXIT_UNREADABLE {
            println!();
        }
        worst = worst.max(code);
        summaries.push(summary);
    }
    if several && shown.format == Format::Text {
        for line in summaries {
            println!("{line}");
        }
    }
    ExitCode::from(worst)
}

/// Checks one widget and writes its report: the exit code (0, 1 at `fail_on` or worse, 2 when it
/// cannot be read or the report written) and its summary line (or why it could not be read).
fn check(
    path: &std::path::Path,
    options: &amo_preflight::CheckOptions,
    shown: &Shown,
    fail_on: FailOn,
    with_reviews: bool,
    lang: Lang,
) -> (u8, String) {
    // Link checks and reading images take a while: show how far they are when someone is
    // watching.
    let show_progress = std::io::stderr().is_terminal();
    let progress = |stage: amo_preflight::Stage, done: usize, total: usize| {
        if show_progress {
            let id = match stage {
                amo_preflight::Stage::Links => "cli-checking-links",
                amo_preflight::Stage::Images => "cli-reading-images",
            };
            eprint!("\r{}", lang.text(id, &[("done", done.into()), ("total", total.into())]));
            if done == total {
                eprintln!();
            }
        }
    };
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let (widget, mut report) = match amo_preflight::check_path_with(path, options, &progress, &cancel) {
        Ok(done) => done,
        Err(e) => {
            let said = e.message().render(options.lang);
            eprintln!("amo-preflight: {said}");
            return (EXIT_UNREADABLE, said);
        }
    };
    if with_reviews && let Some(store) = amo_preflight::review::ReviewStore::in_user_data() {
        let (reviews, warning) = store.load_for(path, &amo_preflight::review::identity(&widget));
        if let Some(warning) = warning {
            eprintln!("amo-preflight: {}", lang.text("cli-warning", &[("warning", warning.into())]));
        }
        report.apply_reviews(&reviews);
    }
    let colour = if shown.output.is_none() && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
    {
        Colour::On
    } else {
        Colour::Off
    };
    let text = match shown.format {
        Format::Json => report::json::write(&report),
        Format::Markdown => report::markdown::write(&report),
        Format::Sarif => report::sarif::write(&report),
        Format::Html => {
            let now = amo_preflight::review::iso_time(amo_preflight::review::now());
            report::html::write(&report, &widget, &widget.bundle.digest(), &now)
        }
        Format::Text => report::text::write(&report, colour, shown.detail),
    };
    let threshold = match fail_on {
        FailOn::Fail => Status::Fail,
        FailOn::Warn => Status::Warn,
    };
    let summary = report::text::summary_line(&report, colour);
    if emit(&text, shown.output.as_ref(), lang) != ExitCode::SUCCESS {
        return (EXIT_UNREADABLE, summary);
    }
    (u8::from(report.worst() >= threshold), summary)
}

/// Makes the new zip (unless `dry_run`) and says what changed and what is left; exit 2 when the
/// input is not a widget or the zip would overwrite it.
fn fix(
    path: &std::path::Path,
    output: &std::path::Path,
    options: &amo_preflight::CheckOptions,
    keep: &[String],
    dry_run: bool,
    format: FixFormat,
    speak: Lang,
) -> ExitCode {
    use amo_preflight::fix;
    let fail = |why: amo_preflight::i18n::Msg| {
        eprintln!("amo-preflight: {}", why.render(speak));
        ExitCode::from(EXIT_UNREADABLE)
    };
    if let Some(why) = fix::refuse(path, output) {
        return fail(why);
    }
    let fixed = match fix::fix(path, output, options, keep, &[]) {
        Ok(fixed) => fixed,
        Err(why) => return fail(why),
    };
    if !dry_run && let Err(why) = fix::archive::write_beside(output, &fixed.zip) {
        return fail(why);
    }
    let shown = output.display().to_string();
    let text = match format {
        FixFormat::Text => fix::summary::text(&fixed, &shown, !dry_run, options.lang),
        FixFormat::Json => fix::summary::json(&fixed, &shown, !dry_run, options.lang),
    };
    emit(&text, None, speak)
}

/// Writes to the file, or to standard output; says why it could not, in `lang`.
fn emit(text: &str, output: Option<&PathBuf>, lang: Lang) -> ExitCode {
    let result = match output {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            lang.text(
                "cli-cannot-write-file",
                &[("path", path.display().to_string().into()), ("error", e.to_string().into())],
            )
        }),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| lang.text("cli-cannot-write-report", &[("error", e.to_string().into())])),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("amo-preflight: {e}");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

fn rules(format: RulesFormat, lang: Lang) -> String {
    match format {
        RulesFormat::Text => docs::text(lang),
        RulesFormat::Markdown => docs::markdown(lang),
        RulesFormat::Json => {
            // `implemented` is kept for readers of 0.1's catalogue, when it could be false; every
            // rule of the catalogue is checked.
            let rules: Vec<serde_json::Value> = catalogue::RULES
                .iter()
                .map(|r| {
                    let mut value = serde_json::to_value(r).unwrap_or_default();
                    value["implemented"] = true.into();
                    // The texts in the language asked for (English unless `--lang` says).
                    for (key, field) in
                        [("title", Field::Title), ("help", Field::Help), ("why", Field::Why), ("source", Field::Source)]
                    {
                        value[key] = r.text(field, lang).into();
                    }
                    value["example"]["bad"] = r.text(Field::Bad, lang).into();
                    value["example"]["good"] = r.text(Field::Good, lang).into();
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
