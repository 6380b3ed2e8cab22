# amo-preflight: messages of the manifest part in ru.

manifest-kind =
    { $kind ->
        [object] объект
        [array] массив
        [string] строка
        [number] число
        [boolean] логическое значение (true или false)
        [null] null
       *[other] { $kind }
    }
manifest-json-valid = manifest.json — корректный JSON.
manifest-not-object = В manifest.json должен быть объект ({"{"} … {"}"}) с ключами виджета.
manifest-key-missing = нет ключа { $path }
manifest-key-wrong-type = { $path }: ожидается { $kind }, а не { $found }
manifest-interface-version-missing = нет ключа widget.interface_version ({ $marketplace } требует значение { $required })
manifest-interface-version-wrong = в widget.interface_version должно быть { $required }
manifest-tour-flag-false = в tour.is_tour должно быть true, если в tour.tour_images перечислены слайды
manifest-tour-flag-missing = нет ключа tour.is_tour (в нём должно быть true, если в tour.tour_images перечислены слайды)
manifest-required-keys-pass = В manifest.json есть все обязательные ключи.
manifest-required-keys-fail = Обязательные ключи: { $problems }.
manifest-locations-none = Списка locations нет, проверять нечего (см. manifest.required-keys).
manifest-locations-empty = Список locations пуст: виджет нигде не появится.
manifest-location-not-a-name = { $kind } вместо названия области
manifest-location-bad-suffix = "{ $location }": у { $area } бывает только -0 или -1, а не -{ $suffix }
manifest-location-both = указаны и "{ $first }", и "{ $location }" (оставьте одну из них)
manifest-location-panel-unsaid = у "{ $location }" не указано, использует ли виджет правую панель ({ $location }-1) или нет ({ $location }-0)
manifest-location-no-suffix = "{ $location }": у { $area } не бывает окончания
manifest-location-undocumented = "{ $location }" — такой области нет в документации
manifest-location-other-marketplace = "{ $location }" — такой области нет в списке областей { $marketplace }
manifest-locations-invalid = Неверные области: { $problems }.
manifest-locations-to-check = Проверьте области: { $problems }.
manifest-locations-pass =
    { $n ->
        [1] Единственная область указана верно.
        [one] Все области указаны верно (всего: { $n }).
        [few] Все { $n } области указаны верно.
       *[many] Все { $n } областей указаны верно.
    }
manifest-blocks-none-needed = Ни одной области этого виджета не нужен дополнительный блок.
manifest-block-needed = для { $location } нужен { $block }
manifest-block-dp-settings = блок dp.settings (настройки действия)
manifest-block-advanced-title = ключ advanced.title (название страницы)
manifest-block-sms-endpoint = ключ sms.endpoint (куда отправлять SMS)
manifest-block-left-menu = блок left_menu
manifest-block-salesbot-designer = блок salesbot_designer
manifest-block-key = ключ { $key }
manifest-blocks-missing = Не хватает блоков: { $problems }.
manifest-blocks-pass = У каждой области есть свой блок ({ $locations }).
manifest-card-sdk-everywhere = card_sdk работает в карточках, указанных рядом с ним, но ни одной области карточки (lcard, ccard, comcard) не указано, есть только everywhere: проверьте, что вкладка в карточке появляется.
manifest-card-sdk-no-cards = card_sdk работает в карточках, указанных рядом с ним, но ни одной области карточки (lcard, ccard, comcard) не указано, поэтому вкладка в карточке нигде не появится.
manifest-settings-none = Настроек для проверки нет.
manifest-settings-not-object = settings: ожидается объект с полями, а не { $found }.
manifest-settings-no-fields = В форме настроек нет полей.
manifest-field-no-type = у поля { $field } не указан type
manifest-field-bad-type = у поля { $field } тип "{ $field_type }"
manifest-field-type-not-text = у поля { $field } в type указано не название типа, а { $found }
manifest-settings-pass =
    { $n ->
        [1] У единственного поля настроек допустимый тип.
        [one] У всех { $n } поля настроек допустимые типы.
        [few] У всех { $n } полей настроек допустимые типы.
       *[many] У всех { $n } полей настроек допустимые типы.
    }
manifest-settings-invalid = Недопустимые типы полей настроек: { $problems }. Допустимые типы: { $types }.
manifest-version-missing = Нет ключа widget.version.
manifest-version-pass = Версия { $version }.
manifest-version-bad-form = widget.version "{ $version }" не в формате x.y или x.y.z.
manifest-version-not-text = widget.version — { $found }, а нужен текст вида "1.0.0".
manifest-secret-key-pass = В manifest.json нет секретного ключа.
manifest-secret-key-shipped = В manifest.json, похоже, указан настоящий секретный ключ ({ $keys }). Новому виджету code и secret_key не нужны. Оставьте их, только если этот архив обновляет интеграцию, загруженную до перехода на amoMarket и ещё не сконвертированную: ей они по-прежнему нужны.
manifest-marketplace-unknown = неизвестный маркетплейс "{ $name }": укажите amocrm или kommo
