# amo-preflight: messages of the report part in en.
verdict-none = Nothing blocks publication
verdict-fail =
    { $n ->
        [one] { $n } problem blocks publication
       *[other] { $n } problems block publication
    }
verdict-warn =
    { $n ->
        [one] { $n } warning
       *[other] { $n } warnings
    }
verdict-manual =
    { $n ->
        [one] { $n } item to check by hand
       *[other] { $n } items to check by hand
    }
verdict-checked = { $n } checked by hand
section-general = General
section-content = Content and appearance
section-localization = Support & localization
section-development = Development
docs-id = id
docs-per-language = per language
docs-checks = what it checks
docs-yes = yes
docs-only = { $marketplace } only
docs-thresholds = Thresholds
docs-name-limit = name ≤ { $max } (joined by { $joiners })
docs-name-words = words ≤ { $max }
docs-no-brand = no "{ $brand }"
docs-teaser-limit = teaser ≤ { $max }
docs-description-limit = description ≤ { $max } in 1–{ $paragraphs } paragraphs
docs-interface-version = interface_version { $version }
docs-branding-limit = branding images ≤ { $kb } KB
docs-what-to-do = What to do
docs-why = Why
docs-example = Example
docs-instead = Instead
docs-from = From
status-pass = Pass
status-fail = Fail
status-warn = Warning
status-manual = Check by hand
status-na = Does not apply
status-reviewed_passed = Checked: OK
status-reviewed_failed = Checked: not OK
report-problems = Problems to fix
report-to-check = Items to check by hand
report-no-name = (no name)
report-no-languages = none
report-kind-folder = folder
report-kind-zip = zip
report-heading = { $name } — { $source } ({ $kind }) — { $marketplace } checklist — languages: { $languages }
report-badge-fail = FAIL
report-badge-warn = WARN
report-badge-manual = MANUAL
report-badge-pass = PASS
report-badge-na = N/A
report-counts = { $pass } pass · { $fail } fail · { $warn } warn · { $manual } manual · { $na } n/a
report-hidden =
    { $n ->
        [one] 1 passed or not applicable item is not shown; --verbose lists it.
       *[other] { $n } passed or not applicable items are not shown; --verbose lists them.
    }
report-at = at { $place }
report-more-places =
    { $n ->
        [one] … and { $n } more place
       *[other] … and { $n } more places
    }
report-more = … and { $n } more
report-title = Widget check: { $name }
report-widget = Widget
report-version = Version
report-name-in = Name ({ $lang })
report-checklist = Checklist
report-tool = Tool
report-item = Item
report-reviewer = Reviewer
report-what-to-do = What to do
report-none = (none)
report-languages = Languages
report-checked-with = Checked with
report-checked-with-on = { $tool } on { $date }
report-input-sha256 = SHA-256 of the input
report-checklist-item = Checklist item
report-reviewed-at = on { $at }
report-not-reviewed = not reviewed yet
report-more-about-rule = Why, an example, and where the rule comes from
report-example-bad = For example, this breaks the rule:
report-example-good = Instead:
report-source = Where the rule comes from:
report-branding = Branding images
report-image-size = { $size } (expected { $expected })
report-image-missing = missing (expected { $expected })
report-slideshow = Slideshow
report-no-slides = No slideshow images listed.
report-missing = missing
report-side-by-side = Languages side by side
report-text = Text
text-state-missing = missing
text-state-empty = empty
text-state-wrong-language = wrong language
text-state-too-long = too long
text-state-untranslated = untranslated
text-state-ok = OK
review-damaged-set-aside = the saved review decisions could not be read ({ $error }); the file was set aside as { $aside }
review-damaged = the saved review decisions in { $file } could not be read ({ $error })
review-other-widget-set-aside = the review decisions saved for { $widget } were made for another widget ({ $other }), so they are not used; they were set aside as { $aside }
review-other-widget = the review decisions saved for { $widget } were made for another widget ({ $other }), so they are not used
