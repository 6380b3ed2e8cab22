# amo-preflight: messages of the general part in en.

## general.data-minimal

general-data-no-fields = The settings form has no fields. Confirm the widget collects no other data.
general-data-no-personal =
    { $n ->
        [one] The { $n } settings field does not look like personal data or a credential. Confirm it is needed.
       *[other] None of the { $n } settings fields looks like personal data or a credential. Confirm each is needed.
    }
general-data-personal =
    { $n ->
        [one] { $n } settings field asks for personal data or credentials: { $fields }. Confirm the widget needs it.
       *[other] { $n } settings fields ask for personal data or credentials: { $fields }. Confirm the widget needs each of them.
    }
general-evidence-personal-field = personal data field
general-evidence-settings-field = settings field

## general.data-consent

general-consent-nothing = The settings ask for no credentials or personal data, so there is nothing users must agree to send.
general-consent =
    { $n ->
        [one] { $n } settings field asks for credentials or personal data: { $fields }. Check that, before it is sent, users are told this data goes to your server and are asked to confirm.
       *[other] { $n } settings fields ask for credentials or personal data: { $fields }. Check that, before it is sent, users are told this data goes to your server and are asked to confirm.
    }

## general.ease-of-use

general-ease-of-use = Try enabling, setting up, using and disabling the widget as a new user, and finding its support.
general-evidence-installation-on = installation step (users fill in the settings form when installing)
general-evidence-installation-off = installation step (none: no settings step)
general-evidence-settings-fields = settings fields
general-evidence-support = support

## general.support-contact

general-support-not-makers = { $key } { $value } is { $whose }, not the widget maker's support
general-whose-platform = the platform's own address
general-whose-placeholder = a placeholder
general-support-page = support page { $url }
general-support-email = support e-mail { $email }
general-support-link-not-web = widget.support.link { $value } is not a web address (https://…)
general-support-email-not-email = widget.support.email { $value } is not an e-mail address
general-json-kind =
    { $kind ->
        [null] (null)
        [boolean] (a boolean)
        [number] (a number)
        [array] (an array)
        [object] (an object)
       *[other] (a { $kind })
    }
general-support-none = The manifest gives no support contact (widget.support.link or widget.support.email).
general-support-needs-link = amoCRM asks for both a support page and a support e-mail; widget.support.link (a support page) is missing
general-support-needs-email = amoCRM asks for both a support page and a support e-mail; widget.support.email is missing
general-support-problems = { $problems }.
general-support-ok = Users can reach support: { $contacts }.

## general.no-partner-upsell

general-upsell-none = No text promotes buying subscriptions through partners.
general-upsell =
    { $n ->
        [one] { $n } text seems to promote buying through partners: { $keys }.
       *[other] { $n } texts seem to promote buying through partners: { $keys }.
    }

## general.official-claim

general-official-none = No text calls the integration official.
general-official =
    { $n ->
        [one] { $n } text says "official": { $keys }. If it says the integration is the official one of another service, send the marketplace documentary evidence; otherwise remove the word.
       *[other] { $n } texts say "official": { $keys }. If it says the integration is the official one of another service, send the marketplace documentary evidence; otherwise remove the word.
    }
general-evidence-key = { $key }
