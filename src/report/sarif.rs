//! SARIF 2.1.0 for code scanning: the catalogue as the tool's rules, each problem and each item
//! to check by hand as a result with its place in the widget.

use serde_json::{Value, json};

use super::Report;
use crate::rules::Status;
use crate::rules::catalogue::{Field, RULES};

/// The report as a SARIF log with one run.
pub fn write(report: &Report) -> String {
    let lang = report.language;
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let title = r.text(Field::Title, lang);
            json!({
                "id": r.id,
                "shortDescription": {"text": title},
                "fullDescription": {"text": format!("{title} ({})", r.section.title(lang))},
                "help": {"text": r.text(Field::Help, lang)},
                "properties": {"section": r.section.id(), "perLanguage": r.per_language},
            })
        })
        .collect();
    let results: Vec<Value> = report
        .results
        .iter()
        .filter(|r| matches!(r.status, Status::Fail | Status::Warn | Status::Manual))
        .map(|r| {
            let (level, kind) = match r.status {
                Status::Fail => ("error", "fail"),
                Status::Warn => ("warning", "fail"),
                _ => ("note", "review"),
            };
            let message = match &r.lang {
                Some(lang) => format!("[{lang}] {} {}", r.message, r.help),
                None => format!("{} {}", r.message, r.help),
            };
            let locations: Vec<Value> = r
                .locations
                .iter()
                .map(|l| {
                    let mut physical = json!({"artifactLocation": {"uri": l.file, "uriBaseId": "WIDGETROOT"}});
                    if let Some(line) = l.line {
                        let mut region = json!({"startLine": line});
                        if let Some(column) = l.column {
                            region["startColumn"] = json!(column);
                        }
                        if let Some(snippet) = &l.snippet {
                            region["snippet"] = json!({"text": snippet});
                        }
                        physical["region"] = region;
                    }
                    json!({"physicalLocation": physical})
                })
                .collect();
            let mut result = json!({
                "ruleId": r.rule,
                "ruleIndex": RULES.iter().position(|x| x.id == r.rule),
                "level": level,
                "kind": kind,
                "message": {"text": message},
                "locations": locations,
            });
            if let Some(lang) = &r.lang {
                result["properties"] = json!({"language": lang});
            }
            result
        })
        .collect();
    let root = std::path::absolute(&report.widget.source).unwrap_or_else(|_| report.widget.source.clone().into());
    let root_uri = format!("file://{}/", root.display().to_string().trim_end_matches('/'));
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "rules": rules,
            }},
            "originalUriBaseIds": {"WIDGETROOT": {"uri": root_uri}},
            "properties": {"marketplace": report.marketplace.id()},
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}
