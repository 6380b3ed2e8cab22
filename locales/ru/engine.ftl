# amo-preflight: messages of the engine part in ru.

engine-only-marketplace = Это правило есть только в чек-листе { $marketplace }.
engine-no-manifest = Не удалось прочитать manifest.json, поэтому этот пункт не проверен.
engine-no-manifest-help = Сначала исправьте manifest.json (см. manifest.json-valid).
engine-internal-error = Внутренняя ошибка в правилах { $family } — пожалуйста, сообщите о ней ({ $reason }). Эти правила не проверены; остальной отчёт полный.
engine-internal-error-no-details = без подробностей
engine-all-ran = Все группы правил отработали до конца.
engine-not-checked = Не проверено: эти правила остановила внутренняя ошибка.
engine-not-checked-help = Подробности — в пункте internal.error в начале отчёта.
engine-no-languages = В виджете не заявлено ни одного языка, поэтому проверить языки нельзя.
engine-no-languages-help = Перечислите языки виджета в widget.locale и добавьте для каждого файл i18n/<язык>.json.
# A list of choices: "a, b or c".
engine-one-of = { $items } или { $last }
engine-none = ничего
