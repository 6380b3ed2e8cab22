//! Not a rule: reads a bundler's module table — webpack keeps each module as a function under
//! its path (`"./src/panel.js": function (…) {…}`, `"./node_modules/axios/index.js": …`) — so
//! the notes inside a library's module are the library's, and those inside the widget's own
//! modules are checked in full (see `parse.rs`).

use oxc_ast::ast::{Expression, ObjectExpression, ObjectPropertyKind, PropertyKey};

use super::rule::JsRule;
use super::scan::Scripts;
use super::walk::Cx;
use crate::rules::Finding;

#[derive(Default)]
pub struct ModuleTable;

impl JsRule for ModuleTable {
    fn on_object(&mut self, cx: &mut Cx, o: &ObjectExpression) {
        let modules: Vec<(String, u32, u32)> = o
            .properties
            .iter()
            .filter_map(|p| match p {
                ObjectPropertyKind::ObjectProperty(p) => Some(p),
                ObjectPropertyKind::SpreadProperty(_) => None,
            })
            .filter_map(|p| {
                let PropertyKey::StringLiteral(key) = &p.key else { return None };
                let span = match p.value.without_parentheses() {
                    Expression::FunctionExpression(f) => f.span,
                    Expression::ArrowFunctionExpression(f) => f.span,
                    _ => return None,
                };
                is_module_path(&key.value).then(|| (key.value.to_string(), span.start, span.end))
            })
            .collect();
        // One path-keyed function is a plain object; a table has several.
        if modules.len() >= 2 {
            cx.facts().bundle_modules.extend(modules);
        }
    }

    fn verdict(&self, _scripts: &Scripts) -> Vec<Finding> {
        Vec::new()
    }
}

/// A key of a module table: a path relative to the project (`./src/a.js`, `../x`), or one of the
/// bundler's own (`webpack/runtime/…`).
fn is_module_path(key: &str) -> bool {
    key.starts_with("./") || key.starts_with("../") || key.contains("node_modules/") || key.starts_with("webpack/")
}

/// The package a library module belongs to (`./node_modules/@scope/name/x.js` → `@scope/name`),
/// or `webpack` for the bundler's own runtime; `None` for the widget's own module. Keys of a
/// module table and sources of a source map (`webpack://app/./src/a.js`) alike.
pub fn library_of(key: &str) -> Option<String> {
    // `webpack://<project>/…` names the project first.
    let key = match key.strip_prefix("webpack://") {
        Some(rest) => rest.split_once('/').map_or(rest, |(_, path)| path),
        None => key,
    };
    if key.starts_with("webpack/") || key.starts_with("(webpack)") {
        return Some("webpack".to_string());
    }
    // Rollup's and Vite's helpers are named with a leading NUL, Rollup's convention for virtual
    // modules: named after it, as webpack's runtime is `webpack` (a name, the same in every
    // language).
    if key.starts_with('\0') {
        return Some("rollup".to_string());
    }
    let (_, rest) = key.rsplit_once("node_modules/")?;
    let mut parts = rest.split('/');
    let first = parts.next()?;
    Some(if first.starts_with('@') {
        format!("{first}/{}", parts.next().unwrap_or_default())
    } else {
        first.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_of_modules() {
        assert_eq!(library_of("./node_modules/axios/lib/axios.js").as_deref(), Some("axios"));
        assert_eq!(library_of("./node_modules/@vue/runtime-core/index.js").as_deref(), Some("@vue/runtime-core"));
        assert_eq!(library_of("webpack/runtime/global").as_deref(), Some("webpack"));
        assert_eq!(library_of("./src/panel.js"), None);
        assert_eq!(library_of("webpack://app/./node_modules/axios/index.js").as_deref(), Some("axios"));
        assert_eq!(library_of("webpack://app/webpack/runtime/global").as_deref(), Some("webpack"));
        assert_eq!(library_of("webpack:///webpack/bootstrap").as_deref(), Some("webpack"));
        assert_eq!(library_of("webpack://app/./src/App.vue"), None);
    }
}
