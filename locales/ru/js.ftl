# amo-preflight: messages of the js part in ru.

## Shared by the JavaScript rules

js-no-scripts = В виджете нет файлов JavaScript.
js-code = { $code }
js-listing =
    { $more ->
        [0] { $headline }: { $items }.
       *[other] { $headline }: { $items } и ещё { $more }.
    }
js-listing-item = { $what } ({ $at })
js-and = { $first } и { $last }

## js.syntax

js-syntax-pass =
    { $n ->
        [one] Синтаксических ошибок в JavaScript нет ({ $n } файл).
        [few] Синтаксических ошибок в JavaScript нет ({ $n } файла).
       *[many] Синтаксических ошибок в JavaScript нет ({ $n } файлов).
    }
js-syntax-errors =
    { $n ->
        [one] { $n } синтаксическая ошибка в JavaScript
        [few] { $n } синтаксические ошибки в JavaScript
       *[many] { $n } синтаксических ошибок в JavaScript
    }
js-syntax-parser = { $error }
js-syntax-too-large = файл весит { $size } МБ — это больше предела для анализа ({ $limit } МБ на скрипт), поэтому он не проверен
js-syntax-too-deep =
    { $depth ->
        [one] код вложен примерно на { $depth } уровень (скобки или цепочки операторов) — слишком глубоко, чтобы его можно было безопасно прочитать, поэтому он не проверен
        [few] код вложен примерно на { $depth } уровня (скобки или цепочки операторов) — слишком глубоко, чтобы его можно было безопасно прочитать, поэтому он не проверен
       *[many] код вложен примерно на { $depth } уровней (скобки или цепочки операторов) — слишком глубоко, чтобы его можно было безопасно прочитать, поэтому он не проверен
    }

## js.debug-traces, js.console-debug, js.console-trace

js-debug-dialog = { $name }() открывает диалоговое окно браузера
js-debug-console = console.{ $method }() пишет в консоль браузера
js-debug-trace-outside = console.trace() вне блока catch и вне обработчика ошибки промиса
js-debug-trace-handled = console.trace() при обработке ошибки
js-debug-debugger = оператор debugger останавливает страницу в инструментах разработчика
js-trace-none = Скрипты не вызывают console.trace.
js-trace-pass =
    { $n ->
        [1] console.trace вызывается { $n } раз, внутри блока catch или обработчика ошибки промиса.
        [one] console.trace вызывается { $n } раз, и каждый раз внутри блока catch или обработчика ошибки промиса.
        [few] console.trace вызывается { $n } раза, и каждый раз внутри блока catch или обработчика ошибки промиса.
       *[many] console.trace вызывается { $n } раз, и каждый раз внутри блока catch или обработчика ошибки промиса.
    }
js-trace-fail =
    { $n ->
        [one] console.trace вызывается вне обработки ошибок в { $n } месте
       *[many] console.trace вызывается вне обработки ошибок в { $n } местах
    }
js-traces-stop =
    { $n ->
        [one] Скрипты прерывают работу пользователя или страницы в { $n } месте
       *[many] Скрипты прерывают работу пользователя или страницы в { $n } местах
    }
js-traces-console =
    { $n ->
        [one] Скрипты пишут в консоль браузера в { $n } месте
       *[many] Скрипты пишут в консоль браузера в { $n } местах
    }
js-traces-pass = Нет ни alert, ни confirm, ни операторов debugger, ни вывода в консоль.
js-debug-none = Скрипты не вызывают console.debug.
js-debug-found =
    { $n ->
        [one] console.debug вызывается в { $n } месте; проверьте, что каждый вызов выводит только сведения, нужные для работы виджета
       *[many] console.debug вызывается в { $n } местах; проверьте, что каждый вызов выводит только сведения, нужные для работы виджета
    }

## js.eval (and js.requirejs-deps, for code downloaded and run)

js-eval-eval = eval() выполняет строку как код
js-eval-function = Function() создаёт функцию из строки
js-eval-new-function = new Function() создаёт функцию из строки
js-eval-timer = { $timer }() получает строку, и она выполняется как код
js-eval-from-iframe = { $what } — внутри обработчика сообщений: данные из другого окна (iframe) могут выполниться как код
js-eval-response = eval получает ответ сетевого запроса
js-eval-listener = обработчик сообщений
js-eval-pass = Код из строк не выполняется.
js-eval-pass-listeners =
    { $n ->
        [one] Код из строк не выполняется. Скрипты принимают сообщения из других окон (iframe) в { $n } месте; эти данные как код не выполняются.
       *[many] Код из строк не выполняется. Скрипты принимают сообщения из других окон (iframe) в { $n } местах; эти данные как код не выполняются.
    }
js-eval-fail =
    { $n ->
        [one] Скрипты выполняют код из строк в { $n } месте
       *[many] Скрипты выполняют код из строк в { $n } местах
    }
js-deps-downloaded-code = код, скачанный сетевым запросом, выполняется через eval или Function, а не подключается через define
js-deps-downloaded-eval = код, скачанный сетевым запросом, выполняется через eval, а не подключается через define

## js.callbacks

js-callbacks-no-script = В виджете нет script.js, поэтому проверять колбэки негде.
js-callbacks-handed-on = {" "}(передаётся из { $file })
js-callbacks-pass = this.callbacks{ $handed_on } содержит { $all }.
js-callbacks-unread = В this.callbacks в { $file }{ $handed_on } не видно { $missing }, но { $unread } — они могут быть заданы там: проверьте, что они есть.{ $why }
js-callbacks-unread-spread = this.callbacks получает ключи из spread-выражения (...)
js-callbacks-unread-runtime = имя модуля строится во время работы ({ $code })
js-callbacks-unread-missing =
    { $n ->
        [one] подключается { $modules }, а этого файла нет в виджете
       *[many] подключаются { $modules }, а этих файлов нет в виджете
    }
js-callbacks-see-location = см. указанное место
js-callbacks-lacks = В this.callbacks в { $file }{ $handed_on } нет { $missing }.{ $why } amoCRM по очереди вызывает render, init и bind_actions; без них виджет не работает в своих областях.
js-callbacks-lacks-help = Добавьте { $missing } в this.callbacks; render, init и bind_actions должны возвращать true (даже когда им нечего делать).
js-callbacks-why =
    { $n ->
        [one] {" "}{ $names } вызывается в области { $location }, которая указана в manifest.json.
       *[many] {" "}{ $names } вызываются в области { $location }, которая указана в manifest.json.
    }
js-callbacks-unparsed = { $file } не удалось прочитать полностью (см. js.syntax), поэтому его колбэки не проверены.
js-callbacks-runtime-module = { $file } передаёт работу модулю, имя которого строится во время работы ({ $code }), поэтому не видно, задаёт ли он { $all }; проверьте, что они есть.
js-callbacks-modules = { $file } подключает { $modules }, но ни один из подключаемых модулей не задаёт this.callbacks так, чтобы это можно было прочитать; проверьте, что { $all } есть.
js-callbacks-missing = { $file } не задаёт this.callbacks, поэтому amoCRM не найдёт { $all }.

## js.amocrm-global

js-amocrm-replaced = { $name } заменяется целиком
js-amocrm-assigned = свойству { $name } присваивается значение
js-amocrm-incremented = свойство { $name } увеличивается или уменьшается
js-amocrm-deleted = удаляется свойство { $name }
js-amocrm-array = { $method }() изменяет массив внутри { $name }
js-amocrm-merged = { $function }() изменяет { $name }
js-amocrm-pass = AMOCRM и APP только читаются и нигде не изменяются.
js-amocrm-fail =
    { $n ->
        [one] Скрипты изменяют глобальный объект amoCRM в { $n } месте
       *[many] Скрипты изменяют глобальный объект amoCRM в { $n } местах
    }

## js.undeclared

js-undeclared-pass = Все переменные в скриптах объявлены или относятся к известным глобальным.
js-undeclared-assigned =
    { $n ->
        [one] { $name } получает значение без объявления, и так случайно создаётся глобальная переменная ({ $n } использование).
        [few] { $name } получает значение без объявления, и так случайно создаётся глобальная переменная ({ $n } использования).
       *[many] { $name } получает значение без объявления, и так случайно создаётся глобальная переменная ({ $n } использований).
    }
js-undeclared-used =
    { $n ->
        [one] { $name } используется, но нигде не объявляется ({ $n } использование).
        [few] { $name } используется, но нигде не объявляется ({ $n } использования).
       *[many] { $name } используется, но нигде не объявляется ({ $n } использований).
    }
js-undeclared-more =
    { $n ->
        [one] Ещё { $n } необъявленное имя: { $names }.
        [few] Ещё { $n } необъявленных имени: { $names }.
       *[many] Ещё { $n } необъявленных имён: { $names }.
    }

## js.sync-requests

js-sync-async-false = { $function }() с async: false
js-sync-open = open(method, url, false) делает запрос синхронным
js-sync-options = параметры запроса с async: false
js-sync-pass = Синхронных запросов нет.
js-sync-fail =
    { $n ->
        [one] В { $n } месте скрипты отправляют синхронные запросы, из-за которых amoCRM зависает до ответа сервера
       *[many] В { $n } местах скрипты отправляют синхронные запросы, из-за которых amoCRM зависает до ответа сервера
    }

## js.script-injection

js-injection-create = createElement('script') создаёт элемент script
js-injection-get-script = { $function }() загружает и выполняет скрипт
js-injection-tag = строка с тегом <script>
js-injection-pass = Элементы script не создаются и не добавляются на страницу.
js-injection-fail =
    { $n ->
        [one] Скрипты добавляют на страницу элементы script в { $n } месте
       *[many] Скрипты добавляют на страницу элементы script в { $n } местах
    }

## js.requirejs-deps

js-deps-require = require() загружает { $url } в обход зависимостей define([...])
js-deps-import = import() загружает модуль в обход зависимостей define([...])
js-deps-pass = Внешний код подключается только через define([...]).
js-deps-fail =
    { $n ->
        [one] Скрипты загружают код в обход define([...]) в { $n } месте
       *[many] Скрипты загружают код в обход define([...]) в { $n } местах
    }

## What loads a script or a stylesheet (labels of the evidence)

js-how-define = зависимость в define()
js-how-require-config = пути в require.config
js-how-script-src = src элемента script
js-how-link-href = href элемента link
js-how-script-in-string = <script src> в строке
js-how-link-in-string = <link> в строке
js-how-script-in-template = <script src> в шаблоне
js-how-link-href-in-template = <link href> в шаблоне
js-how-link-in-template = <link> в шаблоне

## js.external-sources

js-sources-read-from = адрес модуля берётся из { $store }
js-sources-page-address = адреса страницы
js-sources-na = В виджете нет файлов JavaScript, и его шаблоны не загружают скрипты.
js-sources-none = Скрипты с других сайтов не загружаются.
js-sources-override = { $places }: это отладочный переключатель — тот, кто его включит, сможет выполнить свой код от имени виджета. Загружайте модуль только по его пути внутри виджета.
js-sources-development =
    { $n ->
        [one] { $n } скрипт загружается с { $hosts } — это адрес на компьютере или в сети разработчика, пользователям он недоступен. Загружайте модуль из файлов самого виджета.
        [few] { $n } скрипта загружаются с { $hosts } — это адрес на компьютере или в сети разработчика, пользователям он недоступен. Загружайте модуль из файлов самого виджета.
       *[many] { $n } скриптов загружаются с { $hosts } — это адрес на компьютере или в сети разработчика, пользователям он недоступен. Загружайте модуль из файлов самого виджета.
    }
js-sources-untrusted =
    { $n ->
        [one] { $n } скрипт загружается с { $hosts }, { $host_count ->
            [1] а это не доверенный CDN для публичных библиотек.
           *[other] а это не доверенные CDN для публичных библиотек.
        }
        [few] { $n } скрипта загружаются с { $hosts }, { $host_count ->
            [1] а это не доверенный CDN для публичных библиотек.
           *[other] а это не доверенные CDN для публичных библиотек.
        }
       *[many] { $n } скриптов загружаются с { $hosts }, { $host_count ->
            [1] а это не доверенный CDN для публичных библиотек.
           *[other] а это не доверенные CDN для публичных библиотек.
        }
    }
js-sources-checked = Библиотеки загружаются с { $hosts }: это разрешено, но модераторы проверят каждую загружаемую оттуда библиотеку. Убедитесь, что каждая из них — публичная библиотека без изменений.
js-sources-pass = Скрипты с других сайтов загружаются только с доверенных CDN ({ $hosts }).

## general.no-auto-install

js-install-presses = { $method }() программно нажимает кнопку установки { $control }
js-install-pass = Код не нажимает кнопки установки и удаления виджета.
js-install-fail =
    { $n ->
        [one] Скрипты сами нажимают кнопку установки или удаления виджета в { $n } месте
       *[many] Скрипты сами нажимают кнопку установки или удаления виджета в { $n } местах
    }

## code.commented-out (the JavaScript half)

js-comments-code = `{ $code }`
js-comments-na = JavaScript: в виджете нет файлов JavaScript.
js-comments-pass = JavaScript: комментарии поясняют код, закомментированного кода в них нет.
js-comments-fail =
    { $n ->
        [one] JavaScript: { $n } комментарий содержит закомментированный код
        [few] JavaScript: { $n } комментария содержат закомментированный код
       *[many] JavaScript: { $n } комментариев содержат закомментированный код
    }

## js.minified

js-minified-source-map = он ссылается на source map, то есть собран из других исходников
js-minified-long-line =
    { $length ->
        [one] строка { $line } длиной { $length } символ
        [few] строка { $line } длиной { $length } символа
       *[many] строка { $line } длиной { $length } символов
    }
js-minified-whitespace = пробелы и переносы составляют только { $percent }% текста
js-minified-reasons = { $reasons }
js-minified-file = { $file } похож на минифицированный или сгенерированный код: { $reasons }.
js-minified-pass =
    { $n ->
        [one] Код JavaScript выглядит читаемым ({ $n } файл).
        [few] Код JavaScript выглядит читаемым ({ $n } файла).
       *[many] Код JavaScript выглядит читаемым ({ $n } файлов).
    }
js-minified-not-listed =
    { $n ->
        [one] {" "}{ $n } замечание в них относится не к коду виджета и не показано.
        [few] {" "}{ $n } замечания в них относятся не к коду виджета и не показаны.
       *[many] {" "}{ $n } замечаний в них относятся не к коду виджета и не показаны.
    }
js-minified-opaque = { $file } собран с помощью webpack, и его модули невозможно отделить друг от друга (нет имён модулей и source map), поэтому собственный код виджета в нём не прочитать.{ $not_listed } Отправьте читаемые исходники виджета.
js-minified-bundle = { $file } собран сборщиком из других исходников: части из собственных исходников виджета проверены, а части из библиотек ({ $libraries }) не проверялись.{ $not_listed } Отправьте читаемые исходники виджета.
js-minified-no-libraries = таких нет
js-minified-library = { $name } ({ $file })
js-minified-libraries = Виджет включает сторонние библиотеки: { $libraries }. Они не оцениваются как код виджета; убедитесь, что каждая из них — публичная библиотека без изменений.{ $not_listed }
js-minified-evidence-library = библиотека

## Why a script is build tooling, not the widget's code (for files.dev-junk)

js-tooling-configures = { $name } настраивает сборку
js-tooling-command = он начинается с #!, как команда
js-tooling-node-module = он подключает модуль Node { $module }
