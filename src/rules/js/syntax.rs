//! Syntax errors (js.syntax): what the parser could not read. The notes are written by
//! `parse.rs`, which sees the parser's and the scope builder's errors; this rule only judges.

use super::rule::JsRule;
use super::scan::{MAX_LOCATIONS, Scripts, listing};
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status};

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
            return vec![Finding::new(ID, Status::Pass, msg!("js-syntax-pass", n = n))];
        }
        let items: Vec<(&Msg, &Location)> = errors.iter().map(|n| (&n.what, &n.at)).collect();
        let n = items.len();
        vec![
            Finding::new(ID, Status::Fail, listing(msg!("js-syntax-errors", n = n), &items))
                .at_all(errors.iter().take(MAX_LOCATIONS).map(|n| n.at.clone())),
        ]
    }
}
