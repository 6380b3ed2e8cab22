# amo-preflight: messages of the css part in en.

## Lists and their items

css-list = { $items }
css-list-more = { $items } and { $more } more
css-item-code = `{ $code }`
css-item = `{ $code }` ({ $place })
css-item-why = `{ $code }` ({ $place }, { $why })
css-item-styles = `{ $code }` ({ $place }, styles { $classes })
css-item-plain = { $name } ({ $place })

## What was read

css-read-sheets =
    { $sheets ->
        [one] { $sheets } stylesheet
       *[other] { $sheets } stylesheets
    }
css-read-blocks =
    { $blocks ->
        [one] { $blocks } <style> block
       *[other] { $blocks } <style> blocks
    } of { $templates ->
        [one] { $templates } template
       *[other] { $templates } templates
    }
css-read-sheets-and-blocks =
    { $sheets ->
        [one] { $sheets } stylesheet
       *[other] { $sheets } stylesheets
    } and { $blocks ->
        [one] { $blocks } <style> block
       *[other] { $blocks } <style> blocks
    }
css-no-css = The widget has no CSS: no .css file and no <style> block in its templates.

## Selectors that name no class or id

css-generic-element = the element selector { $name }
css-generic-universal = the universal selector *
css-generic-root = :root
css-generic-attribute = an attribute selector
css-generic-pseudo-class = a pseudo-class
css-generic-pseudo-element = a pseudo-element

## Evidence

css-evidence-unparsed = could not be parsed
css-evidence-too-large = { $size } MiB of CSS, too large to analyse (the limit is { $limit } MiB per style sheet)
css-evidence-root = widget root

## code.commented-out, CSS part

css-comments-prefix = CSS: { $message }
css-comments-none = no comments in { $read }.
css-comments-no-code =
    { $total ->
        [one] none of the { $total } comment in { $read } is commented-out CSS.
       *[other] none of the { $total } comments in { $read } is commented-out CSS.
    }
css-comments-found =
    { $n ->
        [one] { $n } comment contains commented-out CSS: { $items }.
       *[other] { $n } comments contain commented-out CSS: { $items }.
    }

## css.global-selectors

css-global-root-variables =
    { $n ->
        [one] { $n } `:root` rule only sets variables ({ $names }). They style nothing by themselves, but they are set for the whole amoCRM page, where amoCRM or another widget may use the same names.
       *[other] { $n } `:root` rules only set variables ({ $names }). They style nothing by themselves, but they are set for the whole amoCRM page, where amoCRM or another widget may use the same names.
    }
css-global-root-variables-help = Declare the variables on your widget's root instead, e.g. `{ $example } {"{"} --my-widget-accent: #0a84ff; {"}"}`; they then apply only inside the widget.
css-global-fail =
    { $n ->
        [one] { $n } selector styles the whole amoCRM page, not just the widget: { $items }.
       *[other] { $n } selectors style the whole amoCRM page, not just the widget: { $items }.
    }
css-global-fail-help = Start each of these selectors with your widget's root, e.g. `{ $example } input {"{"} … {"}"}` instead of `input {"{"} … {"}"}`, so the styles apply only inside the widget.
css-global-unparsed =
    { $n ->
        [one] No global selector in the CSS that could be read, but { $n } part could not be parsed and was skipped (browsers skip them too). Check by hand that they select nothing outside the widget.
       *[other] No global selector in the CSS that could be read, but { $n } parts could not be parsed and were skipped (browsers skip them too). Check by hand that they select nothing outside the widget.
    }
css-global-unparsed-help = Fix or delete the CSS at the locations shown; then every rule can be checked automatically.
css-global-pass =
    { $n ->
        [one] All { $n } selector in { $read } start with a class or id, none styles the whole page.
       *[other] All { $n } selectors in { $read } start with a class or id, none styles the whole page.
    }

## css.system-classes

css-system-pass = No selector styles amoCRM's own classes outside the widget.
css-system-pass-root = No selector styles amoCRM's own classes outside the widget (root { $roots }).
css-system-pass-roots = No selector styles amoCRM's own classes outside the widget (roots { $roots }).
css-system-fail =
    { $n ->
        [one] { $n } selector restyles amoCRM's own elements, not only the widget's: { $items }.
       *[other] { $n } selectors restyle amoCRM's own elements, not only the widget's: { $items }.
    }
css-system-help = Start these selectors with your widget's root, e.g. `{ $root } .control--select {"{"} … {"}"}`, or give your elements classes of their own.
css-system-help-no-root = Wrap the widget's markup in an element with a class of its own (e.g. the widget code) and start these selectors with it, or give your elements classes of their own.

## css.root-scoped

css-root-no-elements = No rule in { $read } styles an element.
css-root-pass-scoped = Every selector is inside the widget (Vue's scoped styles, or attribute selectors naming the widget code).
css-root-pass = Every selector starts from { $roots }.
css-root-none-found =
    { $n ->
        [one] No widget root could be found: the templates' outermost elements, the HTML the scripts build and the manifest (widget.code) name no class or id, and none of the { $n } selector starts with a class or id of the widget's own.
       *[other] No widget root could be found: the templates' outermost elements, the HTML the scripts build and the manifest (widget.code) name no class or id, and none of the { $n } selectors starts with a class or id of the widget's own.
    }
css-root-none-found-help = Wrap the widget's markup in one element with a unique class (e.g. `.my-widget-code`) and start every selector with it.
css-root-warn =
    { $n ->
        [one] { $n } selector does not start from { $roots }: { $items }.
       *[other] { $n } selectors do not start from { $roots }: { $items }.
    }
css-root-help-one = Start every selector with the widget's root, e.g. `{ $example } .title {"{"} … {"}"}`, or nest the rules inside it.
css-root-help-several = Start every selector with one of the widget's roots, e.g. `{ $example } .title {"{"} … {"}"}`, or nest the rules inside it.
css-root-help-and-advice = { $help } { $advice }
css-root-advice-guessed = No template, script or widget.code names a root, so it was guessed from the styles; if it is not your widget's root, give the right one with --root-selector.
css-root-advice-found = The roots are the classes and ids on the outermost elements of the templates and of the HTML the scripts build, render_template's class_name and widget.code; if the widget's root is another element, give it with --root-selector.
css-root-given = the root `{ $root }` you gave
css-root-inferred =
    the root `{ $root }` (inferred from the styles: { $starts } of the { $selectors ->
        [one] { $selectors } selector
       *[other] { $selectors } selectors
    } { $starts ->
        [one] starts
       *[other] start
    } with it)
css-root-found-one = the widget's root (found { $places })
css-root-found-several = the widget's roots (found { $places })
css-root-place-file = in { $file }: { $roots }
css-root-place-code = from widget.code in manifest.json: { $roots }

## css.palette-variables

css-palette-pass = The styles redefine none of the theme's --palette-* variables.
css-palette-warn =
    { $n ->
        [one] The styles redefine { $n } of the theme's colour variable: { $items }. The light and dark themes set these; a widget that sets them too can look wrong in one of the themes, or after an update of the interface.
       *[other] The styles redefine { $n } of the theme's colour variables: { $items }. The light and dark themes set these; a widget that sets them too can look wrong in one of the themes, or after an update of the interface.
    }

## css.switcher-styles

css-switcher-na = The widget has no CSS, scripts or templates.
css-switcher-pass = No switcher classes (switcher__on, switcher_off …) in the CSS, scripts or templates.
css-switcher-fail =
    { $n ->
        [one] amoCRM's switcher classes are used in { $n } place: { $items }.
       *[other] amoCRM's switcher classes are used in { $n } places: { $items }.
    }
