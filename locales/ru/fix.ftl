# amo-preflight: what `amo-preflight fix` (and the app's Prepare submission zip) says in ru.

## What is done to a text file.
fix-text-from-utf16 = перекодирован из UTF-16 в UTF-8
fix-text-from-cp1251 = перекодирован из Windows-1251 в UTF-8
fix-text-broken-utf16 = файл начинается как UTF-16, но не читается; сохраните его в редакторе в кодировке UTF-8
fix-text-bom = удалена метка порядка байтов (BOM)
fix-text-not-utf8 = файл не в UTF-8, а его кодировку нельзя определить наверняка; сохраните его в редакторе в кодировке UTF-8
fix-text-is-image = это изображение { $format } с именем текстового файла; дайте ему расширение его формата и поправьте ссылки на него
fix-text-line-endings =
    { $n ->
        [one] { $n } перевод строки заменён на LF
        [few] { $n } перевода строки заменены на LF
       *[many] { $n } переводов строки заменены на LF
    }

## The changes.
fix-unwrapped = Файлы виджета лежали в папке { $folder }/ внутри zip-архива; в новом архиве они в корне.
fix-left-out = Не включён { $path }: { $why }.
fix-kept = Оставлен { $path }, как вы просили, хотя { $why }.
fix-reencoded = { $path }: { $done }.
fix-not-fixed = { $path } скопирован без изменений: { $why }.
fix-reworded = новый текст { $key }
fix-why-junk = это остатки разработки или файлы сборки, которые не публикуются (files.dev-junk)
fix-why-unused = ничто в виджете его не загружает (files.unused)
fix-why-not-read = его не удалось прочитать (слишком большой или повреждён), поэтому скопировать его нельзя

## Writing the zip.
fix-zip-failed = не удалось собрать новый zip-архив: { $error }
fix-cannot-write = не удалось записать { $path }: { $reason }
fix-refuse-overwrite = { $path } — это исправляемый виджет: запишите новый архив в другое место (исходные файлы никогда не меняются).
fix-refuse-inside = { $path } находится внутри папки виджета { $folder }: запишите новый архив в другое место (исходные файлы никогда не меняются).

## The summary.
fix-written =
    { $files ->
        [one] Записан { $path }: { $files } файл, SHA-256 { $sha256 }.
        [few] Записан { $path }: { $files } файла, SHA-256 { $sha256 }.
       *[many] Записан { $path }: { $files } файлов, SHA-256 { $sha256 }.
    }
fix-dry-run =
    { $files ->
        [one] Был бы записан { $path }: { $files } файл, SHA-256 { $sha256 }. Ничего не записано (--dry-run).
        [few] Был бы записан { $path }: { $files } файла, SHA-256 { $sha256 }. Ничего не записано (--dry-run).
       *[many] Был бы записан { $path }: { $files } файлов, SHA-256 { $sha256 }. Ничего не записано (--dry-run).
    }
fix-changes =
    { $n ->
        [one] { $n } изменение:
        [few] { $n } изменения:
       *[many] { $n } изменений:
    }
fix-no-changes = Менять нечего: виджет уже таков, каким его может сделать программа.
fix-before-after =
    { $before ->
        [one] Публикации мешала { $before } проблема; теперь — { $after }.
        [few] Публикации мешали { $before } проблемы; теперь — { $after }.
       *[many] Публикации мешали { $before } проблем; теперь — { $after }.
    }
fix-after-none = Больше ничто не мешает публикации.
fix-after-left =
    { $n ->
        [one] Эту проблему нужно решить вам:
        [few] Эти { $n } проблемы нужно решить вам:
       *[many] Эти { $n } проблем нужно решить вам:
    }

## What is done to an image.
fix-image-generated = создано из { $source }: проверьте, что выглядит хорошо
fix-image-to-png = сохранено в PNG
fix-image-resized = размер изменён с { $from } на { $to }
fix-image-enlarged =
    размер изменён с { $from } на { $to }, увеличено в { $times } { $times ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раза
    }: проверьте, что не размыто
fix-image-moved = перенесено из { $from } в images/
fix-image-renamed = { $from } сохранено в PNG и переименовано в manifest.json
fix-image-slide-is-logo = это ещё и фирменное изображение, у которого свой размер; сделайте для слайд-шоу отдельный файл
fix-image-lighter = сохранено с меньшим весом ({ $kb } КБ)
fix-image-256-colours = сокращено до 256 цветов, чтобы весить меньше { $max } КБ, — проверьте, как оно выглядит
fix-image-still-heavy = всё ещё { $kb } КБ, больше предела { $max } КБ: упростите изображение
