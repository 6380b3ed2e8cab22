//! Tesseract's TSV output read into lines: one row per page, block, paragraph, line and word
//! (`level` 1 to 5); the words of one line share their block, paragraph and line numbers.

use super::{Line, Word};
use crate::location::Region;

/// Words Tesseract is less sure of than this (0–100) are left out: below it, what it reads in
/// an icon or a chart is mostly noise.
pub const MIN_WORD_CONFIDENCE: f32 = 60.0;

/// The lines of a TSV output, in reading order, each with the words read well enough. Boxes are
/// divided by `scale`, the factor the image was resized by before reading, so they are in the
/// widget's own pixels.
pub fn lines(tsv: &str, scale: f32) -> Vec<Line> {
    let mut out: Vec<([u32; 4], Line)> = Vec::new();
    let mut paragraph = 0;
    for row in tsv.lines().skip(1) {
        let Some((key, word)) = word(row, scale) else { continue };
        match out.last_mut() {
            Some((last, line)) if *last == key && !far_apart(line, &word) => line.words.push(word),
            last => {
                // Page, block and paragraph numbers: a new paragraph when any changes, or when
                // a line goes on in another column.
                if last.is_some_and(|(k, _)| k[..3] != key[..3] || *k == key) {
                    paragraph += 1;
                }
                let line =
                    Line { text: String::new(), paragraph, confidence: 0.0, region: word.region, words: vec![word] };
                out.push((key, line));
            }
        }
    }
    out.into_iter()
        .map(|(_, mut line)| {
            line.text = line.words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
            line.confidence = line.words.iter().map(|w| w.confidence).sum::<f32>() / line.words.len() as f32;
            line.region = line.words.iter().map(|w| w.region).reduce(Region::union).unwrap_or(line.region);
            line
        })
        .collect()
}

/// Whether a word is so far right of a line's last word that it is in another column: Tesseract
/// sometimes joins a screenshot's left and right panels into one line (seen: a 947-pixel box
/// from a bank's name to a phone number across the page).
fn far_apart(line: &Line, word: &Word) -> bool {
    let Some(last) = line.words.last() else { return false };
    let gap = word.region.x.saturating_sub(last.region.x + last.region.width);
    gap > 3 * last.region.height.max(word.region.height)
}

/// One row if it is a word read well enough, with the line it belongs to.
fn word(row: &str, scale: f32) -> Option<([u32; 4], Word)> {
    let cells: Vec<&str> = row.split('\t').collect();
    let [level, page, block, par, line, _word, left, top, width, height, conf, text] = cells[..] else { return None };
    let number = |s: &str| s.trim().parse::<u32>().ok();
    let confidence: f32 = conf.trim().parse().ok()?;
    let text = text.trim();
    // Rows of levels 1–4 (pages, blocks…) have no text; marks alone (a bar, a bullet) are no word.
    if level.trim() != "5" || confidence < MIN_WORD_CONFIDENCE || !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    let unscale = |v: u32| (v as f32 / scale).round() as u32;
    let region = Region {
        x: unscale(number(left)?),
        y: unscale(number(top)?),
        width: unscale(number(width)?).max(1),
        height: unscale(number(height)?).max(1),
    };
    let key = [number(page)?, number(block)?, number(par)?, number(line)?];
    Some((key, Word { text: text.to_string(), confidence, region }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

    fn tsv(rows: &[&str]) -> String {
        std::iter::once(HEADER).chain(rows.iter().copied()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn words_of_a_line_make_one_line_with_their_box() {
        let out = tsv(&[
            "1\t1\t0\t0\t0\t0\t0\t0\t1188\t616\t-1\t",
            "4\t1\t1\t1\t1\t0\t100\t20\t300\t40\t-1\t",
            "5\t1\t1\t1\t1\t1\t100\t20\t120\t40\t96.5\tНастройки",
            "5\t1\t1\t1\t1\t2\t230\t22\t170\t36\t91.0\tвиджета",
            "5\t1\t1\t1\t2\t1\t100\t80\t60\t20\t95\tSave",
            "5\t1\t2\t1\t1\t1\t100\t300\t60\t20\t95\tCancel",
        ]);
        let lines = lines(&out, 1.0);
        assert_eq!(lines.len(), 3);
        // The first two lines are one paragraph; the third, in another block, is another.
        assert_eq!(lines.iter().map(|l| l.paragraph).collect::<Vec<_>>(), [0, 0, 1]);
        assert_eq!(lines[0].text, "Настройки виджета");
        assert_eq!(lines[0].region, Region { x: 100, y: 20, width: 300, height: 40 });
        assert!((lines[0].confidence - 93.75).abs() < 0.01);
        assert_eq!(lines[1].text, "Save");
    }

    #[test]
    fn doubtful_words_and_marks_are_left_out() {
        let out = tsv(&[
            "5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t31.2\tLOM",
            "5\t1\t1\t1\t1\t2\t40\t10\t20\t20\t95\t|",
            "5\t1\t1\t1\t1\t3\t70\t10\t20\t20\t95\tJunio",
            "5\t1\t1\t1\t1\t4\t70\t10\t20\t20\tnot a number\tJunio",
            "5\t1\t1\t1\t1",
        ]);
        let lines = lines(&out, 1.0);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text, "Junio");
    }

    #[test]
    fn a_line_across_two_columns_is_two_lines() {
        let out = tsv(&[
            "5\t1\t1\t1\t1\t1\t20\t10\t80\t20\t95\tТинькофф",
            "5\t1\t1\t1\t1\t2\t108\t10\t50\t20\t95\tБанк",
            "5\t1\t1\t1\t1\t3\t800\t10\t150\t20\t95\t+79099090909",
        ]);
        let lines = lines(&out, 1.0);
        assert_eq!(lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["Тинькофф Банк", "+79099090909"]);
        assert_ne!(lines[0].paragraph, lines[1].paragraph);
        assert_eq!(lines[0].region.width, 138);
    }

    #[test]
    fn boxes_return_to_the_image_own_pixels() {
        let out = tsv(&["5\t1\t1\t1\t1\t1\t200\t40\t100\t60\t90\tHola"]);
        assert_eq!(lines(&out, 2.0)[0].region, Region { x: 100, y: 20, width: 50, height: 30 });
    }
}
