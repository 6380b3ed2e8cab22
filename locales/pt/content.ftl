# amo-preflight: messages of the content part in pt.

## Falta um texto da listagem.

content-missing-name = Não há nome neste idioma.
content-missing-teaser = Não há descrição curta neste idioma.
content-missing-description = Não há descrição neste idioma.
content-missing-name-check = Não há nome neste idioma para verificar.
content-missing-teaser-check = Não há descrição curta neste idioma para verificar.
content-missing-description-check = Não há descrição neste idioma para verificar.
content-missing-name-help = Escreva o nome em { $file } e aponte para ele no manifest.json ({ $key }).
content-missing-teaser-help = Escreva a descrição curta em { $file } e aponte para ela no manifest.json ({ $key }).
content-missing-description-help = Escreva a descrição em { $file } e aponte para ela no manifest.json ({ $key }).

## Tamanho de um texto, em caracteres.

content-name-over = O nome tem { $count } caracteres; o limite é { $max }.
content-teaser-over = A descrição curta tem { $count } caracteres; o limite é { $max }.
content-description-over = A descrição tem { $count } caracteres; o limite é { $max }.
content-name-within = O nome tem { $count } de { $max } caracteres.
content-teaser-within = A descrição curta tem { $count } de { $max } caracteres.
content-description-within = A descrição tem { $count } de { $max } caracteres.
content-name-shorten-help = Reduza o nome em { $place } para no máximo { $max } caracteres.
content-teaser-shorten-help = Reduza a descrição curta em { $place } para no máximo { $max } caracteres.
content-description-shorten-help = Reduza a descrição em { $place } para no máximo { $max } caracteres.

## O nome.

content-quoted = "{ $word }"
content-via-ok = "{ $name }" diz quem o criou.
content-via-missing = "{ $name }" não termina com { $joiners } seguido do nome do desenvolvedor.
content-via-help = Renomeie para "<o que ele faz> { $joiner } <sua empresa>", por exemplo "WhatsApp via Zenvia", em { $place }.
content-words-ok = Nenhuma palavra do nome tem mais de { $max } caracteres.
content-words-long = Palavras com mais de { $max } caracteres: { $words }.
content-word = "{ $word }" ({ $chars })
content-brand-ok = O nome não menciona { $brand }.
content-brand-found = O nome "{ $name }" contém "{ $brand }".

## A descrição.

content-paragraphs-ok =
    { $n ->
        [0] A descrição tem 0 parágrafos.
        [one] A descrição tem { $n } parágrafo.
       *[other] A descrição tem { $n } parágrafos.
    }
content-paragraphs-over = A descrição tem { $n } parágrafos; a checklist pede de 1 a { $max }.
content-friendly-none = Nenhuma palavra técnica encontrada. Leia a descrição uma vez para avaliar o tom.
content-friendly-jargon = A descrição usa palavras técnicas: { $words }.
content-plan-none = A descrição não cita nenhum plano. Se o widget precisa de um plano específico, diga qual.
content-plan-found = A descrição menciona: { $words }. Verifique se ela indica o plano de que o widget precisa, se houver.
content-pricing-none = A descrição não menciona preço nem moeda. Se o widget for pago, informe os preços e as moedas.
content-pricing-found = Menções a preço encontradas: { $words }. Se o widget for pago, verifique se os preços e as moedas estão informados.
content-evidence-description = descrição

## Os textos do próprio widget.

content-ui-none = O arquivo de idioma não tem outros textos além do nome e das descrições.
content-ui-review =
    { $n ->
        [one] Leia o texto do widget e verifique se ele é claro para o usuário.
       *[other] Leia os { $n } textos do widget e verifique se cada um é claro para o usuário.
    }
content-errors-none = Nenhuma mensagem de erro foi encontrada entre os textos. Verifique se todo erro possível mostra uma mensagem que diz o que fazer.
content-errors-found =
    { $n ->
        [one] { $n } mensagem de erro encontrada. Verifique se ela explica o problema e o que fazer em seguida, e se nenhum erro fica sem mensagem.
       *[other] { $n } mensagens de erro encontradas. Verifique se cada uma explica o problema e o que fazer em seguida, e se nenhum erro fica sem mensagem.
    }
content-evidence-key = { $key }
