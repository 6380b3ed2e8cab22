# amo-preflight: what `amo-preflight fix` (and the app's Prepare submission zip) says in en.

## What is done to a text file.
fix-text-from-utf16 = converted from UTF-16 to UTF-8
fix-text-from-cp1251 = converted from Windows-1251 to UTF-8
fix-text-broken-utf16 = it starts like UTF-16 but does not decode; save it as UTF-8 in your editor
fix-text-bom = byte order mark removed
fix-text-not-utf8 = it is not UTF-8, and its encoding cannot be told for sure; save it as UTF-8 in your editor
fix-text-is-image = it is a { $format } image under a text file's name; give it the extension of its format and change what refers to it
fix-text-line-endings =
    { $n ->
        [one] { $n } line ending changed to LF
       *[other] { $n } line endings changed to LF
    }

## The changes.
fix-unwrapped = The widget's files were in the folder { $folder }/ of the zip; in the new zip they are at its root.
fix-left-out = Left out { $path }: { $why }.
fix-kept = Kept { $path }, as you asked, although { $why }.
fix-reencoded = { $path }: { $done }.
fix-not-fixed = { $path } is copied as it is: { $why }.
fix-reworded = new wording of { $key }
fix-why-junk = a development leftover or build tooling that does not ship (files.dev-junk)
fix-why-unused = nothing in the widget loads it (files.unused)
fix-why-not-read = it could not be read (too large or damaged), so it cannot be copied

## Writing the zip.
fix-zip-failed = the new zip could not be built: { $error }
fix-cannot-write = { $path } could not be written: { $reason }
fix-refuse-overwrite = { $path } is the widget being fixed: write the new zip somewhere else (the input is never changed).
fix-refuse-inside = { $path } is inside the widget's folder { $folder }: write the new zip somewhere else (the input is never changed).

## The summary.
fix-written =
    { $files ->
        [one] Wrote { $path }: { $files } file, SHA-256 { $sha256 }.
       *[other] Wrote { $path }: { $files } files, SHA-256 { $sha256 }.
    }
fix-dry-run =
    { $files ->
        [one] Would write { $path }: { $files } file, SHA-256 { $sha256 }. Nothing was written (--dry-run).
       *[other] Would write { $path }: { $files } files, SHA-256 { $sha256 }. Nothing was written (--dry-run).
    }
fix-changes =
    { $n ->
        [one] { $n } change:
       *[other] { $n } changes:
    }
fix-no-changes = Nothing to change: the widget is already as a machine can make it.
fix-before-after =
    { $before ->
        [one] { $before } problem blocked publication; now { $after }.
       *[other] { $before } problems blocked publication; now { $after }.
    }
fix-after-none = Nothing blocks publication any more.
fix-after-left =
    { $n ->
        [one] This one needs you:
       *[other] These { $n } need you:
    }

## What is done to an image.
fix-image-generated = generated from { $source }: check it looks right
fix-image-to-png = saved as PNG
fix-image-resized = resized from { $from } to { $to }
fix-image-enlarged = resized from { $from } to { $to }, enlarged { $times }×: check it is not blurred
fix-image-moved = moved from { $from } into images/
fix-image-renamed = converted from { $from } to PNG, and renamed in manifest.json
fix-image-slide-is-logo = it is also a branding image, which keeps its own size; give the slideshow a file of its own
fix-image-lighter = saved smaller ({ $kb } KB)
fix-image-256-colours = reduced to 256 colours to weigh under { $max } KB — check it looks right
fix-image-still-heavy = still { $kb } KB, over the { $max } KB limit: simplify the image
