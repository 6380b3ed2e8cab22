# amo-preflight: messages of the general part in pt.

## general.data-minimal

general-data-no-fields = O formulário de configurações não tem campos. Confirme que o widget não coleta nenhum outro dado.
general-data-no-personal =
    { $n ->
        [one] O campo de configuração não parece pedir dados pessoais nem credenciais. Confirme que ele é necessário.
       *[other] Nenhum dos { $n } campos de configuração parece pedir dados pessoais nem credenciais. Confirme que cada um é necessário.
    }
general-data-personal =
    { $n ->
        [one] { $n } campo de configuração pede dados pessoais ou credenciais: { $fields }. Confirme que o widget precisa dele.
       *[other] { $n } campos de configuração pedem dados pessoais ou credenciais: { $fields }. Confirme que o widget precisa de cada um deles.
    }
general-evidence-personal-field = campo de dados pessoais
general-evidence-settings-field = campo de configuração

## general.data-consent

general-consent-nothing = As configurações não pedem credenciais nem dados pessoais, então não há nenhum envio de dados que os usuários precisem autorizar.
general-consent =
    { $n ->
        [one] { $n } campo de configuração pede credenciais ou dados pessoais: { $fields }. Verifique se, antes do envio, os usuários são avisados de que esses dados vão para o seu servidor e se o widget pede que eles confirmem.
       *[other] { $n } campos de configuração pedem credenciais ou dados pessoais: { $fields }. Verifique se, antes do envio, os usuários são avisados de que esses dados vão para o seu servidor e se o widget pede que eles confirmem.
    }

## general.ease-of-use

general-ease-of-use = Como um usuário novo faria, experimente ativar, configurar, usar e desativar o widget, e também encontrar o suporte dele.
general-evidence-installation-on = etapa de instalação (ao instalar, os usuários preenchem o formulário de configurações)
general-evidence-installation-off = etapa de instalação (nenhuma: não há etapa de configuração)
general-evidence-settings-fields = campos de configuração
general-evidence-support = suporte

## general.support-contact

general-support-not-makers = { $key } { $value } é { $whose }, não o suporte de quem fez o widget
general-whose-platform = o endereço da própria plataforma
general-whose-placeholder = um endereço de exemplo
general-support-page = página de suporte { $url }
general-support-email = e-mail de suporte { $email }
general-support-link-not-web = widget.support.link { $value } não é um endereço web (https://…)
general-support-email-not-email = widget.support.email { $value } não é um endereço de e-mail
general-json-kind =
    { $kind ->
        [null] (null)
        [boolean] (um valor true ou false)
        [number] (um número)
        [array] (uma lista)
        [object] (um objeto)
       *[other] ({ $kind })
    }
general-support-none = O manifesto não informa nenhum contato de suporte (widget.support.link ou widget.support.email).
general-support-needs-link = widget.support.link (a página de suporte) não foi informado: o amoCRM pede uma página de suporte e também um e-mail de suporte
general-support-needs-email = widget.support.email não foi informado: o amoCRM pede uma página de suporte e também um e-mail de suporte
general-support-problems = { $problems }.
general-support-ok = Os usuários conseguem falar com o suporte: { $contacts }.

## general.no-partner-upsell

general-upsell-none = Nenhum texto promove a compra de assinaturas por meio de parceiros.
general-upsell =
    { $n ->
        [one] { $n } texto parece promover compras por meio de parceiros: { $keys }.
       *[other] { $n } textos parecem promover compras por meio de parceiros: { $keys }.
    }

## general.official-claim

general-official-none = Nenhum texto chama a integração de oficial.
general-official =
    { $n ->
        [one] { $n } texto diz "oficial": { $keys }. Se ele diz que a integração é a oficial de outro serviço, envie ao marketplace documentos que comprovem isso; caso contrário, remova a palavra.
       *[other] { $n } textos dizem "oficial": { $keys }. Se eles dizem que a integração é a oficial de outro serviço, envie ao marketplace documentos que comprovem isso; caso contrário, remova a palavra.
    }
general-evidence-key = { $key }
