# amo-preflight: messages of the hardcoded part in ru.

## l10n.hardcoded-text

hardcoded-nothing-loaded = Виджет не загружает ни скриптов, ни шаблонов.
hardcoded-none =
    { $n ->
        [one] В { $n } скрипте или шаблоне, который загружает виджет, нет вписанных в код текстов на другом языке.
        [few] В { $n } скриптах и шаблонах, которые загружает виджет, нет вписанных в код текстов на другом языке.
       *[many] В { $n } скриптах и шаблонах, которые загружает виджет, нет вписанных в код текстов на другом языке.
    }
hardcoded-looks = похоже, { $language } язык (уверенность { $percent }%)
hardcoded-may-be-shown = { $why }; возможно, показывается пользователям
hardcoded-text-at = "{ $text }" ({ $place }: { $why })
hardcoded-text-at-more =
    { $more ->
        [one] "{ $text }" ({ $place } и ещё { $more } место: { $why })
        [few] "{ $text }" ({ $place } и ещё { $more } места: { $why })
       *[many] "{ $text }" ({ $place } и ещё { $more } мест: { $why })
    }
hardcoded-and-more = а также ещё { $n }
hardcoded-perhaps = Эти тексты записаны прямо в коде, и их язык, возможно, не { $language }: { $texts }.
hardcoded-shown = Пользователи, чей язык — { $language }, увидят эти тексты без перевода, на другом языке: { $texts }.
hardcoded-shown-also-check = Пользователи, чей язык — { $language }, увидят эти тексты без перевода, на другом языке: { $texts }. Проверьте также: { $others }.
hardcoded-help = Перенесите каждый текст с переводом во все языковые файлы под своим ключом ({ $moves }) и выводите его оттуда: в скрипте — как { $script }, в шаблоне — как {"{{"} { $key } {"}}"}, передав тексты шаблону при отрисовке.
