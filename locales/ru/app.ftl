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
tab-checklist = Чек-лист
tab-texts = Тексты
tab-languages = Языки
tab-images = Изображения
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
notice-example_not_written = Не удалось записать пример, чтобы открыть его: { $reason }
notice-review_not_saved = Не удалось сохранить ваше решение: { $reason }
notice-settings_not_saved = Не удалось сохранить настройки: { $reason }
filter-language = Язык
review-saved_note = Заметка: { $note }
images-not_png = Это файл { $format }, а не PNG
images-not_an_image = Это не картинка и не PNG
images-at_root = Лежит в корне виджета; по документации должно быть в images/
images-reading = Читаем слова на изображениях… { $done } из { $total }
images-no_reader = Слова на изображениях не читаются автоматически: Tesseract не установлен. Чтобы установить его:
images-copy_command = Копировать команду
links-check = Проверить ссылки
links-check_hint = Открывает каждую ссылку виджета: работает ли она и ведёт ли на страницу на нужном языке. Нужен интернет.
links-progress = Проверка ссылок… { $done } из { $total }
links-cancel = Остановить проверку ссылок
export-button = Экспорт отчёта…
export-title = Сохранить отчёт
export-done = Отчёт сохранён: { $path }
export-failed = Не удалось сохранить отчёт: { $reason }
images-file-unreadable = файл не удалось прочитать
submission-button = Подготовить архив для отправки…
submission-title = Подготовить архив для отправки
submission-preparing = Собираем архив и проверяем его…
submission-explain = Новый widget.zip, в котором исправлено то, что может исправить программа. Ваш виджет не меняется. Отметьте файл, чтобы оставить его в архиве.
submission-keep = Оставить в архиве
submission-write = Записать архив…
submission-written = Записано: { $path } (SHA-256 { $sha256 })
submission-before = До: { $path }
submission-after = После: { $path }
submission-new_verdict = Новый zip: { $verdict }
submission-failed = Не удалось подготовить или записать архив: { $reason }
texts-use_for = Использовать для { $lang }
texts-use_hint = Записать этот текст в i18n/{ $lang }.json архива для отправки (Подготовить архив для отправки…); ваш виджет не меняется.
texts-wording_used = Новый текст попадёт в i18n/{ $lang }.json архива для отправки.
dialog-no_system = Системное окно выбора файла не открылось, поэтому приложение показывает своё.
dialog-up = На папку выше
dialog-empty = В этой папке нечего выбрать.
dialog-unreadable = Эту папку не удаётся прочитать: { $reason }
dialog-file_name = Имя файла:
dialog-open_this_folder = Открыть эту папку
dialog-save = Сохранить
dialog-cancel = Отмена
dialog-replaces = Файл с таким именем уже есть: «Сохранить» заменит его.

## Card preview
card-heading = Как виджет покажет маркетплейс
card-no_language = В виджете не указан ни один язык, показывать нечего.
card-language = Язык:
card-light = Светлая
card-dark = Тёмная
card-scratch = Показан ваш новый текст
card-wording = Показан текст, выбранный кнопкой «Использовать для { $lang }»
card-catalogue = В каталоге
card-install = Перед установкой
card-name_cut =
    { $n ->
        [one] Название обрезано до { $n } символа: форма маркетплейса больше не принимает.
       *[other] Название обрезано до { $n } символов: форма маркетплейса больше не принимает.
    }
card-teaser_cut =
    { $n ->
        [one] Краткое описание обрезано до { $n } символа: форма маркетплейса больше не принимает.
       *[other] Краткое описание обрезано до { $n } символов: форма маркетплейса больше не принимает.
    }
card-previous = Предыдущий слайд
card-next = Следующий слайд
card-slide = { $n } / { $total }
card-approximation = Это приближение: на странице маркетплейса текст может переноситься немного иначе.
