# amo-preflight: messages of the dev part in es.

dev-placeholders-template-text = "{ $text }" ({ $key } en { $file })
dev-placeholders-in-manifest = { $what } en manifest.json, clave { $key }
dev-placeholders-in-script = { $what } en { $place }
dev-placeholders-texts = Los textos del widget siguen siendo los de la plantilla: { $texts }.
dev-placeholders-left = Quedan restos del desarrollo o de una plantilla: { $found }. Cambia cada uno por el valor real, o comprueba que solo sea un ejemplo que se muestra a los usuarios.
dev-placeholders-pass = No se encontraron textos de plantilla, direcciones de relleno ni marcadores de compilación sin reemplazar.
dev-oauth2-platform-credentials = La configuración pide claves o contraseñas de amoCRM / Kommo ({ $fields }); las integraciones deben usar OAuth 2.0.
dev-oauth2-no-credentials = La configuración no pide claves ni contraseñas. Confirma que la integración se conecte mediante OAuth 2.0 (con las llaves y los alcances de la integración).
dev-oauth2-other-service = La configuración pide claves o contraseñas de otro servicio (abajo), no de amoCRM / Kommo. Confirma que la integración se conecte a amoCRM / Kommo mediante OAuth 2.0 (con las llaves y los alcances de la integración).
dev-evidence-other-credential = credencial de otro servicio
