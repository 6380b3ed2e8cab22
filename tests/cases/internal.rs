//! internal.error: the check ran to the end.

use amo_preflight::rules::Status::*;

use super::{At, Case};

pub fn cases() -> Vec<Case> {
    vec![
        // The error is about amo-preflight, not about a file of the widget: it points nowhere.
        Case::broken("internal.error", Fail, At::Nowhere, "a bug stops the general rules").panic_in("general"),
        Case::kept("internal.error", "the same check without the bug").cli(),
    ]
}
