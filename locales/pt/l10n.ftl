# amo-preflight: messages of the l10n part in pt.

## Language names, as arguments of other messages

l10n-language =
    { $code ->
        [en] inglês
        [es] espanhol
        [pt] português
        [ru] russo
        [tr] turco
        [id] indonésio
        [uk] ucraniano
        [de] alemão
        [fr] francês
        [it] italiano
        [kk] cazaque
        [pl] polonês
       *[other] { $code }
    }
l10n-in-language =
    { $code ->
        [en] em inglês
        [es] em espanhol
        [pt] em português
        [ru] em russo
        [tr] em turco
        [id] em indonésio
        [uk] em ucraniano
        [de] em alemão
        [fr] em francês
        [it] em italiano
        [kk] em cazaque
        [pl] em polonês
       *[other] no idioma { $code }
    }

## What the language detector found in a text

l10n-script-cyrillic = letras cirílicas
l10n-script-only-latin = só letras latinas

## l10n.locale-files

l10n-locale-missing = Falta widget.locale, então não há com o que comparar os arquivos de idioma.
l10n-locale-missing-help = Liste os idiomas do widget em widget.locale (veja manifest.required-keys).
l10n-file-missing = i18n/{ $code }.json não existe
l10n-file-undeclared = i18n/{ $code }.json não está declarado em widget.locale
l10n-locale-files-problems = { $problems }.
l10n-locale-files-ok =
    { $n ->
        [one] Há um arquivo de idioma para o idioma declarado.
       *[other] Há um arquivo de idioma para cada um dos { $n } idiomas declarados.
    }
l10n-locale-foreign =
    { $n ->
        [one] { $codes } não está entre os idiomas em que o { $marketplace } publica widgets ({ $known }).
       *[other] { $codes } não estão entre os idiomas em que o { $marketplace } publica widgets ({ $known }).
    }
l10n-file-unreadable = i18n/{ $lang }.json não existe ou não pode ser lido (veja l10n.locale-files).

## l10n.keys-complete

l10n-keys-complete =
    { $n ->
        [0] Não falta nenhum texto.
        [one] O único texto está presente.
       *[other] Todos os { $n } textos estão presentes.
    }
l10n-key-in-language = { $key } (existe em i18n/{ $lang }.json)
l10n-keys-missing =
    { $n ->
        [one] Falta { $n } texto: { $keys }.
       *[other] Faltam { $n } textos: { $keys }.
    }
l10n-keys-missing-help = Adicione a i18n/{ $lang }.json as chaves que faltam, traduzidas, para que todos os arquivos de idioma tenham as mesmas chaves.

## l10n.manifest-keys

l10n-manifest-keys-none = O manifesto não indica nenhum texto.
l10n-manifest-key-missing = falta { $key } (indicado em { $path })
l10n-manifest-key-empty = { $key } está vazio
l10n-manifest-keys-complete =
    { $n ->
        [one] O texto indicado pelo manifesto está presente.
       *[other] Os { $n } textos indicados pelo manifesto estão presentes.
    }
l10n-manifest-keys-problems = Em i18n/{ $lang }.json: { $problems }.
l10n-manifest-keys-help = Adicione os textos a i18n/{ $lang }.json com as chaves indicadas pelo manifesto e preencha-os.

## l10n.text-language

l10n-text-language-none = i18n/{ $lang }.json não tem textos para verificar.
l10n-key-script = { $key } ({ $script })
l10n-key-looks = { $key } parece estar em { $language } ({ $percent }% de certeza)
l10n-text-language-wrong = Textos que não estão escritos { $in_language }: { $texts }.
l10n-text-language-wrong-help = Traduza estes textos para o { $language }; um arquivo de idioma não deve ter palavras em outros idiomas.
l10n-text-language-doubt = Textos que talvez não estejam { $in_language }: { $texts }.
l10n-text-language-doubt-help = Leia estes textos: se não estiverem em { $language }, traduza-os.
l10n-text-language-ok =
    { $n ->
        [one] O texto está em { $language } (textos curtos não são avaliados).
       *[other] Os { $n } textos estão em { $language } (textos curtos não são avaliados).
    }

## l10n.untranslated

l10n-key-same-as = { $key } (igual ao de i18n/{ $lang }.json)
l10n-untranslated-none = Nenhum texto é cópia do texto de outro idioma.
l10n-untranslated =
    { $n ->
        [one] { $n } texto é idêntico ao de outro idioma: { $texts }.
       *[other] { $n } textos são idênticos aos de outro idioma: { $texts }.
    }
l10n-untranslated-help = Traduza estes textos para o { $language }.

## l10n.privacy-policy

l10n-privacy-link = Link da política de privacidade: { $url }
l10n-privacy-link-none = Não há link para a política de privacidade em i18n/{ $lang }.json. Verifique se o formulário da integração informa uma política de privacidade { $in_language }.

## l10n.link-domains

l10n-hint-domain = o domínio { $domain }
l10n-hint-subdomain = o subdomínio { $subdomain }.
l10n-hint-path = o caminho /{ $segment }/
l10n-hint-parameter = { $name }={ $value }
l10n-link-domains-none = Não há links para verificar.
l10n-link-suggests = { $url } ({ $why } indica { $language })
l10n-link-domains-ok =
    { $n ->
        [one] O link não leva ao site de outro idioma.
       *[other] Nenhum dos { $n } links leva ao site de outro idioma.
    }
l10n-link-domains-wrong = Links para páginas em outro idioma: { $links }.
l10n-link-domains-help = No lugar deles, use links para a versão em { $language } dessas páginas.

## l10n.human-support

l10n-human-support = Verifique se pessoas de verdade respondem aos e-mails e às ligações de suporte { $in_language }.
l10n-evidence-email = e-mail
l10n-evidence-link = link
l10n-evidence-phone = telefone
l10n-evidence-contact = contato

## l10n.local-formatting

l10n-format-date = o formato de data { $pattern }
l10n-format-locale = a localidade fixa { $locale }
l10n-format-phone-mask = uma máscara de telefone fixa
l10n-local-formatting-none = Nenhum formato fixo foi encontrado no código. Verifique se datas, números, telefones, feriados e impostos seguem as convenções de quem lê em { $language }.
l10n-local-formatting-fixed =
    { $n ->
        [one] Formatos fixos no código ({ $n } lugar): { $formats }.
       *[other] Formatos fixos no código ({ $n } lugares): { $formats }.
    }

## l10n.payments and l10n.currency

l10n-payments = Se o widget for pago, verifique se as formas de pagamento funcionam na América do Norte, na América do Sul e na Europa.
l10n-evidence-price-mention = menção a preço
l10n-currency-none = Nenhuma moeda é mencionada. Se o widget for pago, verifique se ele tem preço pelo menos em USD ou EUR.
l10n-currency-mentioned = Se o widget for pago, verifique se USD ou EUR estão entre as moedas dele (menções abaixo).
l10n-evidence-currency = moeda

## What is left from templates and development (src/text/placeholders.rs, for dev.placeholders)

l10n-left-development-address = { $url } (um endereço no computador ou na rede do desenvolvedor)
l10n-left-placeholder-address = { $url } (um endereço de exemplo)
l10n-left-build-placeholder = { $placeholder } (um marcador de build que não foi substituído)
l10n-left-test-data = "{ $value }" (dados de teste)
l10n-left-test-name = { $name } (dados de teste)
