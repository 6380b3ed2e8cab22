# amo-preflight: messages of the report part in es.
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
verdict-checked =
    { $n ->
        [one] { $n } punto revisado a mano
       *[other] { $n } puntos revisados a mano
    }
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
docs-id = id
docs-per-language = por idioma
docs-checks = qué revisa
docs-yes = sí
docs-only = solo { $marketplace }
docs-thresholds = Límites
docs-name-limit = nombre ≤ { $max } (con { $joiners } antes del desarrollador)
docs-name-words = palabras ≤ { $max }
docs-no-brand = sin "{ $brand }"
docs-teaser-limit = descripción corta ≤ { $max }
docs-description-limit = descripción ≤ { $max } en 1–{ $paragraphs } párrafos
docs-interface-version = interface_version { $version }
docs-branding-limit = imágenes de marca ≤ { $kb } KB
docs-what-to-do = Qué hacer
docs-why = Por qué
docs-example = Ejemplo
docs-instead = En su lugar
docs-from = Fuente
report-problems = Problemas que corregir
report-to-check = Puntos para revisar a mano
report-no-name = (sin nombre)
report-no-languages = ninguno
report-kind-folder = carpeta
report-kind-zip = zip
report-heading = { $name } — { $source } ({ $kind }) — lista de verificación de { $marketplace } — idiomas: { $languages }
report-badge-fail = ERROR
report-badge-warn = AVISO
report-badge-manual = REVISAR
report-badge-pass = OK
report-badge-na = N/A
report-counts =
    { $pass ->
        [one] { $pass } correcto
       *[other] { $pass } correctos
    } · { $fail } con error · { $warn } con aviso · { $manual } por revisar · { $na ->
        [one] { $na } no aplica
       *[other] { $na } no aplican
    }
report-hidden =
    { $n ->
        [one] 1 elemento aprobado o que no aplica no se muestra; --verbose lo lista.
       *[other] { $n } elementos aprobados o que no aplican no se muestran; --verbose los lista.
    }
report-at = en { $place }
report-more-places =
    { $n ->
        [one] … y { $n } lugar más
       *[other] … y { $n } lugares más
    }
report-more = … y { $n } más
report-title = Revisión del widget: { $name }
report-widget = Widget
report-version = Versión
report-name-in = Nombre ({ $lang })
report-checklist = Lista de verificación
report-tool = Herramienta
report-item = Punto
report-reviewer = Decisión
report-what-to-do = Qué hacer
report-none = (ninguna)
report-languages = Idiomas
report-checked-with = Revisado con
report-checked-with-on = { $tool } el { $date }
report-input-sha256 = SHA-256 de lo que se revisó
report-checklist-item = Punto de la lista
report-reviewed-at = el { $at }
report-not-reviewed = todavía sin revisar
report-more-about-rule = Por qué, un ejemplo y de dónde viene la regla
report-example-bad = Por ejemplo, esto incumple la regla:
report-example-good = En su lugar:
report-source = De dónde viene la regla:
report-branding = Imágenes de marca
report-image-size = { $size } (se espera { $expected })
report-image-missing = falta (se espera { $expected })
report-slideshow = Carrusel
report-no-slides = No se indican imágenes de carrusel.
report-missing = falta
report-side-by-side = Idiomas lado a lado
report-text = Texto
text-state-missing = falta
text-state-empty = vacío
text-state-wrong-language = otro idioma
text-state-too-long = demasiado largo
text-state-untranslated = sin traducir
text-state-ok = OK
review-damaged-set-aside = no se pudieron leer las decisiones de revisión guardadas ({ $error }); el archivo se guardó aparte como { $aside }
review-damaged = no se pudieron leer las decisiones de revisión guardadas en { $file } ({ $error })
review-other-widget-set-aside = las decisiones de revisión guardadas para { $widget } son de otro widget ({ $other }), así que no se usan; se guardaron aparte como { $aside }
review-other-widget = las decisiones de revisión guardadas para { $widget } son de otro widget ({ $other }), así que no se usan
