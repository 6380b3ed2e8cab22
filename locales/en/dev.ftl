# amo-preflight: messages of the dev part in en.

dev-placeholders-template-text = "{ $text }" ({ $key } in { $file })
dev-placeholders-in-manifest = { $what } at manifest.json { $key }
dev-placeholders-in-script = { $what } at { $place }
dev-placeholders-texts = Template texts are left as the widget's texts: { $texts }.
dev-placeholders-left = Left from development or a template: { $found }. Replace each with the real value, or check that it is only an example shown to users.
dev-placeholders-pass = No template texts, placeholder addresses or build placeholders found.
dev-oauth2-platform-credentials = The settings ask for amoCRM / Kommo keys or passwords ({ $fields }); integrations must use OAuth 2.0.
dev-oauth2-no-credentials = The settings ask for no keys or passwords. Confirm the integration connects through OAuth 2.0 (its keys and scopes).
dev-oauth2-other-service = The settings ask for keys or passwords of another service (below), not of amoCRM / Kommo. Confirm the integration connects to amoCRM / Kommo through OAuth 2.0 (its keys and scopes).
dev-evidence-other-credential = another service's credential
