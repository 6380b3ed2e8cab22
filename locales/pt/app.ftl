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
tab-checklist = Checklist
tab-texts = Textos
tab-languages = Idiomas
tab-images = Imagens
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
notice-example_not_written = Não foi possível gravar o exemplo para abri-lo: { $reason }
notice-review_not_saved = Não foi possível salvar sua decisão: { $reason }
notice-settings_not_saved = Não foi possível salvar as configurações: { $reason }
filter-language = Idioma
review-saved_note = Observação: { $note }
images-not_png = Este é um arquivo { $format }, não PNG
images-not_an_image = Não é um arquivo de imagem, nem PNG
images-at_root = Está na raiz do widget; segundo a documentação, deve ficar em images/
images-reading = Lendo as palavras das imagens… { $done } de { $total }
images-no_reader = As palavras das imagens não são lidas automaticamente: o Tesseract não está instalado. Para instalá-lo:
images-copy_command = Copiar o comando
links-check = Verificar links
links-check_hint = Abre cada link do widget para ver se funciona e leva a uma página no idioma certo. Precisa de internet.
links-progress = Verificando links… { $done } de { $total }
links-cancel = Parar a verificação
export-button = Exportar relatório…
export-title = Salvar o relatório
export-done = Relatório salvo: { $path }
export-failed = Não foi possível salvar o relatório: { $reason }
images-file-unreadable = não foi possível ler o arquivo
submission-button = Preparar zip para envio…
submission-title = Preparar zip para envio
submission-preparing = Preparando o zip e verificando-o…
submission-explain = Um novo widget.zip com o que uma máquina consegue corrigir já corrigido. Seu widget não é alterado. Marque um arquivo para mantê-lo no zip.
submission-keep = Manter no zip
submission-write = Gravar zip…
submission-written = Gravado: { $path } (SHA-256 { $sha256 })
submission-before = Antes: { $path }
submission-after = Depois: { $path }
submission-new_verdict = O novo zip: { $verdict }
submission-failed = Não foi possível preparar ou gravar o zip: { $reason }
texts-use_for = Usar para { $lang }
texts-use_hint = Colocar este texto em i18n/{ $lang }.json do zip para envio (Preparar zip para envio…); seu widget não é alterado.
texts-wording_used = O novo texto vai para i18n/{ $lang }.json do zip para envio.
dialog-no_system = A janela de arquivos do sistema não pôde ser mostrada, então o app mostra a sua.
dialog-up = Subir uma pasta
dialog-empty = Nada para escolher nesta pasta.
dialog-unreadable = Não é possível ler esta pasta: { $reason }
dialog-file_name = Nome do arquivo:
dialog-open_this_folder = Abrir esta pasta
dialog-save = Salvar
dialog-cancel = Cancelar
dialog-replaces = Já existe um arquivo com este nome: Salvar o substitui.

## Card preview
card-heading = Como o marketplace o mostra
card-no_language = O widget não indica nenhum idioma, então não há nada para mostrar.
card-language = Idioma:
card-light = Claro
card-dark = Escuro
card-scratch = Mostrando o seu novo texto
card-wording = Mostrando o texto escolhido com "Usar para { $lang }"
card-catalogue = No catálogo
card-install = Antes de instalar
card-name_cut =
    { $n ->
        [one] Nome cortado em { $n } caractere: o formulário do marketplace não aceita mais.
       *[other] Nome cortado em { $n } caracteres: o formulário do marketplace não aceita mais.
    }
card-teaser_cut =
    { $n ->
        [one] Descrição curta cortada em { $n } caractere: o formulário do marketplace não aceita mais.
       *[other] Descrição curta cortada em { $n } caracteres: o formulário do marketplace não aceita mais.
    }
card-previous = Slide anterior
card-next = Próximo slide
card-slide = { $n } / { $total }
card-approximation = É uma aproximação: a página do próprio marketplace pode quebrar as linhas de um jeito um pouco diferente.
