//! Commented-out code in JavaScript (the JavaScript half of code.commented-out; the CSS half
//! lives with the CSS rules). A comment, or a run of line comments on consecutive lines, is code
//! when its text parses as JavaScript and holds at least one real statement: a declaration, a
//! control statement, or an expression that does something (a call, an assignment, `new X()`,
//! `x++`, `delete a.b`). Prose that happens to parse — one word, `TODO: fix` (a label), `a.b` —
//! is not code.

use oxc_allocator::Allocator;
use oxc_ast::ast::{Comment, Expression, Statement};
use oxc_parser::{ParseOptions, Parser};
use oxc_span::SourceType;
use oxc_syntax::operator::UnaryOperator;

use super::rule::JsRule;
use super::scan::{MAX_LOCATIONS, Scripts, listing};
use super::walk::Cx;
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status};

/// Comments that are instructions to tools, not explanations or code.
const DIRECTIVES: &[&str] = &[
    "eslint",
    "global ",
    "globals ",
    "jshint",
    "jslint",
    "jscs",
    "istanbul",
    "prettier-ignore",
    "@ts-",
    "#",
    "@",
    "webpack",
    "c8 ",
    "exported ",
];

const ID: RuleId = RuleId::CodeCommentedOut;

/// code.commented-out, the JavaScript half: comments that hold code.
#[derive(Default)]
pub struct CommentedOut;

impl JsRule for CommentedOut {
    fn on_comments(&mut self, cx: &mut Cx, text: &str, comments: &[Comment]) {
        for c in find(text, comments) {
            cx.note(ID, Status::Fail, msg!("js-comments-code", code = c.code), c.offset);
        }
    }

    fn verdict(&self, scripts: &Scripts) -> Vec<Finding> {
        if scripts.none(ID).is_some() {
            return vec![Finding::new(ID, Status::Na, msg!("js-comments-na"))];
        }
        let found = scripts.notes(ID, Status::Fail);
        if found.is_empty() {
            return vec![Finding::new(ID, Status::Pass, msg!("js-comments-pass"))];
        }
        let items: Vec<(&Msg, &Location)> = found.iter().map(|n| (&n.what, &n.at)).collect();
        let headline = msg!("js-comments-fail", n = found.len());
        vec![
            Finding::new(ID, Status::Fail, listing(headline, &items))
                .at_all(found.iter().take(MAX_LOCATIONS).map(|n| n.at.clone())),
        ]
    }
}

/// A comment judged to be code: its first line's byte offset and the code, cut short.
pub struct CommentedCode {
    pub offset: u32,
    pub code: String,
}

/// Finds commented-out code among a file's comments.
pub fn find(text: &str, comments: &[Comment]) -> Vec<CommentedCode> {
    let mut allocator = Allocator::default();
    let mut out = Vec::new();
    let mut i = 0;
    while i < comments.len() {
        let c = comments[i];
        if c.is_line() {
            // A run: line comments separated only by one line break and indentation.
            let mut j = i + 1;
            while j < comments.len() && comments[j].is_line() && adjacent(text, comments[j - 1], comments[j]) {
                j += 1;
            }
            let lines: Vec<(&str, u32)> =
                comments[i..j].iter().map(|c| (c.content_span().source_text(text), c.span.start)).collect();
            check_run(&mut allocator, &lines, &mut out);
            i = j;
        } else {
            let raw = c.content_span().source_text(text);
            if !raw.starts_with(['!', '*']) || !raw.contains('@') {
                let body = block_body(raw);
                if is_code(&mut allocator, &body) {
                    out.push(CommentedCode { offset: c.span.start, code: first_line(&body) });
                }
            }
            i += 1;
        }
    }
    out
}

/// The whole run when it is code; otherwise each line that is code on its own (a prose line
/// followed by a commented-out statement).
fn check_run(allocator: &mut Allocator, lines: &[(&str, u32)], out: &mut Vec<CommentedCode>) {
    let joined: String = lines.iter().map(|(l, _)| *l).collect::<Vec<_>>().join("\n");
    if lines.len() > 1 && is_code(allocator, &joined) {
        out.push(CommentedCode { offset: lines[0].1, code: first_line(&joined) });
        return;
    }
    for (line, offset) in lines {
        if is_code(allocator, line) {
            out.push(CommentedCode { offset: *offset, code: first_line(line) });
        }
    }
}

/// Whether two line comments are on consecutive lines with nothing but indentation between.
fn adjacent(text: &str, a: Comment, b: Comment) -> bool {
    let between = &text[a.span.end as usize..b.span.start as usize];
    between.bytes().filter(|&c| c == b'\n').count() == 1 && between.trim().is_empty()
}

/// A block comment's text without the ` * ` gutters of each line.
fn block_body(raw: &str) -> String {
    raw.trim_start_matches(['*', '!'])
        .lines()
        .map(|l| {
            let t = l.trim_start();
            t.strip_prefix('*').map_or(t, |r| r.strip_prefix(' ').unwrap_or(r))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn first_line(code: &str) -> String {
    let line = code.trim().lines().next().unwrap_or_default().trim();
    let mut s: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        s.push('…');
    }
    s
}

/// Whether a comment's text is JavaScript with at least one real statement.
pub fn is_code(allocator: &mut Allocator, body: &str) -> bool {
    let body = body.trim();
    if body.is_empty() || body.len() > 20_000 {
        return false;
    }
    let lower = body.to_ascii_lowercase();
    if DIRECTIVES.iter().any(|d| lower.starts_with(d)) {
        return false;
    }
    // A quick filter: code has brackets, `=` or `;`; prose rarely all of them.
    if !body.contains(['(', '=', ';', '{', '[']) && !body.contains("++") && !body.contains("--") {
        return false;
    }
    // One word, perhaps with a semicolon, is never taken for code.
    if body.trim_end_matches(';').chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$') {
        return false;
    }
    let options = ParseOptions { allow_return_outside_function: true, ..ParseOptions::default() };
    let code = {
        let ret = Parser::new(allocator, body, SourceType::unambiguous()).with_options(options).parse();
        !ret.panicked && ret.diagnostics.is_empty() && ret.program.body.iter().any(|s| is_real(s, body))
    };
    allocator.reset();
    code
}

/// A statement that does something.
fn is_real(s: &Statement, source: &str) -> bool {
    match s {
        Statement::VariableDeclaration(_)
        | Statement::FunctionDeclaration(_)
        | Statement::ClassDeclaration(_)
        | Statement::IfStatement(_)
        | Statement::ForStatement(_)
        | Statement::ForInStatement(_)
        | Statement::ForOfStatement(_)
        | Statement::WhileStatement(_)
        | Statement::DoWhileStatement(_)
        | Statement::SwitchStatement(_)
        | Statement::TryStatement(_)
        | Statement::ImportDeclaration(_)
        | Statement::ExportNamedDeclaration(_)
        | Statement::ExportDefaultDeclaration(_) => true,
        Statement::ReturnStatement(r) => r.argument.as_ref().is_some_and(|a| !matches!(a, Expression::Identifier(_))),
        Statement::ThrowStatement(t) => does_something(&t.argument, source),
        Statement::BlockStatement(b) => b.body.iter().any(|s| is_real(s, source)),
        Statement::ExpressionStatement(e) => does_something(&e.expression, source),
        _ => false,
    }
}

/// An expression with an effect.
fn does_something(e: &Expression, source: &str) -> bool {
    match e {
        Expression::CallExpression(_)
        | Expression::AssignmentExpression(_)
        | Expression::UpdateExpression(_)
        | Expression::AwaitExpression(_) => true,
        // `new version` is prose; `new Foo()` is code.
        Expression::NewExpression(n) => source[n.span.start as usize..n.span.end as usize].ends_with(')'),
        Expression::UnaryExpression(u) => {
            u.operator == UnaryOperator::Delete && u.argument.without_parentheses().is_member_expression()
        }
        Expression::ChainExpression(_) => true,
        Expression::ParenthesizedExpression(p) => does_something(&p.expression, source),
        Expression::SequenceExpression(s) => s.expressions.iter().any(|e| does_something(e, source)),
        Expression::LogicalExpression(l) => does_something(&l.right, source),
        Expression::ConditionalExpression(c) => {
            does_something(&c.consequent, source) || does_something(&c.alternate, source)
        }
        _ => false,
    }
}
