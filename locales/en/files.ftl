# amo-preflight: messages of the files part in en.

files-readable-pass =
    { $n ->
        [one] The one file could be read safely.
       *[other] All { $n } files could be read safely.
    }
files-readable-fail =
    { $n ->
        [one] { $n } problem reading the widget: { $problems }
       *[other] { $n } problems reading the widget: { $problems }
    }
files-problem-unsafe-path = "{ $name }" points outside the widget (.. or an absolute path) and was not read
files-problem-symlink = { $path } is a link to { $target }, outside the widget; not followed
files-problem-too-many-files = more than { $limit } files; the rest were not read
files-problem-file-too-large = { $path } is { $size } MB, over the { $limit } MB limit; not read
files-problem-total-too-large = the files add up to more than { $limit } MB; { $path } and later files were not read
files-problem-ratio-too-high = { $path } expands more than { $limit } times its packed size (a zip bomb?); not read
files-problem-unreadable = { $path } could not be read: { $reason }
files-zip-root-folder = A folder was checked, not a zip; zip the folder's contents when you submit.
files-zip-root-pass = manifest.json is at the root of the zip.
files-zip-root-nested = manifest.json is inside the folder "{ $folder }/" of the zip, not at its root. The checks ran on that folder.
files-evidence-outside-root = outside the widget folder
files-tooling-package-list = a build's package list
files-tooling-build-source = the source { $built } is built from
files-tooling-item = { $path } ({ $why })
files-dev-junk-pass = No development leftovers found.
files-dev-junk-leftovers =
    { $n ->
        [one] Development leftover: { $files }.
       *[other] Development leftovers: { $files }.
    }
files-dev-junk-tooling = Build tooling, which runs on your computer and not in amoCRM: { $tools }. Leave these out of widget.zip; if this folder is your source repository and your build already leaves them out, nothing needs to change.
files-dev-junk-both =
    { $n ->
        [one] Development leftover: { $files }.
       *[other] Development leftovers: { $files }.
    } Build tooling, which runs on your computer and not in amoCRM: { $tools }.
files-dev-junk-both-in-folder =
    { $n ->
        [one] Development leftover: { $files }.
       *[other] Development leftovers: { $files }.
    } Build tooling, which runs on your computer and not in amoCRM: { $tools }. Leave these out of widget.zip; if this folder is your source repository and your build already leaves them out, nothing needs to change.
files-no-text-files = The widget has no text files.
files-utf8-utf16 = { $path } is UTF-16
files-utf8-invalid = { $path } is not UTF-8 (from line { $line })
files-utf8-pass =
    { $n ->
        [one] The one text file is UTF-8.
       *[other] All { $n } text files are UTF-8.
    }
files-utf8-fail = { $problems }.
files-no-bom-pass = No text file starts with a byte order mark.
files-no-bom-fail = Starts with a byte order mark (BOM): { $files }.
files-lf-endings-pass = Every text file uses Unix line endings (LF).
files-lf-endings-crlf =
    { $crlf ->
        [one] { $path }: { $crlf } line ends in CR LF (Windows), first at line { $line }
       *[other] { $path }: { $crlf } lines end in CR LF (Windows), first at line { $line }
    }
files-lf-endings-cr =
    { $cr ->
        [one] { $path }: { $cr } line ends in a lone CR, first at line { $line }
       *[other] { $path }: { $cr } lines end in a lone CR, first at line { $line }
    }
files-lf-endings-crlf-and-cr =
    { $crlf ->
        [one] { $path }: { $crlf } line ends in CR LF (Windows) and { $cr } in a lone CR, first at line { $line }
       *[other] { $path }: { $crlf } lines end in CR LF (Windows) and { $cr } in a lone CR, first at line { $line }
    }
files-lf-endings-fail = { $problems }.
files-unused-pass = Every file is loaded by the widget, or may be ({ $searched } were searched).
files-unused-see-location = see the location
files-unused-runtime-module =
    { $n ->
        [one] Nothing that could be read loads { $n } file: { $files }. But { $script } loads a module whose name is built at run time ({ $code }), which may load it: check that it is used.
       *[other] Nothing that could be read loads { $n } files: { $files }. But { $script } loads a module whose name is built at run time ({ $code }), which may load them: check that each is used.
    }
files-unused-warn =
    { $n ->
        [one] Nothing loads { $n } file: { $files }. Searched: { $searched }.
       *[other] Nothing loads { $n } files: { $files }. Searched: { $searched }.
    }
files-evidence-maybe-by-name = may be loaded by name
files-searched =
    the manifest, { $scripts ->
        [one] { $scripts } script
       *[other] { $scripts } scripts
    }, { $templates ->
        [one] { $templates } template
       *[other] { $templates } templates
    } and { $styles ->
        [one] { $styles } style sheet
       *[other] { $styles } style sheets
    }
files-references-in-manifest = { $path } (named in { $key })
files-references-script = script.js (the widget shows in { $area })
files-references-in-script = { $path } ({ $how } in { $script })
files-references-how-module = a module it loads
files-references-how-template = a template it renders
files-references-included = { $path } (included by { $template })
files-references-none = manifest.json, the scripts and the templates name no files besides the slideshow images.
files-references-pass =
    { $n ->
        [one] The one file named in manifest.json, the scripts and the templates exists.
       *[other] All { $n } files named in manifest.json, the scripts and the templates exist.
    }
files-references-missing = Named but missing: { $files }.
