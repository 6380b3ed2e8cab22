# amo-preflight: messages of the dev part in ru.

dev-placeholders-template-text = "{ $text }" ({ $key } в { $file })
dev-placeholders-in-manifest = { $what } в manifest.json, ключ { $key }
dev-placeholders-in-script = { $what } в { $place }
dev-placeholders-texts = Среди текстов виджета остались тексты из шаблона: { $texts }.
dev-placeholders-left = Осталось от разработки или шаблона: { $found }. Замените каждое такое значение настоящим или убедитесь, что это лишь пример, который показывается пользователям.
dev-placeholders-pass = Не найдено ни текстов из шаблона, ни адресов-заглушек, ни незаполненных заглушек сборки.
dev-oauth2-platform-credentials = Настройки запрашивают ключи или пароли amoCRM / Kommo ({ $fields }); интеграции должны использовать OAuth 2.0.
dev-oauth2-no-credentials = Настройки не запрашивают ни ключей, ни паролей. Убедитесь, что интеграция подключается через OAuth 2.0 (ключи и доступы интеграции).
dev-oauth2-other-service = Настройки запрашивают ключи или пароли другого сервиса (см. ниже), а не amoCRM / Kommo. Убедитесь, что к amoCRM / Kommo интеграция подключается через OAuth 2.0 (ключи и доступы интеграции).
dev-evidence-other-credential = ключ или пароль другого сервиса
