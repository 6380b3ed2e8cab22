# amo-preflight: messages of the widget part in es.

## The widget could not be opened at all

widget-open-not-found = { $path }: no existe ese archivo o carpeta
widget-open-unreadable = { $path }: no se puede leer: { $reason }
widget-open-not-zip = { $path }: no es un archivo zip legible ({ $reason })
widget-open-no-manifest = { $path }: no se encontró manifest.json
widget-open-no-manifest-hint = { $path }: no se encontró manifest.json ({ $hint })
widget-open-internal = { $path }: la revisión se detuvo por un error interno. Es un fallo de amo-preflight; por favor, repórtalo
widget-hint-sub-folder = está en la subcarpeta { $folder }/: abre esa carpeta
widget-hint-top-level = en la carpeta de un widget, manifest.json va en el nivel superior
widget-hint-zip = el archivo zip no contiene ningún manifest.json

## Why a file or the input could not be read

widget-reason-not-regular = no es un archivo normal ni una carpeta
widget-reason-permission-denied = no tienes permiso para leerlo
# The system's or the zip reader's own words, when there are no plainer ones.
widget-reason-system = { $detail }
widget-reason-cut-short = el archivo está incompleto
widget-reason-damaged = el archivo está dañado, incompleto o no es un zip
widget-reason-password = el archivo está protegido con contraseña y no se puede leer
widget-reason-unsupported = el zip usa una función no compatible: { $feature }
widget-reason-compression = método de compresión no compatible: { $method }

## manifest.json and the language files

widget-file-unread = { $path } no se pudo leer (consulta files.readable)
widget-file-not-utf8 = { $path } no es texto UTF-8; guárdalo como UTF-8
widget-file-utf16 = { $path } está guardado como UTF-16; guárdalo como UTF-8
widget-file-too-large = { $path } ocupa { $size } MiB, demasiado para leerlo (el límite para el manifiesto y los archivos de idioma es { $limit } MiB; suelen ocupar unos pocos KB)
widget-file-invalid-json = { $path } no es un JSON válido: { $problem }

## What is wrong in a JSON file

widget-json-empty = el archivo está vacío
widget-json-bom = el archivo empieza con una marca de orden de bytes (BOM); guárdalo como UTF-8 sin BOM
widget-json-only-whitespace = el archivo está vacío: solo contiene espacios en blanco
widget-json-text-after = hay texto después del final del valor JSON
widget-json-comment = JSON no admite comentarios
widget-json-unclosed-object = el archivo termina antes de tiempo: un objeto no está cerrado (empieza en la línea { $line }, columna { $column })
widget-json-unclosed-array = el archivo termina antes de tiempo: una lista no está cerrada (empieza en la línea { $line }, columna { $column })
widget-json-unclosed-string = el archivo termina antes de tiempo: una cadena no está cerrada (empieza en la línea { $line }, columna { $column })
widget-json-too-deep =
    { $max ->
        [one] hay más de { $max } nivel de anidamiento
       *[other] hay más de { $max } niveles de anidamiento
    }
widget-json-end-expected-value = el archivo termina antes de tiempo: se esperaba un valor
widget-json-end-expected-key = el archivo termina antes de tiempo: se esperaba una clave
widget-json-single-quotes = las cadenas van entre comillas dobles `"`, no simples `'`
widget-json-curly-quotes = las cadenas van entre comillas dobles rectas `"`, no `{ $quote }`
widget-json-leading-point = un número debe empezar por una cifra (escribe `0.5`, no `.5`)
widget-json-leading-plus = un número no puede empezar por `+`
widget-json-bare-word = `{ $word }` no es un valor JSON: el texto va entre comillas dobles, y solo `true`, `false` y `null` se escriben sin ellas
widget-json-expected-value = se esperaba un valor y se encontró { $found }
widget-json-expected-colon = se esperaba `:` después de la clave de un objeto
widget-json-key-single-quotes = las claves de un objeto van entre comillas dobles `"`, no simples `'`
widget-json-key-unquoted = las claves de un objeto van entre comillas dobles `"`
widget-json-expected-first-key = se esperaba una clave entre comillas dobles o `{"}"}` y se encontró { $found }
widget-json-expected-key = se esperaba una clave entre comillas dobles después de `,` y se encontró { $found }
widget-json-trailing-comma = sobra la coma antes de `{ $bracket }`
widget-json-expected-comma-member = se esperaba `,` o `{"}"}` después de una entrada del objeto
widget-json-expected-comma-item = se esperaba `,` o `]` después de un elemento de la lista
widget-json-line-break-in-string = una cadena no puede seguir en la línea siguiente; ¿falta una `"` de cierre? (escribe `\n` para un salto de línea dentro de una cadena)
widget-json-tab-in-string = una cadena no puede contener un tabulador tal cual; escríbelo como `\t`
widget-json-control-in-string = una cadena no puede contener el carácter de control { $code }
widget-json-bad-unicode-escape = `\u` en una cadena debe ir seguido de cuatro dígitos hexadecimales
widget-json-bad-escape = secuencia de escape no válida { $escape } en una cadena; solo se admiten \" \\ \/ \b \f \n \r \t y \uXXXX (escribe `\\` para una barra invertida)
widget-json-escape = `\{ $char }`
widget-json-escape-invisible = `\` seguido de { $found }
widget-json-leading-zero = un número no puede empezar por 0 seguido de más cifras (sin ceros a la izquierda)
widget-json-digit-after-minus = se esperaba una cifra después de `-`
widget-json-digit-after-point = se esperaba una cifra después del punto decimal
widget-json-digit-in-exponent = se esperaba una cifra en el exponente del número
widget-json-invalid-number = número no válido
widget-json-number-too-large = el número es demasiado grande
widget-json-char = `{ $char }`
widget-json-invisible-char = el carácter invisible { $code }

## Decoding an image.
widget-image-too-large = { $size } es demasiado grande para abrirla
widget-image-unreadable = no se puede leer la imagen: { $error }
widget-image-undecodable = no se puede decodificar la imagen: { $error }
