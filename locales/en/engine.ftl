# amo-preflight: messages of the engine part in en.

engine-only-marketplace = Only the { $marketplace } checklist has this rule.
engine-no-manifest = manifest.json could not be read, so this was not checked.
engine-no-manifest-help = Fix manifest.json first (see manifest.json-valid).
engine-internal-error = Internal error in the { $family } rules — please report it ({ $reason }). Those rules were not checked; the rest of the report is complete.
engine-internal-error-no-details = no details
engine-all-ran = Every rule family ran to the end.
engine-not-checked = Not checked: an internal error stopped these rules.
engine-not-checked-help = See internal.error at the top of the report.
engine-no-languages = The widget declares no languages, so no language could be checked.
engine-no-languages-help = List the widget's languages in widget.locale and add an i18n/<language>.json for each.
# A list of choices: "a, b or c".
engine-one-of = { $items } or { $last }
engine-none = nothing
