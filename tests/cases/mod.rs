//! The cases of every rule of the catalogue: widgets built from the clean example that break a
//! rule, and widgets that keep it, each with the status, language and place the rule must give.
//!
//! A rule's cases are found from its id: the part before the dot names the file, so the cases of
//! `js.syntax` are in `js.rs`, listed under "js.syntax". Each file lists its cases in catalogue
//! order; `tests/rule_cases.rs` runs them and checks that every rule has both kinds.
//!
//! A breaking case and its keeping case differ only by the change that breaks the rule, so that
//! each would fail if the rule stopped working. Every case asserts what a user would expect.

use std::path::Path;

use amo_preflight::rules::Status;
use amo_preflight::rules::profile::Marketplace;

use crate::common::Fixture;

pub mod code;
pub mod content;
pub mod css;
pub mod dev;
pub mod files;
pub mod general;
pub mod images;
pub mod internal;
pub mod js;
pub mod l10n;
pub mod manifest;
pub mod ui;

/// A family's list of cases.
pub type Cases = fn() -> Vec<Case>;

/// Every family (the part of a rule id before the dot) with its cases, in catalogue order.
pub const FAMILIES: &[(&str, Cases)] = &[
    ("internal", internal::cases),
    ("general", general::cases),
    ("content", content::cases),
    ("images", images::cases),
    ("l10n", l10n::cases),
    ("dev", dev::cases),
    ("files", files::cases),
    ("manifest", manifest::cases),
    ("ui", ui::cases),
    ("css", css::cases),
    ("code", code::cases),
    ("js", js::cases),
];

/// Every case of every family.
pub fn all() -> Vec<Case> {
    FAMILIES.iter().flat_map(|(_, cases)| cases()).collect()
}

/// One widget and what one rule must say about it.
pub struct Case {
    /// The rule id, as in reports (`js.syntax`).
    pub rule: &'static str,
    /// What the rule gives for `lang`: its worst status there.
    pub status: Status,
    /// The language of a per-language rule; `None` for widget-wide rules.
    pub lang: Option<&'static str>,
    /// Where a result with `status` must point; `None` for cases that keep the rule.
    pub at: Option<At>,
    pub marketplace: Marketplace,
    /// What the widget does, in a few words.
    pub about: &'static str,
    pub build: Build,
    /// For a rule that never passes: why not, on its `na` case.
    pub no_pass: Option<&'static str>,
}

/// Where a result points: a file and line, found by a piece of the line's text so that the number
/// follows the fixture.
#[derive(Debug, Clone, Copy)]
pub enum At {
    /// The line of the first occurrence of `text` in `file` (checked with [`Fixture::line_of`]).
    Line { file: &'static str, text: &'static str },
    /// A whole file, with no line (images, files that should not be there).
    File(&'static str),
    /// No place: the result is about the widget as a whole, or about the check itself.
    Nowhere,
}

/// The line of `text` in `file`.
pub fn line(file: &'static str, text: &'static str) -> At {
    At::Line { file, text }
}

/// A whole file.
pub fn file(file: &'static str) -> At {
    At::File(file)
}

/// How a case's widget is made and checked. Every widget starts as a copy of the clean example.
#[derive(Clone, Copy)]
pub enum Build {
    /// Edited, then checked offline as a folder.
    Edit(fn(&Fixture)),
    /// Edited, then zipped by the function (to the path it is given, outside the folder) and
    /// checked as a zip.
    Zip(fn(&Fixture, &Path)),
    /// Its support link moved to the local test server, edited (with the server's base URL),
    /// then checked with links opened (`--links`, private hosts allowed).
    Links(fn(&Fixture, &str)),
    /// Checked by the CLI in a child process with `AMO_PREFLIGHT_INJECT_PANIC` set to a rule
    /// family (`None`: unset), as tests/rules_internal.rs does: the variable is read by the whole
    /// process, so it cannot be set for one check among others running in this one.
    Cli { panic_in: Option<&'static str> },
}

impl Case {
    /// A widget the rule flags: it gives `status` (fail, warn or manual: what SPEC §6 says it
    /// gives when broken, or what a manual rule always gives) at `at`.
    pub fn broken(rule: &'static str, status: Status, at: At, about: &'static str) -> Case {
        assert!(matches!(status, Status::Fail | Status::Warn | Status::Manual), "{rule}: {status:?} flags nothing");
        Case::new(rule, status, Some(at), about)
    }

    /// A widget that keeps the rule: it passes.
    pub fn kept(rule: &'static str, about: &'static str) -> Case {
        Case::new(rule, Status::Pass, None, about)
    }

    /// A widget the rule does not apply to (`na`).
    pub fn na(rule: &'static str, about: &'static str) -> Case {
        Case::new(rule, Status::Na, None, about)
    }

    fn new(rule: &'static str, status: Status, at: Option<At>, about: &'static str) -> Case {
        Case {
            rule,
            status,
            lang: None,
            at,
            marketplace: Marketplace::Amocrm,
            about,
            build: Build::Edit(|_| {}),
            no_pass: None,
        }
    }

    /// For one language of a per-language rule.
    pub fn lang(mut self, lang: &'static str) -> Case {
        self.lang = Some(lang);
        self
    }

    /// Checked with Kommo's checklist.
    pub fn kommo(mut self) -> Case {
        self.marketplace = Marketplace::Kommo;
        self
    }

    /// The clean example edited by `edit`.
    pub fn edit(mut self, edit: fn(&Fixture)) -> Case {
        self.build = Build::Edit(edit);
        self
    }

    /// Zipped by `zip`.
    pub fn zip(mut self, zip: fn(&Fixture, &Path)) -> Case {
        self.build = Build::Zip(zip);
        self
    }

    /// With links opened against the local server.
    pub fn links(mut self, edit: fn(&Fixture, &str)) -> Case {
        self.build = Build::Links(edit);
        self
    }

    /// The clean example checked by the CLI with a bug injected into `family`'s rules.
    pub fn panic_in(mut self, family: &'static str) -> Case {
        self.build = Build::Cli { panic_in: Some(family) };
        self
    }

    /// The clean example checked by the CLI, without an injected bug.
    pub fn cli(mut self) -> Case {
        self.build = Build::Cli { panic_in: None };
        self
    }

    /// On the `na` case of a rule that has no pass: why it has none.
    pub fn no_pass(mut self, why: &'static str) -> Case {
        self.no_pass = Some(why);
        self
    }

    /// The case as failure messages name it.
    pub fn name(&self) -> String {
        let lang = self.lang.map(|l| format!(" [{l}]")).unwrap_or_default();
        format!("{}{lang} {} on {}: {}", self.rule, self.status.id(), self.marketplace.title(), self.about)
    }
}

// Helpers for writing fixtures.

/// Sets the text at a dot path (`ui.panel_title`) in `i18n/<lang>.json`.
pub fn set_text(f: &Fixture, lang: &str, path: &str, value: &str) {
    f.edit_json(&format!("i18n/{lang}.json"), |v| {
        let mut at = v;
        for key in path.split('.') {
            at = &mut at[key];
        }
        *at = serde_json::Value::String(value.to_string());
    });
}

/// Removes the key at a dot path (`errors.save_failed`, or a top-level `ui`) from
/// `i18n/<lang>.json`.
pub fn remove_text(f: &Fixture, lang: &str, path: &str) {
    let (parent, key) = path.rsplit_once('.').map_or(("", path), |(p, k)| (p, k));
    f.edit_json(&format!("i18n/{lang}.json"), |v| {
        let mut at = v;
        for part in parent.split('.').filter(|p| !p.is_empty()) {
            at = &mut at[part];
        }
        at.as_object_mut().expect("an object").remove(key).expect("the key is there");
    });
}

/// Adds lines of JavaScript to script.js, inside the module function after `'use strict';`.
pub fn add_js(f: &Fixture, code: &str) {
    f.replace("script.js", "  'use strict';\n", &format!("  'use strict';\n{code}\n"));
}

/// Adds rules at the end of style.css.
pub fn add_css(f: &Fixture, rules: &str) {
    let css = f.read("style.css");
    f.write("style.css", format!("{css}\n{rules}\n"));
}

/// Adds a location to manifest.json, with the blocks given as `(key, value)`.
pub fn add_location(f: &Fixture, location: &str, blocks: &[(&str, serde_json::Value)]) {
    f.edit_json("manifest.json", |v| {
        v["locations"].as_array_mut().expect("locations").push(location.into());
        for (key, value) in blocks {
            v[*key] = value.clone();
        }
    });
}

/// Edits manifest.json (through serde_json, written back pretty-printed).
pub fn edit_manifest(f: &Fixture, edit: impl FnOnce(&mut serde_json::Value)) {
    f.edit_json("manifest.json", edit);
}

/// Breaks manifest.json: the comma after widget.name is missing.
pub fn invalid_manifest(f: &Fixture) {
    f.replace("manifest.json", "\"name\": \"widget.name\",", "\"name\": \"widget.name\"");
}
