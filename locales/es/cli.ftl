# amo-preflight: messages of the cli part in es.
cli-checking-links = Comprobando enlaces… { $done }/{ $total }
cli-warning = aviso: { $warning }
cli-cannot-write-file = no se puede escribir { $path }: { $error }
cli-cannot-write-report = no se puede escribir el informe: { $error }
cli-no-window = no se pudo abrir la ventana: { $error }
cli-about = Revisa un widget del marketplace de amoCRM / Kommo según la lista de verificación de publicación
cli-long-about =
    Revisa un widget del marketplace de amoCRM / Kommo según la lista de verificación de publicación.

    Sin un comando abre la aplicación (con PATH, si se indica); `check` revisa sin ventana.
cli-usage = Uso:
cli-arguments = Argumentos
cli-options = Opciones
cli-commands = Comandos
cli-help = Mostrar la ayuda
cli-version = Mostrar la versión
cli-app-path = Una carpeta de widget o un .zip para abrir en la aplicación.
cli-check-about = Revisa una carpeta de widget o un widget.zip e informa qué impide su publicación.
cli-check-path = El widget: una carpeta, un .zip o su manifest.json. Indica varios para revisarlos uno tras otro.
cli-check-marketplace = Qué lista de verificación aplicar: amocrm (la predeterminada) o kommo.
cli-check-format = Cómo escribir el informe: text (el predeterminado), json, markdown, html o sarif.
cli-check-output = Escribir el informe en este archivo en lugar de la terminal.
cli-check-fail-on = Terminar con el código 1 si algún resultado llega a este nivel o a uno peor: fail (el predeterminado) o warn.
cli-check-links = Abrir cada enlace a través de internet para ver si funciona y si la página está en el idioma del texto.
cli-check-allow-private-hosts = Con --links: consultar también direcciones de loopback, privadas y de enlace local (páginas de intranet, servidores de prueba locales).
cli-check-no-review = No incluir las decisiones tomadas en la aplicación sobre los puntos que se revisan a mano.
cli-check-root-selector = El selector CSS raíz del widget (por ejemplo, `.my-widget`); si no se indica, se busca en sus plantillas, scripts y manifiesto.
cli-check-lang = El idioma de los mensajes y de la ayuda: en, ru, es o pt. Si no se indica, se usa el del sistema para text, markdown y html, y el inglés para json y sarif.
cli-one-widget-only = Los informes JSON, SARIF y HTML, y --output, admiten un widget a la vez: revisa cada widget por separado o usa --format text o markdown para varios.
cli-check-quiet = Muestra solo la línea de resumen de cada widget (formato de texto).
cli-check-verbose = Lista todos los resultados, también los aprobados y los que no aplican (formato de texto).
cli-rules-about = Muestra el catálogo de reglas: qué revisa cada regla, qué hacer, por qué y un ejemplo.
cli-rules-format = Cómo mostrarlo: text (el predeterminado), json o markdown (las tablas de reglas del README).
cli-rules-lang = El idioma de los textos: en, ru, es o pt. Si no se indica, se usa el del sistema para text y markdown, y el inglés para json.
cli-fix-about = Escribe un nuevo widget.zip con lo que una máquina puede corregir ya corregido; el widget en sí nunca se modifica.
cli-fix-path = El widget: una carpeta, un .zip o su manifest.json.
cli-fix-output = El nuevo zip que se escribe (no el widget mismo ni dentro de su carpeta).
cli-fix-marketplace = Qué lista de verificación aplicar: amocrm (la predeterminada) o kommo.
cli-fix-keep = Mantener los archivos que coinciden con este patrón y que se dejarían fuera (por ejemplo, `docs/**`); se puede indicar varias veces.
cli-fix-dry-run = Decir qué cambiaría y revisar el resultado, sin escribir nada.
cli-fix-format = Cómo informar: text (el predeterminado) o json (los cambios y el informe del nuevo zip).
cli-fix-lang = El idioma del resumen: en, ru, es o pt. Si no se indica, el del sistema para texto, e inglés para JSON.
cli-completions-about = Muestra el autocompletado para bash, zsh, fish, elvish o PowerShell.
cli-completions-shell = El shell: bash, zsh, fish, elvish o powershell.
cli-man-about = Muestra la página del manual, o escribe una por comando en una carpeta.
cli-man-output-dir = En lugar de mostrarla, escribe amo-preflight.1 y una página por comando en esta carpeta.
