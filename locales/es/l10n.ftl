# amo-preflight: messages of the l10n part in es.

## Language names, as arguments of other messages

l10n-language =
    { $code ->
        [en] inglés
        [es] español
        [pt] portugués
        [ru] ruso
        [tr] turco
        [id] indonesio
        [uk] ucraniano
        [de] alemán
        [fr] francés
        [it] italiano
        [kk] kazajo
        [pl] polaco
       *[other] { $code }
    }
l10n-in-language =
    { $code ->
        [en] en inglés
        [es] en español
        [pt] en portugués
        [ru] en ruso
        [tr] en turco
        [id] en indonesio
        [uk] en ucraniano
        [de] en alemán
        [fr] en francés
        [it] en italiano
        [kk] en kazajo
        [pl] en polaco
       *[other] en el idioma { $code }
    }

## What the language detector found in a text

l10n-script-cyrillic = letras cirílicas
l10n-script-only-latin = solo letras latinas

## l10n.locale-files

l10n-locale-missing = Falta widget.locale, así que no hay con qué comparar los archivos de idioma.
l10n-locale-missing-help = Indica los idiomas del widget en widget.locale (consulta manifest.required-keys).
l10n-file-missing = i18n/{ $code }.json no existe
l10n-file-undeclared = i18n/{ $code }.json no está declarado en widget.locale
l10n-locale-files-problems = { $problems }.
l10n-locale-files-ok =
    { $n ->
        [one] Hay un archivo de idioma para el idioma declarado.
       *[other] Hay un archivo de idioma para cada uno de los { $n } idiomas declarados.
    }
l10n-locale-foreign =
    { $n ->
        [one] { $codes } no está entre los idiomas en los que { $marketplace } publica widgets ({ $known }).
       *[other] { $codes } no están entre los idiomas en los que { $marketplace } publica widgets ({ $known }).
    }
l10n-file-unreadable = i18n/{ $lang }.json no existe o no se puede leer (consulta l10n.locale-files).

## l10n.keys-complete

l10n-keys-complete =
    { $n ->
        [one] El único texto está presente.
       *[other] No falta ninguno de los { $n } textos.
    }
l10n-key-in-language = { $key } (está en i18n/{ $lang }.json)
l10n-keys-missing =
    { $n ->
        [one] Falta { $n } texto: { $keys }.
       *[other] Faltan { $n } textos: { $keys }.
    }
l10n-keys-missing-help = Agrega a i18n/{ $lang }.json las claves que faltan, traducidas, para que todos los archivos de idioma tengan las mismas claves.

## l10n.manifest-keys

l10n-manifest-keys-none = El manifiesto no indica ningún texto.
l10n-manifest-key-missing = { $key } (indicado en { $path }) no existe
l10n-manifest-key-empty = { $key } está vacío
l10n-manifest-keys-complete =
    { $n ->
        [one] El texto que indica el manifiesto está presente.
       *[other] No falta ninguno de los { $n } textos que indica el manifiesto.
    }
l10n-manifest-keys-problems = En i18n/{ $lang }.json: { $problems }.
l10n-manifest-keys-help = Agrega los textos a i18n/{ $lang }.json con las claves que indica el manifiesto, y complétalos.

## l10n.text-language

l10n-text-language-none = i18n/{ $lang }.json no tiene textos que revisar.
l10n-key-script = { $key } ({ $script })
l10n-key-looks = { $key } parece estar en { $language } ({ $percent } % de certeza)
l10n-text-language-wrong = Textos que no están escritos { $in_language }: { $texts }.
l10n-text-language-wrong-help = Traduce estos textos al { $language }; un archivo de idioma no debe tener palabras en otros idiomas.
l10n-text-language-doubt = Textos que quizá no estén { $in_language }: { $texts }.
l10n-text-language-doubt-help = Lee estos textos: si no están en { $language }, tradúcelos.
l10n-text-language-ok =
    { $n ->
        [one] El texto está en { $language } (los textos cortos no se evalúan).
       *[other] Los { $n } textos están en { $language } (los textos cortos no se evalúan).
    }

## l10n.untranslated

l10n-key-same-as = { $key } (igual que en i18n/{ $lang }.json)
l10n-untranslated-none = Ningún texto es copia del de otro idioma.
l10n-untranslated =
    { $n ->
        [one] { $n } texto es idéntico al de otro idioma: { $texts }.
       *[other] { $n } textos son idénticos a los de otro idioma: { $texts }.
    }
l10n-untranslated-help = Traduce estos textos al { $language }.

## l10n.privacy-policy

l10n-privacy-link = Enlace a la política de privacidad: { $url }
l10n-privacy-link-none = No hay enlace a la política de privacidad en i18n/{ $lang }.json. Comprueba que el formulario de la integración indique una política de privacidad { $in_language }.

## l10n.link-domains

l10n-hint-domain = el dominio { $domain }
l10n-hint-subdomain = el subdominio { $subdomain }.
l10n-hint-path = la ruta /{ $segment }/
l10n-hint-parameter = { $name }={ $value }
l10n-link-domains-none = No hay enlaces que revisar.
l10n-link-suggests = { $url } ({ $why } indica que la página está en { $language })
l10n-link-domains-ok =
    { $n ->
        [one] El enlace no lleva al sitio de otro idioma.
       *[other] Ninguno de los { $n } enlaces lleva al sitio de otro idioma.
    }
l10n-link-domains-wrong = Enlaces a páginas en otro idioma: { $links }.
l10n-link-domains-help = Enlaza en su lugar la versión en { $language } de estas páginas.

## l10n.human-support

l10n-human-support = Comprueba que personas reales respondan los correos y las llamadas de soporte { $in_language }.
l10n-evidence-email = correo
l10n-evidence-link = enlace
l10n-evidence-phone = teléfono
l10n-evidence-contact = contacto

## l10n.local-formatting

l10n-format-date = el formato de fecha { $pattern }
l10n-format-locale = el locale fijo { $locale }
l10n-format-phone-mask = una máscara de teléfono fija
l10n-local-formatting-none = No se encontraron formatos fijos en el código. Comprueba que las fechas, los números, los teléfonos, los días festivos y los impuestos sigan las convenciones de quienes leen en { $language }.
l10n-local-formatting-fixed =
    { $n ->
        [one] Formatos fijados en el código ({ $n } lugar): { $formats }.
       *[other] Formatos fijados en el código ({ $n } lugares): { $formats }.
    }

## l10n.payments and l10n.currency

l10n-payments = Si el widget es de pago, comprueba que sus métodos de pago funcionen en América del Norte, América del Sur y Europa.
l10n-evidence-price-mention = mención de precio
l10n-currency-none = No se menciona ninguna moneda. Si el widget es de pago, comprueba que tenga precio en USD o EUR, como mínimo.
l10n-currency-mentioned = Si el widget es de pago, comprueba que USD o EUR estén entre sus monedas (las menciones aparecen abajo).
l10n-evidence-currency = moneda

## What is left from templates and development (src/text/placeholders.rs, for dev.placeholders)

l10n-left-development-address = { $url } (una dirección en la computadora o la red del desarrollador)
l10n-left-placeholder-address = { $url } (una dirección de relleno)
l10n-left-build-placeholder = { $placeholder } (un marcador de compilación que no se reemplazó)
l10n-left-test-data = "{ $value }" (datos de prueba)
l10n-left-test-name = { $name } (datos de prueba)
