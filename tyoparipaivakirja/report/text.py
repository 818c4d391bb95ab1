"""One text pipeline for every PDF the app writes: every script prints as it was typed.

User text (reflections, agreements, names, task titles) goes through the same steps in
the supervision summary and the role description:

1. Unicode NFC (``core.privacy.normalise``): "e" + U+0301 prints as one "é".
2. Arabic letters are joined into their contextual forms with ``arabic-reshaper``,
   keeping the vowel marks (harakat); the text stays in logical order.
3. Each character gets the first font of a chain that has it (Liberation Sans, then
   Noto Sans Arabic, then Noto Emoji; ``fonts.py``); a combining mark keeps the font of
   the letter it sits on when that font has it. Runs of one font become ``<font>`` tags.
4. reportlab wraps the paragraph in logical order (widths are those of the joined
   shapes), and each wrapped line is put into visual order when it is drawn, with
   ``python-bidi``'s ``get_display``: right-to-left runs (Hebrew, Arabic) read right to
   left, mirrored brackets included. A paragraph that starts in a right-to-left script
   is right-aligned.

reportlab's own shaping and bidi do not work with mixed fonts (architecture.md, PDF),
hence this module. Text without right-to-left letters, Arabic or characters missing from
Liberation Sans (nearly all Finnish text) takes the fast path: escaped, one font, no
reordering. Combining marks that have no precomposed letter are drawn where the font
puts them, without the mark-positioning tables reportlab cannot apply.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from functools import cache
from typing import Any, Literal
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_base_level, get_display
from reportlab.graphics.shapes import Group, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from tyoparipaivakirja.core.privacy import normalise
from tyoparipaivakirja.report.fonts import (
    BOLD_CHAIN,
    FONT_BOLD,
    REGULAR_CHAIN,
    covered,
    register_fonts,
)

type Chain = tuple[str, ...]
type Anchor = Literal["start", "end"]

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Letters of scripts written right to left (Hebrew, Arabic and their neighbours, their
# presentation forms, and the historic right-to-left planes).
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_RESHAPER = arabic_reshaper.ArabicReshaper({"delete_harakat": False})
# Marks that steer the bidi algorithm; some fonts draw a box for them, so they are
# taken out of a line once it is in visual order.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def chain_for(font_name: str) -> Chain:
    """The font chain of a style's font: bold text falls back to bold fonts."""
    return BOLD_CHAIN if font_name == FONT_BOLD else REGULAR_CHAIN


def prepare(text: str) -> str:
    """Steps 1 and 2: NFC, and Arabic joined (logical order, vowel marks kept)."""
    text = normalise(text)
    if _ARABIC.search(text):
        text = str(_RESHAPER.reshape(text))
    return text


def has_right_to_left(text: str) -> bool:
    return _RIGHT_TO_LEFT.search(text) is not None


def embed(text: str) -> str:
    """User text to be set inside a Finnish sentence or line ("Nostaja: %1", the page
    header): with right-to-left letters it is fenced with LEFT-TO-RIGHT MARKs, so it reads
    right to left within itself while the line around it stays left to right (a date
    after an Arabic name would otherwise join the name's run and be reversed). The marks
    are invisible and zero-width in Liberation Sans."""
    return f"\u200e{text}\u200e" if has_right_to_left(text) else text


@cache
def _font_of(char: str, chain: Chain) -> str:
    for font in chain:
        if char in covered(font):
            return font
    return chain[0]  # no font has it: the first draws its "missing" box


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def font_runs(
    text: str, chain: Chain, *, marks_follow_right: bool = False
) -> list[tuple[str, str]]:
    """Step 3: (font, text) runs. A combining mark keeps its letter's font when that font
    has it; the letter is the one before it, or after it where ``marks_follow_right``
    (a right-to-left line in visual order, where a mark comes before its letter)."""
    if set(text) <= covered(chain[0]):
        return [(chain[0], text)] if text else []
    fonts = [_font_of(char, chain) for char in text]
    for index, char in enumerate(text):
        if not _is_mark(char):
            continue
        neighbour = index + 1 if marks_follow_right else index - 1
        while 0 <= neighbour < len(text) and _is_mark(text[neighbour]):
            neighbour += 1 if marks_follow_right else -1
        if 0 <= neighbour < len(text) and char in covered(fonts[neighbour]):
            fonts[index] = fonts[neighbour]
    runs: list[tuple[str, str]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or fonts[index] != fonts[start]:
            runs.append((fonts[start], text[start:index]))
            start = index
    return runs


def _run_markup(font: str, text: str, primary: str) -> str:
    body = escape(text).replace("\n", "<br/>")
    return body if font == primary else f'<font name="{font}">{body}</font>'


def markup(text: str, font_name: str = REGULAR_CHAIN[0]) -> str:
    """User text as Paragraph markup in a style whose font is ``font_name``: prepared,
    escaped, line breaks kept, each run in its font."""
    chain = chain_for(font_name)
    return "".join(
        _run_markup(font, part, chain[0]) for font, part in font_runs(prepare(text), chain)
    )


def _direction(text: str) -> str:
    return "R" if get_base_level(text) == 1 else "L"


def visual_order(text: str, direction: str) -> str:
    """One line in the order it is drawn, left to right, without bidi control marks."""
    return _BIDI_CONTROLS.sub("", str(get_display(text, base_dir=direction)))


class ScriptParagraph(Paragraph):
    """A Paragraph of user text: each wrapped line is drawn in visual order (step 4), and
    a paragraph that starts in a right-to-left script is right-aligned."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # noqa: N803 (reportlab's name)
        frags: Any = None,
        caseSensitive: int = 1,  # noqa: N803
        encoding: str = "utf8",
        *,
        direction: str | None = None,
    ) -> None:
        self.direction = direction  # "L" or "R" when lines need reordering, else None
        super().__init__(text or "", style, bulletText, frags, caseSensitive, encoding)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, ScriptParagraph):
                part.direction = self.direction
        return parts

    def draw(self) -> None:
        if self.direction is None:
            super().draw()
            return
        broken: Any = getattr(self, "blPara")  # noqa: B009 (set by wrap, untyped)
        lines = broken.lines
        chain = chain_for(self.style.fontName)
        broken.lines = [self._visual(line, chain) for line in lines]
        try:
            super().draw()
        finally:
            broken.lines = lines

    def _visual(self, line: Any, chain: Chain) -> Any:
        direction = self.direction or "L"
        if isinstance(line, tuple):  # one font: (extra space, words)
            extra, words = line
            return extra, [visual_order(" ".join(words), direction)]
        texts = [frag for frag in line.words if getattr(frag, "text", "")]
        if not texts:
            return line
        others = [frag for frag in line.words if not getattr(frag, "text", "")]
        visual = visual_order("".join(frag.text for frag in texts), direction)
        template = texts[0]
        words = [
            template.clone(text=part, fontName=font)
            for font, part in font_runs(visual, chain, marks_follow_right=direction == "R")
        ]
        return line.clone(words=words + others)


# Text the parser keeps in one fragment: no line break, nothing escaped.
_PLAIN = re.compile(r"[^\n&<>]*")
# One parsed fragment per paragraph style: the template of a plain text's fragment.
_PLAIN_FRAGMENTS: weakref.WeakKeyDictionary[ParagraphStyle, Any] = weakref.WeakKeyDictionary()


def _plain_fragments(text: str, style: ParagraphStyle) -> list[Any] | None:
    """The fragments reportlab's markup parser would make of ``text``, without running it,
    where that is certain: one line in the style's own font (most of a summary's text).
    None for anything else (line breaks, fallback fonts, and ``&<>``, which the parser
    splits into fragments of their own), which is parsed as markup.

    Parsing the escaped text gives one fragment of the style with the text unescaped
    and its whitespace cleaned (``cleanBlockQuotedText``); that is made here directly
    from a fragment parsed once per style: a year's summary has thousands of paragraphs,
    and the parser was the largest part of building it."""
    prepared = prepare(text)
    if (
        not prepared.strip()
        or not _PLAIN.fullmatch(prepared)
        or getattr(style, "textTransform", None)
    ):
        return None
    if not set(prepared) <= covered(chain_for(style.fontName)[0]):
        return None
    template = _PLAIN_FRAGMENTS.get(style)
    if template is None:
        template = Paragraph("x", style).frags[0]
        _PLAIN_FRAGMENTS[style] = template
    return [template.clone(text=cleanBlockQuotedText(prepared))]


def paragraph(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of user (or any) text in ``style``, through the whole pipeline."""
    register_fonts()
    if not has_right_to_left(text):
        fragments = _plain_fragments(text, style)
        if fragments is not None:
            return Paragraph(fragments[0].text, style, bulletText=bullet, frags=fragments)
        return Paragraph(markup(text, style.fontName), style, bulletText=bullet)
    body = markup(text, style.fontName)
    direction = _direction(prepare(text))
    if direction == "R":
        style = ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT)
    return ScriptParagraph(body, style, bullet, direction=direction)


def _visual_runs(text: str, chain: Chain) -> list[tuple[str, str]]:
    prepared = prepare(text)
    if not has_right_to_left(prepared):
        return font_runs(prepared, chain)
    direction = _direction(prepared)
    visual = visual_order(prepared, direction)
    return font_runs(visual, chain, marks_follow_right=direction == "R")


def text_width(text: str, font_name: str, size: float) -> float:
    """The width ``text`` takes on one line, drawn through the pipeline."""
    return sum(
        stringWidth(part, font, size) for font, part in _visual_runs(text, chain_for(font_name))
    )


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font_name: str,
    size: float,
    anchor: Anchor = "start",
) -> None:
    """One line of text on a canvas (page headers, footers), every script as typed."""
    register_fonts()
    runs = _visual_runs(text, chain_for(font_name))
    if anchor == "end":
        x -= sum(stringWidth(part, font, size) for font, part in runs)
    for font, part in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, part)
        x += stringWidth(part, font, size)


def chart_text(
    x: float,
    y: float,
    text: str,
    font_name: str,
    size: float,
    fill: colors.Color,
    anchor: Anchor = "start",
) -> Group:
    """One line of text in a chart drawing: a String for each font run."""
    register_fonts()
    runs = _visual_runs(text, chain_for(font_name))
    if anchor == "end":
        x -= sum(stringWidth(part, font, size) for font, part in runs)
    group = Group()
    for font, part in runs:
        group.add(String(x, y, part, fontName=font, fontSize=size, fillColor=fill))
        x += stringWidth(part, font, size)
    return group
