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
verdict-none = Nada impide la publicación
verdict-fail =
    { $n ->
        [one] { $n } problema impide la publicación
       *[other] { $n } problemas impiden la publicación
    }
verdict-warn =
    { $n ->
        [one] { $n } advertencia
       *[other] { $n } advertencias
    }
verdict-manual =
    { $n ->
        [one] { $n } punto para revisar a mano
       *[other] { $n } puntos para revisar a mano
    }
verdict-checked = { $n } revisados a mano
tab-checklist = Lista de verificación
tab-texts = Textos
tab-languages = Idiomas
tab-images = Imágenes
section-general = General
section-content = Contenido y apariencia
section-localization = Soporte y localización
section-development = Desarrollo
status-pass = Correcto
status-fail = Error
status-warn = Advertencia
status-manual = Revisar
status-na = No aplica
status-reviewed_passed = Aprobado
status-reviewed_failed = Rechazado
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
notice-review_not_saved = No se pudo guardar tu decisión: { $reason }
notice-settings_not_saved = No se pudo guardar la configuración: { $reason }
filter-language = Idioma
review-saved_note = Nota: { $note }
images-not_png = Es un archivo { $format }, no PNG
images-at_root = Está en la raíz del widget; según la documentación, va en images/
links-check = Comprobar enlaces
links-check_hint = Abre cada enlace del widget para ver si funciona y lleva a una página en el idioma correcto. Necesita internet.
links-progress = Comprobando enlaces… { $done } de { $total }
links-cancel = Detener la comprobación
export-button = Exportar informe…
export-title = Guardar el informe
export-done = Informe guardado: { $path }
export-failed = No se pudo guardar el informe: { $reason }
rule-general-data-minimal = Recopila solo los datos que necesita
rule-general-data-consent = El usuario acepta antes de que se envíen sus datos
rule-general-ease-of-use = Fácil de activar, configurar, usar y obtener soporte
rule-general-support-contact = Los usuarios pueden obtener soporte
rule-general-no-partner-upsell = No promueve comprar suscripciones a través de socios
rule-general-official-claim = «Oficial» solo con pruebas documentales
rule-general-no-auto-install = Se instala solo al hacer clic en Instalar
rule-content-name-length = El nombre no es demasiado largo
rule-content-name-via = El nombre dice quién lo hizo: "X via Desarrollador"
rule-content-name-word-length = Ninguna palabra del nombre es demasiado larga
rule-content-name-brand = El nombre no contiene "Kommo"
rule-content-teaser-length = Descripción corta presente y no demasiado larga
rule-content-description-length = Descripción presente y no demasiado larga
rule-content-description-paragraphs = La descripción tiene 1–2 párrafos
rule-content-description-friendly = Descripción cercana, no técnica
rule-content-description-plan = La descripción indica el plan necesario
rule-content-description-pricing = La descripción indica precios y monedas
rule-content-ui-copy = Los textos del widget son fáciles de entender
rule-content-error-messages = Cada error tiene un mensaje que dice qué hacer
rule-images-branding-files = Existen las cinco imágenes de marca
rule-images-branding-format = Las imágenes de marca son PNG
rule-images-branding-size = Las imágenes de marca tienen el tamaño exacto
rule-images-branding-weight = Las imágenes de marca pesan 300 KB como máximo
rule-images-dp-logo = Logotipo del Digital Pipeline 174×109
rule-images-partner-logos = Ambos logotipos si aparece otra app
rule-images-slideshow-count = 1–5 imágenes en el carrusel
rule-images-slideshow-size = Las imágenes del carrusel miden 1188×616
rule-images-slideshow-format = Las imágenes del carrusel son PNG (o JPG en Kommo)
rule-images-slideshow-files = Existen las imágenes del carrusel indicadas
rule-images-slideshow-quality = El carrusel muestra la integración con claridad
rule-images-no-foreign-words = Las imágenes no tienen palabras en otros idiomas
rule-l10n-locale-files = Un archivo por idioma declarado, sin extras
rule-l10n-keys-complete = Traducción completa
rule-l10n-manifest-keys = Los textos del manifiesto existen en todos los idiomas
rule-l10n-text-language = Los textos están en el idioma del archivo
rule-l10n-hardcoded-text = Sin textos escritos en scripts y plantillas
rule-l10n-untranslated = Los textos están traducidos, no copiados
rule-l10n-privacy-policy = Enlace a la política de privacidad en este idioma
rule-l10n-link-domains = Los enlaces llevan a sitios en este idioma
rule-l10n-link-language = Las páginas enlazadas están en este idioma
rule-l10n-links-reachable = Todos los enlaces funcionan
rule-l10n-human-support = Soporte humano en este idioma
rule-l10n-local-formatting = Formatos locales de fechas, números y teléfonos
rule-l10n-payments = Métodos de pago para América y Europa
rule-l10n-currency = Precios en USD o EUR
rule-dev-oauth2 = Usa OAuth 2.0
rule-internal-error = La comprobación llegó hasta el final
rule-dev-placeholders = No quedan marcadores ni datos de prueba
rule-files-readable = Todos los archivos se pueden leer de forma segura
rule-files-zip-root = manifest.json en la raíz del zip
rule-files-unused = Ningún archivo sin usar
rule-files-dev-junk = Sin datos de prueba ni restos de desarrollo
rule-files-utf8 = Los archivos de texto están en UTF-8
rule-files-no-bom = Archivos de texto sin marca BOM
rule-files-lf-endings = Archivos de texto con saltos de línea de Unix
rule-files-references = Los archivos referenciados existen
rule-manifest-json-valid = manifest.json es un JSON válido
rule-manifest-required-keys = manifest.json tiene las claves obligatorias
rule-manifest-locations = Solo ubicaciones (locations) válidas
rule-manifest-location-blocks = Las ubicaciones tienen sus bloques asociados
rule-manifest-settings-types = Los campos de configuración tienen tipos válidos
rule-manifest-version = La versión tiene el formato x.y o x.y.z
rule-manifest-secret-key = No hay clave secreta en el zip
rule-ui-interfaces = Solo modifica las interfaces permitidas
rule-ui-no-overlap = No tapa los controles de amoCRM
rule-ui-settings-page = Página de configuración: nombre único, tras las de amoCRM
rule-ui-left-menu = Menú izquierdo intacto
rule-ui-bottom-position = No está fijado en la parte inferior de la pantalla
rule-ui-drag-drop = Sin zonas de soltar en menú izquierdo ni arriba a la derecha
rule-css-global-selectors = Sin selectores CSS globales
rule-css-system-classes = Sin estilos para clases de amoCRM
rule-css-root-scoped = Todos los estilos parten de la raíz del widget
rule-css-switcher-styles = Sin estilos para los interruptores
rule-css-palette-variables = No se redefinen las variables --palette-* del tema
rule-code-commented-out = Sin código comentado
rule-js-syntax = Sintaxis de JavaScript correcta
rule-js-undeclared = Las variables se declaran antes de usarse
rule-js-debug-traces = Sin alert, confirm ni salida de depuración
rule-js-console-debug = console.debug solo para información importante
rule-js-console-trace = console.trace solo en catch u onRejected
rule-js-amocrm-global = No modifica el objeto global AMOCRM
rule-js-sync-requests = Sin solicitudes síncronas
rule-js-script-injection = No inserta elementos script
rule-js-requirejs-deps = Dependencias externas mediante define
rule-js-external-sources = Solo bibliotecas públicas de CDN confiables
rule-js-external-styles = Sin estilos de CDN con selectores globales
rule-js-eval = No ejecuta código desde cadenas ni iframes
rule-js-callbacks = Existen render, init y bind_actions
rule-js-minified = El código es legible
