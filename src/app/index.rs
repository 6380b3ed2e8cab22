//! A report's results looked up by where the panels show them — by checklist cell (rule and
//! language) and by text line — built once when the report arrives, so drawing a frame looks
//! cells up instead of scanning every result for every cell.

use std::collections::HashMap;

use crate::report::{Report, ResultEntry};
use crate::rules::Status;

/// The results of one checklist cell: one rule, for the widget (`lang: None`) or one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub lang: Option<String>,
    /// Positions in `report.results`, in report order.
    pub results: Vec<usize>,
    /// The worst status among them.
    pub worst: Status,
}

/// Everything the report says about one rule.
#[derive(Debug, Default)]
struct RuleResults {
    /// Positions in `report.results`, in report order.
    results: Vec<usize>,
    /// One per language the rule has results for (a handful), so a linear search is quickest.
    cells: Vec<Cell>,
}

/// The results of one report by rule and language, and the problems by text line.
#[derive(Debug, Default)]
pub struct ResultIndex {
    rules: HashMap<&'static str, RuleResults>,
    /// Failures and warnings by (file, line) of their locations, in report order.
    problems_at: HashMap<(String, usize), Vec<usize>>,
}

impl ResultIndex {
    /// Indexes a report's results.
    pub fn new(report: &Report) -> ResultIndex {
        let mut index = ResultIndex::default();
        for (i, result) in report.results.iter().enumerate() {
            let rule = index.rules.entry(result.rule).or_default();
            rule.results.push(i);
            match rule.cells.iter_mut().find(|c| c.lang == result.lang) {
                Some(cell) => {
                    cell.results.push(i);
                    cell.worst = cell.worst.max(result.status);
                }
                None => rule.cells.push(Cell { lang: result.lang.clone(), results: vec![i], worst: result.status }),
            }
            if matches!(result.status, Status::Fail | Status::Warn) {
                index.add_problem(i, result);
            }
        }
        index
    }

    /// Files a failure or warning under each line it points at, once per line.
    fn add_problem(&mut self, i: usize, result: &ResultEntry) {
        for location in &result.locations {
            let Some(line) = location.line else { continue };
            let at = self.problems_at.entry((location.file.clone(), line)).or_default();
            if at.last() != Some(&i) {
                at.push(i);
            }
        }
    }

    /// Whether the report has any result for a rule.
    pub fn has_rule(&self, rule: &str) -> bool {
        self.rules.contains_key(rule)
    }

    /// Every result of a rule, in report order.
    pub fn rule_results<'r>(&self, report: &'r Report, rule: &str) -> impl Iterator<Item = &'r ResultEntry> {
        let positions = self.rules.get(rule).map_or(&[][..], |r| &r.results);
        positions.iter().filter_map(|&i| report.results.get(i))
    }

    /// A checklist cell, when the rule has results there.
    pub fn cell(&self, rule: &str, lang: Option<&str>) -> Option<&Cell> {
        self.rules.get(rule)?.cells.iter().find(|c| c.lang.as_deref() == lang)
    }

    /// The worst status of a checklist cell; `None` when the rule has no result there.
    pub fn worst(&self, rule: &str, lang: Option<&str>) -> Option<Status> {
        self.cell(rule, lang).map(|c| c.worst)
    }

    /// The results of a checklist cell, in report order.
    pub fn cell_results<'r>(
        &self,
        report: &'r Report,
        rule: &str,
        lang: Option<&str>,
    ) -> impl Iterator<Item = &'r ResultEntry> {
        let positions = self.cell(rule, lang).map_or(&[][..], |c| &c.results);
        positions.iter().filter_map(|&i| report.results.get(i))
    }

    /// The results in one language of the rules `wanted` picks, in report order.
    pub fn results_where<'r>(
        &self,
        report: &'r Report,
        wanted: impl Fn(&str) -> bool,
        lang: Option<&str>,
    ) -> Vec<&'r ResultEntry> {
        let mut positions: Vec<usize> = self
            .rules
            .iter()
            .filter(|(rule, _)| wanted(rule))
            .filter_map(|(_, r)| r.cells.iter().find(|c| c.lang.as_deref() == lang))
            .flat_map(|c| c.results.iter().copied())
            .collect();
        positions.sort_unstable();
        positions.iter().filter_map(|&i| report.results.get(i)).collect()
    }

    /// The failures and warnings that point at a line of a file, in report order.
    pub fn problems_at<'r>(&self, report: &'r Report, file: &str, line: usize) -> Vec<&'r ResultEntry> {
        let positions = self.problems_at.get(&(file.to_string(), line)).map_or(&[][..], Vec::as_slice);
        positions.iter().filter_map(|&i| report.results.get(i)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::profile::Marketplace;

    /// Which results these are (results are not comparable, so they are compared by address).
    fn which<'r>(results: impl IntoIterator<Item = &'r ResultEntry>) -> Vec<*const ResultEntry> {
        results.into_iter().map(std::ptr::from_ref).collect()
    }

    fn broken_example() -> Report {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/broken-widget");
        crate::check_path(&path, Marketplace::Amocrm).expect("the example reads").1
    }

    /// The index answers exactly what scanning every result answers.
    #[test]
    fn the_index_agrees_with_a_scan_of_the_results() {
        let report = broken_example();
        let index = ResultIndex::new(&report);
        let mut langs: Vec<Option<&str>> = report.widget.languages.iter().map(|l| Some(l.as_str())).collect();
        langs.push(None);
        for rule in crate::rules::catalogue::RULES {
            let id = rule.id.as_str();
            let scanned: Vec<&ResultEntry> = report.results.iter().filter(|r| r.rule == id).collect();
            assert_eq!(index.has_rule(id), !scanned.is_empty(), "{id}");
            assert_eq!(which(index.rule_results(&report, id)), which(scanned.iter().copied()), "{id}");
            for &lang in &langs {
                let cell: Vec<&ResultEntry> = scanned.iter().copied().filter(|r| r.lang.as_deref() == lang).collect();
                assert_eq!(which(index.cell_results(&report, id, lang)), which(cell.iter().copied()), "{id} {lang:?}");
                assert_eq!(index.worst(id, lang), cell.iter().map(|r| r.status).max(), "{id} {lang:?}");
            }
        }
        for lang in &report.widget.languages {
            let slideshow = |r: &ResultEntry| r.rule.starts_with("images.slideshow-");
            let scanned: Vec<&ResultEntry> =
                report.results.iter().filter(|r| slideshow(r) && r.lang.as_deref() == Some(lang)).collect();
            let found = index.results_where(&report, |rule| rule.starts_with("images.slideshow-"), Some(lang));
            assert_eq!(which(found), which(scanned), "{lang}");
        }
    }

    #[test]
    fn problems_are_found_by_line() {
        let report = broken_example();
        let index = ResultIndex::new(&report);
        let mut lines = 0;
        for r in &report.results {
            for l in &r.locations {
                let Some(line) = l.line else { continue };
                lines += 1;
                let scanned: Vec<&ResultEntry> = report
                    .results
                    .iter()
                    .filter(|r| matches!(r.status, Status::Fail | Status::Warn))
                    .filter(|r| r.locations.iter().any(|x| x.file == l.file && x.line == Some(line)))
                    .collect();
                assert_eq!(which(index.problems_at(&report, &l.file, line)), which(scanned), "{}:{line}", l.file);
            }
        }
        assert!(lines > 0, "the example has findings with lines");
    }
}
