# amo-preflight: messages of the links part in es.

# Un idioma por su código, tal como va en las frases de abajo: «en español», «en el idioma xx».
links-language =
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

## Why a link or a stylesheet could not be verified (from the network stage)

links-reason-slow-down = el sitio pidió reducir el ritmo de las solicitudes (429)
links-reason-private = no se consultó: { $host } es una dirección privada, de loopback o de enlace local
links-reason-scheme = solo se comprueban los enlaces http y https
links-reason-timeout =
    { $seconds ->
        [one] sin respuesta en { $seconds } segundo
       *[other] sin respuesta en { $seconds } segundos
    }
links-reason-redirects = más de { $n } redirecciones
links-reason-dns = no se encontró el servidor
links-reason-connect = no se pudo conectar: { $error }
links-reason-recorded = { $reason }

## Labels of the evidence

links-evidence-link = enlace
links-evidence-site-answers = no se pudo comprobar (el sitio responde { $status })
links-evidence-not-verified = no se pudo comprobar ({ $reason })

## l10n.links-reachable

links-none = El widget no tiene enlaces web.
links-offline =
    { $n ->
        [one] { $n } enlace no se abrió. Compruébalo con --links (en la aplicación: Comprobar enlaces) o ábrelo tú.
       *[other] { $n } enlaces no se abrieron. Compruébalos con --links (en la aplicación: Comprobar enlaces) o abre cada uno.
    }
links-broken = { $url } no se abre: el sitio responde { $status }.
links-unverified =
    { $n ->
        [one] { $n } enlace no se pudo comprobar; ábrelo tú.
       *[other] { $n } enlaces no se pudieron comprobar; ábrelos tú.
    }
links-open =
    { $n ->
        [one] { $n } enlace funciona.
       *[other] { $n } enlaces funcionan.
    }

## l10n.link-language

links-language-none = i18n/{ $lang }.json no tiene enlaces web.
links-language-offline = Abre estos enlaces y comprueba que las páginas estén { $language } (o ejecuta la revisión con --links).
links-language-wrong = Páginas que no están { $language }: { $pages }.
links-language-wrong-help = Enlaza la versión { $language } de estas páginas.
links-language-unsure =
    { $n ->
        [one] { $n } página no se pudo evaluar; ábrela y comprueba que esté { $language }.
       *[other] { $n } páginas no se pudieron evaluar; ábrelas y comprueba que estén { $language }.
    }
links-language-pass =
    { $n ->
        [one] { $n } página enlazada está { $language }.
       *[other] { $n } páginas enlazadas están { $language }.
    }
links-page-in = { $url } está { $language }
links-page-in-alternate = { $url } está { $language }; su versión { $wanted } es { $alternate }
links-page-reads-as = { $url } parece estar { $language }
links-page-reads-as-alternate = { $url } parece estar { $language }; su versión { $wanted } es { $alternate }
links-page-broken = no se abre ({ $status })
links-page-unreadable = no se pudo leer la página
links-page-no-language = la página no indica su idioma y tiene demasiado poco texto para saberlo
links-page-disagree = las señales no coinciden: la página declara { $declared }, pero el texto parece estar { $language }
links-page-disagree-unknown = las señales no coinciden: la página declara { $declared }, pero no se reconoce el idioma del texto

## js.external-styles

links-styles-none = El widget no carga hojas de estilos de otros sitios.
links-styles-offline =
    { $n ->
        [one] El widget carga { $n } hoja de estilos de otros sitios. En una revisión sin conexión no se descarga: ábrela y confirma que no tenga selectores globales (reglas de elemento, * o :root que cambiarían el estilo de amoCRM).
       *[other] El widget carga { $n } hojas de estilos de otros sitios. En una revisión sin conexión no se descargan: abre cada una y confirma que no tenga selectores globales (reglas de elemento, * o :root que cambiarían el estilo de amoCRM).
    }
links-selector = `{ $selector }`
links-styles-global =
    { $n ->
        [one] { $url } tiene { $n } selector global ({ $selectors }) que cambiaría el estilo de amoCRM.
       *[other] { $url } tiene { $n } selectores globales ({ $selectors }) que cambiarían el estilo de amoCRM.
    }
links-styles-global-more = { $url } tiene { $n } selectores globales ({ $selectors }, …) que cambiarían el estilo de amoCRM.
links-styles-unverified =
    { $n ->
        [one] { $n } hoja de estilos no se pudo descargar; ábrela y busca selectores globales.
       *[other] { $n } hojas de estilos no se pudieron descargar; ábrelas y busca selectores globales.
    }
links-styles-clean =
    { $n ->
        [one] { $n } hoja de estilos de otros sitios no tiene selectores globales.
       *[other] { $n } hojas de estilos de otros sitios no tienen selectores globales.
    }
