# amo-preflight: the app's words in pt. An id is the key the code uses, its dots written as dashes.

start-title = Verifique seu widget antes de enviar
start-subtitle = O amo-preflight verifica um widget do amoCRM ou do Kommo com base na checklist do marketplace e mostra o que corrigir.
start-open_folder = Abrir pasta…
start-open_zip = Abrir widget.zip…
start-drop_hint = ou arraste uma pasta de widget ou um .zip para esta janela
start-examples = Experimente um exemplo
start-example_clean = Abrir o widget de exemplo (passa em todas as verificações automáticas)
start-example_broken = Abrir o widget de exemplo com problemas
start-recent = Widgets recentes
start-recent_missing = Este widget não está mais lá
menu-recheck = Verificar de novo
menu-close = Fechar
menu-language = Idioma
menu-language_system = Do sistema
menu-theme = Tema
menu-theme_system = Do sistema
menu-theme_light = Claro
menu-theme_dark = Escuro
header-version = versão { $version }
header-languages = idiomas: { $languages }
header-marketplace = Checklist:
header-checking = Verificando…
header-checked_in = verificado em { $ms } ms
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
verdict-checked = { $n } verificados manualmente
tab-checklist = Checklist
tab-texts = Textos
tab-languages = Idiomas
tab-images = Imagens
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
filter-problems = Só problemas
filter-manual = Só verificação manual
filter-all_languages = Todos os idiomas
filter-search = Pesquisar na checklist
filter-clear = Limpar a pesquisa
checklist-item = Item da checklist
checklist-widget = Widget
checklist-nothing_matches = Nenhum item corresponde aos filtros.
details-none = Selecione um item da checklist para ver o que foi encontrado e o que fazer.
details-language = idioma: { $lang }
details-gone = Este item não está na última verificação.
details-evidence = O que foi encontrado
details-what_to_do = O que fazer
details-why = Por que o marketplace pede isso
details-example = Por exemplo, isto viola a regra:
details-instead = Em vez disso:
details-source = De onde vem a regra
details-open_file = Abrir arquivo
details-open_file_zip = Arquivos dentro de um zip não podem ser abertos daqui
review-title = Sua decisão
review-explain = Só uma pessoa pode avaliar este item. Veja o que foi encontrado e marque o resultado. Sua decisão fica salva neste computador, não no widget.
review-note_hint = Observação (opcional): o que você verificou, o que mudar
review-mark_passed = ✔ Aprovar
review-mark_failed = ✖ Reprovar
review-clear = Desfazer decisão
texts-intro = Nome, descrição curta e descrição de cada idioma, contados do mesmo jeito que o marketplace do { $marketplace } conta. Os arquivos nunca são alterados aqui.
texts-language = Idioma: { $lang }
texts-name = Nome
texts-teaser = Descrição curta
texts-description = Descrição
texts-missing = faltando
texts-count = { $n } / { $max }
texts-over =
    { $n ->
        [one] { $n } caractere a mais
       *[other] { $n } caracteres a mais
    }
texts-via = termina com o desenvolvedor: "… { $words } Desenvolvedor"
texts-words_ok = nenhuma palavra com mais de { $max } caracteres
texts-words_long = palavras com mais de { $max } caracteres: { $words }
texts-brand = não menciona { $brand }
texts-paragraphs =
    { $n ->
        [one] { $n } parágrafo
       *[other] { $n } parágrafos
    } (esperado: 1–{ $max })
texts-scratch = Teste um novo texto
texts-scratch_hint = Digite aqui para ver os contadores e copie o texto quando couber. Nada é salvo.
texts-scratch_placeholder = Digite um nome, uma descrição curta ou uma descrição
texts-copy = Copiar texto
languages-intro =
    { $keys ->
        [one] { $keys } texto
       *[other] { $keys } textos
    } em { $languages ->
        [one] { $languages } idioma
       *[other] { $languages } idiomas
    }, lado a lado.
languages-key = Texto
languages-missing = faltando
languages-empty = vazio
languages-chars =
    { $n ->
        [one] { $n } caractere
       *[other] { $n } caracteres
    }
languages-same_as = igual a { $lang }: sem tradução?
images-branding = Imagens da marca
images-branding_intro = Cada imagem em tamanho real (1:1) dentro de um contorno do tamanho que o marketplace espera.
images-expected = esperado { $size }
images-actual = real { $size }, { $kb } KB
images-missing = faltando
images-loading = carregando…
images-slideshow = Carrossel
images-slideshow_intro = 1–5 imagens por idioma, { $size } pixels, PNG. Clique em uma imagem para vê-la em tamanho real.
images-no_slides = Nenhuma imagem de carrossel listada para este idioma.
images-click_to_zoom = Clique para ver em tamanho real
open-failed = O amo-preflight não consegue ler isto como widget
open-failed_help = Abra a pasta do widget (a que contém o manifest.json) ou o widget.zip que você vai enviar.
notice-review_not_saved = Não foi possível salvar sua decisão: { $reason }
notice-settings_not_saved = Não foi possível salvar as configurações: { $reason }
filter-language = Idioma
review-saved_note = Observação: { $note }
images-not_png = Este é um arquivo { $format }, não PNG
images-at_root = Está na raiz do widget; segundo a documentação, deve ficar em images/
links-check = Verificar links
links-check_hint = Abre cada link do widget para ver se funciona e leva a uma página no idioma certo. Precisa de internet.
links-progress = Verificando links… { $done } de { $total }
links-cancel = Parar a verificação
export-button = Exportar relatório…
export-title = Salvar o relatório
export-done = Relatório salvo: { $path }
export-failed = Não foi possível salvar o relatório: { $reason }
rule-general-data-minimal = Coleta só os dados necessários
rule-general-data-consent = O usuário concorda antes de seus dados serem enviados
rule-general-ease-of-use = Fácil de ativar, configurar, usar e obter suporte
rule-general-support-contact = Os usuários conseguem obter suporte
rule-general-no-partner-upsell = Não incentiva a compra de assinaturas via parceiros
rule-general-official-claim = “Oficial” só com prova documental
rule-general-no-auto-install = Instalado só ao clicar em Instalar
rule-content-name-length = O nome não é longo demais
rule-content-name-via = O nome diz quem o criou: "X via Desenvolvedor"
rule-content-name-word-length = Nenhuma palavra do nome é longa demais
rule-content-name-brand = O nome não contém "Kommo"
rule-content-teaser-length = Descrição curta presente e não longa demais
rule-content-description-length = Descrição presente e não longa demais
rule-content-description-paragraphs = A descrição tem 1–2 parágrafos
rule-content-description-friendly = Descrição amigável, não técnica
rule-content-description-plan = A descrição indica o plano necessário
rule-content-description-pricing = A descrição informa preços e moedas
rule-content-ui-copy = Os textos do widget são fáceis de entender
rule-content-error-messages = Todo erro tem uma mensagem que diz o que fazer
rule-images-branding-files = As cinco imagens da marca existem
rule-images-branding-format = As imagens da marca são PNG
rule-images-branding-size = As imagens da marca têm o tamanho exato
rule-images-branding-weight = As imagens da marca têm no máximo 300 KB
rule-images-dp-logo = Logo do Digital Pipeline 174×109
rule-images-partner-logos = Os dois logos quando outro app aparece
rule-images-slideshow-count = 1–5 imagens no carrossel
rule-images-slideshow-size = As imagens do carrossel têm 1188×616
rule-images-slideshow-format = As imagens do carrossel são PNG (ou JPG no Kommo)
rule-images-slideshow-files = As imagens do carrossel listadas existem
rule-images-slideshow-quality = O carrossel mostra a integração com clareza
rule-images-no-foreign-words = As imagens não têm palavras em outros idiomas
rule-l10n-locale-files = Um arquivo por idioma declarado, sem extras
rule-l10n-keys-complete = Tradução completa
rule-l10n-manifest-keys = Os textos do manifesto existem em todos os idiomas
rule-l10n-text-language = Os textos estão no idioma do arquivo
rule-l10n-hardcoded-text = Sem textos escritos em scripts e modelos
rule-l10n-untranslated = Os textos estão traduzidos, não copiados
rule-l10n-privacy-policy = Link da política de privacidade neste idioma
rule-l10n-link-domains = Os links levam a sites neste idioma
rule-l10n-link-language = As páginas dos links estão neste idioma
rule-l10n-links-reachable = Todos os links funcionam
rule-l10n-human-support = Suporte humano neste idioma
rule-l10n-local-formatting = Formatos locais de datas, números e telefones
rule-l10n-payments = Formas de pagamento para as Américas e a Europa
rule-l10n-currency = Preços em USD ou EUR
rule-dev-oauth2 = Usa OAuth 2.0
rule-internal-error = A verificação foi até o fim
rule-dev-placeholders = Não restam marcadores nem dados de teste
rule-files-readable = Todos os arquivos podem ser lidos com segurança
rule-files-zip-root = manifest.json na raiz do zip
rule-files-unused = Nenhum arquivo sem uso
rule-files-dev-junk = Sem dados de teste nem restos de desenvolvimento
rule-files-utf8 = Os arquivos de texto estão em UTF-8
rule-files-no-bom = Arquivos de texto sem marca BOM
rule-files-lf-endings = Arquivos de texto com quebras de linha Unix
rule-files-references = Os arquivos referenciados existem
rule-manifest-json-valid = manifest.json é um JSON válido
rule-manifest-required-keys = manifest.json tem as chaves obrigatórias
rule-manifest-locations = Só áreas (locations) válidas
rule-manifest-location-blocks = As áreas têm seus blocos complementares
rule-manifest-settings-types = Os campos de configuração têm tipos válidos
rule-manifest-version = A versão está no formato x.y ou x.y.z
rule-manifest-secret-key = Nenhuma chave secreta no zip
rule-ui-interfaces = Altera só as interfaces permitidas
rule-ui-no-overlap = Não cobre os controles do amoCRM
rule-ui-settings-page = Página de configurações: nome único, após as do amoCRM
rule-ui-left-menu = Menu esquerdo intacto
rule-ui-bottom-position = Não fica fixo na parte inferior da tela
rule-ui-drag-drop = Sem áreas de soltar no menu esquerdo nem no alto à direita
rule-css-global-selectors = Sem seletores CSS globais
rule-css-system-classes = Sem estilos para classes do amoCRM
rule-css-root-scoped = Todos os estilos relativos à raiz do widget
rule-css-switcher-styles = Sem estilos para os interruptores
rule-css-palette-variables = As variáveis --palette-* do tema não são redefinidas
rule-code-commented-out = Sem código comentado
rule-js-syntax = Sintaxe JavaScript correta
rule-js-undeclared = Variáveis declaradas antes do uso
rule-js-debug-traces = Sem alert, confirm nem saída de depuração
rule-js-console-debug = console.debug só para informações importantes
rule-js-console-trace = console.trace só em catch ou onRejected
rule-js-amocrm-global = Não altera o objeto global AMOCRM
rule-js-sync-requests = Sem requisições síncronas
rule-js-script-injection = Não injeta elementos script
rule-js-requirejs-deps = Dependências externas via define
rule-js-external-sources = Só bibliotecas públicas de CDNs confiáveis
rule-js-external-styles = Sem estilos de CDN com seletores globais
rule-js-eval = Não executa código de strings nem de iframes
rule-js-callbacks = render, init e bind_actions existem
rule-js-minified = O código é legível
