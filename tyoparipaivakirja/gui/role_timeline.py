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
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tyoparipaivakirja.core.roles import Lead, Timeline, TimelineRow, TimelineStretch
from tyoparipaivakirja.gui.locale_text import format_date
from tyoparipaivakirja.gui.role_labels import (
    LEAD_ORDER,
    LEAD_STYLES,
    lead_label,
    lead_short_label,
)

ROW_HEIGHT = 26
AXIS_HEIGHT = 44
LEGEND_HEIGHT = 34
LABEL_COLUMN_MAX = 250
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
        return QSize(640, AXIS_HEIGHT + rows * ROW_HEIGHT + LEGEND_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

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
        return AXIS_HEIGHT + index * ROW_HEIGHT

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
        locale = QLocale()
        metrics = QFontMetrics(self.font())
        month = date(start.year, start.month, 1)
        ticks: list[date] = []
        while month <= end:
            if month >= start:
                ticks.append(month)
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        room = max(1.0, self._x(end) - self._x(start))
        label_width = metrics.horizontalAdvance("syysk. 2026") + 8
        step = max(1, int(len(ticks) * label_width / room) + 1)
        for number, tick in enumerate(ticks):
            x = self._x(tick)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 4), QPointF(x, bottom))
            if number % step:
                continue
            name = locale.standaloneMonthName(tick.month, QLocale.FormatType.ShortFormat)
            text = f"{name} {tick.year}" if tick.month == 1 or number == 0 else name
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 3, AXIS_HEIGHT - 8), text)
        if start <= self.today <= end:
            x = self._x(self.today)
            painter.setPen(QPen(text_colour, 1.5))
            painter.drawLine(QPointF(x, 14), QPointF(x, bottom))
            label = self.tr("today")
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(min(x + 3, self.width() - width - 2), 12), label)

    def _paint_row(
        self, painter: QPainter, index: int, row: TimelineRow, text_colour: QColor, faint: QColor
    ) -> None:
        top = self._row_top(index)
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(0, top + ROW_HEIGHT), QPointF(self.width(), top + ROW_HEIGHT))
        painter.setPen(text_colour)
        metrics = QFontMetrics(self.font())
        title = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, self._label_width() - 6)
        painter.drawText(
            QRectF(SIDE_PADDING / 2, top, self._label_width(), ROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            title,
        )
        for stretch in row.stretches:
            self._paint_stretch(painter, self._stretch_rect(top, stretch), stretch.lead)

    def _stretch_rect(self, top: int, stretch: TimelineStretch) -> QRectF:
        left, right = self._x(stretch.start), self._x(stretch.end)
        return QRectF(left + 1, top + 4, max(2.0, right - left - 2), ROW_HEIGHT - 8)

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
        for marker in self.timeline.markers:
            x = self._x(marker.effective_from)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 20), QPointF(x, bottom))
            painter.setPen(text_colour)
            painter.setBrush(text_colour)
            centre = QPointF(x, AXIS_HEIGHT - 24)
            if marker.discussed_in_supervision:
                painter.drawPolygon(_diamond(centre))
            else:
                painter.drawEllipse(centre, 3.5, 3.5)
            painter.drawText(QPointF(x + 7, AXIS_HEIGHT - 20), f"v{marker.version}")

    def _paint_legend(self, painter: QPainter, text_colour: QColor) -> None:
        assert self.timeline is not None
        top = self._row_top(len(self.timeline.rows)) + 10
        metrics = QFontMetrics(self.font())
        x = float(SIDE_PADDING)
        for lead in LEAD_ORDER:
            paint_lead_fill(painter, QRectF(x, top + 2, 28, 14), lead, 2)
            painter.setPen(text_colour)
            label = lead_label(lead)
            painter.drawText(QPointF(x + 34, top + 14), label)
            x += 34 + metrics.horizontalAdvance(label) + 22
        painter.setBrush(text_colour)
        centre = QPointF(x + 5, top + 9)
        painter.drawPolygon(_diamond(centre))
        painter.drawText(QPointF(x + 16, top + 14), self.tr("discussed in work supervision"))

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
        index = int((point.y() - AXIS_HEIGHT) // ROW_HEIGHT)
        if point.y() < AXIS_HEIGHT or not 0 <= index < len(self.timeline.rows):
            return ""
        row = self.timeline.rows[index]
        for stretch in row.stretches:
            if self._stretch_rect(self._row_top(index), stretch).contains(point):
                return f"{row.title}\n{self._describe_stretch(stretch)}"
        return row.title
