//! `amo-preflight fix`: a new widget.zip with what a machine can fix, fixed, and the input never
//! touched. What to leave out comes from the check's own findings (`files.dev-junk`, and
//! `files.unused` when the load graph proves nothing loads a file), so no rule is written twice;
//! text files are re-encoded by [`text`]; the zip is written by [`archive`], the same bytes for
//! the same files.

pub mod archive;
mod images;
mod keep;
pub mod summary;
pub mod text;
pub mod wording;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::bundle::{Bundle, Limits, SourceKind};
use crate::i18n::{Lang, Msg};
use crate::msg;
use crate::report::Report;
use crate::rules::Status;
use crate::widget::Widget;

/// One change the fix makes, or could not make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The zip held the widget in a folder: its files now sit at the zip's root.
    Unwrapped { folder: String },
    /// A file (or folder, ending in `/`) that does not go into the new zip, and why.
    LeftOut { path: String, why: Msg },
    /// A file the check would leave out, kept because `--keep` (or the app) says so.
    Kept { path: String, why: Msg },
    /// A text file re-encoded: what was done.
    Reencoded { path: String, done: Vec<Msg> },
    /// A language file with new wordings: which texts.
    Reworded { path: String, done: Vec<Msg> },
    /// An image made right (resized, converted, moved or generated) from the widget's file
    /// `from`: what was done.
    Image { path: String, from: String, done: Vec<Msg> },
    /// A file copied as it is although something in it is wrong, for a person to fix.
    NotFixed { path: String, why: Msg },
}

impl Change {
    /// The file or folder the change is about.
    pub fn path(&self) -> &str {
        match self {
            Change::Unwrapped { folder } => folder,
            Change::LeftOut { path, .. }
            | Change::Kept { path, .. }
            | Change::Reencoded { path, .. }
            | Change::Reworded { path, .. }
            | Change::Image { path, .. }
            | Change::NotFixed { path, .. } => path,
        }
    }

    /// The change in words, in a language.
    pub fn describe(&self, lang: Lang) -> String {
        let said = match self {
            Change::Unwrapped { folder } => msg!("fix-unwrapped", folder = folder),
            Change::LeftOut { path, why } => msg!("fix-left-out", path = path, why = why.clone()),
            Change::Kept { path, why } => msg!("fix-kept", path = path, why = why.clone()),
            Change::Reencoded { path, done } | Change::Reworded { path, done } | Change::Image { path, done, .. } => {
                msg!("fix-reencoded", path = path, done = crate::i18n::list(done.clone(), "; "))
            }
            Change::NotFixed { path, why } => msg!("fix-not-fixed", path = path, why = why.clone()),
        };
        said.render(lang)
    }

    /// The kind of change, as written in JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            Change::Unwrapped { .. } => "unwrapped",
            Change::LeftOut { .. } => "left-out",
            Change::Kept { .. } => "kept",
            Change::Reencoded { .. } => "reencoded",
            Change::Reworded { .. } => "reworded",
            Change::Image { .. } => "image",
            Change::NotFixed { .. } => "not-fixed",
        }
    }
}

/// What the new zip holds, and every change on the way.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Path in the new zip → bytes.
    pub files: BTreeMap<String, Vec<u8>>,
    pub changes: Vec<Change>,
}

/// The first step of the plan for a checked widget (`report` is its check, `keep` the globs of
/// files to keep, `wordings` the new texts typed in the app): the zip unwrapped, development
/// leftovers and build tooling left out, new wordings put in, text files re-encoded. Files nothing loads are left out by [`leave_out_unused`], after the
/// re-encoded files are checked again: a template that was UTF-16 may be what shows an image.
pub fn plan(widget: &Widget, report: &Report, keep: &[String], wordings: &[wording::Wording]) -> Plan {
    let bundle = &widget.bundle;
    let mut plan = Plan::default();
    if bundle.kind == SourceKind::Zip
        && let Some(folder) = &bundle.root_folder
    {
        plan.changes.push(Change::Unwrapped { folder: folder.clone() });
    }
    let junk = listed(report, "files.dev-junk", &[Status::Fail, Status::Warn]);
    let mut left_folders: Vec<&str> = Vec::new();
    for (path, file) in &bundle.files {
        if let Some(listed) = junk.iter().find(|p| covers(p, path)) {
            if keep.iter().any(|g| keep::matches(g, path)) {
                plan.changes.push(Change::Kept { path: path.clone(), why: msg!("fix-why-junk") });
            } else {
                if !bundle.folders.contains(listed.as_str()) {
                    plan.changes.push(Change::LeftOut { path: path.clone(), why: msg!("fix-why-junk") });
                } else if !left_folders.contains(&listed.as_str()) {
                    // A folder is listed once, not file by file.
                    left_folders.push(listed);
                    plan.changes.push(Change::LeftOut { path: format!("{listed}/"), why: msg!("fix-why-junk") });
                }
                continue;
            }
        }
        let Some(bytes) = file.bytes.as_deref() else {
            plan.changes.push(Change::LeftOut { path: path.clone(), why: msg!("fix-why-not-read") });
            continue;
        };
        let reworded = wording::apply(widget, path, bytes, wordings);
        let bytes = match reworded {
            Some((new, done)) => {
                plan.changes.push(Change::Reworded { path: path.clone(), done });
                std::borrow::Cow::Owned(new)
            }
            None => std::borrow::Cow::Borrowed(bytes),
        };
        let bytes = match text::normalize(path, &bytes) {
            text::Outcome::Same => bytes.to_vec(),
            text::Outcome::Changed(new, done) => {
                plan.changes.push(Change::Reencoded { path: path.clone(), done });
                new
            }
            text::Outcome::Unsure(why) => {
                plan.changes.push(Change::NotFixed { path: path.clone(), why });
                bytes.to_vec()
            }
        };
        plan.files.insert(path.clone(), bytes);
    }
    plan
}

/// Leaves out the files the check of the planned zip proves nothing loads (`files.unused` as a
/// warning: with a module named at run time it is only "may be used", and they stay).
pub fn leave_out_unused(plan: &mut Plan, report: &Report, keep: &[String]) {
    for path in listed(report, "files.unused", &[Status::Warn]) {
        if keep.iter().any(|g| keep::matches(g, &path)) {
            plan.changes.push(Change::Kept { path, why: msg!("fix-why-unused") });
        } else if plan.files.remove(&path).is_some() {
            plan.changes.retain(|c| c.path() != path);
            plan.changes.push(Change::LeftOut { path, why: msg!("fix-why-unused") });
        }
    }
}

/// The files (and folders) a rule's results of these statuses point at as a whole.
fn listed(report: &Report, rule: &str, statuses: &[Status]) -> Vec<String> {
    let results = report.results.iter().filter(|r| r.rule == rule && statuses.contains(&r.status));
    results.flat_map(|r| &r.locations).filter(|l| l.line.is_none()).map(|l| l.file.clone()).collect()
}

/// Whether a listed file or folder is `path` or holds it. The junk rule lists folders without
/// their `/`.
fn covers(listed: &str, path: &str) -> bool {
    path == listed || path.strip_prefix(listed).is_some_and(|rest| rest.starts_with('/'))
}

/// Why the fix cannot write where it was asked to.
pub fn refuse(input: &Path, output: &Path) -> Option<Msg> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (input, output) = (absolute(input), absolute(output));
    let input_folder = if input.is_dir() { Some(input.clone()) } else { None };
    let same = output == input
        || std::fs::canonicalize(&output).ok().is_some_and(|o| std::fs::canonicalize(&input).ok() == Some(o));
    if same {
        return Some(msg!("fix-refuse-overwrite", path = output.display().to_string()));
    }
    if let Some(folder) = input_folder {
        let parent = output.parent().map(absolute).and_then(|p| std::fs::canonicalize(&p).ok().or(Some(p)));
        let folder = std::fs::canonicalize(&folder).unwrap_or(folder);
        if parent.is_some_and(|p| p.starts_with(&folder)) {
            return Some(msg!(
                "fix-refuse-inside",
                path = output.display().to_string(),
                folder = folder.display().to_string()
            ));
        }
    }
    None
}

/// The outcome of a fix, for the command line and the app.
#[derive(Debug, Clone)]
pub struct Fixed {
    pub plan: Plan,
    /// The new zip's bytes and their SHA-256.
    pub zip: Vec<u8>,
    pub sha256: String,
    /// The check before and of the new zip.
    pub before: Report,
    pub after: Report,
}

/// Checks the widget at `input`, plans the fix, builds the zip and checks it as `output` (its
/// name in the new report). Nothing is written: [`archive::write_beside`] writes the zip where
/// the user asked.
pub fn fix(
    input: &Path,
    output: &Path,
    options: &crate::CheckOptions,
    keep: &[String],
    wordings: &[wording::Wording],
) -> Result<Fixed, Msg> {
    let no_cancel = std::sync::atomic::AtomicBool::new(false);
    let (widget, before) =
        crate::check_path_with(input, options, &|_, _, _| {}, &no_cancel).map_err(|e| e.message())?;
    let check_zip = |zip: &[u8]| -> Result<Report, Msg> {
        let bundle = Bundle::from_zip_bytes(output, zip, &Limits::default()).map_err(|e| e.message())?;
        Ok(crate::check_bundle(&output.display().to_string(), bundle, options, &|_, _, _| {}, &no_cancel).1)
    };
    let mut plan = plan(&widget, &before, keep, wordings);
    images::fix(&widget, options.marketplace.profile(), &mut plan);
    let mut zip = archive::build(&plan.files)?;
    let mut after = check_zip(&zip)?;
    // Files nothing loads are judged on the planned zip; when some are left out, the zip is
    // built and checked again.
    let planned = plan.files.len();
    leave_out_unused(&mut plan, &after, keep);
    if plan.files.len() != planned {
        zip = archive::build(&plan.files)?;
        after = check_zip(&zip)?;
    }
    let sha256 = archive::sha256(&zip);
    Ok(Fixed { plan, zip, sha256, before, after })
}

/// A change as written in the JSON of `fix --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeEntry {
    pub kind: &'static str,
    pub path: String,
    /// The widget's file an image was made from, when it is another file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub message: String,
}

impl Fixed {
    /// The changes for JSON, in a language.
    pub fn entries(&self, lang: Lang) -> Vec<ChangeEntry> {
        self.plan
            .changes
            .iter()
            .map(|c| ChangeEntry {
                kind: c.kind(),
                path: c.path().to_string(),
                from: match c {
                    Change::Image { path, from, .. } if from != path => Some(from.clone()),
                    _ => None,
                },
                message: c.describe(lang),
            })
            .collect()
    }
}
