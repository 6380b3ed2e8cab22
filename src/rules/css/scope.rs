//! Where a selector starts and whether it is inside the widget: the widget's roots (see
//! [`super::markup`]), amoCRM's system classes, the left menu, and for each selector the first
//! compound that is inside the widget.

use std::collections::HashMap;
use std::fmt;

use super::sheet::{Attribute, Compound, Generic, SelectorFacts, Sheet, StyleRuleFacts};
use crate::location::Location;

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

/// Whether a class is one of amoCRM's own: one of [`SYSTEM_CLASSES`], or a class that starts with
/// one of [`SYSTEM_CLASS_PREFIXES`] (see [`has_prefix`]).
pub fn is_system_class(class: &str) -> bool {
    if class.len() > WIDGET_WRAPPER_PREFIX.len() && class.starts_with(WIDGET_WRAPPER_PREFIX) {
        return false;
    }
    SYSTEM_CLASSES.contains(&class) || SYSTEM_CLASS_PREFIXES.iter().any(|p| has_prefix(class, p))
}

/// Whether a class starts with a documented prefix as a whole word: a prefix that ends in `-` or
/// `_` (`control-`, `linked-form__`) takes anything after it; a word (`modal`, `switcher`) only the
/// word alone or the word and a separator (`modal`, `modal-body`, `modal__x`), so a library's
/// `modals` is not amoCRM's `modal`.
fn has_prefix(class: &str, prefix: &str) -> bool {
    let Some(rest) = class.strip_prefix(prefix) else { return false };
    rest.is_empty() || prefix.ends_with(['-', '_']) || rest.starts_with(['-', '_'])
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

    /// Whether a compound names the root itself (not through `&` or `:is()`), or an element or
    /// modifier of the root's BEM block: `.acme-loader__body` under the root `.acme-loader`,
    /// `.acme__modal` beside the root `.acme__panel`. Such names are as much the widget's own as
    /// the root is, unless the block is one of amoCRM's.
    fn in_own(&self, compound: &Compound) -> bool {
        match self {
            Root::Class(c) => compound.classes.iter().any(|x| x == c || same_block(c, x)),
            Root::Id(i) => compound.ids.iter().any(|x| x == i),
        }
    }
}

/// Where a root was found, for the messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Given by the user (`--root-selector`).
    Given,
    /// On an outermost element of a template or of HTML a script builds, or a `render_template`
    /// wrapper's `class_name`: where it is written.
    Markup(Location),
    /// Made from the manifest's `widget.code`, written there.
    Code(Location),
    /// Guessed from the styles alone: this many top-level selectors start with it.
    Styles(usize),
}

/// One root and where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundRoot {
    pub root: Root,
    pub origin: Origin,
}

/// What puts a selector inside the widget: a compound that names one of the widget's roots, or
/// that has an attribute selector of Vue's scoped styles (`[data-v-1a2b3c]`, on the component's
/// own elements only) or one naming the widget code (`[data-widget="acme"]`, `[class*="acme"]`).
#[derive(Debug, Clone, Default)]
pub struct Roots {
    /// Each root once, in the order of [`super::markup::find`]: the first is the one to suggest.
    pub found: Vec<FoundRoot>,
    /// The manifest's `widget.code`, for attribute selectors that name it.
    pub code: Option<String>,
}

impl Roots {
    /// Adds a root unless it is already there (the first origin found is kept).
    pub fn add(&mut self, root: Root, origin: Origin) {
        if !self.found.iter().any(|f| f.root == root) {
            self.found.push(FoundRoot { root, origin });
        }
    }

    /// The root to show in examples.
    pub fn first(&self) -> Option<&Root> {
        self.found.first().map(|f| &f.root)
    }

    /// Whether a compound itself is inside the widget (not through `&` or `:is()`).
    fn in_own(&self, compound: &Compound) -> bool {
        self.found.iter().any(|f| f.root.in_own(compound))
            || compound.attributes.iter().any(|a| is_vue_scope(a) || self.names_code(a))
    }

    /// Whether an attribute selector names the widget code, in its name or its value.
    fn names_code(&self, attribute: &Attribute) -> bool {
        self.code.as_deref().is_some_and(|code| {
            attribute.name.contains(code) || attribute.value.as_deref().is_some_and(|v| v.contains(code))
        })
    }
}

/// Whether `class` is an element or modifier (`__`, `--`) of the BEM block of `root`, a block
/// that is not amoCRM's.
fn same_block(root: &str, class: &str) -> bool {
    let block = root.split_once("__").map_or(root, |(block, _)| block);
    let block = block.split_once("--").map_or(block, |(block, _)| block);
    let of_block = class.strip_prefix(block).is_some_and(|rest| rest.starts_with("__") || rest.starts_with("--"));
    of_block && !is_system_class(block) && !is_system_class(class)
}

/// Vue's scoped styles add `[data-v-<hash>]` to every selector and the same attribute to the
/// component's elements, so such a compound matches only the widget's own elements.
fn is_vue_scope(attribute: &Attribute) -> bool {
    attribute.name.strip_prefix("data-v-").is_some_and(|hash| !hash.is_empty())
}

/// The most common first class or id (not an amoCRM class) of the leftmost compound of the
/// widget's top-level selectors; an id wins over classes in its compound. Ties go to the one seen
/// first. The last resort, when the markup and the manifest name no root: the most common start
/// is often an inner element rather than the root.
pub fn guess_root(sheets: &[Sheet]) -> Option<FoundRoot> {
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
    Some(FoundRoot { root, origin: Origin::Styles(starts) })
}

/// One selector with what the scope rules need to know about it.
pub struct View<'a> {
    pub sheet: &'a Sheet,
    pub rule: &'a StyleRuleFacts,
    pub selector: &'a SelectorFacts,
    /// The first compound inside the widget (a root, Vue's or the code's attribute, or `&` of a
    /// rule inside it).
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

    /// Whether it only sets custom properties on `:root` (`:root { --acme-accent: #0a84ff; }`):
    /// variables for the whole page, which style no element by themselves.
    pub fn sets_root_variables(&self) -> bool {
        let on_root = |c: &Compound| c.generic.contains(&Generic::Root) && c.classes.is_empty() && c.ids.is_empty();
        self.rule.parent.is_none()
            && self.rule.only_custom_properties
            && matches!(self.selector.compounds.as_slice(), [only] if on_root(only))
    }

    /// Whether some compound outside the root styles the left menu.
    pub fn selects_left_menu(&self) -> bool {
        self.outside_root().iter().any(is_left_menu)
    }
}

/// Every selector of every sheet with its scope facts.
pub fn views<'a>(sheets: &'a [Sheet], roots: &Roots) -> Vec<View<'a>> {
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
                let root_at = selector.compounds.iter().position(|c| has_root(c, roots, parent_scoped));
                let anchored = selector.compounds.first().is_some_and(|c| is_anchored(c, parent_anchored, roots));
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

/// Whether a compound is inside the widget: is so itself (see [`Roots`]), is `&` of a rule inside
/// it, or is an `:is()` whose every alternative is.
fn has_root(compound: &Compound, roots: &Roots, parent_scoped: bool) -> bool {
    roots.in_own(compound)
        || (compound.nesting && parent_scoped)
        || compound.alternatives.iter().any(|alts| {
            !alts.is_empty() && alts.iter().all(|sel| sel.iter().any(|c| has_root(c, roots, parent_scoped)))
        })
}

/// Whether a compound narrows to elements with a class or id: its own, `&` of an anchored rule, a
/// `{{ … }}` name, or an `:is()` whose every alternative starts so.
fn is_anchored(compound: &Compound, parent_anchored: bool, roots: &Roots) -> bool {
    !compound.classes.is_empty()
        || !compound.ids.is_empty()
        || compound.placeholder
        || (compound.nesting && parent_anchored)
        || compound.alternatives.iter().any(|alts| {
            !alts.is_empty()
                && alts.iter().all(|sel| {
                    sel.first().is_some_and(|c| is_anchored(c, parent_anchored, roots))
                        || sel.iter().any(|c| has_root(c, roots, false))
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_classes() {
        for c in [
            "control--select",
            "control-checkbox",
            "modal-body",
            "modal",
            "modal__x",
            "switcher_on",
            "linked-form__field",
            "list-row__cell",
            "button-input-wrapper",
            "js-control-checkboxes_dropdown",
            "privacy_policy_link",
        ] {
            assert!(is_system_class(c), "{c}");
        }
        for c in
            ["acme-calendar", "card-widgets__widget-acme", "list-row", "my-modal", "controls", "modals", "switchers"]
        {
            assert!(!is_system_class(c), "{c}");
        }
    }

    /// The views of one style sheet, with these roots.
    fn scoped(css: &str, roots: &Roots) -> Vec<Option<usize>> {
        let source = crate::widget::source::SourceText::new("a.css", css.to_string());
        let sheets = [super::super::sheet::read(&source, None).expect("sheet")];
        views(&sheets, roots).iter().map(|v| v.root_at).collect()
    }

    #[test]
    fn any_root_vue_or_the_code_puts_a_selector_inside() {
        let mut roots = Roots { code: Some("acme".into()), ..Roots::default() };
        roots.add(Root::Class("acme-panel".into()), Origin::Given);
        roots.add(Root::Id("acme-modal".into()), Origin::Given);
        roots.add(Root::Class("acme-panel".into()), Origin::Code(Location::file("manifest.json")));
        assert_eq!(roots.found.len(), 2, "each root once");
        let css = ".x .acme-panel .y, #acme-modal .z, .btn[data-v-1a2b3c], [data-widget=\"acme\"] .a, \
                   .b[data-v-], .other .c, [data-role=x] .d { }";
        assert_eq!(scoped(css, &roots), [Some(1), Some(0), Some(0), Some(0), None, None, None]);
        // Without a code, attributes tie nothing to the widget but Vue's.
        assert_eq!(scoped("[data-widget=acme] .a, a[data-v-9f] { }", &Roots::default()), [None, Some(0)]);
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
