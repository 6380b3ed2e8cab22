# amo-preflight: messages of the report part in pt.
verdict-none = Nada impede a publicação
verdict-fail =
    { $n ->
        [one] { $n } problema impede a publicação
       *[other] { $n } problemas impedem a publicação
    }
verdict-warn =
    { $n ->
        [one] { $n } aviso
       *[other] { $n } avisos
    }
verdict-manual =
    { $n ->
        [one] { $n } item para verificar manualmente
       *[other] { $n } itens para verificar manualmente
    }
verdict-checked =
    { $n ->
        [one] { $n } verificado manualmente
       *[other] { $n } verificados manualmente
    }
section-general = Geral
section-content = Conteúdo e aparência
section-localization = Suporte e localização
section-development = Desenvolvimento
status-pass = Correto
status-fail = Erro
status-warn = Aviso
status-manual = Verificar
status-na = Não se aplica
status-reviewed_passed = Aprovado
status-reviewed_failed = Reprovado
docs-id = id
docs-per-language = por idioma
docs-checks = o que verifica
docs-yes = sim
docs-only = só no { $marketplace }
docs-thresholds = Limites
docs-name-limit = nome ≤ { $max } (ligado por { $joiners })
docs-name-words = palavras ≤ { $max }
docs-no-brand = sem "{ $brand }"
docs-teaser-limit = descrição curta ≤ { $max }
docs-description-limit = descrição ≤ { $max } em 1–{ $paragraphs } parágrafos
docs-interface-version = interface_version { $version }
docs-branding-limit = imagens da marca ≤ { $kb } KB
docs-what-to-do = O que fazer
docs-why = Por quê
docs-example = Exemplo
docs-instead = Em vez disso
docs-from = Fonte
report-problems = Problemas a corrigir
report-to-check = Itens para verificar manualmente
report-no-name = (sem nome)
report-no-languages = nenhum
report-kind-folder = pasta
report-kind-zip = zip
report-heading = { $name } — { $source } ({ $kind }) — checklist do { $marketplace } — idiomas: { $languages }
report-badge-fail = ERRO
report-badge-warn = AVISO
report-badge-manual = VERIFICAR
report-badge-pass = OK
report-badge-na = N/A
report-counts =
    { $pass ->
        [0] 0 corretos
        [one] { $pass } correto
       *[other] { $pass } corretos
    } · { $fail ->
        [0] 0 erros
        [one] { $fail } erro
       *[other] { $fail } erros
    } · { $warn ->
        [0] 0 avisos
        [one] { $warn } aviso
       *[other] { $warn } avisos
    } · { $manual } para verificar · { $na ->
        [0] 0 não se aplicam
        [one] { $na } não se aplica
       *[other] { $na } não se aplicam
    }
report-hidden =
    { $n ->
        [one] 1 item aprovado ou que não se aplica não é mostrado; --verbose o lista.
       *[other] { $n } itens aprovados ou que não se aplicam não são mostrados; --verbose os lista.
    }
report-at = em { $place }
report-more-places =
    { $n ->
        [one] … e mais { $n } lugar
       *[other] … e mais { $n } lugares
    }
report-more = … e mais { $n }
report-title = Verificação do widget: { $name }
report-widget = Widget
report-version = Versão
report-name-in = Nome ({ $lang })
report-checklist = Checklist
report-tool = Ferramenta
report-item = Item
report-reviewer = Revisor
report-what-to-do = O que fazer
report-none = (nenhuma)
report-languages = Idiomas
report-checked-with = Verificado com
report-checked-with-on = { $tool } em { $date }
report-input-sha256 = SHA-256 do que foi verificado
report-checklist-item = Item da checklist
report-reviewed-at = em { $at }
report-not-reviewed = ainda não revisado
report-more-about-rule = Por quê, um exemplo e de onde vem a regra
report-example-bad = Por exemplo, isto viola a regra:
report-example-good = Em vez disso:
report-source = De onde vem a regra:
report-branding = Imagens da marca
report-image-size = { $size } (esperado { $expected })
report-image-missing = faltando (esperado { $expected })
report-slideshow = Carrossel
report-no-slides = Nenhuma imagem de carrossel listada.
report-missing = faltando
report-side-by-side = Idiomas lado a lado
report-text = Texto
text-state-missing = faltando
text-state-empty = vazio
text-state-wrong-language = outro idioma
text-state-too-long = longo demais
text-state-untranslated = sem tradução
text-state-ok = OK
review-damaged-set-aside = não foi possível ler as decisões de revisão salvas ({ $error }); o arquivo foi guardado à parte com o nome { $aside }
review-damaged = não foi possível ler as decisões de revisão salvas em { $file } ({ $error })
review-other-widget-set-aside = as decisões de revisão salvas para { $widget } são de outro widget ({ $other }), por isso não são usadas; elas foram guardadas à parte com o nome { $aside }
review-other-widget = as decisões de revisão salvas para { $widget } são de outro widget ({ $other }), por isso não são usadas
