"""The printable role description (tehtävänkuva) as an A4 PDF.

The caller hands over a document whose every text is already written in the user's
language (the GUI translates); this module only lays it out through the same text
pipeline as the summary (``text.py``: every script, right-to-left included, prints as
typed, with the fonts embedded), and sets the PDF's title, author, subject, creator and
language. The author is the work pair (``PDF_AUTHOR``): no person is named in the
metadata, which every viewer shows and search tools index.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from tyoparipaivakirja.report.pdf_common import (
    CREATOR,
    FONT,
    MARGIN,
    MUTED,
    PDF_AUTHOR,
    PDF_LANGUAGE,
    base_styles,
    draw_text,
    embed,
    facts_table,
    paragraph,
    register_fonts,
)

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
    subject: str
    facts: tuple[Fact, ...]
    groups_heading: str
    groups: tuple[TaskGroup, ...]
    sections: tuple[Section, ...]
    footer: str
    page_label: str


def _styles() -> dict[str, ParagraphStyle]:
    styles = base_styles()
    base = styles["body"]
    styles["task"] = ParagraphStyle(
        "task",
        base,
        leftIndent=5 * mm,
        bulletIndent=1 * mm,
        bulletFontName=FONT,
        spaceAfter=1.2 * mm,
    )
    styles["note"] = ParagraphStyle(
        "note", base, fontSize=9.5, leading=12.5, leftIndent=5 * mm, textColor=MUTED
    )
    return styles


def _facts_table(facts: tuple[Fact, ...], styles: dict[str, ParagraphStyle]) -> Table:
    return facts_table([(fact.label, fact.value) for fact in facts], styles)


def _story(document: RoleDescriptionDocument) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = [
        paragraph(embed(document.title), styles["title"]),
        paragraph(embed(document.subtitle), styles["subtitle"]),
        _facts_table(document.facts, styles),
        paragraph(document.groups_heading, styles["heading"]),
    ]
    for group in document.groups:
        heading = paragraph(embed(group.heading), styles["group"])
        if not group.tasks:
            story.append(KeepTogether([heading, paragraph(group.empty_text, styles["muted"])]))
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
        block: list[Flowable] = [paragraph(section.heading, styles["heading"])]
        if section.facts:
            block.append(_facts_table(section.facts, styles))
        if section.text:
            block += [Spacer(1, 2 * mm), paragraph(section.text, styles["body"])]
        story.append(KeepTogether(block))
    return story


def _task(task: Task, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flowables: list[Flowable] = [paragraph(task.title, styles["task"], "•")]
    if task.note:
        flowables.append(paragraph(task.note, styles["note"]))
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
        author=PDF_AUTHOR,
        subject=document.subject,
        creator=CREATOR,
        lang=PDF_LANGUAGE,
        initialFontName=FONT,  # else every page names Helvetica, unembedded
    )

    def footer(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGIN, MARGIN - 2 * mm, document.footer, FONT, 8.5)
        page = document.page_label.replace("%1", str(canvas.getPageNumber()))
        draw_text(canvas, A4[0] - MARGIN, MARGIN - 2 * mm, page, FONT, 8.5, "end")
        canvas.restoreState()

    template.build(_story(document), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
