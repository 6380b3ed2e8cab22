# amo-preflight: messages of the l10n part in en.

## Language names, as arguments of other messages

l10n-language =
    { $code ->
        [en] English
        [es] Spanish
        [pt] Portuguese
        [ru] Russian
        [tr] Turkish
        [id] Indonesian
        [uk] Ukrainian
        [de] German
        [fr] French
        [it] Italian
        [kk] Kazakh
        [pl] Polish
       *[other] { $code }
    }
l10n-in-language =
    { $code ->
        [en] in English
        [es] in Spanish
        [pt] in Portuguese
        [ru] in Russian
        [tr] in Turkish
        [id] in Indonesian
        [uk] in Ukrainian
        [de] in German
        [fr] in French
        [it] in Italian
        [kk] in Kazakh
        [pl] in Polish
       *[other] in { $code }
    }

## What the language detector found in a text

l10n-script-cyrillic = Cyrillic letters
l10n-script-only-latin = only Latin letters

## l10n.locale-files

l10n-locale-missing = widget.locale is missing, so there is nothing to compare the language files with.
l10n-locale-missing-help = List the widget's languages in widget.locale (see manifest.required-keys).
l10n-file-missing = i18n/{ $code }.json is missing
l10n-file-undeclared = i18n/{ $code }.json is not declared in widget.locale
l10n-locale-files-problems = { $problems }.
l10n-locale-files-ok =
    { $n ->
        [one] One language file for the { $n } declared language.
       *[other] One language file for each of the { $n } declared languages.
    }
l10n-locale-foreign =
    { $n ->
        [one] { $codes } is not among the languages { $marketplace } lists widgets in ({ $known }).
       *[other] { $codes } are not among the languages { $marketplace } lists widgets in ({ $known }).
    }
l10n-file-unreadable = i18n/{ $lang }.json is missing or unreadable (see l10n.locale-files).

## l10n.keys-complete

l10n-keys-complete =
    { $n ->
        [one] The { $n } text is there.
       *[other] All { $n } texts are there.
    }
l10n-key-in-language = { $key } (in { $lang })
l10n-keys-missing =
    { $n ->
        [one] { $n } text is missing: { $keys }.
       *[other] { $n } texts are missing: { $keys }.
    }
l10n-keys-missing-help = Add the missing keys to i18n/{ $lang }.json, translated, so every language file has the same keys.

## l10n.manifest-keys

l10n-manifest-keys-none = The manifest names no texts.
l10n-manifest-key-missing = { $key } (named in { $path }) is missing
l10n-manifest-key-empty = { $key } is empty
l10n-manifest-keys-complete =
    { $n ->
        [one] The { $n } text the manifest names is there.
       *[other] All { $n } texts the manifest names are there.
    }
l10n-manifest-keys-problems = In i18n/{ $lang }.json: { $problems }.
l10n-manifest-keys-help = Add the texts to i18n/{ $lang }.json under the keys the manifest names, and fill them in.

## l10n.text-language

l10n-text-language-none = i18n/{ $lang }.json has no texts to check.
l10n-key-script = { $key } ({ $script })
l10n-key-looks = { $key } looks { $language } ({ $percent }% sure)
l10n-text-language-wrong = Texts not written { $in_language }: { $texts }.
l10n-text-language-wrong-help = Translate these texts into { $language }; a language file must contain no words in other languages.
l10n-text-language-doubt = Texts that may not be { $in_language }: { $texts }.
l10n-text-language-doubt-help = Read these texts: if they are not in { $language }, translate them.
l10n-text-language-ok =
    { $n ->
        [one] The { $n } text reads as { $language } (short ones are not judged).
       *[other] All { $n } texts read as { $language } (short ones are not judged).
    }

## l10n.untranslated

l10n-key-same-as = { $key } (same as { $lang })
l10n-untranslated-none = No text is a copy of another language's.
l10n-untranslated =
    { $n ->
        [one] { $n } text is identical to another language: { $texts }.
       *[other] { $n } texts are identical to another language: { $texts }.
    }
l10n-untranslated-help = Translate these texts into { $language }.

## l10n.privacy-policy

l10n-privacy-link = Privacy policy link: { $url }
l10n-privacy-link-none = No privacy policy link in i18n/{ $lang }.json. Check that one { $in_language } is given in the integration form.

## l10n.link-domains

l10n-hint-domain = the { $domain } domain
l10n-hint-subdomain = the { $subdomain }. subdomain
l10n-hint-path = the /{ $segment }/ path
l10n-hint-parameter = { $name }={ $value }
l10n-link-domains-none = There are no links to check.
l10n-link-suggests = { $url } ({ $why } suggests { $language })
l10n-link-domains-ok =
    { $n ->
        [1] The link does not point to another language's site.
       *[other] None of the { $n } links points to another language's site.
    }
l10n-link-domains-wrong = Links to pages in another language: { $links }.
l10n-link-domains-help = Link the { $language } version of these pages instead.

## l10n.human-support

l10n-human-support = Check that people answer support mail and calls { $in_language }.
l10n-evidence-email = email
l10n-evidence-link = link
l10n-evidence-phone = phone
l10n-evidence-contact = contact

## l10n.local-formatting

l10n-format-date = the date format { $pattern }
l10n-format-locale = the fixed locale { $locale }
l10n-format-phone-mask = a fixed phone mask
l10n-local-formatting-none = No hard-coded formats found. Check that dates, numbers, phone numbers, holidays and taxes follow { $language } conventions.
l10n-local-formatting-fixed =
    { $n ->
        [one] Formats fixed in the code ({ $n } place): { $formats }.
       *[other] Formats fixed in the code ({ $n } places): { $formats }.
    }

## l10n.payments and l10n.currency

l10n-payments = If the widget is paid, check that its payment methods work in North and South America and in Europe.
l10n-evidence-price-mention = price mention
l10n-currency-none = No currency is mentioned. If the widget is paid, check that it is priced in USD or EUR at least.
l10n-currency-mentioned = If the widget is paid, check that USD or EUR is among its currencies (mentions below).
l10n-evidence-currency = currency

## What is left from templates and development (src/text/placeholders.rs, for dev.placeholders)

l10n-left-development-address = { $url } (an address on the developer's machine or network)
l10n-left-placeholder-address = { $url } (a placeholder address)
l10n-left-build-placeholder = { $placeholder } (a build placeholder that was not filled in)
l10n-left-test-data = "{ $value }" (test data)
l10n-left-test-name = { $name } (test data)
