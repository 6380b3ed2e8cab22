# amo-preflight: messages of the hardcoded part in pt.

## l10n.hardcoded-text

hardcoded-nothing-loaded = O widget não carrega nenhum script nem modelo.
hardcoded-none =
    { $n ->
        [one] O script ou modelo que o widget carrega não tem nenhum texto em outro idioma escrito no código.
       *[other] Os { $n } scripts e modelos que o widget carrega não têm nenhum texto em outro idioma escrito no código.
    }
hardcoded-looks = parece estar em { $language } ({ $percent }% de certeza)
hardcoded-may-be-shown = { $why }, pode ser exibido
hardcoded-text-at = "{ $text }" ({ $place }: { $why })
hardcoded-text-at-more =
    { $more ->
        [one] "{ $text }" ({ $place } e mais { $more } lugar: { $why })
       *[other] "{ $text }" ({ $place } e mais { $more } lugares: { $why })
    }
hardcoded-and-more = e mais { $n }
hardcoded-perhaps = Textos escritos no código que talvez não estejam em { $language }: { $texts }.
hardcoded-shown = Textos em outro idioma, exibidos como estão para usuários que leem em { $language }: { $texts }.
hardcoded-shown-also-check = Textos em outro idioma, exibidos como estão para usuários que leem em { $language }: { $texts }. Verifique também: { $others }.
hardcoded-help = Coloque cada texto em todos os arquivos de idioma, traduzido, sob uma chave ({ $moves }), e exiba-o a partir dali: em um script, como { $script }; em um modelo, como {"{{"} { $key } {"}}"}, passando os textos ao renderizá-lo.
