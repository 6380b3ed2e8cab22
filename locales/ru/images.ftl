# amo-preflight: messages of the images part in ru.

images-value = { $value }

## Фирменные изображения: наличие и место.

images-files-missing =
    { $n ->
        [one] Нет фирменного изображения: { $file_names }.
        [few] Нет фирменных изображений: { $file_names }.
       *[many] Нет фирменных изображений: { $file_names }.
    }
images-files-missing-help = Добавьте { $file_names } в папку images/ (нужные размеры: { $sizes }).
images-files-doubled =
    { $n ->
        [one] { $file_names } лежит и в папке images/, и в корне виджета. Проверяется копия из images/, а файл в корне лишний.
        [few] { $file_names } лежат и в папке images/, и в корне виджета. Проверяются копии из images/, а файлы в корне лишние.
       *[many] { $file_names } лежат и в папке images/, и в корне виджета. Проверяются копии из images/, а файлы в корне лишние.
    }
images-files-doubled-help = Удалите { $file_names } из корня виджета, а копии в папке images/ оставьте.
images-files-at-root =
    { $n ->
        [one] { $file_names } лежит в корне виджета, рядом с manifest.json, а по документации { $marketplace } фирменные изображения должны лежать в папке images/.
        [few] { $file_names } лежат в корне виджета, рядом с manifest.json, а по документации { $marketplace } фирменные изображения должны лежать в папке images/.
       *[many] { $file_names } лежат в корне виджета, рядом с manifest.json, а по документации { $marketplace } фирменные изображения должны лежать в папке images/.
    }
images-files-at-root-help = Перенесите { $file_names } в папку images/.
images-files-ok = Все пять фирменных изображений лежат в папке images/.

## Фирменные изображения: формат, размер, объём.

images-format-none = Нет фирменных изображений, формат которых можно проверить.
images-format-ok =
    { $n ->
        [one] Фирменное изображение — настоящий файл PNG.
        [few] Все { $n } фирменных изображения — настоящие файлы PNG.
       *[many] Все { $n } фирменных изображений — настоящие файлы PNG.
    }
images-format-not-png = Не в формате PNG: { $problems }.
images-format-is = { $path } — файл { $format }
images-format-unknown = { $path } не распознаётся как изображение
images-size-none = Нет фирменных изображений, размер которых можно проверить.
images-size-ok = Размер { $path } — { $width }×{ $height }, как и требуется.
images-size-wrong = Размер { $path } — { $width }×{ $height }, а у { $file_name } должен быть { $need_width }×{ $need_height }.
images-size-wrong-help = Экспортируйте { $file_name } в размере ровно { $need_width }×{ $need_height } пикселей.
images-size-unreadable = Не удаётся определить размер { $path }: файл повреждён или это не изображение.
images-size-unreadable-help = Заново экспортируйте { $file_name } в PNG размером { $need_width }×{ $need_height } пикселей.
images-weight-none = Нет фирменных изображений, вес которых можно проверить.
images-weight-ok = Каждое фирменное изображение весит не больше { $limit_kb } КБ.
images-weight-over = Больше { $limit_kb } КБ: { $files }.
images-weight-file = { $path } ({ $kb } КБ)

## Логотип для цифровой воронки.

images-dp-none = Виджет не работает в цифровой воронке, поэтому logo_dp.png ему не нужен.
images-dp-missing = Виджет работает в цифровой воронке, но файла images/logo_dp.png нет.
images-dp-not-png = { $path } — файл { $format }, а нужен PNG.
images-dp-not-image = { $path } не распознаётся как изображение, а нужен PNG.
images-dp-wrong-size = Размер { $path } — { $width }×{ $height }, а должен быть { $need_width }×{ $need_height }.
images-dp-unreadable = Не удаётся определить размер { $path }.

## Логотипы партнёров.

images-partner = Если виджет связан с другим приложением, проверьте, что на изображениях 400×272 и 240×84 есть оба логотипа.
images-evidence-missing = нет файла

## Слайд-шоу на одном языке.

images-count-none = Для этого языка не указаны изображения слайд-шоу ({ $key }).
images-count-none-help = Укажите в manifest.json, в tour.tour_images, от 1 до 5 изображений слайд-шоу для "{ $lang }", например: "{ $lang }": ["/images/slide_1_{ $lang }.png"].
images-count-not-list =
    { $kind ->
        [object] { $key } — объект, а не список изображений.
        [string] { $key } — строка, а не список изображений.
        [number] { $key } — число, а не список изображений.
        [boolean] { $key } — логическое значение (true или false), а не список изображений.
        [null] { $key } — null, а не список изображений.
       *[other] { $key } — { $kind }, а не список изображений.
    }
images-count-wrong =
    { $n ->
        [one] Указано { $n } изображение слайд-шоу, а должно быть от 1 до { $max }.
        [few] Указано { $n } изображения слайд-шоу, а должно быть от 1 до { $max }.
       *[many] Указано { $n } изображений слайд-шоу, а должно быть от 1 до { $max }.
    }
images-count-ok =
    { $n ->
        [one] Указано { $n } изображение слайд-шоу.
        [few] Указано { $n } изображения слайд-шоу.
       *[many] Указано { $n } изображений слайд-шоу.
    }
images-slides-none = Для этого языка не указаны изображения слайд-шоу.
images-slides-ok =
    { $n ->
        [one] Указанное изображение слайд-шоу на месте.
        [few] Все { $n } указанных изображения слайд-шоу на месте.
       *[many] Все { $n } указанных изображений слайд-шоу на месте.
    }
images-slides-missing = Указаны, но отсутствуют в виджете: { $entries }.
images-slides-not-path =
    { $kind ->
        [array] (массив, а не путь к файлу)
        [object] (объект, а не путь к файлу)
        [number] (число, а не путь к файлу)
        [boolean] (логическое значение, а не путь к файлу)
        [null] (null, а не путь к файлу)
       *[other] ({ $kind }, а не путь к файлу)
    }
images-slides-format-none = Для этого языка нет изображений слайд-шоу, формат которых можно проверить.
images-slides-format-ok = Все изображения слайд-шоу — настоящие файлы { $formats }.
images-slides-format-wrong = Не в формате { $formats }: { $problems }.
images-slides-size-none = Для этого языка нет изображений слайд-шоу, размер которых можно проверить.
images-slides-size-ok = Все изображения слайд-шоу имеют размер { $width }×{ $height }.
images-slides-size-wrong = { $problems }; изображения слайд-шоу должны быть размером { $width }×{ $height }.
images-slides-size-is = { $path }: { $width }×{ $height }
images-slides-size-unreadable = { $path }: не удаётся определить размер
images-slides-quality = Посмотрите слайд-шоу: наглядно ли оно показывает виджет в работе?
images-slides-foreign-words = Посмотрите изображения для этого языка: все ли надписи на них на этом языке?
images-slides-look-none = Для этого языка нет изображений слайд-шоу, которые можно посмотреть.
images-evidence-slide = изображение слайд-шоу
images-evidence-slide-no-size = изображение слайд-шоу, размер неизвестен
images-evidence-branding = изображение бренда

## images.no-foreign-words: the words read in the images

images-words-no-reader = Tesseract не установлен, поэтому слова на изображениях не прочитаны. Просмотрите изображения для этого языка: все ли слова на них на этом языке?
images-words-install = Чтобы слова на изображениях читались автоматически, установите Tesseract и его языковые данные, затем проверьте снова: { $command }
images-words-pending =
    { $n ->
        [one] Читаем слова на { $n } изображении…
       *[other] Читаем слова на { $n } изображениях…
    }
images-words-unreadable =
    { $n ->
        [one] Не удалось прочитать слова на { $n } изображении, просмотрите его сами: { $images }.
       *[other] Не удалось прочитать слова на { $n } изображениях, просмотрите их сами: { $images }.
    }
# An image that could not be read, with why.
images-words-unreadable-one = { $path } ({ $reason })
images-words-none-found =
    { $n ->
        [one] На изображении слайд-шоу слов не найдено.
       *[other] На изображениях слайд-шоу ({ $n }) слов не найдено.
    }
images-words-ok = Все строки, прочитанные на изображениях слайд-шоу, — { $in_language } (прочитано строк: { $lines }, изображений: { $n }).
# One line read in an image, and what it is in ("English", "Cyrillic letters").
images-words-line = «{ $words }» ({ $what })
images-words-foreign = На { $path } есть слова не { $in_language }: { $lines }.
images-words-branding = { $path } показывается на всех языках, но часть слов на нём не { $in_language }: { $lines }.
images-words-foreign-help = Замените изображение таким, на котором все слова на этом языке, например скриншотом аккаунта, переключённого на этот язык.
images-words-doubt-help = Слова прочитаны с изображения автоматически и могут быть распознаны неверно: посмотрите на эти строки на изображении. Если они на другом языке, замените изображение; если нет, отметьте этот пункт как проверенный.
images-reading-not-in-widget = { $path } нет в виджете
images-reading-too-slow = Tesseract работал слишком долго
images-reading-failed = Tesseract остановился: { $reason }
