# amo-preflight: messages of the js part in es.

## Shared by the JavaScript rules

js-no-scripts = El widget no tiene archivos JavaScript.
js-code = { $code }
js-listing =
    { $more ->
        [0] { $headline }: { $items }.
       *[other] { $headline }: { $items } y { $more } más.
    }
js-listing-item = { $what } ({ $at })
js-and = { $first } y { $last }

## js.syntax

js-syntax-pass =
    { $n ->
        [one] Todo el JavaScript se lee sin errores ({ $n } archivo).
       *[other] Todo el JavaScript se lee sin errores ({ $n } archivos).
    }
js-syntax-errors =
    { $n ->
        [one] { $n } error de sintaxis en JavaScript
       *[other] { $n } errores de sintaxis en JavaScript
    }
js-syntax-parser = { $error }
js-syntax-too-large = el archivo ocupa { $size } MiB, demasiado para analizarlo (el límite es { $limit } MiB por script); no se analizó
js-syntax-too-deep = el código tiene unos { $depth } niveles de anidamiento (paréntesis u operadores encadenados), demasiados para leerlo con seguridad; no se analizó

## js.debug-traces, js.console-debug, js.console-trace

js-debug-dialog = { $name }() abre un cuadro de diálogo del navegador
js-debug-console = console.{ $method }() escribe en la consola del navegador
js-debug-trace-outside = console.trace() fuera de un bloque catch o de un manejador de rechazo
js-debug-trace-handled = console.trace() dentro del manejo de errores
js-debug-debugger = una sentencia debugger detiene la página en las herramientas para desarrolladores
js-trace-none = Los scripts no llaman a console.trace.
js-trace-pass =
    { $n ->
        [one] console.trace se llama { $n } vez, dentro de un bloque catch o de un manejador de rechazo.
       *[other] console.trace se llama { $n } veces, siempre dentro de un bloque catch o de un manejador de rechazo.
    }
js-trace-fail =
    { $n ->
        [one] console.trace se llama fuera del manejo de errores en { $n } lugar
       *[other] console.trace se llama fuera del manejo de errores en { $n } lugares
    }
js-traces-stop =
    { $n ->
        [one] Los scripts interrumpen al usuario o detienen la página en { $n } lugar
       *[other] Los scripts interrumpen al usuario o detienen la página en { $n } lugares
    }
js-traces-console =
    { $n ->
        [one] Los scripts escriben en la consola del navegador en { $n } lugar
       *[other] Los scripts escriben en la consola del navegador en { $n } lugares
    }
js-traces-pass = No hay alert, confirm, sentencias debugger ni salida en la consola.
js-debug-none = Los scripts no llaman a console.debug.
js-debug-found =
    { $n ->
        [one] console.debug se llama en { $n } lugar; comprueba que solo registre la información necesaria para que funcione el widget
       *[other] console.debug se llama en { $n } lugares; comprueba que cada llamada solo registre la información necesaria para que funcione el widget
    }

## js.eval (and js.requirejs-deps, for code downloaded and run)

js-eval-eval = eval() ejecuta una cadena como código
js-eval-function = Function() crea una función a partir de una cadena
js-eval-new-function = new Function() crea una función a partir de una cadena
js-eval-timer = { $timer }() recibe una cadena, que se ejecuta como código
js-eval-from-iframe = { $what }, dentro de un manejador de mensajes: los datos recibidos de otra ventana (un iframe) pueden ejecutarse como código
js-eval-response = eval recibe la respuesta de una solicitud de red
js-eval-listener = manejador de mensajes
js-eval-pass = No se ejecuta código a partir de cadenas.
js-eval-pass-listeners =
    { $n ->
        [one] No se ejecuta código a partir de cadenas. Los scripts reciben mensajes de otras ventanas (iframes) en { $n } lugar; ninguno de esos datos se ejecuta como código.
       *[other] No se ejecuta código a partir de cadenas. Los scripts reciben mensajes de otras ventanas (iframes) en { $n } lugares; ninguno de esos datos se ejecuta como código.
    }
js-eval-fail =
    { $n ->
        [one] Los scripts ejecutan código a partir de cadenas en { $n } lugar
       *[other] Los scripts ejecutan código a partir de cadenas en { $n } lugares
    }
js-deps-downloaded-code = el código descargado con una solicitud de red se ejecuta con eval o Function en lugar de cargarse mediante define
js-deps-downloaded-eval = el código descargado con una solicitud de red se ejecuta con eval en lugar de cargarse mediante define

## js.callbacks

js-callbacks-no-script = El widget no tiene script.js, así que no hay callbacks que revisar.
js-callbacks-handed-on = {" "}(a través de { $file })
js-callbacks-pass = this.callbacks{ $handed_on } tiene { $all }.
js-callbacks-unread = En this.callbacks de { $file }{ $handed_on } no se puede leer { $missing }, pero { $unread }, y ahí podrían definirse: comprueba que estén.{ $why }
js-callbacks-unread-spread = this.callbacks toma claves de un spread (...)
js-callbacks-unread-runtime = un módulo se nombra durante la ejecución ({ $code })
js-callbacks-unread-missing =
    { $n ->
        [one] se carga { $modules }, que no está en el widget
       *[other] se cargan { $modules }, que no están en el widget
    }
js-callbacks-see-location = mira el lugar indicado
js-callbacks-lacks = this.callbacks de { $file }{ $handed_on } no incluye { $missing }.{ $why } amoCRM llama a render, init y bind_actions en ese orden; sin ellos el widget no funciona en sus áreas.
js-callbacks-lacks-help = Agrega { $missing } a this.callbacks; render, init y bind_actions deben devolver true (incluso cuando no tengan nada que hacer).
js-callbacks-why =
    { $n ->
        [one] {" "}{ $names } se llama en { $location }, que aparece en manifest.json.
       *[other] {" "}{ $names } se llaman en { $location }, que aparece en manifest.json.
    }
js-callbacks-unparsed = { $file } no se pudo leer por completo (consulta js.syntax), así que sus callbacks no se revisaron.
js-callbacks-runtime-module = { $file } delega en un módulo cuyo nombre se arma durante la ejecución ({ $code }), así que no se puede saber si define { $all }; comprueba que estén.
js-callbacks-modules = { $file } delega en { $modules }, y ningún módulo que carga define this.callbacks de forma legible; comprueba que { $all } estén.
js-callbacks-missing = { $file } no define this.callbacks, así que amoCRM no encuentra { $all }.

## js.amocrm-global

js-amocrm-replaced = { $name } se reemplaza
js-amocrm-assigned = se asigna un valor a una propiedad de { $name }
js-amocrm-incremented = una propiedad de { $name } se incrementa o se decrementa
js-amocrm-deleted = se elimina una propiedad de { $name }
js-amocrm-array = { $method }() modifica un array de { $name }
js-amocrm-merged = { $function }() modifica { $name }
js-amocrm-pass = AMOCRM y APP solo se leen, nunca se modifican.
js-amocrm-fail =
    { $n ->
        [one] Los scripts modifican el objeto global de amoCRM en { $n } lugar
       *[other] Los scripts modifican el objeto global de amoCRM en { $n } lugares
    }

## js.undeclared

js-undeclared-pass = Todas las variables que usan los scripts están declaradas o son globales conocidas.
js-undeclared-assigned =
    { $n ->
        [one] { $name } recibe un valor sin haberse declarado, lo que crea por accidente una variable global ({ $n } uso).
       *[other] { $name } recibe un valor sin haberse declarado, lo que crea por accidente una variable global ({ $n } usos).
    }
js-undeclared-used =
    { $n ->
        [one] { $name } se usa pero nunca se declara ({ $n } uso).
       *[other] { $name } se usa pero nunca se declara ({ $n } usos).
    }
js-undeclared-more =
    { $n ->
        [one] { $n } nombre más sin declarar: { $names }.
       *[other] { $n } nombres más sin declarar: { $names }.
    }

## js.sync-requests

js-sync-async-false = { $function }() con async: false
js-sync-open = open(method, url, false) hace que la solicitud sea síncrona
js-sync-options = opciones de solicitud con async: false
js-sync-pass = Ninguna solicitud es síncrona.
js-sync-fail =
    { $n ->
        [one] Los scripts envían solicitudes síncronas, que congelan amoCRM hasta recibir respuesta, en { $n } lugar
       *[other] Los scripts envían solicitudes síncronas, que congelan amoCRM hasta recibir respuesta, en { $n } lugares
    }

## js.script-injection

js-injection-create = createElement('script') crea un elemento script
js-injection-get-script = { $function }() carga y ejecuta un script
js-injection-tag = una cadena con una etiqueta <script>
js-injection-pass = No se crean ni se insertan elementos script.
js-injection-fail =
    { $n ->
        [one] Los scripts agregan elementos script a la página en { $n } lugar
       *[other] Los scripts agregan elementos script a la página en { $n } lugares
    }

## js.requirejs-deps

js-deps-require = require() carga { $url } fuera de las dependencias de define([...])
js-deps-import = import() carga un módulo fuera de las dependencias de define([...])
js-deps-pass = El código externo se carga solo mediante define([...]).
js-deps-fail =
    { $n ->
        [one] Los scripts cargan código fuera de define([...]) en { $n } lugar
       *[other] Los scripts cargan código fuera de define([...]) en { $n } lugares
    }

## What loads a script or a stylesheet (labels of the evidence)

js-how-define = dependencia de define()
js-how-require-config = rutas de require.config
js-how-script-src = src de un elemento script
js-how-link-href = href de un elemento link
js-how-script-in-string = <script src> en una cadena
js-how-link-in-string = <link> en una cadena
js-how-script-in-template = <script src> en una plantilla
js-how-link-href-in-template = <link href> en una plantilla
js-how-link-in-template = <link> en una plantilla

## js.external-sources

js-sources-read-from = la dirección de un módulo se lee de { $store }
js-sources-page-address = la dirección de la página
js-sources-na = El widget no tiene archivos JavaScript y sus plantillas no cargan scripts.
js-sources-none = No se carga ningún script de otro sitio.
js-sources-override = { $places }: es un interruptor de depuración que permite a quien lo active ejecutar su propio código como si fuera el widget. Carga el módulo solo por su ruta dentro del widget.
js-sources-development =
    { $n ->
        [one] { $n } script se carga desde { $hosts }, una dirección de la computadora o de la red del desarrollador a la que los usuarios no pueden acceder. Carga el módulo desde los archivos del propio widget.
       *[other] { $n } scripts se cargan desde { $hosts }, una dirección de la computadora o de la red del desarrollador a la que los usuarios no pueden acceder. Carga el módulo desde los archivos del propio widget.
    }
js-sources-untrusted =
    { $n ->
        [one] { $n } script se carga desde { $hosts }, que { $host_count ->
            [1] no es un CDN confiable para bibliotecas públicas.
           *[other] no son CDN confiables para bibliotecas públicas.
        }
       *[other] { $n } scripts se cargan desde { $hosts }, que { $host_count ->
            [1] no es un CDN confiable para bibliotecas públicas.
           *[other] no son CDN confiables para bibliotecas públicas.
        }
    }
js-sources-checked = Se cargan bibliotecas desde { $hosts }: está permitido, pero los moderadores revisarán cada biblioteca que venga de ahí. Confirma que cada una sea una biblioteca pública sin modificar.
js-sources-pass = Los scripts de otros sitios vienen solo de CDN confiables ({ $hosts }).

## general.no-auto-install

js-install-presses = { $method }() hace clic desde el código en el control de instalación { $control }
js-install-pass = Ningún código hace clic en el control de instalar o desinstalar.
js-install-fail =
    { $n ->
        [one] Los scripts hacen clic por su cuenta en el control de instalar o desinstalar en { $n } lugar
       *[other] Los scripts hacen clic por su cuenta en el control de instalar o desinstalar en { $n } lugares
    }

## code.commented-out (the JavaScript half)

js-comments-code = `{ $code }`
js-comments-na = JavaScript: el widget no tiene archivos JavaScript.
js-comments-pass = JavaScript: los comentarios son explicativos; ninguno contiene código comentado.
js-comments-fail =
    { $n ->
        [one] JavaScript: { $n } comentario contiene código comentado
       *[other] JavaScript: { $n } comentarios contienen código comentado
    }

## js.minified

js-minified-source-map = hace referencia a un source map, así que se generó a partir de otras fuentes
js-minified-long-line = la línea { $line } tiene { $length } caracteres
js-minified-whitespace = solo el { $percent } % del archivo son espacios en blanco
js-minified-reasons = { $reasons }
js-minified-file = { $file } parece minificado o generado: { $reasons }.
js-minified-pass =
    { $n ->
        [one] El JavaScript parece legible ({ $n } archivo).
       *[other] El JavaScript parece legible ({ $n } archivos).
    }
js-minified-not-listed =
    { $n ->
        [one] {" "}{ $n } hallazgo en ese código no pertenece al widget y no se muestra.
       *[other] {" "}{ $n } hallazgos en ese código no pertenecen al widget y no se muestran.
    }
js-minified-opaque = { $file } se generó con webpack y sus módulos no se pueden distinguir (no hay nombres de módulo ni source map), así que no se puede leer el código propio del widget que contiene.{ $not_listed } Envía las fuentes legibles del widget.
js-minified-bundle = { $file } lo generó un empaquetador a partir de otras fuentes: se revisaron las partes que vienen de las fuentes propias del widget, pero no las de bibliotecas ({ $libraries }).{ $not_listed } Envía las fuentes legibles del widget.
js-minified-no-libraries = ninguna
js-minified-library = { $name } ({ $file })
js-minified-libraries = El widget incluye bibliotecas de terceros: { $libraries }. No se evalúan como código del widget; confirma que cada una sea una biblioteca pública sin modificar.{ $not_listed }
js-minified-evidence-library = biblioteca

## Why a script is build tooling, not the widget's code (for files.dev-junk)

js-tooling-configures = { $name } configura la compilación
js-tooling-command = empieza con #!, como un comando
js-tooling-node-module = carga el módulo { $module } de Node
