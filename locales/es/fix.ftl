# amo-preflight: what `amo-preflight fix` (and the app's Prepare submission zip) says in es.

## What is done to a text file.
fix-text-from-utf16 = convertido de UTF-16 a UTF-8
fix-text-from-cp1251 = convertido de Windows-1251 a UTF-8
fix-text-broken-utf16 = empieza como UTF-16 pero no se puede leer; guárdalo como UTF-8 en tu editor
fix-text-bom = se quitó la marca de orden de bytes (BOM)
fix-text-not-utf8 = no está en UTF-8 y no se puede saber con certeza su codificación; guárdalo como UTF-8 en tu editor
fix-text-is-image = es una imagen { $format } con nombre de archivo de texto; dale la extensión de su formato y cambia lo que la menciona
fix-text-line-endings =
    { $n ->
        [one] { $n } fin de línea cambiado a LF
       *[other] { $n } fines de línea cambiados a LF
    }

## The changes.
fix-unwrapped = Los archivos del widget estaban en la carpeta { $folder }/ del zip; en el nuevo zip están en la raíz.
fix-left-out = Se dejó fuera { $path }: { $why }.
fix-kept = Se mantuvo { $path }, como pediste, aunque { $why }.
fix-reencoded = { $path }: { $done }.
fix-not-fixed = { $path } se copia tal cual: { $why }.
fix-reworded = nuevo texto de { $key }
fix-why-junk = es un resto del desarrollo o una herramienta de compilación que no se publica (files.dev-junk)
fix-why-unused = nada en el widget lo carga (files.unused)
fix-why-not-read = no se pudo leer (es demasiado grande o está dañado), así que no se puede copiar

## Writing the zip.
fix-zip-failed = no se pudo crear el nuevo zip: { $error }
fix-cannot-write = no se pudo escribir { $path }: { $reason }
fix-refuse-overwrite = { $path } es el widget que se corrige: escribe el nuevo zip en otro lugar (los archivos de origen nunca se modifican).
fix-refuse-inside = { $path } está dentro de la carpeta del widget { $folder }: escribe el nuevo zip en otro lugar (los archivos de origen nunca se modifican).

## The summary.
fix-written =
    { $files ->
        [one] Se escribió { $path }: { $files } archivo, SHA-256 { $sha256 }.
       *[other] Se escribió { $path }: { $files } archivos, SHA-256 { $sha256 }.
    }
fix-dry-run =
    { $files ->
        [one] Se escribiría { $path }: { $files } archivo, SHA-256 { $sha256 }. No se escribió nada (--dry-run).
       *[other] Se escribiría { $path }: { $files } archivos, SHA-256 { $sha256 }. No se escribió nada (--dry-run).
    }
fix-changes =
    { $n ->
        [one] { $n } cambio:
       *[other] { $n } cambios:
    }
fix-no-changes = No hay nada que cambiar: el widget ya está como una máquina puede dejarlo.
fix-before-after =
    { $before ->
        [one] { $before } problema impedía publicar; ahora, { $after }.
       *[other] { $before } problemas impedían publicar; ahora, { $after }.
    }
fix-after-none = Ya nada impide publicar.
fix-after-left =
    { $n ->
        [one] Este necesita que lo resuelvas tú:
       *[other] Estos { $n } necesitan que los resuelvas tú:
    }

## What is done to an image.
fix-image-generated = generada a partir de { $source }: revisa que se vea bien
fix-image-to-png = guardada como PNG
fix-image-resized = cambiada de { $from } a { $to }
fix-image-enlarged = cambiada de { $from } a { $to }, ampliada { $times }×: revisa que no se vea borrosa
fix-image-moved = movida de { $from } a images/
fix-image-renamed = { $from } convertida a PNG y renombrada en manifest.json
fix-image-slide-is-logo = también es una imagen de marca, que conserva su propio tamaño; usa un archivo aparte para el carrusel
fix-image-lighter = guardada más liviana ({ $kb } KB)
fix-image-256-colours = reducida a 256 colores para pesar menos de { $max } KB: comprueba que se vea bien
fix-image-still-heavy = todavía pesa { $kb } KB, más que el límite de { $max } KB: simplifica la imagen
