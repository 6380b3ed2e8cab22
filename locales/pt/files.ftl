# amo-preflight: messages of the files part in pt.

files-readable-pass =
    { $n ->
        [one] { $n } arquivo pôde ser lido com segurança.
       *[other] Todos os { $n } arquivos puderam ser lidos com segurança.
    }
files-readable-fail =
    { $n ->
        [one] { $n } problema ao ler o widget: { $problems }
       *[other] { $n } problemas ao ler o widget: { $problems }
    }
files-problem-unsafe-path = "{ $name }" aponta para fora do widget (.. ou um caminho absoluto) e não foi lido
files-problem-symlink = { $path } é um link para { $target }, fora do widget; não foi seguido
files-problem-too-many-files = mais de { $limit } arquivos; o restante não foi lido
files-problem-file-too-large = { $path } tem { $size } MB, acima do limite de { $limit } MB; não foi lido
files-problem-total-too-large = os arquivos somam mais de { $limit } MB; { $path } e os arquivos seguintes não foram lidos
files-problem-ratio-too-high = { $path }, ao ser descompactado, fica mais de { $limit } vezes maior que o tamanho compactado (uma bomba zip?); não foi lido
files-problem-unreadable = não foi possível ler { $path }: { $reason }
files-zip-root-folder = Foi verificada uma pasta, não um zip; ao enviar, compacte o conteúdo da pasta.
files-zip-root-pass = O manifest.json está na raiz do zip.
files-zip-root-nested = O manifest.json está dentro da pasta "{ $folder }/" do zip, não na raiz. As verificações foram feitas nessa pasta.
files-evidence-outside-root = fora da pasta do widget
files-tooling-package-list = a lista de pacotes de um build
files-tooling-build-source = o código-fonte a partir do qual { $built } é gerado
files-tooling-item = { $path } ({ $why })
files-dev-junk-pass = Nenhuma sobra de desenvolvimento encontrada.
files-dev-junk-leftovers =
    { $n ->
        [one] Sobra de desenvolvimento: { $files }.
       *[other] Sobras de desenvolvimento: { $files }.
    }
files-dev-junk-tooling = Ferramentas de build, que rodam no seu computador e não no amoCRM: { $tools }. Deixe-as fora do widget.zip; se esta pasta é o seu repositório de código e o seu build já as deixa de fora, não é preciso mudar nada.
files-dev-junk-both =
    { $n ->
        [one] Sobra de desenvolvimento: { $files }.
       *[other] Sobras de desenvolvimento: { $files }.
    } Ferramentas de build, que rodam no seu computador e não no amoCRM: { $tools }.
files-dev-junk-both-in-folder =
    { $n ->
        [one] Sobra de desenvolvimento: { $files }.
       *[other] Sobras de desenvolvimento: { $files }.
    } Ferramentas de build, que rodam no seu computador e não no amoCRM: { $tools }. Deixe tudo isso fora do widget.zip; se esta pasta é o seu repositório de código e o seu build já deixa isso de fora, não é preciso mudar nada.
files-no-text-files = O widget não tem arquivos de texto.
files-utf8-utf16 = { $path } está em UTF-16
files-utf8-invalid = { $path } não está em UTF-8 (a partir da linha { $line })
files-utf8-pass =
    { $n ->
        [one] O único arquivo de texto está em UTF-8.
       *[other] Todos os { $n } arquivos de texto estão em UTF-8.
    }
files-utf8-fail = { $problems }.
files-no-bom-pass = Nenhum arquivo de texto começa com uma marca de ordem de bytes (BOM).
files-no-bom-fail = Arquivos que começam com uma marca de ordem de bytes (BOM): { $files }.
files-lf-endings-pass = Todos os arquivos de texto usam quebras de linha do Unix (LF).
files-lf-endings-crlf =
    { $crlf ->
        [one] { $path }: { $crlf } linha termina em CR LF (Windows), a primeira na linha { $line }
       *[other] { $path }: { $crlf } linhas terminam em CR LF (Windows), a primeira na linha { $line }
    }
files-lf-endings-cr =
    { $cr ->
        [one] { $path }: { $cr } linha termina em um CR sozinho, a primeira na linha { $line }
       *[other] { $path }: { $cr } linhas terminam em um CR sozinho, a primeira na linha { $line }
    }
files-lf-endings-crlf-and-cr =
    { $crlf ->
        [one] { $path }: { $crlf } linha termina em CR LF (Windows) e { $cr } em um CR sozinho, a primeira na linha { $line }
       *[other] { $path }: { $crlf } linhas terminam em CR LF (Windows) e { $cr } em um CR sozinho, a primeira na linha { $line }
    }
files-lf-endings-fail = { $problems }.
files-unused-pass = Todos os arquivos são carregados pelo widget, ou podem ser (foram verificados { $searched }).
files-unused-see-location = veja o local indicado
files-unused-runtime-module =
    { $n ->
        [one] { $n } arquivo não é carregado por nada do que pôde ser lido: { $files }. Mas { $script } carrega um módulo cujo nome é montado durante a execução ({ $code }), e esse módulo pode carregá-lo: verifique se ele é usado.
       *[other] { $n } arquivos não são carregados por nada do que pôde ser lido: { $files }. Mas { $script } carrega um módulo cujo nome é montado durante a execução ({ $code }), e esse módulo pode carregá-los: verifique se cada um é usado.
    }
files-unused-warn =
    { $n ->
        [one] { $n } arquivo não é carregado em lugar nenhum: { $files }. Foram verificados { $searched }.
       *[other] { $n } arquivos não são carregados em lugar nenhum: { $files }. Foram verificados { $searched }.
    }
files-evidence-maybe-by-name = pode ser carregado pelo nome
files-searched =
    o manifesto, { $scripts ->
        [0] 0 scripts
        [one] { $scripts } script
       *[other] { $scripts } scripts
    }, { $templates ->
        [0] 0 modelos
        [one] { $templates } modelo
       *[other] { $templates } modelos
    } e { $styles ->
        [0] 0 folhas de estilo
        [one] { $styles } folha de estilo
       *[other] { $styles } folhas de estilo
    }
files-references-in-manifest = { $path } (indicado em { $key })
files-references-script = script.js (o widget aparece em { $area })
files-references-in-script = { $path } ({ $how } em { $script })
files-references-how-module = um módulo carregado
files-references-how-template = um modelo renderizado
files-references-included = { $path } (incluído por { $template })
files-references-none = O manifest.json, os scripts e os modelos não citam nenhum arquivo além das imagens do carrossel.
files-references-pass =
    { $n ->
        [one] O único arquivo citado no manifest.json, nos scripts e nos modelos existe.
       *[other] Todos os { $n } arquivos citados no manifest.json, nos scripts e nos modelos existem.
    }
files-references-missing = Arquivos citados, mas não encontrados: { $files }.
