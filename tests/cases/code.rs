//! code.commented-out: comments explain; no code left in comments, in JavaScript or CSS.

use amo_preflight::rules::Status::*;

use super::{Case, add_js, line};

pub fn cases() -> Vec<Case> {
    vec![
        Case::broken("code.commented-out", Fail, line("script.js", "// var old"), "old JavaScript in a comment")
            .edit(|f| add_js(f, "  // var old = AMOCRM.constant('account').id;")),
        Case::broken(
            "code.commented-out",
            Fail,
            line("style.css", "/* background"),
            "an old declaration in a CSS comment",
        )
        .edit(|f| {
            f.replace("style.css", "  font-size: 14px;", "  font-size: 14px;\n  /* background: #fafafa; */");
        }),
        Case::kept("code.commented-out", "a comment that explains").edit(|f| add_js(f, "  // get account id")),
        Case::kept("code.commented-out", "prose that mentions code").edit(|f| {
            add_js(
                f,
                concat!(
                    "  // TODO: remove()\n",
                    "  // See render() for the details (it must return true).\n",
                    "  // e.g. self.render(...)"
                ),
            )
        }),
        Case::kept("code.commented-out", "a CSS comment that explains").edit(|f| {
            f.replace("style.css", "  font-size: 14px;", "  font-size: 14px;\n  /* our signature colour */");
        }),
    ]
}
