# amo-preflight: the app's words in ru. An id is the key the code uses, its dots written as dashes.

start-title = Проверьте виджет перед отправкой
start-subtitle = amo-preflight проверяет виджет amoCRM или Kommo по чек-листу маркетплейса и подсказывает, что исправить.
start-open_folder = Открыть папку…
start-open_zip = Открыть widget.zip…
start-drop_hint = или перетащите в это окно папку виджета или .zip
start-examples = Попробуйте на примере
start-example_clean = Открыть пример виджета (проходит все автоматические проверки)
start-example_broken = Открыть пример виджета с ошибками
start-recent = Недавние виджеты
start-recent_missing = Этот виджет больше не найден
menu-recheck = Проверить снова
menu-close = Закрыть
menu-language = Язык
menu-language_system = Системный
menu-theme = Тема
menu-theme_system = Системная
menu-theme_light = Светлая
menu-theme_dark = Тёмная
header-version = версия { $version }
header-languages = языки: { $languages }
header-marketplace = Чек-лист:
header-checking = Проверка…
header-checked_in = проверено за { $ms } мс
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
tab-checklist = Чек-лист
tab-texts = Тексты
tab-languages = Языки
tab-images = Изображения
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
filter-problems = Только проблемы
filter-manual = Только ручная проверка
filter-all_languages = Все языки
filter-search = Поиск по чек-листу
filter-clear = Очистить поиск
checklist-item = Пункт чек-листа
checklist-widget = Виджет
checklist-nothing_matches = Под фильтры не подходит ни один пункт.
details-none = Выберите пункт чек-листа, чтобы увидеть, что найдено и что делать дальше.
details-language = язык: { $lang }
details-gone = Этого пункта нет в последней проверке.
details-evidence = Что найдено
details-what_to_do = Что делать
details-why = Зачем это маркетплейсу
details-example = Например, так нарушает правило:
details-instead = А так правильно:
details-source = Откуда это правило
details-open_file = Открыть файл
details-open_file_zip = Файлы внутри zip-архива отсюда открыть нельзя
review-title = Ваше решение
review-explain = Этот пункт может оценить только человек. Посмотрите, что найдено, и отметьте результат. Решение сохраняется на этом компьютере, а не в виджете.
review-note_hint = Заметка (необязательно): что проверили, что исправить
review-mark_passed = ✔ Одобрить
review-mark_failed = ✖ Отклонить
review-clear = Отменить решение
texts-intro = Название, краткое описание и описание на каждом языке; символы считаются так же, как на маркетплейсе { $marketplace }. Файлы здесь не изменяются.
texts-language = Язык: { $lang }
texts-name = Название
texts-teaser = Краткое описание
texts-description = Описание
texts-missing = отсутствует
texts-count = { $n } / { $max }
texts-over =
    { $n ->
        [one] на { $n } символ больше, чем можно
        [few] на { $n } символа больше, чем можно
       *[many] на { $n } символов больше, чем можно
    }
texts-via = в конце указан разработчик: "… { $words } Разработчик"
texts-words_ok = нет слов длиннее { $max } симв.
texts-words_long = слова длиннее { $max } симв.: { $words }
texts-brand = без упоминания { $brand }
texts-paragraphs =
    { $n ->
        [one] { $n } абзац
        [few] { $n } абзаца
       *[many] { $n } абзацев
    } (нужно 1–{ $max })
texts-scratch = Попробуйте другой вариант
texts-scratch_hint = Печатайте здесь, чтобы видеть счётчики; когда текст подойдёт, скопируйте его. Ничего не сохраняется.
texts-scratch_placeholder = Введите название, краткое описание или описание
texts-copy = Копировать текст
languages-intro =
    { $keys ->
        [one] { $keys } текст
        [few] { $keys } текста
       *[many] { $keys } текстов
    } на { $languages ->
        [one] { $languages } языке
       *[other] { $languages } языках
    } — рядом для сравнения.
languages-key = Текст
languages-missing = отсутствует
languages-empty = пусто
languages-chars =
    { $n ->
        [one] { $n } символ
        [few] { $n } символа
       *[many] { $n } символов
    }
languages-same_as = совпадает с { $lang }: не переведено?
images-branding = Фирменные изображения
images-branding_intro = Каждое изображение в реальном размере (1:1) внутри рамки того размера, который ожидает маркетплейс.
images-expected = нужно { $size }
images-actual = фактически { $size }, { $kb } КБ
images-missing = отсутствует
images-loading = загрузка…
images-slideshow = Слайд-шоу
images-slideshow_intro = 1–5 изображений на язык, { $size } пикселей, PNG. Нажмите на изображение, чтобы увидеть его в полном размере.
images-no_slides = Для этого языка не указаны изображения слайд-шоу.
images-click_to_zoom = Нажмите, чтобы увидеть в полном размере
open-failed = amo-preflight не может прочитать это как виджет
open-failed_help = Откройте папку виджета (ту, где лежит manifest.json) или widget.zip, который будете отправлять.
notice-review_not_saved = Не удалось сохранить ваше решение: { $reason }
notice-settings_not_saved = Не удалось сохранить настройки: { $reason }
filter-language = Язык
review-saved_note = Заметка: { $note }
images-not_png = Это файл { $format }, а не PNG
images-at_root = Лежит в корне виджета; по документации должно быть в images/
links-check = Проверить ссылки
links-check_hint = Открывает каждую ссылку виджета: работает ли она и ведёт ли на страницу на нужном языке. Нужен интернет.
links-progress = Проверка ссылок… { $done } из { $total }
links-cancel = Остановить проверку ссылок
export-button = Экспорт отчёта…
export-title = Сохранить отчёт
export-done = Отчёт сохранён: { $path }
export-failed = Не удалось сохранить отчёт: { $reason }
rule-general-data-minimal = Собирает только нужные данные
rule-general-data-consent = Пользователь соглашается, прежде чем его данные отправят
rule-general-ease-of-use = Легко включить, настроить, пользоваться и найти поддержку
rule-general-support-contact = Пользователи могут получить поддержку
rule-general-no-partner-upsell = Не предлагает покупать подписку через партнёров
rule-general-official-claim = «Официальная» — только с подтверждающими документами
rule-general-no-auto-install = Устанавливается только по кнопке «Установить»
rule-content-name-length = Название не слишком длинное
rule-content-name-via = В названии указан разработчик: "X via Разработчик"
rule-content-name-word-length = В названии нет слишком длинных слов
rule-content-name-brand = В названии нет "Kommo"
rule-content-teaser-length = Краткое описание есть и не слишком длинное
rule-content-description-length = Описание есть и не слишком длинное
rule-content-description-paragraphs = В описании 1–2 абзаца
rule-content-description-friendly = Описание понятное, без технического жаргона
rule-content-description-plan = В описании указан нужный тариф
rule-content-description-pricing = В описании указаны цены и валюты
rule-content-ui-copy = Тексты виджета понятны пользователю
rule-content-error-messages = У каждой ошибки есть сообщение о том, что делать
rule-images-branding-files = Все пять фирменных изображений на месте
rule-images-branding-format = Фирменные изображения в формате PNG
rule-images-branding-size = Фирменные изображения точного размера
rule-images-branding-weight = Фирменные изображения не больше 300 КБ
rule-images-dp-logo = Логотип для цифровой воронки 174×109
rule-images-partner-logos = Оба логотипа, если показано другое приложение
rule-images-slideshow-count = 1–5 изображений в слайд-шоу
rule-images-slideshow-size = Изображения слайд-шоу 1188×616
rule-images-slideshow-format = Изображения слайд-шоу в формате PNG (или JPG в Kommo)
rule-images-slideshow-files = Указанные изображения слайд-шоу на месте
rule-images-slideshow-quality = Слайд-шоу наглядно показывает интеграцию
rule-images-no-foreign-words = На изображениях нет слов на других языках
rule-l10n-locale-files = Файл для каждого заявленного языка, без лишних
rule-l10n-keys-complete = Перевод полный
rule-l10n-manifest-keys = Тексты манифеста есть на всех языках
rule-l10n-text-language = Тексты на языке своего файла
rule-l10n-hardcoded-text = Нет текстов, вписанных в скрипты и шаблоны
rule-l10n-untranslated = Тексты переведены, а не скопированы
rule-l10n-privacy-policy = Ссылка на политику конфиденциальности на этом языке
rule-l10n-link-domains = Ссылки ведут на сайты на этом языке
rule-l10n-link-language = Страницы по ссылкам на этом языке
rule-l10n-links-reachable = Все ссылки работают
rule-l10n-human-support = Живая поддержка на этом языке
rule-l10n-local-formatting = Местные форматы дат, чисел и телефонов
rule-l10n-payments = Способы оплаты для Америки и Европы
rule-l10n-currency = Цены в USD или EUR
rule-dev-oauth2 = Использует OAuth 2.0
rule-internal-error = Проверка прошла до конца
rule-dev-placeholders = Не осталось заглушек и тестовых данных
rule-files-readable = Все файлы можно безопасно прочитать
rule-files-zip-root = manifest.json в корне архива
rule-files-unused = Нет неиспользуемых файлов
rule-files-dev-junk = Нет тестовых данных и следов разработки
rule-files-utf8 = Текстовые файлы в UTF-8
rule-files-no-bom = Текстовые файлы без метки BOM
rule-files-lf-endings = Текстовые файлы с переводами строк Unix (LF)
rule-files-references = Все упомянутые файлы на месте
rule-manifest-json-valid = manifest.json — корректный JSON
rule-manifest-required-keys = В manifest.json есть обязательные ключи
rule-manifest-locations = Только допустимые области (locations)
rule-manifest-location-blocks = У областей есть нужные им блоки
rule-manifest-settings-types = У полей настроек допустимые типы
rule-manifest-version = Версия в формате x.y или x.y.z
rule-manifest-secret-key = В архиве нет секретного ключа
rule-ui-interfaces = Меняет только разрешённые части интерфейса
rule-ui-no-overlap = Не перекрывает элементы amoCRM
rule-ui-settings-page = Страница настроек: уникальное название, после страниц amoCRM
rule-ui-left-menu = Левое меню не изменено
rule-ui-bottom-position = Не закреплён внизу экрана
rule-ui-drag-drop = Зоны перетаскивания вне левого меню и правого верхнего угла
rule-css-global-selectors = Нет глобальных CSS-селекторов
rule-css-system-classes = Нет стилей для классов amoCRM
rule-css-root-scoped = Все стили привязаны к корню виджета
rule-css-switcher-styles = Нет стилей для переключателей
rule-css-palette-variables = Переменные темы --palette-* не переопределяются
rule-code-commented-out = Нет закомментированного кода
rule-js-syntax = Синтаксис JavaScript корректен
rule-js-undeclared = Переменные объявлены до использования
rule-js-debug-traces = Нет alert, confirm и отладочного вывода
rule-js-console-debug = console.debug только для важной информации
rule-js-console-trace = console.trace только в catch или onRejected
rule-js-amocrm-global = Не изменяет глобальный объект AMOCRM
rule-js-sync-requests = Нет синхронных запросов
rule-js-script-injection = Не внедряет элементы script
rule-js-requirejs-deps = Внешние зависимости подключены через define
rule-js-external-sources = Только публичные библиотеки с надёжных CDN
rule-js-external-styles = Нет стилей с CDN с глобальными селекторами
rule-js-eval = Нет выполнения кода из строк и iframe
rule-js-callbacks = Есть render, init и bind_actions
rule-js-minified = Код читаемый
