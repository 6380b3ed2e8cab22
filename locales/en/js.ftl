# amo-preflight: messages of the js part in en.

## Shared by the JavaScript rules

js-no-scripts = The widget has no JavaScript files.
# Code or a value of the widget, shown as it is.
js-code = { $code }
# A listing of what was found: "headline: a (file:1:2), b (file:3:4), and 2 more."
js-listing =
    { $more ->
        [0] { $headline }: { $items }.
       *[other] { $headline }: { $items }, and { $more } more.
    }
js-listing-item = { $what } ({ $at })
# "render, init and bind_actions"
js-and = { $first } and { $last }

## js.syntax

js-syntax-pass =
    { $n ->
        [one] All JavaScript parses without errors ({ $n } file).
       *[other] All JavaScript parses without errors ({ $n } files).
    }
js-syntax-errors =
    { $n ->
        [one] { $n } syntax error in JavaScript
       *[other] { $n } syntax errors in JavaScript
    }
# The parser's own message (in English), as it gives it.
js-syntax-parser = { $error }
js-syntax-too-large = the file is { $size } MiB, too large to analyse (the limit is { $limit } MiB per script); it was not analysed
js-syntax-too-deep = the code is nested about { $depth } levels deep (brackets or chained operators), too deep to be read safely; it was not analysed

## js.debug-traces, js.console-debug, js.console-trace

js-debug-dialog = { $name }() opens a browser dialog
js-debug-console = console.{ $method }() writes to the browser console
js-debug-trace-outside = console.trace() outside a catch block or rejection handler
js-debug-trace-handled = console.trace() in error handling
js-debug-debugger = a debugger statement stops the page in the developer tools
js-trace-none = The scripts do not call console.trace.
js-trace-pass =
    { $n ->
        [one] console.trace is called { $n } time, each inside a catch block or rejection handler.
       *[other] console.trace is called { $n } times, each inside a catch block or rejection handler.
    }
js-trace-fail =
    { $n ->
        [one] console.trace is called outside error handling in { $n } place
       *[other] console.trace is called outside error handling in { $n } places
    }
js-traces-stop =
    { $n ->
        [one] The scripts stop the user or the page in { $n } place
       *[other] The scripts stop the user or the page in { $n } places
    }
js-traces-console =
    { $n ->
        [one] The scripts write to the browser console in { $n } place
       *[other] The scripts write to the browser console in { $n } places
    }
js-traces-pass = No alerts, confirms, debugger statements or console output.
js-debug-none = The scripts do not call console.debug.
js-debug-found =
    { $n ->
        [one] console.debug is called in { $n } place; check each logs only information needed to run the widget
       *[other] console.debug is called in { $n } places; check each logs only information needed to run the widget
    }

## js.eval (and js.requirejs-deps, for code downloaded and run)

js-eval-eval = eval() runs a string as code
js-eval-function = Function() builds a function from a string
js-eval-new-function = new Function() builds a function from a string
js-eval-timer = { $timer }() is given a string, which is run as code
# What was found (one of the messages above), inside a listener of messages from other windows.
js-eval-from-iframe = { $what }, inside a message listener: data received from another window (an iframe) may be run as code
js-eval-response = eval is given the response of a network request
# Also the label of the evidence: where the scripts listen for messages.
js-eval-listener = message listener
js-eval-pass = No code is run from strings.
js-eval-pass-listeners =
    { $n ->
        [one] No code is run from strings. The scripts listen for messages from other windows (iframes) in { $n } place; none of that data is run as code.
       *[other] No code is run from strings. The scripts listen for messages from other windows (iframes) in { $n } places; none of that data is run as code.
    }
js-eval-fail =
    { $n ->
        [one] The scripts run code from strings in { $n } place
       *[other] The scripts run code from strings in { $n } places
    }
js-deps-downloaded-code = code downloaded with a network request is run with eval or Function instead of being loaded through define
js-deps-downloaded-eval = code downloaded with a network request is run with eval instead of being loaded through define

## js.callbacks

js-callbacks-no-script = The widget has no script.js, so there are no callbacks to check.
# Said after "this.callbacks" when the main script hands it on from another module.
js-callbacks-handed-on = {" "}(handed on by { $file })
js-callbacks-pass = this.callbacks{ $handed_on } has { $all }.
js-callbacks-unread = this.callbacks in { $file }{ $handed_on } has no { $missing } that can be read, but { $unread }, where they may be set: check that they are there.{ $why }
js-callbacks-unread-spread = this.callbacks takes keys from a spread (...)
js-callbacks-unread-runtime = a module is named at run time ({ $code })
js-callbacks-unread-missing =
    { $n ->
        [one] it loads { $modules }, which is not in the widget
       *[other] it loads { $modules }, which are not in the widget
    }
js-callbacks-see-location = see the location
js-callbacks-lacks = this.callbacks in { $file }{ $handed_on } lacks { $missing }.{ $why } amoCRM calls render, init and bind_actions in turn; without them the widget does not work in its areas.
js-callbacks-lacks-help = Add { $missing } to this.callbacks; render, init and bind_actions must return true (return true even when there is nothing to do).
# One sentence per location of manifest.json; added after another sentence.
js-callbacks-why =
    { $n ->
        [one] {" "}{ $names } is called in { $location }, which manifest.json lists.
       *[other] {" "}{ $names } are called in { $location }, which manifest.json lists.
    }
js-callbacks-unparsed = { $file } could not be parsed completely (see js.syntax), so its callbacks were not checked.
js-callbacks-runtime-module = { $file } hands on to a module whose name is built at run time ({ $code }), so whether it sets { $all } cannot be read; check that they are there.
js-callbacks-modules = { $file } hands on to { $modules }, and no module it loads sets this.callbacks in a way that can be read; check that { $all } are there.
js-callbacks-missing = { $file } does not set this.callbacks, so amoCRM finds no { $all }.

## js.amocrm-global

js-amocrm-replaced = { $name } is replaced
js-amocrm-assigned = a property of { $name } is assigned
js-amocrm-incremented = a property of { $name } is incremented or decremented
js-amocrm-deleted = a property of { $name } is deleted
js-amocrm-array = { $method }() changes an array of { $name }
js-amocrm-merged = { $function }() changes { $name }
js-amocrm-pass = AMOCRM and APP are only read, never changed.
js-amocrm-fail =
    { $n ->
        [one] The scripts change amoCRM's global object in { $n } place
       *[other] The scripts change amoCRM's global object in { $n } places
    }

## js.undeclared

js-undeclared-pass = Every variable the scripts use is declared or a known global.
js-undeclared-assigned =
    { $n ->
        [one] { $name } is assigned without being declared, which creates a global variable by accident ({ $n } use).
       *[other] { $name } is assigned without being declared, which creates a global variable by accident ({ $n } uses).
    }
js-undeclared-used =
    { $n ->
        [one] { $name } is used but never declared ({ $n } use).
       *[other] { $name } is used but never declared ({ $n } uses).
    }
js-undeclared-more =
    { $n ->
        [one] { $n } more undeclared name: { $names }.
       *[other] { $n } more undeclared names: { $names }.
    }

## js.sync-requests

js-sync-async-false = { $function }() with async: false
js-sync-open = open(method, url, false) makes the request synchronous
js-sync-options = request options with async: false
js-sync-pass = No request is synchronous.
js-sync-fail =
    { $n ->
        [one] The scripts send synchronous requests, which freeze amoCRM until they answer, in { $n } place
       *[other] The scripts send synchronous requests, which freeze amoCRM until they answer, in { $n } places
    }

## js.script-injection

js-injection-create = createElement('script') makes a script element
js-injection-get-script = { $function }() loads and runs a script
js-injection-tag = a string with a <script> tag
js-injection-pass = No script elements are created or injected.
js-injection-fail =
    { $n ->
        [one] The scripts add script elements to the page in { $n } place
       *[other] The scripts add script elements to the page in { $n } places
    }

## js.requirejs-deps

js-deps-require = require() loads { $url } outside the define([...]) dependencies
js-deps-import = import() loads a module outside the define([...]) dependencies
js-deps-pass = External code is loaded only through define([...]).
js-deps-fail =
    { $n ->
        [one] The scripts load code outside define([...]) in { $n } place
       *[other] The scripts load code outside define([...]) in { $n } places
    }

## What loads a script or a stylesheet (labels of the evidence)

js-how-define = define() dependency
js-how-require-config = require.config paths
js-how-script-src = script element src
js-how-link-href = link element href
js-how-script-in-string = <script src> in a string
js-how-link-in-string = <link> in a string
js-how-script-in-template = <script src> in a template
js-how-link-href-in-template = <link href> in a template
js-how-link-in-template = <link> in a template

## js.external-sources

# $store is localStorage, sessionStorage or js-sources-page-address.
js-sources-read-from = a module's address is read from { $store }
js-sources-page-address = the page's address
js-sources-na = The widget has no JavaScript files and its templates load no scripts.
js-sources-none = No script is loaded from another site.
js-sources-override = { $places }: a debug switch that lets whoever sets it run their own code as the widget. Load the module by its path in the widget only.
js-sources-development =
    { $n ->
        [one] { $n } script is loaded from { $hosts }, an address on the developer's own machine or network that users cannot reach. Load the module from the widget's own files.
       *[other] { $n } scripts are loaded from { $hosts }, an address on the developer's own machine or network that users cannot reach. Load the module from the widget's own files.
    }
js-sources-untrusted =
    { $n ->
        [one] { $n } script is loaded from { $hosts }, which { $host_count ->
            [one] is
           *[other] are
        } not a trusted CDN for public libraries.
       *[other] { $n } scripts are loaded from { $hosts }, which { $host_count ->
            [one] is
           *[other] are
        } not a trusted CDN for public libraries.
    }
js-sources-checked = Libraries are loaded from { $hosts }: allowed, but every library there will be checked by the moderators. Confirm each is a public, unmodified library.
js-sources-pass = Scripts from other sites come only from trusted CDNs ({ $hosts }).

## general.no-auto-install

js-install-presses = { $method }() presses the install control { $control } from code
js-install-pass = No code presses the Install or Uninstall control.
js-install-fail =
    { $n ->
        [one] The scripts press the Install or Uninstall control themselves in { $n } place
       *[other] The scripts press the Install or Uninstall control themselves in { $n } places
    }

## code.commented-out (the JavaScript half)

js-comments-code = `{ $code }`
js-comments-na = JavaScript: The widget has no JavaScript files.
js-comments-pass = JavaScript: comments explain; none holds commented-out code.
js-comments-fail =
    { $n ->
        [one] JavaScript: { $n } comment holds commented-out code
       *[other] JavaScript: { $n } comments hold commented-out code
    }

## js.minified

js-minified-source-map = it refers to a source map, so it was generated from other sources
js-minified-long-line = line { $line } is { $length } characters long
js-minified-whitespace = only { $percent }% of it is whitespace
# The signs above, joined with "; ".
js-minified-reasons = { $reasons }
js-minified-file = { $file } looks minified or generated: { $reasons }.
js-minified-pass =
    { $n ->
        [one] The JavaScript looks readable ({ $n } file).
       *[other] The JavaScript looks readable ({ $n } files).
    }
# Said after another sentence, about the library code of bundled files.
js-minified-not-listed =
    { $n ->
        [one] {" "}{ $n } finding in them is not the widget's and not listed.
       *[other] {" "}{ $n } findings in them are not the widget's and not listed.
    }
js-minified-opaque = { $file } was built by webpack, and its modules cannot be told apart (no module names or source map), so the widget's own code in it cannot be read.{ $not_listed } Submit the widget's readable sources.
js-minified-bundle = { $file } was built by a bundler from other sources: the parts from the widget's own sources were checked, the parts from libraries ({ $libraries }) were not.{ $not_listed } Submit the widget's readable sources.
js-minified-no-libraries = none
js-minified-library = { $name } ({ $file })
js-minified-libraries = The widget bundles third-party libraries: { $libraries }. They are not judged as the widget's code; confirm each is a public, unmodified library.{ $not_listed }
js-minified-evidence-library = library

## Why a script is build tooling, not the widget's code (for files.dev-junk)

js-tooling-configures = { $name } configures the build
js-tooling-command = it starts with #!, as a command does
js-tooling-node-module = it loads Node's { $module } module
