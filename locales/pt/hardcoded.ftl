# amo-preflight: messages of the hardcoded part in pt.

## l10n.hardcoded-text

hardcoded-nothing-loaded = O widget não carrega nenhum script nem template.
hardcoded-none =
    { $n ->
        [one] O script ou template que o widget carrega não tem nenhum texto em outro idioma escrito no código.
       *[other] Os { $n } scripts e templates que o widget carrega não têm nenhum texto em outro idioma escrito no código.
    }
hardcoded-looks = parece { $language } ({ $percent }% de certeza)
hardcoded-may-be-shown = { $why }, pode ser exibido
hardcoded-text-at = "{ $text }" ({ $place }: { $why })
hardcoded-text-at-more =
    { $more ->
        [one] "{ $text }" ({ $place } e mais { $more } lugar: { $why })
       *[other] "{ $text }" ({ $place } e mais { $more } lugares: { $why })
    }
hardcoded-and-more = e mais { $n }
hardcoded-perhaps = Escritos no código e talvez não em { $language }: { $texts }.
hardcoded-shown = Exibidos como estão, em outro idioma, para usuários que leem em { $language }: { $texts }.
hardcoded-shown-also-check = Exibidos como estão, em outro idioma, para usuários que leem em { $language }: { $texts }. Verifique também: { $others }.
hardcoded-help = Coloque cada texto em todos os arquivos de idioma, traduzido, sob uma chave ({ $moves }), e exiba-o a partir dali: num script como { $script }, num template como {"{{"} { $key } {"}}"}, passando os textos ao renderizá-lo.
