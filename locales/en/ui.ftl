# amo-preflight: messages of the ui part in en.

ui-evidence-location = location
ui-interfaces = Check that the widget changes only the areas it declares and the page parts its code selects (listed below).
ui-evidence-selected-in-code = selected in code
ui-no-overlap = Open the widget in each of its areas and check it never covers amoCRM's controls or blocks the user.
ui-settings-page = The widget adds a page to Settings: check its name is unique and honest and that it comes after amoCRM's own pages.
ui-evidence-page-title-key = page title key
ui-evidence-page-title = page title ({ $lang })
ui-settings-page-none = The widget adds no page to Settings (no advanced_settings location).
ui-left-menu-documented = The widget adds its page to the left menu the documented way (widget_page with left_menu).
ui-left-menu-untouched = Nothing in the widget touches the left menu.
ui-left-menu-changed =
    { $n ->
        [one] The widget changes the left menu in { $n } place without the widget_page location.
       *[other] The widget changes the left menu in { $n } places without the widget_page location.
    }
ui-bottom-position-no-styles = The widget has no styles.
ui-bottom-position-pass = No element is fixed to the bottom of the screen.
ui-bottom-position-fixed = Elements are fixed to the bottom of the screen (position: fixed with bottom).
ui-drag-drop-none = The widget does not use drag and drop.
ui-drag-drop = The widget uses drag and drop: check its drop areas are not in the left menu or the top-right corner.
