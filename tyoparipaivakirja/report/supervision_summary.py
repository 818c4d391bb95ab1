"""The supervision summary (työnohjausyhteenveto) as an A4 PDF, optionally AES-256 protected.

Lays out a ``core.summary.SupervisionSummary``, which already holds only what may go
to the supervisor, in the order of domain.md section 4. Every page carries the
confidentiality line, the pair (first names) and the period, and "sivu X / Y"; the
PDF's metadata names no person. Every text goes through the one text pipeline
(``text.py``), so every script prints as typed. The two small charts (visit types, a
shared strain trend) use grey tones, dashes and markers only, so they read the same on
a black-and-white printer. A long reflection starts where the previous one ends: only
its heading, its first label and three lines are kept together.

``protect`` encrypts finished bytes with pikepdf (AES-256, revision 6): reportlab's own
encryption is RC4, and its 256-bit mode writes files poppler refuses.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Literal

import pikepdf
from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from tyoparipaivakirja.core.dates import format_date
from tyoparipaivakirja.core.disclosure import PrintedPartition
from tyoparipaivakirja.core.summary import (
    SMALL_COUNT_LIMIT,
    CountRow,
    RoleSplitSection,
    SharedReflection,
    SharedWellbeing,
    SupervisionSummary,
)
from tyoparipaivakirja.report import summary_words as w
from tyoparipaivakirja.report.pdf_common import (
    CONTENT_WIDTH,
    CREATOR,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    PDF_AUTHOR,
    PDF_LANGUAGE,
    RULE,
    base_styles,
    draw_text,
    embed,
    facts_table,
    paragraph,
    register_fonts,
)
from tyoparipaivakirja.report.text import chart_text

HEADER_GAP = 9 * mm
KEEP_LINES = 3  # lines of a text kept with its heading and label at a page end
KEEP_GROUP_TOGETHER = 14  # tasks; a longer group may break across pages
BAR_DARK = colors.HexColor("#4a4a4a")
PANEL = colors.HexColor("#f2f2f2")
LINE_STYLES: tuple[tuple[colors.Color, tuple[float, ...], str], ...] = (
    (colors.HexColor("#1f1f1f"), (), "circle"),
    (colors.HexColor("#6b6b6b"), (4, 2), "square"),
    (colors.HexColor("#9a9a9a"), (1, 2), "triangle"),
)


def period_text(summary: SupervisionSummary) -> str:
    return f"{format_date(summary.period_start)}–{format_date(summary.period_end)}"


def _styles() -> dict[str, ParagraphStyle]:
    styles = base_styles()
    body = styles["body"]
    styles["small"] = ParagraphStyle("small", body, fontSize=9, leading=12, textColor=MUTED)
    styles["note"] = ParagraphStyle(
        "note", body, fontSize=9.5, leading=13, textColor=INK, backColor=PANEL, borderPadding=6
    )
    styles["item"] = ParagraphStyle(
        "item", body, leftIndent=6 * mm, bulletIndent=0, bulletFontName=FONT, spaceBefore=2
    )
    styles["item_meta"] = ParagraphStyle(
        "item_meta", styles["small"], leftIndent=6 * mm, spaceAfter=1.5 * mm
    )
    styles["entry"] = ParagraphStyle(
        "entry", body, fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=4 * mm
    )
    styles["field"] = ParagraphStyle(
        "field", body, fontName=FONT_BOLD, fontSize=9.5, leading=13, spaceBefore=1.5 * mm
    )
    styles["bullet"] = ParagraphStyle(
        "bullet", body, leftIndent=5 * mm, bulletIndent=1 * mm, bulletFontName=FONT
    )
    return styles


_p = paragraph


def _section(heading: str, styles: dict[str, ParagraphStyle], first: list[Flowable]) -> Flowable:
    """A heading kept together with what follows it, never alone at a page end."""
    return KeepTogether([_p(heading, styles["heading"]), *first])


def _height(flowable: Flowable) -> float:
    _width, height = flowable.wrap(CONTENT_WIDTH, 10_000)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _start_together(head: Sequence[Flowable], text: Flowable, leading: float) -> list[Flowable]:
    """``head`` and ``text`` with at least ``KEEP_LINES`` of ``text`` on the page where
    ``head`` is: a page break only when fewer fit, so a long text starts at once and
    flows on, instead of leaving the rest of a page blank."""
    needed = sum(_height(flowable) for flowable in head) + KEEP_LINES * leading
    return [CondPageBreak(needed), *head, text]


def _count_table(
    header: tuple[str, str], rows: Sequence[CountRow], styles: dict[str, ParagraphStyle]
) -> Table:
    data = [[_p(header[0], styles["label"]), _p(header[1], styles["label"])]]
    data += [[_p(row.label, styles["body"]), _p(row.text, styles["body"])] for row in rows]
    table = Table(data, colWidths=[CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE),
            ]
        )
    )
    return table


# --- charts -----------------------------------------------------------------------------


def _drawing(width: float, height: float) -> Drawing:
    """A chart canvas whose default font is ours: else every chart names Helvetica,
    unembedded."""
    return Drawing(width, height, initialFontName=FONT)


def chart_rows(visits: PrintedPartition) -> list[CountRow]:
    """The visit types printed one by one, then their combined rest as one row with its
    sum (while the total is exact), so no rare type can be counted."""
    rows = [CountRow(row.label, row.count) for row in visits.shown]
    if visits.combined and visits.combined_count is not None:
        rows.append(CountRow(w.OTHER_VISIT_TYPES, visits.combined_count))
    return rows


def _visit_types(visits: PrintedPartition, styles: dict[str, ParagraphStyle]) -> Flowable:
    """The visit-type chart; when no type may be counted on its own, one sentence names
    the types instead of a chart with a single bar."""
    heading = _p(w.VISIT_TYPES, styles["group"])
    if not visits.shown:
        names = ", ".join(visits.combined)
        return KeepTogether(
            [heading, _p(w.VISIT_TYPES_NOT_COUNTED.replace("%1", names), styles["body"])]
        )
    caption = w.CHART_VISITS_CAPTION
    if visits.combined:
        caption += " " + w.OTHER_VISIT_TYPES_ARE.replace("%1", ", ".join(visits.combined))
    return KeepTogether(
        [
            heading,
            visit_chart(chart_rows(visits)),
            Spacer(1, 1 * mm),
            _p(caption, styles["small"]),
        ]
    )


def visit_chart(rows: Sequence[CountRow]) -> Drawing:
    """Horizontal bars with their counts (every count here is 3 or more)."""
    bar, gap, label_width = 11.0, 5.0, 62 * mm
    height = len(rows) * (bar + gap) + 4
    drawing = _drawing(CONTENT_WIDTH, height)
    longest = max([SMALL_COUNT_LIMIT, *(row.count for row in rows)])
    scale = (CONTENT_WIDTH - label_width - 14 * mm) / longest
    for index, row in enumerate(rows):
        y = height - (index + 1) * (bar + gap)
        length = scale * row.count
        drawing.add(String(0, y + 2.5, row.label, fontName=FONT, fontSize=9, fillColor=INK))
        drawing.add(_rect(label_width, y, length, bar, BAR_DARK, BAR_DARK, 0.6))
        drawing.add(
            String(
                label_width + length + 4,
                y + 2.5,
                str(row.count),
                fontName=FONT_BOLD,
                fontSize=9,
                fillColor=INK,
            )
        )
    return drawing


def _rect(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: colors.Color,
    stroke: colors.Color,
    stroke_width: float,
    radius: float = 0,
) -> Rect:
    rect = Rect(x, y, width, height, rx=radius, ry=radius)
    rect.fillColor = fill
    rect.strokeColor = stroke
    rect.strokeWidth = stroke_width
    return rect


def _line(points: list[float], colour: colors.Color, dash: tuple[float, ...]) -> PolyLine:
    line = PolyLine(points)
    line.strokeColor = colour
    line.strokeWidth = 1.4
    if dash:
        line.strokeDashArray = list(dash)
    return line


def _marker(kind: str, x: float, y: float, colour: colors.Color) -> Rect | PolyLine:
    size = 2.6
    if kind == "square":
        return _rect(x - size, y - size, 2 * size, 2 * size, colors.white, colour, 1)
    if kind == "triangle":
        triangle = PolyLine(
            [x - size, y - size, x + size, y - size, x, y + size, x - size, y - size]
        )
        triangle.strokeColor = colour
        triangle.strokeWidth = 1
        return triangle
    return _rect(x - size, y - size, 2 * size, 2 * size, colour, colour, 1, radius=size)


def stress_chart(shared: Sequence[SharedWellbeing]) -> Drawing:
    """Weekly stress 1–5 for each person who shared it: grey lines told apart by dash
    pattern and marker shape, with a legend of names."""
    width, height = CONTENT_WIDTH, 52 * mm
    left, right, bottom, top = 14 * mm, 4 * mm, 10 * mm, 10 * mm
    drawing = _drawing(width, height)
    weeks = sorted({week.week_start for person in shared for week in person.weeks})
    plot_w, plot_h = width - left - right, height - bottom - top
    for level in range(1, 6):
        y = bottom + (level - 1) * plot_h / 4
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(String(left - 10, y - 3, str(level), fontName=FONT, fontSize=8,
                           fillColor=MUTED))  # fmt: skip
    step = plot_w / max(1, len(weeks) - 1)
    position = {week: left + index * step for index, week in enumerate(weeks)}
    if len(weeks) == 1:
        position = {weeks[0]: left + plot_w / 2}
    for index in (0, len(weeks) - 1):
        if weeks:
            week = weeks[index]
            label = format_date(week)
            x = position[week]
            anchor: Literal["start", "end"] = "start" if index == 0 else "end"
            drawing.add(String(x, 2, label, fontName=FONT, fontSize=8, fillColor=MUTED,
                               textAnchor=anchor))  # fmt: skip
    for number, person in enumerate(shared):
        colour, dash, marker = LINE_STYLES[number % len(LINE_STYLES)]
        points: list[float] = []
        for value in sorted(person.weeks, key=lambda item: item.week_start):
            points += [position[value.week_start], bottom + (value.stress - 1) * plot_h / 4]
        if len(points) >= 4:
            drawing.add(_line(points, colour, dash))
        for x, y in zip(points[0::2], points[1::2], strict=True):
            drawing.add(_marker(marker, x, y, colour))
        legend_x = left + number * 45 * mm
        drawing.add(_line([legend_x, height - 4, legend_x + 12, height - 4], colour, dash))
        drawing.add(_marker(marker, legend_x + 6, height - 4, colour))
        drawing.add(chart_text(legend_x + 16, height - 7, person.member_name, FONT, 9, INK))
    return drawing


# --- sections ---------------------------------------------------------------------------


def _cover(summary: SupervisionSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    facts = [
        (w.COVER_PAIR, summary.pair_names),
        (w.COVER_PERIOD, period_text(summary)),
        (
            w.COVER_SESSION,
            format_date(summary.session_date) if summary.session_date else w.COVER_NO_SESSION,
        ),
        (w.COVER_MADE, format_date(summary.made_on)),
    ]
    return [
        _p(w.TITLE, styles["title"]),
        _p(embed(summary.journal_name), styles["subtitle"]),
        facts_table(facts, styles, label_share=0.3),
        Spacer(1, 5 * mm),
        _p(w.COVER_NOTE, styles["note"]),
        Spacer(1, 2 * mm),
    ]


def _topics(summary: SupervisionSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not summary.topics:
        return [_section(w.H_TOPICS, styles, [_p(w.NO_TOPICS, styles["muted"])])]
    items: list[list[Flowable]] = []
    for number, topic in enumerate(summary.topics, start=1):
        meta = w.RAISED_BY.replace("%1", embed(topic.raised_by))
        if topic.tags:
            meta += " · " + ", ".join(topic.tags)
        items.append([_p(topic.text, styles["item"], f"{number}."), _p(meta, styles["item_meta"])])
    story: list[Flowable] = [_section(w.H_TOPICS, styles, items[0])]
    story += [KeepTogether(item) for item in items[1:]]
    return story


def _presence_text(presence: PrintedPartition) -> list[tuple[str, str]]:
    if presence.all_combined or not presence.shown:
        return [(w.PRESENCE, w.PRESENCE_COMBINED)]
    return [(w.PRESENCE_LABELS.get(row.label, row.label), str(row.count)) for row in presence.shown]


def _rare_rows(
    rows: Sequence[CountRow], sentence: str, styles: dict[str, ParagraphStyle]
) -> Flowable | None:
    """One sentence naming the rows when every row is below 3 (a table of only "<3"
    says nothing), else None."""
    if rows and all(row.count < SMALL_COUNT_LIMIT for row in rows):
        return _p(sentence.replace("%1", ", ".join(row.label for row in rows)), styles["body"])
    return None


def _overview(summary: SupervisionSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    overview = summary.overview
    if overview.empty:
        return [_section(w.H_OVERVIEW, styles, [_p(w.NO_DEBRIEFS, styles["muted"])])]
    total = overview.debriefs
    total_text = (
        str(total.count)
        if total.count is not None
        else w.DEBRIEFS_BELOW.replace("%1", str(total.below))
    )
    facts = [(w.COUNT_DEBRIEFS, total_text), *_presence_text(overview.presence)]
    story: list[Flowable] = [
        _section(
            w.H_OVERVIEW,
            styles,
            [facts_table(facts, styles, label_share=0.5), Spacer(1, 2 * mm)],
        ),
        _p(w.OVERVIEW_NOTE, styles["small"]),
        _visit_types(overview.visit_types, styles),
        CondPageBreak(30 * mm),
        _p(w.THEMES, styles["group"]),
    ]
    rare = _rare_rows(overview.themes, w.ALL_THEMES_RARE, styles)
    if rare is not None:
        story.append(rare)
    elif overview.themes:
        story.append(_count_table((w.THEME, w.COUNT), overview.themes, styles))
    else:
        story.append(_p(w.NO_THEMES, styles["muted"]))
    return story


def _reflection(
    reflection: SharedReflection, styles: dict[str, ParagraphStyle], first_of_section: str = ""
) -> list[Flowable]:
    """One shared reflection: its heading and first answer start together (with the
    section's heading for the first one), every later label keeps three lines of its
    answer on its page, and long answers flow on over pages."""
    heading = " · ".join(
        part
        for part in (
            format_date(reflection.visit_date),
            reflection.visit_type,
            reflection.client,
        )
        if part
    )
    blocks: list[tuple[str, str]] = [
        (label, text)
        for label, text in (
            (w.WENT_WELL, reflection.went_well),
            (w.WAS_HARD, reflection.was_hard),
            (w.LEARNING, reflection.learning),
        )
        if text
    ]
    if reflection.role_split or reflection.role_split_note:
        answer = " – ".join(p for p in (reflection.role_split, reflection.role_split_note) if p)
        blocks.append((w.ROLE_SPLIT_WORKED, answer))
    head: list[Flowable] = []
    if first_of_section:
        head.append(_p(first_of_section, styles["heading"]))
    head.append(_p(heading, styles["entry"]))
    if reflection.themes:
        head.append(_p(", ".join(reflection.themes), styles["small"]))
    body = styles["body"]
    if not blocks:
        return [KeepTogether(head)]
    label, text = blocks[0]
    story = _start_together([*head, _p(label, styles["field"])], _p(text, body), body.leading)
    for label, text in blocks[1:]:
        story += _start_together([_p(label, styles["field"])], _p(text, body), body.leading)
    return story


def _reflections(summary: SupervisionSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not summary.reflections:
        return [_section(w.H_REFLECTIONS, styles, [_p(w.NO_REFLECTIONS, styles["muted"])])]
    story = _reflection(summary.reflections[0], styles, w.H_REFLECTIONS)
    for reflection in summary.reflections[1:]:
        story += _reflection(reflection, styles)
    return story


def _warnings(summary: SupervisionSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not summary.warning_signs:
        return [_section(w.H_WARNINGS, styles, [_p(w.NO_WARNINGS, styles["muted"])])]
    rare = _rare_rows(summary.warning_signs, w.ALL_WARNINGS_RARE, styles)
    if rare is not None:
        return [_section(w.H_WARNINGS, styles, [_p(w.WARNINGS_NOTE, styles["small"]), rare])]
    return [
        _section(
            w.H_WARNINGS,
            styles,
            [
                _p(w.WARNINGS_NOTE, styles["small"]),
                Spacer(1, 1.5 * mm),
                _count_table((w.WARNING_SIGN, w.COUNT), summary.warning_signs, styles),
            ],
        )
    ]


def _roles(summary: SupervisionSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    section: RoleSplitSection | None = summary.role_split
    if section is None:
        return [_section(w.H_ROLES, styles, [_p(w.NO_ROLE_SPLIT, styles["muted"])])]
    in_force = w.ROLES_IN_FORCE.replace("%1", str(section.version)).replace(
        "%2", format_date(section.effective_from)
    )
    review = (
        w.NEXT_REVIEW.replace("%1", format_date(section.next_review_on))
        if section.next_review_on
        else w.NO_NEXT_REVIEW
    )
    story: list[Flowable] = [
        _section(w.H_ROLES, styles, [_p(f"{in_force} {review}", styles["body"])])
    ]
    if section.compared_with_version is None:
        story.append(_p(w.NO_COMPARISON, styles["muted"]))
    elif not section.changed:
        story.append(_p(w.NO_CHANGES, styles["muted"]))
    else:
        changes: list[Flowable] = [
            _p(w.CHANGES_SINCE.replace("%1", str(section.compared_with_version)), styles["field"])
        ]
        changes += [
            _p(w.ADDED.replace("%1", embed(t)), styles["bullet"], "•") for t in section.added
        ]
        changes += [
            _p(w.REMOVED.replace("%1", embed(t)), styles["bullet"], "•") for t in section.removed
        ]
        changes += [
            _p(
                w.MOVED.replace("%1", embed(m.title))
                .replace("%2", m.before.value)
                .replace("%3", m.after.value),
                styles["bullet"],
                "•",
            )
            for m in section.moved
        ]
        story.append(KeepTogether(changes))
    for group in section.groups:
        heading = _p(w.LEAD_HEADINGS[group.lead], styles["group"])
        titles = [_p(t, styles["bullet"], "•") for t in group.titles] or [
            _p(w.NO_TASKS, styles["muted"])
        ]
        if len(titles) <= KEEP_GROUP_TOGETHER:
            story.append(KeepTogether([heading, *titles]))
        else:
            story.append(KeepTogether([heading, *titles[:3]]))
            story += titles[3:]
    return story


def _trend_line(person: SharedWellbeing) -> str:
    return (
        w.TREND_LINE.replace("%1", embed(person.member_name))
        .replace("%2", w.TRENDS[person.trend])
        .replace("%3", format_date(person.period_start))
        .replace("%4", format_date(person.period_end))
    )


def _shared_period(template: str, person: SharedWellbeing) -> str:
    return (
        template.replace("%1", embed(person.member_name))
        .replace("%2", format_date(person.shared_from or person.period_start))
        .replace("%3", format_date(person.shared_to or person.period_end))
    )


def _wellbeing(summary: SupervisionSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not summary.wellbeing:
        return [_section(w.H_WELLBEING, styles, [_p(w.NO_WELLBEING, styles["muted"])])]
    shown = [person for person in summary.wellbeing if not person.outside]
    lines: list[Flowable] = []
    for person in summary.wellbeing:
        if person.outside:
            older = person.period_start < summary.period_start
            text = _shared_period(w.TREND_OLDER if older else w.TREND_NEWER, person)
            lines.append(_p(text, styles["bullet"], "•"))
            continue
        lines.append(_p(_trend_line(person), styles["bullet"], "•"))
        if person.clipped:
            lines.append(_p(_shared_period(w.TREND_CLIPPED, person), styles["item_meta"]))
    content: list[Flowable] = [_p(w.WELLBEING_NOTE, styles["small"]), Spacer(1, 1.5 * mm), *lines]
    if shown:
        content += [
            Spacer(1, 3 * mm),
            stress_chart(shown),
            _p(w.CHART_STRESS_CAPTION, styles["small"]),
        ]
    return [_section(w.H_WELLBEING, styles, content)]


def _agreements(summary: SupervisionSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if summary.previous_session_date is None:
        return [_section(w.H_AGREEMENTS, styles, [_p(w.NO_PREVIOUS_SESSION, styles["muted"])])]
    when = format_date(summary.previous_session_date)
    if not summary.agreements:
        return [
            _section(
                w.H_AGREEMENTS, styles, [_p(w.NO_AGREEMENTS.replace("%1", when), styles["muted"])]
            )
        ]
    data = [[_p(w.AGREEMENT, styles["label"]), _p(w.MADE_ON, styles["label"]),
             _p(w.OWNER, styles["label"]), _p(w.STATUS, styles["label"])]]  # fmt: skip
    data += [
        [
            _p(a.text, styles["body"]),
            _p(format_date(a.made_on) if a.made_on else "", styles["body"]),
            _p(a.owner, styles["body"]),
            _p(w.STATUSES[a.status], styles["body"]),
        ]
        for a in summary.agreements
    ]
    table = Table(
        data,
        colWidths=[CONTENT_WIDTH * w_ for w_ in (0.5, 0.17, 0.17, 0.16)],
        hAlign="LEFT",
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE),
            ]
        )
    )
    return [
        _section(
            w.H_AGREEMENTS, styles, [_p(w.AGREEMENTS_FROM.replace("%1", when), styles["body"])]
        ),
        Spacer(1, 1.5 * mm),
        table,
    ]


def _story(summary: SupervisionSummary) -> list[Flowable]:
    styles = _styles()
    story = _cover(summary, styles)
    for part in (_topics, _overview, _reflections, _warnings, _roles, _wellbeing, _agreements):
        story += part(summary, styles)
    return story


# --- the document -----------------------------------------------------------------------


def _furniture(canvas: Canvas, header_right: str, footer_left: str, page: int, total: int) -> None:
    """The confidentiality line, the pair and period, and "sivu X / Y" on a page."""
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(INK)
    top = height - MARGIN + 4 * mm
    draw_text(canvas, MARGIN, top, w.CONFIDENTIAL, FONT_BOLD, 8.5)
    canvas.setFillColor(MUTED)
    draw_text(canvas, width - MARGIN, top, header_right, FONT, 8.5, "end")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - MARGIN + 2.5 * mm, width - MARGIN, height - MARGIN + 2.5 * mm)
    draw_text(canvas, MARGIN, MARGIN - 4 * mm, footer_left, FONT, 8.5)
    page_text = w.PAGE.replace("%1", str(page)).replace("%2", str(total))
    draw_text(canvas, width - MARGIN, MARGIN - 4 * mm, page_text, FONT, 8.5, "end")
    canvas.restoreState()


def _numbered_canvas(header_right: str, footer_left: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say "sivu X / Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _furniture(self, header_right, footer_left, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_summary_pdf(summary: SupervisionSummary) -> bytes:
    """The summary as PDF bytes: A4, fonts embedded, metadata in Finnish naming no one."""
    register_fonts()
    buffer = io.BytesIO()
    period = period_text(summary)
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_GAP - 4 * mm,
        bottomMargin=MARGIN + 2 * mm,
        title=f"{w.TITLE} {period}",
        author=PDF_AUTHOR,
        subject=w.SUBJECT.replace("%1", period),
        creator=CREATOR,
        lang=PDF_LANGUAGE,
        initialFontName=FONT,  # else every page names Helvetica, unembedded
    )
    canvas_class = _numbered_canvas(
        f"{embed(summary.pair_names)} · {period}",
        w.MADE_WITH.replace("%1", format_date(summary.made_on)),
    )
    template.build(_story(summary), canvasmaker=canvas_class)
    return buffer.getvalue()


def protect(pdf: bytes, password: str) -> bytes:
    """The same PDF encrypted with AES-256 (R6): it opens only with ``password``."""
    source = pikepdf.Pdf.open(io.BytesIO(pdf))
    try:
        out = io.BytesIO()
        source.save(out, encryption=pikepdf.Encryption(owner=password, user=password, R=6))
        return out.getvalue()
    finally:
        source.close()


def finished_pdf(summary: SupervisionSummary, password: str | None) -> bytes:
    """The summary's bytes, encrypted when a password is given (never to disk here)."""
    pdf = build_summary_pdf(summary)
    return protect(pdf, password) if password else pdf
