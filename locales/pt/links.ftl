# amo-preflight: messages of the links part in pt.

# Um idioma pelo código, do jeito que entra nas frases abaixo: "em português", "no idioma xx".
links-language =
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

## Why a link or a stylesheet could not be verified (from the network stage)

links-reason-slow-down = o site pediu para diminuir o ritmo das requisições (429)
links-reason-private = a requisição não foi feita: { $host } é um endereço privado, de loopback ou link-local
links-reason-scheme = só links http e https são verificados
links-reason-timeout =
    { $seconds ->
        [one] sem resposta em { $seconds } segundo
       *[other] sem resposta em { $seconds } segundos
    }
links-reason-redirects = mais de { $n } redirecionamentos
links-reason-dns = o servidor não foi encontrado
links-reason-connect = não foi possível conectar: { $error }
links-reason-recorded = { $reason }

## Labels of the evidence

links-evidence-link = link
links-evidence-site-answers = não foi possível verificar (o site responde { $status })
links-evidence-not-verified = não foi possível verificar ({ $reason })

## l10n.links-reachable

links-none = O widget não tem links da web.
links-offline =
    { $n ->
        [one] { $n } link não foi aberto. Verifique-o com --links (no aplicativo: Verificar links) ou abra-o você mesmo.
       *[other] { $n } links não foram abertos. Verifique-os com --links (no aplicativo: Verificar links) ou abra cada um.
    }
links-broken = { $url } não abre: o site responde { $status }.
links-unverified =
    { $n ->
        [one] { $n } link não pôde ser verificado; abra-o você mesmo.
       *[other] { $n } links não puderam ser verificados; abra-os você mesmo.
    }
links-open =
    { $n ->
        [one] { $n } link funciona.
       *[other] { $n } links funcionam.
    }

## l10n.link-language

links-language-none = i18n/{ $lang }.json não tem links da web.
links-language-offline = Abra estes links e verifique se as páginas estão { $language } (ou rode a verificação com --links).
links-language-wrong = Páginas que não estão { $language }: { $pages }.
links-language-wrong-help = Use links para a versão { $language } dessas páginas.
links-language-unsure =
    { $n ->
        [one] { $n } página não pôde ser avaliada; abra-a e verifique se está { $language }.
       *[other] { $n } páginas não puderam ser avaliadas; abra-as e verifique se estão { $language }.
    }
links-language-pass =
    { $n ->
        [one] { $n } página vinculada está { $language }.
       *[other] { $n } páginas vinculadas estão { $language }.
    }
links-page-in = { $url } está { $language }
links-page-in-alternate = { $url } está { $language }; a versão { $wanted } dela é { $alternate }
links-page-reads-as = { $url } parece estar { $language }
links-page-reads-as-alternate = { $url } parece estar { $language }; a versão { $wanted } dela é { $alternate }
links-page-broken = não abre ({ $status })
links-page-unreadable = não foi possível ler a página
links-page-no-language = a página não informa o idioma e tem pouco texto para identificá-lo
links-page-disagree = as indicações não coincidem: a página declara o idioma { $declared }, mas o texto parece estar { $language }
links-page-disagree-unknown = as indicações não coincidem: a página declara o idioma { $declared }, mas não foi possível identificar o idioma do texto

## js.external-styles

links-styles-none = O widget não carrega folhas de estilo de outros sites.
links-styles-offline =
    { $n ->
        [one] O widget carrega { $n } folha de estilo de outros sites. Em uma verificação offline, ela não é baixada: abra-a e confirme que ela não tem seletores globais (regras de elemento, * ou :root que mudariam o visual do amoCRM).
       *[other] O widget carrega { $n } folhas de estilo de outros sites. Em uma verificação offline, elas não são baixadas: abra cada uma e confirme que ela não tem seletores globais (regras de elemento, * ou :root que mudariam o visual do amoCRM).
    }
links-selector = `{ $selector }`
links-styles-global =
    { $n ->
        [one] { $url } tem { $n } seletor global ({ $selectors }) que mudaria o visual do amoCRM.
       *[other] { $url } tem { $n } seletores globais ({ $selectors }) que mudariam o visual do amoCRM.
    }
links-styles-global-more = { $url } tem { $n } seletores globais ({ $selectors }, …) que mudariam o visual do amoCRM.
links-styles-unverified =
    { $n ->
        [one] { $n } folha de estilo não pôde ser baixada; abra-a e procure seletores globais.
       *[other] { $n } folhas de estilo não puderam ser baixadas; abra-as e procure seletores globais.
    }
links-styles-clean =
    { $n ->
        [one] { $n } folha de estilo de outros sites não tem seletores globais.
       *[other] { $n } folhas de estilo de outros sites não têm seletores globais.
    }
