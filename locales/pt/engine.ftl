# amo-preflight: messages of the engine part in pt.

engine-only-marketplace = Só a checklist do { $marketplace } tem esta regra.
engine-no-manifest = Não foi possível ler o manifest.json, então isto não foi verificado.
engine-no-manifest-help = Corrija o manifest.json primeiro (veja manifest.json-valid).
engine-internal-error = Erro interno nas regras de { $family }. Por favor, relate o problema ({ $reason }). Essas regras não foram verificadas; o resto do relatório está completo.
engine-internal-error-no-details = sem detalhes
engine-all-ran = Todos os grupos de regras foram até o fim.
engine-not-checked = Não verificado: um erro interno interrompeu estas regras.
engine-not-checked-help = Veja internal.error no início do relatório.
engine-no-languages = O widget não declara nenhum idioma, então nenhum idioma pôde ser verificado.
engine-no-languages-help = Liste os idiomas do widget em widget.locale e adicione um i18n/<idioma>.json para cada um.
# A list of choices: "a, b or c".
engine-one-of = { $items } ou { $last }
engine-none = nada
