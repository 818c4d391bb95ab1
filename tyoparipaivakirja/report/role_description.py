"""The printable role description (tehtävänkuva) as an A4 PDF.

The caller hands over a document whose every text is already written in the user's
language (the GUI translates); this module only lays it out, with Liberation Sans
embedded so every Finnish, Swedish and Sámi letter prints, and sets the PDF's title,
author, subject, creator and language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from tyoparipaivakirja.paths import resources_dir

FONT = "LiberationSans"
FONT_BOLD = "LiberationSans-Bold"
PDF_LANGUAGE = "fi-FI"
CREATOR = "Työparipäiväkirja"
MARGIN = 20 * mm
INK = colors.HexColor("#1f1f1f")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b5b5b5")
KEEP_GROUP_TOGETHER = 12  # tasks; a longer group may break across pages


@dataclass(frozen=True, slots=True)
class Fact:
    """A short labelled value, such as "Voimassa alkaen: 12.1.2026"."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Task:
    title: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class TaskGroup:
    """The tasks under one lead, with the lead written out in the heading."""

    heading: str
    tasks: tuple[Task, ...]
    empty_text: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """A heading with short facts and optional running text below them."""

    heading: str
    facts: tuple[Fact, ...] = ()
    text: str = ""


@dataclass(frozen=True, slots=True)
class RoleDescriptionDocument:
    """Everything the PDF says, already translated. ``page_label`` holds ``%1`` for the
    page number."""

    title: str
    subtitle: str
    author: str
    subject: str
    facts: tuple[Fact, ...]
    groups_heading: str
    groups: tuple[TaskGroup, ...]
    sections: tuple[Section, ...]
    footer: str
    page_label: str


@cache
def register_fonts() -> None:
    """Register the bundled Liberation Sans once per process."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "LiberationSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
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
        "task": ParagraphStyle(
            "task",
            base,
            leftIndent=5 * mm,
            bulletIndent=1 * mm,
            bulletFontName=FONT,
            spaceAfter=1.2 * mm,
        ),
        "note": ParagraphStyle(
            "note", base, fontSize=9.5, leading=12.5, leftIndent=5 * mm, textColor=MUTED
        ),
        "muted": ParagraphStyle("muted", base, textColor=MUTED),
    }


def _text(value: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def _facts_table(facts: tuple[Fact, ...], styles: dict[str, ParagraphStyle]) -> Table:
    width = A4[0] - 2 * MARGIN
    rows = [
        [
            Paragraph(_text(fact.label), styles["label"]),
            Paragraph(_text(fact.value), styles["body"]),
        ]
        for fact in facts
    ]
    table = Table(rows, colWidths=[width * 0.34, width * 0.66], hAlign="LEFT")
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


def _story(document: RoleDescriptionDocument) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = [
        Paragraph(_text(document.title), styles["title"]),
        Paragraph(_text(document.subtitle), styles["subtitle"]),
        _facts_table(document.facts, styles),
        Paragraph(_text(document.groups_heading), styles["heading"]),
    ]
    for group in document.groups:
        heading = Paragraph(_text(group.heading), styles["group"])
        if not group.tasks:
            story.append(
                KeepTogether([heading, Paragraph(_text(group.empty_text), styles["muted"])])
            )
            continue
        tasks = [_task(task, styles) for task in group.tasks]
        if len(tasks) <= KEEP_GROUP_TOGETHER:
            # A short group moves to the next page whole rather than leave one task behind.
            story.append(KeepTogether([heading, *(f for task in tasks for f in task)]))
            continue
        first, *rest = tasks
        story.append(KeepTogether([heading, *first]))  # never a heading alone at a page end
        for flowables in rest:
            story.append(KeepTogether(flowables))
    for section in document.sections:
        block: list[Flowable] = [Paragraph(_text(section.heading), styles["heading"])]
        if section.facts:
            block.append(_facts_table(section.facts, styles))
        if section.text:
            block += [Spacer(1, 2 * mm), Paragraph(_text(section.text), styles["body"])]
        story.append(KeepTogether(block))
    return story


def _task(task: Task, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph(_text(task.title), styles["task"], bulletText="•")]
    if task.note:
        flowables.append(Paragraph(_text(task.note), styles["note"]))
        flowables.append(Spacer(1, 1.2 * mm))
    return flowables


def build_role_description(document: RoleDescriptionDocument) -> bytes:
    """The role description as PDF bytes (A4, fonts embedded, metadata set)."""
    register_fonts()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=document.title,
        author=document.author,
        subject=document.subject,
        creator=CREATOR,
        lang=PDF_LANGUAGE,
        initialFontName=FONT,  # else every page names Helvetica, unembedded
    )

    def footer(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, document.footer)
        canvas.drawRightString(
            A4[0] - MARGIN,
            MARGIN - 2 * mm,
            document.page_label.replace("%1", str(canvas.getPageNumber())),
        )
        canvas.restoreState()

    template.build(_story(document), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
