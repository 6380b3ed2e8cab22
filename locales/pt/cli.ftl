# amo-preflight: messages of the cli part in pt.
cli-checking-links = Verificando links… { $done }/{ $total }
cli-warning = aviso: { $warning }
cli-cannot-write-file = não foi possível gravar { $path }: { $error }
cli-cannot-write-report = não foi possível gravar o relatório: { $error }
cli-no-window = não foi possível abrir a janela: { $error }
cli-about = Verifica um widget do marketplace do amoCRM / Kommo com base na checklist de publicação
cli-long-about =
    Verifica um widget do marketplace do amoCRM / Kommo com base na checklist de publicação.

    Sem comando, abre o aplicativo (com PATH, se indicado); `check` faz a verificação sem abrir janela.
cli-usage = Uso:
cli-arguments = Argumentos
cli-options = Opções
cli-commands = Comandos
cli-help = Mostrar a ajuda
cli-version = Mostrar a versão
cli-app-path = Uma pasta de widget ou um .zip para abrir no aplicativo.
cli-check-about = Verifica uma pasta de widget ou um widget.zip e informa o que impede a publicação.
cli-check-path = O widget: uma pasta, um .zip ou o manifest.json dele. Informe vários para verificá-los um após o outro.
cli-check-marketplace = Qual checklist aplicar: amocrm (o padrão) ou kommo.
cli-check-format = Como gravar o relatório: text (o padrão), json, markdown, html ou sarif.
cli-check-output = Gravar o relatório neste arquivo, em vez de mostrá-lo no terminal.
cli-check-fail-on = Sair com o código 1 quando um resultado estiver neste nível ou pior: fail (o padrão) ou warn.
cli-check-links = Abrir cada link pela internet: ele funciona, e a página está no idioma do texto?
cli-check-allow-private-hosts = Com --links: acessar também endereços de loopback, privados e link-local (páginas de intranet, servidores de teste locais).
cli-check-no-review = Deixar de fora as decisões que um revisor tomou no aplicativo sobre os itens verificados manualmente.
cli-check-root-selector = O seletor CSS da raiz do widget (por exemplo, `.my-widget`); se não for indicado, ele é procurado nos modelos, nos scripts e no manifesto.
cli-check-lang = O idioma das mensagens e da ajuda: en, ru, es ou pt. Se não for indicado: o idioma do sistema para text, Markdown e HTML, e inglês para JSON e SARIF.
cli-one-widget-only = Os relatórios JSON, SARIF e HTML, e --output, aceitam um widget por vez: verifique cada widget separadamente ou use --format text ou markdown para vários.
cli-check-quiet = Mostra só a linha de resumo de cada widget (formato de texto).
cli-check-verbose = Lista todos os resultados, inclusive os aprovados e os que não se aplicam (formato de texto).
cli-rules-about = Mostra o catálogo de regras: o que cada regra verifica, o que fazer, por quê e um exemplo.
cli-rules-format = Como mostrar: text (o padrão), json ou markdown (as tabelas de regras do README).
cli-rules-lang = O idioma dos textos: en, ru, es ou pt. Se não for indicado: o idioma do sistema para text e Markdown, e inglês para JSON.
cli-fix-about = Grava um novo widget.zip com o que uma máquina consegue corrigir já corrigido; o próprio widget nunca é alterado.
cli-fix-path = O widget: uma pasta, um .zip ou o manifest.json dele.
cli-fix-output = O novo zip a gravar (não o próprio widget, nem dentro da pasta dele).
cli-fix-marketplace = Qual checklist aplicar: amocrm (o padrão) ou kommo.
cli-fix-keep = Manter os arquivos que correspondem a este padrão e que ficariam de fora (por exemplo, `docs/**`); pode ser indicado mais de uma vez.
cli-fix-dry-run = Dizer o que mudaria e verificar o resultado, sem gravar nada.
cli-fix-format = Como informar: text (o padrão) ou json (as alterações e o relatório do novo zip).
cli-fix-lang = O idioma do resumo: en, ru, es ou pt. Se não for indicado, o do sistema para texto, e inglês para JSON.
cli-completions-about = Mostra o autocompletar para bash, zsh, fish, elvish ou PowerShell.
cli-completions-shell = O shell: bash, zsh, fish, elvish ou powershell.
cli-man-about = Mostra a página do manual, ou grava uma por comando em uma pasta.
cli-man-output-dir = Em vez de mostrá-la, grava amo-preflight.1 e uma página por comando nesta pasta.
