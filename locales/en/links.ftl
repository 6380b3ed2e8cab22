# amo-preflight: messages of the links part in en.

# A language by its code, as the sentences below put it ("Pages not in Russian"). A code
# without a name is shown as it is.
links-language =
    { $code ->
        [en] English
        [es] Spanish
        [pt] Portuguese
        [ru] Russian
        [tr] Turkish
        [id] Indonesian
        [uk] Ukrainian
        [de] German
        [fr] French
        [it] Italian
        [kk] Kazakh
        [pl] Polish
       *[other] { $code }
    }

## Why a link or a stylesheet could not be verified (from the network stage)

links-reason-slow-down = the site asked to slow down (429)
links-reason-private = not requested: { $host } is a private, loopback or link-local address
links-reason-scheme = only http and https links are checked
links-reason-timeout =
    { $seconds ->
        [one] no answer within { $seconds } second
       *[other] no answer within { $seconds } seconds
    }
links-reason-redirects = more than { $n } redirects
links-reason-dns = the host could not be found
# $error is the network library's own message (in English).
links-reason-connect = could not connect: { $error }
# A reason kept from an earlier check, as it was written then.
links-reason-recorded = { $reason }

## Labels of the evidence

links-evidence-link = link
links-evidence-site-answers = could not verify (the site answers { $status })
links-evidence-not-verified = could not verify ({ $reason })

## l10n.links-reachable

links-none = The widget has no web links.
links-offline =
    { $n ->
        [one] { $n } link was not opened. Check it with --links (in the app: Check links), or open it.
       *[other] { $n } links were not opened. Check them with --links (in the app: Check links), or open each one.
    }
links-broken = { $url } does not open: the site answers { $status }.
links-unverified =
    { $n ->
        [one] { $n } link could not be verified; open it yourself.
       *[other] { $n } links could not be verified; open them yourself.
    }
links-open =
    { $n ->
        [one] { $n } link opens.
       *[other] { $n } links open.
    }

## l10n.link-language

links-language-none = i18n/{ $lang }.json has no web links.
links-language-offline = Open these links and check the pages are in { $language } (or run with --links).
links-language-wrong = Pages not in { $language }: { $pages }.
links-language-wrong-help = Link the { $language } version of these pages.
links-language-unsure =
    { $n ->
        [one] { $n } page could not be judged; open it and check it is in { $language }.
       *[other] { $n } pages could not be judged; open them and check they are in { $language }.
    }
links-language-pass =
    { $n ->
        [one] { $n } linked page is in { $language }.
       *[other] { $n } linked pages are in { $language }.
    }
# A page in another language, in the list of links-language-wrong.
links-page-in = { $url } is in { $language }
links-page-in-alternate = { $url } is in { $language }; its { $wanted } version is { $alternate }
links-page-reads-as = { $url } reads as { $language }
links-page-reads-as-alternate = { $url } reads as { $language }; its { $wanted } version is { $alternate }
# Why a page's language could not be judged (labels of the evidence).
links-page-broken = does not open ({ $status })
links-page-unreadable = the page could not be read
links-page-no-language = the page does not say its language and has too little text to tell
links-page-disagree = signals disagree: declared { $declared }, text reads as { $language }
links-page-disagree-unknown = signals disagree: declared { $declared }, text reads as unknown

## js.external-styles

links-styles-none = The widget loads no stylesheets from other sites.
links-styles-offline =
    { $n ->
        [one] The widget loads { $n } stylesheet from other sites. It is not downloaded in an offline check: open it and confirm it has no global selectors (element, * or :root rules that would restyle amoCRM).
       *[other] The widget loads { $n } stylesheets from other sites. They are not downloaded in an offline check: open each and confirm it has no global selectors (element, * or :root rules that would restyle amoCRM).
    }
links-selector = `{ $selector }`
links-styles-global =
    { $n ->
        [one] { $url } has { $n } global selector ({ $selectors }) that would restyle amoCRM.
       *[other] { $url } has { $n } global selectors ({ $selectors }) that would restyle amoCRM.
    }
# More than the five selectors shown.
links-styles-global-more = { $url } has { $n } global selectors ({ $selectors }, …) that would restyle amoCRM.
links-styles-unverified =
    { $n ->
        [one] { $n } stylesheet could not be downloaded; open it and check for global selectors.
       *[other] { $n } stylesheets could not be downloaded; open them and check for global selectors.
    }
links-styles-clean =
    { $n ->
        [one] { $n } stylesheet from other sites has no global selectors.
       *[other] { $n } stylesheets from other sites have no global selectors.
    }
