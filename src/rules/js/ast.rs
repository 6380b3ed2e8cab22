//! Small questions asked of the oxc syntax tree: the dotted name of a callee, the text of a
//! string expression, the identifier a member chain starts from.

use std::borrow::Cow;

use oxc_ast::ast::{
    Argument, ArrayExpressionElement, BinaryExpression, ChainElement, Expression, IdentifierReference,
    ObjectExpression, ObjectPropertyKind,
};
use oxc_span::Span;
use oxc_syntax::operator::BinaryOperator;

use super::walk::Cx;

/// Names that stand for the global object (when they are not local variables), so
/// `window.alert` is `alert`. `self` is the window in a page and the global scope in a worker.
pub const GLOBAL_OBJECTS: &[&str] = &["window", "globalThis", "self"];

/// The names of a static access chain (`a.b['c']` → `["a", "b", "c"]`) and its root identifier,
/// or `this` (root `None`). `None` when the chain passes through a call or a computed key.
pub fn chain<'a, 'e>(e: &'e Expression<'a>) -> Option<(Vec<&'a str>, Option<&'e IdentifierReference<'a>>)> {
    match e.without_parentheses() {
        Expression::Identifier(id) => Some((vec![id.name.as_str()], Some(id))),
        Expression::ThisExpression(_) => Some((vec!["this"], None)),
        Expression::StaticMemberExpression(m) => {
            let (mut names, root) = chain(&m.object)?;
            names.push(m.property.name.as_str());
            Some((names, root))
        }
        Expression::ComputedMemberExpression(m) => {
            let (mut names, root) = chain(&m.object)?;
            let Expression::StringLiteral(s) = &m.expression else { return None };
            names.push(s.value.as_str());
            Some((names, root))
        }
        Expression::ChainExpression(c) => match &c.expression {
            ChainElement::StaticMemberExpression(m) => {
                let (mut names, root) = chain(&m.object)?;
                names.push(m.property.name.as_str());
                Some((names, root))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The dotted name of an expression rooted at a global (`$.ajax`, `console.log`), with a leading
/// `window.` dropped; `None` when the root is a local variable, `this` or not a plain chain.
pub fn global_path(w: &Cx, e: &Expression) -> Option<String> {
    let (names, root) = chain(e)?;
    if !w.is_global(root?) {
        return None;
    }
    let names = match names.split_first() {
        Some((first, rest)) if GLOBAL_OBJECTS.contains(first) && !rest.is_empty() => rest,
        _ => &names[..],
    };
    Some(names.join("."))
}

/// Like [`global_path`], but `$`, `jQuery` and `_` count even as local names: widgets receive
/// them as `define` parameters (`define(['jquery'], function ($) {…})`).
pub fn library_path(w: &Cx, e: &Expression) -> Option<String> {
    if let Some((names, Some(root))) = chain(e)
        && LIBRARIES.contains(&root.name.as_str())
    {
        return Some(names.join("."));
    }
    global_path(w, e)
}

/// [`global_path`] and [`library_path`] of one expression, with its chain read once.
pub fn paths(w: &Cx, e: &Expression) -> (Option<String>, Option<String>) {
    let Some((names, root)) = chain(e) else { return (None, None) };
    let global = root.filter(|r| w.is_global(r)).map(|_| {
        match names.split_first() {
            Some((first, rest)) if GLOBAL_OBJECTS.contains(first) && !rest.is_empty() => rest,
            _ => &names[..],
        }
        .join(".")
    });
    let library = match root {
        Some(r) if LIBRARIES.contains(&r.name.as_str()) => Some(names.join(".")),
        _ => global.clone(),
    };
    (global, library)
}

/// Names of the libraries amoCRM provides, often passed in as `define` parameters.
const LIBRARIES: &[&str] = &["$", "jQuery", "_"];

/// The dotted name of any plain chain, local or global (`self.callbacks`, `this.callbacks`).
pub fn any_path(e: &Expression) -> Option<String> {
    chain(e).map(|(names, _)| names.join("."))
}

/// The property name of a member expression callee (`x.y.click` → `click`).
pub fn method<'a>(callee: &Expression<'a>) -> Option<&'a str> {
    match callee.without_parentheses() {
        Expression::ChainExpression(c) => c.expression.as_member_expression()?.static_property_name(),
        e => e.as_member_expression()?.static_property_name(),
    }
}

/// The object a method is called on (`a.b.c()` → `a.b`).
pub fn receiver<'e, 'a>(callee: &'e Expression<'a>) -> Option<&'e Expression<'a>> {
    match callee.without_parentheses() {
        Expression::ChainExpression(c) => c.expression.as_member_expression().map(|m| m.object()),
        e => e.as_member_expression().map(|m| m.object()),
    }
}

/// The global a chain of members and calls starts from (`AMOCRM.data.get('x').y` → `AMOCRM`),
/// looking through a leading global object (`window.AMOCRM.x` → `AMOCRM`). `None` when the chain
/// starts from a local variable, `this` or anything else.
pub fn root_global<'a>(w: &Cx, e: &Expression<'a>) -> Option<&'a str> {
    let mut e = e.without_parentheses();
    let mut above: Option<&'a str> = None;
    loop {
        match e {
            Expression::Identifier(id) => {
                if !w.is_global(id) {
                    return None;
                }
                let name = id.name.as_str();
                return if GLOBAL_OBJECTS.contains(&name) { above.or(Some(name)) } else { Some(name) };
            }
            Expression::CallExpression(c) => {
                above = None;
                e = c.callee.without_parentheses();
            }
            Expression::ChainExpression(c) => match &c.expression {
                ChainElement::CallExpression(call) => {
                    above = None;
                    e = call.callee.without_parentheses();
                }
                other => {
                    let m = other.as_member_expression()?;
                    above = m.static_property_name();
                    e = m.object().without_parentheses();
                }
            },
            other => {
                let m = other.as_member_expression()?;
                above = m.static_property_name();
                e = m.object().without_parentheses();
            }
        }
    }
}

/// A string known before running: a literal, a template without `${}`, or such parts joined by `+`.
pub fn static_string<'a>(e: &Expression<'a>) -> Option<Cow<'a, str>> {
    match e.without_parentheses() {
        Expression::StringLiteral(s) => Some(Cow::Borrowed(s.value.as_str())),
        Expression::TemplateLiteral(t) if t.expressions.is_empty() => {
            t.quasis.first().and_then(|q| q.value.cooked).map(|c| Cow::Borrowed(c.as_str()))
        }
        Expression::BinaryExpression(b) if b.operator == BinaryOperator::Addition => {
            let left = static_string(&b.left)?;
            let right = static_string(&b.right)?;
            Some(Cow::Owned(format!("{left}{right}")))
        }
        _ => None,
    }
}

/// Whether an expression builds a string from literal text (`'a'`, `` `a${b}` ``, `'a' + b`).
pub fn is_stringish(e: &Expression) -> bool {
    match e.without_parentheses() {
        Expression::StringLiteral(_) | Expression::TemplateLiteral(_) => true,
        Expression::BinaryExpression(b) => is_concatenation_with_text(b),
        _ => false,
    }
}

fn is_concatenation_with_text(b: &BinaryExpression) -> bool {
    b.operator == BinaryOperator::Addition && (is_stringish(&b.left) || is_stringish(&b.right))
}

/// The expression of an argument (not a spread), without parentheses.
pub fn arg<'e, 'a>(args: &'e [Argument<'a>], i: usize) -> Option<&'e Expression<'a>> {
    args.get(i)?.as_expression().map(Expression::without_parentheses)
}

/// The span of a function or arrow function expression.
pub fn function_span(e: &Expression) -> Option<Span> {
    match e.without_parentheses() {
        Expression::FunctionExpression(f) => Some(f.span),
        Expression::ArrowFunctionExpression(f) => Some(f.span),
        _ => None,
    }
}

/// The string elements of an array expression, with their spans.
pub fn array_strings<'a>(e: &Expression<'a>) -> Vec<(Cow<'a, str>, Span)> {
    let Expression::ArrayExpression(a) = e.without_parentheses() else { return Vec::new() };
    a.elements
        .iter()
        .filter_map(ArrayExpressionElement::as_expression)
        .filter_map(|e| Some((static_string(e)?, e.without_parentheses().span_of())))
        .collect()
}

/// A property of an object literal by static key name.
pub fn property<'e, 'a>(o: &'e ObjectExpression<'a>, key: &str) -> Option<&'e Expression<'a>> {
    o.properties.iter().find_map(|p| match p {
        ObjectPropertyKind::ObjectProperty(p) if p.key.static_name().is_some_and(|k| k == key) => Some(&p.value),
        _ => None,
    })
}

/// The static key names of an object literal.
pub fn keys(o: &ObjectExpression) -> Vec<String> {
    o.properties
        .iter()
        .filter_map(|p| match p {
            ObjectPropertyKind::ObjectProperty(p) => p.key.static_name().map(|k| k.to_string()),
            ObjectPropertyKind::SpreadProperty(_) => None,
        })
        .collect()
}

/// Spans of expressions, without importing `GetSpan` everywhere.
pub trait SpanOf {
    fn span_of(&self) -> Span;
}

impl SpanOf for Expression<'_> {
    fn span_of(&self) -> Span {
        oxc_span::GetSpan::span(self)
    }
}
