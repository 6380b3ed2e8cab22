# amo-preflight: messages of the images part in pt.

images-value = { $value }

## Imagens da marca: se existem e onde estão.

images-files-missing =
    { $n ->
        [one] Falta a imagem da marca: { $file_names }.
       *[other] Faltam imagens da marca: { $file_names }.
    }
images-files-missing-help = Adicione { $file_names } à pasta images/ ({ $sizes }).
images-files-doubled =
    { $n ->
        [one] { $file_names } está tanto em images/ quanto na raiz do widget. A cópia em images/ é a verificada; a da raiz está sobrando.
       *[other] { $file_names } estão tanto em images/ quanto na raiz do widget. As cópias em images/ são as verificadas; as da raiz estão sobrando.
    }
images-files-doubled-help = Apague { $file_names } da raiz do widget e mantenha as cópias em images/.
images-files-at-root =
    { $n ->
        [one] { $file_names } está na raiz do widget, ao lado do manifest.json; segundo a documentação do { $marketplace }, as imagens da marca ficam na pasta images/.
       *[other] { $file_names } estão na raiz do widget, ao lado do manifest.json; segundo a documentação do { $marketplace }, as imagens da marca ficam na pasta images/.
    }
images-files-at-root-help = Mova { $file_names } para a pasta images/.
images-files-ok = As cinco imagens da marca estão em images/.

## Imagens da marca: formato, tamanho e peso.

images-format-none = Não há imagens da marca para verificar.
images-format-ok =
    { $n ->
        [one] A imagem da marca é um arquivo PNG de verdade.
       *[other] As { $n } imagens da marca são arquivos PNG de verdade.
    }
images-format-not-png = Fora do formato PNG: { $problems }.
images-format-is = { $path } é um arquivo { $format }
images-format-unknown = { $path } não é uma imagem reconhecível
images-size-none = Não há imagens da marca para medir.
images-size-ok = { $path } tem { $width }×{ $height }, como exigido.
images-size-wrong = { $path } tem { $width }×{ $height }; { $file_name } deve ter { $need_width }×{ $need_height }.
images-size-wrong-help = Exporte { $file_name } com exatamente { $need_width }×{ $need_height } pixels.
images-size-unreadable = Não foi possível ler o tamanho de { $path }: o arquivo está danificado ou não é uma imagem.
images-size-unreadable-help = Exporte { $file_name } de novo como PNG de { $need_width }×{ $need_height } pixels.
images-weight-none = Não há imagens da marca para verificar o peso.
images-weight-ok = Todas as imagens da marca têm no máximo { $limit_kb } KB.
images-weight-over = Acima de { $limit_kb } KB: { $files }.
images-weight-file = { $path } ({ $kb } KB)

## O logo do Digital Pipeline.

images-dp-none = O widget não está no Digital Pipeline, então não precisa de logo_dp.png.
images-dp-missing = O widget está no Digital Pipeline, mas falta images/logo_dp.png.
images-dp-not-png = { $path } é um arquivo { $format }, não um PNG.
images-dp-not-image = { $path } não é uma imagem reconhecível; deve ser um PNG.
images-dp-wrong-size = { $path } tem { $width }×{ $height }; deve ter { $need_width }×{ $need_height }.
images-dp-unreadable = Não foi possível ler o tamanho de { $path }.

## Logos de parceiros.

images-partner = Se o widget destaca outro app, verifique se as imagens de 400×272 e 240×84 mostram os dois logos.
images-evidence-missing = faltando

## O carrossel de um idioma.

images-count-none = Nenhuma imagem de carrossel listada para este idioma ({ $key }).
images-count-none-help = Adicione de 1 a 5 imagens de carrossel para "{ $lang }" em tour.tour_images no manifest.json, por exemplo: "{ $lang }": ["/images/slide_1_{ $lang }.png"].
images-count-not-list =
    { $kind ->
        [object] { $key } é um objeto, não uma lista de imagens.
        [string] { $key } é um texto, não uma lista de imagens.
        [number] { $key } é um número, não uma lista de imagens.
        [boolean] { $key } é um valor true ou false, não uma lista de imagens.
        [null] { $key } é null, não uma lista de imagens.
       *[other] { $key } é { $kind }, não uma lista de imagens.
    }
images-count-wrong =
    { $n ->
        [0] Nenhuma imagem de carrossel listada; devem ser de 1 a { $max }.
        [one] { $n } imagem de carrossel listada; devem ser de 1 a { $max }.
       *[other] { $n } imagens de carrossel listadas; devem ser de 1 a { $max }.
    }
images-count-ok =
    { $n ->
        [one] { $n } imagem de carrossel listada.
       *[other] { $n } imagens de carrossel listadas.
    }
images-slides-none = Nenhuma imagem de carrossel listada para este idioma.
images-slides-ok =
    { $n ->
        [one] A imagem de carrossel listada existe.
       *[other] As { $n } imagens de carrossel listadas existem.
    }
images-slides-missing = Imagens listadas, mas não encontradas no widget: { $entries }.
images-slides-not-path =
    { $kind ->
        [array] (uma lista, não um caminho)
        [object] (um objeto, não um caminho)
        [number] (um número, não um caminho)
        [boolean] (um valor true ou false, não um caminho)
        [null] (null, não um caminho)
       *[other] ({ $kind }, não um caminho)
    }
images-slides-format-none = Não há imagens de carrossel deste idioma para verificar.
images-slides-format-ok = Todas as imagens do carrossel são arquivos { $formats } de verdade.
images-slides-format-wrong = Fora do formato { $formats }: { $problems }.
images-slides-size-none = Não há imagens de carrossel deste idioma para medir.
images-slides-size-ok = Todas as imagens do carrossel têm { $width }×{ $height }.
images-slides-size-wrong = { $problems }; as imagens do carrossel devem ter { $width }×{ $height }.
images-slides-size-is = { $path } tem { $width }×{ $height }
images-slides-size-unreadable = não foi possível ler o tamanho de { $path }
images-slides-quality = Veja o carrossel: ele mostra com clareza o widget funcionando?
images-slides-foreign-words = Veja as imagens deste idioma: todas as palavras nelas estão neste idioma?
images-slides-look-none = Não há imagens de carrossel deste idioma para ver.
images-evidence-slide = imagem do carrossel
images-evidence-slide-no-size = imagem do carrossel, tamanho desconhecido
images-evidence-branding = imagem da marca

## images.no-foreign-words: the words read in the images

images-words-no-reader = O Tesseract não está instalado, então as palavras das imagens não foram lidas. Confira as imagens deste idioma: todas as palavras nelas estão neste idioma?
images-words-install = Para que as palavras das imagens sejam lidas automaticamente, instale o Tesseract e os dados de idioma dele e verifique de novo: { $command }
images-words-pending =
    { $n ->
        [one] Lendo as palavras de { $n } imagem…
       *[other] Lendo as palavras de { $n } imagens…
    }
images-words-unreadable =
    { $n ->
        [one] Não foi possível ler as palavras de { $n } imagem, confira-a você mesmo: { $images }.
       *[other] Não foi possível ler as palavras de { $n } imagens, confira-as você mesmo: { $images }.
    }
# An image that could not be read, with why.
images-words-unreadable-one = { $path } ({ $reason })
images-words-none-found =
    { $n ->
        [one] Nenhuma palavra foi encontrada na imagem da apresentação.
       *[other] Nenhuma palavra foi encontrada nas { $n } imagens da apresentação.
    }
images-words-ok = Todas as linhas lidas nas imagens da apresentação estão { $in_language } (linhas lidas: { $lines }, imagens: { $n }).
# One line read in an image, and what it is in ("English", "Cyrillic letters").
images-words-line = "{ $words }" ({ $what })
images-words-foreign = { $path } tem palavras que não estão { $in_language }: { $lines }.
images-words-branding = { $path } aparece em todos os idiomas, mas algumas palavras dela não estão { $in_language }: { $lines }.
images-words-foreign-help = Troque esta imagem por uma em que todas as palavras estejam neste idioma, por exemplo uma captura de tela de uma conta configurada neste idioma.
images-words-doubt-help = Estas palavras foram lidas da imagem automaticamente e podem ter sido lidas errado: veja estas linhas na imagem. Se estiverem em outro idioma, troque a imagem; se não, marque este item como verificado.
images-reading-not-in-widget = { $path } não está no widget
images-reading-too-slow = O Tesseract demorou demais
images-reading-failed = O Tesseract parou: { $reason }
