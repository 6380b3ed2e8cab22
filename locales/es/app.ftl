# amo-preflight: the app's words in es. An id is the key the code uses, its dots written as dashes.

start-title = Revisa tu widget antes de enviarlo
start-subtitle = amo-preflight revisa un widget de amoCRM o Kommo según la lista de verificación del marketplace y te dice qué corregir.
start-open_folder = Abrir carpeta…
start-open_zip = Abrir widget.zip…
start-drop_hint = o arrastra a esta ventana una carpeta de widget o un .zip
start-examples = Prueba con un ejemplo
start-example_clean = Abrir el widget de ejemplo (pasa todas las revisiones automáticas)
start-example_broken = Abrir el widget de ejemplo con problemas
start-recent = Widgets recientes
start-recent_missing = Este widget ya no está ahí
menu-recheck = Volver a revisar
menu-close = Cerrar
menu-language = Idioma
menu-language_system = Del sistema
menu-theme = Tema
menu-theme_system = Del sistema
menu-theme_light = Claro
menu-theme_dark = Oscuro
header-version = versión { $version }
header-languages = idiomas: { $languages }
header-marketplace = Lista de verificación:
header-checking = Revisando…
header-checked_in = revisado en { $ms } ms
tab-checklist = Lista de verificación
tab-texts = Textos
tab-languages = Idiomas
tab-images = Imágenes
filter-problems = Solo problemas
filter-manual = Solo revisión manual
filter-all_languages = Todos los idiomas
filter-search = Buscar en la lista
filter-clear = Borrar la búsqueda
checklist-item = Punto de la lista
checklist-widget = Widget
checklist-nothing_matches = Ningún punto coincide con los filtros.
details-none = Selecciona un punto de la lista para ver qué se encontró y qué hacer.
details-language = idioma: { $lang }
details-gone = Este punto no está en la última revisión.
details-evidence = Qué se encontró
details-what_to_do = Qué hacer
details-why = Por qué lo pide el marketplace
details-example = Por ejemplo, esto incumple la regla:
details-instead = En su lugar:
details-source = De dónde viene la regla
details-open_file = Abrir archivo
details-open_file_zip = Los archivos dentro de un zip no se pueden abrir desde aquí
review-title = Tu decisión
review-explain = Solo una persona puede evaluar este punto. Mira lo que se encontró y márcalo. Tu decisión se guarda en este equipo, no en el widget.
review-note_hint = Nota (opcional): qué revisaste, qué hay que cambiar
review-mark_passed = ✔ Aprobar
review-mark_failed = ✖ Rechazar
review-clear = Deshacer decisión
texts-intro = Nombre, descripción corta y descripción de cada idioma, contados como los cuenta el marketplace de { $marketplace }. Aquí nunca se modifican los archivos.
texts-language = Idioma: { $lang }
texts-name = Nombre
texts-teaser = Descripción corta
texts-description = Descripción
texts-missing = falta
texts-count = { $n } / { $max }
texts-over =
    { $n ->
        [one] sobra { $n } carácter
       *[other] sobran { $n } caracteres
    }
texts-via = termina con el desarrollador: "… { $words } Desarrollador"
texts-words_ok = ninguna palabra de más de { $max } caracteres
texts-words_long = palabras de más de { $max } caracteres: { $words }
texts-brand = no menciona { $brand }
texts-paragraphs =
    { $n ->
        [one] { $n } párrafo
       *[other] { $n } párrafos
    } (se esperan 1–{ $max })
texts-scratch = Prueba otra redacción
texts-scratch_hint = Escribe aquí para ver los contadores y copia el texto cuando quepa. No se guarda nada.
texts-scratch_placeholder = Escribe un nombre, una descripción corta o una descripción
texts-copy = Copiar texto
languages-intro =
    { $keys ->
        [one] { $keys } texto
       *[other] { $keys } textos
    } en { $languages ->
        [one] { $languages } idioma
       *[other] { $languages } idiomas
    }, uno al lado del otro.
languages-key = Texto
languages-missing = falta
languages-empty = vacío
languages-chars =
    { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    }
languages-same_as = igual que { $lang }: ¿sin traducir?
images-branding = Imágenes de marca
images-branding_intro = Cada imagen a tamaño real (1:1) dentro de un contorno del tamaño que espera el marketplace.
images-expected = se espera { $size }
images-actual = real { $size }, { $kb } KB
images-missing = falta
images-loading = cargando…
images-slideshow = Carrusel
images-slideshow_intro = 1–5 imágenes por idioma, { $size } píxeles, PNG. Haz clic en una imagen para verla a tamaño completo.
images-no_slides = No hay imágenes de carrusel para este idioma.
images-click_to_zoom = Haz clic para verla a tamaño completo
open-failed = amo-preflight no puede leer esto como un widget
open-failed_help = Abre la carpeta del widget (la que contiene manifest.json) o el widget.zip que vas a enviar.
notice-example_not_written = No se pudo escribir el ejemplo para abrirlo: { $reason }
notice-review_not_saved = No se pudo guardar tu decisión: { $reason }
notice-settings_not_saved = No se pudo guardar la configuración: { $reason }
filter-language = Idioma
review-saved_note = Nota: { $note }
images-not_png = Es un archivo { $format }, no PNG
images-not_an_image = No es un archivo de imagen, ni PNG
images-at_root = Está en la raíz del widget; según la documentación, va en images/
images-reading = Leyendo las palabras de las imágenes… { $done } de { $total }
images-no_reader = Las palabras de las imágenes no se leen solas: Tesseract no está instalado. Para instalarlo:
images-copy_command = Copiar el comando
links-check = Comprobar enlaces
links-check_hint = Abre cada enlace del widget para ver si funciona y lleva a una página en el idioma correcto. Necesita internet.
links-progress = Comprobando enlaces… { $done } de { $total }
links-cancel = Detener la comprobación
export-button = Exportar informe…
export-title = Guardar el informe
export-done = Informe guardado: { $path }
export-failed = No se pudo guardar el informe: { $reason }
images-file-unreadable = no se pudo leer el archivo
submission-button = Preparar zip para enviar…
submission-title = Preparar zip para enviar
submission-preparing = Preparando el zip y revisándolo…
submission-explain = Un nuevo widget.zip con lo que una máquina puede corregir ya corregido. Tu widget no se modifica. Marca un archivo para mantenerlo en el zip.
submission-keep = Mantener en el zip
submission-write = Escribir zip…
submission-written = Escrito: { $path } (SHA-256 { $sha256 })
submission-before = Antes: { $path }
submission-after = Después: { $path }
submission-new_verdict = El nuevo zip: { $verdict }
submission-failed = No se pudo preparar o escribir el zip: { $reason }
texts-use_for = Usar para { $lang }
texts-use_hint = Poner este texto en i18n/{ $lang }.json del zip para enviar (Preparar zip para enviar…); tu widget no se modifica.
texts-wording_used = El nuevo texto irá en i18n/{ $lang }.json del zip para enviar.
dialog-no_system = No se pudo mostrar el diálogo de archivos del sistema, así que la app muestra el suyo.
dialog-up = Subir una carpeta
dialog-empty = No hay nada que elegir en esta carpeta.
dialog-unreadable = No se puede leer esta carpeta: { $reason }
dialog-file_name = Nombre del archivo:
dialog-open_this_folder = Abrir esta carpeta
dialog-save = Guardar
dialog-cancel = Cancelar
dialog-replaces = Ya hay un archivo con este nombre: Guardar lo reemplaza.

## Card preview
card-heading = Cómo lo muestra el marketplace
card-no_language = El widget no indica ningún idioma, así que no hay nada que mostrar.
card-language = Idioma:
card-light = Claro
card-dark = Oscuro
card-scratch = Se muestra tu nueva redacción
card-wording = Se muestra la redacción elegida con «Usar para { $lang }»
card-catalogue = En el catálogo
card-install = Antes de instalar
card-name_cut =
    { $n ->
        [one] Nombre recortado a { $n } carácter: el formulario del marketplace no admite más.
       *[other] Nombre recortado a { $n } caracteres: el formulario del marketplace no admite más.
    }
card-teaser_cut =
    { $n ->
        [one] Descripción corta recortada a { $n } carácter: el formulario del marketplace no admite más.
       *[other] Descripción corta recortada a { $n } caracteres: el formulario del marketplace no admite más.
    }
card-previous = Diapositiva anterior
card-next = Diapositiva siguiente
card-slide = { $n } / { $total }
card-approximation = Es una aproximación: la página del marketplace puede cortar las líneas de forma algo distinta.
