//! New wordings typed in the app's Texts tab, written into the language files of the new zip:
//! only the string's own bytes change, so the rest of each file stays byte for byte.

use crate::i18n::Msg;
use crate::msg;
use crate::rules::listing::Listing;
use crate::widget::Widget;
use crate::widget::i18n::is_key_like;

/// A new wording for one listing text of one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    pub lang: String,
    pub listing: Listing,
    pub text: String,
}

/// The language file at `path` (`i18n/<lang>.json`, as `bytes`) with the new wordings of its
/// language put in, and what was put in; `None` when no wording applies to it.
pub fn apply(widget: &Widget, path: &str, bytes: &[u8], wordings: &[Wording]) -> Option<(Vec<u8>, Vec<Msg>)> {
    let lang = path.strip_prefix("i18n/")?.strip_suffix(".json")?;
    let file = widget.i18n.get(lang)?.ok()?;
    let mut replacements = Vec::new();
    let mut done = Vec::new();
    for w in wordings.iter().filter(|w| w.lang == lang) {
        // The manifest names the key (`"widget.name"`); a text written in the manifest itself
        // is not a language file's.
        let Some(key) = widget.manifest_value(w.listing.manifest_path()).and_then(|v| v.as_str()) else { continue };
        let Some(value) = is_key_like(key).then(|| file.root.lookup(key)).flatten() else { continue };
        if value.as_str().is_none_or(|old| old == w.text) {
            continue;
        }
        replacements.push((value.span, serde_json::to_string(&w.text).unwrap_or_default()));
        done.push(msg!("fix-reworded", key = key));
    }
    if replacements.is_empty() {
        return None;
    }
    replacements.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut text = file.source.text.to_string();
    for (span, quoted) in replacements {
        text.replace_range(span.start..span.end, &quoted);
    }
    // The byte order mark, if there was one, is the text encoder's to remove and say so.
    let bom: &[u8] = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) { &[0xEF, 0xBB, 0xBF] } else { &[] };
    Some(([bom, text.as_bytes()].concat(), done))
}
