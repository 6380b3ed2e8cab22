# amo-preflight: the app's words in en. An id is the key the code uses, its dots written as dashes.

start-title = Check your widget before you submit it
start-subtitle = amo-preflight checks an amoCRM or Kommo widget against the marketplace checklist and tells you what to fix.
start-open_folder = Open folder…
start-open_zip = Open widget.zip…
start-drop_hint = or drop a widget folder or .zip onto this window
start-examples = Try an example
start-example_clean = Open the example widget (passes every automatic check)
start-example_broken = Open the example widget with problems
start-recent = Recent widgets
start-recent_missing = This widget is no longer there
menu-recheck = Check again
menu-close = Close
menu-language = Language
menu-language_system = System
menu-theme = Theme
menu-theme_system = System
menu-theme_light = Light
menu-theme_dark = Dark
header-version = version { $version }
header-languages = languages: { $languages }
header-marketplace = Checklist:
header-checking = Checking…
header-checked_in = checked in { $ms } ms
tab-checklist = Checklist
tab-texts = Texts
tab-languages = Languages
tab-images = Images
filter-problems = Problems only
filter-manual = To check by hand only
filter-all_languages = All languages
filter-search = Search the checklist
filter-clear = Clear the search
checklist-item = Checklist item
checklist-widget = Widget
checklist-nothing_matches = No item matches the filters.
details-none = Select an item of the checklist to see what was found and what to do next.
details-language = language: { $lang }
details-gone = This item is not in the latest check.
details-evidence = What was found
details-what_to_do = What to do
details-why = Why the marketplace asks
details-example = For example, this breaks the rule:
details-instead = Instead:
details-source = Where the rule comes from
details-open_file = Open file
details-open_file_zip = Files inside a zip cannot be opened from here
review-title = Your decision
review-explain = Only a person can judge this item. Look at what was found, then mark it. Your decision is kept on this computer, not in the widget.
review-note_hint = Note (optional): what you checked, what to change
review-mark_passed = ✔ Mark as OK
review-mark_failed = ✖ Mark as not OK
review-clear = Undo decision
texts-intro = Name, teaser and description of every language, counted as the { $marketplace } marketplace counts them. Files are never changed here.
texts-language = Language: { $lang }
texts-name = Name
texts-teaser = Teaser
texts-description = Description
texts-missing = missing
texts-count = { $n } / { $max }
texts-over =
    { $n ->
        [one] { $n } character too many
       *[other] { $n } characters too many
    }
texts-via = ends with the maker: "… { $words } Maker"
texts-words_ok = no word longer than { $max } characters
texts-words_long = words longer than { $max } characters: { $words }
texts-brand = does not mention { $brand }
texts-paragraphs =
    { $n ->
        [one] { $n } paragraph
       *[other] { $n } paragraphs
    } (1–{ $max } wanted)
texts-scratch = Try a new wording
texts-scratch_hint = Type here to see the counters; copy the text when it fits. Nothing is saved.
texts-scratch_placeholder = Type a name, teaser or description
texts-copy = Copy text
languages-intro =
    { $keys ->
        [one] { $keys } text
       *[other] { $keys } texts
    } in { $languages ->
        [one] { $languages } language
       *[other] { $languages } languages
    }, side by side.
languages-key = Text
languages-missing = missing
languages-empty = empty
languages-chars =
    { $n ->
        [one] { $n } character
       *[other] { $n } characters
    }
languages-same_as = same as { $lang }: not translated?
images-branding = Branding images
images-branding_intro = Each image at its real size (1:1) inside an outline of the size the marketplace expects.
images-expected = expected { $size }
images-actual = actual { $size }, { $kb } KB
images-missing = missing
images-loading = loading…
images-slideshow = Slideshow
images-slideshow_intro = 1–5 images per language, { $size } pixels, PNG. Click an image to see it at full size.
images-no_slides = No slideshow images are listed for this language.
images-click_to_zoom = Click to see it at full size
open-failed = This is not a widget amo-preflight can read
open-failed_help = Open the widget folder (the one with manifest.json in it) or the widget.zip you will submit.
notice-example_not_written = The example could not be written to open it: { $reason }
notice-review_not_saved = Your decision could not be saved: { $reason }
notice-settings_not_saved = Settings could not be saved: { $reason }
filter-language = Language
review-saved_note = Note: { $note }
images-not_png = This is a { $format } file, not a PNG
images-not_an_image = This is not an image file, nor a PNG
images-at_root = Found at the widget root; the documentation puts it in images/
images-reading = Reading the words in images… { $done } of { $total }
images-no_reader = The words in the images are not read for you: Tesseract is not installed. To install it:
images-copy_command = Copy command
links-check = Check links
links-check_hint = Opens every link of the widget to see that it works and leads to a page in the right language. Needs the internet.
links-progress = Checking links… { $done } of { $total }
links-cancel = Stop checking links
export-button = Export report…
export-title = Save the report
export-done = Report saved: { $path }
export-failed = The report could not be saved: { $reason }
images-file-unreadable = the file could not be read
submission-button = Prepare submission zip…
submission-title = Prepare submission zip
submission-preparing = Preparing the zip and checking it…
submission-explain = A new widget.zip with what a machine can fix, fixed. Your widget is not changed. Tick a file to keep it in the zip.
submission-keep = Keep this in the zip
submission-write = Write zip…
submission-written = Written: { $path } (SHA-256 { $sha256 })
submission-before = Before: { $path }
submission-after = After: { $path }
submission-new_verdict = The new zip: { $verdict }
submission-failed = The zip could not be prepared or written: { $reason }
texts-use_for = Use for { $lang }
texts-use_hint = Put this wording into i18n/{ $lang }.json of the submission zip (Prepare submission zip…); your widget is not changed.
texts-wording_used = The new wording goes into i18n/{ $lang }.json of the submission zip.
dialog-no_system = The system's file dialog could not be shown, so the app shows its own.
dialog-up = Up one folder
dialog-empty = Nothing to choose in this folder.
dialog-unreadable = This folder cannot be read: { $reason }
dialog-file_name = File name:
dialog-open_this_folder = Open this folder
dialog-save = Save
dialog-cancel = Cancel
dialog-replaces = A file of this name is there already: Save replaces it.

## Card preview
card-heading = How the marketplace shows it
card-no_language = The widget names no language, so there is nothing to show.
card-language = Language:
card-light = Light
card-dark = Dark
card-scratch = Showing your new wording
card-wording = Showing the wording chosen with "Use for { $lang }"
card-catalogue = In the catalogue
card-install = Before installing
card-name_cut =
    { $n ->
        [one] Name cut at { $n } character: the marketplace's form takes no more.
       *[other] Name cut at { $n } characters: the marketplace's form takes no more.
    }
card-teaser_cut =
    { $n ->
        [one] Teaser cut at { $n } character: the marketplace's form takes no more.
       *[other] Teaser cut at { $n } characters: the marketplace's form takes no more.
    }
card-previous = Previous slide
card-next = Next slide
card-slide = { $n } / { $total }
card-approximation = An approximation: the marketplace's own page may wrap slightly differently.
