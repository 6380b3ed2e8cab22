# amo-preflight: messages of the js part in pt.

## Shared by the JavaScript rules

js-no-scripts = O widget não tem arquivos JavaScript.
js-code = { $code }
js-listing =
    { $more ->
        [0] { $headline }: { $items }.
       *[other] { $headline }: { $items } e mais { $more }.
    }
js-listing-item = { $what } ({ $at })
js-and = { $first } e { $last }

## js.syntax

js-syntax-pass =
    { $n ->
        [0] Todo o JavaScript é lido sem erros (0 arquivos).
        [one] Todo o JavaScript é lido sem erros ({ $n } arquivo).
       *[other] Todo o JavaScript é lido sem erros ({ $n } arquivos).
    }
js-syntax-errors =
    { $n ->
        [one] { $n } erro de sintaxe no JavaScript
       *[other] { $n } erros de sintaxe no JavaScript
    }
js-syntax-parser = { $error }
js-syntax-too-large = o arquivo tem { $size } MiB, grande demais para ser analisado (o limite é { $limit } MiB por script); ele não foi analisado
js-syntax-too-deep = o código tem cerca de { $depth } níveis de aninhamento (parênteses ou operadores encadeados), profundo demais para ser lido com segurança; ele não foi analisado

## js.debug-traces, js.console-debug, js.console-trace

js-debug-dialog = { $name }() abre uma caixa de diálogo do navegador
js-debug-console = console.{ $method }() escreve no console do navegador
js-debug-trace-outside = console.trace() fora de um bloco catch ou de um manipulador de rejeição
js-debug-trace-handled = console.trace() no tratamento de erros
js-debug-debugger = uma instrução debugger pausa a página nas ferramentas de desenvolvedor
js-trace-none = Os scripts não chamam console.trace.
js-trace-pass =
    { $n ->
        [one] console.trace é chamado { $n } vez, dentro de um bloco catch ou de um manipulador de rejeição.
       *[other] console.trace é chamado { $n } vezes, sempre dentro de um bloco catch ou de um manipulador de rejeição.
    }
js-trace-fail =
    { $n ->
        [one] console.trace é chamado fora do tratamento de erros em { $n } lugar
       *[other] console.trace é chamado fora do tratamento de erros em { $n } lugares
    }
js-traces-stop =
    { $n ->
        [one] Os scripts interrompem o usuário ou a página em { $n } lugar
       *[other] Os scripts interrompem o usuário ou a página em { $n } lugares
    }
js-traces-console =
    { $n ->
        [one] Os scripts escrevem no console do navegador em { $n } lugar
       *[other] Os scripts escrevem no console do navegador em { $n } lugares
    }
js-traces-pass = Não há alert, confirm, instruções debugger nem saída no console.
js-debug-none = Os scripts não chamam console.debug.
js-debug-found =
    { $n ->
        [one] console.debug é chamado em { $n } lugar; verifique se ele registra só as informações necessárias para o widget funcionar
       *[other] console.debug é chamado em { $n } lugares; verifique se cada chamada registra só as informações necessárias para o widget funcionar
    }

## js.eval (and js.requirejs-deps, for code downloaded and run)

js-eval-eval = eval() executa uma string como código
js-eval-function = Function() cria uma função a partir de uma string
js-eval-new-function = new Function() cria uma função a partir de uma string
js-eval-timer = { $timer }() recebe uma string, que é executada como código
js-eval-from-iframe = { $what }, dentro de um manipulador de mensagens: dados recebidos de outra janela (um iframe) podem ser executados como código
js-eval-response = eval recebe a resposta de uma requisição de rede
js-eval-listener = manipulador de mensagens
js-eval-pass = Nenhum código é executado a partir de strings.
js-eval-pass-listeners =
    { $n ->
        [one] Nenhum código é executado a partir de strings. Os scripts recebem mensagens de outras janelas (iframes) em { $n } lugar; nenhum desses dados é executado como código.
       *[other] Nenhum código é executado a partir de strings. Os scripts recebem mensagens de outras janelas (iframes) em { $n } lugares; nenhum desses dados é executado como código.
    }
js-eval-fail =
    { $n ->
        [one] Os scripts executam código a partir de strings em { $n } lugar
       *[other] Os scripts executam código a partir de strings em { $n } lugares
    }
js-deps-downloaded-code = código baixado por uma requisição de rede é executado com eval ou Function em vez de ser carregado por define
js-deps-downloaded-eval = código baixado por uma requisição de rede é executado com eval em vez de ser carregado por define

## js.callbacks

js-callbacks-no-script = O widget não tem script.js, então não há callbacks para verificar.
js-callbacks-handed-on = {" "}(repassado por { $file })
js-callbacks-pass = this.callbacks{ $handed_on } tem { $all }.
js-callbacks-unread = Não foi possível encontrar { $missing } em this.callbacks de { $file }{ $handed_on }, mas { $unread }, e a definição pode vir daí: verifique se está tudo lá.{ $why }
js-callbacks-unread-spread = this.callbacks recebe chaves de um spread (...)
js-callbacks-unread-runtime = o nome de um módulo é montado durante a execução ({ $code })
js-callbacks-unread-missing =
    { $n ->
        [one] ele carrega { $modules }, que não está no widget
       *[other] ele carrega { $modules }, que não estão no widget
    }
js-callbacks-see-location = veja o local indicado
js-callbacks-lacks = this.callbacks de { $file }{ $handed_on } não inclui { $missing }.{ $why } O amoCRM chama render, init e bind_actions em sequência; sem eles o widget não funciona nas suas áreas.
js-callbacks-lacks-help = Adicione { $missing } a this.callbacks; render, init e bind_actions precisam retornar true (mesmo quando não há nada a fazer).
js-callbacks-why =
    { $n ->
        [one] {" "}{ $names } é chamado em { $location }, que consta no manifest.json.
       *[other] {" "}{ $names } são chamados em { $location }, que consta no manifest.json.
    }
js-callbacks-unparsed = { $file } não pôde ser lido por completo (veja js.syntax), então os callbacks dele não foram verificados.
js-callbacks-runtime-module = { $file } repassa para um módulo cujo nome é montado durante a execução ({ $code }), então não é possível saber se ele define { $all }; verifique se estão lá.
js-callbacks-modules = { $file } repassa para { $modules }, e nenhum módulo carregado define this.callbacks de um jeito que possa ser lido; verifique se { $all } estão lá.
js-callbacks-missing = { $file } não define this.callbacks, então o amoCRM não encontra { $all }.

## js.amocrm-global

js-amocrm-replaced = { $name } é substituído
js-amocrm-assigned = uma propriedade de { $name } recebe um valor
js-amocrm-incremented = uma propriedade de { $name } é incrementada ou decrementada
js-amocrm-deleted = uma propriedade de { $name } é excluída
js-amocrm-array = { $method }() altera um array de { $name }
js-amocrm-merged = { $function }() altera { $name }
js-amocrm-pass = AMOCRM e APP só são lidos, nunca alterados.
js-amocrm-fail =
    { $n ->
        [one] Os scripts alteram o objeto global do amoCRM em { $n } lugar
       *[other] Os scripts alteram o objeto global do amoCRM em { $n } lugares
    }

## js.undeclared

js-undeclared-pass = Todas as variáveis usadas pelos scripts estão declaradas ou são globais conhecidas.
js-undeclared-assigned =
    { $n ->
        [one] A variável { $name } recebe um valor sem ter sido declarada, o que cria uma variável global por acidente ({ $n } uso).
       *[other] A variável { $name } recebe um valor sem ter sido declarada, o que cria uma variável global por acidente ({ $n } usos).
    }
js-undeclared-used =
    { $n ->
        [one] A variável { $name } é usada, mas nunca foi declarada ({ $n } uso).
       *[other] A variável { $name } é usada, mas nunca foi declarada ({ $n } usos).
    }
js-undeclared-more =
    { $n ->
        [one] Mais { $n } variável não declarada: { $names }.
       *[other] Mais { $n } variáveis não declaradas: { $names }.
    }

## js.sync-requests

js-sync-async-false = { $function }() com async: false
js-sync-open = open(method, url, false) torna a requisição síncrona
js-sync-options = opções de requisição com async: false
js-sync-pass = Nenhuma requisição é síncrona.
js-sync-fail =
    { $n ->
        [one] Os scripts enviam requisições síncronas, que travam o amoCRM até a resposta chegar, em { $n } lugar
       *[other] Os scripts enviam requisições síncronas, que travam o amoCRM até a resposta chegar, em { $n } lugares
    }

## js.script-injection

js-injection-create = createElement('script') cria um elemento script
js-injection-get-script = { $function }() carrega e executa um script
js-injection-tag = uma string com uma tag <script>
js-injection-pass = Nenhum elemento script é criado ou injetado.
js-injection-fail =
    { $n ->
        [one] Os scripts adicionam elementos script à página em { $n } lugar
       *[other] Os scripts adicionam elementos script à página em { $n } lugares
    }

## js.requirejs-deps

js-deps-require = require() carrega { $url } fora das dependências de define([...])
js-deps-import = import() carrega um módulo fora das dependências de define([...])
js-deps-pass = O código externo só é carregado por define([...]).
js-deps-fail =
    { $n ->
        [one] Os scripts carregam código fora de define([...]) em { $n } lugar
       *[other] Os scripts carregam código fora de define([...]) em { $n } lugares
    }

## What loads a script or a stylesheet (labels of the evidence)

js-how-define = dependência de define()
js-how-require-config = caminhos de require.config
js-how-script-src = src de um elemento script
js-how-link-href = href de um elemento link
js-how-script-in-string = <script src> em uma string
js-how-link-in-string = <link> em uma string
js-how-script-in-template = <script src> em um modelo
js-how-link-href-in-template = <link href> em um modelo
js-how-link-in-template = <link> em um modelo

## js.external-sources

js-sources-read-from = o endereço de um módulo é lido de { $store }
js-sources-page-address = o endereço da página
js-sources-na = O widget não tem arquivos JavaScript, e os modelos dele não carregam scripts.
js-sources-none = Nenhum script é carregado de outro site.
js-sources-override = { $places }: uma chave de depuração que permite a quem a ativar executar o próprio código como se fosse o widget. Carregue o módulo só pelo caminho dele dentro do widget.
js-sources-development =
    { $n ->
        [one] { $n } script é carregado de { $hosts }, um endereço no computador ou na rede do desenvolvedor que os usuários não conseguem acessar. Carregue o módulo a partir dos arquivos do próprio widget.
       *[other] { $n } scripts são carregados de { $hosts }, um endereço no computador ou na rede do desenvolvedor que os usuários não conseguem acessar. Carregue o módulo a partir dos arquivos do próprio widget.
    }
js-sources-untrusted =
    { $n ->
        [one] { $n } script é carregado de { $hosts }, que { $host_count ->
            [1] não é uma CDN confiável para bibliotecas públicas.
           *[other] não são CDNs confiáveis para bibliotecas públicas.
        }
       *[other] { $n } scripts são carregados de { $hosts }, que { $host_count ->
            [1] não é uma CDN confiável para bibliotecas públicas.
           *[other] não são CDNs confiáveis para bibliotecas públicas.
        }
    }
js-sources-checked = Há bibliotecas carregadas de { $hosts }: isso é permitido, mas os moderadores vão verificar cada biblioteca vinda de lá. Confirme que cada uma é uma biblioteca pública, sem alterações.
js-sources-pass = Os scripts de outros sites vêm só de CDNs confiáveis ({ $hosts }).

## general.no-auto-install

js-install-presses = { $method }() aciona pelo código o controle de instalação { $control }
js-install-pass = Nenhum código aciona o controle de instalar ou desinstalar.
js-install-fail =
    { $n ->
        [one] Os scripts acionam sozinhos o controle de instalar ou desinstalar em { $n } lugar
       *[other] Os scripts acionam sozinhos o controle de instalar ou desinstalar em { $n } lugares
    }

## code.commented-out (the JavaScript half)

js-comments-code = `{ $code }`
js-comments-na = JavaScript: o widget não tem arquivos JavaScript.
js-comments-pass = JavaScript: os comentários explicam; nenhum contém código comentado.
js-comments-fail =
    { $n ->
        [one] JavaScript: { $n } comentário contém código comentado
       *[other] JavaScript: { $n } comentários contêm código comentado
    }

## js.minified

js-minified-source-map = ele aponta para um source map, então foi gerado a partir de outros arquivos-fonte
js-minified-long-line = a linha { $line } tem { $length } caracteres
js-minified-whitespace = só { $percent }% dele são espaços em branco
js-minified-reasons = { $reasons }
js-minified-file = { $file } parece minificado ou gerado: { $reasons }.
js-minified-pass =
    { $n ->
        [0] O JavaScript parece legível (0 arquivos).
        [one] O JavaScript parece legível ({ $n } arquivo).
       *[other] O JavaScript parece legível ({ $n } arquivos).
    }
js-minified-not-listed =
    { $n ->
        [one] {" "}{ $n } ocorrência no código empacotado não é do widget e não foi listada.
       *[other] {" "}{ $n } ocorrências no código empacotado não são do widget e não foram listadas.
    }
js-minified-opaque = { $file } foi gerado pelo webpack, e os módulos dele não podem ser separados (sem nomes de módulo nem source map), então o código próprio do widget dentro dele não pode ser lido.{ $not_listed } Envie os arquivos-fonte legíveis do widget.
js-minified-bundle = { $file } foi gerado por um bundler a partir de outros arquivos-fonte: as partes vindas dos arquivos-fonte do próprio widget foram verificadas, as partes de bibliotecas ({ $libraries }) não.{ $not_listed } Envie os arquivos-fonte legíveis do widget.
js-minified-no-libraries = nenhuma
js-minified-library = { $name } ({ $file })
js-minified-libraries = O widget inclui bibliotecas de terceiros: { $libraries }. Elas não são avaliadas como código do widget; confirme que cada uma é uma biblioteca pública, sem alterações.{ $not_listed }
js-minified-evidence-library = biblioteca

## Why a script is build tooling, not the widget's code (for files.dev-junk)

js-tooling-configures = { $name } configura o build
js-tooling-command = ele começa com #!, como um comando
js-tooling-node-module = ele carrega o módulo { $module } do Node
