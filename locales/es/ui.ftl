# amo-preflight: messages of the ui part in es.

ui-evidence-location = ubicación
ui-interfaces = Comprueba que el widget solo cambie las áreas que declara y las partes de la página que selecciona su código (aparecen abajo).
ui-evidence-selected-in-code = seleccionado en el código
ui-no-overlap = Abre el widget en cada una de sus áreas y comprueba que nunca tape los controles de amoCRM ni bloquee al usuario.
ui-settings-page = El widget agrega una página a la sección Configuración: comprueba que su nombre sea único y no se preste a confusión, y que aparezca después de las páginas propias de amoCRM.
ui-evidence-page-title-key = clave del título de la página
ui-evidence-page-title = título de la página ({ $lang })
ui-settings-page-none = El widget no agrega ninguna página a la sección Configuración (no tiene la ubicación advanced_settings).
ui-left-menu-documented = El widget agrega su página al menú izquierdo como indica la documentación (widget_page con left_menu).
ui-left-menu-untouched = Nada del widget toca el menú izquierdo.
ui-left-menu-changed =
    { $n ->
        [one] El widget cambia el menú izquierdo en { $n } lugar sin la ubicación widget_page.
       *[other] El widget cambia el menú izquierdo en { $n } lugares sin la ubicación widget_page.
    }
ui-bottom-position-no-styles = El widget no tiene estilos.
ui-bottom-position-pass = Ningún elemento está fijado en la parte inferior de la pantalla.
ui-bottom-position-fixed = Hay elementos fijados en la parte inferior de la pantalla (position: fixed con bottom).
ui-drag-drop-none = El widget no usa arrastrar y soltar.
ui-drag-drop = El widget usa arrastrar y soltar: comprueba que sus zonas para soltar no estén en el menú izquierdo ni en la esquina superior derecha.
