//! What `amo-preflight fix` prints: the zip written (or that would be), every change, and the
//! check before → after with what is left for a person, as text or as JSON.

use std::fmt::Write;

use serde_json::json;

use super::Fixed;
use crate::i18n::Lang;
use crate::msg;
use crate::report::ResultEntry;
use crate::rules::Status;

/// The results a person must still act on in the new zip: the problems (an item of the
/// checklist may have several, e.g. one per image).
fn left(fixed: &Fixed) -> Vec<&ResultEntry> {
    fixed.after.results.iter().filter(|r| r.status == Status::Fail).collect()
}

/// The summary for a terminal.
pub fn text(fixed: &Fixed, output: &str, written: bool, lang: Lang) -> String {
    let mut out = String::new();
    let files = fixed.plan.files.len();
    let head = if written {
        msg!("fix-written", path = output, files = files, sha256 = &fixed.sha256)
    } else {
        msg!("fix-dry-run", path = output, files = files, sha256 = &fixed.sha256)
    };
    let _ = writeln!(out, "{}", head.render(lang));
    if fixed.plan.changes.is_empty() {
        let _ = writeln!(out, "{}", msg!("fix-no-changes").render(lang));
    } else {
        let _ = writeln!(out, "\n{}", msg!("fix-changes", n = fixed.plan.changes.len()).render(lang));
        for change in &fixed.plan.changes {
            let _ = writeln!(out, "  - {}", change.describe(lang));
        }
    }
    let (before, after) = (fixed.before.reviewed_verdict().problems, fixed.after.reviewed_verdict().problems);
    let _ = writeln!(out, "\n{}", msg!("fix-before-after", before = before, after = after).render(lang));
    let left = left(fixed);
    if left.is_empty() {
        let _ = writeln!(out, "{}", msg!("fix-after-none").render(lang));
    } else {
        let _ = writeln!(out, "{}", msg!("fix-after-left", n = after).render(lang));
        for r in left {
            let language = r.lang.as_ref().map(|l| format!(" [{l}]")).unwrap_or_default();
            let _ = writeln!(out, "  ✗ {}{language}  {}\n      → {}", r.rule, r.message, r.help);
        }
    }
    out
}

/// The summary as JSON (schema `amo-preflight.fix/1`): the changes, the zip, and the whole
/// report of the new zip.
pub fn json(fixed: &Fixed, output: &str, written: bool, lang: Lang) -> String {
    let value = json!({
        "schema": "amo-preflight.fix/1",
        "language": lang.code(),
        "output": output,
        "written": written,
        "sha256": fixed.sha256,
        "files": fixed.plan.files.keys().collect::<Vec<_>>(),
        "changes": fixed.entries(lang),
        "before": {"problems": fixed.before.reviewed_verdict().problems, "summary": fixed.before.summary},
        "after": fixed.after,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
