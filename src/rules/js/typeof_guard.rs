//! What a `typeof` test proves: the names known to exist where a test came out true, or false.
//!
//! Code that may run where a global is missing tests it first, and uses it only where the test
//! says it is there (UMD wrappers, bundles that run in a browser or in Node):
//!
//! ```js
//! if (typeof module !== 'undefined' && module.exports) { module.exports = X; }
//! var root = typeof global !== 'undefined' ? global : self;
//! typeof Buffer !== 'undefined' && Buffer.isBuffer(x);
//! ```
//!
//! The walk asks [`proven`] of the left operand of `&&` and `||` and of the test of `?:` and
//! `if`, and counts the names as existing in the code that runs only after that outcome (see
//! [`Cx`](super::walk::Cx)). Only what the test itself says counts: a name tested in one place
//! and used elsewhere is not made to exist, and neither is a name after an early return.

use oxc_ast::ast::Expression;
use oxc_syntax::operator::{BinaryOperator, LogicalOperator, UnaryOperator};

/// A test is read at most this many levels deep (through `&&`, `||`, `!` and parentheses). Real
/// guards have a few terms; the limit keeps a chain of thousands of `&&`, each of which asks
/// about its left operand, from costing the square of its length.
const MAX_DEPTH: u32 = 64;

/// The names a test shows to exist when it comes out `outcome`:
///
/// - `typeof x !== 'undefined'` (and `typeof x === 'object'`, `'function'` or any other type)
///   shows `x` when true; `typeof x === 'undefined'` (or `!== 'object'`…) shows it when false;
///   the string may come first (`'undefined' != typeof x`), and `==` / `!=` count as `===` / `!==`;
/// - `a && b` shows, when true, what `a` or `b` shows when true;
/// - `a || b` shows, when false, what `a` or `b` shows when false;
/// - `!a` shows what `a` shows for the other outcome.
///
/// Anything else shows nothing.
pub fn proven<'a>(test: &Expression<'a>, outcome: bool) -> Vec<&'a str> {
    let mut names = Vec::new();
    collect(test, outcome, 0, &mut names);
    names
}

fn collect<'a>(test: &Expression<'a>, outcome: bool, depth: u32, names: &mut Vec<&'a str>) {
    if depth > MAX_DEPTH {
        return;
    }
    match test.without_parentheses() {
        Expression::BinaryExpression(b) => names.extend(typeof_comparison(&b.left, b.operator, &b.right, outcome)),
        Expression::LogicalExpression(l) => {
            let joins = match l.operator {
                LogicalOperator::And => outcome,
                LogicalOperator::Or => !outcome,
                LogicalOperator::Coalesce => false,
            };
            if joins {
                collect(&l.left, outcome, depth + 1, names);
                collect(&l.right, outcome, depth + 1, names);
            }
        }
        Expression::UnaryExpression(u) if u.operator == UnaryOperator::LogicalNot => {
            collect(&u.argument, !outcome, depth + 1, names);
        }
        _ => {}
    }
}

/// The name a comparison of `typeof name` with a string shows to exist for `outcome`.
fn typeof_comparison<'a>(
    left: &Expression<'a>,
    operator: BinaryOperator,
    right: &Expression<'a>,
    outcome: bool,
) -> Option<&'a str> {
    let equal = match operator {
        BinaryOperator::Equality | BinaryOperator::StrictEquality => true,
        BinaryOperator::Inequality | BinaryOperator::StrictInequality => false,
        _ => return None,
    };
    let (name, kind) = match (typeof_name(left), string(right)) {
        (Some(name), Some(kind)) => (name, kind),
        _ => (typeof_name(right)?, string(left)?),
    };
    // `typeof x` is "undefined" exactly when x does not exist (or holds undefined); any other
    // type means it does. So the test shows x when its outcome says the type is not "undefined".
    let says_defined = equal != (kind == "undefined");
    (outcome == says_defined).then_some(name)
}

/// `typeof name` → `name`.
fn typeof_name<'a>(e: &Expression<'a>) -> Option<&'a str> {
    match e.without_parentheses() {
        Expression::UnaryExpression(u) if u.operator == UnaryOperator::Typeof => match u.argument.without_parentheses()
        {
            Expression::Identifier(id) => Some(id.name.as_str()),
            _ => None,
        },
        _ => None,
    }
}

fn string<'a>(e: &Expression<'a>) -> Option<&'a str> {
    match e.without_parentheses() {
        Expression::StringLiteral(s) => Some(s.value.as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use oxc_allocator::Allocator;
    use oxc_parser::Parser;
    use oxc_span::SourceType;

    use super::proven;

    /// What `test` shows when true and when false.
    fn shows(test: &str) -> (Vec<String>, Vec<String>) {
        let allocator = Allocator::default();
        let e = Parser::new(&allocator, test, SourceType::default()).parse_expression().expect("an expression");
        let owned = |names: Vec<&str>| names.into_iter().map(String::from).collect();
        (owned(proven(&e, true)), owned(proven(&e, false)))
    }

    #[test]
    fn a_typeof_comparison_shows_its_name_for_the_outcome_that_means_defined() {
        let x = || vec!["x".to_string()];
        for when_true in [
            "typeof x !== 'undefined'",
            "typeof x != 'undefined'",
            "typeof x === 'object'",
            "typeof x == 'function'",
            "'undefined' !== typeof x",
            "\"object\" == typeof x",
            "(typeof (x)) === 'string'",
        ] {
            assert_eq!(shows(when_true), (x(), vec![]), "{when_true}");
        }
        for when_false in ["typeof x === 'undefined'", "'undefined' == typeof x", "typeof x !== 'object'"] {
            assert_eq!(shows(when_false), (vec![], x()), "{when_false}");
        }
    }

    #[test]
    fn and_or_and_not_combine_what_their_operands_show() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            shows("typeof exports === 'object' && typeof module !== 'undefined' && module.exports"),
            (names(&["exports", "module"]), vec![])
        );
        assert_eq!(shows("typeof a === 'undefined' || typeof b === 'undefined'"), (vec![], names(&["a", "b"])));
        assert_eq!(shows("!(typeof a === 'undefined')"), (names(&["a"]), vec![]));
        // Either side of `||` may be the true one, and either side of `&&` the false one.
        assert_eq!(shows("typeof a !== 'undefined' || typeof b !== 'undefined'"), (vec![], vec![]));
        assert_eq!(shows("typeof a === 'undefined' && ready"), (vec![], vec![]));
        assert_eq!(shows("typeof a !== 'undefined' ?? b"), (vec![], vec![]));
    }

    #[test]
    fn other_tests_show_nothing() {
        for test in [
            "x !== undefined",
            "typeof x",
            "typeof x.y !== 'undefined'",
            "typeof x < 'undefined'",
            "typeof x === kind",
            "window.x",
        ] {
            assert_eq!(shows(test), (vec![], vec![]), "{test}");
        }
    }

    #[test]
    fn a_test_is_read_to_a_bounded_depth() {
        let deep = format!("{}typeof x !== 'undefined'{}", "(ok && ".repeat(100), ")".repeat(100));
        assert_eq!(shows(&deep), (vec![], vec![]));
        let shallow = format!("{}typeof x !== 'undefined'{}", "(ok && ".repeat(10), ")".repeat(10));
        assert_eq!(shows(&shallow).0, vec!["x".to_string()]);
    }
}
