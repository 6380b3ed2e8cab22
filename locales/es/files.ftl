# amo-preflight: messages of the files part in es.

files-readable-pass =
    { $n ->
        [one] El único archivo se pudo leer de forma segura.
       *[other] Los { $n } archivos se pudieron leer de forma segura.
    }
files-readable-fail =
    { $n ->
        [one] { $n } problema al leer el widget: { $problems }
       *[other] { $n } problemas al leer el widget: { $problems }
    }
files-problem-unsafe-path = "{ $name }" apunta fuera del widget (.. o una ruta absoluta) y no se leyó
files-problem-symlink = { $path } es un enlace a { $target }, fuera del widget; no se siguió
files-problem-too-many-files = hay más de { $limit } archivos; el resto no se leyó
files-problem-file-too-large = { $path } ocupa { $size } MB, más que el límite de { $limit } MB; no se leyó
files-problem-total-too-large = los archivos suman más de { $limit } MB; { $path } y los siguientes no se leyeron
files-problem-ratio-too-high = { $path } ocupa al descomprimirse más de { $limit } veces su tamaño comprimido (¿una bomba zip?); no se leyó
files-problem-unreadable = no se pudo leer { $path }: { $reason }
files-zip-root-folder = Se revisó una carpeta, no un zip; para enviar el widget, comprime el contenido de la carpeta.
files-zip-root-pass = manifest.json está en la raíz del zip.
files-zip-root-nested = manifest.json está dentro de la carpeta "{ $folder }/" del zip, no en su raíz. La revisión se hizo sobre esa carpeta.
files-evidence-outside-root = fuera de la carpeta del widget
files-tooling-package-list = la lista de paquetes de una compilación
files-tooling-build-source = el código fuente del que se genera { $built }
files-tooling-item = { $path } ({ $why })
files-dev-junk-pass = No se encontraron restos de desarrollo.
files-dev-junk-leftovers =
    { $n ->
        [one] Resto de desarrollo: { $files }.
       *[other] Restos de desarrollo: { $files }.
    }
files-dev-junk-tooling = Herramientas de compilación, que se ejecutan en tu computadora y no en amoCRM: { $tools }. No las incluyas en widget.zip; si esta carpeta es tu repositorio de código y tu compilación ya las deja fuera, no hace falta cambiar nada.
files-dev-junk-both =
    { $n ->
        [one] Resto de desarrollo: { $files }.
       *[other] Restos de desarrollo: { $files }.
    } Herramientas de compilación, que se ejecutan en tu computadora y no en amoCRM: { $tools }.
files-dev-junk-both-in-folder =
    { $n ->
        [one] Resto de desarrollo: { $files }.
       *[other] Restos de desarrollo: { $files }.
    } Herramientas de compilación, que se ejecutan en tu computadora y no en amoCRM: { $tools }. No incluyas nada de esto en widget.zip; si esta carpeta es tu repositorio de código y tu compilación ya lo deja fuera, no hace falta cambiar nada.
files-no-text-files = El widget no tiene archivos de texto.
files-utf8-utf16 = { $path } está en UTF-16
files-utf8-invalid = { $path } no está en UTF-8 (a partir de la línea { $line })
files-utf8-pass =
    { $n ->
        [one] El único archivo de texto está en UTF-8.
       *[other] Los { $n } archivos de texto están en UTF-8.
    }
files-utf8-fail = { $problems }.
files-no-bom-pass = Ningún archivo de texto empieza con una marca de orden de bytes (BOM).
files-no-bom-fail = Archivos que empiezan con una marca de orden de bytes (BOM): { $files }.
files-lf-endings-pass = Todos los archivos de texto usan saltos de línea de Unix (LF).
files-lf-endings-crlf =
    { $crlf ->
        [one] { $path }: { $crlf } línea termina en CR LF (Windows), la primera en la línea { $line }
       *[other] { $path }: { $crlf } líneas terminan en CR LF (Windows), la primera en la línea { $line }
    }
files-lf-endings-cr =
    { $cr ->
        [one] { $path }: { $cr } línea termina en un CR suelto, la primera en la línea { $line }
       *[other] { $path }: { $cr } líneas terminan en un CR suelto, la primera en la línea { $line }
    }
files-lf-endings-crlf-and-cr =
    { $crlf ->
        [one] { $path }: { $crlf } línea termina en CR LF (Windows) y { $cr } en un CR suelto, la primera en la línea { $line }
       *[other] { $path }: { $crlf } líneas terminan en CR LF (Windows) y { $cr } en un CR suelto, la primera en la línea { $line }
    }
files-lf-endings-fail = { $problems }.
files-unused-pass = El widget carga todos los archivos, o puede cargarlos (se revisaron { $searched }).
files-unused-see-location = mira el lugar indicado
files-unused-runtime-module =
    { $n ->
        [one] Hay { $n } archivo que no se carga desde ninguna parte que se haya podido leer: { $files }. Pero { $script } carga un módulo cuyo nombre se arma durante la ejecución ({ $code }), y ese módulo podría cargarlo: comprueba que se use.
       *[other] Hay { $n } archivos que no se cargan desde ninguna parte que se haya podido leer: { $files }. Pero { $script } carga un módulo cuyo nombre se arma durante la ejecución ({ $code }), y ese módulo podría cargarlos: comprueba que cada uno se use.
    }
files-unused-warn =
    { $n ->
        [one] Hay { $n } archivo que no se carga desde ninguna parte: { $files }. Se revisaron { $searched }.
       *[other] Hay { $n } archivos que no se cargan desde ninguna parte: { $files }. Se revisaron { $searched }.
    }
files-evidence-maybe-by-name = podría cargarse por nombre
files-searched =
    el manifiesto, { $scripts ->
        [one] { $scripts } script
       *[other] { $scripts } scripts
    }, { $templates ->
        [one] { $templates } plantilla
       *[other] { $templates } plantillas
    } y { $styles ->
        [one] { $styles } hoja de estilos
       *[other] { $styles } hojas de estilos
    }
files-references-in-manifest = { $path } (indicado en { $key })
files-references-script = script.js (el widget aparece en { $area })
files-references-in-script = { $path } ({ $script }: { $how })
files-references-how-module = un módulo que carga
files-references-how-template = una plantilla que muestra
files-references-included = { $path } (incluido por { $template })
files-references-none = manifest.json, los scripts y las plantillas no mencionan ningún archivo aparte de las imágenes del carrusel.
files-references-pass =
    { $n ->
        [one] El único archivo mencionado en manifest.json, los scripts y las plantillas existe.
       *[other] Los { $n } archivos mencionados en manifest.json, los scripts y las plantillas existen.
    }
files-references-missing = Faltan archivos a los que se hace referencia: { $files }.
