"""What every PDF of the app shares: the embedded font, the ink colours, the base
paragraph styles, user text as markup and the labelled facts table.

Liberation Sans (SIL OFL 1.1, in ``resources/fonts`` with its licence) is embedded so
every Finnish, Swedish and Sámi letter prints; Helvetica would draw boxes for some.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle

from tyoparipaivakirja.paths import resources_dir

FONT = "LiberationSans"
FONT_BOLD = "LiberationSans-Bold"
PDF_LANGUAGE = "fi-FI"
CREATOR = "Työparipäiväkirja"
MARGIN = 20 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN
INK = colors.HexColor("#1f1f1f")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b5b5b5")


@cache
def register_fonts() -> None:
    """Register the bundled Liberation Sans once per process."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "LiberationSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


def base_styles() -> dict[str, ParagraphStyle]:
    """The typographic hierarchy every document starts from."""
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=20, leading=25),
        "subtitle": ParagraphStyle(
            "subtitle", base, fontSize=12, leading=16, textColor=MUTED, spaceAfter=4 * mm
        ),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=FONT_BOLD,
            fontSize=13.5,
            leading=18,
            spaceBefore=6 * mm,
            spaceAfter=2 * mm,
        ),
        "group": ParagraphStyle(
            "group",
            base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        "label": ParagraphStyle("label", base, fontName=FONT_BOLD, alignment=TA_LEFT),
        "muted": ParagraphStyle("muted", base, textColor=MUTED),
    }


def markup(value: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def facts_table(
    facts: Sequence[tuple[str, str]],
    styles: dict[str, ParagraphStyle],
    label_share: float = 0.34,
) -> Table:
    """Label–value rows with a thin rule between them, as wide as the text column."""
    rows = [
        [Paragraph(markup(label), styles["label"]), Paragraph(markup(value), styles["body"])]
        for label, value in facts
    ]
    table = Table(
        rows,
        colWidths=[CONTENT_WIDTH * label_share, CONTENT_WIDTH * (1 - label_share)],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else the cells name Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return table
