# amo-preflight: messages of the general part in es.

## general.data-minimal

general-data-no-fields = El formulario de configuración no tiene campos. Confirma que el widget no recopile ningún otro dato.
general-data-no-personal =
    { $n ->
        [one] El único campo de configuración no parece pedir datos personales ni credenciales. Confirma que sea necesario.
       *[other] Ninguno de los { $n } campos de configuración parece pedir datos personales ni credenciales. Confirma que cada uno sea necesario.
    }
general-data-personal =
    { $n ->
        [one] { $n } campo de configuración pide datos personales o credenciales: { $fields }. Confirma que el widget lo necesite.
       *[other] { $n } campos de configuración piden datos personales o credenciales: { $fields }. Confirma que el widget necesite cada uno de ellos.
    }
general-evidence-personal-field = campo de datos personales
general-evidence-settings-field = campo de configuración

## general.data-consent

general-consent-nothing = La configuración no pide credenciales ni datos personales, así que los usuarios no tienen que aceptar ningún envío.
general-consent =
    { $n ->
        [one] { $n } campo de configuración pide credenciales o datos personales: { $fields }. Comprueba que, antes de enviar esos datos, el widget avise a los usuarios de que van a tu servidor y les pida confirmarlo.
       *[other] { $n } campos de configuración piden credenciales o datos personales: { $fields }. Comprueba que, antes de enviar esos datos, el widget avise a los usuarios de que van a tu servidor y les pida confirmarlo.
    }

## general.ease-of-use

general-ease-of-use = Activa, configura, usa y desactiva el widget como lo haría un usuario nuevo, y busca cómo obtener soporte.
general-evidence-installation-on = paso de instalación (al instalar, los usuarios completan el formulario de configuración)
general-evidence-installation-off = paso de instalación (ninguno: no hay paso de configuración)
general-evidence-settings-fields = campos de configuración
general-evidence-support = soporte

## general.support-contact

general-support-not-makers = { $key } { $value } es { $whose }, no el soporte del desarrollador del widget
general-whose-platform = la dirección de la propia plataforma
general-whose-placeholder = una dirección de relleno
general-support-page = página de soporte { $url }
general-support-email = correo de soporte { $email }
general-support-link-not-web = widget.support.link { $value } no es una dirección web (https://…)
general-support-email-not-email = widget.support.email { $value } no es una dirección de correo electrónico
general-json-kind =
    { $kind ->
        [null] (null)
        [boolean] (un valor true o false)
        [number] (un número)
        [array] (una lista)
        [object] (un objeto)
       *[other] ({ $kind })
    }
general-support-none = El manifiesto no indica ningún contacto de soporte (widget.support.link o widget.support.email).
general-support-needs-link = amoCRM pide una página de soporte y también un correo de soporte; falta widget.support.link (una página de soporte)
general-support-needs-email = amoCRM pide una página de soporte y también un correo de soporte; falta widget.support.email
general-support-problems = { $problems }.
general-support-ok = Los usuarios pueden contactar al soporte: { $contacts }.

## general.no-partner-upsell

general-upsell-none = Ningún texto promueve comprar suscripciones a través de socios.
general-upsell =
    { $n ->
        [one] { $n } texto parece promover compras a través de socios: { $keys }.
       *[other] { $n } textos parecen promover compras a través de socios: { $keys }.
    }

## general.official-claim

general-official-none = Ningún texto dice que la integración sea oficial.
general-official =
    { $n ->
        [one] { $n } texto dice "oficial": { $keys }. Si dice que la integración es la oficial de otro servicio, envía al marketplace una prueba documental; si no, quita esa palabra.
       *[other] { $n } textos dicen "oficial": { $keys }. Si dicen que la integración es la oficial de otro servicio, envía al marketplace una prueba documental; si no, quita esa palabra.
    }
general-evidence-key = { $key }
