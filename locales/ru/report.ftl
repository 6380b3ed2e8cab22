# amo-preflight: messages of the report part in ru.
verdict-none = Ничто не мешает публикации
verdict-fail =
    { $n ->
        [one] { $n } проблема мешает публикации
        [few] { $n } проблемы мешают публикации
       *[many] { $n } проблем мешают публикации
    }
verdict-warn =
    { $n ->
        [one] { $n } предупреждение
        [few] { $n } предупреждения
       *[many] { $n } предупреждений
    }
verdict-manual =
    { $n ->
        [one] { $n } пункт нужно проверить вручную
        [few] { $n } пункта нужно проверить вручную
       *[many] { $n } пунктов нужно проверить вручную
    }
verdict-checked = Проверено вручную: { $n }
section-general = Общее
section-content = Содержание и оформление
section-localization = Поддержка и локализация
section-development = Разработка
status-pass = Пройдено
status-fail = Ошибка
status-warn = Внимание
status-manual = Вручную
status-na = Не применимо
status-reviewed_passed = Одобрено
status-reviewed_failed = Отклонено
docs-id = id
docs-per-language = по языкам
docs-checks = что проверяет
docs-yes = да
docs-only = только { $marketplace }
docs-thresholds = Ограничения
docs-name-limit = название ≤ { $max } (через { $joiners })
docs-name-words = слово ≤ { $max }
docs-no-brand = без «{ $brand }»
docs-teaser-limit = краткое описание ≤ { $max }
docs-description-limit = описание ≤ { $max } в 1–{ $paragraphs } абзацах
docs-interface-version = interface_version { $version }
docs-branding-limit = фирменные изображения ≤ { $kb } КБ
docs-what-to-do = Что делать
docs-why = Зачем
docs-example = Пример нарушения
docs-instead = Правильно
docs-from = Источник
report-problems = Что исправить
report-to-check = Что проверить вручную
report-no-name = (без названия)
report-no-languages = нет
report-kind-folder = папка
report-kind-zip = zip-архив
report-heading = { $name } — { $source } ({ $kind }) — чек-лист { $marketplace } — языки: { $languages }
report-badge-fail = ОШИБКА
report-badge-warn = ВНИМАНИЕ
report-badge-manual = ВРУЧНУЮ
report-badge-pass = OK
report-badge-na = Н/П
report-counts = пройдено: { $pass } · ошибок: { $fail } · предупреждений: { $warn } · вручную: { $manual } · не применимо: { $na }
report-hidden =
    { $n ->
        [one] { $n } пройденный или неприменимый пункт не показан; --verbose покажет его.
        [few] { $n } пройденных или неприменимых пункта не показаны; --verbose покажет их.
       *[many] { $n } пройденных или неприменимых пунктов не показаны; --verbose покажет их.
    }
report-at = в { $place }
report-more-places =
    { $n ->
        [one] … и ещё { $n } место
        [few] … и ещё { $n } места
       *[many] … и ещё { $n } мест
    }
report-more = … и ещё { $n }
report-title = Проверка виджета: { $name }
report-widget = Виджет
report-version = Версия
report-name-in = Название ({ $lang })
report-checklist = Чек-лист
report-tool = Инструмент
report-item = Пункт
report-reviewer = Проверяющий
report-what-to-do = Что делать
report-none = (нет)
report-languages = Языки
report-checked-with = Чем проверено
report-checked-with-on = { $tool }, { $date }
report-input-sha256 = SHA-256 проверенного виджета
report-checklist-item = Пункт чек-листа
report-reviewed-at = { $at }
report-not-reviewed = ещё не проверено
report-more-about-rule = Зачем это правило, пример и откуда оно
report-example-bad = Например, так правило нарушается:
report-example-good = А так правильно:
report-source = Откуда это правило:
report-branding = Фирменные изображения
report-image-size = { $size } (нужно { $expected })
report-image-missing = нет файла (нужно { $expected })
report-slideshow = Слайд-шоу
report-no-slides = Изображения слайд-шоу не указаны.
report-missing = нет файла
report-side-by-side = Языки рядом
report-text = Текст
text-state-missing = нет
text-state-empty = пусто
text-state-wrong-language = не тот язык
text-state-too-long = слишком длинный
text-state-untranslated = не переведён
text-state-ok = OK
review-damaged-set-aside = сохранённые решения проверки не удалось прочитать ({ $error }); файл сохранён отдельно как { $aside }
review-damaged = сохранённые решения проверки в { $file } не удалось прочитать ({ $error })
review-other-widget-set-aside = решения проверки, сохранённые для { $widget }, относятся к другому виджету ({ $other }), поэтому они не используются; файл сохранён отдельно как { $aside }
review-other-widget = решения проверки, сохранённые для { $widget }, относятся к другому виджету ({ $other }), поэтому они не используются
