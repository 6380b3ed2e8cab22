#!/usr/bin/env python3
"""Generate the binary and byte-exact files of the two example widgets.

What it makes, under ``assets/examples/``:

* ``acme-calendar/images/`` -- the clean widget's five branding logos
  (logo_main 400x272, logo_medium 240x84, logo 130x100, logo_small 108x108,
  logo_min 84x84) and its slideshow images tour_{1,2}_{en,es,pt}.png
  (1188x616, captions written only in that image's language).
* ``broken-widget/`` -- every file of the deliberately broken "SuperCal"
  widget whose exact bytes matter: wrongly sized PNGs, JPEGs (one of them
  named ``logo.png``), a logo at the widget root, an unused banner, a
  ``style.css`` that starts with a UTF-8 BOM, a ``script.js`` with CRLF line
  endings, a Windows-1251 ``templates/panel.twig`` and a ``.DS_Store``.

The output is deterministic: fixed DejaVu fonts, fixed dates and texts, no
timestamps or randomness, PNGs reduced to 256 colours and saved with
``optimize=True``. Every image stays
well under 300 KB.

The generated files are committed to the repository, so building or testing
amo-preflight never needs Python or Pillow. Run this script only to change
the examples:

    pip install pillow
    python3 tools/make_example_images.py
"""

import calendar
import os

from PIL import Image, ImageDraw, ImageFont

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "examples")
CLEAN = os.path.join(ROOT, "acme-calendar")
BROKEN = os.path.join(ROOT, "broken-widget")

FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

TEAL = (15, 118, 110)  # #0F766E
TEAL_DARK = (17, 94, 89)
TEAL_LIGHT = (204, 235, 231)
AMBER = (245, 158, 11)  # #F59E0B
WHITE = (255, 255, 255)
INK = (31, 41, 55)
GREY = (107, 114, 128)
LINE = (229, 231, 235)
PAGE = (243, 244, 246)

_FONTS = {}


def font(size, bold=False):
    key = (size, bold)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(FONT_BOLD if bold else FONT_REGULAR, size)
    return _FONTS[key]


class Canvas:
    """A drawing surface rendered at ``scale`` times the final size, then reduced.

    Supersampling gives smooth edges to shapes while keeping the output fully
    deterministic. All coordinates passed to the methods are final pixels.
    """

    def __init__(self, width, height, background=WHITE, scale=3):
        self.width = width
        self.height = height
        self.scale = scale
        self.image = Image.new("RGB", (width * scale, height * scale), background)
        self.draw = ImageDraw.Draw(self.image)

    def _box(self, box):
        return [round(v * self.scale) for v in box]

    def rect(self, box, fill, radius=0, outline=None, width=1):
        self.draw.rounded_rectangle(
            self._box(box),
            radius=round(radius * self.scale),
            fill=fill,
            outline=outline,
            width=round(width * self.scale) if outline else 0,
        )

    def ellipse(self, box, fill):
        self.draw.ellipse(self._box(box), fill=fill)

    def polygon(self, points, fill):
        self.draw.polygon([(x * self.scale, y * self.scale) for x, y in points], fill=fill)

    def text_width(self, text, size, bold=False):
        return font(size * self.scale, bold).getlength(text) / self.scale

    def text(self, xy, text, size, fill, bold=False, anchor="la"):
        x, y = xy
        self.draw.text(
            (x * self.scale, y * self.scale),
            text,
            font=font(size * self.scale, bold),
            fill=fill,
            anchor=anchor,
        )

    def fit_text(self, xy, text, size, fill, max_width, bold=False, anchor="la"):
        """Draw ``text``, shrinking the font until it fits ``max_width``."""
        while size > 8 and self.text_width(text, size, bold) > max_width:
            size -= 1
        self.text(xy, text, size, fill, bold, anchor)

    def result(self):
        return self.image.resize((self.width, self.height), Image.LANCZOS)


def save_png(image, path):
    """Save as an optimised 256-colour PNG (median cut, no dithering: deterministic)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    palette = image.convert("RGB").quantize(
        colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    palette.save(path, format="PNG", optimize=True)


def save_jpeg(image, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    image.convert("RGB").save(path, format="JPEG", quality=88, optimize=True)


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)


# ---------------------------------------------------------------------------
# Section 1: clean widget "acme-calendar" -- branding logos
# ---------------------------------------------------------------------------


def calendar_glyph(c, x, y, size):
    """A teal calendar page with amber binding rings and one amber 'today' cell."""
    s = size
    c.rect((x, y + 0.10 * s, x + s, y + s), TEAL, radius=0.14 * s)
    c.rect((x + 0.08 * s, y + 0.36 * s, x + 0.92 * s, y + 0.92 * s), WHITE, radius=0.06 * s)
    ring_w = 0.10 * s
    for rx in (x + 0.24 * s, x + 0.66 * s):
        c.rect((rx, y, rx + ring_w, y + 0.24 * s), AMBER, radius=ring_w / 2)
    cols, rows = 4, 3
    left, top = x + 0.14 * s, y + 0.42 * s
    cell_w = (0.72 * s) / cols
    cell_h = (0.44 * s) / rows
    for row in range(rows):
        for col in range(cols):
            colour = AMBER if (row, col) == (1, 2) else TEAL_LIGHT
            cx = left + col * cell_w
            cy = top + row * cell_h
            c.rect(
                (cx + 0.10 * cell_w, cy + 0.12 * cell_h, cx + 0.90 * cell_w, cy + 0.88 * cell_h),
                colour,
                radius=0.12 * cell_w,
            )


def make_clean_logos():
    images = os.path.join(CLEAN, "images")

    # logo_main 400x272: glyph above the name, everything at least 10 px from the edges.
    c = Canvas(400, 272)
    calendar_glyph(c, 200 - 66, 24, 132)
    c.text((200, 206), "Acme Calendar", 38, TEAL, bold=True, anchor="mm")
    c.rect((160, 236, 240, 242), AMBER, radius=3)
    save_png(c.result(), os.path.join(images, "logo_main.png"))

    # logo_medium 240x84: glyph on the left, name on two lines on the right.
    c = Canvas(240, 84)
    calendar_glyph(c, 12, 12, 60)
    c.text((86, 40), "Acme", 24, TEAL, bold=True, anchor="ls")
    c.text((86, 66), "Calendar", 22, TEAL_DARK, anchor="ls")
    c.rect((88, 72, 120, 75), AMBER, radius=1.5)
    save_png(c.result(), os.path.join(images, "logo_medium.png"))

    # logo 130x100: glyph with a small name underneath.
    c = Canvas(130, 100)
    calendar_glyph(c, 65 - 31, 8, 62)
    c.fit_text((65, 88), "Acme Calendar", 14, TEAL, max_width=118, bold=True, anchor="mm")
    save_png(c.result(), os.path.join(images, "logo.png"))

    # logo_small 108x108 and logo_min 84x84: the glyph alone.
    c = Canvas(108, 108)
    calendar_glyph(c, 12, 12, 84)
    save_png(c.result(), os.path.join(images, "logo_small.png"))

    c = Canvas(84, 84)
    calendar_glyph(c, 9, 9, 66)
    save_png(c.result(), os.path.join(images, "logo_min.png"))


# ---------------------------------------------------------------------------
# Section 2: clean widget "acme-calendar" -- slideshow (tour) images
# ---------------------------------------------------------------------------

# Every word drawn on a tour image comes from this table, so each image holds
# text in its own language only.
TOUR_TEXT = {
    "en": {
        "caption_1": "Your upcoming events, right in the lead card",
        "caption_2": "Add a new event in one click",
        "lead_title": "Website redesign",
        "stage": "Negotiation",
        "tabs": ["Main", "Events", "Notes"],
        "fields": [
            ("Contact", "Maria Lopez"),
            ("Company", "Lopez & Co."),
            ("Budget", "$4,800"),
            ("Owner", "Alex Martin"),
        ],
        "panel_title": "Upcoming events",
        "month": "June 2025",
        "weekdays": ["M", "T", "W", "T", "F", "S", "S"],
        "first_weekday": calendar.MONDAY,
        "events": [
            ("Today 10:00", "Call with Maria"),
            ("Today 14:30", "Send the proposal"),
            ("Tomorrow 11:00", "Contract review"),
        ],
        "new_event": ("Monday 16:00", "Product demo with Maria"),
        "add_event": "Add event",
    },
    "es": {
        "caption_1": "Tus próximos eventos, en la ficha del cliente",
        "caption_2": "Añade un evento nuevo con un solo clic",
        "lead_title": "Rediseño del sitio web",
        "stage": "Negociación",
        "tabs": ["Principal", "Eventos", "Notas"],
        "fields": [
            ("Contacto", "María López"),
            ("Empresa", "López y Cía."),
            ("Presupuesto", "4.800 US$"),
            ("Responsable", "Álex Martín"),
        ],
        "panel_title": "Próximos eventos",
        "month": "Junio de 2025",
        "weekdays": ["L", "M", "X", "J", "V", "S", "D"],
        "first_weekday": calendar.MONDAY,
        "events": [
            ("Hoy 10:00", "Llamada con María"),
            ("Hoy 14:30", "Enviar la propuesta"),
            ("Mañana 11:00", "Revisión del contrato"),
        ],
        "new_event": ("Lunes 16:00", "Demostración con María"),
        "add_event": "Añadir evento",
    },
    "pt": {
        "caption_1": "Seus próximos eventos, direto no cartão do negócio",
        "caption_2": "Adicione um novo evento com um só clique",
        "lead_title": "Novo site da empresa",
        "stage": "Negociação",
        "tabs": ["Principal", "Eventos", "Notas"],
        "fields": [
            ("Contato", "Maria Lopes"),
            ("Empresa", "Lopes & Cia."),
            ("Orçamento", "R$ 4.800"),
            ("Responsável", "Alex Martins"),
        ],
        "panel_title": "Eventos agendados",
        "month": "Junho de 2025",
        "weekdays": ["D", "S", "T", "Q", "Q", "S", "S"],
        "first_weekday": calendar.SUNDAY,
        "events": [
            ("Hoje 10:00", "Ligação com Maria"),
            ("Hoje 14:30", "Enviar a proposta"),
            ("Amanhã 11:00", "Revisão do contrato"),
        ],
        "new_event": ("Segunda 16:00", "Demonstração com Maria"),
        "add_event": "Adicionar evento",
    },
}

TOUR_W, TOUR_H = 1188, 616
TODAY = 12  # the highlighted day of June 2025
EVENT_DAYS = (13, 16, 20)


def tour_frame(c, t, caption):
    """Caption band, a slim CRM sidebar and the lead card on the left."""
    c.rect((0, 0, TOUR_W, 92), TEAL)
    c.fit_text((TOUR_W / 2, 46), caption, 34, WHITE, max_width=TOUR_W - 80, bold=True, anchor="mm")
    c.rect((0, 92, TOUR_W, 96), AMBER)

    # Sidebar with neutral icon blocks.
    c.rect((0, 96, 64, TOUR_H), INK)
    for i in range(6):
        y = 124 + i * 56
        c.rect((18, y, 46, y + 28), (75, 85, 99) if i != 1 else TEAL, radius=6)

    # Lead card.
    c.rect((88, 120, 672, 592), WHITE, radius=10)
    c.fit_text((116, 160), t["lead_title"], 28, INK, max_width=380, bold=True, anchor="ls")
    stage_w = c.text_width(t["stage"], 16, bold=True) + 28
    c.rect((116, 178, 116 + stage_w, 208), TEAL_LIGHT, radius=15)
    c.text((116 + stage_w / 2, 193), t["stage"], 16, TEAL_DARK, bold=True, anchor="mm")

    x = 116
    for i, tab in enumerate(t["tabs"]):
        colour = TEAL if i == 0 else GREY
        c.text((x, 252), tab, 17, colour, bold=(i == 0), anchor="ls")
        width = c.text_width(tab, 17, bold=(i == 0))
        if i == 0:
            c.rect((x, 262, x + width, 265), TEAL)
        x += width + 36
    c.rect((116, 265, 644, 266), LINE)

    for i, (label, value) in enumerate(t["fields"]):
        y = 310 + i * 62
        c.text((116, y), label, 17, GREY, anchor="ls")
        c.text((300, y), value, 19, INK, anchor="ls")
        c.rect((116, y + 22, 644, y + 23), LINE)


def month_grid(c, t, x, y):
    """June 2025 laid out for the language's first weekday."""
    c.text((x, y), t["month"], 18, INK, bold=True, anchor="ls")
    cell = 50
    for i, day in enumerate(t["weekdays"]):
        c.text((x + i * cell + cell / 2, y + 24), day, 14, GREY, bold=True, anchor="mm")
    weeks = calendar.Calendar(firstweekday=t["first_weekday"]).monthdayscalendar(2025, 6)
    for row, week in enumerate(weeks):
        for col, day in enumerate(week):
            if not day:
                continue
            cx = x + col * cell + cell / 2
            cy = y + 48 + row * 26
            if day == TODAY:
                c.ellipse((cx - 12, cy - 12, cx + 12, cy + 12), AMBER)
                c.text((cx, cy), str(day), 14, WHITE, bold=True, anchor="mm")
            else:
                c.text((cx, cy), str(day), 14, INK, anchor="mm")
                if day in EVENT_DAYS:
                    c.ellipse((cx - 2.5, cy + 8, cx + 2.5, cy + 13), TEAL)


def event_row(c, x, y, when, what, highlight=False):
    c.rect((x, y, x + 4, y + 40), AMBER if highlight else TEAL, radius=2)
    c.text((x + 16, y + 15), when, 14, GREY, anchor="ls")
    c.fit_text((x + 16, y + 36), what, 17, INK, max_width=330, bold=True, anchor="ls")


def calendar_panel(c, t):
    c.rect((696, 120, 1164, 592), WHITE, radius=10)
    calendar_glyph(c, 720, 138, 34)
    c.text((766, 164), t["panel_title"], 21, TEAL, bold=True, anchor="ls")
    c.rect((720, 184, 1140, 185), LINE)
    month_grid(c, t, 755, 210)


def make_tour_image(lang, number):
    t = TOUR_TEXT[lang]
    c = Canvas(TOUR_W, TOUR_H, background=PAGE, scale=2)
    tour_frame(c, t, t["caption_%d" % number])
    calendar_panel(c, t)
    if number == 1:
        for i, (when, what) in enumerate(t["events"]):
            event_row(c, 730, 412 + i * 56, when, what)
    else:
        when, what = t["events"][0]
        event_row(c, 730, 412, when, what)
        new_when, new_what = t["new_event"]
        event_row(c, 730, 466, new_when, new_what, highlight=True)
        # The add form: a filled-in field and the amber button, with a pointer on it.
        c.rect((720, 532, 930, 570), WHITE, radius=6, outline=(203, 213, 225), width=1)
        c.fit_text((732, 557), new_what, 15, INK, max_width=188, anchor="ls")
        c.rect((940, 532, 1140, 570), AMBER, radius=6)
        c.fit_text((1036, 551), t["add_event"], 16, WHITE, max_width=164, bold=True, anchor="mm")
        px, py = 1124, 556
        c.polygon([(px, py), (px, py + 26), (px + 7, py + 19), (px + 12, py + 30),
                   (px + 17, py + 28), (px + 12, py + 17), (px + 21, py + 17)], INK)
    save_png(c.result(), os.path.join(CLEAN, "images", "tour_%d_%s.png" % (number, lang)))


def make_clean_tour():
    for lang in ("en", "es", "pt"):
        for number in (1, 2):
            make_tour_image(lang, number)


# ---------------------------------------------------------------------------
# Section 3: broken widget "SuperCal" -- images (wrong sizes, JPEGs, misplaced)
# ---------------------------------------------------------------------------

PURPLE = (109, 40, 217)
PURPLE_LIGHT = (237, 233, 254)
PINK = (236, 72, 153)


def supercal_mark(c, x, y, size):
    c.rect((x, y, x + size, y + size), PURPLE, radius=0.22 * size)
    c.text((x + size / 2, y + size / 2), "S", round(size * 0.62), WHITE, bold=True, anchor="mm")
    c.ellipse((x + 0.70 * size, y + 0.08 * size, x + 0.92 * size, y + 0.30 * size), PINK)


def supercal_logo(width, height):
    c = Canvas(width, height)
    mark = min(width, height) * 0.62
    if width > height * 1.5:
        supercal_mark(c, 14, (height - mark) / 2, mark)
        c.fit_text((28 + mark, height / 2), "SuperCal", 48, PURPLE,
                   max_width=width - mark - 40, bold=True, anchor="lm")
    else:
        supercal_mark(c, (width - mark) / 2, (height - mark) / 2, mark)
    return c.result()


def supercal_slide(width, height, caption, footer=None):
    c = Canvas(width, height, background=PURPLE_LIGHT, scale=2)
    c.rect((0, 0, width, 90), PURPLE)
    c.fit_text((width / 2, 45), caption, 36, WHITE, max_width=width - 80, bold=True, anchor="mm")
    c.rect((60, 120, width - 60, height - 40), WHITE, radius=12)
    cols, rows = 7, 4
    cw = (width - 160) / cols
    ch = (height - 220) / rows
    for row in range(rows):
        for col in range(cols):
            x = 80 + col * cw
            y = 140 + row * ch
            c.rect((x + 4, y + 4, x + cw - 4, y + ch - 4), (245, 243, 255), radius=6)
            if (row * cols + col) % 5 == 2:
                c.rect((x + 10, y + 12, x + cw - 10, y + 36), PINK if col % 2 else PURPLE, radius=5)
    if footer:
        c.text((92, height - 62), footer, 22, PURPLE, bold=True)
    return c.result()


def make_broken_images():
    images = os.path.join(BROKEN, "images")

    # Wrong size: 400x270 instead of 400x272.
    save_png(supercal_logo(400, 270), os.path.join(images, "logo_main.png"))
    # A JPEG hiding behind a .png extension (right size, wrong format).
    save_jpeg(supercal_logo(130, 100), os.path.join(images, "logo.png"))
    # Correct.
    save_png(supercal_logo(108, 108), os.path.join(images, "logo_small.png"))
    # Correct size, but kept at the widget root instead of images/.
    save_png(supercal_logo(84, 84), os.path.join(BROKEN, "logo_min.png"))
    # logo_medium.png and logo_dp.png are deliberately not made.

    # Slideshow: en_1 fine, en_2 wrong size and with a Russian button left in a screenshot,
    # es_1 a JPEG, pt_1 carries an English caption.
    save_png(supercal_slide(1188, 616, "Sync every calendar in seconds"),
             os.path.join(images, "slide_en_1.png"))
    save_png(supercal_slide(1200, 600, "Powerful settings for power users", footer="Сохранить настройки"),
             os.path.join(images, "slide_en_2.png"))
    save_jpeg(supercal_slide(1188, 616, "Sincroniza todos tus calendarios"),
              os.path.join(images, "slide_es_1.jpg"))
    save_png(supercal_slide(1188, 616, "All your meetings in one place"),
             os.path.join(images, "slide_pt_1.png"))
    # slide_en_3.png is listed in the manifest but deliberately not made.

    # Referenced by nothing.
    c = Canvas(600, 200, background=PURPLE)
    c.text((300, 100), "SuperCal", 72, WHITE, bold=True, anchor="mm")
    save_png(c.result(), os.path.join(images, "unused_banner.png"))


# ---------------------------------------------------------------------------
# Section 4: broken widget "SuperCal" -- byte-exact text files
#   style.css (UTF-8 BOM), script.js (CRLF), templates/panel.twig (cp1251),
#   .DS_Store (binary junk)
# ---------------------------------------------------------------------------

BROKEN_CSS = """\
input { background: red; }

.control-select { color: red }

.switcher__on { }

.supercal-panel { position: fixed; bottom: 0; }
"""

BROKEN_JS_LINES = [
    "define(['jquery'], function ($) {",
    "  var CustomWidget = function () {",
    "    var self = this;",
    "    // var old = AMOCRM.constant('account').id;",
    "",
    "    this.callbacks = {",
    "      render: function () {",
    "        var u = 'https://api.supercal.example.com/v1/events?key=' + self.get_settings().api_key;",
    "        console.log('SuperCal render', u);",
    "        $.ajax({url: u, async: false, success: function (data) {",
    "          events = data;",
    "        }});",
    "        var s = document.createElement('script');",
    "        s.src = 'https://cdn.supercal.example.com/sync.js';",
    "        document.head.appendChild(s);",
    "        self.render({href: '/templates/panel.twig', base_path: self.params.path, load: function (template) {",
    "          $('body').append(template.render({title: 'SuperCal'}));",
    "        }}, {});",
    "        return true;",
    "      },",
    "      init: function () {",
    "        return true;",
    "      },",
    "      onSave: function () {",
    "        alert(\"Saved\");",
    "        return true;",
    "      }",
    "    };",
    "    return this;",
    "  };",
    "  return CustomWidget;",
    "});",
    "//# sourceMappingURL=script.js.map",
]

BROKEN_TWIG = """\
<div class="supercal-panel">
  <h3>{{ title }}</h3>
  <button class="supercal-save">Сохранить</button>
</div>
"""

# The first bytes of a real Finder .DS_Store ("Bud1" buddy allocator magic).
BROKEN_DS_STORE = b"\x00\x00\x00\x01Bud1\x00\x00\x10\x00\x00\x00\x08\x00" + b"\x00" * 16


def make_broken_text_files():
    write_bytes(os.path.join(BROKEN, "style.css"), b"\xef\xbb\xbf" + BROKEN_CSS.encode("utf-8"))
    write_bytes(os.path.join(BROKEN, "script.js"),
                "".join(line + "\r\n" for line in BROKEN_JS_LINES).encode("utf-8"))
    write_bytes(os.path.join(BROKEN, "templates", "panel.twig"), BROKEN_TWIG.encode("cp1251"))
    write_bytes(os.path.join(BROKEN, ".DS_Store"), BROKEN_DS_STORE)


def main():
    make_clean_logos()
    make_clean_tour()
    make_broken_images()
    make_broken_text_files()


if __name__ == "__main__":
    main()
