# amo-preflight: messages of the cli part in ru.
cli-checking-links = Проверка ссылок… { $done }/{ $total }
cli-warning = внимание: { $warning }
cli-cannot-write-file = не удалось записать { $path }: { $error }
cli-cannot-write-report = не удалось вывести отчёт: { $error }
cli-no-window = не удалось открыть окно: { $error }
cli-about = Проверяет виджет для маркетплейса amoCRM / Kommo по чек-листу публикации
cli-long-about =
    Проверяет виджет для маркетплейса amoCRM / Kommo по чек-листу публикации.

    Без команды открывает приложение (с виджетом PATH, если он указан); `check` проверяет без окна.
cli-usage = Использование:
cli-arguments = Аргументы
cli-options = Параметры
cli-commands = Команды
cli-help = Показать справку
cli-version = Показать версию
cli-app-path = Папка виджета или .zip, которые нужно открыть в приложении.
cli-check-about = Проверить папку виджета или widget.zip и сообщить, что мешает публикации.
cli-check-path = Виджет: папка, .zip или его manifest.json. Укажите несколько, чтобы проверить их по очереди.
cli-check-marketplace = Чей чек-лист применять: amocrm (по умолчанию) или kommo.
cli-check-format = В каком виде вывести отчёт: text (по умолчанию), json, markdown, html или sarif.
cli-check-output = Записать отчёт в этот файл, а не в терминал.
cli-check-fail-on = Завершиться с кодом 1, если есть результат этого уровня или хуже: fail (по умолчанию) или warn.
cli-check-links = Открыть каждую ссылку через интернет: работает ли она и на том ли языке страница, что и текст?
cli-check-allow-private-hosts = Вместе с --links: обращаться и к локальным (loopback), частным и link-local адресам (страницы интранета, локальные тестовые серверы).
cli-check-no-review = Не включать решения, которые проверяющий принял в приложении по пунктам ручной проверки.
cli-check-root-selector = Корневой CSS-селектор виджета (например, `.my-widget`); если не указан, он берётся из шаблонов, скриптов и манифеста.
cli-check-lang = Язык сообщений и подсказок: en, ru, es или pt. По умолчанию — язык системы для текста, Markdown и HTML и английский для JSON и SARIF.
cli-one-widget-only = Отчёты JSON, SARIF и HTML, а также --output, принимают один виджет за раз: проверьте каждый виджет отдельно или используйте --format text или markdown для нескольких.
cli-check-quiet = Вывести только итоговую строку каждого виджета (текстовый формат).
cli-check-verbose = Показать все результаты, включая пройденные и неприменимые пункты (текстовый формат).
cli-rules-about = Показать каталог правил: что проверяет каждое правило, что делать, зачем и пример.
cli-rules-format = В каком виде вывести: text (по умолчанию), json или markdown (таблицы правил для README).
cli-rules-lang = Язык текстов: en, ru, es или pt. По умолчанию — язык системы для текста и Markdown и английский для JSON.
cli-fix-about = Записать новый widget.zip, в котором исправлено то, что может исправить программа; сам виджет не меняется.
cli-fix-path = Виджет: папка, .zip или его manifest.json.
cli-fix-output = Новый zip-архив (не сам виджет и не внутри его папки).
cli-fix-marketplace = Чей чек-лист применять: amocrm (по умолчанию) или kommo.
cli-fix-keep = Оставить файлы по этому шаблону, которые иначе не попали бы в архив (например, `docs/**`); можно указать несколько раз.
cli-fix-dry-run = Показать, что изменится, и проверить результат, ничего не записывая.
cli-fix-format = В каком виде сообщить: text (по умолчанию) или json (изменения и отчёт о новом архиве).
cli-fix-lang = Язык сводки: en, ru, es или pt. По умолчанию — язык системы для текста и английский для JSON.
cli-completions-about = Вывести автодополнение для bash, zsh, fish, elvish или PowerShell.
cli-completions-shell = Оболочка: bash, zsh, fish, elvish или powershell.
cli-man-about = Вывести страницу руководства (man) или записать по странице на каждую команду в папку.
cli-man-output-dir = Вместо вывода записать amo-preflight.1 и страницу каждой команды в эту папку.
