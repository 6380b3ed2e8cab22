# amo-preflight: messages of the manifest part in pt.

manifest-kind =
    { $kind ->
        [object] um objeto
        [array] uma lista
        [string] um texto
        [number] um número
        [boolean] um valor true ou false
        [null] null
       *[other] { $kind }
    }
manifest-json-valid = O manifest.json é um JSON válido.
manifest-not-object = O manifest.json deve conter um objeto ({"{"} … {"}"}) com as chaves do widget.
manifest-key-missing = falta { $path }
manifest-key-wrong-type = { $path } deve ser { $kind }, não { $found }
manifest-interface-version-missing = falta widget.interface_version (o { $marketplace } exige { $required })
manifest-interface-version-wrong = widget.interface_version deve ser { $required }
manifest-tour-flag-false = tour.is_tour deve ser true quando tour.tour_images lista imagens do carrossel
manifest-tour-flag-missing = falta tour.is_tour (que deve ser true quando tour.tour_images lista imagens do carrossel)
manifest-required-keys-pass = O manifest.json tem todas as chaves obrigatórias.
manifest-required-keys-fail = Chaves obrigatórias: { $problems }.
manifest-locations-none = Não há uma lista locations para verificar (veja manifest.required-keys).
manifest-locations-empty = A lista locations está vazia: o widget não aparece em lugar nenhum.
manifest-location-not-a-name = { $kind } não é um nome de área
manifest-location-bad-suffix = "{ $location }": { $area } aceita -0 ou -1, não -{ $suffix }
manifest-location-both = "{ $first }" e "{ $location }" estão ambos na lista (mantenha só um)
manifest-location-panel-unsaid = "{ $location }" não diz se o widget usa o painel direito ({ $location }-1) ou não ({ $location }-0)
manifest-location-no-suffix = "{ $location }": { $area } não aceita sufixo
manifest-location-undocumented = "{ $location }" não é uma área documentada
manifest-location-other-marketplace = "{ $location }" não está na lista de áreas do { $marketplace }
manifest-locations-invalid = Áreas inválidas: { $problems }.
manifest-locations-to-check = Áreas para verificar: { $problems }.
manifest-locations-pass =
    { $n ->
        [one] A única área é válida.
       *[other] Todas as { $n } áreas são válidas.
    }
manifest-blocks-none-needed = Nenhuma área deste widget precisa de um bloco complementar.
manifest-block-needed = { $location } precisa de { $block }
manifest-block-dp-settings = um bloco dp.settings (as configurações da ação)
manifest-block-advanced-title = advanced.title (o nome da página)
manifest-block-sms-endpoint = sms.endpoint (para onde os SMS são enviados)
manifest-block-left-menu = um bloco left_menu
manifest-block-salesbot-designer = um bloco salesbot_designer
manifest-block-key = { $key }
manifest-blocks-missing = Faltam blocos: { $problems }.
manifest-blocks-pass = Cada área tem o seu bloco ({ $locations }).
manifest-card-sdk-everywhere = O card_sdk funciona nos cards listados junto com ele, e nenhuma área de card (lcard, ccard, comcard) está na lista; só everywhere está listado: verifique se a aba aparece no card.
manifest-card-sdk-no-cards = O card_sdk funciona nos cards listados junto com ele, e nenhuma área de card (lcard, ccard, comcard) está na lista; por isso a aba não aparece em nenhum card.
manifest-settings-none = Não há configurações para verificar.
manifest-settings-not-object = settings deve ser um objeto com os campos, não { $found }.
manifest-settings-no-fields = O formulário de configurações não tem campos.
manifest-field-no-type = { $field } não tem tipo (type)
manifest-field-bad-type = { $field } tem o tipo "{ $field_type }"
manifest-field-type-not-text = { $field } tem como tipo { $found }
manifest-settings-pass =
    { $n ->
        [one] O único campo de configuração tem um tipo válido.
       *[other] Todos os { $n } campos de configuração têm tipos válidos.
    }
manifest-settings-invalid = Tipos de campos de configuração inválidos: { $problems }. Tipos válidos: { $types }.
manifest-version-missing = Falta widget.version.
manifest-version-pass = Versão { $version }.
manifest-version-bad-form = widget.version "{ $version }" não está no formato x.y nem x.y.z.
manifest-version-not-text = widget.version é { $found }, não um texto como "1.0.0".
manifest-secret-key-pass = O manifest.json não traz nenhuma chave secreta.
manifest-secret-key-shipped = O manifest.json contém o que parece ser uma chave secreta real ({ $keys }). Um widget novo não precisa de code nem de secret_key; mantenha-os só se este zip atualizar uma integração enviada antes da mudança para o amoMarket e ainda não convertida, que ainda precisa deles.
manifest-marketplace-unknown = marketplace desconhecido "{ $name }": use amocrm ou kommo
