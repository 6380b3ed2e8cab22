# amo-preflight: messages of the manifest part in es.

manifest-kind =
    { $kind ->
        [object] un objeto
        [array] una lista
        [string] un texto
        [number] un número
        [boolean] un valor true o false
        [null] null
       *[other] { $kind }
    }
manifest-json-valid = manifest.json es un JSON válido.
manifest-not-object = manifest.json debe contener un objeto ({"{"} … {"}"}) con las claves del widget.
manifest-key-missing = falta { $path }
manifest-key-wrong-type = { $path } debe ser { $kind }, no { $found }
manifest-interface-version-missing = falta widget.interface_version ({ $marketplace } exige { $required })
manifest-interface-version-wrong = widget.interface_version debe ser { $required }
manifest-tour-flag-false = tour.is_tour debe ser true cuando tour.tour_images indica imágenes de carrusel
manifest-tour-flag-missing = falta tour.is_tour (debe ser true cuando tour.tour_images indica imágenes de carrusel)
manifest-required-keys-pass = manifest.json tiene todas las claves obligatorias.
manifest-required-keys-fail = Claves obligatorias: { $problems }.
manifest-locations-none = No hay una lista locations que revisar (consulta manifest.required-keys).
manifest-locations-empty = La lista locations está vacía: el widget no aparece en ningún lugar.
manifest-location-not-a-name = { $kind } no es un nombre de ubicación
manifest-location-bad-suffix = "{ $location }": { $area } admite -0 o -1, no -{ $suffix }
manifest-location-both = aparecen a la vez "{ $first }" y "{ $location }" (deja solo uno)
manifest-location-panel-unsaid = "{ $location }" no indica si el widget usa el panel derecho ({ $location }-1) o no ({ $location }-0)
manifest-location-no-suffix = "{ $location }": { $area } no admite sufijo
manifest-location-undocumented = "{ $location }" no es una ubicación documentada
manifest-location-other-marketplace = "{ $location }" no está en la lista de ubicaciones de { $marketplace }
manifest-locations-invalid = Ubicaciones no válidas: { $problems }.
manifest-locations-to-check = Ubicaciones para revisar: { $problems }.
manifest-locations-pass =
    { $n ->
        [one] La única ubicación es válida.
       *[other] Las { $n } ubicaciones son válidas.
    }
manifest-blocks-none-needed = Ninguna ubicación de este widget necesita un bloque adicional.
manifest-block-needed = { $location } necesita { $block }
manifest-block-dp-settings = un bloque dp.settings (la configuración de la acción)
manifest-block-advanced-title = advanced.title (el nombre de la página)
manifest-block-sms-endpoint = sms.endpoint (adónde se envían los SMS)
manifest-block-left-menu = un bloque left_menu
manifest-block-salesbot-designer = un bloque salesbot_designer
manifest-block-key = { $key }
manifest-blocks-missing = Faltan bloques: { $problems }.
manifest-blocks-pass = Cada ubicación tiene su bloque ({ $locations }).
manifest-card-sdk-everywhere = card_sdk funciona en las tarjetas que se indican junto a él, pero no se indica ninguna ubicación de tarjeta (lcard, ccard, comcard), solo everywhere: comprueba que la pestaña aparezca en la tarjeta.
manifest-card-sdk-no-cards = card_sdk funciona en las tarjetas que se indican junto a él, pero no se indica ninguna ubicación de tarjeta (lcard, ccard, comcard), así que la pestaña no aparece en ninguna tarjeta.
manifest-settings-none = No hay configuración que revisar.
manifest-settings-not-object = settings debe ser un objeto con campos, no { $found }.
manifest-settings-no-fields = El formulario de configuración no tiene campos.
manifest-field-no-type = { $field } no tiene tipo (type)
manifest-field-bad-type = { $field } tiene el tipo "{ $field_type }"
manifest-field-type-not-text = { $field } tiene como tipo { $found }
manifest-settings-pass =
    { $n ->
        [one] El único campo de configuración tiene un tipo válido.
       *[other] Los { $n } campos de configuración tienen tipos válidos.
    }
manifest-settings-invalid = Tipos de campos de configuración no válidos: { $problems }. Tipos válidos: { $types }.
manifest-version-missing = Falta widget.version.
manifest-version-pass = Versión { $version }.
manifest-version-bad-form = widget.version "{ $version }" no tiene la forma x.y ni x.y.z.
manifest-version-not-text = widget.version es { $found }, no un texto como "1.0.0".
manifest-secret-key-pass = manifest.json no incluye ninguna clave secreta.
manifest-secret-key-shipped = manifest.json contiene lo que parece una clave secreta real ({ $keys }). Un widget nuevo no necesita code ni secret_key; consérvalos solo si este zip actualiza una integración que se cargó antes del paso a amoMarket y que todavía no se convirtió, porque esa integración todavía los necesita.
manifest-marketplace-unknown = marketplace desconocido "{ $name }": usa amocrm o kommo
