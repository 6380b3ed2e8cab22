# amo-preflight: messages of the widget part in pt.

## The widget could not be opened at all

widget-open-not-found = { $path }: esse arquivo ou pasta não existe
widget-open-unreadable = { $path }: não foi possível ler: { $reason }
widget-open-not-zip = { $path }: não é um arquivo zip legível ({ $reason })
widget-open-no-manifest = { $path }: manifest.json não encontrado
widget-open-no-manifest-hint = { $path }: manifest.json não encontrado ({ $hint })
widget-open-internal = { $path }: a verificação parou por causa de um erro interno; isso é um bug do amo-preflight: por favor, relate o problema
widget-hint-sub-folder = ele está na subpasta { $folder }/; abra essa pasta
widget-hint-top-level = na pasta de um widget, o manifest.json fica no nível principal
widget-hint-zip = o arquivo zip não contém nenhum manifest.json

## Why a file or the input could not be read

widget-reason-not-regular = não é um arquivo comum nem uma pasta
widget-reason-permission-denied = permissão negada
# The system's or the zip reader's own words, when there are no plainer ones.
widget-reason-system = { $detail }
widget-reason-cut-short = o arquivo está incompleto
widget-reason-damaged = o arquivo está danificado, incompleto ou não é um zip
widget-reason-password = o arquivo está protegido por senha e não pode ser lido
widget-reason-unsupported = o zip usa um recurso sem suporte: { $feature }
widget-reason-compression = método de compressão sem suporte: { $method }

## manifest.json and the language files

widget-file-unread = { $path } não pôde ser lido (veja files.readable)
widget-file-not-utf8 = { $path } não é texto UTF-8; salve-o como UTF-8
widget-file-utf16 = { $path } está salvo como UTF-16; salve-o como UTF-8
widget-file-too-large = { $path } tem { $size } MiB, grande demais para ser lido (o limite para o manifesto e os arquivos de idioma é { $limit } MiB; eles costumam ter poucos KB)
widget-file-invalid-json = { $path } não é um JSON válido: { $problem }

## What is wrong in a JSON file

widget-json-empty = o arquivo está vazio
widget-json-bom = o arquivo começa com uma marca de ordem de bytes (BOM); salve-o como UTF-8 sem BOM
widget-json-only-whitespace = o arquivo está vazio: só contém espaços em branco
widget-json-text-after = há texto depois do fim do JSON
widget-json-comment = JSON não aceita comentários
widget-json-unclosed-object = o arquivo termina antes do esperado: um objeto não foi fechado (ele começa na linha { $line }, coluna { $column })
widget-json-unclosed-array = o arquivo termina antes do esperado: uma lista (array) não foi fechada (ela começa na linha { $line }, coluna { $column })
widget-json-unclosed-string = o arquivo termina antes do esperado: uma string não foi fechada (ela começa na linha { $line }, coluna { $column })
widget-json-too-deep =
    { $max ->
        [one] mais de { $max } nível de aninhamento
       *[other] mais de { $max } níveis de aninhamento
    }
widget-json-end-expected-value = o arquivo termina antes do esperado: era esperado um valor
widget-json-end-expected-key = o arquivo termina antes do esperado: era esperada uma chave
widget-json-single-quotes = strings devem estar entre aspas duplas `"`, e não simples `'`
widget-json-curly-quotes = strings devem estar entre aspas duplas retas `"`, e não `{ $quote }`
widget-json-leading-point = um número deve começar com um algarismo (escreva `0.5`, e não `.5`)
widget-json-leading-plus = um número não pode começar com `+`
widget-json-bare-word = `{ $word }` não é um valor JSON: texto deve estar entre aspas duplas, e só `true`, `false` e `null` podem ser escritos sem elas
widget-json-expected-value = era esperado um valor, mas foi encontrado { $found }
widget-json-expected-colon = era esperado `:` depois da chave de um objeto
widget-json-key-single-quotes = as chaves de um objeto devem estar entre aspas duplas `"`, e não simples `'`
widget-json-key-unquoted = as chaves de um objeto devem estar entre aspas duplas `"`
widget-json-expected-first-key = era esperada uma chave entre aspas duplas ou `{"}"}`, mas foi encontrado { $found }
widget-json-expected-key = era esperada uma chave entre aspas duplas depois de `,`, mas foi encontrado { $found }
widget-json-trailing-comma = vírgula sobrando antes de `{ $bracket }`
widget-json-expected-comma-member = era esperado `,` ou `{"}"}` depois de um membro do objeto
widget-json-expected-comma-item = era esperado `,` ou `]` depois de um item da lista
widget-json-line-break-in-string = uma string não pode continuar na linha seguinte; falta uma `"` de fechamento? (escreva `\n` para uma quebra de linha dentro da string)
widget-json-tab-in-string = uma string não pode conter um caractere de tabulação literal; escreva-o como `\t`
widget-json-control-in-string = uma string não pode conter o caractere de controle { $code }
widget-json-bad-unicode-escape = `\u` em uma string deve ser seguido de quatro dígitos hexadecimais
widget-json-bad-escape = sequência de escape inválida { $escape } em uma string; só são permitidos \" \\ \/ \b \f \n \r \t e \uXXXX (escreva `\\` para uma barra invertida)
widget-json-escape = `\{ $char }`
widget-json-escape-invisible = `\` seguida de { $found }
widget-json-leading-zero = um número não pode começar com 0 seguido de outros algarismos (sem zeros à esquerda)
widget-json-digit-after-minus = era esperado um algarismo depois de `-`
widget-json-digit-after-point = era esperado um algarismo depois do ponto decimal
widget-json-digit-in-exponent = era esperado um algarismo no expoente do número
widget-json-invalid-number = número inválido
widget-json-number-too-large = o número é grande demais
widget-json-char = `{ $char }`
widget-json-invisible-char = o caractere invisível { $code }

## Decoding an image.
widget-image-too-large = { $size } é grande demais para ser aberta
widget-image-unreadable = não foi possível ler a imagem: { $error }
widget-image-undecodable = não foi possível decodificar a imagem: { $error }
