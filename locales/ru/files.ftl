# amo-preflight: messages of the files part in ru.

files-readable-pass =
    { $n ->
        [1] Единственный файл прочитан без проблем.
        [one] Все файлы прочитаны без проблем (всего: { $n }).
        [few] Все { $n } файла прочитаны без проблем.
       *[many] Все { $n } файлов прочитаны без проблем.
    }
files-readable-fail =
    { $n ->
        [one] { $n } проблема при чтении виджета: { $problems }
        [few] { $n } проблемы при чтении виджета: { $problems }
       *[many] { $n } проблем при чтении виджета: { $problems }
    }
files-problem-unsafe-path = "{ $name }" указывает за пределы виджета (.. или абсолютный путь), поэтому файл не прочитан
files-problem-symlink = { $path } — ссылка на { $target } за пределами виджета; по ней не переходили
files-problem-too-many-files =
    { $limit ->
        [one] больше { $limit } файла; остальные не прочитаны
        [few] больше { $limit } файлов; остальные не прочитаны
       *[many] больше { $limit } файлов; остальные не прочитаны
    }
files-problem-file-too-large = { $path } весит { $size } МБ — больше допустимых { $limit } МБ; файл не прочитан
files-problem-total-too-large = файлы вместе весят больше { $limit } МБ; { $path } и следующие за ним файлы не прочитаны
files-problem-ratio-too-high =
    { $limit ->
        [one] { $path } при распаковке вырастает больше чем в { $limit } раз (zip-бомба?); файл не прочитан
        [few] { $path } при распаковке вырастает больше чем в { $limit } раза (zip-бомба?); файл не прочитан
       *[many] { $path } при распаковке вырастает больше чем в { $limit } раз (zip-бомба?); файл не прочитан
    }
files-problem-unreadable = не удалось прочитать { $path }: { $reason }
files-zip-root-folder = Проверялась папка, а не zip-архив; при отправке заархивируйте содержимое папки.
files-zip-root-pass = manifest.json лежит в корне zip-архива.
files-zip-root-nested = manifest.json лежит внутри папки "{ $folder }/" zip-архива, а не в его корне. Проверка выполнена для этой папки.
files-evidence-outside-root = вне папки виджета
files-tooling-package-list = список пакетов для сборки
files-tooling-build-source = исходник, из которого собирается { $built }
files-tooling-item = { $path } ({ $why })
files-dev-junk-pass = Файлов, оставшихся от разработки, не найдено.
files-dev-junk-leftovers =
    { $n ->
        [one] Файл, оставшийся от разработки: { $files }.
        [few] Файлы, оставшиеся от разработки: { $files }.
       *[many] Файлы, оставшиеся от разработки: { $files }.
    }
files-dev-junk-tooling = Инструменты сборки, которые работают на вашем компьютере, а не в amoCRM: { $tools }. Не включайте их в widget.zip; если эта папка — ваш репозиторий с исходниками и сборка и так их не включает, ничего менять не нужно.
files-dev-junk-both =
    { $n ->
        [one] Файл, оставшийся от разработки: { $files }.
        [few] Файлы, оставшиеся от разработки: { $files }.
       *[many] Файлы, оставшиеся от разработки: { $files }.
    } Инструменты сборки, которые работают на вашем компьютере, а не в amoCRM: { $tools }.
files-dev-junk-both-in-folder =
    { $n ->
        [one] Файл, оставшийся от разработки: { $files }.
        [few] Файлы, оставшиеся от разработки: { $files }.
       *[many] Файлы, оставшиеся от разработки: { $files }.
    } Инструменты сборки, которые работают на вашем компьютере, а не в amoCRM: { $tools }. Не включайте всё это в widget.zip; если эта папка — ваш репозиторий с исходниками и сборка и так это не включает, ничего менять не нужно.
files-no-text-files = В виджете нет текстовых файлов.
files-utf8-utf16 = { $path } в кодировке UTF-16
files-utf8-invalid = { $path } не в кодировке UTF-8 (начиная со строки { $line })
files-utf8-pass =
    { $n ->
        [1] Единственный текстовый файл — в кодировке UTF-8.
        [one] Все текстовые файлы в кодировке UTF-8 (всего: { $n }).
        [few] Все { $n } текстовых файла в кодировке UTF-8.
       *[many] Все { $n } текстовых файлов в кодировке UTF-8.
    }
files-utf8-fail = { $problems }.
files-no-bom-pass = Ни один текстовый файл не начинается с метки порядка байтов (BOM).
files-no-bom-fail = Начинаются с метки порядка байтов (BOM): { $files }.
files-lf-endings-pass = Во всех текстовых файлах переводы строк Unix (LF).
files-lf-endings-crlf =
    { $crlf ->
        [one] { $path }: { $crlf } строка заканчивается на CR LF (Windows), первая — строка { $line }
        [few] { $path }: { $crlf } строки заканчиваются на CR LF (Windows), первая — строка { $line }
       *[many] { $path }: { $crlf } строк заканчиваются на CR LF (Windows), первая — строка { $line }
    }
files-lf-endings-cr =
    { $cr ->
        [one] { $path }: { $cr } строка заканчивается одиночным CR, первая — строка { $line }
        [few] { $path }: { $cr } строки заканчиваются одиночным CR, первая — строка { $line }
       *[many] { $path }: { $cr } строк заканчиваются одиночным CR, первая — строка { $line }
    }
files-lf-endings-crlf-and-cr =
    { $crlf ->
        [one] { $path }: { $crlf } строка заканчивается на CR LF (Windows) и { $cr } — одиночным CR, первая — строка { $line }
        [few] { $path }: { $crlf } строки заканчиваются на CR LF (Windows) и { $cr } — одиночным CR, первая — строка { $line }
       *[many] { $path }: { $crlf } строк заканчиваются на CR LF (Windows) и { $cr } — одиночным CR, первая — строка { $line }
    }
files-lf-endings-fail = { $problems }.
files-unused-pass = Каждый файл загружается виджетом или может загружаться (просмотрены { $searched }).
files-unused-see-location = см. указанное место
files-unused-runtime-module =
    { $n ->
        [one] Ничто из прочитанного не загружает { $n } файл: { $files }. Но { $script } загружает модуль, имя которого составляется во время работы ({ $code }), и он может загружать этот файл: проверьте, что он используется.
        [few] Ничто из прочитанного не загружает { $n } файла: { $files }. Но { $script } загружает модуль, имя которого составляется во время работы ({ $code }), и он может загружать эти файлы: проверьте, что каждый из них используется.
       *[many] Ничто из прочитанного не загружает { $n } файлов: { $files }. Но { $script } загружает модуль, имя которого составляется во время работы ({ $code }), и он может загружать эти файлы: проверьте, что каждый из них используется.
    }
files-unused-warn =
    { $n ->
        [one] Ничто не загружает { $n } файл: { $files }. Просмотрены { $searched }.
        [few] Ничто не загружает { $n } файла: { $files }. Просмотрены { $searched }.
       *[many] Ничто не загружает { $n } файлов: { $files }. Просмотрены { $searched }.
    }
files-evidence-maybe-by-name = может загружаться по имени
files-searched =
    манифест, { $scripts ->
        [one] { $scripts } скрипт
        [few] { $scripts } скрипта
       *[many] { $scripts } скриптов
    }, { $templates ->
        [one] { $templates } шаблон
        [few] { $templates } шаблона
       *[many] { $templates } шаблонов
    } и { $styles ->
        [one] { $styles } файл стилей
        [few] { $styles } файла стилей
       *[many] { $styles } файлов стилей
    }
files-references-in-manifest = { $path } (указан в { $key })
files-references-script = script.js (виджет показывается в { $area })
files-references-in-script = { $path } ({ $script }: { $how })
files-references-how-module = загружаемый модуль
files-references-how-template = отрисовываемый шаблон
files-references-included = { $path } (подключается в { $template })
files-references-none = manifest.json, скрипты и шаблоны не ссылаются ни на какие файлы, кроме изображений слайд-шоу.
files-references-pass =
    { $n ->
        [1] Единственный файл, указанный в manifest.json, скриптах и шаблонах, на месте.
        [one] Все файлы, указанные в manifest.json, скриптах и шаблонах, на месте (всего: { $n }).
        [few] Все { $n } файла, указанные в manifest.json, скриптах и шаблонах, на месте.
       *[many] Все { $n } файлов, указанных в manifest.json, скриптах и шаблонах, на месте.
    }
files-references-missing = Указаны, но отсутствуют: { $files }.
