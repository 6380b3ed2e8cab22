# amo-preflight: messages of the engine part in es.

engine-only-marketplace = Esta regla solo está en la lista de verificación de { $marketplace }.
engine-no-manifest = No se pudo leer manifest.json, así que esto no se revisó.
engine-no-manifest-help = Primero corrige manifest.json (consulta manifest.json-valid).
engine-internal-error = Error interno en las reglas de { $family }; por favor, repórtalo ({ $reason }). Esas reglas no se revisaron; el resto del informe está completo.
engine-internal-error-no-details = sin detalles
engine-all-ran = Todos los grupos de reglas se ejecutaron hasta el final.
engine-not-checked = No revisado: un error interno detuvo estas reglas.
engine-not-checked-help = Consulta internal.error al principio del informe.
engine-no-languages = El widget no declara ningún idioma, así que no se pudo revisar ninguno.
engine-no-languages-help = Indica los idiomas del widget en widget.locale y agrega un i18n/<idioma>.json para cada uno.
# A list of choices: "a, b or c".
engine-one-of = { $items } o { $last }
engine-none = nada
