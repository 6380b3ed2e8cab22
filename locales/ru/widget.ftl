# amo-preflight: messages of the widget part in ru.

## The widget could not be opened at all

widget-open-not-found = { $path }: такого файла или папки нет
widget-open-unreadable = { $path }: не удаётся прочитать: { $reason }
widget-open-not-zip = { $path }: это не zip-архив или его не удаётся прочитать ({ $reason })
widget-open-no-manifest = { $path }: manifest.json не найден
widget-open-no-manifest-hint = { $path }: manifest.json не найден ({ $hint })
widget-open-internal = { $path }: проверка остановилась из-за внутренней ошибки. Это ошибка в amo-preflight — пожалуйста, сообщите о ней
widget-hint-sub-folder = он лежит во вложенной папке { $folder }/ — откройте её
widget-hint-top-level = в папке виджета manifest.json должен лежать на верхнем уровне
widget-hint-zip = в архиве нет manifest.json

## Why a file or the input could not be read

widget-reason-not-regular = это не обычный файл и не папка
widget-reason-permission-denied = нет прав на чтение
# The system's or the zip reader's own words, when there are no plainer ones.
widget-reason-system = { $detail }
widget-reason-cut-short = файл обрывается на середине
widget-reason-damaged = файл повреждён, обрывается на середине или вовсе не является zip-архивом
widget-reason-password = архив защищён паролем, такие архивы прочитать нельзя
widget-reason-unsupported = zip-архив использует возможность, которая не поддерживается: { $feature }
widget-reason-compression = способ сжатия не поддерживается: { $method }

## manifest.json and the language files

widget-file-unread = { $path } не удалось прочитать (см. files.readable)
widget-file-not-utf8 = { $path } не в кодировке UTF-8; сохраните его в UTF-8
widget-file-utf16 = { $path } сохранён в UTF-16; сохраните его в UTF-8
widget-file-too-large = { $path } весит { $size } МБ — слишком много, файл не прочитан (предел для манифеста и языковых файлов — { $limit } МБ; обычно они весят несколько КБ)
widget-file-invalid-json = { $path } — некорректный JSON: { $problem }

## What is wrong in a JSON file

widget-json-empty = файл пустой
widget-json-bom = файл начинается с метки порядка байтов (BOM); сохраните его в UTF-8 без BOM
widget-json-only-whitespace = файл пустой: в нём только пробелы и переводы строк
widget-json-text-after = после окончания JSON есть лишний текст
widget-json-comment = комментарии в JSON не допускаются
widget-json-unclosed-object = файл неожиданно закончился: объект не закрыт (он начинается в строке { $line }, столбце { $column })
widget-json-unclosed-array = файл неожиданно закончился: массив не закрыт (он начинается в строке { $line }, столбце { $column })
widget-json-unclosed-string = файл неожиданно закончился: строка не закрыта (она начинается в строке { $line }, столбце { $column })
widget-json-too-deep =
    { $max ->
        [one] вложенность глубже { $max } уровня
       *[many] вложенность глубже { $max } уровней
    }
widget-json-end-expected-value = файл неожиданно закончился: ожидалось значение
widget-json-end-expected-key = файл неожиданно закончился: ожидался ключ
widget-json-single-quotes = строки пишутся в двойных кавычках `"`, а не в одинарных `'`
widget-json-curly-quotes = строки пишутся в прямых двойных кавычках `"`, а не в `{ $quote }`
widget-json-leading-point = число должно начинаться с цифры (пишите `0.5`, а не `.5`)
widget-json-leading-plus = число не может начинаться с `+`
widget-json-bare-word = `{ $word }` — не значение JSON: текст пишется в двойных кавычках, без них можно писать только `true`, `false` и `null`
widget-json-expected-value = ожидалось значение, а найдено: { $found }
widget-json-expected-colon = после ключа объекта ожидалось `:`
widget-json-key-single-quotes = ключи объекта пишутся в двойных кавычках `"`, а не в одинарных `'`
widget-json-key-unquoted = ключи объекта пишутся в двойных кавычках `"`
widget-json-expected-first-key = ожидался ключ в двойных кавычках или `{"}"}`, а найдено: { $found }
widget-json-expected-key = после `,` ожидался ключ в двойных кавычках, а найдено: { $found }
widget-json-trailing-comma = лишняя запятая перед `{ $bracket }`
widget-json-expected-comma-member = после элемента объекта ожидалось `,` или `{"}"}`
widget-json-expected-comma-item = после элемента массива ожидалось `,` или `]`
widget-json-line-break-in-string = строка не может продолжаться на следующей строке файла; может быть, не хватает закрывающей `"`? (для переноса строки внутри текста пишите `\n`)
widget-json-tab-in-string = строка не может содержать символ табуляции как есть; пишите его как `\t`
widget-json-control-in-string = строка не может содержать управляющий символ { $code }
widget-json-bad-unicode-escape = после `\u` в строке должны идти четыре шестнадцатеричные цифры
widget-json-bad-escape = недопустимая escape-последовательность { $escape } в строке; можно только \" \\ \/ \b \f \n \r \t и \uXXXX (обратную косую черту пишите как `\\`)
widget-json-escape = `\{ $char }`
widget-json-escape-invisible = `\`, за которой идёт { $found }
widget-json-leading-zero = число не может начинаться с 0, за которым идут другие цифры (ведущие нули не допускаются)
widget-json-digit-after-minus = после `-` ожидалась цифра
widget-json-digit-after-point = после десятичной точки ожидалась цифра
widget-json-digit-in-exponent = в показателе степени числа ожидалась цифра
widget-json-invalid-number = некорректное число
widget-json-number-too-large = слишком большое число
widget-json-char = `{ $char }`
widget-json-invisible-char = невидимый символ { $code }

## Decoding an image.
widget-image-too-large = { $size } — слишком большая картинка, её нельзя открыть
widget-image-unreadable = не удалось прочитать картинку: { $error }
widget-image-undecodable = не удалось распознать картинку: { $error }
