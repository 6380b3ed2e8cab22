# amo-preflight: messages of the cli part in en.
cli-checking-links = Checking links… { $done }/{ $total }
cli-warning = warning: { $warning }
cli-cannot-write-file = cannot write { $path }: { $error }
cli-cannot-write-report = cannot write the report: { $error }
cli-no-window = the window could not be opened: { $error }
cli-about = Checks an amoCRM / Kommo marketplace widget against the publication checklist
cli-long-about =
    Checks an amoCRM / Kommo marketplace widget against the publication checklist.

    Without a command it opens the app, on PATH if given; `check` runs headless.
cli-usage = Usage:
cli-arguments = Arguments
cli-options = Options
cli-commands = Commands
cli-help = Print help
cli-version = Print version
cli-app-path = A widget folder or .zip to open in the app.
cli-check-about = Check a widget folder or widget.zip and report what blocks publication.
cli-check-path = The widget: a folder, a .zip, or its manifest.json. Give several to check them in turn.
cli-check-marketplace = Whose checklist to apply: amocrm (the default) or kommo.
cli-check-format = How to write the report: text (the default), json, markdown, html or sarif.
cli-check-output = Write the report to this file instead of the terminal.
cli-check-fail-on = Exit with 1 when a result is at this level or worse: fail (the default) or warn.
cli-check-links = Open every link over the network: does it work, is the page in the text's language?
cli-check-allow-private-hosts = With --links: also request loopback, private and link-local addresses (intranet pages, local test servers).
cli-check-no-review = Leave out the decisions a reviewer made in the app on items checked by hand.
cli-check-root-selector = The widget's root CSS selector (e.g. `.my-widget`); found in its templates, scripts and manifest if not given.
cli-check-lang = The language of messages and help: en, ru, es or pt. Unless given, the system's for text, Markdown and HTML, English for JSON and SARIF.
cli-one-widget-only = JSON, SARIF and HTML reports, and --output, take one widget at a time: check each widget on its own, or use --format text or markdown for several.
cli-check-quiet = Print only the summary line of each widget (text format).
cli-check-verbose = List every result, passes and items that do not apply too (text format).
cli-rules-about = Print the rule catalogue: what each rule checks, what to do, why, and an example.
cli-rules-format = How to print it: text (the default), json or markdown (the README's rules tables).
cli-rules-lang = The language of the texts: en, ru, es or pt. Unless given, the system's for text and Markdown, English for JSON.
cli-fix-about = Write a new widget.zip with what a machine can fix, fixed; the widget itself is never changed.
cli-fix-path = The widget: a folder, a .zip, or its manifest.json.
cli-fix-output = The new zip to write (not the widget itself, nor inside its folder).
cli-fix-marketplace = Whose checklist to apply: amocrm (the default) or kommo.
cli-fix-keep = Keep files matching this pattern that would be left out (e.g. `docs/**`); may be given more than once.
cli-fix-dry-run = Say what would change, and check the result, without writing anything.
cli-fix-format = How to report: text (the default) or json (the changes and the new zip's report).
cli-fix-lang = The language of the summary: en, ru, es or pt. Unless given, the system's for text, English for JSON.
cli-completions-about = Print shell completions for bash, zsh, fish, elvish or PowerShell.
cli-completions-shell = The shell: bash, zsh, fish, elvish or powershell.
cli-man-about = Print the manual page, or write one for each command into a folder.
cli-man-output-dir = Write amo-preflight.1 and a page for each command into this folder instead.
