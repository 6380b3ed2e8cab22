# amo-preflight: messages of the widget part in en.

## The widget could not be opened at all

widget-open-not-found = { $path }: no such file or folder
widget-open-unreadable = { $path }: cannot be read: { $reason }
widget-open-not-zip = { $path }: not a readable zip archive ({ $reason })
widget-open-no-manifest = { $path }: no manifest.json found
widget-open-no-manifest-hint = { $path }: no manifest.json found ({ $hint })
widget-open-internal = { $path }: the check stopped on an internal error; this is a bug in amo-preflight, please report it
widget-hint-sub-folder = it is in the sub-folder { $folder }/ — open that folder instead
widget-hint-top-level = a widget folder has manifest.json at its top level
widget-hint-zip = the archive has no manifest.json in it

## Why a file or the input could not be read

widget-reason-not-regular = not a regular file or folder
widget-reason-permission-denied = permission denied
# The system's or the zip reader's own words, when there are no plainer ones.
widget-reason-system = { $detail }
widget-reason-cut-short = the file is cut short
widget-reason-damaged = the file is damaged, cut short, or not a zip at all
widget-reason-password = unsupported zip feature: Password required to decrypt file
widget-reason-unsupported = unsupported zip feature: { $feature }
widget-reason-compression = compression method not supported: { $method }

## manifest.json and the language files

widget-file-unread = { $path } could not be read (see files.readable)
widget-file-not-utf8 = { $path } is not UTF-8 text; save it as UTF-8
widget-file-utf16 = { $path } is saved as UTF-16; save it as UTF-8
widget-file-too-large = { $path } is { $size } MiB, too large to read (the limit for manifest and language files is { $limit } MiB; they are usually a few KB)
widget-file-invalid-json = { $path } is not valid JSON: { $problem }

## What is wrong in a JSON file

widget-json-empty = the file is empty
widget-json-bom = the file starts with a byte order mark (BOM); save it as UTF-8 without BOM
widget-json-only-whitespace = the file is empty: it contains only whitespace
widget-json-text-after = text after the end of the JSON value
widget-json-comment = comments are not allowed in JSON
widget-json-unclosed-object = unexpected end of file: an object is not closed (it opens at line { $line }, column { $column })
widget-json-unclosed-array = unexpected end of file: an array is not closed (it opens at line { $line }, column { $column })
widget-json-unclosed-string = unexpected end of file: a string is not closed (it opens at line { $line }, column { $column })
widget-json-too-deep = nesting deeper than { $max } levels
widget-json-end-expected-value = unexpected end of file: expected a value
widget-json-end-expected-key = unexpected end of file: expected a key
widget-json-single-quotes = strings must be in double quotes `"`, not single quotes `'`
widget-json-curly-quotes = strings must be in straight double quotes `"`, not `{ $quote }`
widget-json-leading-point = a number must start with a digit (write `0.5`, not `.5`)
widget-json-leading-plus = a number cannot start with `+`
widget-json-bare-word = `{ $word }` is not a JSON value: text must be in double quotes, and only `true`, `false` and `null` may be written without them
widget-json-expected-value = expected a value, found { $found }
widget-json-expected-colon = expected `:` after an object key
widget-json-key-single-quotes = object keys must be in double quotes `"`, not single quotes `'`
widget-json-key-unquoted = object keys must be in double quotes `"`
widget-json-expected-first-key = expected a key in double quotes or `{"}"}`, found { $found }
widget-json-expected-key = expected a key in double quotes after `,`, found { $found }
widget-json-trailing-comma = trailing comma before `{ $bracket }`
widget-json-expected-comma-member = expected `,` or `{"}"}` after an object member
widget-json-expected-comma-item = expected `,` or `]` after an array item
widget-json-line-break-in-string = a string cannot continue on the next line; is a closing `"` missing? (write `\n` for a line break inside a string)
widget-json-tab-in-string = a string cannot contain a raw tab character; write it as `\t`
widget-json-control-in-string = a string cannot contain the control character { $code }
widget-json-bad-unicode-escape = `\u` in a string must be followed by four hexadecimal digits
widget-json-bad-escape = invalid escape { $escape } in a string; only \" \\ \/ \b \f \n \r \t and \uXXXX are allowed (write `\\` for a backslash)
widget-json-escape = `\{ $char }`
widget-json-escape-invisible = `\` followed by { $found }
widget-json-leading-zero = a number cannot start with 0 followed by more digits (no leading zeros)
widget-json-digit-after-minus = expected a digit after `-`
widget-json-digit-after-point = expected a digit after the decimal point
widget-json-digit-in-exponent = expected a digit in the number's exponent
widget-json-invalid-number = invalid number
widget-json-number-too-large = the number is too large
widget-json-char = `{ $char }`
widget-json-invisible-char = the invisible character { $code }

## Decoding an image.
widget-image-too-large = { $size } is too large to open
widget-image-unreadable = cannot read the image: { $error }
widget-image-undecodable = cannot decode the image: { $error }
