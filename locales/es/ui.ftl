# amo-preflight: messages of the ui part in es.

ui-evidence-location = ubicación
ui-interfaces = Comprueba que el widget solo cambia las ubicaciones que declara y las partes de la página que selecciona su código (se enumeran abajo).
ui-evidence-selected-in-code = seleccionado en el código
ui-no-overlap = Abre el widget en cada una de sus ubicaciones y comprueba que nunca tapa los controles de amoCRM ni bloquea al usuario.
ui-settings-page = El widget añade una página a Configuración: comprueba que su nombre es único y honesto, y que aparece después de las páginas propias de amoCRM.
ui-evidence-page-title-key = clave del título de la página
ui-evidence-page-title = título de la página ({ $lang })
ui-settings-page-none = El widget no añade ninguna página a Configuración (no tiene la ubicación advanced_settings).
ui-left-menu-documented = El widget añade su página al menú izquierdo como indica la documentación (widget_page con left_menu).
ui-left-menu-untouched = Nada del widget toca el menú izquierdo.
ui-left-menu-changed =
    { $n ->
        [one] El widget cambia el menú izquierdo en { $n } sitio sin la ubicación widget_page.
       *[other] El widget cambia el menú izquierdo en { $n } sitios sin la ubicación widget_page.
    }
ui-bottom-position-no-styles = El widget no tiene estilos.
ui-bottom-position-pass = Ningún elemento está fijado en la parte inferior de la pantalla.
ui-bottom-position-fixed = Hay elementos fijados en la parte inferior de la pantalla (position: fixed con bottom).
ui-drag-drop-none = El widget no usa arrastrar y soltar.
ui-drag-drop = El widget usa arrastrar y soltar: comprueba que sus zonas para soltar no están en el menú izquierdo ni en la esquina superior derecha.
