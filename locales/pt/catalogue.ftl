# amo-preflight: the rule catalogue in pt — each rule's title (rule-<id>), and its help, why, bad and good examples and source (rule-<id>-help …). The English is in src/rules/catalogue.rs.

## internal.error
rule-internal-error = A verificação foi até o fim
rule-internal-error-help = Parte da verificação parou por causa de um erro interno, e as regras dessa parte não foram verificadas. Isso é um bug do amo-preflight, não do seu widget: por favor, relate o problema junto com a mensagem (e com o widget, se você puder compartilhá-lo).
rule-internal-error-why = Quando parte da verificação para por causa de um bug do amo-preflight, as regras que ela cobre ficam sem resposta. Relatar o problema evita que uma regra que não foi verificada seja tomada como aprovada.
rule-internal-error-bad = As verificações de JavaScript pararam por causa de um erro interno, e as regras js.* ficaram sem resultado para este widget
rule-internal-error-good = Todas as partes da verificação foram até o fim, e cada regra tem um resultado (Correto, Erro, Aviso, Verificar ou Não se aplica)
rule-internal-error-source = amo-preflight: não é um item da checklist; a ferramenta relata as próprias falhas para que uma regra que ela não conseguiu verificar nunca seja tomada como aprovada

## general.data-minimal
rule-general-data-minimal = Coleta só os dados necessários
rule-general-data-minimal-help = Os campos de configuração que pedem dados pessoais ou credenciais estão listados. Remova os campos de que o widget não precisa para funcionar e depois marque o resultado deste item.
rule-general-data-minimal-why = Cada campo que pede dados pessoais ou credenciais exige que os usuários confiem esses dados ao desenvolvedor, que depois precisa protegê-los. Dados de que o widget não precisa para funcionar são só um risco, para os usuários e para o marketplace.
rule-general-data-minimal-bad = Para mostrar reuniões no card do lead, as configurações pedem o telefone pessoal do gerente, a data de nascimento dele e a senha do amoCRM
rule-general-data-minimal-good = Para mostrar reuniões no card do lead, as configurações pedem só qual agenda da Acme deve ser mostrada
rule-general-data-minimal-source = Checklist, seção "General": "Your integration only collects data required for the integration to function"

## general.data-consent
rule-general-data-consent = O usuário concorda antes de seus dados serem enviados
rule-general-data-consent-help = Os campos de configuração que pedem credenciais ou dados pessoais estão listados. Confira se o widget informa aos usuários, antes de os dados irem para o seu servidor, o que é enviado e por quê, se pede que eles confirmem (por exemplo, com uma caixa de consentimento e um link para a sua política de privacidade) e se não é instalado sem essa confirmação. Depois, marque o resultado deste item.
rule-general-data-consent-why = Uma senha, uma chave ou um número de telefone digitado nas configurações do widget sai do amoCRM e vai para o servidor do desenvolvedor. Os usuários precisam saber disso antes e concordar: os moderadores verificam se o widget pede essa confirmação e se não segue em frente sem resposta.
rule-general-data-consent-bad = As configurações pedem a chave de API da Acme e o telefone do gerente e, ao clicar em Salvar, enviam os dois para acme.com sem nenhum aviso
rule-general-data-consent-good = Acima de Salvar: "Sua chave de API da Acme e seu telefone são enviados à Acme para sincronizar sua agenda", uma caixa "Concordo" e um link para a política de privacidade da Acme; o botão Salvar fica desativado até a caixa ser marcada
rule-general-data-consent-source = Checklist, seção "General": "Your integration only collects data required for the integration to function"; requisitos do amoCRM para integrações públicas (https://www.amocrm.ru/developers/content/integrations/requirements), em resumo: não colete dados do usuário (chave de API, e-mail …) sem necessidade; se forem necessários, avise na instalação e exija a confirmação do usuário, sem a qual o widget não pode ser instalado. Kommo, https://developers.kommo.com/docs/getting-listed, seção Security: "An integration must collect only the data required for its functioning." e "Integrators must implement appropriate security measures to ensure proper handling of user information"

## general.ease-of-use
rule-general-ease-of-use = Fácil de ativar, configurar, usar e obter suporte
rule-general-ease-of-use-help = Instale o widget como um usuário novo faria: ative e desative, configure, use e encontre o suporte sem ajuda de ninguém. Marque o resultado deste item quando as quatro coisas forem fáceis.
rule-general-ease-of-use-why = A maioria das pessoas que instalam widgets são gerentes de vendas e donos de empresas, não desenvolvedores. Se não conseguem ativar e desativar o widget, configurá-lo, usá-lo ou encontrar ajuda sozinhas, elas desistem ou recorrem ao suporte do amoCRM.
rule-general-ease-of-use-bad = A configuração pede uma chave de API copiada de uma página escondida na área de desenvolvedores
rule-general-ease-of-use-good = A configuração é um único botão Conectar, que abre a tela de login do serviço
rule-general-ease-of-use-source = Checklist, seção "General": "Your integration is easy to use, so that even non-technical users can understand how to: enable and disable it, set it up, work with it, get support"

## general.support-contact
rule-general-support-contact = Os usuários conseguem obter suporte
rule-general-support-contact-help = No manifest.json, informe uma página de suporte que funcione em widget.support.link (um endereço completo, com https://) e um e-mail de suporte em widget.support.email (o amoCRM pede os dois; o Kommo, pelo menos um). Os contatos devem ser seus, para que os usuários falem com quem fez o widget: não o suporte do amoCRM ou do Kommo, nem um endereço fictício como example.com.
rule-general-support-contact-why = Usuários com algum problema precisam falar com quem fez o widget. Sem o contato do próprio desenvolvedor, eles escrevem para o suporte do amoCRM, que não tem como corrigir um widget que não fez.
rule-general-support-contact-bad =
    "support": {"{"}
    "link": "https://www.amocrm.com/support",
    "email": "test@example.com"
    {"}"}
rule-general-support-contact-good =
    "support": {"{"}
    "link": "https://acme.com/help",
    "email": "support@acme.com"
    {"}"}
rule-general-support-contact-source = Checklist, seção "General": "…even non-technical users can understand how to: … get support"; veja https://www.amocrm.ru/developers/content/integrations/requirements (o amoCRM exige widget.support.link e widget.support.email)

## general.no-partner-upsell
rule-general-no-partner-upsell = Não incentiva a compra de assinaturas via parceiros
rule-general-no-partner-upsell-help = Remova os textos que incentivam a compra de assinaturas do amoCRM/Kommo por meio de parceiros.
rule-general-no-partner-upsell-why = O marketplace faz parte do próprio produto do amoCRM. Um widget publicado nele não pode ser usado para levar os clientes do amoCRM a comprar a assinatura de um revendedor.
rule-general-no-partner-upsell-bad = Compre sua assinatura do amoCRM com a Acme, parceira oficial do amoCRM, e economize 20%.
rule-general-no-partner-upsell-good = A Acme configura o widget para a sua equipe e responde às suas dúvidas por e-mail.
rule-general-no-partner-upsell-source = Checklist, seção "General": "Your integration does not mention or encourage buying amoCRM subscriptions via amoCRM Partners"

## general.official-claim
rule-general-official-claim = “Oficial” só com prova documental
rule-general-official-claim-help = Um texto chama algo de "oficial". Se ele diz que a integração é a integração oficial de outro serviço, envie ao marketplace, junto com o widget, uma prova documental (por exemplo, uma carta ou um contrato de parceria desse serviço); caso contrário, remova a palavra. Depois, marque o resultado deste item.
rule-general-official-claim-why = Os usuários confiam mais em uma integração "oficial", como se o outro serviço a tivesse feito ou aprovado. O marketplace só permite que um widget diga isso quando o desenvolvedor consegue provar.
rule-general-official-claim-bad = "A integração oficial do WhatsApp para o amoCRM", sem nenhum acordo com o WhatsApp para apresentar
rule-general-official-claim-good = "WhatsApp para amoCRM via Acme"; ou "oficial", com a carta de parceria do WhatsApp enviada aos moderadores
rule-general-official-claim-source = Checklist do Kommo, https://developers.kommo.com/docs/getting-listed, seção "General", Third-party services: "Kindly submit documentary evidence if you consider your integration with third-party services to be 'official'." A checklist do amoCRM não tem esse item; lá, é só uma questão para quem avalia o widget

## general.no-auto-install
rule-general-no-auto-install = Instalado só ao clicar em Instalar
rule-general-no-auto-install-help = Remova o código que clica no controle de instalar/desinstalar ou o aciona: só o usuário instala o widget, clicando em Instalar.
rule-general-no-auto-install-why = Instalar um widget dá a ele acesso à conta, por isso essa decisão tem que ser do próprio usuário. Um widget que clica em Instalar sozinho entra em contas cujos donos nunca o escolheram.
rule-general-no-auto-install-bad = $('.js-widget-install').trigger('click');
rule-general-no-auto-install-good =
    // nada clica em Instalar pelo código:
    // o usuário clica em Instalar na janela de configurações
rule-general-no-auto-install-source = Checklist, seção "General": "Your integration is only installed when a user clicks the “Install” button (you have not added any virtual clicks that automatically install the widget)"

## content.name-length
rule-content-name-length = O nome não é longo demais
rule-content-name-length-help = Encurte o nome do widget (widget.name em cada arquivo de i18n) até o limite de caracteres.
rule-content-name-length-why = O nome aparece em espaços pequenos, como os blocos do marketplace, a lista de widgets instalados e o painel de widgets de um card. Ali, um nome mais longo é cortado, e os usuários não conseguem distinguir um widget do outro.
rule-content-name-length-bad = SuperCal Ultimate Calendar Synchronizer via Acme (48 caracteres)
rule-content-name-length-good = Calendar sync via Acme (22 caracteres)
rule-content-name-length-source = Checklist, seção "Content and appearance": "Your widget has a name, which is not longer than 30 characters"

## content.name-via
rule-content-name-via = O nome diz quem o criou: "X via Desenvolvedor"
rule-content-name-via-help = Termine o nome com o nome do desenvolvedor, ligado por "via" (o Kommo também aceita "by"): por exemplo, "WhatsApp via Zenvia".
rule-content-name-via-why = Muitas vezes, vários widgets conectam o mesmo serviço, como o WhatsApp. O nome do desenvolvedor mostra aos usuários de quem é o widget que eles estão vendo, e que ele não foi feito pelo próprio amoCRM.
rule-content-name-via-bad = WhatsApp
rule-content-name-via-good = WhatsApp via Zenvia
rule-content-name-via-source = Checklist, seção "Content and appearance": "Followed by the widget creator’s name, using the word “via”" (faça: WhatsApp via Zenvia; não faça: WhatsApp); o Kommo também aceita "by": veja https://developers.kommo.com/docs/getting-listed

## content.name-word-length
rule-content-name-word-length = Nenhuma palavra do nome é longa demais
rule-content-name-word-length-help = Divida as palavras longas do nome: o Kommo permite no máximo 19 caracteres por palavra (caracteres ligados por símbolos contam como uma só palavra).
rule-content-name-word-length-why = O Kommo mostra os nomes em blocos estreitos, em que a linha só pode quebrar entre uma palavra e outra. Uma palavra com mais de 19 caracteres não cabe e é cortada.
rule-content-name-word-length-bad = WhatsApp-Telegram-Bot via Acme ("WhatsApp-Telegram-Bot" conta como uma só palavra, de 21 caracteres)
rule-content-name-word-length-good = WhatsApp Telegram Bot via Acme
rule-content-name-word-length-source = Checklist do Kommo (https://developers.kommo.com/docs/getting-listed): nenhuma palavra do nome pode ter mais de 19 caracteres; veja https://developers.kommo.com/changelog?page=3

## content.name-brand
rule-content-name-brand = O nome não contém "Kommo"
rule-content-name-brand-help = Tire "Kommo" do nome: uma integração não pode parecer feita pelo Kommo.
rule-content-name-brand-why = Um nome com "Kommo" parece um produto oficial do Kommo. Os usuários esperariam que o Kommo respondesse pelo widget e desse suporte a ele, o que não acontece.
rule-content-name-brand-bad = Kommo Calendar via Acme
rule-content-name-brand-good = Calendar via Acme
rule-content-name-brand-source = Checklist do Kommo (https://developers.kommo.com/docs/getting-listed): a integração não pode parecer feita pelo Kommo, e o nome dela não pode conter "Kommo"

## content.teaser-length
rule-content-teaser-length = Descrição curta presente e não longa demais
rule-content-teaser-length-help = Escreva uma descrição curta (widget.short_description) que diga por que um cliente deve escolher o widget, dentro do limite de caracteres.
rule-content-teaser-length-why = A descrição curta é a linha que aparece ao lado do nome do widget e, muitas vezes, é tudo o que os usuários leem antes de decidir se vão olhar mais de perto. Sem ela, eles não têm motivo para escolher o widget; e uma descrição mais longa é cortada.
rule-content-teaser-length-bad = A melhor e mais completa solução de agenda, com a confiança de milhares de empresas no mundo todo
rule-content-teaser-length-good = Reuniões do Google Agenda no card de cada lead
rule-content-teaser-length-source = Checklist, seção "Content and appearance": "Your widget has a short teaser text, which is not longer than 60 characters; explains why client should choose your integration"; Kommo: 50 caracteres, veja https://developers.kommo.com/docs/getting-listed

## content.description-length
rule-content-description-length = Descrição presente e não longa demais
rule-content-description-length-help = Escreva uma descrição (widget.description) dentro do limite de caracteres; as tags HTML não contam, mas o texto dentro delas, sim.
rule-content-description-length-why = Os usuários leem a descrição para saber o que o widget faz antes de instalá-lo. Sem descrição, eles ficam sem saber nada, e o limite mantém cada descrição curta o bastante para ser lida de relance.
rule-content-description-length-bad = Uma descrição de 640 caracteres: uma frase de boas-vindas, a lista completa de recursos e os passos de configuração
rule-content-description-length-good = Uma descrição de 320 caracteres: o que o widget faz e o que o usuário ganha com ele (tags HTML como <p> não são contadas)
rule-content-description-length-source = Checklist, seção "Content and appearance": "Your integration includes 1-2 paragraphs that describe its benefits, what it does and is not longer than 400 characters"

## content.description-paragraphs
rule-content-description-paragraphs = A descrição tem 1–2 parágrafos
rule-content-description-paragraphs-help = Limite a descrição a um ou dois parágrafos: os benefícios e o que o widget faz.
rule-content-description-paragraphs-why = Um ou dois parágrafos curtos são lidos por inteiro. Um texto mais longo, com muitos parágrafos, só é lido por cima, e os benefícios que os usuários procuram se perdem no meio dele.
rule-content-description-paragraphs-bad = Cinco parágrafos: boas-vindas, uma lista de recursos, os passos de configuração, um histórico de versões e os contatos
rule-content-description-paragraphs-good = Dois parágrafos: o que o widget faz e, depois, o que o usuário ganha com ele
rule-content-description-paragraphs-source = Checklist, seção "Content and appearance": "Your integration includes 1-2 paragraphs that describe its benefits, what it does"

## content.description-friendly
rule-content-description-friendly = Descrição amigável, não técnica
rule-content-description-friendly-help = Troque as palavras técnicas (API, webhook, JSON, token…) pelo que o usuário ganha, em palavras do dia a dia.
rule-content-description-friendly-why = Quem escolhe widgets são, na maioria, gerentes de vendas e donos de empresas. As palavras técnicas escondem o que o widget faz por eles, e eles não conseguem saber se precisam dele.
rule-content-description-friendly-bad = Sincroniza entidades do CRM com a API do Google Agenda por meio de webhooks e tokens OAuth.
rule-content-description-friendly-good = Suas reuniões aparecem no card do lead e se atualizam sozinhas quando os planos mudam.
rule-content-description-friendly-source = Checklist, seção "Content and appearance": "Is written in a friendly, not technical way"

## content.description-plan
rule-content-description-plan = A descrição indica o plano necessário
rule-content-description-plan-help = Se o widget não funciona em todos os planos, diga na descrição qual plano ele exige.
rule-content-description-plan-why = Um usuário de um plano que o widget não suporta instala o widget, descobre que ele não funciona e não sabe por quê. Indicar o plano permite que ele decida antes de instalar.
rule-content-description-plan-bad = Acompanhe automaticamente cada etapa do funil. (O widget só funciona no plano Advanced, e o texto não diz isso.)
rule-content-description-plan-good = Acompanhe automaticamente cada etapa do funil. Funciona nos planos Advanced e Enterprise.
rule-content-description-plan-source = Checklist, seção "Content and appearance": "Specifies which amoCRM plan it requires (if it’s not available on all amoCRM plans)"

## content.description-pricing
rule-content-description-pricing = A descrição informa preços e moedas
rule-content-description-pricing-help = Se o widget é pago, informe na descrição os preços e as moedas que você aceita.
rule-content-description-pricing-why = Os usuários precisam saber quanto o widget custa, e em que moedas podem pagar, antes de instalá-lo. Descobrir o preço só depois de configurar o widget faz o usuário perder tempo e confiança.
rule-content-description-pricing-bad = Teste grátis e, depois, uma pequena mensalidade.
rule-content-description-pricing-good = Grátis por 14 dias; depois, US$ 10 ou € 9 por usuário por mês.
rule-content-description-pricing-source = Checklist, seção "Content and appearance": "States the prices and currencies you support (if your integration is not free to use)"

## content.ui-copy
rule-content-ui-copy = Os textos do widget são fáceis de entender
rule-content-ui-copy-help = Leia cada texto do widget como um usuário leria e reescreva tudo o que estiver confuso ou técnico.
rule-content-ui-copy-why = Quem usa o widget todos os dias não é da área técnica. Rótulos e textos que essas pessoas não entendem levam a configurações erradas, a erros e a pedidos de suporte.
rule-content-ui-copy-bad = Campo de configuração "URI do endpoint do webhook", botão "Executar job de sync"
rule-content-ui-copy-good = Campo de configuração "Endereço da sua conta Acme", botão "Sincronizar agora"
rule-content-ui-copy-source = Checklist, seção "Content and appearance": "All text in your widget is user-friendly and understandable"

## content.error-messages
rule-content-error-messages = Todo erro tem uma mensagem que diz o que fazer
rule-content-error-messages-help = Dê a cada erro uma mensagem que explique o problema e o que o usuário deve fazer em seguida.
rule-content-error-messages-why = Um erro sem mensagem, ou só com um código, deixa os usuários sem saída ou faz com que achem que o amoCRM está com defeito. Uma mensagem que diz o que aconteceu e o que fazer permite que eles resolvam o problema sozinhos.
rule-content-error-messages-bad = Erro 401
rule-content-error-messages-good = A Acme não conseguiu se conectar: sua sessão na Acme expirou. Abra as configurações do widget e clique em Reconectar.
rule-content-error-messages-source = Checklist, seção "Content and appearance": "You have provided messages for all potential errors, and they clearly explain the problem and what the user should do next"

## images.branding-files
rule-images-branding-files = As cinco imagens da marca existem
rule-images-branding-files-help = Coloque logo_main.png (400×272), logo_medium.png (240×84), logo.png (130×100), logo_small.png (108×108) e logo_min.png (84×84) na pasta images/, e não ao lado do manifest.json: o Kommo recusa logos na raiz do widget, e a documentação do amoCRM também os coloca em images/. Mantenha só uma cópia de cada um.
rule-images-branding-files-why = O amoCRM mostra essas imagens em lugares diferentes: no marketplace, na lista de integrações e nos cards e listas em que o widget aparece. Cada arquivo que falta deixa um espaço vazio ou uma imagem quebrada em algum desses lugares.
rule-images-branding-files-bad =
    images/logo.png
    images/logo_main.png
    (faltam logo_medium.png, logo_small.png e logo_min.png)
rule-images-branding-files-good =
    images/logo.png, images/logo_main.png,
    images/logo_medium.png, images/logo_small.png,
    images/logo_min.png
rule-images-branding-files-source = Checklist, seção "Content and appearance": "You have provided branding images in PNG format in the following sizes: 400×272 px, 240×84 px, 130×100 px, 108×108 px, 84×84 px"; seção "Development": "Your widget.zip contains the following files: … logo.png, logo_main.png, logo_medium.png, logo_min.png, logo_small.png". Onde ficam: https://developers.kommo.com/docs/structure-widget marca images como obrigatória ("The folder where the image files for the widget are placed should contain 6 PNG files"), https://developers.kommo.com/docs/images: "The folder images/ should contain 5 PNG files"; amoCRM, https://www.amocrm.com/developers/content/integrations/structure/: "images/ The folder for placing the image files … should contain 5 png files". A checklist do amoCRM lista os logos ao lado do manifest.json, mas a página de estrutura os coloca em images/; por isso, um logo na raiz gera um aviso no amoCRM e um erro no Kommo

## images.branding-format
rule-images-branding-format = As imagens da marca são PNG
rule-images-branding-format-help = Salve as imagens da marca em PNG; não basta renomear um JPEG para .png: exporte a imagem como PNG.
rule-images-branding-format-why = O marketplace pede PNG, que mantém os logos nítidos e permite fundo transparente. Um JPEG renomeado para .png continua sendo JPEG por dentro e pode ser recusado ou exibido de forma errada.
rule-images-branding-format-bad = images/logo_main.png é um JPEG que só teve o nome trocado para .png
rule-images-branding-format-good = images/logo_main.png foi exportado como PNG no editor de imagens
rule-images-branding-format-source = Checklist, seção "Content and appearance": "You have provided branding images in PNG format"

## images.branding-size
rule-images-branding-size = As imagens da marca têm o tamanho exato
rule-images-branding-size-help = Exporte a imagem exatamente no tamanho indicado; não conte com o marketplace para redimensioná-la.
rule-images-branding-size-why = Cada imagem é exibida em um único tamanho fixo. Uma imagem de outro tamanho é redimensionada para caber, o que a deixa borrada, e fica esticada ou cortada quando as proporções são diferentes.
rule-images-branding-size-bad = images/logo_main.png: 800×600 px
rule-images-branding-size-good = images/logo_main.png: 400×272 px
rule-images-branding-size-source = Checklist, seção "Content and appearance": "You have provided branding images in PNG format in the following sizes: 400×272 px, 240×84 px, 130×100 px, 108×108 px, 84×84 px"; veja https://developers.kommo.com/docs/images

## images.branding-weight
rule-images-branding-weight = As imagens da marca têm no máximo 300 KB
rule-images-branding-weight-help = Deixe a imagem com menos de 300 KB: exporte-a com menos cores ou comprima-a (por exemplo, com um otimizador como o oxipng).
rule-images-branding-weight-why = A documentação do amoCRM e a do Kommo limitam cada logo a 300 KB. Os logos são carregados em muitas páginas, para todos os usuários, e arquivos grandes deixam essas páginas mais lentas.
rule-images-branding-weight-bad = images/logo_main.png: 1,4 MB (uma foto colorida)
rule-images-branding-weight-good = images/logo_main.png: 90 KB (um PNG comprimido)
rule-images-branding-weight-source = Kommo, https://developers.kommo.com/docs/images: "The size of each file should not exceed 300 KB."; amoCRM, https://www.amocrm.com/developers/content/integrations/structure/ (images/): "The size of each file should not exceed 300 KB."

## images.dp-logo
rule-images-dp-logo = Logo do Digital Pipeline 174×109
rule-images-dp-logo-help = Widgets no Digital Pipeline precisam de images/logo_dp.png, um PNG de exatamente 174×109 pixels.
rule-images-dp-logo-why = Os widgets que funcionam no Digital Pipeline aparecem lá com este logo. Sem ele, o widget aparece no Digital Pipeline sem imagem.
rule-images-dp-logo-bad =
    "locations": ["digital_pipeline"]
    (não há images/logo_dp.png no zip)
rule-images-dp-logo-good =
    "locations": ["digital_pipeline"]
    images/logo_dp.png: PNG, 174×109 px
rule-images-dp-logo-source = Documentação: images/logo_dp.png, 174×109 px, para widgets com a área digital_pipeline; veja https://developers.kommo.com/docs/images e https://developers.kommo.com/docs/widgets-dp

## images.partner-logos
rule-images-partner-logos = Os dois logos quando outro app aparece
rule-images-partner-logos-help = Se o widget destaca outro app (por exemplo, o Telegram), as imagens de 400×272 e 240×84 devem mostrar o seu logo e o logo do app. Confira as imagens e marque o resultado deste item.
rule-images-partner-logos-why = Os usuários procuram o app que já usam, como o Telegram. Os dois logos nas imagens principais mostram de relance qual app o widget conecta e quem fez a conexão.
rule-images-partner-logos-bad = Uma integração com o Telegram feita pela AwesomeCode, cujas imagens de 400×272 e 240×84 mostram só o logo da AwesomeCode
rule-images-partner-logos-good = As mesmas duas imagens mostram o logo da AwesomeCode ao lado do logo do Telegram
rule-images-partner-logos-source = Checklist, seção "Content and appearance": "Does your integration feature another app? … Yes – Then the branding image sizes marked with a star above (400×272 px and 240×84 px) must contain both your logo and the app’s logo"

## images.slideshow-count
rule-images-slideshow-count = 1–5 imagens no carrossel
rule-images-slideshow-count-help = No manifest.json, liste de uma a cinco imagens de carrossel para cada idioma, em tour.tour_images.<idioma>.
rule-images-slideshow-count-why = O carrossel da tela de instalação é onde os usuários veem o widget funcionando antes de instalá-lo. Sem slides, eles não têm como avaliá-lo; e o marketplace aceita no máximo cinco.
rule-images-slideshow-count-bad =
    "tour": {"{"}
    "is_tour": true,
    "tour_images": {"{"}"en": []{"}"}
    {"}"}
rule-images-slideshow-count-good =
    "tour": {"{"}
    "is_tour": true,
    "tour_images": {"{"}"en": ["/images/tour_1_en.png", "/images/tour_2_en.png"]{"}"}
    {"}"}
rule-images-slideshow-count-source = Checklist, seção "Content and appearance": "You have provided 1-5 slideshow images"; veja https://developers.kommo.com/docs/manifest-json (tour.tour_images)

## images.slideshow-size
rule-images-slideshow-size = As imagens do carrossel têm 1188×616
rule-images-slideshow-size-help = Exporte cada imagem do carrossel com exatamente 1188×616 pixels.
rule-images-slideshow-size-why = Os slides aparecem em um quadro de tamanho fixo. Uma imagem de outro tamanho é redimensionada, esticada ou cortada, e o texto que ela contém fica difícil de ler.
rule-images-slideshow-size-bad = /images/tour_1_en.png: 1920×1080 px
rule-images-slideshow-size-good = /images/tour_1_en.png: 1188×616 px
rule-images-slideshow-size-source = Checklist, seção "Content and appearance": "Are 1188×616 pixels each in PNG format"

## images.slideshow-format
rule-images-slideshow-format = As imagens do carrossel são PNG (ou JPG no Kommo)
rule-images-slideshow-format-help = Salve cada imagem do carrossel em PNG (o Kommo também aceita JPG): um arquivo que seja realmente desse tipo, não um arquivo renomeado.
rule-images-slideshow-format-why = O marketplace pede os slides em PNG, que mantém nítidas as capturas de tela e o texto delas. Um arquivo em outro formato, mesmo renomeado para .png, pode nem ser exibido.
rule-images-slideshow-format-bad = /images/tour_1_en.png é uma imagem WebP que só teve o nome trocado para .png
rule-images-slideshow-format-good = /images/tour_1_en.png foi exportado como PNG
rule-images-slideshow-format-source = Checklist, seção "Content and appearance": "Are 1188×616 pixels each in PNG format"

## images.slideshow-files
rule-images-slideshow-files = As imagens do carrossel listadas existem
rule-images-slideshow-files-help = Adicione os arquivos de imagem que faltam ou corrija os caminhos deles em tour.tour_images (os caminhos começam com /, na raiz do widget).
rule-images-slideshow-files-why = Um slide que o manifest.json lista, mas que não está no zip, aparece como uma imagem quebrada na tela de instalação.
rule-images-slideshow-files-bad =
    "en": ["/images/tour1.png"]
    (o arquivo no zip é images/tour_1_en.png)
rule-images-slideshow-files-good = "en": ["/images/tour_1_en.png"]
rule-images-slideshow-files-source = Checklist, seção "Content and appearance": "You have provided 1-5 slideshow images"; veja https://developers.kommo.com/docs/manifest-json (os caminhos de tour_images começam com /, na raiz do widget)

## images.slideshow-quality
rule-images-slideshow-quality = O carrossel mostra a integração com clareza
rule-images-slideshow-quality-help = Confira o carrossel: ele deve mostrar o widget funcionando dentro do amoCRM/Kommo e o valor que ele traz, em imagens nítidas e fáceis de ler. Depois, marque o resultado deste item.
rule-images-slideshow-quality-why = Os slides são o primeiro contato dos usuários com o widget em funcionamento. Imagens borradas ou genéricas não mostram o que eles vão ganhar e fazem o widget parecer inacabado.
rule-images-slideshow-quality-bad = Uma foto de banco de imagens com um aperto de mãos e o logo por cima, e uma captura de tela borrada, reduzida a partir de uma tela grande
rule-images-slideshow-quality-good = Capturas de tela nítidas do widget funcionando no card de um lead do amoCRM, cada uma mostrando uma coisa que ele faz pelo usuário
rule-images-slideshow-quality-source = Checklist, seção "Content and appearance": "Visually show the integration’s functionality, how the integration will be seen within amoCRM, and its value to the user"; "Are good quality, and all compositions are clear and easy to see"

## images.no-foreign-words
rule-images-no-foreign-words = As imagens não têm palavras em outros idiomas
rule-images-no-foreign-words-help = Todas as palavras das imagens deste idioma devem estar neste idioma: troque a imagem que tiver palavras de outro idioma. As palavras são lidas automaticamente quando o Tesseract está instalado; sem ele, confira as imagens e marque este item.
rule-images-no-foreign-words-why = Um usuário que lê a página do widget em espanhol pode não ler inglês. Palavras em outro idioma nas imagens não são entendidas e fazem a tradução parecer inacabada.
rule-images-no-foreign-words-bad = Os slides em espanhol são capturas de tela de uma conta em inglês, com os botões "Save" e "Sync now"
rule-images-no-foreign-words-good = Os slides em espanhol são capturas de tela de uma conta em espanhol, com os botões "Guardar" e "Sincronizar ahora"
rule-images-no-foreign-words-source = Checklist, seção "Support & localization": "Your images do not contain words in other languages"

## l10n.locale-files
rule-l10n-locale-files = Um arquivo por idioma declarado, sem extras
rule-l10n-locale-files-help = Adicione um i18n/<idioma>.json para cada idioma de widget.locale e remova os arquivos de idioma que não estão declarados. Use só os idiomas do marketplace: o Kommo publica widgets em en, es, pt, tr e id (qualquer outro dá erro lá); o amoCRM, em ru, en, es e pt (qualquer outro fica marcado para você conferir).
rule-l10n-locale-files-why = O amoCRM pega os textos de cada idioma em i18n/<idioma>.json. Um idioma declarado sem o seu arquivo não tem textos para mostrar, um arquivo de um idioma não declarado nunca é usado, e um idioma que o marketplace não oferece não é mostrado a ninguém.
rule-l10n-locale-files-bad =
    "locale": ["en", "es"]
    i18n/en.json, i18n/pt.json
rule-l10n-locale-files-good =
    "locale": ["en", "es"]
    i18n/en.json, i18n/es.json
rule-l10n-locale-files-source = Checklist, seção "Development": "Your widget.zip contains the following files: manifest.json, i18n/*.json …"; https://developers.kommo.com/docs/i18n: "Kommo currently supports English, Spanish, Portuguese, Turkish and Indonesian languages, and the files should be named en.json, es.json, pt.json, tr.json and id.json"; amoCRM: https://www.amocrm.com/developers/content/integrations/structure/ diz "only two localizations are possible: Russian (ru) and English (en)", e a checklist mais recente cita "en.json, es.json or pt.json" — vale a mais recente

## l10n.keys-complete
rule-l10n-keys-complete = Tradução completa
rule-l10n-keys-complete-help = Adicione as chaves que faltam, para que todos os arquivos de idioma tenham as mesmas chaves.
rule-l10n-keys-complete-why = Um texto que falta em um arquivo de idioma falta para todos os usuários desse idioma: eles veem um rótulo vazio, ou o nome da chave, em vez do texto.
rule-l10n-keys-complete-bad =
    en.json: {"{"}"errors": {"{"}"offline": "Acme cannot be reached"{"}"}{"}"}
    es.json: {"{"}"errors": {"{"}{"}"}{"}"}
rule-l10n-keys-complete-good =
    en.json: {"{"}"errors": {"{"}"offline": "Acme cannot be reached"{"}"}{"}"}
    es.json: {"{"}"errors": {"{"}"offline": "No se puede conectar con Acme"{"}"}{"}"}
rule-l10n-keys-complete-source = Checklist, seção "Support & localization": "Your widget is fully translated and contains no words in other languages"; veja https://developers.kommo.com/docs/i18n (todos os arquivos de idioma têm as mesmas chaves)

## l10n.manifest-keys
rule-l10n-manifest-keys = Os textos do manifesto existem em todos os idiomas
rule-l10n-manifest-keys-help = Todo texto indicado no manifesto (widget.name, os nomes das configurações, …) precisa existir, e não estar vazio, em cada arquivo de idioma.
rule-l10n-manifest-keys-why = O nome, a descrição e os rótulos das configurações do widget vêm desses textos. Se um deles falta ou está vazio, o widget fica sem nome, ou um campo de configuração fica sem rótulo, nesse idioma.
rule-l10n-manifest-keys-bad =
    manifest.json: "name": "widget.name"
    es.json: {"{"}"widget": {"{"}"name": ""{"}"}{"}"}
rule-l10n-manifest-keys-good =
    manifest.json: "name": "widget.name"
    es.json: {"{"}"widget": {"{"}"name": "Calendario vía Acme"{"}"}{"}"}
rule-l10n-manifest-keys-source = Checklist, seção "Support & localization": "Your widget is fully translated"; veja https://developers.kommo.com/docs/i18n (os textos do manifesto são chaves que precisam estar em todos os arquivos de idioma)

## l10n.text-language
rule-l10n-text-language = Os textos estão no idioma do arquivo
rule-l10n-text-language-help = Traduza os textos que estão em outro idioma; o en.json não pode conter textos em russo.
rule-l10n-text-language-why = Quem usa um idioma pode não ler nenhum outro. Uma frase em russo esquecida no en.json não pode ser lida pela maioria dos usuários que falam inglês.
rule-l10n-text-language-bad = en.json: "save": "Сохранить настройки"
rule-l10n-text-language-good = en.json: "save": "Save settings"
rule-l10n-text-language-source = Checklist, seção "Support & localization": "Your widget is fully translated and contains no words in other languages"; seção "Development": "Your localization files contain text in the appropriate language (for example, the i18n / en.json file does not contain Russian texts and does not mention .ru domains)"

## l10n.hardcoded-text
rule-l10n-hardcoded-text = Sem textos escritos em scripts e modelos
rule-l10n-hardcoded-text-help = Tire dos scripts e dos modelos (templates) todo texto que o usuário vê, passe-o para os arquivos de idioma e exiba-o com self.i18n(…); em um modelo, receba o texto como dado e escreva {"{"}{"{"} … {"}"}{"}"}.
rule-l10n-hardcoded-text-why = Um rótulo de botão ou uma mensagem de erro escritos no script.js ou em um modelo aparecem exatamente como foram escritos para todos os usuários, seja qual for o idioma deles. Assim, usuários que falam inglês encontram palavras em russo que não conseguem ler, mesmo com os arquivos de idioma traduzidos.
rule-l10n-hardcoded-text-bad =
    $button.text('Сохранить');
    <p>Введите ключ API</p> (em settings.twig)
rule-l10n-hardcoded-text-good =
    $button.text(self.i18n('settings').save);
    <p>{"{"}{"{"} lang.api_key_hint {"}"}{"}"}</p>
rule-l10n-hardcoded-text-source = Checklist, seção "Support & localization": "Your widget is fully translated and contains no words in other languages"; https://pt-developers.kommo.com/docs/i18n: os arquivos de idioma "são usados na parte JavaScript do widget" por meio de self.i18n('key'), por exemplo self.i18n('widget').name

## l10n.untranslated
rule-l10n-untranslated = Os textos estão traduzidos, não copiados
rule-l10n-untranslated-help = Traduza os textos que são idênticos aos de outro idioma.
rule-l10n-untranslated-why = Um texto exatamente igual ao de outro arquivo de idioma geralmente nunca foi traduzido. Os usuários deste idioma o encontram em uma língua que talvez não saibam ler.
rule-l10n-untranslated-bad = es.json: "description": "Your meetings appear in the lead card." (igual ao en.json)
rule-l10n-untranslated-good = es.json: "description": "Tus reuniones aparecen en la tarjeta del lead."
rule-l10n-untranslated-source = Checklist, seção "Support & localization": "Your widget is fully translated and contains no words in other languages"

## l10n.privacy-policy
rule-l10n-privacy-policy = Link da política de privacidade neste idioma
rule-l10n-privacy-policy-help = Coloque um link para uma política de privacidade neste idioma (ou informe-a no formulário da integração), com a razão social da sua empresa.
rule-l10n-privacy-policy-why = Os usuários têm o direito de saber o que acontece com os dados deles, em um idioma que entendam. Uma política que eles não conseguem ler, ou a falta de uma política, não informa nada.
rule-l10n-privacy-policy-bad = O es.json só tem um link para https://acme.com/privacy, uma página em inglês
rule-l10n-privacy-policy-good = O es.json tem um link para https://acme.com/es/privacidad, a política de privacidade da Acme Software S.L. em espanhol
rule-l10n-privacy-policy-source = Checklist, seção "Support & localization": "You provided a link to a privacy policy in that language"

## l10n.link-domains
rule-l10n-link-domains = Os links levam a sites neste idioma
rule-l10n-link-domains-help = Troque os links para sites em outro idioma (por exemplo, domínios .ru nos arquivos en/es/pt) por páginas neste idioma.
rule-l10n-link-domains-why = Quem clica em um link de ajuda ou de suporte espera uma página que consiga ler. Um endereço .ru nos textos em inglês geralmente leva a uma página em russo.
rule-l10n-link-domains-bad = en.json: "help": "Setup guide: https://acme.ru/help"
rule-l10n-link-domains-good = en.json: "help": "Setup guide: https://acme.com/en/help"
rule-l10n-link-domains-source = Checklist, seção "Support & localization": "Every link in your integration leads to a resource in that language"; seção "Development": "All links in en.json, es.json or pt.json files lead to sites in English, Spanish or Portuguese"

## l10n.link-language
rule-l10n-link-language = As páginas dos links estão neste idioma
rule-l10n-link-language-help = Use links para páginas escritas neste idioma.
rule-l10n-link-language-why = Um link pode parecer certo e, mesmo assim, abrir uma página em outro idioma, por exemplo em um site que mostra tudo em inglês para todo mundo. Só a própria página diz em que idioma ela está.
rule-l10n-link-language-bad = O es.json tem um link para https://acme.com/help, que abre em inglês
rule-l10n-link-language-good = O es.json tem um link para https://acme.com/es/ayuda, que abre em espanhol
rule-l10n-link-language-source = Checklist, seção "Support & localization": "Every link in your integration leads to a resource in that language"; seção "Development": "All links in en.json, es.json or pt.json files lead to sites in English, Spanish or Portuguese"

## l10n.links-reachable
rule-l10n-links-reachable = Todos os links funcionam
rule-l10n-links-reachable-help = Corrija ou remova os links que não abrem.
rule-l10n-links-reachable-why = Um link que não abre, muitas vezes o da página de suporte ou de ajuda, deixa os usuários sem a ajuda prometida e faz o widget parecer abandonado.
rule-l10n-links-reachable-bad = "support": "https://acme.com/old-help" (a página responde 404 Not Found)
rule-l10n-links-reachable-good = "support": "https://acme.com/help" (a página abre)
rule-l10n-links-reachable-source = Checklist, seção "Support & localization": "Every link in your integration leads to a resource in that language"

## l10n.human-support
rule-l10n-human-support = Suporte humano neste idioma
rule-l10n-human-support-help = Garanta que o suporte por e-mail e por telefone neste idioma seja feito por pessoas. Depois, marque o resultado deste item.
rule-l10n-human-support-why = Quando algo dá errado, os usuários precisam de uma pessoa que entenda o problema e o idioma deles. Um robô, ou respostas em outro idioma, os deixam sem ajuda.
rule-l10n-human-support-bad = A página em espanhol indica um e-mail de suporte em que só um robô responde, e em inglês
rule-l10n-human-support-good = E-mails e ligações em espanhol são respondidos em espanhol, por uma pessoa
rule-l10n-human-support-source = Checklist, seção "Support & localization": "You offer human support in that language: If emailed, support will answer in that language; If called, support will answer in that language"

## l10n.local-formatting
rule-l10n-local-formatting = Formatos locais de datas, números e telefones
rule-l10n-local-formatting-help = Formate datas, horários, números, telefones e preços de acordo com a localidade do usuário (por exemplo, com o locale do moment ou com Intl.DateTimeFormat sem uma localidade fixa), em vez de fixar um único formato no código.
rule-l10n-local-formatting-why = 03/04/2025 quer dizer 3 de abril na maior parte da Europa e 4 de março nos EUA. Datas, números e telefones em um formato estrangeiro são lidos errado ou parecem estranhos para o usuário.
rule-l10n-local-formatting-bad = moment(deal.date).format('MM/DD/YYYY')
rule-l10n-local-formatting-good = moment(deal.date).format('L') // o formato de data da localidade do usuário
rule-l10n-local-formatting-source = Checklist, seção "Support & localization": "Your widget takes local formatting into account, such as dates and times, numbers, phone numbers, local holidays, taxes, etc."

## l10n.payments
rule-l10n-payments = Formas de pagamento para as Américas e a Europa
rule-l10n-payments-help = Se o widget é pago, ofereça formas de pagamento que funcionem na América do Norte, na América do Sul e na Europa. Depois, marque o resultado deste item.
rule-l10n-payments-why = O marketplace atende clientes na América do Norte, na América do Sul e na Europa. Um cliente que não consegue pagar com os meios disponíveis onde mora simplesmente não consegue usar um widget pago.
rule-l10n-payments-bad = Pagamento só por transferência para um banco de um único país
rule-l10n-payments-good = Pagamento com cartão ou PayPal, que funcionam na América do Norte, na América do Sul e na Europa
rule-l10n-payments-source = Checklist, seção "Support & localization": "If your widget is not free: You offer payment methods that work in North and South America and Europe"

## l10n.currency
rule-l10n-currency = Preços em USD ou EUR
rule-l10n-currency-help = Se o widget é pago, aceite pelo menos USD ou EUR. Depois, marque o resultado deste item.
rule-l10n-currency-why = USD e EUR são moedas em que clientes de qualquer mercado conseguem pagar e comparar preços. Um preço só em uma moeda local é difícil de avaliar e pode ser impossível de pagar.
rule-l10n-currency-bad = Preço: 990 ₽ por mês
rule-l10n-currency-good = Preço: US$ 12 ou € 11 por mês
rule-l10n-currency-source = Checklist, seção "Support & localization": "You can offer pricing in as many currencies as you want, but you at least support USD or Euros"

## dev.oauth2
rule-dev-oauth2 = Usa OAuth 2.0
rule-dev-oauth2-help = Conecte-se ao amoCRM/Kommo com OAuth 2.0 (as chaves e os escopos da integração), em vez de pedir aos usuários chaves de API, logins ou senhas.
rule-dev-oauth2-why = Um usuário que dá a um widget uma chave de API ou uma senha entrega acesso total à conta, e esse segredo fica guardado nas configurações do widget. O OAuth 2.0 concede só o acesso que o usuário permite, e o usuário pode revogá-lo a qualquer momento; o método por chave de API está obsoleto.
rule-dev-oauth2-bad =
    "settings": {"{"}
    "login": {"{"}"name": "settings.login", "type": "text"{"}"},
    "api_key": {"{"}"name": "settings.api_key", "type": "pass"{"}"}
    {"}"}
rule-dev-oauth2-good =
    "settings": {"{"}{"}"}
    (o acesso é concedido por OAuth 2.0, com as chaves e os escopos da integração)
rule-dev-oauth2-source = Checklist, seção "Development": "Your integration uses oAuth 2.0"; veja https://www.kommo.com/developers/content/integrations/requirements-for-public-integrations/ (o método por chave de API está obsoleto)

## dev.placeholders
rule-dev-placeholders = Não restam marcadores nem dados de teste
rule-dev-placeholders-help = Troque o que sobrou dos modelos e do desenvolvimento pelos valores reais do widget: textos como "Short description" ou lorem ipsum, endereços em example.com, em localhost ou numa rede privada, marcadores de build como {"{"}{"{"}BASE_PATH{"}"}{"}"} ou __VERSION__, e dados de teste como um "test-token" ou uma variável fakeData.
rule-dev-placeholders-why = Um texto de modelo mostra aos usuários que o widget não foi terminado. Um endereço em example.com ou na máquina do desenvolvedor não funciona para os usuários, e um marcador de build indica que a etapa do build que deveria preenchê-lo não foi executada. Os moderadores rejeitam widgets que vêm com dados de teste.
rule-dev-placeholders-bad =
    i18n/en.json: "short_description": "Short description"
    script.js: fetch('http://localhost:3000/api/deals')
rule-dev-placeholders-good =
    i18n/en.json: "short_description": "Deals on a calendar"
    script.js: fetch('https://api.acme.com/deals')
rule-dev-placeholders-source = Checklist, seção "Development": "You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration"

## files.readable
rule-files-readable = Todos os arquivos podem ser lidos com segurança
rule-files-readable-help = Gere o zip de novo a partir da pasta do widget: remova links simbólicos, caminhos com .. e arquivos grandes demais ou danificados.
rule-files-readable-why = O amo-preflight verifica widgets feitos por outras pessoas, por isso os lê com cuidado. Um arquivo que ele não consegue ler com segurança, como um link que aponta para fora da pasta, um caminho com .. ou um arquivo danificado ou grande demais, é ignorado, e o que depende dele fica sem verificação.
rule-files-readable-bad =
    conteúdo do widget.zip: manifest.json, ../../config.js,
    images (um link para /home/dev/images)
rule-files-readable-good =
    conteúdo do widget.zip: manifest.json, script.js,
    images/logo.png (arquivos comuns dentro do zip)
rule-files-readable-source = amo-preflight: não é um item da checklist; um widget precisa poder ser lido com segurança antes que qualquer item possa ser verificado

## files.zip-root
rule-files-zip-root = manifest.json na raiz do zip
rule-files-zip-root-help = Compacte o conteúdo da pasta do widget, e não a pasta em si: o manifest.json precisa ficar no nível mais alto do widget.zip.
rule-files-zip-root-why = O amoCRM procura o manifest.json no nível mais alto do widget.zip. Se os arquivos estão dentro de uma pasta, o widget não é encontrado e o envio falha.
rule-files-zip-root-bad =
    widget.zip
    └─ acme-calendar/
    {"   "}├─ manifest.json
    {"   "}└─ script.js
rule-files-zip-root-good =
    widget.zip
    ├─ manifest.json
    └─ script.js
rule-files-zip-root-source = Checklist, seção "Development": "Your widget.zip contains the following files: manifest.json …"; veja https://developers.kommo.com/docs/structure-widget (os arquivos ficam na raiz do zip, e não dentro de uma pasta)

## files.unused
rule-files-unused = Nenhum arquivo sem uso
rule-files-unused-help = Apague os arquivos que não são referenciados em lugar nenhum (manifesto, scripts, estilos, modelos) ou confira se o código os carrega: nomes montados durante a execução nem sempre podem ser rastreados.
rule-files-unused-why = Os moderadores examinam todos os arquivos do zip. Arquivos sem uso deixam a análise mais lenta e escondem o que o widget realmente faz.
rule-files-unused-bad =
    script.js
    script_old.js (nada o carrega)
    images/banner_draft.png (nada a exibe)
rule-files-unused-good = script.js
rule-files-unused-source = Checklist, seção "Development": "You’ve deleted any files, pictures and scripts that are not used in integration"

## files.dev-junk
rule-files-dev-junk = Sem dados de teste nem restos de desenvolvimento
rule-files-dev-junk-help = Apague estes arquivos de desenvolvimento do widget antes de compactá-lo.
rule-files-dev-junk-why = Pastas de controle de versão, configurações do editor, logs e source maps não têm utilidade para os usuários e podem expor caminhos privados, chaves ou código que ninguém analisou. Eles também deixam mais demorada a análise dos moderadores.
rule-files-dev-junk-bad =
    manifest.json, script.js,
    {"."}DS_Store, node_modules/, script.js.map
rule-files-dev-junk-good =
    manifest.json
    script.js
rule-files-dev-junk-source = Checklist, seção "Development": "You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration"

## files.utf8
rule-files-utf8 = Os arquivos de texto estão em UTF-8
rule-files-utf8-help = Salve estes arquivos em UTF-8 (na maioria dos editores: Salvar com codificação → UTF-8).
rule-files-utf8-why = O amoCRM lê os arquivos do widget como UTF-8. Um arquivo salvo em outra codificação, como Windows-1252 ou Windows-1251, mostra as letras acentuadas e cirílicas como caracteres sem sentido.
rule-files-utf8-bad = i18n/es.json salvo em Windows-1252: "Configuración" aparece como "Configuraci�n"
rule-files-utf8-good = i18n/es.json salvo em UTF-8: "Configuración" aparece como foi escrito
rule-files-utf8-source = Checklist, seção "Development": "All text files … are in UTF-8 encoding without BOM"

## files.no-bom
rule-files-no-bom = Arquivos de texto sem marca BOM
rule-files-no-bom-help = Salve estes arquivos em UTF-8 sem BOM.
rule-files-no-bom-why = A marca BOM (byte order mark) é formada por três bytes invisíveis no início de um arquivo. Leitores de JSON e scripts podem tomá-los por texto, e aí o manifest.json ou um arquivo de idioma pode não carregar.
rule-files-no-bom-bad = O manifest.json começa com os bytes invisíveis EF BB BF e só depois vem o {"{"}
rule-files-no-bom-good = O manifest.json começa direto com {"{"}
rule-files-no-bom-source = Checklist, seção "Development": "All text files … are in UTF-8 encoding without BOM"

## files.lf-endings
rule-files-lf-endings = Arquivos de texto com quebras de linha Unix
rule-files-lf-endings-help = Converta as quebras de linha destes arquivos para LF (Unix); a maioria dos editores tem uma opção de quebra de linha na barra de status.
rule-files-lf-endings-why = As quebras de linha do Windows (CR LF) acrescentam um caractere invisível no fim de cada linha, que pode acabar aparecendo em textos e modelos. A checklist pede quebras de linha Unix para que os arquivos sejam iguais em qualquer sistema.
rule-files-lf-endings-bad = script.js: toda linha termina com \r\n (Windows)
rule-files-lf-endings-good = script.js: toda linha termina com \n (Unix)
rule-files-lf-endings-source = Checklist, seção "Development": "All text files … also uses Unix line feed"

## files.references
rule-files-references = Os arquivos referenciados existem
rule-files-references-help = Adicione os arquivos que faltam ou corrija os caminhos que apontam para eles.
rule-files-references-why = Um modelo, uma imagem ou um estilo que o código carrega, mas que não está no zip, falha quando o widget é executado: os usuários veem um painel vazio ou uma imagem quebrada.
rule-files-references-bad =
    self.render({"{"}href: '/templates/settings.twig', base_path: self.params.path{"}"}, data)
    (o zip não tem templates/settings.twig)
rule-files-references-good =
    self.render({"{"}href: '/templates/form.twig', base_path: self.params.path{"}"}, data)
    (templates/form.twig está no zip)
rule-files-references-source = Checklist, seção "Development": "All style files required in documentation are included"; veja https://developers.kommo.com/docs/script-js (modelos, imagens e estilos são carregados dos próprios arquivos do widget)

## manifest.json-valid
rule-manifest-json-valid = manifest.json é um JSON válido
rule-manifest-json-valid-help = Corrija o erro de sintaxe na posição indicada (a causa mais comum é uma vírgula, uma aspa ou um colchete faltando).
rule-manifest-json-valid-why = O amoCRM fica sabendo tudo sobre o widget pelo manifest.json. Se ele não é um JSON válido, o envio falha, e nenhum outro item pode ser verificado.
rule-manifest-json-valid-bad =
    {"{"}
    {"  "}"widget": {"{"}"name": "widget.name"{"}"}
    {"  "}"locations": ["lcard-1"]
    {"}"}
rule-manifest-json-valid-good =
    {"{"}
    {"  "}"widget": {"{"}"name": "widget.name"{"}"},
    {"  "}"locations": ["lcard-1"]
    {"}"}
rule-manifest-json-valid-source = Documentação: o manifest.json precisa ser um JSON válido (JSON inválido é o erro de envio mais comum); veja https://developers.kommo.com/docs/manifest-json

## manifest.required-keys
rule-manifest-required-keys = manifest.json tem as chaves obrigatórias
rule-manifest-required-keys-help = Adicione ao manifest.json as chaves que faltam: widget (name, description, short_description, locale, installation), locations e settings. Quando tour.tour_images lista slides, defina tour.is_tour como true.
rule-manifest-required-keys-why = O amoCRM precisa dessas chaves para publicar e instalar o widget: o nome e os textos dele, os idiomas, se há uma etapa de instalação, onde ele aparece e quais são as configurações.
rule-manifest-required-keys-bad =
    "widget": {"{"}"name": "widget.name", "locale": ["en"]{"}"},
    "locations": ["lcard-1"]
rule-manifest-required-keys-good =
    "widget": {"{"}"name": "widget.name", "description": "widget.description",
    {"  "}"short_description": "widget.short_description", "locale": ["en"], "installation": true{"}"},
    "locations": ["lcard-1"], "settings": {"{"}{"}"}
rule-manifest-required-keys-source = Checklist, seção "Development": "Your manifest.json file contains: widget, name, description, short_description, locale, installation, locations, settings"; veja https://developers.kommo.com/docs/manifest-json (a tabela de propriedades dela, https://es-developers.kommo.com/docs/manifest-json, marca tour/is_tour como obrigatório, com true como único valor; todos os exemplos usam tour_images junto com "is_tour": true)

## manifest.locations
rule-manifest-locations = Só áreas (locations) válidas
rule-manifest-locations-help = Use só as áreas que o seu marketplace lista (lcard, ccard, comcard, llist, clist, tlist, settings, advanced_settings, digital_pipeline, widget_page, …; o Kommo não tem cucard, culist, whatsapp_modal nem amoforms) e remova as áreas que o widget não usa. Só as áreas de card e de lista aceitam -0 ou -1, e nunca os dois para a mesma área; no amoCRM, escreva sempre o final (lcard-1 para mostrar o widget no painel da direita, lcard-0 para não mostrar).
rule-manifest-locations-why = O marketplace só conhece as áreas que documenta: uma área desconhecida ou com erro de digitação é ignorada, e o widget não aparece onde deveria. Os finais -0 (só carregar) e -1 (carregar e mostrar um painel) existem só para as áreas de card e de lista, usar os dois para a mesma área é uma contradição, e os moderadores do amoCRM pedem que o final seja sempre escrito.
rule-manifest-locations-bad = "locations": ["lcard-0", "lcard-1", "settings-1", "lead_card"]
rule-manifest-locations-good = "locations": ["lcard-1", "settings"]
rule-manifest-locations-source = Documentação: as áreas que um widget pode usar e os finais -0/-1 das áreas de card e de lista: a "Table of connection areas" do Kommo em https://developers.kommo.com/docs/widget-locations e a lista do amoCRM em https://www.amocrm.ru/developers/content/integrations/areas; requisitos de moderação do amoCRM (https://www.amocrm.ru/developers/content/integrations/requirements): "необходимо сообщить нашей системе будет ли виджет использовать правую колонку … путём указания требуемой зоны с ключём 1 (clist-1, lcard-1 и тд)"

## manifest.location-blocks
rule-manifest-location-blocks = As áreas têm seus blocos complementares
rule-manifest-location-blocks-help = Adicione o bloco de que cada área precisa: digital_pipeline → dp.settings, advanced_settings → advanced.title, sms → sms.endpoint, mobile_card → mobile, widget_page → left_menu, salesbot_designer → salesbot_designer; e liste os cards em que o card_sdk funciona (lcard, ccard ou comcard).
rule-manifest-location-blocks-why = Algumas áreas precisam de mais do que o nome para funcionar: o Digital Pipeline precisa do bloco dp, um envio de SMS precisa do endpoint, uma página no menu esquerdo precisa da entrada left_menu. Sem o bloco, a área não pode ser configurada nem exibida.
rule-manifest-location-blocks-bad =
    "locations": ["advanced_settings"]
    (não há bloco "advanced")
rule-manifest-location-blocks-good =
    "locations": ["advanced_settings"],
    "advanced": {"{"}"title": "advanced.title"{"}"}
rule-manifest-location-blocks-source = Documentação: o bloco de que cada área precisa (dp, advanced, sms, mobile, left_menu, salesbot_designer); veja https://developers.kommo.com/docs/manifest-json e https://developers.kommo.com/docs/widget-locations (card_sdk: "you should also add lcard/ccard/comcard to work in the cards of the relevant entities"); https://developers.kommo.com/docs/widgets-dp: "the manifest.json file must specify the digital_pipeline scope and the dp/settings block"

## manifest.settings-types
rule-manifest-settings-types = Os campos de configuração têm tipos válidos
rule-manifest-settings-types-help = Dê a cada campo de configuração um destes tipos: text, pass, users, users_lp ou custom.
rule-manifest-settings-types-why = O amoCRM monta o formulário de configurações a partir desses tipos. Um campo de qualquer outro tipo não pode ser exibido, e os usuários não conseguem preenchê-lo.
rule-manifest-settings-types-bad = "api_url": {"{"}"name": "settings.api_url", "type": "url", "required": true{"}"}
rule-manifest-settings-types-good = "api_url": {"{"}"name": "settings.api_url", "type": "text", "required": true{"}"}
rule-manifest-settings-types-source = Documentação: os tipos de campo de configuração text, pass, users, users_lp e custom; veja https://developers.kommo.com/docs/field-types

## manifest.version
rule-manifest-version = A versão está no formato x.y ou x.y.z
rule-manifest-version-help = Defina widget.version com uma versão como 1.0.0 (ou 1.0) e aumente-a a cada envio.
rule-manifest-version-why = A versão avisa o amoCRM e os navegadores dos usuários de que o widget mudou. Sem uma versão nova, os navegadores podem continuar usando os arquivos antigos guardados no cache depois de uma atualização.
rule-manifest-version-bad = "version": "new"
rule-manifest-version-good = "version": "1.0.1"
rule-manifest-version-source = Documentação: widget.version, aumentada a cada envio para que os caches sejam atualizados; veja https://developers.kommo.com/docs/manifest-json

## manifest.secret-key
rule-manifest-secret-key = Nenhuma chave secreta no zip
rule-manifest-secret-key-help = Um widget novo não precisa de widget.code nem de widget.secret_key: o código é gerado quando a integração é enviada, e as chaves ficam nas configurações da integração. Mantenha esses campos só se este zip atualiza uma integração enviada antes da mudança para o amoMarket e ainda não convertida, que continua precisando deles até ser convertida; caso contrário, remova-os, porque o zip é público e uma chave enviada nele deixa de ser secreta.
rule-manifest-secret-key-why = Qualquer pessoa que tenha acesso ao zip pode ler uma chave escrita nele e se passar pela sua integração. Uma chave secreta só fica segura onde só você pode vê-la: nas configurações da integração.
rule-manifest-secret-key-bad =
    "widget": {"{"}
    {"  "}"code": "acme_calendar",
    {"  "}"secret_key": "Zq3vF8sLw0RkPj7TnXe2YbHc5UaMdG9i"
    {"}"}
rule-manifest-secret-key-good =
    "widget": {"{"}
    {"  "}"code": "acme_calendar"
    {"}"}
    (a chave secreta fica em Chaves e escopos, nas configurações da integração)
rule-manifest-secret-key-source = https://www.amocrm.com.kz/developers/content/integrations/upload: "для новых виджетов поля code и secret_key в manifest больше не требуются … Для обновления уже загруженных интеграций поля code и secret_key требуются, пока не будет произведена конвертация" (widgets novos não precisam mais de code e secret_key; as atualizações de integrações enviadas antes ainda precisam, até serem convertidas); amo-preflight: uma chave enviada no zip deixa de ser secreta

## ui.interfaces
rule-ui-interfaces = Altera só as interfaces permitidas
rule-ui-interfaces-help = Confira se o widget só altera as áreas que declara em locations. Depois, marque o resultado deste item.
rule-ui-interfaces-why = Os usuários e os próprios recursos do amoCRM contam com que cada página tenha a aparência e o funcionamento de sempre. Um widget que altera partes do amoCRM fora das próprias áreas pode quebrá-las ou confundir os usuários.
rule-ui-interfaces-bad = Um widget do card do lead que também esconde uma aba do card e muda o visual da página do funil
rule-ui-interfaces-good = O widget desenha só nas áreas que declara, como o painel dele no card do lead (lcard-1)
rule-ui-interfaces-source = Checklist, seção "Development": "Your integration only makes changes to interfaces included in this list" (a lista é uma página com link na checklist)

## ui.no-overlap
rule-ui-no-overlap = Não cobre os controles do amoCRM
rule-ui-no-overlap-help = Use o widget em cada uma das áreas dele e confira se ele nunca cobre os controles do amoCRM nem bloqueia o usuário. Depois, marque o resultado deste item.
rule-ui-no-overlap-why = Um widget que cobre botões ou captura cliques impede os usuários de trabalhar no amoCRM, e eles culpam o amoCRM por isso.
rule-ui-no-overlap-bad = Uma janela pop-up que cobre o botão Salvar do card e só fecha depois que o usuário a preenche
rule-ui-no-overlap-good = Um painel na coluna de widgets do card, que deixa livres todos os botões do amoCRM
rule-ui-no-overlap-source = Checklist, seção "Development": "The integration does not overlap amoCRM controls or prevent users from interacting with amoCRM"

## ui.settings-page
rule-ui-settings-page = Página de configurações: nome único, após as do amoCRM
rule-ui-settings-page-help = O widget adiciona uma página às Configurações: dê a ela um nome único e honesto e confira se ela fica depois das páginas do próprio amoCRM. Depois, marque o resultado deste item.
rule-ui-settings-page-why = Os administradores se orientam nas Configurações pelos nomes e pela ordem das páginas do amoCRM. Uma página com nome de página do sistema os engana, e uma página colocada antes das do amoCRM tira as páginas do sistema do lugar de sempre.
rule-ui-settings-page-bad = Uma página em Configurações chamada "Configurações gerais", exibida acima das páginas do próprio amoCRM
rule-ui-settings-page-good = Uma página em Configurações chamada "Agenda Acme", exibida depois das páginas do próprio amoCRM
rule-ui-settings-page-source = Checklist, seção "Development": "If it adds a page to the Settings section, then the page: Has a unique name that does not mislead users; Is located after amoCRM pages"

## ui.left-menu
rule-ui-left-menu = Menu esquerdo intacto
rule-ui-left-menu-help = Não altere o menu esquerdo; para adicionar uma página nele, use a área widget_page com um bloco left_menu.
rule-ui-left-menu-why = É pelo menu esquerdo que todo usuário navega pelo amoCRM. Um widget que adiciona, esconde ou muda o visual de itens ali por conta própria altera a navegação de todo mundo e quebra quando o amoCRM muda o menu.
rule-ui-left-menu-bad = $('#left_menu').append('<a href="/acme">Acme</a>');
rule-ui-left-menu-good =
    "locations": ["widget_page"],
    "left_menu": {"{"}"acme": {"{"}"title": "menu.title", "icon": "images/menu.svg"{"}"}{"}"}
rule-ui-left-menu-source = Checklist, seção "Development": "The integration does not change the amoCRM left menu bar, except for cases described in the documentation"; veja https://developers.kommo.com/docs/left-menu

## ui.bottom-position
rule-ui-bottom-position = Não fica fixo na parte inferior da tela
rule-ui-bottom-position-help = Não fixe o widget na parte inferior da tela.
rule-ui-bottom-position-why = Um elemento fixo na parte inferior da tela cobre parte de todas as páginas do amoCRM e aumenta a altura da interface, e os usuários precisam trabalhar desviando dele.
rule-ui-bottom-position-bad = {"."}acme-calendar .bar {"{"} position: fixed; bottom: 0; width: 100%; {"}"}
rule-ui-bottom-position-good = {"."}acme-calendar .bar {"{"} position: static; {"}"}
rule-ui-bottom-position-source = Checklist, seção "Development": "Your widget is not positioned at the bottom of the screen to extend the interface vertically"

## ui.drag-drop
rule-ui-drag-drop = Sem áreas de soltar no menu esquerdo nem no alto à direita
rule-ui-drag-drop-help = Coloque as áreas de soltar (drag & drop) longe do menu esquerdo e dos controles do sistema no alto à direita. Depois, marque o resultado deste item.
rule-ui-drag-drop-why = O menu esquerdo e o canto superior direito concentram a navegação do amoCRM e os botões do sistema, como configurações, salvar e importar. Uma área de soltar ali captura o que era destinado a eles ou atrapalha o uso deles.
rule-ui-drag-drop-bad = Os arquivos são soltos em uma área que se abre sobre o canto superior direito, por cima de Salvar e Importar
rule-ui-drag-drop-good = Os arquivos são soltos em uma área dentro do próprio painel do widget no card
rule-ui-drag-drop-source = Checklist, seção "Development": "If your integration uses drag & drop, the drop area is not located: In the amoCRM left menu bar; In the top right corner, where system controls such as settings, save, import, etc. are located"

## css.global-selectors
rule-css-global-selectors = Sem seletores CSS globais
rule-css-global-selectors-help = Coloque cada regra CSS sob a classe ou o id raiz do próprio widget, por exemplo .my-widget input {"{"} … {"}"}. Uma regra :root que só define variáveis gera um aviso, e não um erro: declare essas variáveis na raiz do widget.
rule-css-global-selectors-why = Os estilos de um widget valem para a página inteira do amoCRM, e não só para o widget. Uma regra para input muda todos os campos do amoCRM. Variáveis definidas em :root não estilizam nada sozinhas, mas os nomes delas são compartilhados com o amoCRM e com todos os outros widgets.
rule-css-global-selectors-bad = input {"{"} background: red; {"}"}
rule-css-global-selectors-good = {"."}acme-calendar input {"{"} background: red; {"}"}
rule-css-global-selectors-source = Checklist, seção "Development": "There is no manipulation with global CSS selectors" (não permitido: input {"{"} background: red; {"}"}). Variáveis em :root: https://developers.kommo.com/docs/dark-theme as permite ("if you have corporate colors, you can use custom variables"), por isso geram um aviso, e não um erro

## css.system-classes
rule-css-system-classes = Sem estilos para classes do amoCRM
rule-css-system-classes-help = Não estilize as classes do próprio amoCRM, a menos que o seletor comece pela raiz do seu widget.
rule-css-system-classes-why = Os botões, campos e menus do amoCRM usam essas classes em toda parte. Estilizá-las muda esses controles no sistema inteiro, e não só dentro do widget.
rule-css-system-classes-bad = {"."}control-select {"{"} color: red; {"}"}
rule-css-system-classes-good = {"."}acme-calendar .control-select {"{"} color: green; {"}"}
rule-css-system-classes-source = Checklist, seção "Development": "Your widget does not use the classes as our system in css files"; "All styles are specified relative to the root widget selector" (permitido: #amo_widget_code .control-select; não permitido: .control-select)

## css.root-scoped
rule-css-root-scoped = Todos os estilos relativos à raiz do widget
rule-css-root-scoped-help = Comece cada seletor pelo seletor raiz do widget.
rule-css-root-scoped-why = Uma classe como .header também pode existir no amoCRM ou em outro widget. Começar cada regra pela raiz do widget mantém os estilos do widget dentro dele.
rule-css-root-scoped-bad =
    {"."}acme-calendar .day {"{"} color: #333; {"}"}
    {"."}header {"{"} font-weight: bold; {"}"}
rule-css-root-scoped-good =
    {"."}acme-calendar .day {"{"} color: #333; {"}"}
    {"."}acme-calendar .header {"{"} font-weight: bold; {"}"}
rule-css-root-scoped-source = Checklist, seção "Development": "All styles are specified relative to the root widget selector"

## css.switcher-styles
rule-css-switcher-styles = Sem estilos para os interruptores
rule-css-switcher-styles-help = Remova os estilos e o código com switcher__on / switcher__off / switcher_on / switcher_off; não mude o visual dos interruptores do amoCRM. Se precisar de outra aparência, use uma caixa de seleção própria, com nomes de classe seus.
rule-css-switcher-styles-why = As classes switcher__on e switcher__off pertencem ao controle liga/desliga do próprio amoCRM. Estilos baseados nelas mudam esse controle, e o código que depende delas quebra quando o amoCRM altera o controle.
rule-css-switcher-styles-bad = {"."}acme-calendar .switcher__on {"{"} background: green; {"}"}
rule-css-switcher-styles-good = {"."}acme-calendar .acme-toggle--on {"{"} background: green; {"}"}
rule-css-switcher-styles-source = Checklist, seção "Development": "The integration code is not based on and does not contain any switcher styles (switcher__on, switcher__off)"

## css.palette-variables
rule-css-palette-variables = As variáveis --palette-* do tema não são redefinidas
rule-css-palette-variables-help = Use as variáveis --palette-* do tema com var(), por exemplo color: var(--palette-text-primary), mas não defina valores para elas. Para cores próprias, declare variáveis com o prefixo do seu widget na raiz dele, por exemplo .acme-calendar {"{"} --acme-accent: #0a84ff; {"}"}.
rule-css-palette-variables-why = Os temas claro e escuro do Kommo dão cor à interface por meio das variáveis --palette-*. Um widget que as redefine pode ficar com a aparência errada em um dos temas, ou quebrar quando o Kommo mudar as cores.
rule-css-palette-variables-bad = :root {"{"} --palette-background-primary: #ffffff; {"}"}
rule-css-palette-variables-good = {"."}acme-calendar {"{"} background: var(--palette-background-primary); --acme-accent: #0a84ff; {"}"}
rule-css-palette-variables-source = Kommo, https://developers.kommo.com/docs/dark-theme, seção Rules for Developers: "Use the provided variables to ensure consistency and avoid conflicts, but if you have corporate colors, you can use custom variables." e "Do not override predefined variables. This helps maintain style consistency and avoid incompatibilities with system updates."; o exemplo da página usa var(--palette-text-secondary-dark)

## code.commented-out
rule-code-commented-out = Sem código comentado
rule-code-commented-out-help = Apague o código comentado (o controle de versão guarda o código antigo); mantenha só os comentários que explicam alguma coisa.
rule-code-commented-out-why = Os moderadores leem todo o código do widget. Código antigo deixado em comentários atrasa a análise e os deixa em dúvida se ele ainda é executado em algum lugar.
rule-code-commented-out-bad =
    // background: #fafafa;
    // var a = AMOCRM.constant('account').id
rule-code-commented-out-good =
    // nossa cor característica
    // pega o id da conta
rule-code-commented-out-source = Checklist, seção "Development": "All comments are relevant and explanatory" (permitido: // our signature color; não permitido: // background: #fafafa;)

## js.syntax
rule-js-syntax = Sintaxe JavaScript correta
rule-js-syntax-help = Corrija o erro de sintaxe na posição indicada; o navegador para de ler o arquivo nesse ponto, e o widget não carrega.
rule-js-syntax-why = Um único erro de sintaxe impede o carregamento do script inteiro, e o widget não funciona em lugar nenhum.
rule-js-syntax-bad = var days = [1, 2, 3;
rule-js-syntax-good = var days = [1, 2, 3];
rule-js-syntax-source = Checklist, seção "Development": "All variables in the widget are declared before use and the syntax is correct"

## js.undeclared
rule-js-undeclared = Variáveis declaradas antes do uso
rule-js-undeclared-help = Declare o nome com var, let ou const na função que o usa (ou receba-o como dependência do define); se ele deve ser global, atribua-o uma única vez como window.name.
rule-js-undeclared-why = Uma variável que nunca foi declarada ou interrompe o script com um erro quando a linha é executada, ou vira, sem aviso, uma variável global que pode entrar em conflito com o amoCRM ou com outros widgets.
rule-js-undeclared-bad = total = items.length;
rule-js-undeclared-good = var total = items.length;
rule-js-undeclared-source = Checklist, seção "Development": "All variables in the widget are declared before use and the syntax is correct"

## js.debug-traces
rule-js-debug-traces = Sem alert, confirm nem saída de depuração
rule-js-debug-traces-help = Remova alert, confirm, prompt e debugger e mostre as mensagens na própria interface do widget; remova console.log, console.info, console.warn e outras saídas de depuração parecidas (console.error para erros reais pode ficar).
rule-js-debug-traces-why = alert e confirm travam a página do amoCRM até o usuário clicar, e debugger a interrompe quando as ferramentas de desenvolvedor do navegador estão abertas. Saídas esquecidas no console enchem o console do navegador e podem mostrar dados dos clientes.
rule-js-debug-traces-bad =
    alert('Saved');
    console.log(settings);
rule-js-debug-traces-good = $('.acme-calendar .status').text(self.i18n('messages').saved);
rule-js-debug-traces-source = Checklist, seção "Development": "You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration"

## js.console-debug
rule-js-console-debug = console.debug só para informações importantes
rule-js-console-debug-help = Mantenha console.debug só onde ele registra informações necessárias para o funcionamento do widget. Depois, marque o resultado deste item.
rule-js-console-debug-why = O console.debug é executado no navegador de todos os usuários. Só vale a pena manter mensagens que ajudam a encontrar problemas reais; despejar objetos inteiros polui o console e pode expor dados dos clientes.
rule-js-console-debug-bad = console.debug('here 2', lead);
rule-js-console-debug-good = console.debug('Acme: calendar sync failed, retrying in 30 s');
rule-js-console-debug-source = Checklist, seção "Development": "If console.debug is used, you only log information important for the widget to work."

## js.console-trace
rule-js-console-trace = console.trace só em catch ou onRejected
rule-js-console-trace-help = Chame console.trace só dentro de um bloco catch ou do handler onRejected de uma promise (.catch(fn), .then(ok, fn)), ou remova-o; uma função criada ali e executada mais tarde não conta.
rule-js-console-trace-why = O console.trace imprime uma pilha de chamadas inteira, o que só ajuda quando algo deu errado. Fora do tratamento de erros, ele enche o console toda vez que o código é executado.
rule-js-console-trace-bad =
    function save() {"{"}
    {"  "}console.trace('save');
    {"  "}…
    {"}"}
rule-js-console-trace-good =
    save().catch(function (error) {"{"}
    {"  "}console.trace(error);
    {"}"});
rule-js-console-trace-source = Checklist, seção "Development": "You do not use console.trace outside the following blocks: a) catch block; b) onRejected Promise Argument."

## js.amocrm-global
rule-js-amocrm-global = Não altera o objeto global AMOCRM
rule-js-amocrm-global-help = Use AMOCRM / APP só para leitura: guarde os dados do widget em variáveis próprias e nunca atribua valores aos objetos do amoCRM, nem apague ou altere nada neles.
rule-js-amocrm-global-why = O amoCRM e todos os widgets instalados leem o objeto AMOCRM. Alterá-lo pode quebrar páginas do amoCRM e outros widgets de formas difíceis de rastrear.
rule-js-amocrm-global-bad = AMOCRM.data.current_card.id = 0;
rule-js-amocrm-global-good = var cardId = AMOCRM.data.current_card.id;
rule-js-amocrm-global-source = Checklist, seção "Development": "The integration does not affect the data in the global variable AMOCRM"

## js.sync-requests
rule-js-sync-requests = Sem requisições síncronas
rule-js-sync-requests-help = Remova async: false e passe true (ou nada) como terceiro argumento de xhr.open; trate a resposta em um callback ou em uma promise.
rule-js-sync-requests-why = Uma requisição síncrona trava a página inteira do amoCRM até o servidor responder. Com um servidor lento, os usuários não conseguem clicar nem digitar nada enquanto isso.
rule-js-sync-requests-bad = $.ajax({"{"}url: url, async: false{"}"});
rule-js-sync-requests-good = $.ajax({"{"}url: url{"}"}).done(showEvents);
rule-js-sync-requests-source = Checklist, seção "Development": "The integration does not use synchronous requests"

## js.script-injection
rule-js-script-injection = Não injeta elementos script
rule-js-script-injection-help = Carregue todas as dependências pela lista define([...]) do script.js, em vez de criar elementos <script> ou usar $.getScript.
rule-js-script-injection-why = Um script adicionado desse jeito passa por fora do carregador de módulos do amoCRM: ele carrega sem ordem definida e fora das dependências declaradas do widget, e os moderadores não conseguem ver em um só lugar o que o widget executa.
rule-js-script-injection-bad =
    var s = document.createElement('script');
    s.src = 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js';
    document.head.appendChild(s);
rule-js-script-injection-good =
    define(['jquery', 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js'], function ($) {"{"}
    {"  "}…
    {"}"});
rule-js-script-injection-source = Checklist, seção "Development": "The integration does not include external dependency files through document.createElement (‘script’) and does not insert this element directly into the head"

## js.requirejs-deps
rule-js-requirejs-deps = Dependências externas via define
rule-js-requirejs-deps-help = Liste a dependência no define([...]) do script.js; não use import(), require() de URLs nem código baixado e executado com eval.
rule-js-requirejs-deps-why = O amoCRM carrega os widgets com RequireJS: as dependências listadas no define são carregadas uma única vez, em ordem, antes de o código do widget ser executado, e os moderadores veem todas em um só lugar. As outras formas de carregar código passam por fora disso.
rule-js-requirejs-deps-bad = import('https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js').then(draw);
rule-js-requirejs-deps-good =
    define(['https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js'], function (d3) {"{"}
    {"  "}…
    {"}"});
rule-js-requirejs-deps-source = Checklist, seção "Development": "All external dependencies are connected via requirejs in the dependency block in define."

## js.external-sources
rule-js-external-sources = Só bibliotecas públicas de CDNs confiáveis
rule-js-external-sources-help = Coloque o seu próprio código dentro do zip do widget e carregue-o por define([...]); pegue as bibliotecas públicas em code.jquery.com, ajax.googleapis.com, ajax.aspnetcdn.com ou yastatic.net (bibliotecas do jsDelivr, do cdnjs, da PageCDN ou do unpkg são permitidas, mas os moderadores verificam cada uma).
rule-js-external-sources-why = Um script carregado do servidor do próprio desenvolvedor pode mudar a qualquer momento depois da moderação, e os usuários acabariam executando código que ninguém analisou. Bibliotecas públicas em CDNs conhecidas são arquivos fixos, que os moderadores conhecem.
rule-js-external-sources-bad = define(['https://static.acme.com/d3.min.js', 'https://static.acme.com/acme-calendar.js'], …)
rule-js-external-sources-good =
    define(['https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js'], …)
    // o código da agenda da Acme faz parte dos próprios arquivos do widget
rule-js-external-sources-source = Checklist, seção "Development": "Additional plugins or other external connections to the widget are not loaded from external resources with the exception of public libraries"; "The integration uses only trusted CDS, if any."

## js.external-styles
rule-js-external-styles = Sem estilos de CDN com seletores globais
rule-js-external-styles-help = Não carregue folhas de estilo de outros sites que contenham seletores globais; copie os estilos de que você precisa para o seu próprio CSS, sob a raiz do widget.
rule-js-external-styles-why = Uma folha de estilo carregada de uma CDN vale para a página inteira do amoCRM, assim como os próprios estilos do widget. Uma folha que estiliza body, a ou input muda o visual de todo o amoCRM.
rule-js-external-styles-bad = $('head').append('<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">');
rule-js-external-styles-good =
    /* style.css: só os estilos de que o widget precisa */
    {"."}acme-calendar .btn {"{"} padding: 6px 12px; {"}"}
rule-js-external-styles-source = Checklist, seção "Development": "The integration does not connect styles from an external CDN if the requested file contains at least one global selector."

## js.eval
rule-js-eval = Não executa código de strings nem de iframes
rule-js-eval-help = Troque eval, new Function e timers com strings por funções comuns; nunca execute como código dados recebidos de um iframe ou de um servidor.
rule-js-eval-why = Código executado a partir de uma string, ou recebido de um iframe, nunca passou pelos moderadores. Quem controla esse texto pode executar qualquer coisa na sessão do usuário no amoCRM.
rule-js-eval-bad =
    window.addEventListener('message', function (e) {"{"}
    {"  "}eval(e.data);
    {"}"});
rule-js-eval-good =
    window.addEventListener('message', function (e) {"{"}
    {"  "}if (e.data.type === 'resize') resize(e.data.height);
    {"}"});
rule-js-eval-source = Checklist, seção "Development": "The integration does not execute code obtained from the iFrame"

## js.callbacks
rule-js-callbacks = render, init e bind_actions existem
rule-js-callbacks-help = Adicione a this.callbacks os callbacks render, init e bind_actions (cada um retornando true) e os que as suas áreas chamam: loadPreloadedData, loadElements, linkCard e searchDataInCard para card_sdk, advancedSettings para advanced_settings, initMenuPage para widget_page.
rule-js-callbacks-why = Quando mostra o widget, o amoCRM chama render, depois init e depois bind_actions. Se um deles falta, ou se render não retorna true, o widget não funciona nas áreas dele.
rule-js-callbacks-bad =
    this.callbacks = {"{"}
    {"  "}init: function () {"{"} return true; {"}"}
    {"}"};
rule-js-callbacks-good =
    this.callbacks = {"{"}
    {"  "}render: function () {"{"} return true; {"}"},
    {"  "}init: function () {"{"} return true; {"}"},
    {"  "}bind_actions: function () {"{"} return true; {"}"}
    {"}"};
rule-js-callbacks-source = Documentação: render, init e bind_actions são callbacks obrigatórios, cada um retornando true, e advancedSettings é o callback da página de configurações (https://developers.kommo.com/docs/script-js); https://developers.kommo.com/docs/card-sdk: "4 methods must be created in the callbacks object in the script.js file of the widget, loadPreloadedData, loadElements, linkCard, searchDataInCard"; initMenuPage para a página do menu esquerdo (https://developers.kommo.com/docs/left-menu)

## js.minified
rule-js-minified = O código é legível
rule-js-minified-help = Envie o código do próprio widget em forma legível (sem minificação, sem bundle, sem source maps). As bibliotecas podem ir empacotadas do jeito que são publicadas: confira se cada uma é uma biblioteca pública sem alterações, ou carregue-a por define([...]) a partir de uma CDN confiável.
rule-js-minified-why = Os moderadores precisam ler o código do próprio widget para aprová-lo. Código minificado ou ofuscado não pode ser analisado em um tempo razoável e esconde o que o widget faz.
rule-js-minified-bad = define(["jquery"],function(e){"{"}var t=function(){"{"}var n=this;this.callbacks={"{"}render:function(){"{"}return!0{"}"},…
rule-js-minified-good =
    define(['jquery'], function ($) {"{"}
    {"  "}var CustomWidget = function () {"{"}
    {"    "}var self = this;
    {"    "}…
rule-js-minified-source = Checklist, seção "Development": "The more readable and understandable your code is, the faster we will be able to check it."; veja https://www.amocrm.ru/developers/content/integrations/requirements (o código não pode ser minificado nem ofuscado, exceto as bibliotecas)
