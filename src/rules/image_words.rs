//! images.no-foreign-words: the words the image-reading stage (`crate::ocr`) found in each
//! language's slides, and in the branding images every language shows, judged the way
//! l10n.text-language judges texts — the script first, then the statistical detector on lines of
//! four words or more — after brand names, the widget's own name, links and numbers are taken
//! out. Without the stage the images are listed for a person to look at.
//!
//! Reading is not certain the way a text file is: Tesseract, given Russian data, now and then
//! reads a Latin word as Cyrillic look-alikes ("en" as "еп", "Happy" as "Нарру", "com" as "сот"
//! on real widgets' slides). So a word made only of letters with a Latin twin is not taken for
//! Cyrillic on its own, and only a word Tesseract is sure of, long enough and with a letter Latin
//! has no twin for, fails; other Cyrillic is a warning to look at, and so is every statistical
//! doubt. The detector reads a paragraph whole: a caption wrapped over short lines is a sentence.

use super::catalogue::RuleId;
use super::images::{branding_paths, present_slides};
use super::l10n::{in_language, language};
use super::texts::{Judged, MIN_WORDS_TO_GUESS, brand_words, judge};
use super::{Finding, Status};
use crate::i18n::{Msg, list};
use crate::location::Location;
use crate::msg;
use crate::ocr::{Line, Ocr, Reading, Word};
use crate::text::language::{Script, letters, prose, script_of};
use crate::widget::Widget;

const ID: RuleId = RuleId::ImagesNoForeignWords;

/// A Cyrillic word fails only when Tesseract is at least this sure of it (0–100)…
const SURE_CONFIDENCE: f32 = 85.0;
/// … and it has at least this many letters.
const SURE_LETTERS: usize = 4;
/// Cyrillic words shorter than this are not judged at all: too easily misread.
const MIN_CYRILLIC_LETTERS: usize = 3;

/// Cyrillic letters that look like a Latin one: a word made only of these may be a misread.
const LOOK_ALIKES: &str = "аеорсухвкмнтпигАВЕКМНОРСТУХПИГ";

pub fn run(widget: &Widget, ocr: &Ocr, out: &mut Vec<Finding>) {
    let names = names(widget);
    for lang in &widget.languages {
        out.extend(language_findings(widget, lang, ocr, &names));
    }
}

/// The widget's own names and brands: never a foreign word.
fn names(widget: &Widget) -> Vec<String> {
    let mut names = brand_words(widget);
    for lang in &widget.languages {
        if let Some(name) = widget.text(lang, "widget.name") {
            for word in name.value.split_whitespace() {
                let clean = word.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
                if !clean.is_empty() && !names.contains(&clean) {
                    names.push(clean);
                }
            }
        }
    }
    names
}

fn language_findings(widget: &Widget, lang: &str, ocr: &Ocr, names: &[String]) -> Vec<Finding> {
    let slides = present_slides(widget, lang);
    let Ocr::Read { images, .. } = ocr else {
        if slides.is_empty() {
            return vec![Finding::new(ID, Status::Na, msg!("images-slides-look-none")).lang(lang)];
        }
        let finding = match ocr {
            Ocr::Missing { packages } => Finding::new(ID, Status::Manual, msg!("images-words-no-reader"))
                .help(msg!("images-words-install", command = format!("sudo apt install {}", packages.join(" ")))),
            _ => Finding::new(ID, Status::Manual, msg!("images-slides-foreign-words")),
        };
        return vec![with_slides(finding.lang(lang), widget, &slides)];
    };
    let candidates = candidates(widget);
    let mut out = Vec::new();
    let (mut pending, mut failed, mut clean, mut lines_read) = (Vec::new(), Vec::new(), 0, 0);
    // A logo listed as a slide is judged as a slide, once.
    let logos = branding_paths(widget).into_iter().filter(|p| !slides.contains(p));
    let shown: Vec<(String, bool)> =
        slides.iter().map(|p| (p.clone(), true)).chain(logos.map(|p| (p, false))).collect();
    for (path, is_slide) in &shown {
        match images.get(path) {
            Some(Reading::Lines(lines)) => {
                let mut found = problems(lines, lang, &candidates, names);
                if found.is_empty() {
                    if *is_slide {
                        clean += 1;
                        lines_read += lines.len();
                    }
                    continue;
                }
                // A branding image is every language's, and its words are often a name: words
                // in one language, or in none of the widget's, are a doubt, never more.
                if !is_slide {
                    found.iter_mut().for_each(|p| p.status = Status::Warn);
                }
                out.push(image_finding(path, *is_slide, lang, found));
            }
            Some(Reading::Failed(why)) => {
                failed.push(msg!("images-words-unreadable-one", path = path, reason = why.clone()))
            }
            Some(Reading::Pending) | None => pending.push(path.clone()),
        }
    }
    if !pending.is_empty() {
        out.push(with_slides(
            Finding::new(ID, Status::Manual, msg!("images-words-pending", n = pending.len())).lang(lang),
            widget,
            &pending,
        ));
    }
    if !failed.is_empty() {
        out.push(
            Finding::new(
                ID,
                Status::Manual,
                msg!("images-words-unreadable", n = failed.len(), images = list(failed, "; ")),
            )
            .lang(lang),
        );
    }
    if out.is_empty() {
        out.push(if slides.is_empty() {
            Finding::new(ID, Status::Na, msg!("images-slides-look-none")).lang(lang)
        } else if lines_read == 0 {
            Finding::new(ID, Status::Pass, msg!("images-words-none-found", n = clean)).lang(lang)
        } else {
            // How much was read, so a reviewer sees when a pass rests on a line or two.
            let message = msg!("images-words-ok", n = clean, lines = lines_read, in_language = in_language(lang));
            Finding::new(ID, Status::Pass, message).lang(lang)
        });
    }
    out
}

/// The languages a line may be in: the widget's, and English, the language most often left in
/// screenshots.
fn candidates(widget: &Widget) -> Vec<String> {
    let mut out = widget.languages.clone();
    if !out.iter().any(|l| l == "en") {
        out.push("en".to_string());
    }
    out
}

/// The evidence for a language's images: each slide's path (and size), each logo's path.
fn with_slides(mut finding: Finding, widget: &Widget, paths: &[String]) -> Finding {
    let logos = branding_paths(widget);
    for path in paths {
        let at = Some(Location::file(path));
        if logos.contains(path) {
            finding = finding.evidence(msg!("images-evidence-branding"), path.clone(), at);
            continue;
        }
        finding = match widget.images.get(path).and_then(|f| f.size) {
            // The path and its size, "images/tour_1_en.png (1188×616)": data, no words.
            Some((a, b)) => finding.evidence(msg!("images-evidence-slide"), format!("{path} ({a}×{b})"), at),
            None => finding.evidence(msg!("images-evidence-slide-no-size"), path.clone(), at),
        };
    }
    finding
}

/// Lines of an image in another language: how sure that is, the lines, and what they are in
/// ("Cyrillic letters", "English").
struct Problem<'a> {
    status: Status,
    lines: Vec<&'a Line>,
    what: Msg,
}

/// One image's problems: the worst status, each problem's words and its lines' boxes.
fn image_finding(path: &str, is_slide: bool, lang: &str, problems: Vec<Problem>) -> Finding {
    let status = problems.iter().map(|p| p.status).max().unwrap_or(Status::Warn);
    // The same words twice on a slide (a heading repeated in two cards) are said once; each
    // keeps its box.
    let mut said: Vec<Msg> = Vec::new();
    for p in &problems {
        let words = p.lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
        let line = msg!("images-words-line", words = words, what = p.what.clone());
        if !said.contains(&line) {
            said.push(line);
        }
    }
    let message = if is_slide {
        msg!("images-words-foreign", path = path, in_language = in_language(lang), lines = list(said, "; "))
    } else {
        msg!("images-words-branding", path = path, in_language = in_language(lang), lines = list(said, "; "))
    };
    let help = if status == Status::Fail { msg!("images-words-foreign-help") } else { msg!("images-words-doubt-help") };
    let boxes = problems.iter().flat_map(|p| p.lines.iter().map(|l| Location::image_region(path, l.region)));
    Finding::new(ID, status, message).lang(lang).help(help).at_all(boxes.collect::<Vec<_>>())
}

/// What is not in `lang` among an image's lines, paragraph by paragraph: each line with Cyrillic
/// words in a Latin-script language, then the rest of the paragraph, read whole, when the
/// detector is confident it is another language.
fn problems<'a>(lines: &'a [Line], lang: &str, candidates: &[String], names: &[String]) -> Vec<Problem<'a>> {
    let mut out = Vec::new();
    for paragraph in lines.chunk_by(|a, b| a.paragraph == b.paragraph) {
        let mut rest = Vec::new();
        for line in paragraph {
            match cyrillic_in(line, lang, names) {
                Some(status) => out.push(Problem { status, lines: vec![line], what: msg!("l10n-script-cyrillic") }),
                None => rest.push(line),
            }
        }
        if let Some(what) = other_language(&rest, lang, candidates, names) {
            out.push(Problem { status: Status::Warn, lines: rest, what });
        }
    }
    out
}

/// Whether a line of a Latin-script language's image has Cyrillic words, and how sure that is.
/// Words made only of look-alikes count only beside an unmistakable one.
fn cyrillic_in(line: &Line, lang: &str, names: &[String]) -> Option<Status> {
    if script_of(lang) != Script::Latin {
        return None;
    }
    let cyrillic: Vec<&Word> = line.words.iter().filter(|w| is_cyrillic_word(&w.text, names)).collect();
    if !cyrillic.iter().any(|w| has_no_latin_twin(&w.text)) {
        return None;
    }
    let sure = cyrillic.iter().any(|w| w.confidence >= SURE_CONFIDENCE && is_unmistakable(&w.text));
    Some(if sure { Status::Fail } else { Status::Warn })
}

/// What a paragraph's words are in, when the detector is confident it is not `lang`. Cyrillic
/// left in a Latin-script language's lines is a misread (see [`cyrillic_in`]) and is left out.
fn other_language(lines: &[&Line], lang: &str, candidates: &[String], names: &[String]) -> Option<Msg> {
    let latin = script_of(lang) == Script::Latin;
    let text: Vec<&str> = lines
        .iter()
        .flat_map(|l| l.words.iter().map(|w| w.text.as_str()))
        .filter(|w| !latin || letters(w).cyrillic == 0)
        .collect();
    let text = text.join(" ");
    match judge(&text, lang, candidates, names) {
        Judged::Other { lang: other, .. } => Some(language(&other)),
        // Latin words in a Russian image are often names and interface words: a whole sentence
        // of them is a doubt, fewer are nothing.
        Judged::WrongScript(what) if prose(&text, names).split_whitespace().count() >= MIN_WORDS_TO_GUESS => Some(what),
        _ => None,
    }
}

/// A word written only in Cyrillic letters, long enough to judge, and not one of the widget's
/// names. A word mixing scripts is a misread, not a word.
fn is_cyrillic_word(word: &str, names: &[String]) -> bool {
    let clean = word.trim_matches(|c: char| !c.is_alphanumeric());
    let cyrillic = letters(clean).cyrillic;
    cyrillic >= MIN_CYRILLIC_LETTERS && cyrillic == clean.chars().count() && !names.iter().any(|n| n == clean)
}

/// A word with a letter Latin has no look-alike for.
fn has_no_latin_twin(word: &str) -> bool {
    word.chars().any(|c| c.is_alphabetic() && !LOOK_ALIKES.contains(c))
}

/// A word long enough, with a letter Latin has no look-alike for: not a misread.
fn is_unmistakable(word: &str) -> bool {
    let clean = word.trim_matches(|c: char| !c.is_alphanumeric());
    clean.chars().count() >= SURE_LETTERS && has_no_latin_twin(clean)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::location::Region;

    fn line(paragraph: u32, words: &[(&str, f32)]) -> Line {
        let region = Region { x: 0, y: paragraph * 20, width: 10, height: 10 };
        let words: Vec<Word> =
            words.iter().map(|(t, c)| Word { text: t.to_string(), confidence: *c, region }).collect();
        let text = words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
        Line { text, paragraph, confidence: 90.0, region, words }
    }

    fn statuses(lines: &[Line], lang: &str, candidates: &[&str], names: &[String]) -> Vec<Status> {
        let candidates: Vec<String> = candidates.iter().map(|c| c.to_string()).collect();
        problems(lines, lang, &candidates, names).iter().map(|p| p.status).collect()
    }

    #[test]
    fn a_sure_russian_word_in_a_latin_slide_fails() {
        let lines = [line(0, &[("Настройки", 95.0), ("виджета", 93.0)])];
        assert_eq!(statuses(&lines, "en", &["en"], &[]), [Status::Fail]);
    }

    #[test]
    fn look_alikes_are_no_cyrillic_and_doubtful_cyrillic_only_warns() {
        // Misreads seen on real slides: "en" as "еп", "Happy" as "Нарру", "com" as "сот".
        for misread in [vec![("Tus", 95.0), ("еп", 96.0)], vec![("Нарру", 92.0)], vec![("papo", 90.0), ("сот", 92.0)]]
        {
            assert_eq!(statuses(&[line(0, &misread)], "es", &["es"], &[]), [], "{misread:?}");
        }
        // Beside an unmistakable word, a look-alike word is Cyrillic too.
        let lines = [line(0, &[("Сохранить", 70.0), ("сок", 95.0)])];
        assert_eq!(statuses(&lines, "en", &["en"], &[]), [Status::Warn]);
    }

    #[test]
    fn names_and_mixed_script_misreads_are_not_foreign() {
        let names = vec!["Календарь".to_string()];
        assert_eq!(statuses(&[line(0, &[("Календарь", 96.0)])], "en", &["en"], &names), []);
        assert_eq!(statuses(&[line(0, &[("Sаve", 96.0)])], "en", &["en"], &[]), []);
    }

    #[test]
    fn an_english_sentence_in_a_russian_slide_is_a_doubt_and_a_label_is_nothing() {
        let sentence =
            [line(0, &[("Sync", 95.0), ("every", 95.0), ("calendar", 95.0), ("in", 95.0), ("seconds", 95.0)])];
        assert_eq!(statuses(&sentence, "ru", &["ru", "en"], &[]), [Status::Warn]);
        assert_eq!(statuses(&[line(0, &[("Google", 95.0), ("Calendar", 95.0)])], "ru", &["ru", "en"], &[]), []);
    }

    #[test]
    fn the_same_words_twice_are_said_once_with_both_boxes() {
        let heading = [("Choose", 95.0), ("your", 95.0), ("preferred", 95.0), ("plan", 95.0), ("today", 95.0)];
        let lines = [line(0, &heading), line(1, &heading)];
        let candidates: Vec<String> = ["en", "es"].iter().map(|c| c.to_string()).collect();
        let found = problems(&lines, "es", &candidates, &[]);
        assert_eq!(found.len(), 2);
        let finding = image_finding("images/s.png", true, "es", found);
        let message = finding.message.render(crate::i18n::Lang::En);
        assert_eq!(message.matches("Choose your preferred plan today").count(), 1, "{message}");
        assert_eq!(finding.locations.len(), 2);
    }

    #[test]
    fn a_caption_wrapped_over_short_lines_is_read_as_one_sentence() {
        let caption = [
            line(0, &[("Widget", 95.0), ("personalizado", 95.0)]),
            line(0, &[("para", 95.0), ("calcular", 95.0), ("el", 95.0)]),
            line(0, &[("presupuesto", 95.0), ("de", 95.0), ("los", 95.0)]),
            line(0, &[("clientes", 95.0), ("en", 95.0), ("segundos", 95.0)]),
        ];
        let candidates: Vec<String> = ["en", "es"].iter().map(|c| c.to_string()).collect();
        let found = problems(&caption, "en", &candidates, &[]);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].status, found[0].lines.len()), (Status::Warn, 4));
        // The same lines as separate paragraphs are each too short to judge.
        let apart: Vec<Line> =
            caption.iter().enumerate().map(|(i, l)| Line { paragraph: i as u32, ..l.clone() }).collect();
        assert!(problems(&apart, "en", &candidates, &[]).is_empty());
    }
}
