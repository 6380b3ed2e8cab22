//! Where a selector starts and whether it is inside the widget: the widget root (given, or inferred
//! as the most common first class or id of the widget's rules), amoCRM's system classes, the left
//! menu, and for each selector the first compound that is the root.

use std::collections::HashMap;
use std::fmt;

use super::sheet::{Compound, SelectorFacts, Sheet, StyleRuleFacts};

/// Class name prefixes of amoCRM's own controls (SPEC §3, widget-format §6.1).
pub const SYSTEM_CLASS_PREFIXES: &[&str] = &[
    "control-",
    "control--",
    "button-input",
    "checkboxes_dropdown",
    "date_field",
    "card-widgets",
    "widget_settings",
    "modal",
    "svg-",
    "icon-",
    "js-control",
    "text-input",
    "switcher",
    "linked-form__",
    "privacy_policy",
];
/// amoCRM classes matched exactly.
pub const SYSTEM_CLASSES: &[&str] = &["list-row__cell", "card-top-name"];
/// The right-panel wrapper amoCRM gives each widget, `card-widgets__widget-<widget code>`: the
/// documentation's own example roots widget styles there, so it is the widget's, not a system class.
pub const WIDGET_WRAPPER_PREFIX: &str = "card-widgets__widget-";

/// Whether a class is one of amoCRM's own.
pub fn is_system_class(class: &str) -> bool {
    if class.len() > WIDGET_WRAPPER_PREFIX.len() && class.starts_with(WIDGET_WRAPPER_PREFIX) {
        return false;
    }
    SYSTEM_CLASSES.contains(&class) || SYSTEM_CLASS_PREFIXES.iter().any(|p| class.starts_with(p))
}

/// Ids of amoCRM's left menu.
pub const LEFT_MENU_IDS: &[&str] = &["left_menu", "nav_menu", "left-menu"];
/// Class prefixes of amoCRM's left menu (`nav__menu` covers `nav__menu__item`…, `nav__top` the
/// account block at its top).
pub const LEFT_MENU_CLASS_PREFIXES: &[&str] = &["nav__menu", "nav__top", "left-menu", "left_menu"];
/// Left menu classes matched exactly.
pub const LEFT_MENU_CLASSES: &[&str] = &["aside"];

fn is_left_menu(compound: &Compound) -> bool {
    compound.styled_ids().iter().any(|id| LEFT_MENU_IDS.contains(id))
        || compound
            .styled_classes()
            .iter()
            .any(|c| LEFT_MENU_CLASSES.contains(c) || LEFT_MENU_CLASS_PREFIXES.iter().any(|p| c.starts_with(p)))
}

/// The widget's root selector: a class or an id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Root {
    Class(String),
    Id(String),
}

impl fmt::Display for Root {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Root::Class(c) => write!(f, ".{c}"),
            Root::Id(i) => write!(f, "#{i}"),
        }
    }
}

impl Root {
    /// Reads `.name`, `#name`, or a bare name as a class.
    pub fn parse(selector: &str) -> Option<Root> {
        let s = selector.trim();
        let (make, name): (fn(String) -> Root, &str) = match s.as_bytes().first()? {
            b'#' => (Root::Id, &s[1..]),
            b'.' => (Root::Class, &s[1..]),
            _ => (Root::Class, s),
        };
        let ok = !name.is_empty() && name.bytes().all(|c| super::lexer::is_name_byte(c) || c == b'{' || c == b'}');
        ok.then(|| make(name.to_string()))
    }

    /// Whether a compound names the root itself (not through `&` or `:is()`).
    fn in_own(&self, compound: &Compound) -> bool {
        match self {
            Root::Class(c) => compound.classes.iter().any(|x| x == c),
            Root::Id(i) => compound.ids.iter().any(|x| x == i),
        }
    }
}

/// The root and how it was found.
#[derive(Debug, Clone)]
pub struct RootChoice {
    pub root: Root,
    /// Given by the user rather than inferred.
    pub given: bool,
    /// How many selectors start with it.
    pub starts: usize,
}

/// The most common first class or id (not an amoCRM class) of the leftmost compound of the
/// widget's top-level selectors; an id wins over classes in its compound. Ties go to the one seen
/// first.
pub fn infer_root(sheets: &[Sheet]) -> Option<RootChoice> {
    // Candidate → (selectors starting with it, order first seen).
    let mut counts: HashMap<Root, (usize, usize)> = HashMap::new();
    for sheet in sheets {
        for rule in sheet.rules.iter().filter(|r| r.parent.is_none()) {
            for selector in &rule.selectors {
                let Some(first) = selector.compounds.first() else { continue };
                let candidate = first
                    .ids
                    .first()
                    .map(|i| Root::Id(i.clone()))
                    .or_else(|| first.classes.iter().find(|c| !is_system_class(c)).map(|c| Root::Class(c.clone())));
                let Some(candidate) = candidate else { continue };
                let seen = counts.len();
                counts.entry(candidate).or_insert((0, seen)).0 += 1;
            }
        }
    }
    let (root, (starts, _)) = counts.into_iter().max_by_key(|(_, (n, order))| (*n, std::cmp::Reverse(*order)))?;
    Some(RootChoice { root, given: false, starts })
}

/// Counts the selectors that start with a given root.
pub fn given_root(sheets: &[Sheet], root: Root) -> RootChoice {
    let starts = sheets
        .iter()
        .flat_map(|s| &s.rules)
        .filter(|r| r.parent.is_none())
        .flat_map(|r| &r.selectors)
        .filter(|s| s.compounds.first().is_some_and(|c| root.in_own(c)))
        .count();
    RootChoice { root, given: true, starts }
}

/// One selector with what the scope rules need to know about it.
pub struct View<'a> {
    pub sheet: &'a Sheet,
    pub rule: &'a StyleRuleFacts,
    pub selector: &'a SelectorFacts,
    /// The first compound inside the widget root (the root itself, or `&` of a rule inside it).
    pub root_at: Option<usize>,
    /// Its leftmost compound names a class or id (or is `&`), so it does not apply page-wide.
    pub anchored: bool,
    /// Nested in a rule that is itself outside the root, so the parent is what to fix.
    pub under_unscoped_parent: bool,
}

impl View<'_> {
    /// The compounds outside the widget root: all of them when the root is not in the selector.
    pub fn outside_root(&self) -> &[Compound] {
        let c = &self.selector.compounds;
        &c[..self.root_at.unwrap_or(c.len()).min(c.len())]
    }

    /// Whether some compound outside the root styles the left menu.
    pub fn selects_left_menu(&self) -> bool {
        self.outside_root().iter().any(is_left_menu)
    }
}

/// Every selector of every sheet with its scope facts.
pub fn views<'a>(sheets: &'a [Sheet], root: Option<&Root>) -> Vec<View<'a>> {
    let mut out = Vec::new();
    for sheet in sheets {
        // Per rule: every selector inside the root / anchored, for the rules nested in it.
        let mut scoped = Vec::with_capacity(sheet.rules.len());
        let mut anchored_rule = Vec::with_capacity(sheet.rules.len());
        for rule in &sheet.rules {
            let parent_scoped = rule.parent.is_some_and(|p| scoped[p]);
            let parent_anchored = rule.parent.is_some_and(|p| anchored_rule[p]);
            let mut all_scoped = true;
            let mut all_anchored = true;
            for selector in &rule.selectors {
                let root_at =
                    root.and_then(|root| selector.compounds.iter().position(|c| has_root(c, root, parent_scoped)));
                let anchored = selector.compounds.first().is_some_and(|c| is_anchored(c, parent_anchored, root));
                let uses_parent = selector.compounds.iter().any(|c| c.nesting);
                all_scoped &= root_at.is_some();
                all_anchored &= anchored || root_at.is_some();
                out.push(View {
                    sheet,
                    rule,
                    selector,
                    root_at,
                    anchored: anchored || selector.compounds.first().is_some_and(|c| c.nesting),
                    under_unscoped_parent: rule.parent.is_some() && uses_parent && !parent_scoped,
                });
            }
            scoped.push(all_scoped && !rule.selectors.is_empty());
            anchored_rule.push(all_anchored && !rule.selectors.is_empty());
        }
    }
    out
}

/// Whether a compound is the root: names it, is `&` of a rule inside it, or is an `:is()` whose
/// every alternative contains it.
fn has_root(compound: &Compound, root: &Root, parent_scoped: bool) -> bool {
    root.in_own(compound)
        || (compound.nesting && parent_scoped)
        || compound
            .alternatives
            .iter()
            .any(|alts| !alts.is_empty() && alts.iter().all(|sel| sel.iter().any(|c| has_root(c, root, parent_scoped))))
}

/// Whether a compound narrows to elements with a class or id: its own, `&` of an anchored rule, a
/// `{{ … }}` name, or an `:is()` whose every alternative starts so.
fn is_anchored(compound: &Compound, parent_anchored: bool, root: Option<&Root>) -> bool {
    !compound.classes.is_empty()
        || !compound.ids.is_empty()
        || compound.placeholder
        || (compound.nesting && parent_anchored)
        || compound.alternatives.iter().any(|alts| {
            !alts.is_empty()
                && alts.iter().all(|sel| {
                    sel.first().is_some_and(|c| is_anchored(c, parent_anchored, root))
                        || root.is_some_and(|r| sel.iter().any(|c| has_root(c, r, false)))
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_classes() {
        for c in
            ["control--select", "control-checkbox", "modal-body", "switcher_on", "linked-form__field", "list-row__cell"]
        {
            assert!(is_system_class(c), "{c}");
        }
        for c in ["acme-calendar", "card-widgets__widget-acme", "list-row", "my-modal", "controls"] {
            assert!(!is_system_class(c), "{c}");
        }
    }

    #[test]
    fn roots_parse() {
        assert_eq!(Root::parse("#acme"), Some(Root::Id("acme".into())));
        assert_eq!(Root::parse(".acme-x"), Some(Root::Class("acme-x".into())));
        assert_eq!(Root::parse("acme"), Some(Root::Class("acme".into())));
        assert_eq!(Root::parse(".a b"), None);
        assert_eq!(Root::Class("x".into()).to_string(), ".x");
    }
}
