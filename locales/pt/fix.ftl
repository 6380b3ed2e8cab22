# amo-preflight: what `amo-preflight fix` (and the app's Prepare submission zip) says in pt.

## What is done to a text file.
fix-text-from-utf16 = convertido de UTF-16 para UTF-8
fix-text-from-cp1251 = convertido de Windows-1251 para UTF-8
fix-text-broken-utf16 = começa como UTF-16, mas não pode ser lido; salve-o como UTF-8 no seu editor
fix-text-bom = marca de ordem de bytes (BOM) removida
fix-text-not-utf8 = não está em UTF-8, e não dá para saber com certeza a codificação; salve-o como UTF-8 no seu editor
fix-text-is-image = é uma imagem { $format } com nome de arquivo de texto; dê a ela a extensão do seu formato e altere o que a menciona
fix-text-line-endings =
    { $n ->
        [one] { $n } fim de linha trocado por LF
       *[other] { $n } fins de linha trocados por LF
    }

## The changes.
fix-unwrapped = Os arquivos do widget estavam na pasta { $folder }/ do zip; no novo zip eles ficam na raiz.
fix-left-out = Deixado de fora: { $path } — { $why }.
fix-kept = Mantido { $path }, como você pediu, embora { $why }.
fix-reencoded = { $path }: { $done }.
fix-not-fixed = { $path } foi copiado como está: { $why }.
fix-reworded = novo texto de { $key }
fix-why-junk = é uma sobra do desenvolvimento ou uma ferramenta de build que não vai para a publicação (files.dev-junk)
fix-why-unused = nada no widget o carrega (files.unused)
fix-why-not-read = não foi possível lê-lo (grande demais ou danificado), então ele não pode ser copiado

## Writing the zip.
fix-zip-failed = não foi possível montar o novo zip: { $error }
fix-cannot-write = não foi possível gravar { $path }: { $reason }
fix-refuse-overwrite = { $path } é o widget que está sendo corrigido: grave o novo zip em outro lugar (os arquivos de origem nunca são alterados).
fix-refuse-inside = { $path } fica dentro da pasta do widget { $folder }: grave o novo zip em outro lugar (os arquivos de origem nunca são alterados).

## The summary.
fix-written =
    { $files ->
        [one] Gravado { $path }: { $files } arquivo, SHA-256 { $sha256 }.
       *[other] Gravado { $path }: { $files } arquivos, SHA-256 { $sha256 }.
    }
fix-dry-run =
    { $files ->
        [one] Seria gravado { $path }: { $files } arquivo, SHA-256 { $sha256 }. Nada foi gravado (--dry-run).
       *[other] Seria gravado { $path }: { $files } arquivos, SHA-256 { $sha256 }. Nada foi gravado (--dry-run).
    }
fix-changes =
    { $n ->
        [one] { $n } alteração:
       *[other] { $n } alterações:
    }
fix-no-changes = Nada a alterar: o widget já está como uma máquina consegue deixá-lo.
fix-before-after =
    { $before ->
        [0] Nenhum problema impedia a publicação; agora, { $after }.
        [one] { $before } problema impedia a publicação; agora, { $after }.
       *[other] { $before } problemas impediam a publicação; agora, { $after }.
    }
fix-after-none = Nada mais impede a publicação.
fix-after-left =
    { $n ->
        [one] Este precisa de você:
       *[other] Estes { $n } precisam de você:
    }

## What is done to an image.
fix-image-generated = gerada a partir de { $source }: confira se ficou boa
fix-image-to-png = salva como PNG
fix-image-resized = redimensionada de { $from } para { $to }
fix-image-enlarged = redimensionada de { $from } para { $to }, ampliada { $times }×: confira se não ficou borrada
fix-image-moved = movida de { $from } para images/
fix-image-renamed = { $from } convertida para PNG e renomeada no manifest.json
fix-image-slide-is-logo = também é uma imagem da marca, que mantém o próprio tamanho; use um arquivo separado para o carrossel
fix-image-lighter = salva mais leve ({ $kb } KB)
fix-image-256-colours = reduzida a 256 cores para ficar abaixo de { $max } KB — confira se ficou boa
fix-image-still-heavy = ainda tem { $kb } KB, acima do limite de { $max } KB: simplifique a imagem
