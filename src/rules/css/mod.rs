//! CSS: every `.css` file and `<style>` block of templates parsed once with lightningcss; all CSS
//! rules run over that one parse.
//!
//! Decisions:
//! - Parsing uses error recovery, as browsers do: a rule or declaration that cannot be parsed is
//!   skipped. There is no CSS syntax rule in the checklist, so skipped parts are not a failure;
//!   when nothing else is wrong, `css.global-selectors` becomes `manual` and lists them, because
//!   what they would select could not be checked.
//! - A selector is "inside the widget" from the first compound that names one of the widget's
//!   roots, has Vue's scoping attribute `[data-v-…]` or an attribute selector naming the widget
//!   code, or is `&` of a rule inside it: `html[dir=rtl] .acme .x` and `.modal.acme .x` are inside,
//!   so theme and settings-modal selectors are not reported as global.
//! - The roots are given ([`CssOptions::root_selector`], `--root-selector`) or found in the
//!   widget's own markup and manifest: the outermost elements of its templates and of the HTML its
//!   scripts build, `render_template`'s `class_name`, the widget code (see [`markup`]). A widget
//!   may have several. Only when none is found is one guessed from the styles.
//! - `<style>` blocks of templates have their Twig tags blanked out first (`{{ … }}` stays a name,
//!   `{% … %}` disappears), keeping every offset, so locations point into the template.

mod comments;
mod facts;
mod global;
pub mod lexer;
mod locate;
pub(crate) mod markup;
mod palette;
mod root;
pub mod scope;
pub mod sheet;
mod switcher;
mod system;

use super::{Check, Finding};
use crate::i18n::Msg;
use crate::location::Location;
use crate::msg;
use crate::rules::catalogue::RuleId;
use crate::rules::js::ScriptFacts;
use scope::Roots;

/// What the styles tell other rule families.
#[derive(Debug, Clone, Default)]
pub struct StyleFacts {
    /// Paths of widget files the styles refer to (`url()`, `@import`), relative to the widget
    /// root, with where each is written. They may name files that do not exist.
    pub reference_locations: Vec<(String, Location)>,
    /// Rules that style the left menu.
    pub left_menu: Vec<Location>,
    /// Rules with `position: fixed` and `bottom`.
    pub fixed_bottom: Vec<Location>,
}

/// Settings of the CSS rules.
#[derive(Debug, Clone, Default)]
pub struct CssOptions {
    /// The widget's root selector (`.my-widget` or `#my-widget`); found in the widget when `None`.
    pub root_selector: Option<String>,
}

/// The selectors of a stylesheet from elsewhere (a CDN) that would style the whole page: those
/// whose leftmost compound names no class or id, but for `:root` rules that only set variables.
/// Used by the link check for `js.external-styles`.
pub fn global_selectors(name: &str, css: &[u8]) -> Vec<String> {
    let file = crate::widget::textfile::decode(name, css);
    let Some(sheet) = file.source.as_ref().and_then(|source| sheet::read(source, None)) else { return Vec::new() };
    let sheets = [sheet];
    scope::views(&sheets, &Roots::default())
        .into_iter()
        .filter(|v| !v.anchored && v.root_at.is_none() && !v.sets_root_variables())
        .map(|v| v.selector.text.clone())
        .collect()
}

/// Runs the CSS rules with settings and what the scripts tell about the widget's markup.
pub fn run_with(cx: &Check, options: &CssOptions, scripts: &ScriptFacts, out: &mut Vec<Finding>) -> StyleFacts {
    let sheets = sheet::read_all(cx.widget);
    let roots = markup::find(cx, &sheets, options, scripts);
    let views = scope::views(&sheets, &roots);
    out.extend(global::check(&sheets, &views, &roots));
    out.push(system::check(&sheets, &views, &roots));
    out.push(root::check(&sheets, &views, &roots));
    out.push(switcher::check(cx, &sheets, &views));
    out.push(palette::check(&sheets));
    out.push(comments::check(&sheets));
    facts::collect(cx, &sheets, &views)
}

/// At most this many items are named in a message; the locations list them all.
const LISTED: usize = 8;

/// `a, b, c and 4 more`.
fn listed(items: Vec<Msg>) -> Msg {
    let more = items.len().saturating_sub(LISTED);
    let shown = crate::i18n::list(items.into_iter().take(LISTED).collect(), ", ");
    match more {
        0 => msg!("css-list", items = shown),
        more => msg!("css-list-more", items = shown, more = more),
    }
}

/// A name or selector as an item of a list: `` `.acme` ``.
fn code(text: &str) -> Msg {
    msg!("css-item-code", code = text)
}

/// A name or selector and where it is: `` `.acme` (style.css:3:1) ``.
fn code_at(text: &str, location: &Location) -> Msg {
    msg!("css-item", code = text, place = at(location))
}

/// `file:line:column`.
fn at(location: &Location) -> String {
    location.display()
}

/// Which stylesheets were read: `2 stylesheets`, `1 <style> block of 1 template`.
fn read_what(sheets: &[sheet::Sheet]) -> Msg {
    let blocks: usize = sheets.iter().map(|s| s.blocks).sum();
    let files = sheets.len();
    let css_files =
        sheets.iter().filter(|s| crate::widget::has_extension(&s.path, crate::widget::STYLE_EXTENSIONS)).count();
    let style_blocks = blocks - css_files;
    match (css_files, style_blocks) {
        (c, 0) => msg!("css-read-sheets", sheets = c),
        (0, b) => msg!("css-read-blocks", blocks = b, templates = files),
        (c, b) => msg!("css-read-sheets-and-blocks", sheets = c, blocks = b),
    }
}

/// The finding for a widget without any CSS.
fn no_css(id: RuleId) -> Finding {
    Finding::new(id, super::Status::Na, msg!("css-no-css"))
}
