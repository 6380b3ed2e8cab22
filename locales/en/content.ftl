# amo-preflight: messages of the content part in en.

## A listing text that is missing. $file is the language file (i18n/es.json), $key the
## manifest key that names the text (widget.name).

content-missing-name = There is no name in this language.
content-missing-teaser = There is no teaser in this language.
content-missing-description = There is no description in this language.
content-missing-name-check = There is no name in this language to check.
content-missing-teaser-check = There is no teaser in this language to check.
content-missing-description-check = There is no description in this language to check.
content-missing-name-help = Write the name in { $file } and name it in manifest.json ({ $key }).
content-missing-teaser-help = Write the teaser in { $file } and name it in manifest.json ({ $key }).
content-missing-description-help = Write the description in { $file } and name it in manifest.json ({ $key }).

## Length of a listing text, in characters. $place is the file and key where the text is
## written: "i18n/es.json (widget.name)".

content-name-over = The name has { $count } characters; the limit is { $max }.
content-teaser-over = The teaser has { $count } characters; the limit is { $max }.
content-description-over = The description has { $count } characters; the limit is { $max }.
content-name-within = The name has { $count } of { $max } characters.
content-teaser-within = The teaser has { $count } of { $max } characters.
content-description-within = The description has { $count } of { $max } characters.
content-name-shorten-help = Shorten the name in { $place } to { $max } characters or fewer.
content-teaser-shorten-help = Shorten the teaser in { $place } to { $max } characters or fewer.
content-description-shorten-help = Shorten the description in { $place } to { $max } characters or fewer.

## The name.

# A word from the widget in quotes.
content-quoted = "{ $word }"
# Quoted words joined by "or": "via" or "vía".
content-via-ok = "{ $name }" names its maker.
content-via-missing = "{ $name }" does not end with the maker joined by { $joiners }.
# $joiner is the joining word itself (via); keep it as it is.
content-via-help = Rename it to "<what it does> { $joiner } <your company>", e.g. "WhatsApp via Zenvia", in { $place }.
content-words-ok = No word of the name is longer than { $max } characters.
content-words-long = Words longer than { $max } characters: { $words }.
# One word of the name that is too long, and its characters.
content-word = "{ $word }" ({ $chars })
content-brand-ok = The name does not mention { $brand }.
content-brand-found = The name "{ $name }" contains "{ $brand }".

## The description.

content-paragraphs-ok =
    { $n ->
        [one] The description has { $n } paragraph.
       *[other] The description has { $n } paragraphs.
    }
content-paragraphs-over = The description has { $n } paragraphs; the checklist asks for 1–{ $max }.
content-friendly-none = No technical words found. Read the description once to judge its tone.
content-friendly-jargon = The description uses technical words: { $words }.
content-plan-none = The description names no plan. If the widget needs a particular plan, say which.
content-plan-found = The description mentions: { $words }. Check it names the plan the widget needs, if any.
content-pricing-none = The description mentions no price or currency. If the widget is paid, state its prices and currencies.
content-pricing-found = Price mentions found: { $words }. If the widget is paid, check prices and currencies are stated.
# Label of the description's text, shown for a person to read.
content-evidence-description = description

## The widget's own texts.

content-ui-none = The language file has no texts besides the listing texts.
content-ui-review =
    { $n ->
        [one] Read the widget's { $n } text and check each is clear to a user.
       *[other] Read the widget's { $n } texts and check each is clear to a user.
    }
content-errors-none = No error messages were found among the texts. Check that every possible error shows a message that says what to do.
content-errors-found =
    { $n ->
        [one] { $n } error message found. Check each explains the problem and what to do next, and that no error goes without a message.
       *[other] { $n } error messages found. Check each explains the problem and what to do next, and that no error goes without a message.
    }
# Label of a text of the widget: its key in the language file.
content-evidence-key = { $key }
