# amo-preflight: messages of the images part in en.

# A value from the widget as it is (a file name, a path), in a list or as a label.
images-value = { $value }
# Names joined by "or": "PNG or JPEG".

## Branding images: presence and place.

images-files-missing =
    { $n ->
        [one] Missing branding image: { $file_names }.
       *[other] Missing branding images: { $file_names }.
    }
images-files-missing-help = Add { $file_names } to the images/ folder ({ $sizes }).
images-files-doubled =
    { $n ->
        [one] { $file_names } is both in images/ and at the widget root. The copies in images/ are the ones checked; those at the root are left over.
       *[other] { $file_names } are both in images/ and at the widget root. The copies in images/ are the ones checked; those at the root are left over.
    }
images-files-doubled-help = Delete { $file_names } at the widget root, keeping the images/ copies.
images-files-at-root =
    { $n ->
        [one] { $file_names } is at the widget root, beside manifest.json; { $marketplace }'s documentation puts the branding images in the images/ folder.
       *[other] { $file_names } are at the widget root, beside manifest.json; { $marketplace }'s documentation puts the branding images in the images/ folder.
    }
images-files-at-root-help = Move { $file_names } into the images/ folder.
images-files-ok = All five branding images are in images/.

## Branding images: format, size, weight.

images-format-none = There are no branding images to check.
images-format-ok =
    { $n ->
        [one] The one branding image is a real PNG file.
       *[other] All { $n } branding images are real PNG files.
    }
images-format-not-png = Not PNG: { $problems }.
# One item of a list of problems; $format is PNG, JPEG, GIF or WebP.
images-format-is = { $path } is a { $format } file
images-format-unknown = { $path } is not a recognisable image
images-size-none = There are no branding images to measure.
images-size-ok = { $path } is { $width }×{ $height }, as required.
images-size-wrong = { $path } is { $width }×{ $height }; { $file_name } must be { $need_width }×{ $need_height }.
images-size-wrong-help = Export { $file_name } at exactly { $need_width }×{ $need_height } pixels.
images-size-unreadable = The size of { $path } cannot be read: the file is damaged or not an image.
images-size-unreadable-help = Export { $file_name } again as a PNG of { $need_width }×{ $need_height } pixels.
images-weight-none = There are no branding images to weigh.
images-weight-ok = Every branding image is at most { $limit_kb } KB.
images-weight-over = Over { $limit_kb } KB: { $files }.
# One item of the list of heavy images.
images-weight-file = { $path } ({ $kb } KB)

## The digital pipeline logo.

images-dp-none = The widget is not in the digital pipeline, so it needs no logo_dp.png.
images-dp-missing = The widget is in the digital pipeline but images/logo_dp.png is missing.
images-dp-not-png = { $path } is a { $format } file, not a PNG.
images-dp-not-image = { $path } is not a recognisable image, not a PNG.
images-dp-wrong-size = { $path } is { $width }×{ $height }; it must be { $need_width }×{ $need_height }.
images-dp-unreadable = The size of { $path } cannot be read.

## Partner logos.

images-partner = If the widget features another app, check that the 400×272 and 240×84 images show both logos.
# Label of a branding image that is missing; the file name follows.
images-evidence-missing = missing

## The slideshow of one language.

images-count-none = No slideshow images are listed for this language ({ $key }).
images-count-none-help = Add 1–5 slideshow images for "{ $lang }" under tour.tour_images in manifest.json, e.g. "{ $lang }": ["/images/slide_1_{ $lang }.png"].
# $kind is the JSON type found instead of a list.
images-count-not-list =
    { $kind ->
        [object] { $key } is an object, not a list of images.
        [string] { $key } is a string, not a list of images.
        [number] { $key } is a number, not a list of images.
        [boolean] { $key } is a boolean, not a list of images.
        [null] { $key } is null, not a list of images.
       *[other] { $key } is a { $kind }, not a list of images.
    }
images-count-wrong = { $n } slideshow images are listed; there must be 1 to { $max }.
images-count-ok =
    { $n ->
        [one] { $n } slideshow image listed.
       *[other] { $n } slideshow images listed.
    }
images-slides-none = No slideshow images are listed for this language.
images-slides-ok =
    { $n ->
        [one] The listed slideshow image exists.
       *[other] All { $n } listed slideshow images exist.
    }
images-slides-missing = Listed but not in the widget: { $entries }.
# An entry of the slideshow list that is not a text; $kind is its JSON type.
images-slides-not-path =
    { $kind ->
        [array] (an array, not a path)
        [object] (an object, not a path)
        [number] (a number, not a path)
        [boolean] (a boolean, not a path)
        [null] (null, not a path)
       *[other] (a { $kind }, not a path)
    }
images-slides-format-none = There are no slideshow images for this language to check.
images-slides-format-ok = Every slideshow image is a real { $formats } file.
images-slides-format-wrong = Not { $formats }: { $problems }.
images-slides-size-none = There are no slideshow images for this language to measure.
images-slides-size-ok = Every slideshow image is { $width }×{ $height }.
images-slides-size-wrong = { $problems }; slideshow images must be { $width }×{ $height }.
images-slides-size-is = { $path } is { $width }×{ $height }
images-slides-size-unreadable = { $path } has no readable size
images-slides-quality = Look at the slideshow: does it show the widget at work, clearly?
images-slides-foreign-words = Look at the images of this language: are all their words in this language?
images-slides-look-none = There are no slideshow images for this language to look at.
# Labels of a slideshow image; its path (and size) follow.
images-evidence-slide = slideshow image
images-evidence-slide-no-size = slideshow image, size unknown
images-evidence-branding = branding image

## images.no-foreign-words: the words read in the images

images-words-no-reader = Tesseract is not installed, so the words in the images were not read. Look at the images of this language: are all their words in this language?
images-words-install = To have the words in the images read for you, install Tesseract and its language data, then check again: { $command }
images-words-pending =
    { $n ->
        [one] Reading the words in { $n } image…
       *[other] Reading the words in { $n } images…
    }
images-words-unreadable =
    { $n ->
        [one] The words of { $n } image could not be read, look at it yourself: { $images }.
       *[other] The words of { $n } images could not be read, look at them yourself: { $images }.
    }
# An image that could not be read, with why.
images-words-unreadable-one = { $path } ({ $reason })
images-words-none-found =
    { $n ->
        [one] No words were found in the slideshow image.
       *[other] No words were found in the { $n } slideshow images.
    }
images-words-ok = Every line read in the slideshow images is { $in_language } (lines read: { $lines }, images: { $n }).
# One line read in an image, and what it is in ("English", "Cyrillic letters").
images-words-line = "{ $words }" ({ $what })
images-words-foreign = { $path } has words that are not { $in_language }: { $lines }.
images-words-branding = { $path } is shown in every language, but some of its words are not { $in_language }: { $lines }.
images-words-foreign-help = Replace this image with one whose words are all in this language, for example a screenshot of an account set to this language.
images-words-doubt-help = These words were read from the image automatically and may be misread: look at these lines in the image. If they are in another language, replace the image; if not, mark this item as checked.
images-reading-not-in-widget = { $path } is not in the widget
images-reading-too-slow = Tesseract took too long
images-reading-failed = Tesseract stopped: { $reason }
