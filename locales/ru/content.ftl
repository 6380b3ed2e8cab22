# amo-preflight: messages of the content part in ru.

## Нет текста для маркетплейса.

content-missing-name = На этом языке нет названия.
content-missing-teaser = На этом языке нет краткого описания.
content-missing-description = На этом языке нет описания.
content-missing-name-check = На этом языке нет названия — проверять нечего.
content-missing-teaser-check = На этом языке нет краткого описания — проверять нечего.
content-missing-description-check = На этом языке нет описания — проверять нечего.
content-missing-name-help = Напишите название в { $file } и сошлитесь на него в manifest.json ({ $key }).
content-missing-teaser-help = Напишите краткое описание в { $file } и сошлитесь на него в manifest.json ({ $key }).
content-missing-description-help = Напишите описание в { $file } и сошлитесь на него в manifest.json ({ $key }).

## Длина текста в символах.

content-name-over =
    В названии { $count } { $count ->
        [one] символ
        [few] символа
       *[many] символов
    }, а можно не больше { $max }.
content-teaser-over =
    В кратком описании { $count } { $count ->
        [one] символ
        [few] символа
       *[many] символов
    }, а можно не больше { $max }.
content-description-over =
    В описании { $count } { $count ->
        [one] символ
        [few] символа
       *[many] символов
    }, а можно не больше { $max }.
content-name-within =
    В названии { $count } из { $max } { $max ->
        [one] допустимого символа
        [few] допустимых символов
       *[many] допустимых символов
    }.
content-teaser-within =
    В кратком описании { $count } из { $max } { $max ->
        [one] допустимого символа
        [few] допустимых символов
       *[many] допустимых символов
    }.
content-description-within =
    В описании { $count } из { $max } { $max ->
        [one] допустимого символа
        [few] допустимых символов
       *[many] допустимых символов
    }.
content-name-shorten-help =
    Сократите название в { $place } до { $max } { $max ->
        [one] символа
        [few] символов
       *[many] символов
    }.
content-teaser-shorten-help =
    Сократите краткое описание в { $place } до { $max } { $max ->
        [one] символа
        [few] символов
       *[many] символов
    }.
content-description-shorten-help =
    Сократите описание в { $place } до { $max } { $max ->
        [one] символа
        [few] символов
       *[many] символов
    }.

## Название.

content-quoted = «{ $word }»
content-via-ok = В названии «{ $name }» указан разработчик.
content-via-missing = Название «{ $name }» не заканчивается именем разработчика после { $joiners }.
content-via-help = Измените название в { $place } по образцу «<что делает виджет> { $joiner } <ваша компания>», например «WhatsApp via Zenvia».
content-words-ok =
    В названии нет слов длиннее { $max } { $max ->
        [one] символа
        [few] символов
       *[many] символов
    }.
content-words-long =
    Слова длиннее { $max } { $max ->
        [one] символа
        [few] символов
       *[many] символов
    }: { $words }.
content-word =
    «{ $word }» ({ $chars } { $chars ->
        [one] символ
        [few] символа
       *[many] символов
    })
content-brand-ok = В названии нет упоминания { $brand }.
content-brand-found = Название «{ $name }» содержит «{ $brand }».

## Описание.

content-paragraphs-ok =
    В описании { $n } { $n ->
        [one] абзац
        [few] абзаца
       *[many] абзацев
    }.
content-paragraphs-over =
    В описании { $n } { $n ->
        [one] абзац
        [few] абзаца
       *[many] абзацев
    }, а по чек-листу нужно 1–{ $max }.
content-friendly-none = Технических слов не найдено. Прочитайте описание целиком и оцените, как оно звучит.
content-friendly-jargon = В описании есть технические слова: { $words }.
content-plan-none = В описании не указан тариф. Если виджету нужен определённый тариф, напишите какой.
content-plan-found = В описании упоминается: { $words }. Проверьте, что указан тариф, который нужен виджету (если нужен).
content-pricing-none = В описании не упоминаются ни цены, ни валюты. Если виджет платный, укажите цены и валюты.
content-pricing-found = Найдены упоминания цен: { $words }. Если виджет платный, проверьте, что цены и валюты указаны.
content-evidence-description = описание

## Собственные тексты виджета.

content-ui-none = В языковом файле нет других текстов, кроме названия, краткого описания и описания.
content-ui-review =
    { $n ->
        [one] Прочитайте { $n } текст виджета и проверьте, всё ли понятно пользователю.
        [few] Прочитайте { $n } текста виджета и проверьте, всё ли понятно пользователю.
       *[many] Прочитайте { $n } текстов виджета и проверьте, всё ли понятно пользователю.
    }
content-errors-none = Среди текстов не найдено сообщений об ошибках. Проверьте, что при любой возможной ошибке виджет показывает сообщение о том, что делать.
content-errors-found =
    { $n ->
        [one] Найдено { $n } сообщение об ошибке. Проверьте, что каждое объясняет, в чём проблема и что делать дальше, и что ни одна ошибка не остаётся без сообщения.
        [few] Найдено { $n } сообщения об ошибках. Проверьте, что каждое объясняет, в чём проблема и что делать дальше, и что ни одна ошибка не остаётся без сообщения.
       *[many] Найдено { $n } сообщений об ошибках. Проверьте, что каждое объясняет, в чём проблема и что делать дальше, и что ни одна ошибка не остаётся без сообщения.
    }
content-evidence-key = { $key }
