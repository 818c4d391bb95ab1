"""What every PDF of the app shares: the embedded fonts, the ink colours, the base
paragraph styles, user text as paragraphs and the labelled facts table.

The fonts (``fonts.py``) and the text pipeline (``text.py``) make every script print as
typed; Helvetica would draw boxes for Sámi letters, and any single font for some script.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from tyoparipaivakirja.report.fonts import FONT, FONT_BOLD, register_fonts
from tyoparipaivakirja.report.text import draw_text, embed, paragraph

__all__ = ["FONT", "FONT_BOLD", "draw_text", "embed", "paragraph", "register_fonts"]

PDF_LANGUAGE = "fi-FI"
CREATOR = "Työparipäiväkirja"
# The Author of every PDF the app writes: the work pair, never a person's name (the
# metadata travels with the file and is shown by every viewer and search tool).
PDF_AUTHOR = "Työpari"
MARGIN = 20 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN
INK = colors.HexColor("#1f1f1f")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b5b5b5")


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


def facts_table(
    facts: Sequence[tuple[str, str]],
    styles: dict[str, ParagraphStyle],
    label_share: float = 0.34,
) -> Table:
    """Label–value rows with a thin rule between them, as wide as the text column; a value
    reads left to right as a whole, whatever script a name in it is in."""
    rows = [
        [paragraph(label, styles["label"]), paragraph(embed(value), styles["body"])]
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
