# amo-preflight: messages of the css part in es.

## Lists and their items

css-list = { $items }
css-list-more = { $items } y { $more } más
css-item-code = `{ $code }`
css-item = `{ $code }` ({ $place })
css-item-why = `{ $code }` ({ $place }, { $why })
css-item-styles = `{ $code }` ({ $place }, da estilo a { $classes })
css-item-plain = { $name } ({ $place })

## What was read

css-read-sheets =
    { $sheets ->
        [one] { $sheets } hoja de estilos
       *[other] { $sheets } hojas de estilos
    }
css-read-blocks =
    { $blocks ->
        [one] { $blocks } bloque <style>
       *[other] { $blocks } bloques <style>
    } de { $templates ->
        [one] { $templates } plantilla
       *[other] { $templates } plantillas
    }
css-read-sheets-and-blocks =
    { $sheets ->
        [one] { $sheets } hoja de estilos
       *[other] { $sheets } hojas de estilos
    } y { $blocks ->
        [one] { $blocks } bloque <style>
       *[other] { $blocks } bloques <style>
    }
css-no-css = El widget no tiene CSS: ni archivos .css ni bloques <style> en sus plantillas.

## Selectors that name no class or id

css-generic-element = el selector de elemento { $name }
css-generic-universal = el selector universal *
css-generic-root = el selector :root
css-generic-attribute = un selector de atributo
css-generic-pseudo-class = una pseudoclase
css-generic-pseudo-element = un pseudoelemento

## Evidence

css-evidence-unparsed = no se pudo analizar
css-evidence-too-large = { $size } MiB de CSS, demasiado para analizarlo (el límite es { $limit } MiB por hoja de estilos)
css-evidence-root = raíz del widget

## code.commented-out, CSS part

css-comments-prefix = CSS: { $message }
css-comments-none = no hay comentarios en { $read }.
css-comments-no-code =
    { $total ->
        [one] el único comentario en { $read } no es CSS comentado.
       *[other] ninguno de los { $total } comentarios en { $read } es CSS comentado.
    }
css-comments-found =
    { $n ->
        [one] { $n } comentario contiene CSS comentado: { $items }.
       *[other] { $n } comentarios contienen CSS comentado: { $items }.
    }

## css.global-selectors

css-global-root-variables =
    { $n ->
        [one] { $n } regla `:root` solo define variables ({ $names }). Por sí solas no dan estilo a nada, pero se definen para toda la página de amoCRM, donde amoCRM u otro widget pueden usar los mismos nombres.
       *[other] { $n } reglas `:root` solo definen variables ({ $names }). Por sí solas no dan estilo a nada, pero se definen para toda la página de amoCRM, donde amoCRM u otro widget pueden usar los mismos nombres.
    }
css-global-root-variables-help = Declara las variables en la raíz de tu widget, por ejemplo `{ $example } {"{"} --my-widget-accent: #0a84ff; {"}"}`; así solo se aplican dentro del widget.
css-global-fail =
    { $n ->
        [one] { $n } selector da estilo a toda la página de amoCRM, no solo al widget: { $items }.
       *[other] { $n } selectores dan estilo a toda la página de amoCRM, no solo al widget: { $items }.
    }
css-global-fail-help = Empieza cada uno de estos selectores por la raíz de tu widget, por ejemplo `{ $example } input {"{"} … {"}"}` en lugar de `input {"{"} … {"}"}`, para que los estilos solo se apliquen dentro del widget.
css-global-unparsed =
    { $n ->
        [one] No hay selectores globales en el CSS que se pudo leer, pero { $n } parte no se pudo analizar y se omitió (los navegadores también la omiten). Revisa a mano que no seleccione nada fuera del widget.
       *[other] No hay selectores globales en el CSS que se pudo leer, pero { $n } partes no se pudieron analizar y se omitieron (los navegadores también las omiten). Revisa a mano que no seleccionen nada fuera del widget.
    }
css-global-unparsed-help = Corrige o quita el CSS en los lugares indicados; así todas las reglas se podrán comprobar automáticamente.
css-global-pass =
    { $n ->
        [one] El único selector de { $read } empieza por una clase o un id y no da estilo a toda la página.
       *[other] Los { $n } selectores de { $read } empiezan por una clase o un id; ninguno da estilo a toda la página.
    }

## css.system-classes

css-system-pass = Ningún selector da estilo a las clases propias de amoCRM fuera del widget.
css-system-pass-root = Ningún selector da estilo a las clases propias de amoCRM fuera del widget (raíz { $roots }).
css-system-pass-roots = Ningún selector da estilo a las clases propias de amoCRM fuera del widget (raíces { $roots }).
css-system-fail =
    { $n ->
        [one] { $n } selector cambia el estilo de elementos propios de amoCRM, no solo los del widget: { $items }.
       *[other] { $n } selectores cambian el estilo de elementos propios de amoCRM, no solo los del widget: { $items }.
    }
css-system-help = Empieza estos selectores por la raíz de tu widget, por ejemplo `{ $root } .control--select {"{"} … {"}"}`, o da a tus elementos clases propias.
css-system-help-no-root = Envuelve el HTML del widget en un elemento con una clase propia (por ejemplo, el código del widget) y empieza estos selectores por él, o da a tus elementos clases propias.

## css.root-scoped

css-root-no-elements = Ninguna regla de { $read } da estilo a un elemento.
css-root-pass-scoped = Todos los selectores están dentro del widget (estilos scoped de Vue o selectores de atributo con el código del widget).
css-root-pass = Todos los selectores empiezan por { $roots }.
css-root-none-found =
    { $n ->
        [one] No se encontró la raíz del widget: los elementos exteriores de las plantillas, el HTML que generan los scripts y el manifiesto (widget.code) no indican ninguna clase ni id, y el único selector no empieza por una clase o un id propios del widget.
       *[other] No se encontró la raíz del widget: los elementos exteriores de las plantillas, el HTML que generan los scripts y el manifiesto (widget.code) no indican ninguna clase ni id, y ninguno de los { $n } selectores empieza por una clase o un id propios del widget.
    }
css-root-none-found-help = Envuelve el HTML del widget en un solo elemento con una clase única (por ejemplo, `.my-widget-code`) y empieza cada selector por él.
css-root-warn =
    { $n ->
        [one] { $n } selector no empieza por { $roots }: { $items }.
       *[other] { $n } selectores no empiezan por { $roots }: { $items }.
    }
css-root-help-one = Empieza cada selector por la raíz del widget, por ejemplo `{ $example } .title {"{"} … {"}"}`, o anida las reglas dentro de ella.
css-root-help-several = Empieza cada selector por una de las raíces del widget, por ejemplo `{ $example } .title {"{"} … {"}"}`, o anida las reglas dentro de ella.
css-root-help-and-advice = { $help } { $advice }
css-root-advice-guessed = Ninguna plantilla, script ni widget.code indica una raíz, así que se dedujo de los estilos; si no es la raíz de tu widget, indica la correcta con --root-selector.
css-root-advice-found = Las raíces son las clases e ids de los elementos exteriores de las plantillas y del HTML que generan los scripts, el class_name de render_template y widget.code; si la raíz del widget es otro elemento, indícala con --root-selector.
css-root-given = la raíz `{ $root }` que indicaste
css-root-inferred =
    la raíz `{ $root }` (deducida de los estilos: { $starts } de { $selectors ->
        [one] { $selectors } selector
       *[other] los { $selectors } selectores
    } { $starts ->
        [one] empieza
       *[other] empiezan
    } por ella)
css-root-found-one = la raíz del widget (encontrada { $places })
css-root-found-several = las raíces del widget (encontradas { $places })
css-root-place-file = en { $file }: { $roots }
css-root-place-code = en widget.code de manifest.json: { $roots }

## css.palette-variables

css-palette-pass = Los estilos no redefinen ninguna de las variables --palette-* del tema.
css-palette-warn =
    { $n ->
        [one] Los estilos redefinen { $n } variable de color del tema: { $items }. Los temas claro y oscuro definen estas variables; si el widget también las define, puede verse mal en uno de los temas o tras una actualización de la interfaz.
       *[other] Los estilos redefinen { $n } variables de color del tema: { $items }. Los temas claro y oscuro definen estas variables; si el widget también las define, puede verse mal en uno de los temas o tras una actualización de la interfaz.
    }

## css.switcher-styles

css-switcher-na = El widget no tiene CSS, scripts ni plantillas.
css-switcher-pass = No hay clases de interruptores (switcher__on, switcher_off …) en el CSS, los scripts ni las plantillas.
css-switcher-fail =
    { $n ->
        [one] Las clases de los interruptores de amoCRM se usan en { $n } lugar: { $items }.
       *[other] Las clases de los interruptores de amoCRM se usan en { $n } lugares: { $items }.
    }
