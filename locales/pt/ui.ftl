# amo-preflight: messages of the ui part in pt.

ui-evidence-location = área
ui-interfaces = Verifique se o widget altera só as áreas que declara e as partes da página que o código dele seleciona (listadas abaixo).
ui-evidence-selected-in-code = selecionado no código
ui-no-overlap = Abra o widget em cada uma das áreas dele e verifique se ele nunca cobre os controles do amoCRM nem bloqueia o usuário.
ui-settings-page = O widget adiciona uma página às Configurações: verifique se o nome dela é único e honesto e se ela vem depois das páginas do próprio amoCRM.
ui-evidence-page-title-key = chave do título da página
ui-evidence-page-title = título da página ({ $lang })
ui-settings-page-none = O widget não adiciona nenhuma página às Configurações (não há a área advanced_settings).
ui-left-menu-documented = O widget adiciona a página dele ao menu lateral esquerdo do jeito documentado (widget_page com left_menu).
ui-left-menu-untouched = Nada no widget mexe no menu lateral esquerdo.
ui-left-menu-changed =
    { $n ->
        [one] O widget altera o menu lateral esquerdo em { $n } lugar sem a área widget_page.
       *[other] O widget altera o menu lateral esquerdo em { $n } lugares sem a área widget_page.
    }
ui-bottom-position-no-styles = O widget não tem estilos.
ui-bottom-position-pass = Nenhum elemento está fixado na parte de baixo da tela.
ui-bottom-position-fixed = Há elementos fixados na parte de baixo da tela (position: fixed com bottom).
ui-drag-drop-none = O widget não usa arrastar e soltar.
ui-drag-drop = O widget usa arrastar e soltar: verifique se as áreas onde se pode soltar não ficam no menu lateral esquerdo nem no canto superior direito.
