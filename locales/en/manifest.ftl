# amo-preflight: messages of the manifest part in en.

manifest-kind =
    { $kind ->
        [object] an object
        [array] an array
        [string] a string
        [number] a number
        [boolean] a boolean
        [null] null
       *[other] a { $kind }
    }
manifest-json-valid = manifest.json is valid JSON.
manifest-not-object = manifest.json must hold an object ({"{"} … {"}"}) with the widget's keys.
manifest-key-missing = { $path } is missing
manifest-key-wrong-type = { $path } must be { $kind }, not { $found }
manifest-interface-version-missing = widget.interface_version is missing ({ $marketplace } requires { $required })
manifest-interface-version-wrong = widget.interface_version must be { $required }
manifest-tour-flag-false = tour.is_tour must be true when tour.tour_images lists slides
manifest-tour-flag-missing = tour.is_tour is missing (it must be true when tour.tour_images lists slides)
manifest-required-keys-pass = manifest.json has every required key.
manifest-required-keys-fail = Required keys: { $problems }.
manifest-locations-none = There is no locations list to check (see manifest.required-keys).
manifest-locations-empty = The locations list is empty: the widget appears nowhere.
manifest-location-not-a-name = { $kind } is not a location name
manifest-location-bad-suffix = "{ $location }": { $area } takes -0 or -1, not -{ $suffix }
manifest-location-both = "{ $first }" and "{ $location }" are both listed (keep one)
manifest-location-panel-unsaid = "{ $location }" does not say whether the widget uses the right panel ({ $location }-1) or not ({ $location }-0)
manifest-location-no-suffix = "{ $location }": { $area } takes no suffix
manifest-location-undocumented = "{ $location }" is not a documented location
manifest-location-other-marketplace = "{ $location }" is not in { $marketplace }'s list of locations
manifest-locations-invalid = Invalid locations: { $problems }.
manifest-locations-to-check = Locations to check: { $problems }.
manifest-locations-pass =
    { $n ->
        [one] The one location is valid.
       *[other] All { $n } locations are valid.
    }
manifest-blocks-none-needed = No location of this widget needs a companion block.
manifest-block-needed = { $location } needs { $block }
manifest-block-dp-settings = a dp.settings block (the action's settings)
manifest-block-advanced-title = advanced.title (the page's name)
manifest-block-sms-endpoint = sms.endpoint (where SMS are sent)
manifest-block-left-menu = a left_menu block
manifest-block-salesbot-designer = a salesbot_designer block
manifest-block-key = { $key }
manifest-blocks-missing = Missing blocks: { $problems }.
manifest-blocks-pass = Every location has its block ({ $locations }).
manifest-card-sdk-everywhere = card_sdk works in the cards listed beside it, and no card location (lcard, ccard, comcard) is listed; only everywhere is listed: check that the card tab appears.
manifest-card-sdk-no-cards = card_sdk works in the cards listed beside it, and no card location (lcard, ccard, comcard) is listed; so the card tab appears nowhere.
manifest-settings-none = There are no settings to check.
manifest-settings-not-object = settings must be an object of fields, not { $found }.
manifest-settings-no-fields = The settings form has no fields.
manifest-field-no-type = { $field } has no type
manifest-field-bad-type = { $field } has type "{ $field_type }"
manifest-field-type-not-text = { $field } has { $found } as its type
manifest-settings-pass =
    { $n ->
        [one] The one settings field has a valid type.
       *[other] All { $n } settings fields have valid types.
    }
manifest-settings-invalid = Invalid settings types: { $problems }. Valid types: { $types }.
manifest-version-missing = widget.version is missing.
manifest-version-pass = Version { $version }.
manifest-version-bad-form = widget.version "{ $version }" is not of the form x.y or x.y.z.
manifest-version-not-text = widget.version is { $found }, not a text like "1.0.0".
manifest-secret-key-pass = No secret key is shipped in manifest.json.
manifest-secret-key-shipped = manifest.json contains what looks like a real secret key ({ $keys }). A new widget does not need code or secret_key; keep them only if this archive updates an integration uploaded before the move to amoMarket and not converted yet, which still needs them.
manifest-marketplace-unknown = unknown marketplace "{ $name }": use amocrm or kommo
