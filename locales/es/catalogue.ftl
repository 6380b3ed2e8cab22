# amo-preflight: the rule catalogue in es — each rule's title (rule-<id>), and its help, why, bad and good examples and source (rule-<id>-help …). The English is in src/rules/catalogue.rs.

## internal.error
rule-internal-error = La comprobación llegó hasta el final
rule-internal-error-help = Una parte de la revisión se detuvo por un error interno, así que sus reglas no se comprobaron. Es un fallo de amo-preflight, no de tu widget: repórtalo junto con el mensaje (y el widget, si puedes compartirlo).
rule-internal-error-why = Cuando una parte de la revisión se detiene por un fallo de amo-preflight, las reglas que cubre se quedan sin respuesta. Reportarlo evita que una regla que no se comprobó se tome por aprobada.
rule-internal-error-bad = Las revisiones de JavaScript se detuvieron por un error interno, así que las reglas js.* no tienen resultado para este widget
rule-internal-error-good = Todas las partes de la revisión llegaron hasta el final y cada regla tiene un resultado (Correcto, Error, Advertencia, Revisar o No aplica)
rule-internal-error-source = amo-preflight: no es un punto de la lista de verificación; la herramienta informa de sus propios fallos para que una regla que no pudo comprobar nunca se tome por aprobada

## general.data-minimal
rule-general-data-minimal = Recopila solo los datos que necesita
rule-general-data-minimal-help = Aquí se listan los campos de configuración que piden datos personales o credenciales. Quita los que el widget no necesite para funcionar y luego marca este punto.
rule-general-data-minimal-why = Cada campo que pide datos personales o credenciales obliga a los usuarios a confiarle esos datos al desarrollador, que luego tiene que protegerlos. Los datos que el widget no necesita para funcionar son solo un riesgo, para los usuarios y para el marketplace.
rule-general-data-minimal-bad = Para mostrar las reuniones en la tarjeta del lead, la configuración pide el teléfono personal del gerente, su fecha de nacimiento y su contraseña de amoCRM
rule-general-data-minimal-good = Para mostrar las reuniones en la tarjeta del lead, la configuración solo pide qué calendario de Acme mostrar
rule-general-data-minimal-source = Lista de verificación, sección General: "Your integration only collects data required for the integration to function"

## general.data-consent
rule-general-data-consent = El usuario acepta antes de que se envíen sus datos
rule-general-data-consent-help = Aquí se listan los campos de configuración que piden credenciales o datos personales. Comprueba que, antes de que los datos lleguen a tu servidor, el widget les diga a los usuarios qué se envía y para qué, y les pida confirmarlo (por ejemplo, con una casilla de consentimiento y un enlace a tu política de privacidad), y que no se instale sin esa confirmación. Luego marca este punto.
rule-general-data-consent-why = Una contraseña, una clave o un número de teléfono que se escribe en la configuración del widget sale de amoCRM hacia el servidor del desarrollador. Los usuarios deben saberlo antes de que ocurra y estar de acuerdo: los moderadores comprueban que el widget lo pregunte y que no siga adelante sin una respuesta.
rule-general-data-consent-bad = La configuración pide la clave API de Acme y el teléfono del gerente, y envía ambos a acme.com al hacer clic en Guardar, sin avisar
rule-general-data-consent-good = Encima de Guardar: "Tu clave API de Acme y tu número de teléfono se envían a Acme para sincronizar tu calendario", una casilla "Acepto" y un enlace a la política de privacidad de Acme; Guardar sigue desactivado hasta que se marque la casilla
rule-general-data-consent-source = Lista de verificación, sección General: "Your integration only collects data required for the integration to function"; requisitos de amoCRM para integraciones públicas (https://www.amocrm.ru/developers/content/integrations/requirements), en resumen: no recopilar datos del usuario (clave API, correo electrónico…) salvo que hagan falta; si hacen falta, avisar al instalar y pedir la confirmación del usuario, sin la cual el widget no debe instalarse. Kommo, https://developers.kommo.com/docs/getting-listed, sección "Security": "An integration must collect only the data required for its functioning." y "Integrators must implement appropriate security measures to ensure proper handling of user information"

## general.ease-of-use
rule-general-ease-of-use = Fácil de activar, configurar, usar y obtener soporte
rule-general-ease-of-use-help = Instala el widget como lo haría un usuario nuevo: actívalo y desactívalo, configúralo, úsalo y busca soporte sin ayuda de nadie. Marca este punto cuando las cuatro cosas resulten fáciles.
rule-general-ease-of-use-why = La mayoría de quienes instalan widgets son gerentes de ventas y dueños de negocios, no desarrolladores. Si no logran activar y desactivar el widget, configurarlo, usarlo o encontrar ayuda por su cuenta, se rinden o recurren al soporte de amoCRM.
rule-general-ease-of-use-bad = Para configurarlo hay que copiar una clave API de una página para desarrolladores difícil de encontrar
rule-general-ease-of-use-good = Para configurarlo basta un botón Conectar que abre el inicio de sesión del servicio
rule-general-ease-of-use-source = Lista de verificación, sección General: "Your integration is easy to use, so that even non-technical users can understand how to: enable and disable it, set it up, work with it, get support"

## general.support-contact
rule-general-support-contact = Los usuarios pueden obtener soporte
rule-general-support-contact-help = En manifest.json, pon en widget.support.link la dirección de una página de soporte que funcione (completa, con https://) y en widget.support.email un correo de soporte (amoCRM pide los dos; Kommo, al menos uno). Deben ser tuyos, para que los usuarios lleguen al desarrollador del widget: no el soporte de amoCRM o de Kommo, ni una dirección de relleno como example.com.
rule-general-support-contact-why = Los usuarios que tienen un problema necesitan contactar a quienes hicieron el widget. Sin un contacto propio del desarrollador, escriben al soporte de amoCRM, que no puede arreglar un widget que no hizo.
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
rule-general-support-contact-source = Lista de verificación, sección General: "…even non-technical users can understand how to: … get support"; ver https://www.amocrm.ru/developers/content/integrations/requirements (amoCRM exige widget.support.link y widget.support.email)

## general.no-partner-upsell
rule-general-no-partner-upsell = No promueve comprar suscripciones a través de socios
rule-general-no-partner-upsell-help = Quita los textos que animan a comprar suscripciones de amoCRM/Kommo a través de socios.
rule-general-no-partner-upsell-why = El marketplace es parte del propio producto de amoCRM. Un widget publicado ahí no debe usarse para llevar a los clientes de amoCRM a comprarle su suscripción a un revendedor.
rule-general-no-partner-upsell-bad = Compra tu suscripción de amoCRM con Acme, socio oficial de amoCRM, y ahorra un 20%.
rule-general-no-partner-upsell-good = Acme configura el widget para tu equipo y responde tus preguntas por correo.
rule-general-no-partner-upsell-source = Lista de verificación, sección General: "Your integration does not mention or encourage buying amoCRM subscriptions via amoCRM Partners"

## general.official-claim
rule-general-official-claim = «Oficial» solo con pruebas documentales
rule-general-official-claim-help = Un texto dice que algo es "oficial". Si dice que la integración es la oficial de otro servicio, envía al marketplace una prueba documental junto con la solicitud (por ejemplo, una carta o un acuerdo de socio de ese servicio); si no, quita esa palabra. Luego marca este punto.
rule-general-official-claim-why = Los usuarios confían más en una integración "oficial", como si el otro servicio la hubiera hecho o respaldado. El marketplace solo permite que un widget lo diga si el desarrollador puede demostrarlo.
rule-general-official-claim-bad = "La integración oficial de WhatsApp para amoCRM", sin ningún acuerdo con WhatsApp que lo respalde
rule-general-official-claim-good = "WhatsApp para amoCRM via Acme"; o bien "oficial", con la carta de socio de WhatsApp enviada a los moderadores
rule-general-official-claim-source = Lista de verificación de Kommo, https://developers.kommo.com/docs/getting-listed, sección General, "Third-party services": "Kindly submit documentary evidence if you consider your integration with third-party services to be 'official'." La lista de verificación de amoCRM no tiene este punto, así que allí solo es una pregunta para quien revisa

## general.no-auto-install
rule-general-no-auto-install = Se instala solo al hacer clic en Instalar
rule-general-no-auto-install-help = Quita el código que hace clic en el control de instalar/desinstalar o lo activa: solo el usuario instala el widget, haciendo clic en Instalar.
rule-general-no-auto-install-why = Instalar un widget le da acceso a la cuenta, así que tiene que ser una decisión del propio usuario. Un widget que pulsa Instalar por sí solo entra en cuentas cuyos dueños nunca lo eligieron.
rule-general-no-auto-install-bad = $('.js-widget-install').trigger('click');
rule-general-no-auto-install-good =
    // nada pulsa Instalar desde el código:
    // el usuario hace clic en Instalar en la ventana de configuración
rule-general-no-auto-install-source = Lista de verificación, sección General: "Your integration is only installed when a user clicks the “Install” button (you have not added any virtual clicks that automatically install the widget)"

## content.name-length
rule-content-name-length = El nombre no es demasiado largo
rule-content-name-length-help = Acorta el nombre del widget (widget.name en cada archivo de i18n) hasta el límite de caracteres.
rule-content-name-length-why = El nombre se muestra en espacios pequeños, como las fichas del marketplace, la lista de widgets instalados y el panel de widgets de una tarjeta. Ahí un nombre más largo se corta, y los usuarios no pueden distinguir un widget de otro.
rule-content-name-length-bad = SuperCal Ultimate Calendar Synchronizer via Acme (48 caracteres)
rule-content-name-length-good = Calendar sync via Acme (22 caracteres)
rule-content-name-length-source = Lista de verificación, sección Contenido y apariencia: "Your widget has a name, which is not longer than 30 characters"

## content.name-via
rule-content-name-via = El nombre dice quién lo hizo: "X via Desarrollador"
rule-content-name-via-help = Termina el nombre con el desarrollador, unido con "via" (Kommo también acepta "by"): por ejemplo, "WhatsApp via Zenvia".
rule-content-name-via-why = A menudo hay varios widgets que conectan el mismo servicio, como WhatsApp. El nombre del desarrollador les dice a los usuarios de quién es el widget que están viendo, y que no lo hizo amoCRM.
rule-content-name-via-bad = WhatsApp
rule-content-name-via-good = WhatsApp via Zenvia
rule-content-name-via-source = Lista de verificación, sección Contenido y apariencia: "Followed by the widget creator’s name, using the word “via”" (correcto: WhatsApp via Zenvia; incorrecto: WhatsApp); Kommo también acepta "by": ver https://developers.kommo.com/docs/getting-listed

## content.name-word-length
rule-content-name-word-length = Ninguna palabra del nombre es demasiado larga
rule-content-name-word-length-help = Separa las palabras largas del nombre: Kommo permite como máximo 19 caracteres por palabra (los caracteres unidos por símbolos cuentan como una sola palabra).
rule-content-name-word-length-why = Kommo muestra los nombres en fichas estrechas, donde una línea solo puede cortarse entre palabras. Una palabra de más de 19 caracteres no cabe y queda cortada.
rule-content-name-word-length-bad = WhatsApp-Telegram-Bot via Acme ("WhatsApp-Telegram-Bot" cuenta como una sola palabra de 21 caracteres)
rule-content-name-word-length-good = WhatsApp Telegram Bot via Acme
rule-content-name-word-length-source = Lista de verificación de Kommo (https://developers.kommo.com/docs/getting-listed): ninguna palabra del nombre puede tener más de 19 caracteres; ver https://developers.kommo.com/changelog?page=3

## content.name-brand
rule-content-name-brand = El nombre no contiene "Kommo"
rule-content-name-brand-help = Quita "Kommo" del nombre: las integraciones no deben parecer hechas por Kommo.
rule-content-name-brand-why = Un nombre con "Kommo" parece un producto oficial de Kommo. Los usuarios esperarían que Kommo respalde el widget y le dé soporte, y no es así.
rule-content-name-brand-bad = Calendario Kommo via Acme
rule-content-name-brand-good = Calendario via Acme
rule-content-name-brand-source = Lista de verificación de Kommo (https://developers.kommo.com/docs/getting-listed): la integración no debe parecer hecha por Kommo, y su nombre no debe contener "Kommo"

## content.teaser-length
rule-content-teaser-length = Descripción corta presente y no demasiado larga
rule-content-teaser-length-help = Escribe una descripción corta (widget.short_description) que diga por qué un cliente debería elegir el widget, sin pasarte del límite de caracteres.
rule-content-teaser-length-why = La descripción corta es la línea breve que aparece junto al nombre del widget, y muchas veces es lo único que leen los usuarios antes de decidir si quieren saber más. Sin ella no tienen ningún motivo para elegir el widget, y si es más larga, se corta.
rule-content-teaser-length-bad = La solución de calendario más completa, con la confianza de miles de empresas en todo el mundo
rule-content-teaser-length-good = Tus reuniones de Google Calendar en cada lead
rule-content-teaser-length-source = Lista de verificación, sección Contenido y apariencia: "Your widget has a short teaser text, which is not longer than 60 characters; explains why client should choose your integration"; Kommo: 50 caracteres, ver https://developers.kommo.com/docs/getting-listed

## content.description-length
rule-content-description-length = Descripción presente y no demasiado larga
rule-content-description-length-help = Escribe una descripción (widget.description) sin pasarte del límite de caracteres; las etiquetas HTML no cuentan, pero el texto que contienen sí.
rule-content-description-length-why = Los usuarios leen la descripción para saber qué hace el widget antes de instalarlo. Si falta, no les dice nada, y el límite hace que cualquier descripción se pueda leer de un vistazo.
rule-content-description-length-bad = Una descripción de 640 caracteres: un saludo, la lista completa de funciones y los pasos de configuración
rule-content-description-length-good = Una descripción de 320 caracteres: qué hace el widget y qué gana el usuario (las etiquetas HTML como <p> no se cuentan)
rule-content-description-length-source = Lista de verificación, sección Contenido y apariencia: "Your integration includes 1-2 paragraphs that describe its benefits, what it does and is not longer than 400 characters"

## content.description-paragraphs
rule-content-description-paragraphs = La descripción tiene 1–2 párrafos
rule-content-description-paragraphs-help = Limita la descripción a uno o dos párrafos: los beneficios y lo que hace el widget.
rule-content-description-paragraphs-why = Uno o dos párrafos cortos se leen completos. Un texto más largo, con muchos párrafos, solo se lee por encima, y los beneficios que buscan los usuarios se pierden en él.
rule-content-description-paragraphs-bad = Cinco párrafos: un saludo, una lista de funciones, los pasos de configuración, un historial de cambios y los contactos
rule-content-description-paragraphs-good = Dos párrafos: qué hace el widget y, después, qué gana el usuario con él
rule-content-description-paragraphs-source = Lista de verificación, sección Contenido y apariencia: "Your integration includes 1-2 paragraphs that describe its benefits, what it does"

## content.description-friendly
rule-content-description-friendly = Descripción cercana, no técnica
rule-content-description-friendly-help = Cambia las palabras técnicas (API, webhook, JSON, token…) por lo que obtiene el usuario, dicho con palabras de todos los días.
rule-content-description-friendly-why = Quienes eligen los widgets son sobre todo gerentes de ventas y dueños de negocios. Las palabras técnicas ocultan lo que el widget hace por ellos, y así no pueden saber si lo necesitan.
rule-content-description-friendly-bad = Sincroniza entidades del CRM con la API de Google Calendar mediante webhooks y tokens OAuth.
rule-content-description-friendly-good = Tus reuniones aparecen en la tarjeta del lead y se actualizan solas cuando cambian los planes.
rule-content-description-friendly-source = Lista de verificación, sección Contenido y apariencia: "Is written in a friendly, not technical way"

## content.description-plan
rule-content-description-plan = La descripción indica el plan necesario
rule-content-description-plan-help = Si el widget no funciona en todos los planes, indica en la descripción qué plan necesita.
rule-content-description-plan-why = Un usuario con un plan que el widget no admite lo instala, ve que no funciona y no sabe por qué. Si indicas el plan, puede decidir antes de instalarlo.
rule-content-description-plan-bad = Sigue automáticamente cada etapa de tus ventas. (El widget solo funciona en el plan Advanced, y el texto no lo dice.)
rule-content-description-plan-good = Sigue automáticamente cada etapa de tus ventas. Funciona en los planes Advanced y Enterprise.
rule-content-description-plan-source = Lista de verificación, sección Contenido y apariencia: "Specifies which amoCRM plan it requires (if it’s not available on all amoCRM plans)"

## content.description-pricing
rule-content-description-pricing = La descripción indica precios y monedas
rule-content-description-pricing-help = Si el widget es de pago, indica en la descripción sus precios y las monedas que aceptas.
rule-content-description-pricing-why = Los usuarios necesitan saber cuánto cuesta el widget, y en qué monedas pueden pagarlo, antes de instalarlo. Enterarse del precio después de configurarlo les hace perder tiempo y confianza.
rule-content-description-pricing-bad = Prueba gratis y después una pequeña cuota mensual.
rule-content-description-pricing-good = Gratis durante 14 días; después, 10 USD o 9 EUR por usuario al mes.
rule-content-description-pricing-source = Lista de verificación, sección Contenido y apariencia: "States the prices and currencies you support (if your integration is not free to use)"

## content.ui-copy
rule-content-ui-copy = Los textos del widget son fáciles de entender
rule-content-ui-copy-help = Lee cada texto del widget como lo haría un usuario y reescribe todo lo que sea confuso o técnico.
rule-content-ui-copy-why = Quienes usan el widget todos los días no son técnicos. Las etiquetas y los textos que no entienden llevan a configuraciones equivocadas, errores y consultas al soporte.
rule-content-ui-copy-bad = Campo de configuración "URI del endpoint del webhook", botón "Ejecutar job de sync"
rule-content-ui-copy-good = Campo de configuración "Dirección de tu cuenta de Acme", botón "Sincronizar ahora"
rule-content-ui-copy-source = Lista de verificación, sección Contenido y apariencia: "All text in your widget is user-friendly and understandable"

## content.error-messages
rule-content-error-messages = Cada error tiene un mensaje que dice qué hacer
rule-content-error-messages-help = Dale a cada error un mensaje que explique el problema y qué debe hacer el usuario a continuación.
rule-content-error-messages-why = Un error sin mensaje, o con solo un código, deja a los usuarios sin saber qué hacer o les hace creer que amoCRM no funciona. Un mensaje que dice qué pasó y qué hacer les permite resolverlo por su cuenta.
rule-content-error-messages-bad = Error 401
rule-content-error-messages-good = Acme no pudo conectarse: tu sesión de Acme expiró. Abre la configuración del widget y haz clic en Reconectar.
rule-content-error-messages-source = Lista de verificación, sección Contenido y apariencia: "You have provided messages for all potential errors, and they clearly explain the problem and what the user should do next"

## images.branding-files
rule-images-branding-files = Existen las cinco imágenes de marca
rule-images-branding-files-help = Agrega logo_main.png (400×272), logo_medium.png (240×84), logo.png (130×100), logo_small.png (108×108) y logo_min.png (84×84) a la carpeta images/, no junto a manifest.json: Kommo rechaza los logotipos en la raíz del widget, y la documentación de amoCRM también los pone en images/. Deja una sola copia de cada uno.
rule-images-branding-files-why = amoCRM muestra estas imágenes en distintos lugares: el marketplace, la lista de integraciones y las tarjetas y listas donde aparece el widget. Cada archivo que falta deja un hueco o una imagen rota en alguno de ellos.
rule-images-branding-files-bad =
    images/logo.png
    images/logo_main.png
    (faltan logo_medium.png, logo_small.png y logo_min.png)
rule-images-branding-files-good =
    images/logo.png, images/logo_main.png,
    images/logo_medium.png, images/logo_small.png,
    images/logo_min.png
rule-images-branding-files-source = Lista de verificación, sección Contenido y apariencia: "You have provided branding images in PNG format in the following sizes: 400×272 px, 240×84 px, 130×100 px, 108×108 px, 84×84 px"; sección Desarrollo: "Your widget.zip contains the following files: … logo.png, logo_main.png, logo_medium.png, logo_min.png, logo_small.png". Dónde van: https://developers.kommo.com/docs/structure-widget marca images como obligatoria ("The folder where the image files for the widget are placed should contain 6 PNG files"), https://developers.kommo.com/docs/images: "The folder images/ should contain 5 PNG files"; amoCRM, https://www.amocrm.com/developers/content/integrations/structure/: "images/ The folder for placing the image files … should contain 5 png files". La lista de verificación de amoCRM pone los logotipos junto a manifest.json, pero su página sobre la estructura los pone en images/; por eso, un logotipo en la raíz es una advertencia en amoCRM y un error en Kommo

## images.branding-format
rule-images-branding-format = Las imágenes de marca son PNG
rule-images-branding-format-help = Guarda las imágenes de marca como PNG. No basta con cambiarle la extensión a .png a un JPEG: expórtalo como PNG.
rule-images-branding-format-why = El marketplace pide PNG, que mantiene nítidos los logotipos y permite fondos transparentes. Un JPEG con la extensión cambiada a .png sigue siendo un JPEG por dentro, y puede ser rechazado o verse mal.
rule-images-branding-format-bad = images/logo_main.png es un JPEG al que se le cambió el nombre a .png
rule-images-branding-format-good = images/logo_main.png se exportó como PNG desde el editor de imágenes
rule-images-branding-format-source = Lista de verificación, sección Contenido y apariencia: "You have provided branding images in PNG format"

## images.branding-size
rule-images-branding-size = Las imágenes de marca tienen el tamaño exacto
rule-images-branding-size-help = Exporta la imagen exactamente al tamaño indicado; no cuentes con que el marketplace la ajuste.
rule-images-branding-size-why = Cada imagen se muestra con un tamaño fijo. Una imagen de otro tamaño se escala para que quepa, lo que la vuelve borrosa, y se estira o se recorta si sus proporciones son distintas.
rule-images-branding-size-bad = images/logo_main.png: 800×600 px
rule-images-branding-size-good = images/logo_main.png: 400×272 px
rule-images-branding-size-source = Lista de verificación, sección Contenido y apariencia: "You have provided branding images in PNG format in the following sizes: 400×272 px, 240×84 px, 130×100 px, 108×108 px, 84×84 px"; ver https://developers.kommo.com/docs/images

## images.branding-weight
rule-images-branding-weight = Las imágenes de marca pesan 300 KB como máximo
rule-images-branding-weight-help = Haz que la imagen pese menos de 300 KB: expórtala con menos colores o comprímela (por ejemplo, con un optimizador como oxipng).
rule-images-branding-weight-why = Tanto la documentación de amoCRM como la de Kommo limitan cada logotipo a 300 KB. Los logotipos se cargan en muchas páginas y para todos los usuarios, y los archivos pesados hacen más lentas esas páginas.
rule-images-branding-weight-bad = images/logo_main.png: 1.4 MB (una foto a todo color)
rule-images-branding-weight-good = images/logo_main.png: 90 KB (un PNG comprimido)
rule-images-branding-weight-source = Kommo, https://developers.kommo.com/docs/images: "The size of each file should not exceed 300 KB."; amoCRM, https://www.amocrm.com/developers/content/integrations/structure/ (images/): "The size of each file should not exceed 300 KB."

## images.dp-logo
rule-images-dp-logo = Logotipo del Digital Pipeline 174×109
rule-images-dp-logo-help = Los widgets del Digital Pipeline necesitan images/logo_dp.png, un PNG de exactamente 174×109 píxeles.
rule-images-dp-logo-why = Los widgets que funcionan en el Digital Pipeline se muestran ahí con este logotipo. Sin él, el widget aparece en el pipeline sin imagen.
rule-images-dp-logo-bad =
    "locations": ["digital_pipeline"]
    (no hay images/logo_dp.png en el zip)
rule-images-dp-logo-good =
    "locations": ["digital_pipeline"]
    images/logo_dp.png: PNG, 174×109 px
rule-images-dp-logo-source = Documentación: images/logo_dp.png, 174×109 px, para los widgets con la ubicación digital_pipeline; ver https://developers.kommo.com/docs/images y https://developers.kommo.com/docs/widgets-dp

## images.partner-logos
rule-images-partner-logos = Ambos logotipos si aparece otra app
rule-images-partner-logos-help = Si el widget presenta otra app (por ejemplo, Telegram), las imágenes de 400×272 y 240×84 deben mostrar tu logotipo y también el de esa app. Revísalas y marca este punto.
rule-images-partner-logos-why = Los usuarios buscan la app que ya usan, como Telegram. Con los dos logotipos en las imágenes principales, ven de un vistazo qué app conecta el widget y quién hizo la conexión.
rule-images-partner-logos-bad = Una integración con Telegram hecha por AwesomeCode cuyas imágenes de 400×272 y 240×84 solo muestran el logotipo de AwesomeCode
rule-images-partner-logos-good = Esas mismas dos imágenes muestran el logotipo de AwesomeCode junto al de Telegram
rule-images-partner-logos-source = Lista de verificación, sección Contenido y apariencia: "Does your integration feature another app? … Yes – Then the branding image sizes marked with a star above (400×272 px and 240×84 px) must contain both your logo and the app’s logo"

## images.slideshow-count
rule-images-slideshow-count = 1–5 imágenes en el carrusel
rule-images-slideshow-count-help = Indica de una a cinco imágenes de carrusel para cada idioma en manifest.json, en tour.tour_images.<idioma>.
rule-images-slideshow-count-why = El carrusel de la pantalla de instalación es donde los usuarios ven el widget funcionando antes de instalarlo. Sin imágenes no tienen nada en qué basarse, y el marketplace acepta como máximo cinco.
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
rule-images-slideshow-count-source = Lista de verificación, sección Contenido y apariencia: "You have provided 1-5 slideshow images"; ver https://developers.kommo.com/docs/manifest-json (tour.tour_images)

## images.slideshow-size
rule-images-slideshow-size = Las imágenes del carrusel miden 1188×616
rule-images-slideshow-size-help = Exporta cada imagen del carrusel exactamente a 1188×616 píxeles.
rule-images-slideshow-size-why = Las imágenes del carrusel se muestran en un marco de tamaño fijo. Una imagen de otro tamaño se escala, se estira o se recorta, y su texto se vuelve difícil de leer.
rule-images-slideshow-size-bad = /images/tour_1_en.png: 1920×1080 px
rule-images-slideshow-size-good = /images/tour_1_en.png: 1188×616 px
rule-images-slideshow-size-source = Lista de verificación, sección Contenido y apariencia: "Are 1188×616 pixels each in PNG format"

## images.slideshow-format
rule-images-slideshow-format = Las imágenes del carrusel son PNG (o JPG en Kommo)
rule-images-slideshow-format-help = Guarda cada imagen del carrusel como PNG (Kommo también acepta JPG): un archivo que de verdad sea de ese tipo, no uno renombrado.
rule-images-slideshow-format-why = El marketplace pide las imágenes del carrusel en PNG, que mantiene nítidas las capturas de pantalla y su texto. Un archivo en otro formato, aunque se haya renombrado a .png, puede no mostrarse en absoluto.
rule-images-slideshow-format-bad = /images/tour_1_en.png es una imagen WebP a la que se le cambió el nombre a .png
rule-images-slideshow-format-good = /images/tour_1_en.png se exportó como PNG
rule-images-slideshow-format-source = Lista de verificación, sección Contenido y apariencia: "Are 1188×616 pixels each in PNG format"

## images.slideshow-files
rule-images-slideshow-files = Existen las imágenes del carrusel indicadas
rule-images-slideshow-files-help = Agrega los archivos de imagen que faltan o corrige sus rutas en tour.tour_images (las rutas empiezan con /, que indica la raíz del widget).
rule-images-slideshow-files-why = Una imagen que aparece en manifest.json pero que no está en el zip se ve como una imagen rota en la pantalla de instalación.
rule-images-slideshow-files-bad =
    "en": ["/images/tour1.png"]
    (el archivo que hay en el zip es images/tour_1_en.png)
rule-images-slideshow-files-good = "en": ["/images/tour_1_en.png"]
rule-images-slideshow-files-source = Lista de verificación, sección Contenido y apariencia: "You have provided 1-5 slideshow images"; ver https://developers.kommo.com/docs/manifest-json (las rutas de tour_images empiezan con /, que indica la raíz del widget)

## images.slideshow-quality
rule-images-slideshow-quality = El carrusel muestra la integración con claridad
rule-images-slideshow-quality-help = Mira el carrusel: debe mostrar el widget funcionando dentro de amoCRM/Kommo y lo que aporta, con imágenes nítidas y fáciles de leer. Luego marca este punto.
rule-images-slideshow-quality-why = Las imágenes del carrusel son lo primero que ven los usuarios del widget en acción. Si son borrosas o genéricas, no muestran lo que van a obtener y hacen que el widget parezca sin terminar.
rule-images-slideshow-quality-bad = Una foto de banco de imágenes de un apretón de manos con el logotipo encima, y una captura borrosa reducida desde una pantalla grande
rule-images-slideshow-quality-good = Capturas nítidas del widget funcionando en una tarjeta de lead de amoCRM, y cada una muestra algo que hace por el usuario
rule-images-slideshow-quality-source = Lista de verificación, sección Contenido y apariencia: "Visually show the integration’s functionality, how the integration will be seen within amoCRM, and its value to the user"; "Are good quality, and all compositions are clear and easy to see"

## images.no-foreign-words
rule-images-no-foreign-words = Las imágenes no tienen palabras en otros idiomas
rule-images-no-foreign-words-help = Todas las palabras de las imágenes de este idioma deben estar en este idioma: cambia la imagen que tenga palabras de otro idioma. Las palabras se leen solas si Tesseract está instalado; si no, mira las imágenes y marca este punto.
rule-images-no-foreign-words-why = Un usuario que lee la ficha en español quizá no lee inglés. Las palabras en otro idioma en las imágenes no se entienden, y hacen que la traducción parezca sin terminar.
rule-images-no-foreign-words-bad = Las imágenes en español son capturas de una cuenta en inglés, con los botones "Save" y "Sync now"
rule-images-no-foreign-words-good = Las imágenes en español son capturas de una cuenta en español, con los botones "Guardar" y "Sincronizar ahora"
rule-images-no-foreign-words-source = Lista de verificación, sección Soporte y localización: "Your images do not contain words in other languages"

## l10n.locale-files
rule-l10n-locale-files = Un archivo por idioma declarado, sin extras
rule-l10n-locale-files-help = Agrega un i18n/<idioma>.json para cada idioma de widget.locale y quita los archivos de idioma que no estén declarados. Usa solo los idiomas del marketplace: Kommo publica widgets en los idiomas en, es, pt, tr e id (cualquier otro da error allí); amoCRM, en los idiomas ru, en, es y pt (cualquier otro se marca para que lo revises).
rule-l10n-locale-files-why = amoCRM toma los textos de cada idioma de i18n/<idioma>.json. Un idioma declarado sin su archivo no tiene textos que mostrar, un archivo de un idioma no declarado nunca se usa, y un idioma que el marketplace no ofrece no se le muestra a nadie.
rule-l10n-locale-files-bad =
    "locale": ["en", "es"]
    i18n/en.json, i18n/pt.json
rule-l10n-locale-files-good =
    "locale": ["en", "es"]
    i18n/en.json, i18n/es.json
rule-l10n-locale-files-source = Lista de verificación, sección Desarrollo: "Your widget.zip contains the following files: manifest.json, i18n/*.json …"; https://developers.kommo.com/docs/i18n: "Kommo currently supports English, Spanish, Portuguese, Turkish and Indonesian languages, and the files should be named en.json, es.json, pt.json, tr.json and id.json"; amoCRM: https://www.amocrm.com/developers/content/integrations/structure/ dice "only two localizations are possible: Russian (ru) and English (en)", mientras que la lista de verificación, más reciente, menciona "en.json, es.json or pt.json"; se sigue la más reciente

## l10n.keys-complete
rule-l10n-keys-complete = Traducción completa
rule-l10n-keys-complete-help = Agrega las claves que faltan, para que todos los archivos de idioma tengan las mismas claves.
rule-l10n-keys-complete-why = Un texto que falta en un archivo de idioma falta para todos los usuarios de ese idioma: en lugar del texto, ven una etiqueta vacía o el nombre de la clave.
rule-l10n-keys-complete-bad =
    en.json: {"{"}"errors": {"{"}"offline": "Acme cannot be reached"{"}"}{"}"}
    es.json: {"{"}"errors": {"{"}{"}"}{"}"}
rule-l10n-keys-complete-good =
    en.json: {"{"}"errors": {"{"}"offline": "Acme cannot be reached"{"}"}{"}"}
    es.json: {"{"}"errors": {"{"}"offline": "No se puede conectar con Acme"{"}"}{"}"}
rule-l10n-keys-complete-source = Lista de verificación, sección Soporte y localización: "Your widget is fully translated and contains no words in other languages"; ver https://developers.kommo.com/docs/i18n (todos los archivos de idioma tienen las mismas claves)

## l10n.manifest-keys
rule-l10n-manifest-keys = Los textos del manifiesto existen en todos los idiomas
rule-l10n-manifest-keys-help = Cada texto que menciona el manifiesto (widget.name, los nombres de los campos de configuración, …) debe existir, y no estar vacío, en cada archivo de idioma.
rule-l10n-manifest-keys-why = El nombre del widget, su descripción y las etiquetas de la configuración salen de estos textos. Si uno falta o está vacío, en ese idioma el widget se queda sin nombre, o un campo de configuración sin etiqueta.
rule-l10n-manifest-keys-bad =
    manifest.json: "name": "widget.name"
    es.json: {"{"}"widget": {"{"}"name": ""{"}"}{"}"}
rule-l10n-manifest-keys-good =
    manifest.json: "name": "widget.name"
    es.json: {"{"}"widget": {"{"}"name": "Calendario vía Acme"{"}"}{"}"}
rule-l10n-manifest-keys-source = Lista de verificación, sección Soporte y localización: "Your widget is fully translated"; ver https://developers.kommo.com/docs/i18n (los textos del manifiesto son claves que deben estar en cada archivo de idioma)

## l10n.text-language
rule-l10n-text-language = Los textos están en el idioma del archivo
rule-l10n-text-language-help = Traduce los textos que están en otro idioma; en.json no debe contener textos en ruso.
rule-l10n-text-language-why = Los usuarios de un idioma quizá no lean ningún otro. La mayoría de los usuarios de habla inglesa no pueden leer una frase en ruso que quedó en en.json.
rule-l10n-text-language-bad = en.json: "save": "Сохранить настройки"
rule-l10n-text-language-good = en.json: "save": "Save settings"
rule-l10n-text-language-source = Lista de verificación, sección Soporte y localización: "Your widget is fully translated and contains no words in other languages"; sección Desarrollo: "Your localization files contain text in the appropriate language (for example, the i18n / en.json file does not contain Russian texts and does not mention .ru domains)"

## l10n.hardcoded-text
rule-l10n-hardcoded-text = Sin textos escritos en scripts y plantillas
rule-l10n-hardcoded-text-help = Saca de los scripts y las plantillas todos los textos que ve el usuario, ponlos en los archivos de idioma y muéstralos con self.i18n(…); en una plantilla, pásalos como datos y escribe {"{"}{"{"} … {"}"}{"}"}.
rule-l10n-hardcoded-text-why = La etiqueta de un botón o un mensaje de error escrito en script.js o en una plantilla se muestra tal cual a todos los usuarios, sea cual sea su idioma. Así, los usuarios de habla inglesa se encuentran con palabras en ruso que no pueden leer, aunque los archivos de idioma estén traducidos.
rule-l10n-hardcoded-text-bad =
    $button.text('Сохранить');
    <p>Введите ключ API</p> (en settings.twig)
rule-l10n-hardcoded-text-good =
    $button.text(self.i18n('settings').save);
    <p>{"{"}{"{"} lang.api_key_hint {"}"}{"}"}</p>
rule-l10n-hardcoded-text-source = Lista de verificación, sección Soporte y localización: "Your widget is fully translated and contains no words in other languages"; https://pt-developers.kommo.com/docs/i18n: los archivos de idioma "são usados na parte JavaScript do widget" mediante self.i18n('key'), por ejemplo self.i18n('widget').name

## l10n.untranslated
rule-l10n-untranslated = Los textos están traducidos, no copiados
rule-l10n-untranslated-help = Traduce los textos que son idénticos a los de otro idioma.
rule-l10n-untranslated-why = Un texto exactamente igual al de otro archivo de idioma casi siempre quedó sin traducir. Los usuarios de este idioma lo ven en un idioma que quizá no leen.
rule-l10n-untranslated-bad = es.json: "description": "Your meetings appear in the lead card." (igual que en en.json)
rule-l10n-untranslated-good = es.json: "description": "Tus reuniones aparecen en la tarjeta del lead."
rule-l10n-untranslated-source = Lista de verificación, sección Soporte y localización: "Your widget is fully translated and contains no words in other languages"

## l10n.privacy-policy
rule-l10n-privacy-policy = Enlace a la política de privacidad en este idioma
rule-l10n-privacy-policy-help = Pon un enlace a una política de privacidad en este idioma (o indícala en el formulario de la integración) que mencione el nombre legal de tu empresa.
rule-l10n-privacy-policy-why = Los usuarios tienen derecho a saber qué pasa con sus datos, en un idioma que entiendan. Una política que no pueden leer, o que no existe, no les dice nada.
rule-l10n-privacy-policy-bad = es.json solo enlaza a https://acme.com/privacy, una página en inglés
rule-l10n-privacy-policy-good = es.json enlaza a https://acme.com/es/privacidad, la política de privacidad de Acme Software S.L. en español
rule-l10n-privacy-policy-source = Lista de verificación, sección Soporte y localización: "You provided a link to a privacy policy in that language"

## l10n.link-domains
rule-l10n-link-domains = Los enlaces llevan a sitios en este idioma
rule-l10n-link-domains-help = Cambia los enlaces a sitios en otro idioma (por ejemplo, dominios .ru en los archivos en, es o pt) por páginas en este idioma.
rule-l10n-link-domains-why = Quien hace clic en un enlace de ayuda o de soporte espera una página que pueda leer. Una dirección .ru en los textos en inglés suele llevar a una página en ruso.
rule-l10n-link-domains-bad = en.json: "help": "Setup guide: https://acme.ru/help"
rule-l10n-link-domains-good = en.json: "help": "Setup guide: https://acme.com/en/help"
rule-l10n-link-domains-source = Lista de verificación, sección Soporte y localización: "Every link in your integration leads to a resource in that language"; sección Desarrollo: "All links in en.json, es.json or pt.json files lead to sites in English, Spanish or Portuguese"

## l10n.link-language
rule-l10n-link-language = Las páginas enlazadas están en este idioma
rule-l10n-link-language-help = Enlaza páginas que estén escritas en este idioma.
rule-l10n-link-language-why = Un enlace puede parecer correcto y aun así abrir una página en otro idioma, por ejemplo en un sitio que muestra todo en inglés a todo el mundo. Solo la página misma dice en qué idioma está.
rule-l10n-link-language-bad = es.json enlaza a https://acme.com/help, que se abre en inglés
rule-l10n-link-language-good = es.json enlaza a https://acme.com/es/ayuda, que se abre en español
rule-l10n-link-language-source = Lista de verificación, sección Soporte y localización: "Every link in your integration leads to a resource in that language"; sección Desarrollo: "All links in en.json, es.json or pt.json files lead to sites in English, Spanish or Portuguese"

## l10n.links-reachable
rule-l10n-links-reachable = Todos los enlaces funcionan
rule-l10n-links-reachable-help = Corrige o quita los enlaces que no abren.
rule-l10n-links-reachable-why = Un enlace que no abre, muchas veces el de la página de soporte o de ayuda, deja a los usuarios sin la ayuda que prometía y hace que el widget parezca abandonado.
rule-l10n-links-reachable-bad = "support": "https://acme.com/old-help" (la página responde 404 Not Found)
rule-l10n-links-reachable-good = "support": "https://acme.com/help" (la página se abre)
rule-l10n-links-reachable-source = Lista de verificación, sección Soporte y localización: "Every link in your integration leads to a resource in that language"

## l10n.human-support
rule-l10n-human-support = Soporte humano en este idioma
rule-l10n-human-support-help = Asegúrate de que en el soporte por correo y por teléfono responda una persona en este idioma. Luego marca este punto.
rule-l10n-human-support-why = Cuando algo sale mal, los usuarios necesitan a una persona que entienda su problema y su idioma. Un bot, o respuestas en otro idioma, los dejan sin ayuda.
rule-l10n-human-support-bad = La ficha en español da una dirección de soporte donde solo responde un bot, y en inglés
rule-l10n-human-support-good = Los correos y las llamadas en español los responde una persona, en español
rule-l10n-human-support-source = Lista de verificación, sección Soporte y localización: "You offer human support in that language: If emailed, support will answer in that language; If called, support will answer in that language"

## l10n.local-formatting
rule-l10n-local-formatting = Formatos locales de fechas, números y teléfonos
rule-l10n-local-formatting-help = Muestra las fechas, horas, números, teléfonos y precios con el formato regional del usuario (por ejemplo, con el locale de moment o con Intl.DateTimeFormat sin un locale fijo), en lugar de dejar un único formato fijo en el código.
rule-l10n-local-formatting-why = 03/04/2025 significa 3 de abril en casi toda Europa y 4 de marzo en Estados Unidos. Las fechas, los números y los teléfonos en un formato extranjero se leen mal, o al usuario le parecen incorrectos.
rule-l10n-local-formatting-bad = moment(deal.date).format('MM/DD/YYYY')
rule-l10n-local-formatting-good = moment(deal.date).format('L') // el formato de fecha de la configuración regional del usuario
rule-l10n-local-formatting-source = Lista de verificación, sección Soporte y localización: "Your widget takes local formatting into account, such as dates and times, numbers, phone numbers, local holidays, taxes, etc."

## l10n.payments
rule-l10n-payments = Métodos de pago para América y Europa
rule-l10n-payments-help = Si el widget es de pago, ofrece métodos de pago que funcionen en América del Norte, América del Sur y Europa. Luego marca este punto.
rule-l10n-payments-why = El marketplace atiende a clientes de América del Norte, América del Sur y Europa. Un cliente que no puede pagar con los métodos disponibles donde vive no puede usar un widget de pago.
rule-l10n-payments-bad = Pago solo por transferencia a un banco de un único país
rule-l10n-payments-good = Pago con tarjeta o PayPal, que funcionan en América del Norte, América del Sur y Europa
rule-l10n-payments-source = Lista de verificación, sección Soporte y localización: "If your widget is not free: You offer payment methods that work in North and South America and Europe"

## l10n.currency
rule-l10n-currency = Precios en USD o EUR
rule-l10n-currency-help = Si el widget es de pago, acepta al menos USD o EUR. Luego marca este punto.
rule-l10n-currency-why = El USD y el EUR son monedas con las que los clientes de cualquier mercado pueden pagar y comparar. Un precio solo en una moneda local es difícil de evaluar, y puede que no se pueda pagar.
rule-l10n-currency-bad = Precio: 990 ₽ al mes
rule-l10n-currency-good = Precio: 12 USD u 11 EUR al mes
rule-l10n-currency-source = Lista de verificación, sección Soporte y localización: "You can offer pricing in as many currencies as you want, but you at least support USD or Euros"

## dev.oauth2
rule-dev-oauth2 = Usa OAuth 2.0
rule-dev-oauth2-help = Conéctate a amoCRM/Kommo con OAuth 2.0 (con las llaves y los alcances de la integración) en lugar de pedirles a los usuarios claves API, nombres de usuario o contraseñas.
rule-dev-oauth2-why = Un usuario que le da a un widget una clave API o una contraseña entrega el acceso completo a su cuenta, y ese dato secreto queda guardado en la configuración del widget. OAuth 2.0 concede solo el acceso que el usuario permite, y el usuario puede retirarlo en cualquier momento; además, el método de la clave API está obsoleto.
rule-dev-oauth2-bad =
    "settings": {"{"}
    "login": {"{"}"name": "settings.login", "type": "text"{"}"},
    "api_key": {"{"}"name": "settings.api_key", "type": "pass"{"}"}
    {"}"}
rule-dev-oauth2-good =
    "settings": {"{"}{"}"}
    (el acceso se concede con OAuth 2.0, mediante las llaves y los alcances de la integración)
rule-dev-oauth2-source = Lista de verificación, sección Desarrollo: "Your integration uses oAuth 2.0"; ver https://www.kommo.com/developers/content/integrations/requirements-for-public-integrations/ (el método de la clave API está obsoleto)

## dev.placeholders
rule-dev-placeholders = No quedan marcadores ni datos de prueba
rule-dev-placeholders-help = Cambia lo que quedó de las plantillas y del desarrollo por los valores reales del widget: textos como "Short description" o lorem ipsum, direcciones en example.com, en localhost o en una red privada, marcadores de compilación como {"{"}{"{"}BASE_PATH{"}"}{"}"} o __VERSION__, y datos de prueba como un "test-token" o una variable fakeData.
rule-dev-placeholders-why = Un texto de plantilla les muestra a los usuarios que el widget no está terminado. Una dirección en example.com o en la computadora del desarrollador no les funciona a los usuarios, y un marcador de compilación significa que no se ejecutó el paso de compilación que debía reemplazarlo. Los moderadores rechazan los widgets que incluyen datos de prueba.
rule-dev-placeholders-bad =
    i18n/en.json: "short_description": "Short description"
    script.js: fetch('http://localhost:3000/api/deals')
rule-dev-placeholders-good =
    i18n/en.json: "short_description": "Deals on a calendar"
    script.js: fetch('https://api.acme.com/deals')
rule-dev-placeholders-source = Lista de verificación, sección Desarrollo: "You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration"

## files.readable
rule-files-readable = Todos los archivos se pueden leer de forma segura
rule-files-readable-help = Vuelve a crear el zip a partir de la carpeta del widget: quita los enlaces simbólicos, las rutas con .. y los archivos demasiado grandes o dañados.
rule-files-readable-why = amo-preflight revisa widgets hechos por otros, así que los lee con cuidado. Si no puede leer un archivo de forma segura (un enlace que apunta fuera de la carpeta, una ruta con .., un archivo dañado o demasiado grande), lo omite, y lo que depende de ese archivo queda sin revisar.
rule-files-readable-bad =
    contenido de widget.zip: manifest.json, ../../config.js,
    images (un enlace a /home/dev/images)
rule-files-readable-good =
    contenido de widget.zip: manifest.json, script.js,
    images/logo.png (archivos normales dentro del zip)
rule-files-readable-source = amo-preflight: no es un punto de la lista de verificación; un widget tiene que poder leerse de forma segura antes de revisar cualquier punto

## files.zip-root
rule-files-zip-root = manifest.json en la raíz del zip
rule-files-zip-root-help = Comprime el contenido de la carpeta del widget, no la carpeta en sí: manifest.json tiene que estar en el nivel superior de widget.zip.
rule-files-zip-root-why = amoCRM busca manifest.json en el nivel superior de widget.zip. Si los archivos están dentro de una carpeta, no encuentra el widget y la carga falla.
rule-files-zip-root-bad =
    widget.zip
    └─ acme-calendar/
    {"   "}├─ manifest.json
    {"   "}└─ script.js
rule-files-zip-root-good =
    widget.zip
    ├─ manifest.json
    └─ script.js
rule-files-zip-root-source = Lista de verificación, sección Desarrollo: "Your widget.zip contains the following files: manifest.json …"; ver https://developers.kommo.com/docs/structure-widget (los archivos están en la raíz del zip, no dentro de una carpeta)

## files.unused
rule-files-unused = Ningún archivo sin usar
rule-files-unused-help = Borra los archivos a los que nada hace referencia (manifiesto, scripts, estilos, plantillas), o comprueba que el código los carga: los nombres que se arman mientras el código se ejecuta no siempre se pueden seguir.
rule-files-unused-why = Los moderadores revisan cada archivo del zip. Los archivos que nada usa hacen la revisión más lenta y ocultan lo que el widget hace de verdad.
rule-files-unused-bad =
    script.js
    script_old.js (nada lo carga)
    images/banner_draft.png (nada la muestra)
rule-files-unused-good = script.js
rule-files-unused-source = Lista de verificación, sección Desarrollo: "You’ve deleted any files, pictures and scripts that are not used in integration"

## files.dev-junk
rule-files-dev-junk = Sin datos de prueba ni restos de desarrollo
rule-files-dev-junk-help = Borra estos archivos de desarrollo del widget antes de comprimirlo.
rule-files-dev-junk-why = Las carpetas de control de versiones, la configuración del editor, los logs y los source maps no les sirven a los usuarios, y pueden dejar a la vista rutas privadas, claves o código que nadie revisó. Además, alargan la revisión de los moderadores.
rule-files-dev-junk-bad =
    manifest.json, script.js,
    {"."}DS_Store, node_modules/, script.js.map
rule-files-dev-junk-good =
    manifest.json
    script.js
rule-files-dev-junk-source = Lista de verificación, sección Desarrollo: "You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration"

## files.utf8
rule-files-utf8 = Los archivos de texto están en UTF-8
rule-files-utf8-help = Guarda estos archivos en UTF-8 (en la mayoría de los editores: Guardar con codificación → UTF-8).
rule-files-utf8-why = amoCRM lee los archivos del widget como UTF-8. En un archivo guardado con otra codificación, como Windows-1252 o Windows-1251, las letras con tilde y las cirílicas se ven como caracteres ilegibles.
rule-files-utf8-bad = i18n/es.json guardado en Windows-1252: "Configuración" se ve como "Configuraci�n"
rule-files-utf8-good = i18n/es.json guardado en UTF-8: "Configuración" se ve tal como se escribió
rule-files-utf8-source = Lista de verificación, sección Desarrollo: "All text files … are in UTF-8 encoding without BOM"

## files.no-bom
rule-files-no-bom = Archivos de texto sin marca BOM
rule-files-no-bom-help = Guarda estos archivos en UTF-8 sin BOM.
rule-files-no-bom-why = La marca de orden de bytes (BOM) consiste en tres bytes invisibles al principio de un archivo. Los lectores de JSON y los scripts pueden tomarlos por texto, y entonces manifest.json o un archivo de idioma pueden no cargarse.
rule-files-no-bom-bad = manifest.json empieza con los bytes invisibles EF BB BF y luego {"{"}
rule-files-no-bom-good = manifest.json empieza directamente con {"{"}
rule-files-no-bom-source = Lista de verificación, sección Desarrollo: "All text files … are in UTF-8 encoding without BOM"

## files.lf-endings
rule-files-lf-endings = Archivos de texto con saltos de línea de Unix
rule-files-lf-endings-help = Convierte los saltos de línea de estos archivos a LF (Unix); la mayoría de los editores tienen un selector de fin de línea en la barra de estado.
rule-files-lf-endings-why = Los saltos de línea de Windows (CR LF) agregan un carácter invisible al final de cada línea, que puede terminar en los textos y las plantillas. La lista de verificación pide saltos de línea de Unix para que los archivos sean iguales en todos los sistemas.
rule-files-lf-endings-bad = script.js: cada línea termina con \r\n (Windows)
rule-files-lf-endings-good = script.js: cada línea termina con \n (Unix)
rule-files-lf-endings-source = Lista de verificación, sección Desarrollo: "All text files … also uses Unix line feed"

## files.references
rule-files-references = Los archivos referenciados existen
rule-files-references-help = Agrega los archivos que faltan o corrige las rutas que apuntan a ellos.
rule-files-references-why = Una plantilla, una imagen o un estilo que el código carga pero que no está en el zip falla cuando el widget se ejecuta: los usuarios ven un panel vacío o una imagen rota.
rule-files-references-bad =
    self.render({"{"}href: '/templates/settings.twig', base_path: self.params.path{"}"}, data)
    (el zip no contiene templates/settings.twig)
rule-files-references-good =
    self.render({"{"}href: '/templates/form.twig', base_path: self.params.path{"}"}, data)
    (templates/form.twig está en el zip)
rule-files-references-source = Lista de verificación, sección Desarrollo: "All style files required in documentation are included"; ver https://developers.kommo.com/docs/script-js (las plantillas, las imágenes y los estilos se cargan desde los propios archivos del widget)

## manifest.json-valid
rule-manifest-json-valid = manifest.json es un JSON válido
rule-manifest-json-valid-help = Corrige el error de sintaxis en la posición indicada (casi siempre falta una coma, unas comillas o un corchete).
rule-manifest-json-valid-why = amoCRM obtiene de manifest.json todo lo que sabe del widget. Si no es un JSON válido, la carga falla y tampoco se puede revisar ningún otro punto.
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
rule-manifest-json-valid-source = Documentación: manifest.json tiene que ser un JSON válido (un JSON no válido es el error de carga más frecuente); ver https://developers.kommo.com/docs/manifest-json

## manifest.required-keys
rule-manifest-required-keys = manifest.json tiene las claves obligatorias
rule-manifest-required-keys-help = Agrega a manifest.json las claves que faltan: widget (name, description, short_description, locale, installation), locations y settings. Si tour.tour_images indica imágenes, pon tour.is_tour en true.
rule-manifest-required-keys-why = amoCRM necesita estas claves para publicar e instalar el widget: su nombre y sus textos, sus idiomas, si tiene un paso de instalación, dónde aparece y cuál es su configuración.
rule-manifest-required-keys-bad =
    "widget": {"{"}"name": "widget.name", "locale": ["en"]{"}"},
    "locations": ["lcard-1"]
rule-manifest-required-keys-good =
    "widget": {"{"}"name": "widget.name", "description": "widget.description",
    {"  "}"short_description": "widget.short_description", "locale": ["en"], "installation": true{"}"},
    "locations": ["lcard-1"], "settings": {"{"}{"}"}
rule-manifest-required-keys-source = Lista de verificación, sección Desarrollo: "Your manifest.json file contains: widget, name, description, short_description, locale, installation, locations, settings"; ver https://developers.kommo.com/docs/manifest-json (su tabla de propiedades, https://es-developers.kommo.com/docs/manifest-json, marca tour/is_tour como obligatorio, con true como único valor; todos los ejemplos acompañan tour_images de "is_tour": true)

## manifest.locations
rule-manifest-locations = Solo ubicaciones (locations) válidas
rule-manifest-locations-help = Usa solo las ubicaciones que indica tu marketplace (lcard, ccard, comcard, llist, clist, tlist, settings, advanced_settings, digital_pipeline, widget_page, …; Kommo no tiene cucard, culist, whatsapp_modal ni amoforms) y quita las áreas que el widget no usa. Solo las áreas de tarjetas y de listas llevan -0 o -1, nunca las dos en una misma área; en amoCRM, escribe siempre la terminación (lcard-1 para mostrar el widget en el panel derecho, lcard-0 para no mostrarlo).
rule-manifest-locations-why = El marketplace solo conoce las áreas que documenta: una desconocida o mal escrita se ignora, y el widget no aparece donde se esperaba. Las terminaciones -0 (solo cargar) y -1 (cargar y mostrar un panel) existen solo para las áreas de tarjetas y de listas; usar las dos en una misma área es contradictorio, y los moderadores de amoCRM piden que la terminación esté siempre escrita.
rule-manifest-locations-bad = "locations": ["lcard-0", "lcard-1", "settings-1", "lead_card"]
rule-manifest-locations-good = "locations": ["lcard-1", "settings"]
rule-manifest-locations-source = Documentación: las ubicaciones que puede usar un widget y las terminaciones -0/-1 de las áreas de tarjetas y de listas: la "Table of connection areas" de Kommo, en https://developers.kommo.com/docs/widget-locations, y la lista de amoCRM, en https://www.amocrm.ru/developers/content/integrations/areas; requisitos de moderación de amoCRM (https://www.amocrm.ru/developers/content/integrations/requirements): "необходимо сообщить нашей системе будет ли виджет использовать правую колонку … путём указания требуемой зоны с ключём 1 (clist-1, lcard-1 и тд)"

## manifest.location-blocks
rule-manifest-location-blocks = Las ubicaciones tienen sus bloques asociados
rule-manifest-location-blocks-help = Agrega el bloque que necesita cada ubicación: digital_pipeline → dp.settings, advanced_settings → advanced.title, sms → sms.endpoint, mobile_card → mobile, widget_page → left_menu, salesbot_designer → salesbot_designer; e indica las tarjetas en las que funciona card_sdk (lcard, ccard o comcard).
rule-manifest-location-blocks-why = Algunas áreas necesitan algo más que su nombre para funcionar: el Digital Pipeline necesita su bloque dp; un envío de SMS, su endpoint; una página del menú izquierdo, su entrada left_menu. Sin el bloque, el área no se puede configurar ni mostrar.
rule-manifest-location-blocks-bad =
    "locations": ["advanced_settings"]
    (falta el bloque "advanced")
rule-manifest-location-blocks-good =
    "locations": ["advanced_settings"],
    "advanced": {"{"}"title": "advanced.title"{"}"}
rule-manifest-location-blocks-source = Documentación: el bloque que necesita cada ubicación (dp, advanced, sms, mobile, left_menu, salesbot_designer); ver https://developers.kommo.com/docs/manifest-json y https://developers.kommo.com/docs/widget-locations (card_sdk: "you should also add lcard/ccard/comcard to work in the cards of the relevant entities"); https://developers.kommo.com/docs/widgets-dp: "the manifest.json file must specify the digital_pipeline scope and the dp/settings block"

## manifest.settings-types
rule-manifest-settings-types = Los campos de configuración tienen tipos válidos
rule-manifest-settings-types-help = Dale a cada campo de configuración uno de estos tipos: text, pass, users, users_lp o custom.
rule-manifest-settings-types-why = amoCRM arma el formulario de configuración a partir de estos tipos. Un campo con cualquier otro tipo no se puede mostrar, así que los usuarios no pueden completarlo.
rule-manifest-settings-types-bad = "api_url": {"{"}"name": "settings.api_url", "type": "url", "required": true{"}"}
rule-manifest-settings-types-good = "api_url": {"{"}"name": "settings.api_url", "type": "text", "required": true{"}"}
rule-manifest-settings-types-source = Documentación: los tipos de campo de configuración text, pass, users, users_lp y custom; ver https://developers.kommo.com/docs/field-types

## manifest.version
rule-manifest-version = La versión tiene el formato x.y o x.y.z
rule-manifest-version-help = Pon en widget.version una versión como 1.0.0 (o 1.0) y auméntala cada vez que subas el widget.
rule-manifest-version-why = La versión les indica a amoCRM y a los navegadores de los usuarios que el widget cambió. Sin una versión nueva, después de una actualización los navegadores pueden seguir usando los archivos viejos que tienen en caché.
rule-manifest-version-bad = "version": "new"
rule-manifest-version-good = "version": "1.0.1"
rule-manifest-version-source = Documentación: widget.version, que se aumenta en cada carga para que se renueven las cachés; ver https://developers.kommo.com/docs/manifest-json

## manifest.secret-key
rule-manifest-secret-key = No hay clave secreta en el zip
rule-manifest-secret-key-help = Un widget nuevo no necesita widget.code ni widget.secret_key: el código se genera al cargar la integración, y las claves se quedan en la configuración de la integración. Consérvalos solo si este zip actualiza una integración que se cargó antes del paso a amoMarket y que todavía no se convirtió, porque los sigue necesitando hasta que se convierta; si no, quítalos, ya que el zip es público y una clave incluida en él deja de ser secreta.
rule-manifest-secret-key-why = Cualquiera que consiga el zip puede leer una clave escrita en él y hacerse pasar por tu integración. Una clave secreta solo está segura donde solo tú puedes verla: en la configuración de la integración.
rule-manifest-secret-key-bad =
    "widget": {"{"}
    {"  "}"code": "acme_calendar",
    {"  "}"secret_key": "Zq3vF8sLw0RkPj7TnXe2YbHc5UaMdG9i"
    {"}"}
rule-manifest-secret-key-good =
    "widget": {"{"}
    {"  "}"code": "acme_calendar"
    {"}"}
    (la clave secreta se queda en Llaves y alcances, en la configuración de la integración)
rule-manifest-secret-key-source = https://www.amocrm.com.kz/developers/content/integrations/upload: "для новых виджетов поля code и secret_key в manifest больше не требуются … Для обновления уже загруженных интеграций поля code и secret_key требуются, пока не будет произведена конвертация" (los widgets nuevos ya no necesitan code ni secret_key; las actualizaciones de integraciones cargadas antes sí, hasta que se conviertan); amo-preflight: una clave incluida en el zip deja de ser secreta

## ui.interfaces
rule-ui-interfaces = Solo modifica las interfaces permitidas
rule-ui-interfaces-help = Comprueba que el widget solo modifique las áreas que declara en locations. Luego marca este punto.
rule-ui-interfaces-why = Los usuarios, y las propias funciones de amoCRM, cuentan con que cada página se vea y funcione como siempre. Un widget que cambia partes de amoCRM fuera de sus propias áreas puede romperlas o confundir a los usuarios.
rule-ui-interfaces-bad = Un widget para la tarjeta del lead que además oculta una pestaña de esa tarjeta y cambia el estilo de la página del pipeline
rule-ui-interfaces-good = El widget solo dibuja en las áreas que declara, como su panel en la tarjeta del lead (lcard-1)
rule-ui-interfaces-source = Lista de verificación, sección Desarrollo: "Your integration only makes changes to interfaces included in this list" (la lista es una página enlazada desde la lista de verificación)

## ui.no-overlap
rule-ui-no-overlap = No tapa los controles de amoCRM
rule-ui-no-overlap-help = Usa el widget en cada una de sus áreas y comprueba que nunca tape los controles de amoCRM ni bloquee al usuario. Luego marca este punto.
rule-ui-no-overlap-why = Un widget que tapa botones o intercepta los clics no deja que los usuarios hagan su trabajo en amoCRM, y ellos le echan la culpa a amoCRM.
rule-ui-no-overlap-bad = Una ventana emergente que tapa el botón Guardar de la tarjeta y no se cierra hasta que el usuario la completa
rule-ui-no-overlap-good = Un panel en la columna de widgets de la tarjeta que deja libres todos los botones de amoCRM
rule-ui-no-overlap-source = Lista de verificación, sección Desarrollo: "The integration does not overlap amoCRM controls or prevent users from interacting with amoCRM"

## ui.settings-page
rule-ui-settings-page = Página de configuración: nombre único, tras las de amoCRM
rule-ui-settings-page-help = El widget agrega una página a la sección Configuración: dale un nombre único que no se preste a confusión, y comprueba que aparezca después de las páginas propias de amoCRM. Luego marca este punto.
rule-ui-settings-page-why = Los administradores se orientan en Configuración por los nombres y el orden de las páginas de amoCRM. Una página con nombre de página del sistema los confunde, y una que aparece antes de las de amoCRM saca a las páginas del sistema de su lugar habitual.
rule-ui-settings-page-bad = Una página de Configuración llamada "Configuración general", que aparece por encima de las páginas propias de amoCRM
rule-ui-settings-page-good = Una página de Configuración llamada "Calendario Acme", que aparece después de las páginas propias de amoCRM
rule-ui-settings-page-source = Lista de verificación, sección Desarrollo: "If it adds a page to the Settings section, then the page: Has a unique name that does not mislead users; Is located after amoCRM pages"

## ui.left-menu
rule-ui-left-menu = Menú izquierdo intacto
rule-ui-left-menu-help = No modifiques el menú izquierdo; para agregar ahí una página, usa la ubicación widget_page con un bloque left_menu.
rule-ui-left-menu-why = Todos los usuarios se mueven por amoCRM con el menú izquierdo. Un widget que agrega, oculta o cambia el estilo de sus elementos por su cuenta cambia la navegación de todos, y deja de funcionar cuando amoCRM modifica el menú.
rule-ui-left-menu-bad = $('#left_menu').append('<a href="/acme">Acme</a>');
rule-ui-left-menu-good =
    "locations": ["widget_page"],
    "left_menu": {"{"}"acme": {"{"}"title": "menu.title", "icon": "images/menu.svg"{"}"}{"}"}
rule-ui-left-menu-source = Lista de verificación, sección Desarrollo: "The integration does not change the amoCRM left menu bar, except for cases described in the documentation"; ver https://developers.kommo.com/docs/left-menu

## ui.bottom-position
rule-ui-bottom-position = No está fijado en la parte inferior de la pantalla
rule-ui-bottom-position-help = No fijes el widget en la parte inferior de la pantalla.
rule-ui-bottom-position-why = Un elemento fijado en la parte inferior de la pantalla tapa parte de cada página de amoCRM y alarga la interfaz hacia abajo, así que los usuarios tienen que trabajar esquivándolo.
rule-ui-bottom-position-bad = {"."}acme-calendar .bar {"{"} position: fixed; bottom: 0; width: 100%; {"}"}
rule-ui-bottom-position-good = {"."}acme-calendar .bar {"{"} position: static; {"}"}
rule-ui-bottom-position-source = Lista de verificación, sección Desarrollo: "Your widget is not positioned at the bottom of the screen to extend the interface vertically"

## ui.drag-drop
rule-ui-drag-drop = Sin zonas de soltar en menú izquierdo ni arriba a la derecha
rule-ui-drag-drop-help = Coloca las zonas para soltar elementos lejos del menú izquierdo y de los controles del sistema de la esquina superior derecha. Luego marca este punto.
rule-ui-drag-drop-why = En el menú izquierdo y en la esquina superior derecha están la navegación de amoCRM y sus botones del sistema, como configuración, guardar e importar. Una zona para soltar ubicada ahí se queda con lo que el usuario quería soltar sobre esos controles, o le impide usarlos.
rule-ui-drag-drop-bad = Los archivos se sueltan en una zona que se abre sobre la esquina superior derecha, encima de Guardar e Importar
rule-ui-drag-drop-good = Los archivos se sueltan en una zona dentro del propio panel del widget, en la tarjeta
rule-ui-drag-drop-source = Lista de verificación, sección Desarrollo: "If your integration uses drag & drop, the drop area is not located: In the amoCRM left menu bar; In the top right corner, where system controls such as settings, save, import, etc. are located"

## css.global-selectors
rule-css-global-selectors = Sin selectores CSS globales
rule-css-global-selectors-help = Pon cada regla CSS bajo la clase o el id raíz de tu propio widget, por ejemplo .my-widget input {"{"} … {"}"}. Una regla :root que solo define variables es una advertencia, no un error: declara esas variables en la raíz del widget.
rule-css-global-selectors-why = Los estilos de un widget se aplican a toda la página de amoCRM, no solo al widget. Una regla para input cambia todos los campos de amoCRM. Las variables definidas en :root no dan estilo a nada por sí solas, pero sus nombres se comparten con amoCRM y con todos los demás widgets.
rule-css-global-selectors-bad = input {"{"} background: red; {"}"}
rule-css-global-selectors-good = {"."}acme-calendar input {"{"} background: red; {"}"}
rule-css-global-selectors-source = Lista de verificación, sección Desarrollo: "There is no manipulation with global CSS selectors" (no permitido: input {"{"} background: red; {"}"}). Variables en :root: https://developers.kommo.com/docs/dark-theme las permite ("if you have corporate colors, you can use custom variables"), por eso dan una advertencia y no un error

## css.system-classes
rule-css-system-classes = Sin estilos para clases de amoCRM
rule-css-system-classes-help = No des estilo a las clases propias de amoCRM, salvo que el selector empiece por la raíz de tu widget.
rule-css-system-classes-why = Los botones, campos y menús de amoCRM usan estas clases en todas partes. Si les das estilo, cambias esos controles en todo el sistema, no solo dentro del widget.
rule-css-system-classes-bad = {"."}control-select {"{"} color: red; {"}"}
rule-css-system-classes-good = {"."}acme-calendar .control-select {"{"} color: green; {"}"}
rule-css-system-classes-source = Lista de verificación, sección Desarrollo: "Your widget does not use the classes as our system in css files"; "All styles are specified relative to the root widget selector" (permitido: #amo_widget_code .control-select; no permitido: .control-select)

## css.root-scoped
rule-css-root-scoped = Todos los estilos parten de la raíz del widget
rule-css-root-scoped-help = Empieza cada selector con el selector raíz del widget.
rule-css-root-scoped-why = Una clase como .header también puede existir en amoCRM o en otro widget. Si cada regla parte de la raíz del widget, sus estilos se quedan dentro del widget.
rule-css-root-scoped-bad =
    {"."}acme-calendar .day {"{"} color: #333; {"}"}
    {"."}header {"{"} font-weight: bold; {"}"}
rule-css-root-scoped-good =
    {"."}acme-calendar .day {"{"} color: #333; {"}"}
    {"."}acme-calendar .header {"{"} font-weight: bold; {"}"}
rule-css-root-scoped-source = Lista de verificación, sección Desarrollo: "All styles are specified relative to the root widget selector"

## css.switcher-styles
rule-css-switcher-styles = Sin estilos para los interruptores
rule-css-switcher-styles-help = Quita los estilos y el código de switcher__on / switcher__off / switcher_on / switcher_off; no cambies el estilo de los interruptores de amoCRM. Si necesitas otro aspecto, usa una casilla propia con tus propios nombres de clase.
rule-css-switcher-styles-why = Las clases switcher__on y switcher__off pertenecen al interruptor de encendido y apagado de amoCRM. Los estilos basados en ellas cambian ese control, y el código que depende de ellas deja de funcionar cuando amoCRM lo modifica.
rule-css-switcher-styles-bad = {"."}acme-calendar .switcher__on {"{"} background: green; {"}"}
rule-css-switcher-styles-good = {"."}acme-calendar .acme-toggle--on {"{"} background: green; {"}"}
rule-css-switcher-styles-source = Lista de verificación, sección Desarrollo: "The integration code is not based on and does not contain any switcher styles (switcher__on, switcher__off)"

## css.palette-variables
rule-css-palette-variables = No se redefinen las variables --palette-* del tema
rule-css-palette-variables-help = Usa las variables --palette-* del tema con var(), por ejemplo color: var(--palette-text-primary), pero no les asignes valores. Para tus propios colores, declara variables con el prefijo de tu widget en su raíz, por ejemplo .acme-calendar {"{"} --acme-accent: #0a84ff; {"}"}.
rule-css-palette-variables-why = Los temas claro y oscuro de Kommo dan color a la interfaz mediante las variables --palette-*. Un widget que las redefine puede verse mal en uno de los temas, o dejar de verse bien cuando Kommo cambie sus colores.
rule-css-palette-variables-bad = :root {"{"} --palette-background-primary: #ffffff; {"}"}
rule-css-palette-variables-good = {"."}acme-calendar {"{"} background: var(--palette-background-primary); --acme-accent: #0a84ff; {"}"}
rule-css-palette-variables-source = Kommo, https://developers.kommo.com/docs/dark-theme, sección "Rules for Developers": "Use the provided variables to ensure consistency and avoid conflicts, but if you have corporate colors, you can use custom variables." y "Do not override predefined variables. This helps maintain style consistency and avoid incompatibilities with system updates."; el ejemplo de esa página usa var(--palette-text-secondary-dark)

## code.commented-out
rule-code-commented-out = Sin código comentado
rule-code-commented-out-help = Borra el código comentado (el control de versiones guarda el código viejo); deja solo los comentarios que explican algo.
rule-code-commented-out-why = Los moderadores leen todo el código del widget. El código viejo que queda en comentarios hace más lenta la revisión y los deja adivinando si todavía se ejecuta en algún lugar.
rule-code-commented-out-bad =
    // background: #fafafa;
    // var a = AMOCRM.constant('account').id
rule-code-commented-out-good =
    // nuestro color de marca
    // obtener el id de la cuenta
rule-code-commented-out-source = Lista de verificación, sección Desarrollo: "All comments are relevant and explanatory" (permitido: // our signature color; no permitido: // background: #fafafa;)

## js.syntax
rule-js-syntax = Sintaxis de JavaScript correcta
rule-js-syntax-help = Corrige el error de sintaxis en la posición indicada; el navegador deja de leer el archivo en ese punto, así que el widget no se carga.
rule-js-syntax-why = Un solo error de sintaxis impide que se cargue todo el script, así que el widget no funciona en ningún lugar.
rule-js-syntax-bad = var days = [1, 2, 3;
rule-js-syntax-good = var days = [1, 2, 3];
rule-js-syntax-source = Lista de verificación, sección Desarrollo: "All variables in the widget are declared before use and the syntax is correct"

## js.undeclared
rule-js-undeclared = Las variables se declaran antes de usarse
rule-js-undeclared-help = Declara el nombre con var, let o const en la función que lo usa (o recíbelo como dependencia de define); si tiene que ser global, asígnalo una sola vez como window.name.
rule-js-undeclared-why = Una variable que nunca se declaró detiene el script con un error cuando se ejecuta esa línea, o se convierte sin aviso en una variable global que puede chocar con amoCRM o con otros widgets.
rule-js-undeclared-bad = total = items.length;
rule-js-undeclared-good = var total = items.length;
rule-js-undeclared-source = Lista de verificación, sección Desarrollo: "All variables in the widget are declared before use and the syntax is correct"

## js.debug-traces
rule-js-debug-traces = Sin alert, confirm ni salida de depuración
rule-js-debug-traces-help = Quita alert, confirm, prompt y debugger, y muestra los mensajes dentro de la propia interfaz del widget; quita console.log, console.info, console.warn y otras salidas de depuración parecidas (console.error puede quedarse para los errores reales).
rule-js-debug-traces-why = alert y confirm congelan la página de amoCRM hasta que el usuario hace clic, y debugger la detiene si están abiertas las herramientas para desarrolladores del navegador. Las salidas de consola olvidadas llenan la consola del navegador y pueden mostrar datos de los clientes.
rule-js-debug-traces-bad =
    alert('Saved');
    console.log(settings);
rule-js-debug-traces-good = $('.acme-calendar .status').text(self.i18n('messages').saved);
rule-js-debug-traces-source = Lista de verificación, sección Desarrollo: "You’ve deleted all test data, debug, alerts, confirms or other development traces that are not used in the integration"

## js.console-debug
rule-js-console-debug = console.debug solo para información importante
rule-js-console-debug-help = Deja console.debug solo donde registre información necesaria para que el widget funcione. Luego marca este punto.
rule-js-console-debug-why = console.debug se ejecuta en el navegador de cada usuario. Solo vale la pena conservar los mensajes que ayudan a encontrar problemas reales; volcar objetos enteros satura la consola y puede dejar a la vista datos de los clientes.
rule-js-console-debug-bad = console.debug('here 2', lead);
rule-js-console-debug-good = console.debug('Acme: calendar sync failed, retrying in 30 s');
rule-js-console-debug-source = Lista de verificación, sección Desarrollo: "If console.debug is used, you only log information important for the widget to work."

## js.console-trace
rule-js-console-trace = console.trace solo en catch u onRejected
rule-js-console-trace-help = Llama a console.trace solo dentro de un bloque catch o del manejador onRejected de una promesa (.catch(fn), .then(ok, fn)), o quítalo; una función creada ahí pero ejecutada más tarde no cuenta.
rule-js-console-trace-why = console.trace imprime toda la pila de llamadas, y eso solo sirve cuando algo falló. Fuera del manejo de errores, llena la consola cada vez que se ejecuta el código.
rule-js-console-trace-bad =
    function save() {"{"}
    {"  "}console.trace('save');
    {"  "}…
    {"}"}
rule-js-console-trace-good =
    save().catch(function (error) {"{"}
    {"  "}console.trace(error);
    {"}"});
rule-js-console-trace-source = Lista de verificación, sección Desarrollo: "You do not use console.trace outside the following blocks: a) catch block; b) onRejected Promise Argument."

## js.amocrm-global
rule-js-amocrm-global = No modifica el objeto global AMOCRM
rule-js-amocrm-global-help = Usa AMOCRM / APP solo para leer: guarda los datos del widget en sus propias variables, y nunca asignes, borres ni cambies nada en los objetos de amoCRM.
rule-js-amocrm-global-why = amoCRM y todos los widgets instalados leen el objeto AMOCRM. Modificarlo puede romper páginas de amoCRM y otros widgets de maneras difíciles de rastrear.
rule-js-amocrm-global-bad = AMOCRM.data.current_card.id = 0;
rule-js-amocrm-global-good = var cardId = AMOCRM.data.current_card.id;
rule-js-amocrm-global-source = Lista de verificación, sección Desarrollo: "The integration does not affect the data in the global variable AMOCRM"

## js.sync-requests
rule-js-sync-requests = Sin solicitudes síncronas
rule-js-sync-requests-help = Quita async: false y pasa true (o nada) como tercer argumento de xhr.open; procesa la respuesta en un callback o en una promesa.
rule-js-sync-requests-why = Una solicitud síncrona congela toda la página de amoCRM hasta que el servidor responde. Si el servidor es lento, mientras tanto los usuarios no pueden hacer clic ni escribir nada.
rule-js-sync-requests-bad = $.ajax({"{"}url: url, async: false{"}"});
rule-js-sync-requests-good = $.ajax({"{"}url: url{"}"}).done(showEvents);
rule-js-sync-requests-source = Lista de verificación, sección Desarrollo: "The integration does not use synchronous requests"

## js.script-injection
rule-js-script-injection = No inserta elementos script
rule-js-script-injection-help = Carga cada dependencia mediante la lista define([...]) de script.js, en lugar de crear elementos <script> o usar $.getScript.
rule-js-script-injection-why = Un script agregado de esta manera se salta el cargador de módulos de amoCRM: se carga sin un orden fijo y por fuera de las dependencias declaradas del widget, y los moderadores no pueden ver en un solo lugar qué ejecuta el widget.
rule-js-script-injection-bad =
    var s = document.createElement('script');
    s.src = 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js';
    document.head.appendChild(s);
rule-js-script-injection-good =
    define(['jquery', 'https://code.jquery.com/ui/1.13.2/jquery-ui.min.js'], function ($) {"{"}
    {"  "}…
    {"}"});
rule-js-script-injection-source = Lista de verificación, sección Desarrollo: "The integration does not include external dependency files through document.createElement (‘script’) and does not insert this element directly into the head"

## js.requirejs-deps
rule-js-requirejs-deps = Dependencias externas mediante define
rule-js-requirejs-deps-help = Indica la dependencia en define([...]) de script.js; no uses import(), require() con URLs ni código descargado y ejecutado con eval.
rule-js-requirejs-deps-why = amoCRM carga los widgets con RequireJS: las dependencias indicadas en define se cargan una sola vez, en orden, antes de que se ejecute el código del widget, y los moderadores las ven todas en un solo lugar. Las demás formas de cargar código se saltan todo eso.
rule-js-requirejs-deps-bad = import('https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js').then(draw);
rule-js-requirejs-deps-good =
    define(['https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js'], function (d3) {"{"}
    {"  "}…
    {"}"});
rule-js-requirejs-deps-source = Lista de verificación, sección Desarrollo: "All external dependencies are connected via requirejs in the dependency block in define."

## js.external-sources
rule-js-external-sources = Solo bibliotecas públicas de CDN confiables
rule-js-external-sources-help = Pon tu propio código dentro del zip del widget y cárgalo mediante define([...]); toma las bibliotecas públicas de code.jquery.com, ajax.googleapis.com, ajax.aspnetcdn.com o yastatic.net (se permiten bibliotecas de jsDelivr, cdnjs, PageCDN o unpkg, pero los moderadores revisan cada una).
rule-js-external-sources-why = Un script cargado desde el servidor del propio desarrollador puede cambiar en cualquier momento después de la moderación, y los usuarios terminarían ejecutando código que nadie revisó. Las bibliotecas públicas de CDN conocidos son archivos fijos que los moderadores ya conocen.
rule-js-external-sources-bad = define(['https://static.acme.com/d3.min.js', 'https://static.acme.com/acme-calendar.js'], …)
rule-js-external-sources-good =
    define(['https://ajax.googleapis.com/ajax/libs/d3js/7.8.5/d3.min.js'], …)
    // el código del calendario de Acme va en los propios archivos del widget
rule-js-external-sources-source = Lista de verificación, sección Desarrollo: "Additional plugins or other external connections to the widget are not loaded from external resources with the exception of public libraries"; "The integration uses only trusted CDS, if any."

## js.external-styles
rule-js-external-styles = Sin estilos de CDN con selectores globales
rule-js-external-styles-help = No cargues hojas de estilo de otros sitios que contengan selectores globales; copia los estilos que necesites en tu propio CSS, bajo la raíz del widget.
rule-js-external-styles-why = Una hoja de estilos cargada desde un CDN se aplica a toda la página de amoCRM, igual que los estilos propios del widget. Si da estilo a body, a o input, cambia el aspecto de todo amoCRM.
rule-js-external-styles-bad = $('head').append('<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">');
rule-js-external-styles-good =
    /* style.css: solo los estilos que necesita el widget */
    {"."}acme-calendar .btn {"{"} padding: 6px 12px; {"}"}
rule-js-external-styles-source = Lista de verificación, sección Desarrollo: "The integration does not connect styles from an external CDN if the requested file contains at least one global selector."

## js.eval
rule-js-eval = No ejecuta código desde cadenas ni iframes
rule-js-eval-help = Cambia eval, new Function y los temporizadores que reciben una cadena por funciones normales; nunca ejecutes como código datos recibidos de un iframe o de un servidor.
rule-js-eval-why = Los moderadores nunca vieron el código que se ejecuta desde una cadena o que llega desde un iframe. Quien controle ese texto puede ejecutar cualquier cosa en la sesión de amoCRM del usuario.
rule-js-eval-bad =
    window.addEventListener('message', function (e) {"{"}
    {"  "}eval(e.data);
    {"}"});
rule-js-eval-good =
    window.addEventListener('message', function (e) {"{"}
    {"  "}if (e.data.type === 'resize') resize(e.data.height);
    {"}"});
rule-js-eval-source = Lista de verificación, sección Desarrollo: "The integration does not execute code obtained from the iFrame"

## js.callbacks
rule-js-callbacks = Existen render, init y bind_actions
rule-js-callbacks-help = Agrega a this.callbacks los callbacks render, init y bind_actions (cada uno devuelve true), y los que necesitan tus ubicaciones: loadPreloadedData, loadElements, linkCard y searchDataInCard para card_sdk, advancedSettings para advanced_settings e initMenuPage para widget_page.
rule-js-callbacks-why = Cuando amoCRM muestra el widget, llama a render, luego a init y luego a bind_actions. Si falta alguno, o si render no devuelve true, el widget no funciona en sus áreas.
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
rule-js-callbacks-source = Documentación: render, init y bind_actions son callbacks obligatorios y cada uno devuelve true; advancedSettings es el callback de la página de configuración (https://developers.kommo.com/docs/script-js); https://developers.kommo.com/docs/card-sdk: "4 methods must be created in the callbacks object in the script.js file of the widget, loadPreloadedData, loadElements, linkCard, searchDataInCard"; initMenuPage, para la página del menú izquierdo (https://developers.kommo.com/docs/left-menu)

## js.minified
rule-js-minified = El código es legible
rule-js-minified-help = Envía el código fuente legible del propio widget (sin minificar, sin empaquetar y sin source maps). Las bibliotecas pueden ir empaquetadas tal como se publican: asegúrate de que cada una sea una biblioteca pública sin modificar, o cárgala mediante define([...]) desde un CDN confiable.
rule-js-minified-why = Los moderadores tienen que leer el código propio del widget para aprobarlo. El código minificado u ofuscado no se puede revisar en un tiempo razonable, y oculta lo que hace el widget.
rule-js-minified-bad = define(["jquery"],function(e){"{"}var t=function(){"{"}var n=this;this.callbacks={"{"}render:function(){"{"}return!0{"}"},…
rule-js-minified-good =
    define(['jquery'], function ($) {"{"}
    {"  "}var CustomWidget = function () {"{"}
    {"    "}var self = this;
    {"    "}…
rule-js-minified-source = Lista de verificación, sección Desarrollo: "The more readable and understandable your code is, the faster we will be able to check it."; ver https://www.amocrm.ru/developers/content/integrations/requirements (el código no debe estar minificado ni ofuscado, salvo las bibliotecas)
