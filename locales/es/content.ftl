# amo-preflight: messages of the content part in es.

## Falta un texto de la ficha.

content-missing-name = No hay nombre en este idioma.
content-missing-teaser = No hay descripción corta en este idioma.
content-missing-description = No hay descripción en este idioma.
content-missing-name-check = No hay nombre que revisar en este idioma.
content-missing-teaser-check = No hay descripción corta que revisar en este idioma.
content-missing-description-check = No hay descripción que revisar en este idioma.
content-missing-name-help = Escribe el nombre en { $file } e indícalo en manifest.json ({ $key }).
content-missing-teaser-help = Escribe la descripción corta en { $file } e indícala en manifest.json ({ $key }).
content-missing-description-help = Escribe la descripción en { $file } e indícala en manifest.json ({ $key }).

## Longitud de un texto, en caracteres.

content-name-over = El nombre tiene { $count } caracteres; el límite es { $max }.
content-teaser-over = La descripción corta tiene { $count } caracteres; el límite es { $max }.
content-description-over = La descripción tiene { $count } caracteres; el límite es { $max }.
content-name-within = El nombre tiene { $count } de { $max } caracteres.
content-teaser-within = La descripción corta tiene { $count } de { $max } caracteres.
content-description-within = La descripción tiene { $count } de { $max } caracteres.
content-name-shorten-help = Acorta el nombre en { $place } a { $max } caracteres o menos.
content-teaser-shorten-help = Acorta la descripción corta en { $place } a { $max } caracteres o menos.
content-description-shorten-help = Acorta la descripción en { $place } a { $max } caracteres o menos.

## El nombre.

content-quoted = "{ $word }"
content-via-ok = "{ $name }" dice quién lo hizo.
content-via-missing = "{ $name }" no termina con el nombre del desarrollador precedido de { $joiners }.
content-via-help = Cambia el nombre en { $place } por "<qué hace> { $joiner } <tu empresa>", por ejemplo "WhatsApp via Zenvia".
content-words-ok = Ninguna palabra del nombre tiene más de { $max } caracteres.
content-words-long = Palabras de más de { $max } caracteres: { $words }.
content-word = "{ $word }" ({ $chars })
content-brand-ok = El nombre no menciona { $brand }.
content-brand-found = El nombre "{ $name }" contiene "{ $brand }".

## La descripción.

content-paragraphs-ok =
    { $n ->
        [one] La descripción tiene { $n } párrafo.
       *[other] La descripción tiene { $n } párrafos.
    }
content-paragraphs-over = La descripción tiene { $n } párrafos; la lista de verificación pide de 1 a { $max }.
content-friendly-none = No se encontraron palabras técnicas. Lee la descripción una vez para valorar su tono.
content-friendly-jargon = La descripción usa palabras técnicas: { $words }.
content-plan-none = La descripción no menciona ningún plan. Si el widget necesita un plan concreto, indica cuál.
content-plan-found = La descripción menciona: { $words }. Comprueba que indique el plan que necesita el widget, si lo hay.
content-pricing-none = La descripción no menciona precios ni monedas. Si el widget es de pago, indica sus precios y monedas.
content-pricing-found = Se encontraron menciones de precios: { $words }. Si el widget es de pago, comprueba que se indiquen los precios y las monedas.
content-evidence-description = descripción

## Los textos propios del widget.

content-ui-none = El archivo de idioma no tiene más textos que el nombre, la descripción corta y la descripción.
content-ui-review =
    { $n ->
        [one] Lee el texto del widget y comprueba que un usuario lo entienda bien.
       *[other] Lee los { $n } textos del widget y comprueba que un usuario entienda bien cada uno.
    }
content-errors-none = No se encontraron mensajes de error entre los textos. Comprueba que cada error posible muestre un mensaje que diga qué hacer.
content-errors-found =
    { $n ->
        [one] Se encontró { $n } mensaje de error. Comprueba que explique el problema y qué hacer a continuación, y que ningún error quede sin mensaje.
       *[other] Se encontraron { $n } mensajes de error. Comprueba que cada uno explique el problema y qué hacer a continuación, y que ningún error quede sin mensaje.
    }
content-evidence-key = { $key }
