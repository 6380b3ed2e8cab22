# amo-preflight: messages of the css part in pt.

## Lists and their items

css-list = { $items }
css-list-more = { $items } e mais { $more }
css-item-code = `{ $code }`
css-item = `{ $code }` ({ $place })
css-item-why = `{ $code }` ({ $place }, { $why })
css-item-styles = `{ $code }` ({ $place }, estiliza { $classes })
css-item-plain = { $name } ({ $place })

## What was read

css-read-sheets =
    { $sheets ->
        [one] { $sheets } folha de estilo
       *[other] { $sheets } folhas de estilo
    }
css-read-blocks =
    { $blocks ->
        [one] { $blocks } bloco <style>
       *[other] { $blocks } blocos <style>
    } de { $templates ->
        [one] { $templates } modelo
       *[other] { $templates } modelos
    }
css-read-sheets-and-blocks =
    { $sheets ->
        [one] { $sheets } folha de estilo
       *[other] { $sheets } folhas de estilo
    } e { $blocks ->
        [one] { $blocks } bloco <style>
       *[other] { $blocks } blocos <style>
    }
css-no-css = O widget não tem CSS: nenhum arquivo .css e nenhum bloco <style> nos modelos.

## Selectors that name no class or id

css-generic-element = o seletor de elemento { $name }
css-generic-universal = o seletor universal *
css-generic-root = o seletor :root
css-generic-attribute = um seletor de atributo
css-generic-pseudo-class = uma pseudoclasse
css-generic-pseudo-element = um pseudoelemento

## Evidence

css-evidence-unparsed = não pôde ser analisado
css-evidence-too-large = { $size } MiB de CSS, grande demais para analisar (o limite é { $limit } MiB por folha de estilo)
css-evidence-root = raiz do widget

## code.commented-out, CSS part

css-comments-prefix = CSS: { $message }
css-comments-none = nenhum comentário em { $read }.
css-comments-no-code =
    { $total ->
        [one] o único comentário em { $read } não é CSS comentado.
       *[other] nenhum dos { $total } comentários em { $read } é CSS comentado.
    }
css-comments-found =
    { $n ->
        [one] { $n } comentário contém CSS comentado: { $items }.
       *[other] { $n } comentários contêm CSS comentado: { $items }.
    }

## css.global-selectors

css-global-root-variables =
    { $n ->
        [one] { $n } regra `:root` só define variáveis ({ $names }). Sozinhas, elas não estilizam nada, mas valem para a página inteira do amoCRM, onde o amoCRM ou outro widget podem usar os mesmos nomes.
       *[other] { $n } regras `:root` só definem variáveis ({ $names }). Sozinhas, elas não estilizam nada, mas valem para a página inteira do amoCRM, onde o amoCRM ou outro widget podem usar os mesmos nomes.
    }
css-global-root-variables-help = Declare as variáveis na raiz do seu widget, por exemplo `{ $example } {"{"} --my-widget-accent: #0a84ff; {"}"}`; assim elas valem só dentro do widget.
css-global-fail =
    { $n ->
        [one] { $n } seletor estiliza a página inteira do amoCRM, e não só o widget: { $items }.
       *[other] { $n } seletores estilizam a página inteira do amoCRM, e não só o widget: { $items }.
    }
css-global-fail-help = Comece cada um desses seletores pela raiz do seu widget, por exemplo `{ $example } input {"{"} … {"}"}` em vez de `input {"{"} … {"}"}`, para que os estilos valham só dentro do widget.
css-global-unparsed =
    { $n ->
        [one] Não há seletores globais no CSS que pôde ser lido, mas { $n } trecho não pôde ser analisado e foi ignorado (os navegadores também o ignoram). Verifique manualmente se ele não seleciona nada fora do widget.
       *[other] Não há seletores globais no CSS que pôde ser lido, mas { $n } trechos não puderam ser analisados e foram ignorados (os navegadores também os ignoram). Verifique manualmente se eles não selecionam nada fora do widget.
    }
css-global-unparsed-help = Corrija ou apague o CSS nos locais indicados; assim todas as regras poderão ser verificadas automaticamente.
css-global-pass =
    { $n ->
        [0] Nenhum seletor em { $read } estiliza a página inteira.
        [one] O único seletor em { $read } começa com uma classe ou um id e não estiliza a página inteira.
       *[other] Todos os { $n } seletores em { $read } começam com uma classe ou um id; nenhum estiliza a página inteira.
    }

## css.system-classes

css-system-pass = Nenhum seletor estiliza as classes do próprio amoCRM fora do widget.
css-system-pass-root = Nenhum seletor estiliza as classes do próprio amoCRM fora do widget (raiz { $roots }).
css-system-pass-roots = Nenhum seletor estiliza as classes do próprio amoCRM fora do widget (raízes { $roots }).
css-system-fail =
    { $n ->
        [one] { $n } seletor muda o estilo de elementos do próprio amoCRM, e não só os do widget: { $items }.
       *[other] { $n } seletores mudam o estilo de elementos do próprio amoCRM, e não só os do widget: { $items }.
    }
css-system-help = Comece esses seletores pela raiz do seu widget, por exemplo `{ $root } .control--select {"{"} … {"}"}`, ou dê classes próprias aos seus elementos.
css-system-help-no-root = Envolva a marcação do widget em um elemento com uma classe própria (por exemplo, o código do widget) e comece esses seletores por ele, ou dê classes próprias aos seus elementos.

## css.root-scoped (the roots with their preposition: «começam pela raiz …»)

css-root-no-elements = Nenhuma regra em { $read } estiliza um elemento.
css-root-pass-scoped = Todos os seletores estão dentro do widget (estilos scoped do Vue ou seletores de atributo com o código do widget).
css-root-pass = Todos os seletores começam { $roots }.
css-root-none-found =
    { $n ->
        [one] Não foi possível encontrar a raiz do widget: os elementos externos dos modelos, o HTML que os scripts montam e o manifesto (widget.code) não indicam nenhuma classe ou id, e o único seletor não começa com uma classe ou um id do próprio widget.
       *[other] Não foi possível encontrar a raiz do widget: os elementos externos dos modelos, o HTML que os scripts montam e o manifesto (widget.code) não indicam nenhuma classe ou id, e nenhum dos { $n } seletores começa com uma classe ou um id do próprio widget.
    }
css-root-none-found-help = Envolva a marcação do widget em um único elemento com uma classe exclusiva (por exemplo, `.my-widget-code`) e comece cada seletor por ele.
css-root-warn =
    { $n ->
        [one] { $n } seletor não começa { $roots }: { $items }.
       *[other] { $n } seletores não começam { $roots }: { $items }.
    }
css-root-help-one = Comece cada seletor pela raiz do widget, por exemplo `{ $example } .title {"{"} … {"}"}`, ou aninhe as regras dentro dela.
css-root-help-several = Comece cada seletor por uma das raízes do widget, por exemplo `{ $example } .title {"{"} … {"}"}`, ou aninhe as regras dentro dela.
css-root-help-and-advice = { $help } { $advice }
css-root-advice-guessed = Nenhum modelo, script ou widget.code indica uma raiz, então ela foi deduzida dos estilos; se não for a raiz do seu widget, informe a correta com --root-selector.
css-root-advice-found = As raízes são as classes e ids dos elementos externos dos modelos e do HTML que os scripts montam, o class_name de render_template e o widget.code; se a raiz do widget for outro elemento, informe-o com --root-selector.
css-root-given = pela raiz `{ $root }` que você informou
css-root-inferred =
    pela raiz `{ $root }` (deduzida dos estilos: { $starts } { $selectors ->
        [one] de { $selectors } seletor
       *[other] dos { $selectors } seletores
    } { $starts ->
        [one] começa
       *[other] começam
    } por ela)
css-root-found-one = pela raiz do widget (encontrada { $places })
css-root-found-several = pelas raízes do widget (encontradas { $places })
css-root-place-file = em { $file }: { $roots }
css-root-place-code = em widget.code no manifest.json: { $roots }

## css.palette-variables

css-palette-pass = Os estilos não redefinem nenhuma das variáveis --palette-* do tema.
css-palette-warn =
    { $n ->
        [one] Os estilos redefinem { $n } variável de cor do tema: { $items }. Os temas claro e escuro definem essas variáveis; se o widget também as definir, pode ficar com a aparência errada em um dos temas ou depois de uma atualização da interface.
       *[other] Os estilos redefinem { $n } variáveis de cor do tema: { $items }. Os temas claro e escuro definem essas variáveis; se o widget também as definir, pode ficar com a aparência errada em um dos temas ou depois de uma atualização da interface.
    }

## css.switcher-styles

css-switcher-na = O widget não tem CSS, scripts nem modelos.
css-switcher-pass = Nenhuma classe de interruptor (switcher__on, switcher_off …) no CSS, nos scripts ou nos modelos.
css-switcher-fail =
    { $n ->
        [one] As classes dos interruptores do amoCRM são usadas em { $n } lugar: { $items }.
       *[other] As classes dos interruptores do amoCRM são usadas em { $n } lugares: { $items }.
    }
