# amo-preflight: the rule catalogue in ru — each rule's title (rule-<id>), and its help, why, bad and good examples and source (rule-<id>-help …). The English is in src/rules/catalogue.rs.

## internal.error
rule-internal-error = Проверка прошла до конца
rule-internal-error-help = Часть проверки остановилась из-за внутренней ошибки, поэтому её правила не проверены. Это ошибка в amo-preflight, а не в вашем виджете: пожалуйста, сообщите о ней и приложите текст сообщения (и сам виджет, если можете им поделиться).
rule-internal-error-why = Когда часть проверки останавливается из-за ошибки в amo-preflight, правила, за которые она отвечает, остаются без ответа. Сообщение об этом не даёт принять непроверенное правило за пройденное.
rule-internal-error-bad = Проверки JavaScript остановились из-за внутренней ошибки, и у правил js.* для этого виджета нет результата
rule-internal-error-good = Все части проверки дошли до конца, и у каждого правила есть результат («Пройдено», «Ошибка», «Внимание», «Вручную» или «Не применимо»)
rule-internal-error-source = amo-preflight: это не пункт чек-листа; программа сообщает о собственных сбоях, чтобы правило, которое она не смогла проверить, никогда не принимали за пройденное

## general.data-minimal
rule-general-data-minimal = Собирает только нужные данные
rule-general-data-minimal-help = Найдены поля настроек, которые запрашивают персональные или учётные данные. Удалите те, без которых виджет может работать, затем отметьте этот пункт.
rule-general-data-minimal-why = Каждое поле, где просят персональные или учётные данные, требует от пользователей доверия к разработчику, а от разработчика — защиты этих данных. Данные, без которых виджет может работать, — это только риск, и для пользователей, и для маркетплейса.
rule-general-data-minimal-bad = Чтобы показывать встречи в карточке сделки, виджет просит в настройках личный номер телефона менеджера, его дату рождения и пароль от amoCRM
rule-general-data-minimal-good = Чтобы показывать встречи в карточке сделки, виджет спрашивает в настройках только, какой календарь Acme показывать
rule-general-data-minimal-source = Чек-лист, раздел «General»: "Your integration only collects data required for the integration to function"

## general.data-consent
rule-general-data-consent = Пользователь соглашается, прежде чем его данные отправят
rule-general-data-consent-help = Найдены поля настроек, которые запрашивают учётные или персональные данные. Убедитесь, что виджет ещё до отправки данных на ваш сервер сообщает пользователю, что именно отправляется и зачем, и просит подтвердить согласие (например, галочкой согласия и ссылкой на вашу политику конфиденциальности), а без подтверждения не устанавливается. Затем отметьте этот пункт.
rule-general-data-consent-why = Пароль, ключ или номер телефона, введённые в настройках виджета, уходят из amoCRM на сервер разработчика. Пользователи должны узнать об этом заранее и дать согласие: модераторы проверяют, что виджет спрашивает согласие и без ответа дальше не идёт.
rule-general-data-consent-bad = Настройки запрашивают API-ключ Acme и телефон менеджера и по нажатию «Сохранить» молча отправляют и то и другое на acme.com
rule-general-data-consent-good = Над кнопкой «Сохранить» — текст «Ваш API-ключ Acme и номер телефона передаются в Acme для синхронизации календаря», галочка «Я согласен» и ссылка на политику конфиденциальности Acme; пока галочка не поставлена, кнопка «Сохранить» неактивна
rule-general-data-consent-source = Чек-лист, раздел «General»: "Your integration only collects data required for the integration to function"; требования amoCRM к публичным интеграциям (https://www.amocrm.ru/developers/content/integrations/requirements), в пересказе: не собирать данные пользователя (API-ключ, e-mail …) без необходимости; если они нужны — предупредить об этом при установке и получить подтверждение пользователя, без которого виджет не должен устанавливаться. Kommo, https://developers.kommo.com/docs/getting-listed, раздел «Security»: "An integration must collect only the data required for its functioning." и "Integrators must implement appropriate security measures to ensure proper handling of user information"

## general.ease-of-use
rule-general-ease-of-use = Легко включить, настроить, пользоваться и найти поддержку
rule-general-ease-of-use-help = Установите виджет так, как это сделал бы новый пользователь: включите и отключите его, настройте, поработайте с ним и найдите поддержку без посторонней помощи. Отметьте этот пункт, если всё это даётся легко.
rule-general-ease-of-use-why = Виджеты устанавливают в основном менеджеры по продажам и владельцы бизнеса, а не разработчики. Если они не могут сами включить и отключить виджет, настроить его, работать с ним или найти помощь, они его бросают или идут в поддержку amoCRM.
rule-general-ease-of-use-bad = Для настройки нужен API-ключ, который надо скопировать со скрытой страницы для разработчиков
rule-general-ease-of-use-good = Вся настройка — одна кнопка «Подключить», которая открывает вход в сервис
rule-general-ease-of-use-source = Чек-лист, раздел «General»: "Your integration is easy to use, so that even non-technical users can understand how to: enable and disable it, set it up, work with it, get support"

## general.support-contact
rule-general-support-contact = Пользователи могут получить поддержку
rule-general-support-contact-help = Укажите в manifest.json рабочую страницу поддержки в widget.support.link (полный адрес с https://) и адрес почты поддержки в widget.support.email (amoCRM требует оба, Kommo — хотя бы один). Это должны быть ваши собственные контакты, по которым пользователи свяжутся с разработчиком виджета, — не поддержка amoCRM или Kommo и не заглушка вроде example.com.
rule-general-support-contact-why = Пользователям, у которых что-то не работает, нужно связаться с теми, кто сделал виджет. Без контактов разработчика они пишут в поддержку amoCRM, а она не может исправить виджет, который не создавала.
rule-general-support-contact-bad =
    "support": {"{"}
    "link": "https://www.amocrm.com/support",
    "email": "test@example.com"
    {"}"}
rule-general-support-contact-good =
    "support": {"{"}
    "link": "https://acme.com/help",
    "email": "support@acme.com"
    {"}"}
rule-general-support-contact-source = Чек-лист, раздел «General»: "…even non-technical users can understand how to: … get support"; см. https://www.amocrm.ru/developers/content/integrations/requirements (amoCRM требует widget.support.link и widget.support.email)

## general.no-partner-upsell
rule-general-no-partner-upsell = Не предлагает покупать подписку через партнёров
rule-general-no-partner-upsell-help = Удалите тексты, которые призывают покупать подписку amoCRM/Kommo через партнёров.
rule-general-no-partner-upsell-why = Маркетплейс — часть собственного продукта amoCRM. Размещённый в нём виджет нельзя использовать, чтобы склонять клиентов amoCRM покупать подписку у посредника.
rule-general-no-partner-upsell-bad = Купите подписку amoCRM у Acme, официального партнёра amoCRM, и сэкономьте 20%.
rule-general-no-partner-upsell-good = Acme настроит виджет для вашей команды и ответит на ваши вопросы по почте.
rule-general-no-partner-upsell-source = Чек-лист, раздел «General»: "Your integration does not mention or encourage buying amoCRM subscriptions via amoCRM Partners"

## general.official-claim
rule-general-official-claim = «Официальная» — только с подтверждающими документами
rule-general-official-claim-help = В тексте что-то названо «официальным». Если там сказано, что это официальная интеграция другого сервиса, приложите к заявке документы, которые это подтверждают (например, письмо или партнёрский договор с этим сервисом); если нет — уберите это слово. Затем отметьте этот пункт.
rule-general-official-claim-why = «Официальной» интеграции пользователи доверяют больше — как будто её сделал или одобрил сам сервис. Маркетплейс разрешает так писать, только если разработчик может это доказать.
rule-general-official-claim-bad = «Официальная интеграция WhatsApp для amoCRM», хотя никакого договора с WhatsApp нет
rule-general-official-claim-good = «WhatsApp для amoCRM via Acme»; или «официальная», но вместе с заявкой модераторам отправлено партнёрское письмо от WhatsApp
rule-general-official-claim-source = Чек-лист Kommo, https://developers.kommo.com/docs/getting-listed, раздел «General», «Third-party services»: "Kindly submit documentary evidence if you consider your integration with third-party services to be 'official'." В чек-листе amoCRM такого пункта нет, поэтому там это лишь вопрос для проверяющего

## general.no-auto-install
rule-general-no-auto-install = Устанавливается только по кнопке «Установить»
rule-general-no-auto-install-help = Удалите код, который нажимает или вызывает кнопку установки или удаления: виджет устанавливает только сам пользователь, нажав «Установить».
rule-general-no-auto-install-why = Установленный виджет получает доступ к аккаунту, поэтому решение об установке должен принимать сам пользователь. Виджет, который сам нажимает «Установить», попадает в аккаунты, владельцы которых его не выбирали.
rule-general-no-auto-install-bad = $('.js-widget-install').trigger('click');
rule-general-no-auto-install-good =
    // код нигде не нажимает «Установить»:
    // пользователь сам нажимает «Установить» в окне настроек
rule-general-no-auto-install-source = Чек-лист, раздел «General»: "Your integration is only installed when a user clicks the “Install” button (you have not added any virtual clicks that automatically install the widget)"

## content.name-length
rule-content-name-length = Название не слишком длинное
rule-content-name-length-help = Сократите название виджета (widget.name в каждом файле i18n) до допустимого числа символов.
rule-content-name-length-why = Название показывается в тесных местах: на плитках маркетплейса, в списке установленных виджетов, на панели виджетов в карточке. Длинное название там обрезается, и пользователи не могут отличить один виджет от другого.
rule-content-name-length-bad = SuperCal Ultimate Calendar Synchronizer via Acme (48 символов)
rule-content-name-length-good = Calendar sync via Acme (22 символа)
rule-content-name-length-source = Чек-лист, раздел «Content and appearance»: "Your widget has a name, which is not longer than 30 characters"

## content.name-via
rule-content-name-via = В названии указан разработчик: "X via Разработчик"
rule-content-name-via-help = Закончите название именем разработчика через слово "via" (Kommo принимает и "by"), например: "WhatsApp via Zenvia".
rule-content-name-via-why = Один и тот же сервис, например WhatsApp, часто подключают сразу несколько виджетов. Имя разработчика показывает пользователям, чей виджет перед ними и что его сделала не сама amoCRM.
rule-content-name-via-bad = WhatsApp
rule-content-name-via-good = WhatsApp via Zenvia
rule-content-name-via-source = Чек-лист, раздел «Content and appearance»: "Followed by the widget creator’s name, using the word “via”" (правильно: WhatsApp via Zenvia; неправильно: WhatsApp); Kommo принимает и "by": см. https://developers.kommo.com/docs/getting-listed

## content.name-word-length
rule-content-name-word-length = В названии нет слишком длинных слов
rule-content-name-word-length-help = Разбейте длинные слова в названии: Kommo допускает не больше 19 символов в слове (символы, соединённые дефисом или другим знаком, считаются одним словом).
rule-content-name-word-length-why = Kommo показывает названия на узких плитках, где строка переносится только между словами. Слово длиннее 19 символов не помещается и обрезается.
rule-content-name-word-length-bad = WhatsApp-Telegram-Bot via Acme ("WhatsApp-Telegram-Bot" считается одним словом из 21 символа)
rule-content-name-word-length-good = WhatsApp Telegram Bot via Acme
rule-content-name-word-length-source = Чек-лист Kommo (https://developers.kommo.com/docs/getting-listed): в названии нет слов длиннее 19 символов; см. https://developers.kommo.com/changelog?page=3

## content.name-brand
rule-content-name-brand = В названии нет "Kommo"
rule-content-name-brand-help = Уберите "Kommo" из названия: интеграция не должна выглядеть так, будто её сделала Kommo.
rule-content-name-brand-why = Название со словом "Kommo" выглядит как официальный продукт Kommo. Пользователи будут ждать, что Kommo отвечает за виджет и поддерживает его, а это не так.
rule-content-name-brand-bad = Kommo Calendar via Acme
rule-content-name-brand-good = Calendar via Acme
rule-content-name-brand-source = Чек-лист Kommo (https://developers.kommo.com/docs/getting-listed): интеграция не должна выглядеть так, будто её сделала Kommo, и в её названии не должно быть "Kommo"

## content.teaser-length
rule-content-teaser-length = Краткое описание есть и не слишком длинное
rule-content-teaser-length-help = Напишите краткое описание (widget.short_description), которое объясняет, почему клиенту стоит выбрать этот виджет, и уложитесь в лимит символов.
rule-content-teaser-length-why = Краткое описание — короткая строка рядом с названием виджета, и часто это всё, что пользователи читают, прежде чем решить, смотреть ли дальше. Без него у них нет причины выбрать виджет, а слишком длинное обрезается.
rule-content-teaser-length-bad = Лучшее и самое полное решение для календаря, которому доверяют тысячи компаний по всему миру
rule-content-teaser-length-good = Встречи из Google Календаря в каждой сделке
rule-content-teaser-length-source = Чек-лист, раздел «Content and appearance»: "Your widget has a short teaser text, which is not longer than 60 characters; explains why client should choose your integration"; в Kommo — 50 символов, см. https://developers.kommo.com/docs/getting-listed

## content.description-length
rule-content-description-length = Описание есть и не слишком длинное
rule-content-description-length-help = Напишите описание (widget.description) в пределах лимита символов; HTML-теги не считаются, а текст внутри них — считается.
rule-content-description-length-why = Из описания пользователи ещё до установки узнают, что делает виджет. Если описания нет, они ничего не узнают, а лимит не даёт описанию стать длиннее, чем можно прочитать с одного взгляда.
rule-content-description-length-bad = Описание на 640 символов: приветствие, полный список возможностей и шаги настройки
rule-content-description-length-good = Описание на 320 символов: что делает виджет и что получает пользователь (HTML-теги, например <p>, не считаются)
rule-content-description-length-source = Чек-лист, раздел «Content and appearance»: "Your integration includes 1-2 paragraphs that describe its benefits, what it does and is not longer than 400 characters"

## content.description-paragraphs
rule-content-description-paragraphs = В описании 1–2 абзаца
rule-content-description-paragraphs-help = Уложите описание в один-два абзаца: чем виджет полезен и что он делает.
rule-content-description-paragraphs-why = Один-два коротких абзаца читают целиком. Длинный текст из многих абзацев лишь пробегают глазами, и польза, которую ищут пользователи, в нём теряется.
rule-content-description-paragraphs-bad = Пять абзацев: приветствие, список возможностей, шаги настройки, история изменений и контакты
rule-content-description-paragraphs-good = Два абзаца: что делает виджет и что это даёт пользователю
rule-content-description-paragraphs-source = Чек-лист, раздел «Content and appearance»: "Your integration includes 1-2 paragraphs that describe its benefits, what it does"

## content.description-friendly
rule-content-description-friendly = Описание понятное, без технического жаргона
rule-content-description-friendly-help = Замените технические слова (API, вебхук, JSON, токен…) простым рассказом о том, что получит пользователь.
rule-content-description-friendly-why = Виджеты выбирают в основном менеджеры по продажам и владельцы бизнеса. За техническими словами им не видно, что виджет для них сделает, и они не могут понять, нужен ли он им.
rule-content-description-friendly-bad = Синхронизирует сущности CRM с Google Calendar API через вебхуки и OAuth-токены.
rule-content-description-friendly-good = Ваши встречи появляются в карточке сделки и сами обновляются, когда меняются планы.
rule-content-description-friendly-source = Чек-лист, раздел «Content and appearance»: "Is written in a friendly, not technical way"

## content.description-plan
rule-content-description-plan = В описании указан нужный тариф
rule-content-description-plan-help = Если виджет работает не на всех тарифах, укажите в описании, какой тариф ему нужен.
rule-content-description-plan-why = Пользователь тарифа, который виджет не поддерживает, устанавливает его, видит, что он не работает, и не понимает почему. Если тариф назван, решить можно ещё до установки.
rule-content-description-plan-bad = Отслеживайте каждый этап сделки автоматически. (Виджет работает только на тарифе «Расширенный», а в тексте об этом ни слова.)
rule-content-description-plan-good = Отслеживайте каждый этап сделки автоматически. Работает на тарифах «Расширенный» и «Профессиональный».
rule-content-description-plan-source = Чек-лист, раздел «Content and appearance»: "Specifies which amoCRM plan it requires (if it’s not available on all amoCRM plans)"

## content.description-pricing
rule-content-description-pricing = В описании указаны цены и валюты
rule-content-description-pricing-help = Если виджет платный, укажите в описании цены и валюты, в которых принимаете оплату.
rule-content-description-pricing-why = Пользователям нужно знать, сколько стоит виджет и в какой валюте можно платить, ещё до установки. Если цена выясняется только после настройки, они теряют время и доверие.
rule-content-description-pricing-bad = Бесплатный пробный период, потом небольшая ежемесячная плата.
rule-content-description-pricing-good = 14 дней бесплатно, затем $10 или €9 за пользователя в месяц.
rule-content-description-pricing-source = Чек-лист, раздел «Content and appearance»: "States the prices and currencies you support (if your integration is not free to use)"

## content.ui-copy
rule-content-ui-copy = Тексты виджета понятны пользователю
rule-content-ui-copy-help = Прочитайте все тексты виджета глазами пользователя и перепишите всё, что непонятно или звучит слишком технически.
rule-content-ui-copy-why = Те, кто работает с виджетом каждый день, — не технические специалисты. Непонятные подписи и тексты приводят к неверным настройкам, ошибкам и обращениям в поддержку.
rule-content-ui-copy-bad = Поле настроек «URI эндпоинта вебхука», кнопка «Выполнить sync job»
rule-content-ui-copy-good = Поле настроек «Адрес вашего аккаунта Acme», кнопка «Синхронизировать сейчас»
rule-content-ui-copy-source = Чек-лист, раздел «Content and appearance»: "All text in your widget is user-friendly and understandable"

## content.error-messages
rule-content-error-messages = У каждой ошибки есть сообщение о том, что делать
rule-content-error-messages-help = Для каждой ошибки предусмотрите сообщение, которое объясняет, в чём проблема и что пользователю делать дальше.
rule-content-error-messages-why = Ошибка без сообщения или с одним только кодом ставит пользователей в тупик или заставляет думать, что сломалась amoCRM. Сообщение о том, что случилось и что делать, позволяет решить проблему самостоятельно.
rule-content-error-messages-bad = Ошибка 401
rule-content-error-messages-good = Не удалось подключиться к Acme: ваш сеанс в Acme истёк. Откройте настройки виджета и нажмите «Подключить заново».
rule-content-error-messages-source = Чек-лист, раздел «Content and appearance»: "You have provided messages for all potential errors, and they clearly explain the problem and what the user should do next"

## images.branding-files
rule-images-branding-files = Все пять фирменных изображений на месте
rule-images-branding-files-help = Добавьте в папку images/ (а не рядом с manifest.json) файлы logo_main.png (400×272), logo_medium.png (240×84), logo.png (130×100), logo_small.png (108×108) и logo_min.png (84×84): Kommo не принимает логотипы в корне виджета, и документация amoCRM тоже кладёт их в images/. Каждый файл должен быть в одном экземпляре.
rule-images-branding-files-why = amoCRM показывает эти изображения в разных местах: в маркетплейсе, в списке интеграций, в карточках и списках, где появляется виджет. Каждый недостающий файл оставляет в одном из этих мест пустоту или битую картинку.
rule-images-branding-files-bad =
    images/logo.png
    images/logo_main.png
    (нет logo_medium.png, logo_small.png и logo_min.png)
rule-images-branding-files-good =
    images/logo.png, images/logo_main.png,
    images/logo_medium.png, images/logo_small.png,
    images/logo_min.png
rule-images-branding-files-source = Чек-лист, раздел «Content and appearance»: "You have provided branding images in PNG format in the following sizes: 400×272 px, 240×84 px, 130×100 px, 108×108 px, 84×84 px"; раздел «Development»: "Your widget.zip contains the following files: … logo.png, logo_main.png, logo_medium.png, logo_min.png, logo_small.png". Где они должны лежать: https://developers.kommo.com/docs/structure-widget называет папку images обязательной ("The folder where the image files for the widget are placed should contain 6 PNG files"), https://developers.kommo.com/docs/images: "The folder images/ should contain 5 PNG files"; amoCRM, https://www.amocrm.com/developers/content/integrations/structure/: "images/ The folder for placing the image files … should contain 5 png files". В чек-листе amoCRM логотипы перечислены рядом с manifest.json, а на странице о структуре виджета они лежат в images/, поэтому логотип в корне для amoCRM — предупреждение, а для Kommo — ошибка

## images.branding-format
rule-images-branding-format = Фирменные изображения в формате PNG
rule-images-branding-format-help = Сохраните фирменные изображения в формате PNG. Переименовать JPEG в .png недостаточно — экспортируйте изображение в PNG.
rule-images-branding-format-why = Маркетплейс требует PNG: в этом формате логотипы остаются чёткими и можно сделать прозрачный фон. JPEG, переименованный в .png, внутри остаётся JPEG, и его могут не принять или показать неправильно.
rule-images-branding-format-bad = images/logo_main.png — это JPEG, у которого просто сменили расширение на .png
rule-images-branding-format-good = images/logo_main.png экспортирован в PNG из графического редактора
rule-images-branding-format-source = Чек-лист, раздел «Content and appearance»: "You have provided branding images in PNG format"

## images.branding-size
rule-images-branding-size = Фирменные изображения точного размера
rule-images-branding-size-help = Экспортируйте изображение точно в указанном размере; не рассчитывайте, что маркетплейс сам его отмасштабирует.
rule-images-branding-size-why = Каждое изображение показывается в одном фиксированном размере. Картинку другого размера масштабируют, и она становится размытой, а если у неё другие пропорции — растягивается или обрезается.
rule-images-branding-size-bad = images/logo_main.png: 800×600 пикс.
rule-images-branding-size-good = images/logo_main.png: 400×272 пикс.
rule-images-branding-size-source = Чек-лист, раздел «Content and appearance»: "You have provided branding images in PNG format in the following sizes: 400×272 px, 240×84 px, 130×100 px, 108×108 px, 84×84 px"; см. https://developers.kommo.com/docs/images

## images.branding-weight
rule-images-branding-weight = Фирменные изображения не больше 300 КБ
rule-images-branding-weight-help = Уменьшите файл изображения до размера меньше 300 КБ: экспортируйте его с меньшим числом цветов или сожмите (например, оптимизатором вроде oxipng).
rule-images-branding-weight-why = И документация amoCRM, и документация Kommo ограничивают каждый логотип 300 КБ. Логотипы загружаются на многих страницах у каждого пользователя, и тяжёлые файлы замедляют эти страницы.
rule-images-branding-weight-bad = images/logo_main.png: 1,4 МБ (полноцветная фотография)
rule-images-branding-weight-good = images/logo_main.png: 90 КБ (сжатый PNG)
rule-images-branding-weight-source = Документация Kommo, https://developers.kommo.com/docs/images: "The size of each file should not exceed 300 KB."; документация amoCRM, https://www.amocrm.com/developers/content/integrations/structure/ (раздел images/): "The size of each file should not exceed 300 KB."

## images.dp-logo
rule-images-dp-logo = Логотип для цифровой воронки 174×109
rule-images-dp-logo-help = Виджетам в цифровой воронке нужен файл images/logo_dp.png — PNG размером ровно 174×109 пикселей.
rule-images-dp-logo-why = Виджеты, которые работают в цифровой воронке, показываются там с этим логотипом. Без него виджет появится в воронке без картинки.
rule-images-dp-logo-bad =
    "locations": ["digital_pipeline"]
    (в архиве нет images/logo_dp.png)
rule-images-dp-logo-good =
    "locations": ["digital_pipeline"]
    images/logo_dp.png: PNG, 174×109 пикс.
rule-images-dp-logo-source = Документация: images/logo_dp.png размером 174×109 пикс. нужен виджетам с областью digital_pipeline; см. https://developers.kommo.com/docs/images и https://developers.kommo.com/docs/widgets-dp

## images.partner-logos
rule-images-partner-logos = Оба логотипа, если показано другое приложение
rule-images-partner-logos-help = Если виджет связан с другим приложением (например, с Telegram), на изображениях 400×272 и 240×84 должны быть и ваш логотип, и логотип этого приложения. Посмотрите на них и отметьте этот пункт.
rule-images-partner-logos-why = Пользователи ищут приложение, которым уже пользуются, например Telegram. Два логотипа на главных изображениях сразу показывают, какое приложение подключает виджет и кто сделал это подключение.
rule-images-partner-logos-bad = Интеграция с Telegram от AwesomeCode: на изображениях 400×272 и 240×84 — только логотип AwesomeCode
rule-images-partner-logos-good = На тех же двух изображениях логотип AwesomeCode стоит рядом с логотипом Telegram
rule-images-partner-logos-source = Чек-лист, раздел «Content and appearance»: "Does your integration feature another app? … Yes – Then the branding image sizes marked with a star above (400×272 px and 240×84 px) must contain both your logo and the app’s logo"

## images.slideshow-count
rule-images-slideshow-count = 1–5 изображений в слайд-шоу
rule-images-slideshow-count-help = Укажите в manifest.json от одного до пяти изображений слайд-шоу для каждого языка, в tour.tour_images.<язык>.
rule-images-slideshow-count-why = В слайд-шоу на экране установки пользователи видят виджет в работе, прежде чем его установить. Без слайдов им не по чему судить о виджете, а больше пяти маркетплейс не принимает.
rule-images-slideshow-count-bad =
    "tour": {"{"}
    "is_tour": true,
    "tour_images": {"{"}"en": []{"}"}
    {"}"}
rule-images-slideshow-count-good =
    "tour": {"{"}
    "is_tour": true,
    "tour_images": {"{"}"en": ["/images/tour_1_en.png", "/images/tour_2_en.png"]{"}"}
    {"}"}
rule-images-slideshow-count-source = Чек-лист, раздел «Content and appearance»: "You have provided 1-5 slideshow images"; см. https://developers.kommo.com/docs/manifest-json (tour.tour_images)

## images.slideshow-size
rule-images-slideshow-size = Изображения слайд-шоу 1188×616
rule-images-slideshow-size-help = Экспортируйте каждое изображение слайд-шоу размером ровно 1188×616 пикселей.
rule-images-slideshow-size-why = Слайды показываются в рамке фиксированного размера. Изображение другого размера масштабируется, растягивается или обрезается, и текст на нём становится трудно читать.
rule-images-slideshow-size-bad = /images/tour_1_en.png: 1920×1080 пикс.
rule-images-slideshow-size-good = /images/tour_1_en.png: 1188×616 пикс.
rule-images-slideshow-size-source = Чек-лист, раздел «Content and appearance»: "Are 1188×616 pixels each in PNG format"

## images.slideshow-format
rule-images-slideshow-format = Изображения слайд-шоу в формате PNG (или JPG в Kommo)
rule-images-slideshow-format-help = Сохраните каждое изображение слайд-шоу в PNG (Kommo принимает и JPG) — настоящим файлом этого формата, а не переименованным.
rule-images-slideshow-format-why = Маркетплейс требует слайды в PNG: так скриншоты и текст на них остаются чёткими. Файл в другом формате, даже переименованный в .png, может вообще не показаться.
rule-images-slideshow-format-bad = /images/tour_1_en.png — изображение WebP, у которого просто сменили расширение на .png
rule-images-slideshow-format-good = /images/tour_1_en.png экспортирован в PNG
rule-images-slideshow-format-source = Чек-лист, раздел «Content and appearance»: "Are 1188×616 pixels each in PNG format"

## images.slideshow-files
rule-images-slideshow-files = Указанные изображения слайд-шоу на месте
rule-images-slideshow-files-help = Добавьте недостающие файлы изображений или исправьте пути к ним в tour.tour_images (пути начинаются с / — от корня виджета).
rule-images-slideshow-files-why = Слайд, который указан в manifest.json, но отсутствует в архиве, показывается на экране установки битой картинкой.
rule-images-slideshow-files-bad =
    "en": ["/images/tour1.png"]
    (а в архиве файл называется images/tour_1_en.png)
rule-images-slideshow-files-good = "en": ["/images/tour_1_en.png"]
rule-images-slideshow-files-source = Чек-лист, раздел «Content and appearance»: "You have provided 1-5 slideshow images"; см. https://developers.kommo.com/docs/manifest-json (пути в tour_images начинаются с / — от корня виджета)

## images.slideshow-quality
rule-images-slideshow-quality = Слайд-шоу наглядно показывает интеграцию
rule-images-slideshow-quality-help = Просмотрите слайд-шоу: оно должно показывать виджет в работе внутри amoCRM/Kommo и его пользу — чётко и разборчиво. Отметьте этот пункт.
rule-images-slideshow-quality-why = На слайдах пользователи впервые видят виджет в работе. Размытые или шаблонные картинки не показывают, что они получат, и виджет выглядит недоделанным.
rule-images-slideshow-quality-bad = Стоковое фото рукопожатия с логотипом поверх и размытый скриншот, уменьшенный с большого экрана
rule-images-slideshow-quality-good = Чёткие скриншоты виджета в работе в карточке сделки amoCRM; каждый показывает одну вещь, которую виджет делает для пользователя
rule-images-slideshow-quality-source = Чек-лист, раздел «Content and appearance»: "Visually show the integration’s functionality, how the integration will be seen within amoCRM, and its value to the user"; "Are good quality, and all compositions are clear and easy to see"

## images.no-foreign-words
rule-images-no-foreign-words = На изображениях нет слов на других языках
rule-images-no-foreign-words-help = Все слова на изображениях этого языка должны быть на этом языке: замените изображение, на котором есть слова на другом языке. Если установлен Tesseract, слова читаются автоматически; без него просмотрите изображения и отметьте этот пункт.
rule-images-no-foreign-words-why = Пользователь, который читает страницу виджета на испанском, может не знать английского. Слова на другом языке на изображениях он не поймёт, а перевод выглядит незаконченным.
rule-images-no-foreign-words-bad = Испанские слайды — скриншоты англоязычного аккаунта с кнопками «Save» и «Sync now»
rule-images-no-foreign-words-good = Испанские слайды — скриншоты испаноязычного аккаунта с кнопками «Guardar» и «Sincronizar ahora»
rule-images-no-foreign-words-source = Чек-лист, раздел «Support & localization»: "Your images do not contain words in other languages"

## l10n.locale-files
rule-l10n-locale-files = Файл для каждого заявленного языка, без лишних
rule-l10n-locale-files-help = Добавьте файл i18n/<язык>.json для каждого языка из widget.locale и удалите языковые файлы незаявленных языков. Используйте только языки маркетплейса: Kommo показывает виджеты на en, es, pt, tr и id (любой другой язык там — ошибка), amoCRM — на ru, en, es и pt (любой другой язык помечается, чтобы вы проверили его вручную).
rule-l10n-locale-files-why = amoCRM берёт тексты для каждого языка из i18n/<язык>.json. Для заявленного языка без файла нечего показать, файл незаявленного языка никогда не используется, а язык, которого нет в маркетплейсе, никто не увидит.
rule-l10n-locale-files-bad =
    "locale": ["en", "es"]
    i18n/en.json, i18n/pt.json
rule-l10n-locale-files-good =
    "locale": ["en", "es"]
    i18n/en.json, i18n/es.json
rule-l10n-locale-files-source = Чек-лист, раздел «Development»: "Your widget.zip contains the following files: manifest.json, i18n/*.json …"; https://developers.kommo.com/docs/i18n: "Kommo currently supports English, Spanish, Portuguese, Turkish and Indonesian languages, and the files should be named en.json, es.json, pt.json, tr.json and id.json"; amoCRM: на странице https://www.amocrm.com/developers/content/integrations/structure/ сказано "only two localizations are possible: Russian (ru) and English (en)", а в более новом чек-листе названы "en.json, es.json or pt.json" — amo-preflight следует более новому

## l10n.keys-complete
rule-l10n-keys-complete = Перевод полный
rule-l10n-keys-complete-help = Добавьте недостающие ключи, чтобы во всех языковых файлах был одинаковый набор ключей.
rule-l10n-keys-complete-why = Текст, которого нет в одном языковом файле, пропадает у всех пользователей этого языка: вместо текста они видят пустую подпись или имя ключа.
rule-l10n-keys-complete-bad =
    en.json: {"{"}"errors": {"{"}"offline": "Acme cannot be reached"{"}"}{"}"}
    es.json: {"{"}"errors": {"{"}{"}"}{"}"}
rule-l10n-keys-complete-good =
    en.json: {"{"}"errors": {"{"}"offline": "Acme cannot be reached"{"}"}{"}"}
    es.json: {"{"}"errors": {"{"}"offline": "No se puede conectar con Acme"{"}"}{"}"}
rule-l10n-keys-complete-source = Чек-лист, раздел «Support & localization»: "Your widget is fully translated and contains no words in other languages"; см. https://developers.kommo.com/docs/i18n (во всех языковых файлах одни и те же ключи)

## l10n.manifest-keys
rule-l10n-manifest-keys = Тексты манифеста есть на всех языках
rule-l10n-manifest-keys-help = Каждый текст, на который ссылается манифест (widget.name, названия настроек, …), должен быть в каждом языковом файле и не должен быть пустым.
rule-l10n-manifest-keys-why = Из этих текстов берутся название виджета, его описание и подписи настроек. Если текста нет или он пустой, на этом языке у виджета не будет названия, а у поля настроек — подписи.
rule-l10n-manifest-keys-bad =
    manifest.json: "name": "widget.name"
    es.json: {"{"}"widget": {"{"}"name": ""{"}"}{"}"}
rule-l10n-manifest-keys-good =
    manifest.json: "name": "widget.name"
    es.json: {"{"}"widget": {"{"}"name": "Calendario vía Acme"{"}"}{"}"}
rule-l10n-manifest-keys-source = Чек-лист, раздел «Support & localization»: "Your widget is fully translated"; см. https://developers.kommo.com/docs/i18n (тексты манифеста — это ключи, которые ищутся в каждом языковом файле)

## l10n.text-language
rule-l10n-text-language = Тексты на языке своего файла
rule-l10n-text-language-help = Переведите тексты, написанные на другом языке; в en.json не должно быть русского текста.
rule-l10n-text-language-why = Тот, кто говорит на одном языке, может не знать других. Русскую фразу, оставленную в en.json, большинство англоязычных пользователей не прочитает.
rule-l10n-text-language-bad = en.json: "save": "Сохранить настройки"
rule-l10n-text-language-good = en.json: "save": "Save settings"
rule-l10n-text-language-source = Чек-лист, раздел «Support & localization»: "Your widget is fully translated and contains no words in other languages"; раздел «Development»: "Your localization files contain text in the appropriate language (for example, the i18n / en.json file does not contain Russian texts and does not mention .ru domains)"

## l10n.hardcoded-text
rule-l10n-hardcoded-text = Нет текстов, вписанных в скрипты и шаблоны
rule-l10n-hardcoded-text-help = Перенесите все тексты, которые видит пользователь, из скриптов и шаблонов в языковые файлы и выводите их через self.i18n(…); в шаблон передавайте текст как параметр и пишите {"{"}{"{"} … {"}"}{"}"}.
rule-l10n-hardcoded-text-why = Подпись кнопки или сообщение об ошибке, вписанные прямо в script.js или в шаблон, показываются всем пользователям в одном и том же виде, на каком бы языке те ни работали. В итоге англоязычные пользователи видят русские слова, которые не могут прочитать, хотя языковые файлы переведены.
rule-l10n-hardcoded-text-bad =
    $button.text('Сохранить');
    <p>Введите ключ API</p> (в settings.twig)
rule-l10n-hardcoded-text-good =
    $button.text(self.i18n('settings').save);
    <p>{"{"}{"{"} lang.api_key_hint {"}"}{"}"}</p>
rule-l10n-hardcoded-text-source = Чек-лист, раздел «Support & localization»: "Your widget is fully translated and contains no words in other languages"; https://pt-developers.kommo.com/docs/i18n: языковые файлы "são usados na parte JavaScript do widget" через self.i18n('key'), например self.i18n('widget').name

## l10n.untranslated
rule-l10n-untranslated = Тексты переведены, а не скопированы
rule-l10n-untranslated-help = Переведите тексты, которые совпадают с текстами на другом языке.
rule-l10n-untranslated-why = Текст, который в точности совпадает с текстом из другого языкового файла, обычно просто забыли перевести. Пользователи этого языка видят его на языке, которого могут не знать.
rule-l10n-untranslated-bad = es.json: "description": "Your meetings appear in the lead card." (так же, как в en.json)
rule-l10n-untranslated-good = es.json: "description": "Tus reuniones aparecen en la tarjeta del lead."
rule-l10n-untranslated-source = Чек-лист, раздел «Support & localization»: "Your widget is fully translated and contains no words in other languages"

## l10n.privacy-policy
rule-l10n-privacy-policy = Ссылка на политику конфиденциальности на этом языке
rule-l10n-privacy-policy-help = Дайте ссылку на политику конфиденциальности на этом языке (или укажите её в форме интеграции); в политике должно быть названо ваше юридическое лицо.
rule-l10n-privacy-policy-why = Пользователи вправе знать, что происходит с их данными, и узнать это на понятном им языке. Политика, которую они не могут прочитать, или её отсутствие ничего им не объясняет.
rule-l10n-privacy-policy-bad = es.json ссылается только на https://acme.com/privacy — страницу на английском
rule-l10n-privacy-policy-good = es.json ссылается на https://acme.com/es/privacidad — политику конфиденциальности Acme Software S.L. на испанском
rule-l10n-privacy-policy-source = Чек-лист, раздел «Support & localization»: "You provided a link to a privacy policy in that language"

## l10n.link-domains
rule-l10n-link-domains = Ссылки ведут на сайты на этом языке
rule-l10n-link-domains-help = Замените ссылки на сайты на другом языке (например, на домены .ru в файлах en/es/pt) ссылками на страницы на этом языке.
rule-l10n-link-domains-why = Пользователи, которые переходят по ссылке на справку или поддержку, ждут страницу, которую смогут прочитать. Адрес на .ru в английских текстах обычно ведёт на страницу на русском.
rule-l10n-link-domains-bad = en.json: "help": "Setup guide: https://acme.ru/help"
rule-l10n-link-domains-good = en.json: "help": "Setup guide: https://acme.com/en/help"
rule-l10n-link-domains-source = Чек-лист, раздел «Support & localization»: "Every link in your integration leads to a resource in that language"; раздел «Development»: "All links in en.json, es.json or pt.json files lead to sites in English, Spanish or Portuguese"

## l10n.link-language
rule-l10n-link-language = Страницы по ссылкам на этом языке
rule-l10n-link-language-help = Ссылайтесь на страницы, написанные на этом языке.
rule-l10n-link-language-why = Ссылка может выглядеть правильной и всё равно открывать страницу на другом языке — например, на сайте, который всем показывает английскую версию. Язык страницы видно только по самой странице.
rule-l10n-link-language-bad = es.json ссылается на https://acme.com/help, а эта страница открывается на английском
rule-l10n-link-language-good = es.json ссылается на https://acme.com/es/ayuda, и эта страница открывается на испанском
rule-l10n-link-language-source = Чек-лист, раздел «Support & localization»: "Every link in your integration leads to a resource in that language"; раздел «Development»: "All links in en.json, es.json or pt.json files lead to sites in English, Spanish or Portuguese"

## l10n.links-reachable
rule-l10n-links-reachable = Все ссылки работают
rule-l10n-links-reachable-help = Исправьте или удалите ссылки, которые не открываются.
rule-l10n-links-reachable-why = Неработающая ссылка — часто как раз на поддержку или справку — оставляет пользователей без обещанной помощи, а виджет выглядит заброшенным.
rule-l10n-links-reachable-bad = "support": "https://acme.com/old-help" (страница отвечает 404 Not Found)
rule-l10n-links-reachable-good = "support": "https://acme.com/help" (страница открывается)
rule-l10n-links-reachable-source = Чек-лист, раздел «Support & localization»: "Every link in your integration leads to a resource in that language"

## l10n.human-support
rule-l10n-human-support = Живая поддержка на этом языке
rule-l10n-human-support-help = Убедитесь, что на письма и звонки в поддержку на этом языке отвечают люди и на этом же языке. Отметьте этот пункт.
rule-l10n-human-support-why = Когда что-то идёт не так, пользователям нужен человек, который поймёт и их проблему, и их язык. Бот или ответы на другом языке оставляют их без помощи.
rule-l10n-human-support-bad = На испанской странице виджета указан адрес поддержки, где отвечает только бот, да ещё по-английски
rule-l10n-human-support-good = На письма и звонки на испанском отвечает человек, по-испански
rule-l10n-human-support-source = Чек-лист, раздел «Support & localization»: "You offer human support in that language: If emailed, support will answer in that language; If called, support will answer in that language"

## l10n.local-formatting
rule-l10n-local-formatting = Местные форматы дат, чисел и телефонов
rule-l10n-local-formatting-help = Форматируйте даты, время, числа, номера телефонов и цены по локали пользователя (например, через локаль moment или Intl.DateTimeFormat без жёстко заданной локали), а не одним заранее зашитым форматом.
rule-l10n-local-formatting-why = 03/04/2025 в большей части Европы означает 3 апреля, а в США — 4 марта. Даты, числа и номера телефонов в чужом формате читают неправильно, или они кажутся пользователю ошибкой.
rule-l10n-local-formatting-bad = moment(deal.date).format('MM/DD/YYYY')
rule-l10n-local-formatting-good = moment(deal.date).format('L') // формат даты из локали пользователя
rule-l10n-local-formatting-source = Чек-лист, раздел «Support & localization»: "Your widget takes local formatting into account, such as dates and times, numbers, phone numbers, local holidays, taxes, etc."

## l10n.payments
rule-l10n-payments = Способы оплаты для Америки и Европы
rule-l10n-payments-help = Если виджет платный, предложите способы оплаты, которые работают в Северной и Южной Америке и в Европе. Отметьте этот пункт.
rule-l10n-payments-why = Маркетплейс обслуживает клиентов в Северной и Южной Америке и в Европе. Клиент, который не может заплатить способами, доступными там, где он живёт, вообще не сможет пользоваться платным виджетом.
rule-l10n-payments-bad = Оплата только банковским переводом на счёт в банке одной страны
rule-l10n-payments-good = Оплата картой или через PayPal — эти способы работают в Северной и Южной Америке и в Европе
rule-l10n-payments-source = Чек-лист, раздел «Support & localization»: "If your widget is not free: You offer payment methods that work in North and South America and Europe"

## l10n.currency
rule-l10n-currency = Цены в USD или EUR
rule-l10n-currency-help = Если виджет платный, принимайте оплату как минимум в USD или EUR. Отметьте этот пункт.
rule-l10n-currency-why = В USD и EUR могут платить и сравнивать цены клиенты на любом рынке. Цену только в одной местной валюте трудно оценить, а заплатить бывает невозможно.
rule-l10n-currency-bad = Цена: 990 ₽ в месяц
rule-l10n-currency-good = Цена: $12 или €11 в месяц
rule-l10n-currency-source = Чек-лист, раздел «Support & localization»: "You can offer pricing in as many currencies as you want, but you at least support USD or Euros"

## dev.oauth2
rule-dev-oauth2 = Использует OAuth 2.0
rule-dev-oauth2-help = Подключайтесь к amoCRM/Kommo через OAuth 2.0 (ключи и доступы интеграции), а не просите у пользователей API-ключи, логины или пароли.
rule-dev-oauth2-why = Пользователь, который даёт виджету API-ключ или пароль, отдаёт полный доступ к аккаунту, а секрет остаётся в настройках виджета. OAuth 2.0 даёт только тот доступ, который разрешил пользователь, и его можно отозвать в любой момент; способ с API-ключом устарел.
rule-dev-oauth2-bad =
    "settings": {"{"}
    "login": {"{"}"name": "settings.login", "type": "text"{"}"},
    "api_key": {"{"}"name": "settings.api_key", "type": "pass"{"}"}
    {"}"}
rule-dev-oauth2-good =
    "settings": {"{"}{"}"}
    (доступ выдаётся через OAuth 2.0, по ключам и доступам интеграции)
rule-dev-oauth2-source = Чек-лист, раздел «Development»: "Your integration uses oAuth 2.0"; см. https://www.kommo.com/developers/content/integrations/requirements-for-public-integrations/ (способ с API-ключом устарел)

## dev.placeholders
rule-dev-placeholders = Не осталось заглушек и тестовых данных
rule-dev-placeholders-help = Замените всё, что осталось от шаблонов и разработки, настоящими данными виджета: тексты вроде "Short description" или lorem ipsum, адреса на example.com, localhost или в локальной сети, заглушки сборки вроде {"{"}{"{"}BASE_PATH{"}"}{"}"} или __VERSION__ и тестовые данные вроде "test-token" или переменной fakeData.
rule-dev-placeholders-why = Текст из шаблона показывает пользователям, что виджет не доделан. Адрес на example.com или на компьютере разработчика у пользователей не работает, а заглушка сборки означает, что шаг сборки, который должен был её заполнить, не выполнялся. Модераторы отклоняют виджет, в котором остались тестовые данные.
rule-dev-placeholders-bad =
    i18n/en.json: "short_description": "Short description"
    script.js: fetch('http://localhost:3000/api/deals')
rule-dev-placeholders-good =
    i18n/en.json: "short_description": "Deals on a calendar"
    script.js: fetch('https://api.acme.com/deals')
rule-dev-placeholders-source = Чек-лист, раздел «Development»: "You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration"

## files.readable
rule-files-readable = Все файлы можно безопасно прочитать
rule-files-readable-help = Пересоберите архив из папки виджета: уберите из него символические ссылки, пути с .. и слишком большие или повреждённые файлы.
rule-files-readable-why = amo-preflight проверяет виджеты, сделанные другими людьми, поэтому читает их с осторожностью. Если файл нельзя безопасно прочитать (это ссылка за пределы папки, путь с .., повреждённый или слишком большой файл), программа его пропускает, и всё, что от него зависит, остаётся непроверенным.
rule-files-readable-bad =
    файлы в widget.zip: manifest.json, ../../config.js,
    images (ссылка на /home/dev/images)
rule-files-readable-good =
    файлы в widget.zip: manifest.json, script.js,
    images/logo.png (обычные файлы внутри архива)
rule-files-readable-source = amo-preflight: это не пункт чек-листа; прежде чем проверять любой пункт, виджет нужно безопасно прочитать

## files.zip-root
rule-files-zip-root = manifest.json в корне архива
rule-files-zip-root-help = Упакуйте в zip содержимое папки виджета, а не саму папку: manifest.json должен лежать на верхнем уровне widget.zip.
rule-files-zip-root-why = amoCRM ищет manifest.json на верхнем уровне widget.zip. Если файлы лежат внутри папки, виджет не будет найден, и загрузить его не получится.
rule-files-zip-root-bad =
    widget.zip
    └─ acme-calendar/
    {"   "}├─ manifest.json
    {"   "}└─ script.js
rule-files-zip-root-good =
    widget.zip
    ├─ manifest.json
    └─ script.js
rule-files-zip-root-source = Чек-лист, раздел «Development»: "Your widget.zip contains the following files: manifest.json …"; см. https://developers.kommo.com/docs/structure-widget (файлы лежат в корне архива, а не внутри папки)

## files.unused
rule-files-unused = Нет неиспользуемых файлов
rule-files-unused-help = Удалите файлы, на которые ничто не ссылается (ни манифест, ни скрипты, ни стили, ни шаблоны), или проверьте, что код их всё-таки загружает: имена, которые составляются во время работы, не всегда удаётся отследить.
rule-files-unused-why = Модераторы просматривают каждый файл в архиве. Файлы, которые ничем не используются, замедляют проверку и мешают понять, что на самом деле делает виджет.
rule-files-unused-bad =
    script.js
    script_old.js (его ничто не загружает)
    images/banner_draft.png (его нигде не показывают)
rule-files-unused-good = script.js
rule-files-unused-source = Чек-лист, раздел «Development»: "You’ve deleted any files, pictures and scripts that are not used in integration"

## files.dev-junk
rule-files-dev-junk = Нет тестовых данных и следов разработки
rule-files-dev-junk-help = Удалите эти файлы разработки из виджета, прежде чем упаковывать его в zip.
rule-files-dev-junk-why = Папки систем контроля версий, настройки редактора, логи и source maps пользователям не нужны, а ещё могут выдать внутренние пути, ключи или код, который никто не проверял. К тому же из-за них модераторы дольше проверяют виджет.
rule-files-dev-junk-bad =
    manifest.json, script.js,
    {"."}DS_Store, node_modules/, script.js.map
rule-files-dev-junk-good =
    manifest.json
    script.js
rule-files-dev-junk-source = Чек-лист, раздел «Development»: "You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration"

## files.utf8
rule-files-utf8 = Текстовые файлы в UTF-8
rule-files-utf8-help = Сохраните эти файлы в кодировке UTF-8 (в большинстве редакторов: «Сохранить в кодировке» → UTF-8).
rule-files-utf8-why = amoCRM читает файлы виджета в кодировке UTF-8. В файле, сохранённом в другой кодировке, например Windows-1252 или Windows-1251, буквы с диакритикой и кириллица превращаются в нечитаемые символы.
rule-files-utf8-bad = i18n/es.json сохранён в Windows-1252: "Configuración" показывается как "Configuraci�n"
rule-files-utf8-good = i18n/es.json сохранён в UTF-8: "Configuración" показывается так, как написано
rule-files-utf8-source = Чек-лист, раздел «Development»: "All text files … are in UTF-8 encoding without BOM"

## files.no-bom
rule-files-no-bom = Текстовые файлы без метки BOM
rule-files-no-bom-help = Сохраните эти файлы в кодировке UTF-8 без BOM.
rule-files-no-bom-why = Метка порядка байтов (BOM) — это три невидимых байта в начале файла. Программы, читающие JSON, и скрипты могут принять их за текст, и тогда manifest.json или языковой файл не загрузится.
rule-files-no-bom-bad = manifest.json начинается с невидимых байтов EF BB BF, а уже за ними {"{"}
rule-files-no-bom-good = manifest.json начинается сразу с {"{"}
rule-files-no-bom-source = Чек-лист, раздел «Development»: "All text files … are in UTF-8 encoding without BOM"

## files.lf-endings
rule-files-lf-endings = Текстовые файлы с переводами строк Unix (LF)
rule-files-lf-endings-help = Замените в этих файлах переводы строк на LF (Unix); в большинстве редакторов переключатель переводов строк есть в строке состояния.
rule-files-lf-endings-why = Переводы строк Windows (CR LF) добавляют в конец каждой строки невидимый символ, который может попасть в тексты и шаблоны. Чек-лист требует переводов строк Unix, чтобы файлы были одинаковыми в любой системе.
rule-files-lf-endings-bad = script.js: каждая строка заканчивается на \r\n (Windows)
rule-files-lf-endings-good = script.js: каждая строка заканчивается на \n (Unix)
rule-files-lf-endings-source = Чек-лист, раздел «Development»: "All text files … also uses Unix line feed"

## files.references
rule-files-references = Все упомянутые файлы на месте
rule-files-references-help = Добавьте недостающие файлы или исправьте пути, которые на них указывают.
rule-files-references-why = Шаблон, изображение или стиль, которые код загружает, но которых нет в архиве, не загрузятся, когда виджет заработает: пользователи увидят пустую панель или битую картинку.
rule-files-references-bad =
    self.render({"{"}href: '/templates/settings.twig', base_path: self.params.path{"}"}, data)
    (в архиве нет templates/settings.twig)
rule-files-references-good =
    self.render({"{"}href: '/templates/form.twig', base_path: self.params.path{"}"}, data)
    (templates/form.twig есть в архиве)
rule-files-references-source = Чек-лист, раздел «Development»: "All style files required in documentation are included"; см. https://developers.kommo.com/docs/script-js (шаблоны, изображения и стили загружаются из собственных файлов виджета)

## manifest.json-valid
rule-manifest-json-valid = manifest.json — корректный JSON
rule-manifest-json-valid-help = Исправьте синтаксическую ошибку в указанном месте (обычно не хватает запятой, кавычки или скобки).
rule-manifest-json-valid-why = Всё о виджете amoCRM узнаёт из manifest.json. Если это некорректный JSON, загрузка не удастся, а остальные пункты тоже нельзя будет проверить.
rule-manifest-json-valid-bad =
    {"{"}
    {"  "}"widget": {"{"}"name": "widget.name"{"}"}
    {"  "}"locations": ["lcard-1"]
    {"}"}
rule-manifest-json-valid-good =
    {"{"}
    {"  "}"widget": {"{"}"name": "widget.name"{"}"},
    {"  "}"locations": ["lcard-1"]
    {"}"}
rule-manifest-json-valid-source = Документация: manifest.json должен быть корректным JSON (некорректный JSON — самая частая ошибка при загрузке); см. https://developers.kommo.com/docs/manifest-json

## manifest.required-keys
rule-manifest-required-keys = В manifest.json есть обязательные ключи
rule-manifest-required-keys-help = Добавьте в manifest.json недостающие ключи: widget (name, description, short_description, locale, installation), locations и settings. Если в tour.tour_images указаны слайды, задайте tour.is_tour значение true.
rule-manifest-required-keys-why = По этим ключам amoCRM показывает виджет в маркетплейсе и устанавливает его: из них она узнаёт название и тексты виджета, его языки, есть ли у него шаг установки, где он появляется и какие у него настройки.
rule-manifest-required-keys-bad =
    "widget": {"{"}"name": "widget.name", "locale": ["en"]{"}"},
    "locations": ["lcard-1"]
rule-manifest-required-keys-good =
    "widget": {"{"}"name": "widget.name", "description": "widget.description",
    {"  "}"short_description": "widget.short_description", "locale": ["en"], "installation": true{"}"},
    "locations": ["lcard-1"], "settings": {"{"}{"}"}
rule-manifest-required-keys-source = Чек-лист, раздел «Development»: "Your manifest.json file contains: widget, name, description, short_description, locale, installation, locations, settings"; см. https://developers.kommo.com/docs/manifest-json (в таблице свойств, https://es-developers.kommo.com/docs/manifest-json, tour/is_tour отмечен как обязательный, и его единственное значение — true; во всех примерах tour_images идёт вместе с "is_tour": true)

## manifest.locations
rule-manifest-locations = Только допустимые области (locations)
rule-manifest-locations-help = Используйте только области, перечисленные для вашего маркетплейса (lcard, ccard, comcard, llist, clist, tlist, settings, advanced_settings, digital_pipeline, widget_page, …; в Kommo нет cucard, culist, whatsapp_modal и amoforms), и удалите области, которые виджет не использует. Окончание -0 или -1 бывает только у областей карточек и списков, и никогда оба сразу у одной области; в amoCRM всегда пишите окончание (lcard-1 — показывать виджет в правой панели, lcard-0 — не показывать).
rule-manifest-locations-why = Маркетплейс знает только области, описанные в документации: неизвестная или написанная с опечаткой область игнорируется, и виджет не появляется там, где вы ждали. Окончания -0 (только загрузить) и -1 (загрузить и показать панель) есть только у областей карточек и списков, оба окончания у одной области противоречат друг другу, а модераторы amoCRM просят писать окончание явно.
rule-manifest-locations-bad = "locations": ["lcard-0", "lcard-1", "settings-1", "lead_card"]
rule-manifest-locations-good = "locations": ["lcard-1", "settings"]
rule-manifest-locations-source = Документация: области, которые может использовать виджет, и окончания -0/-1 у областей карточек и списков: "Table of connection areas" у Kommo на https://developers.kommo.com/docs/widget-locations, список amoCRM на https://www.amocrm.ru/developers/content/integrations/areas; требования amoCRM к модерации (https://www.amocrm.ru/developers/content/integrations/requirements): "необходимо сообщить нашей системе будет ли виджет использовать правую колонку … путём указания требуемой зоны с ключём 1 (clist-1, lcard-1 и тд)"

## manifest.location-blocks
rule-manifest-location-blocks = У областей есть нужные им блоки
rule-manifest-location-blocks-help = Добавьте блок, который нужен каждой области: digital_pipeline → dp.settings, advanced_settings → advanced.title, sms → sms.endpoint, mobile_card → mobile, widget_page → left_menu, salesbot_designer → salesbot_designer; а для card_sdk перечислите карточки, в которых он работает (lcard, ccard или comcard).
rule-manifest-location-blocks-why = Некоторым областям для работы мало одного названия: цифровой воронке нужен блок dp, отправке SMS — адрес endpoint, странице в левом меню — запись left_menu. Без блока область нельзя настроить или показать.
rule-manifest-location-blocks-bad =
    "locations": ["advanced_settings"]
    (нет блока "advanced")
rule-manifest-location-blocks-good =
    "locations": ["advanced_settings"],
    "advanced": {"{"}"title": "advanced.title"{"}"}
rule-manifest-location-blocks-source = Документация: блок, который нужен каждой области (dp, advanced, sms, mobile, left_menu, salesbot_designer); см. https://developers.kommo.com/docs/manifest-json и https://developers.kommo.com/docs/widget-locations (card_sdk: "you should also add lcard/ccard/comcard to work in the cards of the relevant entities"); https://developers.kommo.com/docs/widgets-dp: "the manifest.json file must specify the digital_pipeline scope and the dp/settings block"

## manifest.settings-types
rule-manifest-settings-types = У полей настроек допустимые типы
rule-manifest-settings-types-help = Задайте каждому полю настроек один из типов: text, pass, users, users_lp или custom.
rule-manifest-settings-types-why = amoCRM строит форму настроек по этим типам. Поле любого другого типа не показывается, и пользователи не могут его заполнить.
rule-manifest-settings-types-bad = "api_url": {"{"}"name": "settings.api_url", "type": "url", "required": true{"}"}
rule-manifest-settings-types-good = "api_url": {"{"}"name": "settings.api_url", "type": "text", "required": true{"}"}
rule-manifest-settings-types-source = Документация: типы полей настроек text, pass, users, users_lp и custom; см. https://developers.kommo.com/docs/field-types

## manifest.version
rule-manifest-version = Версия в формате x.y или x.y.z
rule-manifest-version-help = Укажите в widget.version версию вида 1.0.0 (или 1.0) и повышайте её при каждой загрузке.
rule-manifest-version-why = По версии amoCRM и браузеры пользователей понимают, что виджет изменился. Если версию не повысить, браузеры после обновления могут по-прежнему брать старые файлы из кэша.
rule-manifest-version-bad = "version": "new"
rule-manifest-version-good = "version": "1.0.1"
rule-manifest-version-source = Документация: widget.version повышается при каждой загрузке, чтобы обновлялся кэш; см. https://developers.kommo.com/docs/manifest-json

## manifest.secret-key
rule-manifest-secret-key = В архиве нет секретного ключа
rule-manifest-secret-key-help = Новому виджету не нужны widget.code и widget.secret_key: код создаётся при загрузке интеграции, а ключи хранятся в настройках интеграции. Оставьте их, только если этот архив обновляет интеграцию, загруженную до перехода на amoMarket и ещё не сконвертированную: пока конвертация не пройдёт, они ей нужны. В остальных случаях удалите их — архив публичный, и ключ, попавший в него, больше не секретный.
rule-manifest-secret-key-why = Любой, у кого окажется архив, прочитает записанный в нём ключ и сможет действовать от имени вашей интеграции. Секретный ключ в безопасности только там, где его видите лишь вы, — в настройках интеграции.
rule-manifest-secret-key-bad =
    "widget": {"{"}
    {"  "}"code": "acme_calendar",
    {"  "}"secret_key": "Zq3vF8sLw0RkPj7TnXe2YbHc5UaMdG9i"
    {"}"}
rule-manifest-secret-key-good =
    "widget": {"{"}
    {"  "}"code": "acme_calendar"
    {"}"}
    (секретный ключ остаётся в разделе «Ключи и доступы» интеграции)
rule-manifest-secret-key-source = https://www.amocrm.com.kz/developers/content/integrations/upload: "для новых виджетов поля code и secret_key в manifest больше не требуются … Для обновления уже загруженных интеграций поля code и secret_key требуются, пока не будет произведена конвертация"; amo-preflight: ключ, попавший в архив, больше не секретный

## ui.interfaces
rule-ui-interfaces = Меняет только разрешённые части интерфейса
rule-ui-interfaces-help = Убедитесь, что виджет меняет только области, заявленные в locations. Отметьте этот пункт.
rule-ui-interfaces-why = Пользователи и сами функции amoCRM рассчитывают, что каждая страница выглядит и работает как обычно. Виджет, который меняет части amoCRM за пределами своих областей, может их сломать или запутать пользователей.
rule-ui-interfaces-bad = Виджет для карточки сделки, который заодно скрывает одну из вкладок карточки и меняет оформление страницы воронки
rule-ui-interfaces-good = Виджет показывается только в заявленных областях, например в своей панели в карточке сделки (lcard-1)
rule-ui-interfaces-source = Чек-лист, раздел «Development»: "Your integration only makes changes to interfaces included in this list" (список — на странице, ссылка на которую есть в чек-листе)

## ui.no-overlap
rule-ui-no-overlap = Не перекрывает элементы amoCRM
rule-ui-no-overlap-help = Поработайте с виджетом во всех его областях и убедитесь, что он нигде не перекрывает элементы amoCRM и не мешает пользователю. Отметьте этот пункт.
rule-ui-no-overlap-why = Виджет, который закрывает кнопки или перехватывает клики, не даёт пользователям работать в amoCRM, а винят они в этом amoCRM.
rule-ui-no-overlap-bad = Всплывающее окно закрывает кнопку «Сохранить» в карточке и не исчезает, пока пользователь его не заполнит
rule-ui-no-overlap-good = Панель в колонке виджетов карточки, которая не загораживает ни одной кнопки amoCRM
rule-ui-no-overlap-source = Чек-лист, раздел «Development»: "The integration does not overlap amoCRM controls or prevent users from interacting with amoCRM"

## ui.settings-page
rule-ui-settings-page = Страница настроек: уникальное название, после страниц amoCRM
rule-ui-settings-page-help = Виджет добавляет страницу в раздел «Настройки»: дайте ей уникальное название, которое честно говорит, что на ней, и проверьте, что она стоит после страниц самой amoCRM. Отметьте этот пункт.
rule-ui-settings-page-why = Администраторы ориентируются в настройках по названиям и порядку страниц amoCRM. Страница с названием, похожим на системное, сбивает их с толку, а страница перед страницами amoCRM сдвигает системные страницы с привычного места.
rule-ui-settings-page-bad = Страница в настройках называется «Общие настройки» и стоит выше страниц amoCRM
rule-ui-settings-page-good = Страница в настройках называется «Календарь Acme» и стоит после страниц amoCRM
rule-ui-settings-page-source = Чек-лист, раздел «Development»: "If it adds a page to the Settings section, then the page: Has a unique name that does not mislead users; Is located after amoCRM pages"

## ui.left-menu
rule-ui-left-menu = Левое меню не изменено
rule-ui-left-menu-help = Не меняйте левое меню; чтобы добавить туда свою страницу, используйте область widget_page с блоком left_menu.
rule-ui-left-menu-why = Через левое меню все пользователи перемещаются по amoCRM. Виджет, который сам добавляет, скрывает или перекрашивает там пункты, меняет навигацию для всех и ломается, когда amoCRM меняет меню.
rule-ui-left-menu-bad = $('#left_menu').append('<a href="/acme">Acme</a>');
rule-ui-left-menu-good =
    "locations": ["widget_page"],
    "left_menu": {"{"}"acme": {"{"}"title": "menu.title", "icon": "images/menu.svg"{"}"}{"}"}
rule-ui-left-menu-source = Чек-лист, раздел «Development»: "The integration does not change the amoCRM left menu bar, except for cases described in the documentation"; см. https://developers.kommo.com/docs/left-menu

## ui.bottom-position
rule-ui-bottom-position = Не закреплён внизу экрана
rule-ui-bottom-position-help = Не закрепляйте виджет внизу экрана.
rule-ui-bottom-position-why = Элемент, закреплённый внизу экрана, закрывает часть каждой страницы amoCRM и вытягивает интерфейс по вертикали, так что пользователям приходится под него подстраиваться.
rule-ui-bottom-position-bad = {"."}acme-calendar .bar {"{"} position: fixed; bottom: 0; width: 100%; {"}"}
rule-ui-bottom-position-good = {"."}acme-calendar .bar {"{"} position: static; {"}"}
rule-ui-bottom-position-source = Чек-лист, раздел «Development»: "Your widget is not positioned at the bottom of the screen to extend the interface vertically"

## ui.drag-drop
rule-ui-drag-drop = Зоны перетаскивания вне левого меню и правого верхнего угла
rule-ui-drag-drop-help = Размещайте зоны перетаскивания подальше от левого меню и системных кнопок в правом верхнем углу. Отметьте этот пункт.
rule-ui-drag-drop-why = В левом меню и в правом верхнем углу находятся навигация amoCRM и её системные кнопки — настройки, сохранение, импорт и другие. Зона перетаскивания там перехватывает то, что перетаскивают на них, или мешает ими пользоваться.
rule-ui-drag-drop-bad = Файлы нужно перетаскивать в зону, которая открывается поверх правого верхнего угла, прямо на кнопках «Сохранить» и «Импорт»
rule-ui-drag-drop-good = Файлы нужно перетаскивать в зону внутри собственной панели виджета в карточке
rule-ui-drag-drop-source = Чек-лист, раздел «Development»: "If your integration uses drag & drop, the drop area is not located: In the amoCRM left menu bar; In the top right corner, where system controls such as settings, save, import, etc. are located"

## css.global-selectors
rule-css-global-selectors = Нет глобальных CSS-селекторов
rule-css-global-selectors-help = Привяжите каждое CSS-правило к корневому классу или id виджета, например .my-widget input {"{"} … {"}"}. Правило для :root, которое только задаёт переменные, — предупреждение, а не ошибка: объявите эти переменные на корне виджета.
rule-css-global-selectors-why = Стили виджета действуют на всю страницу amoCRM, а не только на сам виджет. Правило для input меняет все поля в amoCRM. Переменные на :root сами по себе ничего не оформляют, но их имена общие для amoCRM и всех других виджетов.
rule-css-global-selectors-bad = input {"{"} background: red; {"}"}
rule-css-global-selectors-good = {"."}acme-calendar input {"{"} background: red; {"}"}
rule-css-global-selectors-source = Чек-лист, раздел «Development»: "There is no manipulation with global CSS selectors" (нельзя: input {"{"} background: red; {"}"}). Переменные на :root: https://developers.kommo.com/docs/dark-theme их разрешает ("if you have corporate colors, you can use custom variables"), поэтому они дают предупреждение, а не ошибку

## css.system-classes
rule-css-system-classes = Нет стилей для классов amoCRM
rule-css-system-classes-help = Не задавайте стили собственным классам amoCRM, если селектор не начинается с корня вашего виджета.
rule-css-system-classes-why = Эти классы используются для кнопок, полей и меню amoCRM повсюду. Стили для них меняют эти элементы во всей системе, а не только внутри виджета.
rule-css-system-classes-bad = {"."}control-select {"{"} color: red; {"}"}
rule-css-system-classes-good = {"."}acme-calendar .control-select {"{"} color: green; {"}"}
rule-css-system-classes-source = Чек-лист, раздел «Development»: "Your widget does not use the classes as our system in css files"; "All styles are specified relative to the root widget selector" (можно: #amo_widget_code .control-select; нельзя: .control-select)

## css.root-scoped
rule-css-root-scoped = Все стили привязаны к корню виджета
rule-css-root-scoped-help = Начинайте каждый селектор с корневого селектора виджета.
rule-css-root-scoped-why = Класс вроде .header может быть и в amoCRM, и в другом виджете. Если каждое правило начинается с корня виджета, его стили остаются внутри виджета.
rule-css-root-scoped-bad =
    {"."}acme-calendar .day {"{"} color: #333; {"}"}
    {"."}header {"{"} font-weight: bold; {"}"}
rule-css-root-scoped-good =
    {"."}acme-calendar .day {"{"} color: #333; {"}"}
    {"."}acme-calendar .header {"{"} font-weight: bold; {"}"}
rule-css-root-scoped-source = Чек-лист, раздел «Development»: "All styles are specified relative to the root widget selector"

## css.switcher-styles
rule-css-switcher-styles = Нет стилей для переключателей
rule-css-switcher-styles-help = Удалите стили и код для switcher__on / switcher__off / switcher_on / switcher_off и не меняйте оформление переключателей amoCRM. Если нужен другой вид, сделайте собственный чекбокс со своими именами классов.
rule-css-switcher-styles-why = switcher__on и switcher__off — классы собственного переключателя amoCRM. Стили на их основе меняют этот переключатель, а код, который на них опирается, ломается, когда amoCRM его меняет.
rule-css-switcher-styles-bad = {"."}acme-calendar .switcher__on {"{"} background: green; {"}"}
rule-css-switcher-styles-good = {"."}acme-calendar .acme-toggle--on {"{"} background: green; {"}"}
rule-css-switcher-styles-source = Чек-лист, раздел «Development»: "The integration code is not based on and does not contain any switcher styles (switcher__on, switcher__off)"

## css.palette-variables
rule-css-palette-variables = Переменные темы --palette-* не переопределяются
rule-css-palette-variables-help = Используйте переменные темы --palette-* через var(), например color: var(--palette-text-primary), но не задавайте им значения. Для своих цветов объявите на корне виджета переменные с его префиксом, например .acme-calendar {"{"} --acme-accent: #0a84ff; {"}"}.
rule-css-palette-variables-why = Светлая и тёмная темы Kommo задают цвета интерфейса через переменные --palette-*. Виджет, который их переопределяет, может выглядеть неправильно в одной из тем или сломаться, когда Kommo поменяет цвета.
rule-css-palette-variables-bad = :root {"{"} --palette-background-primary: #ffffff; {"}"}
rule-css-palette-variables-good = {"."}acme-calendar {"{"} background: var(--palette-background-primary); --acme-accent: #0a84ff; {"}"}
rule-css-palette-variables-source = Kommo, https://developers.kommo.com/docs/dark-theme, раздел «Rules for Developers»: "Use the provided variables to ensure consistency and avoid conflicts, but if you have corporate colors, you can use custom variables." и "Do not override predefined variables. This helps maintain style consistency and avoid incompatibilities with system updates."; в примере на этой странице используется var(--palette-text-secondary-dark)

## code.commented-out
rule-code-commented-out = Нет закомментированного кода
rule-code-commented-out-help = Удалите закомментированный код (старые версии кода хранит система контроля версий); оставьте только поясняющие комментарии.
rule-code-commented-out-why = Модераторы читают весь код виджета. Старый код в комментариях замедляет проверку и заставляет гадать, не выполняется ли он где-то до сих пор.
rule-code-commented-out-bad =
    // background: #fafafa;
    // var a = AMOCRM.constant('account').id
rule-code-commented-out-good =
    // our signature color
    // get account id
rule-code-commented-out-source = Чек-лист, раздел «Development»: "All comments are relevant and explanatory" (можно: // our signature color; нельзя: // background: #fafafa;)

## js.syntax
rule-js-syntax = Синтаксис JavaScript корректен
rule-js-syntax-help = Исправьте синтаксическую ошибку в указанном месте: дальше этого места браузер файл не читает, и виджет не загружается.
rule-js-syntax-why = Одна синтаксическая ошибка не даёт загрузиться всему скрипту, и виджет не работает нигде.
rule-js-syntax-bad = var days = [1, 2, 3;
rule-js-syntax-good = var days = [1, 2, 3];
rule-js-syntax-source = Чек-лист, раздел «Development»: "All variables in the widget are declared before use and the syntax is correct"

## js.undeclared
rule-js-undeclared = Переменные объявлены до использования
rule-js-undeclared-help = Объявите это имя через var, let или const в функции, которая его использует (или передайте его как зависимость в define); если это должна быть глобальная переменная, присвойте её один раз как window.name.
rule-js-undeclared-why = Необъявленная переменная либо останавливает скрипт с ошибкой, когда выполнение доходит до этой строки, либо молча становится глобальной и может конфликтовать с amoCRM или с другими виджетами.
rule-js-undeclared-bad = total = items.length;
rule-js-undeclared-good = var total = items.length;
rule-js-undeclared-source = Чек-лист, раздел «Development»: "All variables in the widget are declared before use and the syntax is correct"

## js.debug-traces
rule-js-debug-traces = Нет alert, confirm и отладочного вывода
rule-js-debug-traces-help = Удалите alert, confirm, prompt и debugger, а сообщения показывайте в интерфейсе самого виджета; удалите console.log, console.info, console.warn и подобный отладочный вывод (console.error для настоящих ошибок можно оставить).
rule-js-debug-traces-why = alert и confirm блокируют страницу amoCRM, пока пользователь не нажмёт кнопку, а debugger останавливает её, если в браузере открыты инструменты разработчика. Забытый вывод в консоль засоряет консоль браузера и может показать данные клиентов.
rule-js-debug-traces-bad =
    alert('Saved');
    console.log(settings);
rule-js-debug-traces-good = $('.acme-calendar .status').text(self.i18n('messages').saved);
rule-js-debug-traces-source = Чек-лист, раздел «Development»: "You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration"

## js.console-debug
rule-js-console-debug = console.debug только для важной информации
rule-js-console-debug-help = Оставьте console.debug только там, где он выводит информацию, нужную для работы виджета. Отметьте этот пункт.
rule-js-console-debug-why = console.debug выполняется в браузере каждого пользователя. Оставлять стоит только сообщения, которые помогают найти настоящие проблемы; вывод целых объектов засоряет консоль и может раскрыть данные клиентов.
rule-js-console-debug-bad = console.debug('here 2', lead);
rule-js-console-debug-good = console.debug('Acme: calendar sync failed, retrying in 30 s');
rule-js-console-debug-source = Чек-лист, раздел «Development»: "If console.debug is used, you only log information important for the widget to work."

## js.console-trace
rule-js-console-trace = console.trace только в catch или onRejected
rule-js-console-trace-help = Вызывайте console.trace только внутри блока catch или в обработчике onRejected промиса (.catch(fn), .then(ok, fn)), а в остальных местах удалите его; функция, которая создана там, но выполняется позже, не считается.
rule-js-console-trace-why = console.trace выводит весь стек вызовов, а это полезно, только когда что-то сломалось. Вне обработки ошибок он засоряет консоль при каждом выполнении кода.
rule-js-console-trace-bad =
    function save() {"{"}
    {"  "}console.trace('save');
    {"  "}…
    {"}"}
rule-js-console-trace-good =
    save().catch(function (error) {"{"}
    {"  "}console.trace(error);
    {"}"});
rule-js-console-trace-source = Чек-лист, раздел «Development»: "You do not use console.trace outside the following blocks: a) catch block; b) onRejected Promise Argument."

## js.amocrm-global
rule-js-amocrm-global = Не изменяет глобальный объект AMOCRM
rule-js-amocrm-global-help = AMOCRM и APP можно только читать: храните данные виджета в его собственных переменных и никогда ничего не присваивайте, не удаляйте и не меняйте в объектах amoCRM.
rule-js-amocrm-global-why = Объект AMOCRM читают и сама amoCRM, и каждый установленный виджет. Если его изменить, могут сломаться страницы amoCRM и другие виджеты, причём так, что причину будет трудно найти.
rule-js-amocrm-global-bad = AMOCRM.data.current_card.id = 0;
rule-js-amocrm-global-good = var cardId = AMOCRM.data.current_card.id;
rule-js-amocrm-global-source = Чек-лист, раздел «Development»: "The integration does not affect the data in the global variable AMOCRM"

## js.sync-requests
rule-js-sync-requests = Нет синхронных запросов
rule-js-sync-requests-help = Уберите async: false и передавайте третьим аргументом xhr.open значение true (или ничего); обрабатывайте ответ в колбэке или промисе.
rule-js-sync-requests-why = Синхронный запрос блокирует всю страницу amoCRM, пока сервер не ответит. Если сервер медленный, пользователи всё это время не могут ничего нажать или ввести.
rule-js-sync-requests-bad = $.ajax({"{"}url: url, async: false{"}"});
rule-js-sync-requests-good = $.ajax({"{"}url: url{"}"}).done(showEvents);
rule-js-sync-requests-source = Чек-лист, раздел «Development»: "The integration does not use synchronous requests"

## js.script-injection
rule-js-script-injection = Не внедряет элементы script
rule-js-script-injection-help = Подключайте все зависимости через список define([...]) в script.js, а не создавайте элементы <script> и не используйте $.getScript.
rule-js-script-injection-why = Скрипт, добавленный таким способом, обходит загрузчик модулей amoCRM: он загружается в непредсказуемом порядке и в обход объявленных зависимостей виджета, а модераторы не видят в одном месте всё, что запускает виджет.
rule-js-script-injection-bad =
    var s = document.createElement('script');
    s.src = 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js';
    document.head.appendChild(s);
rule-js-script-injection-good =
    define(['jquery', 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js'], function ($) {"{"}
    {"  "}…
    {"}"});
rule-js-script-injection-source = Чек-лист, раздел «Development»: "The integration does not include external dependency files through document.createElement (‘script’) and does not insert this element directly into the head"

## js.requirejs-deps
rule-js-requirejs-deps = Внешние зависимости подключены через define
rule-js-requirejs-deps-help = Укажите зависимость в define([...]) в script.js; не используйте import(), require() с адресами URL и код, который загружается и выполняется через eval.
rule-js-requirejs-deps-why = amoCRM загружает виджеты через RequireJS: зависимости из define загружаются один раз, по порядку, ещё до запуска кода виджета, и модераторы видят их все в одном месте. Другие способы загрузки кода всё это обходят.
rule-js-requirejs-deps-bad = import('https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js').then(draw);
rule-js-requirejs-deps-good =
    define(['https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js'], function (d3) {"{"}
    {"  "}…
    {"}"});
rule-js-requirejs-deps-source = Чек-лист, раздел «Development»: "All external dependencies are connected via requirejs in the dependency block in define."

## js.external-sources
rule-js-external-sources = Только публичные библиотеки с надёжных CDN
rule-js-external-sources-help = Свой код кладите в архив виджета и подключайте через define([...]); публичные библиотеки берите с code.jquery.com, ajax.googleapis.com, ajax.aspnetcdn.com или yastatic.net (библиотеки с jsDelivr, cdnjs, PageCDN или unpkg тоже разрешены, но модераторы проверяют каждую).
rule-js-external-sources-why = Скрипт, загружаемый с собственного сервера разработчика, может измениться в любой момент после модерации, и пользователи будут выполнять код, который никто не проверял. Публичные библиотеки на известных CDN — неизменные файлы, которые модераторы знают.
rule-js-external-sources-bad = define(['https://static.acme.com/d3.min.js', 'https://static.acme.com/acme-calendar.js'], …)
rule-js-external-sources-good =
    define(['https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js'], …)
    // код календаря Acme лежит в собственных файлах виджета
rule-js-external-sources-source = Чек-лист, раздел «Development»: "Additional plugins or other external connections to the widget are not loaded from external resources with the exception of public libraries"; "The integration uses only trusted CDS, if any."

## js.external-styles
rule-js-external-styles = Нет стилей с CDN с глобальными селекторами
rule-js-external-styles-help = Не подключайте с других сайтов таблицы стилей, в которых есть глобальные селекторы; скопируйте нужные стили в свой CSS и привяжите их к корню виджета.
rule-js-external-styles-why = Таблица стилей, загруженная с CDN, действует на всю страницу amoCRM, как и собственные стили виджета. Если в ней есть стили для body, a или input, меняется оформление всей amoCRM.
rule-js-external-styles-bad = $('head').append('<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">');
rule-js-external-styles-good =
    /* style.css: только стили, нужные виджету */
    {"."}acme-calendar .btn {"{"} padding: 6px 12px; {"}"}
rule-js-external-styles-source = Чек-лист, раздел «Development»: "The integration does not connect styles from an external CDN if the requested file contains at least one global selector."

## js.eval
rule-js-eval = Нет выполнения кода из строк и iframe
rule-js-eval-help = Замените eval, new Function и таймеры со строкой кода обычными функциями; никогда не выполняйте как код данные, полученные из iframe или с сервера.
rule-js-eval-why = Код, выполненный из строки или полученный из iframe, модераторы ни разу не видели. Тот, кто управляет этим текстом, может выполнить что угодно в сеансе amoCRM пользователя.
rule-js-eval-bad =
    window.addEventListener('message', function (e) {"{"}
    {"  "}eval(e.data);
    {"}"});
rule-js-eval-good =
    window.addEventListener('message', function (e) {"{"}
    {"  "}if (e.data.type === 'resize') resize(e.data.height);
    {"}"});
rule-js-eval-source = Чек-лист, раздел «Development»: "The integration does not execute code obtained from the iFrame"

## js.callbacks
rule-js-callbacks = Есть render, init и bind_actions
rule-js-callbacks-help = Добавьте в this.callbacks колбэки render, init и bind_actions (каждый возвращает true), а также те, которые вызывают ваши области: loadPreloadedData, loadElements, linkCard и searchDataInCard для card_sdk, advancedSettings для advanced_settings, initMenuPage для widget_page.
rule-js-callbacks-why = Показывая виджет, amoCRM вызывает render, затем init, затем bind_actions. Если одного из них нет или render не возвращает true, виджет не работает в своих областях.
rule-js-callbacks-bad =
    this.callbacks = {"{"}
    {"  "}init: function () {"{"} return true; {"}"}
    {"}"};
rule-js-callbacks-good =
    this.callbacks = {"{"}
    {"  "}render: function () {"{"} return true; {"}"},
    {"  "}init: function () {"{"} return true; {"}"},
    {"  "}bind_actions: function () {"{"} return true; {"}"}
    {"}"};
rule-js-callbacks-source = Документация: render, init и bind_actions — обязательные колбэки, каждый возвращает true, а advancedSettings — колбэк страницы расширенных настроек (https://developers.kommo.com/docs/script-js); https://developers.kommo.com/docs/card-sdk: "4 methods must be created in the callbacks object in the script.js file of the widget, loadPreloadedData, loadElements, linkCard, searchDataInCard"; initMenuPage — для страницы в левом меню (https://developers.kommo.com/docs/left-menu)

## js.minified
rule-js-minified = Код читаемый
rule-js-minified-help = Отправьте собственный код виджета в читаемом виде (не минифицированный, не собранный в бандл, без source maps). Библиотеки можно включать в том виде, в каком они опубликованы: убедитесь, что каждая из них — неизменённая публичная библиотека, или подключите её через define([...]) с надёжного CDN.
rule-js-minified-why = Чтобы одобрить виджет, модераторы должны прочитать его собственный код. Минифицированный или обфусцированный код нельзя проверить за разумное время, и он скрывает, что делает виджет.
rule-js-minified-bad = define(["jquery"],function(e){"{"}var t=function(){"{"}var n=this;this.callbacks={"{"}render:function(){"{"}return!0{"}"},…
rule-js-minified-good =
    define(['jquery'], function ($) {"{"}
    {"  "}var CustomWidget = function () {"{"}
    {"    "}var self = this;
    {"    "}…
rule-js-minified-source = Чек-лист, раздел «Development»: "The more readable and understandable your code is, the faster we will be able to check it."; см. https://www.amocrm.ru/developers/content/integrations/requirements (код не должен быть минифицирован или обфусцирован, кроме библиотек)
