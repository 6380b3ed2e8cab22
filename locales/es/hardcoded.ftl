# amo-preflight: messages of the hardcoded part in es.

## l10n.hardcoded-text

hardcoded-nothing-loaded = El widget no carga ningún script ni plantilla.
hardcoded-none =
    { $n ->
        [one] El único script o plantilla que carga el widget no tiene escrito en el código ningún texto en otro idioma.
       *[other] Los { $n } scripts y plantillas que carga el widget no tienen escrito en el código ningún texto en otro idioma.
    }
hardcoded-looks = parece estar en { $language } ({ $percent } % de certeza)
hardcoded-may-be-shown = { $why }, puede mostrarse
hardcoded-text-at = "{ $text }" ({ $place }: { $why })
hardcoded-text-at-more =
    { $more ->
        [one] "{ $text }" ({ $place } y { $more } lugar más: { $why })
       *[other] "{ $text }" ({ $place } y { $more } lugares más: { $why })
    }
hardcoded-and-more = y { $n } más
hardcoded-perhaps = Textos escritos en el código que quizá no estén en { $language }: { $texts }.
hardcoded-shown = Textos que se muestran tal cual, en otro idioma, a los usuarios que leen en { $language }: { $texts }.
hardcoded-shown-also-check = Textos que se muestran tal cual, en otro idioma, a los usuarios que leen en { $language }: { $texts }. Revisa también: { $others }.
hardcoded-help = Pon cada texto en todos los archivos de idioma, traducido, bajo una clave ({ $moves }), y muéstralo desde ahí: en un script como { $script }, en una plantilla como {"{{"} { $key } {"}}"}, pasándole los textos al renderizarla.
