# amo-preflight: messages of the images part in es.

images-value = { $value }

## Imágenes de marca: si están y dónde.

images-files-missing =
    { $n ->
        [one] Falta una imagen de marca: { $file_names }.
       *[other] Faltan imágenes de marca: { $file_names }.
    }
images-files-missing-help = Agrega { $file_names } a la carpeta images/ ({ $sizes }).
images-files-doubled =
    { $n ->
        [one] { $file_names } está tanto en images/ como en la raíz del widget. Se revisa la copia de images/; la de la raíz sobra.
       *[other] { $file_names } están tanto en images/ como en la raíz del widget. Se revisan las copias de images/; las de la raíz sobran.
    }
images-files-doubled-help = Borra { $file_names } de la raíz del widget y conserva las copias de images/.
images-files-at-root =
    { $n ->
        [one] { $file_names } está en la raíz del widget, junto a manifest.json; según la documentación de { $marketplace }, las imágenes de marca van en la carpeta images/.
       *[other] { $file_names } están en la raíz del widget, junto a manifest.json; según la documentación de { $marketplace }, las imágenes de marca van en la carpeta images/.
    }
images-files-at-root-help = Mueve { $file_names } a la carpeta images/.
images-files-ok = Las cinco imágenes de marca están en images/.

## Imágenes de marca: formato, tamaño y peso.

images-format-none = No hay imágenes de marca que revisar.
images-format-ok =
    { $n ->
        [one] La imagen de marca es un archivo PNG de verdad.
       *[other] Las { $n } imágenes de marca son archivos PNG de verdad.
    }
images-format-not-png = No están en formato PNG: { $problems }.
images-format-is = { $path } es un archivo { $format }
images-format-unknown = { $path } no es una imagen reconocible
images-size-none = No hay imágenes de marca que medir.
images-size-ok = { $path } mide { $width }×{ $height }, como se exige.
images-size-wrong = { $path } mide { $width }×{ $height }; { $file_name } debe medir { $need_width }×{ $need_height }.
images-size-wrong-help = Exporta { $file_name } con un tamaño exacto de { $need_width }×{ $need_height } píxeles.
images-size-unreadable = No se puede leer el tamaño de { $path }: el archivo está dañado o no es una imagen.
images-size-unreadable-help = Vuelve a exportar { $file_name } como PNG de { $need_width }×{ $need_height } píxeles.
images-weight-none = No hay imágenes de marca cuyo peso se pueda revisar.
images-weight-ok = Ninguna imagen de marca pesa más de { $limit_kb } KB.
images-weight-over = Pesan más de { $limit_kb } KB: { $files }.
images-weight-file = { $path } ({ $kb } KB)

## El logotipo del Digital Pipeline.

images-dp-none = El widget no está en el Digital Pipeline, así que no necesita logo_dp.png.
images-dp-missing = El widget está en el Digital Pipeline, pero falta images/logo_dp.png.
images-dp-not-png = { $path } es un archivo { $format }, no un PNG.
images-dp-not-image = { $path } no es una imagen reconocible; debe ser un PNG.
images-dp-wrong-size = { $path } mide { $width }×{ $height }; debe medir { $need_width }×{ $need_height }.
images-dp-unreadable = No se puede leer el tamaño de { $path }.

## Logotipos de socios.

images-partner = Si el widget presenta otra app, comprueba que las imágenes de 400×272 y 240×84 muestren ambos logotipos.
images-evidence-missing = falta

## El carrusel de un idioma.

images-count-none = No se indican imágenes de carrusel para este idioma ({ $key }).
images-count-none-help = Agrega de 1 a 5 imágenes de carrusel para "{ $lang }" en tour.tour_images de manifest.json, por ejemplo: "{ $lang }": ["/images/slide_1_{ $lang }.png"].
images-count-not-list =
    { $kind ->
        [object] { $key } es un objeto, no una lista de imágenes.
        [string] { $key } es un texto, no una lista de imágenes.
        [number] { $key } es un número, no una lista de imágenes.
        [boolean] { $key } es un valor true o false, no una lista de imágenes.
        [null] { $key } es null, no una lista de imágenes.
       *[other] { $key } es { $kind }, no una lista de imágenes.
    }
images-count-wrong =
    { $n ->
        [one] Se indica { $n } imagen de carrusel; debe haber de 1 a { $max }.
       *[other] Se indican { $n } imágenes de carrusel; debe haber de 1 a { $max }.
    }
images-count-ok =
    { $n ->
        [one] Se indica { $n } imagen de carrusel.
       *[other] Se indican { $n } imágenes de carrusel.
    }
images-slides-none = No se indican imágenes de carrusel para este idioma.
images-slides-ok =
    { $n ->
        [one] La imagen de carrusel indicada existe.
       *[other] Las { $n } imágenes de carrusel indicadas existen.
    }
images-slides-missing = Se indican, pero no están en el widget: { $entries }.
images-slides-not-path =
    { $kind ->
        [array] (una lista, no una ruta)
        [object] (un objeto, no una ruta)
        [number] (un número, no una ruta)
        [boolean] (un valor true o false, no una ruta)
        [null] (null, no una ruta)
       *[other] ({ $kind }, no una ruta)
    }
images-slides-format-none = No hay imágenes de carrusel de este idioma que revisar.
images-slides-format-ok = Todas las imágenes del carrusel son archivos { $formats } de verdad.
images-slides-format-wrong = No están en formato { $formats }: { $problems }.
images-slides-size-none = No hay imágenes de carrusel de este idioma que medir.
images-slides-size-ok = Todas las imágenes del carrusel miden { $width }×{ $height }.
images-slides-size-wrong = { $problems }; las imágenes del carrusel deben medir { $width }×{ $height }.
images-slides-size-is = { $path } mide { $width }×{ $height }
images-slides-size-unreadable = { $path } no tiene un tamaño legible
images-slides-quality = Mira el carrusel: ¿muestra con claridad el widget en funcionamiento?
images-slides-foreign-words = Mira las imágenes de este idioma: ¿todas sus palabras están en este idioma?
images-slides-look-none = No hay imágenes de carrusel de este idioma que mirar.
images-evidence-slide = imagen del carrusel
images-evidence-slide-no-size = imagen del carrusel, tamaño desconocido
images-evidence-branding = imagen de marca

## images.no-foreign-words: the words read in the images

images-words-no-reader = Tesseract no está instalado, así que no se leyeron las palabras de las imágenes. Mira las imágenes de este idioma: ¿todas sus palabras están en este idioma?
images-words-install = Para que las palabras de las imágenes se lean solas, instala Tesseract y sus datos de idioma, y vuelve a revisar: { $command }
images-words-pending =
    { $n ->
        [one] Leyendo las palabras de { $n } imagen…
       *[other] Leyendo las palabras de { $n } imágenes…
    }
images-words-unreadable =
    { $n ->
        [one] No se pudieron leer las palabras de { $n } imagen, mírala tú: { $images }.
       *[other] No se pudieron leer las palabras de { $n } imágenes, míralas tú: { $images }.
    }
# An image that could not be read, with why.
images-words-unreadable-one = { $path } ({ $reason })
images-words-none-found =
    { $n ->
        [one] No se encontraron palabras en la imagen de la presentación.
       *[other] No se encontraron palabras en las { $n } imágenes de la presentación.
    }
images-words-ok = Todas las líneas leídas en las imágenes de la presentación están { $in_language } (líneas leídas: { $lines }, imágenes: { $n }).
# One line read in an image, and what it is in ("English", "Cyrillic letters").
images-words-line = "{ $words }" ({ $what })
images-words-foreign = { $path } tiene palabras que no están { $in_language }: { $lines }.
images-words-branding = { $path } se muestra en todos los idiomas, pero algunas de sus palabras no están { $in_language }: { $lines }.
images-words-foreign-help = Cambia esta imagen por una cuyas palabras estén todas en este idioma, por ejemplo una captura de una cuenta configurada en este idioma.
images-words-doubt-help = Estas palabras se leyeron de la imagen automáticamente y pueden estar mal leídas: mira estas líneas en la imagen. Si están en otro idioma, cambia la imagen; si no, marca este punto como revisado.
images-reading-not-in-widget = { $path } no está en el widget
images-reading-too-slow = Tesseract tardó demasiado
images-reading-failed = Tesseract se detuvo: { $reason }
