"""A timeline of how the roles moved: one row per task, time along the axis.

Each stretch is filled by its lead's colour and pattern and carries the lead as text
where it fits; a legend below repeats all three. Revision markers stand at each
effective date (a diamond when the revision was discussed in work supervision), and
a line marks today. Hovering a stretch tells its task, lead and dates; the whole
timeline is also described in text for screen readers.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tyoparipaivakirja.core.roles import Lead, Timeline, TimelineRow, TimelineStretch
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.roles.role_labels import (
    LEAD_ORDER,
    LEAD_STYLES,
    lead_label,
    lead_short_label,
)

ROW_HEIGHT = 26
LABEL_COLUMN_MAX = 250
LABEL_GAP = 6
SIDE_PADDING = 8
MIN_DAYS = 30


def paint_lead_fill(painter: QPainter, rect: QRectF, lead: Lead, radius: float) -> None:
    """Fill ``rect`` with the lead's colour and, over it, the lead's pattern."""
    style = LEAD_STYLES[lead]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.fill)
    painter.drawRoundedRect(rect, radius, radius)
    if style.pattern is not Qt.BrushStyle.NoBrush:
        pattern_colour = QColor(style.text)
        pattern_colour.setAlpha(70)
        painter.setBrush(QBrush(pattern_colour, style.pattern))
        painter.drawRoundedRect(rect, radius, radius)


def width_of(painter: QPainter, text: str) -> float:
    return float(painter.fontMetrics().horizontalAdvance(text) + 4)


def _diamond(centre: QPointF, size: float = 5) -> QPolygonF:
    """The marker of a revision discussed in work supervision."""
    return QPolygonF(
        [
            centre + QPointF(0, -size),
            centre + QPointF(size, 0),
            centre + QPointF(0, size),
            centre + QPointF(-size, 0),
        ]
    )


class RoleTimeline(QWidget):
    """Draws a ``core.roles.Timeline``; ``timeline`` is what it currently shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Timeline of how the roles have moved"))

    def set_timeline(self, timeline: Timeline | None, today: date) -> None:
        self.timeline = timeline
        self.today = today
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    # --- geometry --------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        rows = len(self.timeline.rows) if self.timeline else 0
        width = max(self.width(), 640)
        return QSize(
            640,
            self._axis_height() + rows * self._row_height() + self._legend_height(width) + 8,
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the marker lanes and the legend depend on the width

    # The heights follow the text size, so nothing overlaps at 200 % text.

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def _row_height(self) -> int:
        return max(ROW_HEIGHT, self._line() + 10)

    def _lane_count(self) -> int:
        return max([1, *(lane + 1 for lane, _rect, _text in self._placed_labels())])

    def _axis_height(self) -> int:
        """Marker lanes ("v1", "v2", "today"), then the month names, then the rows."""
        return (self._lane_count() + 1) * (self._line() + 2) + 8

    def _legend_height(self, width: int) -> int:
        return len(self._legend_lines(width)) * (self._line() + 6) + 10

    def _label_width(self) -> int:
        return min(LABEL_COLUMN_MAX, int(self.width() * 0.34))

    def _span(self) -> tuple[date, date]:
        assert self.timeline is not None
        start = self.timeline.start
        end = max(self.timeline.end, self.today + timedelta(days=1), start + timedelta(MIN_DAYS))
        return start, end

    def _x(self, day: date) -> float:
        start, end = self._span()
        left = self._label_width() + SIDE_PADDING
        width = self.width() - left - SIDE_PADDING
        return left + width * (day - start).days / max(1, (end - start).days)

    def _row_top(self, index: int) -> int:
        return self._axis_height() + index * self._row_height()

    def _placed_labels(self) -> list[tuple[int, QRectF, str]]:
        """The version labels ("v1", "v2") and "today" above the axis, each in the first
        lane (line) where it touches no other label: close dates never stack them."""
        if self.timeline is None:
            return []
        metrics = QFontMetrics(self.font())
        wanted: list[tuple[float, str]] = [
            (self._x(marker.effective_from) + 7, f"v{marker.version}")
            for marker in self.timeline.markers
        ]
        start, end = self._span()
        if start <= self.today <= end:
            wanted.append((self._x(self.today) + 3, self.tr("today")))
        lanes: list[list[QRectF]] = []
        placed: list[tuple[int, QRectF, str]] = []
        for left, text in sorted(wanted, key=lambda item: item[0]):
            width = metrics.horizontalAdvance(text) + 2
            left = min(left, self.width() - width - 2)
            rect = QRectF(left, 0, width, self._line())
            lane = next(
                (
                    number
                    for number, taken in enumerate(lanes)
                    if all(
                        not r.adjusted(-LABEL_GAP, 0, LABEL_GAP, 0).intersects(rect) for r in taken
                    )
                ),
                len(lanes),
            )
            if lane == len(lanes):
                lanes.append([])
            lanes[lane].append(rect)
            placed.append((lane, rect, text))
        line = self._line() + 2
        return [
            (lane, QRectF(rect.left(), 2 + lane * line, rect.width(), rect.height()), text)
            for lane, rect, text in placed
        ]

    def label_rects(self) -> list[tuple[QRectF, str]]:
        """Every text drawn above the rows (marker labels, "today", month names)."""
        labels = [(rect, text) for _lane, rect, text in self._placed_labels()]
        return labels + self._month_labels()

    def _month_labels(self) -> list[tuple[QRectF, str]]:
        if self.timeline is None:
            return []
        start, end = self._span()
        locale = QLocale()
        metrics = QFontMetrics(self.font())
        top = self._lane_count() * (self._line() + 2) + 4
        month = date(start.year, start.month, 1)
        labels: list[tuple[QRectF, str]] = []
        number = 0
        while month <= end:
            if month >= start:
                name = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
                text = f"{name} {month.year}" if month.month == 1 or number == 0 else name
                rect = QRectF(
                    self._x(month) + 3, top, metrics.horizontalAdvance(text) + 2, self._line()
                )
                fits = rect.right() <= self.width()
                if fits and (not labels or rect.left() > labels[-1][0].right() + LABEL_GAP):
                    labels.append((rect, text))
                number += 1
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return labels

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        faint = QColor(text_colour)
        faint.setAlpha(60)
        if self.timeline is None:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("The timeline starts when the first role split is accepted."),
            )
            return
        self._paint_axis(painter, text_colour, faint)
        for index, row in enumerate(self.timeline.rows):
            self._paint_row(painter, index, row, text_colour, faint)
        self._paint_markers(painter, text_colour)
        self._paint_legend(painter, text_colour)
        painter.end()

    def _paint_axis(self, painter: QPainter, text_colour: QColor, faint: QColor) -> None:
        start, end = self._span()
        bottom = self._row_top(len(self.timeline.rows) if self.timeline else 0)
        axis = self._axis_height()
        month = date(start.year, start.month, 1)
        painter.setPen(QPen(faint, 1))
        while month <= end:
            if month >= start:
                x = self._x(month)
                painter.drawLine(QPointF(x, axis - 4), QPointF(x, bottom))
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        painter.setPen(text_colour)
        for rect, text in self._month_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if start <= self.today <= end:
            x = self._x(self.today)
            today_label = next(
                (rect for _lane, rect, text in self._placed_labels() if text == self.tr("today")),
                None,
            )
            top = today_label.bottom() if today_label is not None else 2
            painter.setPen(QPen(text_colour, 1.5))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            if today_label is not None:
                painter.drawText(today_label, Qt.AlignmentFlag.AlignLeft, self.tr("today"))

    def _paint_row(
        self, painter: QPainter, index: int, row: TimelineRow, text_colour: QColor, faint: QColor
    ) -> None:
        top = self._row_top(index)
        height = self._row_height()
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(0, top + height), QPointF(self.width(), top + height))
        painter.setPen(text_colour)
        metrics = QFontMetrics(self.font())
        title = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, self._label_width() - 6)
        painter.drawText(
            QRectF(SIDE_PADDING / 2, top, self._label_width(), height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            title,
        )
        for stretch in row.stretches:
            self._paint_stretch(painter, self._stretch_rect(top, stretch), stretch.lead)

    def _stretch_rect(self, top: int, stretch: TimelineStretch) -> QRectF:
        left, right = self._x(stretch.start), self._x(stretch.end)
        return QRectF(left + 1, top + 4, max(2.0, right - left - 2), self._row_height() - 8)

    def _paint_stretch(self, painter: QPainter, rect: QRectF, lead: Lead) -> None:
        style = LEAD_STYLES[lead]
        paint_lead_fill(painter, rect, lead, 3)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        metrics = QFontMetrics(font)
        for text in (lead_label(lead), lead_short_label(lead)):
            width = metrics.horizontalAdvance(text) + 8
            if width <= rect.width() - 4:
                label_rect = QRectF(rect.left() + 3, rect.top() + 1, width, rect.height() - 2)
                painter.setBrush(style.fill)  # plain ground under the text
                painter.drawRoundedRect(label_rect, 2, 2)
                painter.setFont(font)
                painter.setPen(style.text)
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, text)
                painter.setFont(self.font())
                break

    def _paint_markers(self, painter: QPainter, text_colour: QColor) -> None:
        assert self.timeline is not None
        bottom = self._row_top(len(self.timeline.rows))
        pen = QPen(text_colour, 1, Qt.PenStyle.DashLine)
        labels = {text: rect for _lane, rect, text in self._placed_labels()}
        for marker in self.timeline.markers:
            x = self._x(marker.effective_from)
            label = labels.get(f"v{marker.version}")
            centre = QPointF(x, label.center().y() if label is not None else 8)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, centre.y() + 4), QPointF(x, bottom))
            painter.setPen(text_colour)
            painter.setBrush(text_colour)
            if marker.discussed_in_supervision:
                painter.drawPolygon(_diamond(centre))
            else:
                painter.drawEllipse(centre, 3.5, 3.5)
            if label is not None:
                painter.drawText(label, Qt.AlignmentFlag.AlignLeft, f"v{marker.version}")

    def _legend_lines(self, width: int) -> list[list[tuple[float, Lead | None, str]]]:
        """The legend's entries (a lead, or None for the supervision diamond) in lines that
        fit ``width``."""
        metrics = QFontMetrics(self.font())
        entries: list[tuple[Lead | None, str, float]] = [
            (lead, lead_label(lead), 34 + metrics.horizontalAdvance(lead_label(lead)) + 22)
            for lead in LEAD_ORDER
        ]
        supervision = self.tr("discussed in work supervision")
        entries.append((None, supervision, 16 + metrics.horizontalAdvance(supervision) + 8))
        lines: list[list[tuple[float, Lead | None, str]]] = [[]]
        x = float(SIDE_PADDING)
        for lead, label, room in entries:
            if lines[-1] and x + room > width - SIDE_PADDING:
                lines.append([])
                x = float(SIDE_PADDING)
            lines[-1].append((x, lead, label))
            x += room
        return lines

    def _paint_legend(self, painter: QPainter, text_colour: QColor) -> None:
        assert self.timeline is not None
        first_top = self._row_top(len(self.timeline.rows)) + 10
        line = self._line()
        for number, entries in enumerate(self._legend_lines(self.width())):
            top = first_top + number * (line + 6)
            for x, lead, label in entries:
                painter.setPen(text_colour)
                if lead is not None:
                    paint_lead_fill(painter, QRectF(x, top + (line - 14) / 2, 28, 14), lead, 2)
                    painter.setPen(text_colour)
                    painter.drawText(
                        QRectF(x + 34, top, width_of(painter, label), line),
                        Qt.AlignmentFlag.AlignVCenter,
                        label,
                    )
                else:
                    painter.setBrush(text_colour)
                    painter.drawPolygon(_diamond(QPointF(x + 5, top + line / 2)))
                    painter.drawText(
                        QRectF(x + 16, top, width_of(painter, label), line),
                        Qt.AlignmentFlag.AlignVCenter,
                        label,
                    )

    # --- words -----------------------------------------------------------------------

    def describe(self) -> str:
        """The timeline in sentences, for screen readers and tooltips."""
        if self.timeline is None:
            return self.tr("No role split has been accepted yet.")
        lines = [self._describe_row(row) for row in self.timeline.rows]
        return "\n".join(lines)

    def _describe_row(self, row: TimelineRow) -> str:
        parts = [self._describe_stretch(stretch) for stretch in row.stretches]
        return f"{row.title}: {'; '.join(parts)}"

    def _describe_stretch(self, stretch: TimelineStretch) -> str:
        last_day = stretch.end - timedelta(days=1)
        if self.timeline is not None and stretch.end >= self.timeline.end:
            span = self.tr("from %1").replace("%1", format_date(stretch.start))
        else:
            span = (
                self.tr("%1–%2")
                .replace("%1", format_date(stretch.start))
                .replace("%2", format_date(last_day))
            )
        return f"{lead_label(stretch.lead)} {span}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip_at(self, point: QPointF) -> str:
        if self.timeline is None:
            return ""
        axis = self._axis_height()
        index = int((point.y() - axis) // self._row_height())
        if point.y() < axis or not 0 <= index < len(self.timeline.rows):
            return ""
        row = self.timeline.rows[index]
        for stretch in row.stretches:
            if self._stretch_rect(self._row_top(index), stretch).contains(point):
                return f"{row.title}\n{self._describe_stretch(stretch)}"
        return row.title
