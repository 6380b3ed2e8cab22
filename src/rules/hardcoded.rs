//! l10n.hardcoded-text: texts written into the scripts and templates the widget loads, judged
//! for each declared language as the language files' texts are (`texts::judge_for_each`). A text
//! in another script that the code certainly shows (Cyrillic to English-speaking users) fails for
//! that language; what may be shown, is shown only for some languages, or only looks like another
//! language to the detector, warns. The scripts' texts are gathered by `js::ui_text`; the
//! templates' are their visible text and shown attributes, Twig taken out.

use std::collections::HashMap;

use super::js::{MAX_LISTED, MAX_LOCATIONS, ScriptFacts, ShownText};
use super::l10n::{language, percent};
use super::loads::{LoadGraph, Why};
use super::texts::{Judged, brand_words, judge_for_each};
use super::{Check, Finding, Status};
use crate::i18n::{Arg, Msg, list};
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::text::html::{collapse_whitespace, without_twig};
use crate::text::language::{Script, script_of};
use crate::widget::Widget;

const ID: RuleId = RuleId::L10nHardcodedText;
/// Characters of a text shown in a message.
const MAX_SHOWN_CHARS: usize = 60;
/// Different texts judged; the rest are not looked at.
const MAX_JUDGED: usize = 2_000;
/// Words of a text a suggested key is made of.
const KEY_WORDS: usize = 3;

pub fn run(cx: &Check, scripts: &ScriptFacts, graph: &LoadGraph, out: &mut Vec<Finding>) {
    let w = cx.widget;
    let loaded = |path: &str| graph.files.get(path).is_some_and(|why| *why != Why::NotReached);
    let mut texts: Vec<ShownText> = scripts.shown_texts.iter().filter(|t| loaded(&t.at.file)).cloned().collect();
    let templates: Vec<&String> = w.templates.keys().filter(|p| loaded(p)).collect();
    for path in &templates {
        texts.extend(template_texts(w, path));
    }
    let places = w.sources_with(crate::widget::SCRIPT_EXTENSIONS).filter(|s| loaded(&s.path)).count() + templates.len();
    let grouped = group(texts);
    let brands = brand_words(w);
    let judged: Vec<Vec<Judged>> = grouped.iter().map(|g| judge_for_each(&g.text, &w.languages, &brands)).collect();
    for (i, lang) in w.languages.iter().enumerate() {
        out.push(verdict(w, lang, places, grouped.iter().zip(judged.iter().map(|j| &j[i]))));
    }
}

/// One text and every place it is written.
struct Written {
    text: String,
    places: Vec<Location>,
    /// Certainly shown at one place at least.
    sure: bool,
}

/// The same text written at several places is one text to move. At most [`MAX_JUDGED`] texts:
/// generated code may hold millions, and each is judged for every language.
fn group(texts: Vec<ShownText>) -> Vec<Written> {
    let mut out: Vec<Written> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for t in texts {
        match index.get(&t.text) {
            Some(&i) => {
                out[i].places.push(t.at);
                out[i].sure |= t.sure;
            }
            None if out.len() < MAX_JUDGED => {
                index.insert(t.text.clone(), out.len());
                out.push(Written { text: t.text, places: vec![t.at], sure: t.sure });
            }
            None => {}
        }
    }
    out
}

/// The visible text and shown attributes of a template, Twig taken out, each where it starts.
fn template_texts(w: &Widget, path: &str) -> Vec<ShownText> {
    let (Some(html), Some(source)) = (w.templates.get(path), w.text_of(path)) else { return Vec::new() };
    html.shown_texts()
        .into_iter()
        .filter_map(|(text, at)| {
            let text = collapse_whitespace(&without_twig(text));
            text.chars().any(char::is_alphabetic).then(|| ShownText { text, at: source.location_at(at), sure: true })
        })
        .collect()
}

fn verdict<'a>(
    w: &Widget,
    lang: &str,
    places: usize,
    texts: impl Iterator<Item = (&'a Written, &'a Judged)>,
) -> Finding {
    if places == 0 {
        return Finding::new(ID, Status::Na, msg!("hardcoded-nothing-loaded")).lang(lang);
    }
    // Each text with why it is listed: the script it is written in, or the language it looks.
    let mut blocking: Vec<(&Written, Msg)> = Vec::new();
    let mut doubtful: Vec<(&Written, Msg)> = Vec::new();
    for (written, judged) in texts {
        match judged {
            Judged::WrongScript(what) if written.sure && script_of(lang) == Script::Latin => {
                blocking.push((written, what.clone()));
            }
            Judged::WrongScript(what) => doubtful.push((written, may_be(written, what.clone()))),
            Judged::Other { lang: other, confidence } => {
                let looks = msg!("hardcoded-looks", language = language(other), percent = percent(*confidence));
                doubtful.push((written, may_be(written, looks)));
            }
            Judged::Fine { .. } => {}
        }
    }
    if blocking.is_empty() && doubtful.is_empty() {
        return Finding::new(ID, Status::Pass, msg!("hardcoded-none", n = places)).lang(lang);
    }
    let message = if blocking.is_empty() {
        msg!("hardcoded-perhaps", language = language(lang), texts = listing(&doubtful))
    } else if doubtful.is_empty() {
        msg!("hardcoded-shown", language = language(lang), texts = listing(&blocking))
    } else {
        msg!(
            "hardcoded-shown-also-check",
            language = language(lang),
            texts = listing(&blocking),
            others = listing(&doubtful)
        )
    };
    let status = if blocking.is_empty() { Status::Warn } else { Status::Fail };
    let all: Vec<&Written> = blocking.iter().chain(&doubtful).map(|(w, _)| *w).collect();
    let keys: Vec<String> = all.iter().take(MAX_LISTED).map(|t| key_for(w, &t.text)).collect();
    let moves: Vec<String> = all.iter().zip(&keys).map(|(t, key)| format!("\"{}\" → {key}", short(&t.text))).collect();
    let first = keys.first().map_or("ui.text", String::as_str);
    Finding::new(ID, status, message)
        .lang(lang)
        .at_all(all.iter().flat_map(|t| t.places.iter().cloned()).take(MAX_LOCATIONS))
        .help(msg!("hardcoded-help", moves = moves.join(", "), script = script_access(first), key = first))
}

/// How a script reads a key of the language files: `self.i18n('ui').save` for `ui.save`.
fn script_access(key: &str) -> String {
    match key.split_once('.') {
        Some((top, rest)) => format!("self.i18n('{top}').{rest}"),
        None => format!("self.i18n('{key}')"),
    }
}

/// Why a text is listed, and that it may not be shown when the code is not sure it is.
fn may_be(written: &Written, why: Msg) -> Msg {
    if written.sure { why } else { msg!("hardcoded-may-be-shown", why = why) }
}

/// `"text" (file:line, why), …, and N more`, as one argument.
fn listing(items: &[(&Written, Msg)]) -> Arg {
    let mut shown: Vec<Msg> = items
        .iter()
        .take(MAX_LISTED)
        .map(|(t, why)| {
            let (text, place, why) = (short(&t.text), t.places[0].display(), why.clone());
            match t.places.len() - 1 {
                0 => msg!("hardcoded-text-at", text = text, place = place, why = why),
                more => msg!("hardcoded-text-at-more", text = text, place = place, more = more, why = why),
            }
        })
        .collect();
    let more = items.len().saturating_sub(MAX_LISTED);
    if more > 0 {
        shown.push(msg!("hardcoded-and-more", n = more));
    }
    list(shown, ", ")
}

/// A text cut to [`MAX_SHOWN_CHARS`] for a message.
fn short(text: &str) -> String {
    match text.char_indices().nth(MAX_SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// The key to move a text to: the one a language file already has for exactly this text, or a
/// new one.
fn key_for(w: &Widget, text: &str) -> String {
    w.languages
        .iter()
        .flat_map(|lang| w.text_entries(lang))
        .find(|e| e.value.as_str().is_some_and(|v| collapse_whitespace(v) == text))
        .map_or_else(|| new_key(text), |e| e.key)
}

/// A key under `ui.` made of a text's first words (`"Сохранить настройки"` →
/// `ui.sokhranit_nastroyki`).
fn new_key(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| word.chars().flat_map(latin).filter(char::is_ascii_alphanumeric).collect::<String>())
        .filter(|word| !word.is_empty())
        .take(KEY_WORDS)
        .collect();
    if words.is_empty() { "ui.text".to_string() } else { format!("ui.{}", words.join("_")) }
}

/// A letter in lower-case ASCII, as a key is written: Cyrillic transliterated, accents dropped.
fn latin(c: char) -> Vec<char> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let spelled = match lower {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "yu",
        'я' => "ya",
        'á' | 'à' | 'â' | 'ã' | 'ä' => "a",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' => "o",
        'ú' | 'ù' | 'û' | 'ü' => "u",
        'ç' => "c",
        'ñ' => "n",
        other => return vec![other],
    };
    spelled.chars().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_keys() {
        assert_eq!(new_key("Сохранить настройки виджета сейчас"), "ui.sokhranit_nastroyki_vidzheta");
        assert_eq!(new_key("Configurações salvas!"), "ui.configuracoes_salvas");
        assert_eq!(new_key("…"), "ui.text");
        assert_eq!(short(&"а".repeat(70)).chars().count(), MAX_SHOWN_CHARS + 1);
    }
}
