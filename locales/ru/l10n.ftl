# amo-preflight: messages of the l10n part in ru.

## Language names, as arguments of other messages

l10n-language =
    { $code ->
        [en] английский
        [es] испанский
        [pt] португальский
        [ru] русский
        [tr] турецкий
        [id] индонезийский
        [uk] украинский
        [de] немецкий
        [fr] французский
        [it] итальянский
        [kk] казахский
        [pl] польский
       *[other] { $code }
    }
l10n-in-language =
    { $code ->
        [en] на английском
        [es] на испанском
        [pt] на португальском
        [ru] на русском
        [tr] на турецком
        [id] на индонезийском
        [uk] на украинском
        [de] на немецком
        [fr] на французском
        [it] на итальянском
        [kk] на казахском
        [pl] на польском
       *[other] на языке { $code }
    }

## What the language detector found in a text

l10n-script-cyrillic = кириллица
l10n-script-only-latin = только латиница

## l10n.locale-files

l10n-locale-missing = В манифесте нет widget.locale, поэтому языковые файлы не с чем сравнить.
l10n-locale-missing-help = Перечислите языки виджета в widget.locale (см. manifest.required-keys).
l10n-file-missing = i18n/{ $code }.json отсутствует
l10n-file-undeclared = i18n/{ $code }.json не указан в widget.locale
l10n-locale-files-problems = { $problems }.
l10n-locale-files-ok = Для каждого заявленного языка есть свой языковой файл (языков: { $n }).
l10n-locale-foreign =
    { $n ->
        [one] Язык { $codes } не входит в число языков, на которых { $marketplace } публикует виджеты ({ $known }).
        [few] Языки { $codes } не входят в число языков, на которых { $marketplace } публикует виджеты ({ $known }).
       *[many] Языки { $codes } не входят в число языков, на которых { $marketplace } публикует виджеты ({ $known }).
    }
l10n-file-unreadable = Файл i18n/{ $lang }.json отсутствует или не читается (см. l10n.locale-files).

## l10n.keys-complete

l10n-keys-complete = Все тексты на месте (всего: { $n }).
l10n-key-in-language = { $key } (есть в i18n/{ $lang }.json)
l10n-keys-missing =
    { $n ->
        [one] Не хватает { $n } текста: { $keys }.
        [few] Не хватает { $n } текстов: { $keys }.
       *[many] Не хватает { $n } текстов: { $keys }.
    }
l10n-keys-missing-help = Добавьте недостающие ключи в i18n/{ $lang }.json вместе с переводом, чтобы во всех языковых файлах были одни и те же ключи.

## l10n.manifest-keys

l10n-manifest-keys-none = Манифест не ссылается ни на один текст.
l10n-manifest-key-missing = нет ключа { $key } (указан в { $path })
l10n-manifest-key-empty = текст { $key } пустой
l10n-manifest-keys-complete = Все тексты, на которые ссылается манифест, на месте (всего: { $n }).
l10n-manifest-keys-problems = В i18n/{ $lang }.json: { $problems }.
l10n-manifest-keys-help = Добавьте в i18n/{ $lang }.json тексты под ключами, которые указаны в манифесте, и заполните их.

## l10n.text-language

l10n-text-language-none = В i18n/{ $lang }.json нет текстов для проверки.
l10n-key-script = { $key } ({ $script })
l10n-key-looks = { $key } — похоже, { $language } язык (уверенность { $percent }%)
l10n-text-language-wrong = Тексты не { $in_language }: { $texts }.
l10n-text-language-wrong-help = Переведите эти тексты на { $language } язык: в языковом файле не должно быть слов на других языках.
l10n-text-language-doubt = Тексты, которые, возможно, написаны не { $in_language }: { $texts }.
l10n-text-language-doubt-help = Прочитайте эти тексты и, если их язык не { $language }, переведите их.
l10n-text-language-ok = Язык всех текстов — { $language } (всего: { $n }; короткие тексты не оцениваются).

## l10n.untranslated

l10n-key-same-as = { $key } (совпадает с { $lang })
l10n-untranslated-none = Ни один текст не скопирован из другого языка.
l10n-untranslated =
    { $n ->
        [one] { $n } текст скопирован из другого языка без перевода: { $texts }.
        [few] { $n } текста скопированы из другого языка без перевода: { $texts }.
       *[many] { $n } текстов скопированы из другого языка без перевода: { $texts }.
    }
l10n-untranslated-help = Переведите эти тексты на { $language } язык.

## l10n.privacy-policy

l10n-privacy-link = Ссылка на политику конфиденциальности: { $url }
l10n-privacy-link-none = В i18n/{ $lang }.json нет ссылки на политику конфиденциальности. Проверьте, что в форме интеграции указана политика { $in_language }.

## l10n.link-domains

l10n-hint-domain = домен { $domain }
l10n-hint-subdomain = поддомен { $subdomain }.
l10n-hint-path = путь /{ $segment }/
l10n-hint-parameter = { $name }={ $value }
l10n-link-domains-none = Ссылок для проверки нет.
l10n-link-suggests = { $url } ({ $why } указывает на { $language } язык)
l10n-link-domains-ok =
    { $n ->
        [1] Ссылка не ведёт на сайт на другом языке.
        [one] Ни одна из { $n } ссылки не ведёт на сайт на другом языке.
        [few] Ни одна из { $n } ссылок не ведёт на сайт на другом языке.
       *[many] Ни одна из { $n } ссылок не ведёт на сайт на другом языке.
    }
l10n-link-domains-wrong = Ссылки на страницы на другом языке: { $links }.
l10n-link-domains-help = Замените их ссылками на версии этих страниц на нужном языке ({ $language }).

## l10n.human-support

l10n-human-support = Проверьте, что на письма и звонки в поддержку живые люди отвечают { $in_language }.
l10n-evidence-email = эл. почта
l10n-evidence-link = ссылка
l10n-evidence-phone = телефон
l10n-evidence-contact = контакт

## l10n.local-formatting

l10n-format-date = формат даты { $pattern }
l10n-format-locale = фиксированная локаль { $locale }
l10n-format-phone-mask = фиксированная маска телефона
l10n-local-formatting-none = Жёстко заданных форматов не найдено. Проверьте, что даты, числа, номера телефонов, праздники и налоги оформлены так, как привыкли пользователи, чей язык — { $language }.
l10n-local-formatting-fixed =
    { $n ->
        [one] Форматы, жёстко заданные в коде ({ $n } место): { $formats }.
        [few] Форматы, жёстко заданные в коде ({ $n } места): { $formats }.
       *[many] Форматы, жёстко заданные в коде ({ $n } мест): { $formats }.
    }

## l10n.payments and l10n.currency

l10n-payments = Если виджет платный, проверьте, что его способы оплаты работают в Северной и Южной Америке и в Европе.
l10n-evidence-price-mention = упоминание цены
l10n-currency-none = Валюта нигде не упоминается. Если виджет платный, проверьте, что цена указана как минимум в USD или EUR.
l10n-currency-mentioned = Если виджет платный, проверьте, что среди его валют есть USD или EUR (упоминания ниже).
l10n-evidence-currency = валюта

## What is left from templates and development (src/text/placeholders.rs, for dev.placeholders)

l10n-left-development-address = { $url } (адрес на компьютере или в сети разработчика)
l10n-left-placeholder-address = { $url } (адрес-заглушка)
l10n-left-build-placeholder = { $placeholder } (заглушка сборки, которую так и не заполнили)
l10n-left-test-data = "{ $value }" (тестовые данные)
l10n-left-test-name = { $name } (тестовые данные)
