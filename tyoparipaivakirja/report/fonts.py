"""The fonts every PDF of the app embeds, and a fix to reportlab's text extraction map.

Three OFL fonts ship in ``resources/fonts`` with their licences (``README.md`` there
says where each comes from): Liberation Sans 2.1.5 (Latin with Finnish, Swedish and
Sámi letters, Cyrillic, Greek, Hebrew, combining marks), Noto Sans Arabic, and a
monochrome Noto Emoji. ``text.py`` picks one of them for each character.

reportlab 5.1 writes a wrong ToUnicode map for characters above U+FFFF: it writes the
code point itself (``<1F600>``) where PDF wants UTF-16BE (``<D83DDE00>``), so text
extraction turns 😀 into "ὠ". ``_to_unicode_cmap`` writes the map correctly, and maps
the Arabic presentation forms that ``text.py`` draws (the joined shapes of letters)
back to the letters they are, so copying text from the PDF gives what was typed.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import reportlab.pdfbase.ttfonts as ttfonts
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tyoparipaivakirja.paths import resources_dir

FONT = "LiberationSans"
FONT_BOLD = "LiberationSans-Bold"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
EMOJI = "NotoEmoji"

# reportlab name → file in resources/fonts
FONT_FILES = {
    FONT: "LiberationSans-Regular.ttf",
    FONT_BOLD: "LiberationSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}
# The fonts tried for a character, in order; the first one that has it draws it.
REGULAR_CHAIN = (FONT, ARABIC, EMOJI)
BOLD_CHAIN = (FONT_BOLD, ARABIC_BOLD, EMOJI)

_PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_LAM_ALEF = (0xFEF5, 0xFEFC)


def _unicode_of(code_point: int) -> str:
    """What a drawn character means as text, as UTF-16BE hex for a ToUnicode map.

    A joined Arabic form means its letter(s). The lam-alef ligatures are two letters;
    text extraction (poppler, pdfium) reverses the characters of a right-to-left word,
    those of one glyph included, so their two letters are written in drawing order
    (alef, lam) and come back as typed (lam, alef).
    """
    char = chr(code_point)
    if any(low <= code_point <= high for low, high in _PRESENTATION_FORMS):
        char = unicodedata.normalize("NFKC", char)  # a joined form → the letter(s)
        if _LAM_ALEF[0] <= code_point <= _LAM_ALEF[1]:
            char = char[::-1]
    return char.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with targets written as UTF-16BE."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{_unicode_of(value)}>" for index, value in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


@cache
def register_fonts() -> None:
    """Register the bundled fonts once per process (and correct the ToUnicode map)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # reportlab looks it up at each write
    folder = resources_dir() / "fonts"
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


@cache
def covered(font: str) -> frozenset[str]:
    """Every character ``font`` has a glyph for."""
    register_fonts()
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    return frozenset(chr(code) for code in face.charToGlyph)
