# amo-preflight: messages of the hardcoded part in en.

## l10n.hardcoded-text

hardcoded-nothing-loaded = The widget loads no scripts or templates.
hardcoded-none =
    { $n ->
        [one] No text in another language is written into the { $n } script or template the widget loads.
       *[other] No text in another language is written into the { $n } scripts and templates the widget loads.
    }
hardcoded-looks = looks { $language } ({ $percent }% sure)
hardcoded-may-be-shown = { $why }, may be shown
hardcoded-text-at = "{ $text }" ({ $place }: { $why })
hardcoded-text-at-more =
    { $more ->
        [one] "{ $text }" ({ $place } and { $more } more place: { $why })
       *[other] "{ $text }" ({ $place } and { $more } more places: { $why })
    }
hardcoded-and-more = and { $n } more
hardcoded-perhaps = Written into the code and perhaps not { $language }: { $texts }.
hardcoded-shown = Shown as written to users who read { $language }, in another language: { $texts }.
hardcoded-shown-also-check = Shown as written to users who read { $language }, in another language: { $texts }. Also check: { $others }.
hardcoded-help = Put each text into every language file, translated, under a key ({ $moves }), and show it from there: in a script as { $script }, in a template as {"{{"} { $key } {"}}"} with the texts passed in when it is rendered.
