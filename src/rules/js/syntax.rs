//! Syntax errors (js.syntax): what the parser could not read. The notes are written by
//! `parse.rs`, which sees the parser's and the scope builder's errors; this rule only judges.

use super::rule::JsRule;
use super::scan::{MAX_LOCATIONS, Scripts, listing};
use crate::location::Location;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status, plural};

const ID: RuleId = RuleId::JsSyntax;

#[derive(Default)]
pub struct Syntax;

impl JsRule for Syntax {
    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        if let Some(na) = scripts.none(ID) {
            return vec![na];
        }
        let errors = scripts.notes(ID, Status::Fail);
        if errors.is_empty() {
            let n = scripts.files.len() + scripts.libraries.len();
            return vec![Finding::new(
                ID,
                Status::Pass,
                format!("All JavaScript parses without errors ({n} file{}).", plural(n)),
            )];
        }
        let items: Vec<(&str, &Location)> = errors.iter().map(|n| (n.what.as_str(), &n.at)).collect();
        let n = items.len();
        vec![
            Finding::new(ID, Status::Fail, listing(&format!("{n} syntax error{} in JavaScript", plural(n)), &items))
                .at_all(errors.iter().take(MAX_LOCATIONS).map(|n| n.at.clone())),
        ]
    }
}
