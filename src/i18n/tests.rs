//! The catalogue is complete: every file parses, no id is written twice, every language has
//! every English message with the same arguments, and every rule's texts are translated.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;
use crate::rules::catalogue::{Field, RULES};

/// Each message of a file with the variables it uses.
fn messages(part: &str, lang: Lang, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{}/{part}.ftl does not parse: {errors:?}", lang.code()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                variables(p, &mut vars);
            }
            assert!(m.attributes.is_empty(), "{}/{part}.ftl: {} has attributes", lang.code(), m.id.name);
            assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{} is written twice", m.id.name);
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Every message id of one language, across the parts, with its variables.
fn language(lang: Lang, column: usize) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (part, texts) in FILES {
        for (id, vars) in messages(part, lang, texts[column]) {
            assert!(all.insert(id.clone(), vars).is_none(), "{}: {id} is in two parts", lang.code());
        }
    }
    all
}

/// The ids of every rule's texts: its title, help, why, examples and source.
fn rule_ids() -> BTreeSet<String> {
    RULES.iter().flat_map(|r| Field::ALL.map(|f| r.message_id(f))).collect()
}

#[test]
fn every_language_has_every_english_message_with_the_same_arguments() {
    let english = language(Lang::En, 0);
    assert!(english.len() > 100, "{} English messages", english.len());
    assert!(english.keys().all(|k| !k.starts_with("rule-")), "English rule texts live in the catalogue");
    let rules = rule_ids();
    for (column, lang) in Lang::ALL.into_iter().enumerate().skip(1) {
        let code = lang.code();
        let strings = language(lang, column);
        let missing: Vec<_> = english.keys().filter(|k| !strings.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        let untranslated: Vec<_> = rules.iter().filter(|k| !strings.contains_key(*k)).collect();
        assert!(untranslated.is_empty(), "{code} lacks {} rule texts: {untranslated:?}", untranslated.len());
        let extra: Vec<_> = strings.keys().filter(|k| !english.contains_key(*k) && !rules.contains(*k)).collect();
        assert!(extra.is_empty(), "{code} has unknown messages {extra:?}");
        for (id, vars) in &english {
            assert_eq!(&strings[id], vars, "{code}: {id} has other arguments than in English");
        }
        for id in &rules {
            assert!(strings[id].is_empty(), "{code}: {id} takes arguments");
        }
    }
}

#[test]
fn a_missing_message_shows_its_id_and_the_pseudo_language_wraps() {
    assert_eq!(Lang::Ru.text("no-such-message", &[]), "no-such-message");
    assert_eq!(crate::msg!("verdict-fail", n = 3).render(Lang::En), "3 problems block publication");
    assert_eq!(crate::msg!("verdict-fail", n = 3).render(Lang::Pseudo), "‹3 problems block publication›");
    assert_eq!(Lang::from_code("pt_BR.UTF-8"), Some(Lang::Pt));
    assert_eq!(Lang::from_code("de_DE"), None);
}

/// Russian has three forms for whole numbers: 1, 21 (one); 2, 22 (few); 5, 11, 25 (many).
#[test]
fn counts_take_their_plural_form() {
    let fail = |n: usize| crate::msg!("verdict-fail", n = n).render(Lang::Ru);
    assert_eq!(fail(1), "1 проблема мешает публикации");
    assert_eq!(fail(2), "2 проблемы мешают публикации");
    assert_eq!(fail(5), "5 проблем мешают публикации");
    assert_eq!(fail(11), "11 проблем мешают публикации");
    assert_eq!(fail(21), "21 проблема мешает публикации");
    assert_eq!(fail(22), "22 проблемы мешают публикации");
    assert_eq!(crate::msg!("verdict-warn", n = 1).render(Lang::En), "1 warning");
    assert_eq!(crate::msg!("verdict-manual", n = 2).render(Lang::Pt), "2 itens para verificar manualmente");
}

/// Every `msg!` in the source names an English message and gives exactly the arguments it
/// uses, so no reader sees a bare message id or a `{$name}` hole.
#[test]
fn every_message_the_code_says_exists_with_its_arguments() {
    let english = language(Lang::En, 0);
    let mut checked = 0;
    let mut problems = Vec::new();
    let mut files = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).expect("dir").flatten().map(|e| e.path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs")
            || path.ends_with("i18n/mod.rs")
            || path.ends_with("i18n/tests.rs")
        {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("source");
        for (at, _) in source.match_indices("msg!(") {
            let Some((id, args)) = macro_call(&source[at + "msg!(".len()..]) else { continue };
            checked += 1;
            match english.get(&id) {
                None => problems.push(format!("{}: no message {id}", path.display())),
                Some(vars) if *vars != args => {
                    problems.push(format!("{}: {id} is given {args:?}, uses {vars:?}", path.display()))
                }
                Some(_) => {}
            }
        }
        // Messages asked for by id: `lang.text("id", …)`, and the app's `locale.t("a.b")`.
        for pattern in [".text(\"", "locale.t(\"", "locale.f(\""] {
            for (at, _) in source.match_indices(pattern) {
                let rest = &source[at + pattern.len()..];
                let Some(end) = rest.find('"') else { continue };
                let id = rest[..end].replace('.', "-");
                checked += 1;
                if !english.contains_key(&id) {
                    problems.push(format!("{}: no message {id}", path.display()));
                }
            }
        }
    }
    assert!(checked > 700, "{checked} messages found in the source");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_macro_call_is_read_with_its_arguments() {
    let (id, args) = macro_call(r#" "css-x", n = v.len(), path = f(a, b == c), text = "x = y" ) rest"#).expect("call");
    assert_eq!(id, "css-x");
    assert_eq!(args, ["n", "path", "text"].map(String::from).into());
}

/// The id and the argument names of one `msg!(` call, from just after its parenthesis: the
/// names are the `name =` at the call's own depth.
fn macro_call(rest: &str) -> Option<(String, BTreeSet<String>)> {
    let rest = rest.trim_start().strip_prefix('"')?;
    let id = rest[..rest.find('"')?].to_string();
    let mut args = BTreeSet::new();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut word = String::new();
    let chars: Vec<char> = rest[id.len() + 1..].chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            '=' if depth == 0 && chars.get(i + 1) != Some(&'=') && !word.is_empty() => {
                args.insert(std::mem::take(&mut word));
            }
            c if c.is_alphanumeric() || c == '_' => word.push(c),
            c if c.is_whitespace() => {}
            _ => word.clear(),
        }
        if c == ',' {
            word.clear();
        }
    }
    Some((id, args))
}
