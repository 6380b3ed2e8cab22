//! Texts the scripts show to users, for l10n.hardcoded-text: string parts passed to what puts
//! text on the page (`.text()`, `.html()`, `.append()`, `innerHTML`, `alert`, notifications,
//! modals, `render_template` bodies, the parameters of a rendered template), the text of the HTML
//! they build, and — as "may be shown" — strings under a text-like key (`{title: '…'}`).
//!
//! A note's status says how sure it is that users see the text: `Fail` for what is certainly put
//! on the page, `Warn` for what may be, or is shown only for some languages (`lang === 'ru' ?
//! 'Сохранить' : 'Save'`). Comments, console messages, URLs and identifiers are not texts; a
//! table of texts by language (`{ru: {…}, en: {…}}`) is a translation, not a hard-coded text.
//! The verdict per language is l10n's (`rules/hardcoded.rs`): this only gathers.

use std::collections::HashSet;

use oxc_ast::ast::{
    Argument, AssignmentExpression, CallExpression, Expression, IfStatement, NewExpression, ObjectExpression,
    ObjectPropertyKind,
};
use oxc_span::Span;
use oxc_syntax::operator::BinaryOperator;

use super::ast;
use super::rule::JsRule;
use super::scan::Scripts;
use super::walk::Cx;
use crate::rules::catalogue::RuleId;
use crate::rules::{Finding, Status};
use crate::text::html::{collapse_whitespace, without_twig};

const ID: RuleId = RuleId::L10nHardcodedText;

/// Methods whose arguments become the page's text or markup (jQuery and the DOM).
const SHOWING_METHODS: &[&str] = &[
    "text",
    "html",
    "append",
    "prepend",
    "after",
    "before",
    "replaceWith",
    "insertAdjacentHTML",
    "insertAdjacentText",
];
/// Functions of the browser that show their argument in a dialog.
const DIALOGS: &[&str] = &["alert", "confirm", "prompt"];
/// Element properties whose value is shown.
const SHOWING_PROPERTIES: &[&str] =
    &["innerHTML", "outerHTML", "innerText", "textContent", "title", "placeholder", "alt"];
/// Attributes browsers show, set through `attr()` / `setAttribute()`.
const SHOWN_ATTRIBUTES: &[&str] = &["title", "placeholder", "alt", "aria-label", "data-tooltip"];
/// Parts of a callee's name that make it a notification or a modal (`AMOCRM.notifications.
/// show_message`, `toastr.error`, `Swal.fire`, `new Modal`), lower case.
const NOTIFYING: &[&str] = &["notification", "notify", "toast", "swal", "show_message", "add_error", "modal", "dialog"];
/// Keys whose value is a text to read, lower case; a key ending in one is too (`button_text`).
const TEXT_KEYS: &[&str] = &[
    "text",
    "title",
    "label",
    "caption",
    "header",
    "message",
    "msg",
    "placeholder",
    "hint",
    "tooltip",
    "description",
    "body",
    "content",
    "html",
];
/// Language codes, as the keys of a table of texts by language.
const LANGUAGE_KEYS: &[&str] = &["ru", "en", "es", "pt", "tr", "id", "de", "fr", "it", "uk"];

/// Not a rule of its own: gathers the texts for l10n.hardcoded-text (see [`super::ScriptFacts`]).
#[derive(Default)]
pub struct UiText {
    /// Where noted texts start, so a text is noted once, by its surest place.
    noted: HashSet<u32>,
    /// Code shown only for some languages (`if (lang == 'ru') {…}`): its texts may be right.
    /// Only the ones around the walk are kept (see [`encloses`]).
    switched: Vec<Span>,
    /// Tables of texts by language: translations, not hard-coded texts (kept as `switched`).
    tables: Vec<Span>,
}

impl UiText {
    /// Notes each part of a text users see; `sure`: the code certainly shows it.
    fn show(&mut self, cx: &mut Cx, e: &Expression, sure: bool) {
        for (text, offset, switched) in parts(e) {
            self.note(cx, text, offset, sure && !switched);
        }
    }

    fn note(&mut self, cx: &mut Cx, text: &str, offset: u32, sure: bool) {
        if self.noted.contains(&offset) || encloses(&mut self.tables, offset) {
            return;
        }
        // Markup is read as markup, when its string comes to `on_text`.
        if has_markup(text) {
            return;
        }
        let Some(text) = user_text(text) else { return };
        self.noted.insert(offset);
        let sure = sure && !encloses(&mut self.switched, offset);
        cx.note_text(ID, if sure { Status::Fail } else { Status::Warn }, text, offset);
    }

    /// The text-like properties of an object literal.
    fn show_properties(&mut self, cx: &mut Cx, o: &ObjectExpression, sure: bool) {
        for p in &o.properties {
            if let ObjectPropertyKind::ObjectProperty(p) = p
                && p.key.static_name().is_some_and(|k| is_text_key(&k))
            {
                match p.value.without_parentheses() {
                    Expression::ObjectExpression(inner) => self.show_properties(cx, inner, sure),
                    value => self.show(cx, value, sure),
                }
            }
        }
    }

    /// Every argument, objects by their text-like properties.
    fn show_arguments(&mut self, cx: &mut Cx, args: &[Argument]) {
        for arg in args.iter().filter_map(Argument::as_expression) {
            match arg.without_parentheses() {
                Expression::ObjectExpression(o) => self.show_properties(cx, o, true),
                e => self.show(cx, e, true),
            }
        }
    }
}

impl JsRule for UiText {
    fn on_call(&mut self, cx: &mut Cx, it: &CallExpression) {
        let method = ast::method(&it.callee);
        if cx.callee_global().is_some_and(|g| g.starts_with("console.")) {
            return;
        }
        if cx.callee_global().is_some_and(|g| DIALOGS.contains(&g)) {
            self.show_arguments(cx, &it.arguments);
        } else if let Some(m) = method.filter(|m| SHOWING_METHODS.contains(m)) {
            // `formData.append('name', value)` adds a field, it shows nothing.
            let field = m == "append" && ast::arg(&it.arguments, 1).is_some();
            let from = usize::from(m.starts_with("insertAdjacent"));
            for e in it.arguments.iter().skip(from).filter_map(Argument::as_expression).filter(|_| !field) {
                self.show(cx, e, true);
            }
        } else if matches!(method, Some("attr" | "setAttribute")) {
            match (ast::arg(&it.arguments, 0), ast::arg(&it.arguments, 1)) {
                (Some(Expression::ObjectExpression(o)), None) => self.show_properties(cx, o, true),
                (Some(name), Some(value))
                    if ast::static_string(name).is_some_and(|n| SHOWN_ATTRIBUTES.contains(&&*n)) =>
                {
                    self.show(cx, value, true)
                }
                _ => {}
            }
        } else if method == Some("render_template")
            || method.is_some_and(is_notifying)
            || cx.callee_library().is_some_and(is_notifying)
        {
            self.show_arguments(cx, &it.arguments);
        } else if method == Some("render")
            && let Some(Expression::ObjectExpression(params)) =
                ast::arg(&it.arguments, 1).or_else(|| ast::arg(&it.arguments, 0).filter(|_| it.arguments.len() == 1))
        {
            // `self.render({ref: '/tmpl/controls/button.twig'}, {text: 'Сохранить'})`,
            // `twigjs({ref: …}).render({text: 'Сохранить'})`: the parameters of a template are
            // what it writes on the page.
            self.show_properties(cx, params, true);
        }
    }

    fn on_new(&mut self, cx: &mut Cx, it: &NewExpression) {
        if ast::any_path(&it.callee).is_some_and(|p| is_notifying(&p)) {
            self.show_arguments(cx, &it.arguments);
        }
    }

    fn on_assignment(&mut self, cx: &mut Cx, it: &AssignmentExpression) {
        if let Some(m) = it.left.as_member_expression()
            && m.static_property_name().is_some_and(|p| SHOWING_PROPERTIES.contains(&p))
        {
            self.show(cx, &it.right, true);
        }
    }

    fn on_if(&mut self, _cx: &mut Cx, it: &IfStatement) {
        if mentions_language(&it.test) {
            self.switched.push(it.span);
        }
    }

    fn on_object(&mut self, cx: &mut Cx, it: &ObjectExpression) {
        let languages = it
            .properties
            .iter()
            .filter(|p| match p {
                ObjectPropertyKind::ObjectProperty(p) => {
                    p.key.static_name().is_some_and(|k| LANGUAGE_KEYS.contains(&&*k))
                }
                ObjectPropertyKind::SpreadProperty(_) => false,
            })
            .count();
        if languages >= 2 {
            self.tables.push(it.span);
            return;
        }
        self.show_properties(cx, it, false);
    }

    /// HTML built in a string: its text and shown attributes are on the page.
    fn on_text(&mut self, cx: &mut Cx, text: &str, offset: u32) {
        if !has_markup(text) || encloses(&mut self.tables, offset) {
            return;
        }
        let html = cx.html(text, offset);
        if html.tags().next().is_none() {
            return;
        }
        let sure = !encloses(&mut self.switched, offset);
        for (shown, at) in html.shown_texts() {
            if let Some(shown) = user_text(shown) {
                // Offsets inside the string: the line is right, escapes aside.
                let at = offset.saturating_add(u32::try_from(at).unwrap_or(0));
                if self.noted.insert(at) {
                    cx.note_text(ID, if sure { Status::Fail } else { Status::Warn }, shown, at);
                }
            }
        }
    }

    fn verdict(&self, _scripts: &Scripts) -> Vec<Finding> {
        Vec::new()
    }
}

/// Whether one of `spans` encloses `offset`. The walk asks in source order, so a span that ends
/// before `offset` encloses nothing asked later and is dropped: the list holds only the spans
/// around the walk, as deep as the code is nested, not every `if` of a generated file.
fn encloses(spans: &mut Vec<Span>, offset: u32) -> bool {
    spans.retain(|s| s.end > offset);
    spans.iter().any(|s| s.start <= offset)
}

/// The literal parts of a string expression, each with where it starts and whether a test of the
/// language chooses it: `'a'`, `` `a${b}c` ``, `'a' + b`, `x ? 'a' : 'b'`, `x || 'a'`.
fn parts<'a>(e: &'a Expression<'a>) -> Vec<(&'a str, u32, bool)> {
    let mut out = Vec::new();
    collect(e, false, &mut out);
    out
}

fn collect<'a>(e: &'a Expression<'a>, switched: bool, out: &mut Vec<(&'a str, u32, bool)>) {
    match e.without_parentheses() {
        Expression::StringLiteral(s) => out.push((s.value.as_str(), s.span.start, switched)),
        Expression::TemplateLiteral(t) => {
            for q in &t.quasis {
                out.push((q.value.cooked.map_or(q.value.raw.as_str(), |c| c.as_str()), q.span.start, switched));
            }
        }
        Expression::BinaryExpression(b) if b.operator == BinaryOperator::Addition => {
            collect(&b.left, switched, out);
            collect(&b.right, switched, out);
        }
        Expression::ConditionalExpression(c) => {
            let by_language = switched || mentions_language(&c.test);
            collect(&c.consequent, by_language, out);
            collect(&c.alternate, by_language, out);
        }
        Expression::LogicalExpression(l) => {
            collect(&l.left, switched, out);
            collect(&l.right, switched, out);
        }
        _ => {}
    }
}

/// Whether a test looks at the user's language: a name with `lang` or `locale` in it
/// (`AMOCRM.lang_id`, `self.langs`, `locale`), or a comparison with a language code (`== 'ru'`).
fn mentions_language(e: &Expression) -> bool {
    let named = |name: &str| {
        let lower = name.to_ascii_lowercase();
        lower.contains("lang") || lower.contains("locale")
    };
    match e.without_parentheses() {
        Expression::Identifier(id) => named(&id.name),
        Expression::StringLiteral(s) => LANGUAGE_KEYS.contains(&s.value.as_str()),
        Expression::BinaryExpression(b) => mentions_language(&b.left) || mentions_language(&b.right),
        Expression::LogicalExpression(l) => mentions_language(&l.left) || mentions_language(&l.right),
        Expression::UnaryExpression(u) => mentions_language(&u.argument),
        Expression::CallExpression(c) => {
            mentions_language(&c.callee)
                || c.arguments.iter().filter_map(Argument::as_expression).any(mentions_language)
        }
        Expression::ChainExpression(c) => c
            .expression
            .as_member_expression()
            .is_some_and(|m| m.static_property_name().is_some_and(named) || mentions_language(m.object())),
        e => e
            .as_member_expression()
            .is_some_and(|m| m.static_property_name().is_some_and(named) || mentions_language(m.object())),
    }
}

/// Whether a callee's name makes it a notification or a modal.
fn is_notifying(path: &str) -> bool {
    NOTIFYING.iter().any(|n| contains_ignoring_case(path, n))
}

/// Whether an object key names a text (`title`, `button_text`, `errorMessage`): one of
/// [`TEXT_KEYS`], or a name ending in one as a word. Asked of every key of every object, so it
/// allocates nothing.
fn is_text_key(key: &str) -> bool {
    let key = key.as_bytes();
    TEXT_KEYS.iter().any(|k| {
        let Some(start) = key.len().checked_sub(k.len()) else { return false };
        key[start..].eq_ignore_ascii_case(k.as_bytes())
            && (start == 0
                || key[start - 1] == b'_'
                || (key[start].is_ascii_uppercase() && key[start - 1].is_ascii_lowercase()))
    })
}

/// `hay` contains `needle` (lower case), whatever the case of `hay`.
fn contains_ignoring_case(hay: &str, needle: &str) -> bool {
    hay.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether a string holds a start tag (`<div`, `<b>`): HTML, not a comparison.
fn has_markup(text: &str) -> bool {
    text.match_indices('<').any(|(i, _)| text[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// The text as a user reads it, when it is one: Twig taken out, whitespace collapsed, with a
/// letter, and neither a URL, a selector nor an identifier (`'btn-primary'`, `'#acme-root'`).
fn user_text(text: &str) -> Option<String> {
    let text = collapse_whitespace(&without_twig(text));
    let identifier = !text.contains(' ') && text.chars().all(|c| c.is_ascii_alphanumeric() || "_-.$:#/[]=".contains(c));
    let url = text.contains("://") || text.starts_with("//");
    (text.chars().any(char::is_alphabetic) && !identifier && !url).then_some(text)
}
