"""Kehitys: a person's own trend per item, as a calm chart and as a table.

The chart (``TrendChart``, drawn with QPainter) shows the values, the 4-entry moving
average, the person's own baseline band once 6 entries exist, and markers for
supervision sessions and role-split revisions. Calm colours only, no red; every
element differs by shape or line style too, so it reads in grey-scale. The table
below it holds the same numbers for screen readers and for anyone who prefers them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.core.checkins import CheckIn
from tyoparipaivakirja.core.instruments import InstrumentSet, ScoringMethod
from tyoparipaivakirja.core.trends import (
    VISIT_STRAIN_MAX,
    Marker,
    MarkerKind,
    Period,
    Point,
    TrendData,
    VisitStrain,
    item_points,
    period_start,
    score_points,
    trend_data,
    visit_points,
)
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.common.theme import calm_accent, quiet_ink
from tyoparipaivakirja.gui.common.widgets import paragraph, text_lines
from tyoparipaivakirja.gui.own_area.wellbeing_words import (
    format_day_short,
    format_short_number,
    period_label,
    scale_ends,
    week_label,
    weekday_and_day,
)

DEFAULT_PERIOD = Period.SIX_MONTHS


@dataclass(frozen=True, slots=True)
class SeriesOption:
    """One series the person can look at."""

    key: str
    label: str
    minimum: int
    maximum: int
    points: tuple[Point, ...]
    scale_hint: str
    weekly: bool


def series_options(
    checkins: Sequence[CheckIn],
    visits: Sequence[VisitStrain],
    instruments: InstrumentSet,
    language: str,
    visit_label: str,
    visit_hint: str,
) -> list[SeriesOption]:
    """Every series with at least one value: each item (a summed score for WHO-5), then the
    per-visit strain from debriefs."""
    options: list[SeriesOption] = []
    for instrument in instruments:
        if not instrument.offered_in(language):
            continue
        if instrument.scoring is ScoringMethod.SUM:
            points = score_points(checkins, instrument)
            if points:
                top = sum(item.scale.maximum for item in instrument.items)
                low = sum(item.scale.minimum for item in instrument.items)
                options.append(
                    SeriesOption(
                        instrument.instrument_id,
                        instrument.name.get(language),
                        low,
                        top,
                        tuple(points),
                        f"{low}–{top}",
                        True,
                    )
                )
            continue
        for item in instrument.items:
            points = item_points(checkins, instrument.instrument_id, item.item_id)
            if not points:
                continue
            options.append(
                SeriesOption(
                    f"{instrument.instrument_id}/{item.item_id}",
                    item.short.get(language),
                    item.scale.minimum,
                    item.scale.maximum,
                    tuple(points),
                    scale_ends(item, language),
                    True,
                )
            )
    if visits:
        options.append(
            SeriesOption(
                "visits",
                visit_label,
                0,
                VISIT_STRAIN_MAX,
                tuple(visit_points(visits)),
                visit_hint,
                False,
            )
        )
    return options


def _month_label(month: date) -> str:
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year}" if month.month == 1 else name


def time_ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Where to mark the time axis: month starts (every third over a long span), or every
    week or two (Mondays, "d.M.") over a short one."""
    span = (last - first).days
    ticks: list[tuple[date, str]] = []
    if span > 70:
        month = date(first.year, first.month, 1)
        step = 3 if span > 400 else 1
        while month <= last:
            if month >= first and (month.month - 1) % step == 0:
                ticks.append((month, _month_label(month)))
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return ticks
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    while monday <= last:
        ticks.append((monday, format_day_short(monday)))
        monday += timedelta(days=14 if span > 35 else 7)
    return ticks


class TrendChart(QWidget):
    """The QPainter chart of one series over one period.

    Its margins, the time axis and the legend are measured in the widget's font, so at
    200 % text the month names stay clear of each other and of the legend, and the
    legend wraps onto as many lines as it needs (the chart grows taller for them)."""

    RIGHT, TOP = 14, 14
    PLOT_HEIGHT = 200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: TrendData | None = None
        self._weekly = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Trend chart"))
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(660, self._height_for(max(self.width(), 660)))

    def set_data(self, data: TrendData | None, weekly: bool = True) -> None:
        self._data = data
        self._weekly = weekly
        self._fit_height()
        self.update()

    @property
    def data(self) -> TrendData | None:
        return self._data

    # --- geometry --------------------------------------------------------------------

    def _line(self) -> int:
        return self.fontMetrics().height()

    @property
    def LEFT(self) -> int:
        return self.fontMetrics().horizontalAdvance("10") + 14

    def _axis_height(self) -> int:
        return self._line() + 10

    def _legend_height(self, width: int) -> int:
        rows = len(self.legend_layout(width))
        return rows * (self._line() + 4) + 8

    def _height_for(self, width: int) -> int:
        return self.TOP + self.PLOT_HEIGHT + self._axis_height() + self._legend_height(width)

    def _fit_height(self) -> None:
        height = self._height_for(max(self.width(), 200))
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _plot_rect(self) -> QRectF:
        bottom_room = self._axis_height() + self._legend_height(self.width())
        return QRectF(
            self.LEFT,
            self.TOP,
            max(10, self.width() - self.LEFT - self.RIGHT),
            max(10, self.height() - self.TOP - bottom_room),
        )

    def axis_labels(self) -> list[tuple[QRectF, str]]:
        """Where the time axis' labels are drawn: a label that would touch the previous
        one is left out (its tick stays), so none run into each other."""
        data = self._data
        if data is None or not data.points:
            return []
        plot = self._plot_rect()
        first, last = self._span(data)
        days = max(1, (last - first).days)
        metrics = self.fontMetrics()
        placed: list[tuple[QRectF, str]] = []
        for day, label in time_ticks(first, last):
            x = plot.left() + plot.width() * (day - first).days / days
            width = metrics.horizontalAdvance(label) + 6
            left = min(max(0.0, x - width / 2), self.width() - width)
            rect = QRectF(left, plot.bottom() + 4, width, self._line())
            if placed and rect.left() < placed[-1][0].right() + 4:
                continue
            placed.append((rect, label))
        return placed

    def legend_layout(self, width: int) -> list[list[tuple[float, str]]]:
        """The legend's entries in lines that fit ``width``: (x of the entry, its label)."""
        metrics = self.fontMetrics()
        rows: list[list[tuple[float, str]]] = [[]]
        x = float(self.LEFT)
        for label in self._legend_labels():
            entry = 32 + metrics.horizontalAdvance(label) + 18
            if x + entry > width - self.RIGHT and rows[-1]:
                rows.append([])
                x = float(self.LEFT)
            rows[-1].append((x, label))
            x += entry
        return rows

    def legend_entries(self) -> list[tuple[QRectF, str]]:
        """Each legend entry as drawn: its rectangle (symbol and words) and its label."""
        metrics = self.fontMetrics()
        line = self._line()
        top = self.height() - self._legend_height(self.width()) + 6
        return [
            (QRectF(x, top + row * (line + 4), 32 + metrics.horizontalAdvance(label), line), label)
            for row, entries in enumerate(self.legend_layout(self.width()))
            for x, label in entries
        ]

    def _legend_labels(self) -> list[str]:
        data = self._data
        labels = [self.tr("value of the week") if self._weekly else self.tr("one visit")]
        labels.append(self.tr("average of 4"))
        if data is not None and data.baseline is not None:
            labels.append(self.tr("your usual level"))
        kinds = {m.kind for m in data.markers} if data is not None else set()
        if MarkerKind.SUPERVISION in kinds:
            labels.append(self.tr("supervision"))
        if MarkerKind.ROLE_REVISION in kinds:
            labels.append(self.tr("role split changed"))
        return labels

    def _span(self, data: TrendData) -> tuple[date, date]:
        first = data.start or (data.points[0].day if data.points else data.end)
        if data.points and data.points[0].day < first:
            first = data.points[0].day
        last = max(data.end, first + timedelta(days=7))
        return first, last

    def _colours(self) -> tuple[QColor, QColor, QColor, QColor]:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return calm_accent(palette), text, base, quiet_ink(palette)

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent, text, base, grey = self._colours()
        plot = self._plot_rect()
        painter.fillRect(plot, base)
        painter.setPen(QPen(grey, 1))
        painter.drawRect(plot)
        data = self._data
        if data is None or not data.points:
            painter.setPen(text)
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("No check-ins in this period yet.")
            )
            painter.end()
            return
        first, last = self._span(data)
        days = max(1, (last - first).days)

        def x_of(day: date) -> float:
            return plot.left() + plot.width() * (day - first).days / days

        def y_of(value: float) -> float:
            spread = max(1, data.maximum - data.minimum)
            return plot.bottom() - plot.height() * (value - data.minimum) / spread

        self._draw_grid(painter, plot, data, y_of, text, grey)
        self._draw_time_axis(painter, plot, first, last, x_of, text, grey)
        if data.baseline is not None:
            band_top = y_of(data.baseline.high)
            band_bottom = y_of(data.baseline.low)
            band = QColor(accent)
            band.setAlpha(48)
            height = max(4.0, band_bottom - band_top)
            painter.fillRect(QRectF(plot.left(), band_bottom - height, plot.width(), height), band)
            painter.setPen(QPen(accent, 1, Qt.PenStyle.DotLine))
            median_y = y_of(data.baseline.median)
            painter.drawLine(QPointF(plot.left(), median_y), QPointF(plot.right(), median_y))
        for marker in data.markers:
            self._draw_marker(painter, plot, x_of(marker.day), marker.kind, grey)
        points = [QPointF(x_of(p.day), y_of(p.value)) for p in data.points]
        painter.setPen(QPen(accent, 1.5))
        for start, end in pairwise(points):
            painter.drawLine(start, end)
        average = QPainterPath()
        started = False
        for point, value in zip(data.points, data.moving_average, strict=True):
            if value is None:
                continue
            at = QPointF(x_of(point.day), y_of(value))
            if started:
                average.lineTo(at)
            else:
                average.moveTo(at)
                started = True
        ink = QColor(text)
        ink.setAlpha(210)
        painter.setPen(QPen(ink, 2.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(average)
        painter.setPen(QPen(base, 1.5))
        painter.setBrush(accent)
        for at in points:
            painter.drawEllipse(at, 4.0, 4.0)
        self._draw_legend(painter, data, accent, text, grey)
        painter.end()

    def _draw_grid(
        self,
        painter: QPainter,
        plot: QRectF,
        data: TrendData,
        y_of: Callable[[float], float],
        text: QColor,
        grey: QColor,
    ) -> None:
        spread = data.maximum - data.minimum
        step = 1 if spread <= 6 else 2 if spread <= 12 else 5
        faint = QColor(grey)
        faint.setAlpha(70)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        for value in range(data.minimum, data.maximum + 1, step):
            y = y_of(value)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            line = painter.fontMetrics().height()
            painter.drawText(
                QRectF(0, y - line / 2, self.LEFT - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        painter.setFont(self.font())

    def _draw_time_axis(
        self,
        painter: QPainter,
        plot: QRectF,
        first: date,
        last: date,
        x_of: Callable[[date], float],
        text: QColor,
        grey: QColor,
    ) -> None:
        for day, _label in time_ticks(first, last):
            x = x_of(day)
            painter.setPen(QPen(grey, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
        painter.setPen(text)
        for rect, label in self.axis_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, label)

    def _draw_marker(
        self, painter: QPainter, plot: QRectF, x: float, kind: MarkerKind, grey: QColor
    ) -> None:
        painter.setPen(QPen(grey, 1.2, Qt.PenStyle.DashDotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(grey)
        self._marker_shape(painter, QPointF(x, plot.top() + 6), kind)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _marker_shape(painter: QPainter, at: QPointF, kind: MarkerKind) -> None:
        path = QPainterPath()
        if kind is MarkerKind.SUPERVISION:  # a triangle pointing down
            path.moveTo(at.x() - 5, at.y() - 5)
            path.lineTo(at.x() + 5, at.y() - 5)
            path.lineTo(at.x(), at.y() + 4)
        else:  # a diamond
            path.moveTo(at.x(), at.y() - 6)
            path.lineTo(at.x() + 5, at.y())
            path.lineTo(at.x(), at.y() + 6)
            path.lineTo(at.x() - 5, at.y())
        path.closeSubpath()
        painter.drawPath(path)

    def _draw_legend(
        self, painter: QPainter, data: TrendData, accent: QColor, text: QColor, grey: QColor
    ) -> None:
        drawers: dict[str, Callable[[QPointF], None]] = {}

        def dot(at: QPointF) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawEllipse(at, 4.0, 4.0)
            painter.setBrush(Qt.BrushStyle.NoBrush)

        def dashes(at: QPointF) -> None:
            ink = QColor(text)
            ink.setAlpha(210)
            painter.setPen(QPen(ink, 2.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(at.x() - 12, at.y()), QPointF(at.x() + 12, at.y()))

        def band(at: QPointF) -> None:
            fill = QColor(accent)
            fill.setAlpha(48)
            painter.fillRect(QRectF(at.x() - 12, at.y() - 5, 24, 10), fill)
            painter.setPen(QPen(accent, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(at.x() - 12, at.y()), QPointF(at.x() + 12, at.y()))

        def marker(kind: MarkerKind) -> Callable[[QPointF], None]:
            def draw(at: QPointF) -> None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(grey)
                self._marker_shape(painter, at, kind)
                painter.setBrush(Qt.BrushStyle.NoBrush)

            return draw

        drawers[self.tr("value of the week") if self._weekly else self.tr("one visit")] = dot
        drawers[self.tr("average of 4")] = dashes
        drawers[self.tr("your usual level")] = band
        drawers[self.tr("supervision")] = marker(MarkerKind.SUPERVISION)
        drawers[self.tr("role split changed")] = marker(MarkerKind.ROLE_REVISION)
        line = self._line()
        for rect, label in self.legend_entries():
            draw = drawers.get(label)
            if draw is not None:
                draw(QPointF(rect.left() + 12, rect.center().y()))
            painter.setPen(text)
            painter.drawText(
                QRectF(rect.left() + 30, rect.top(), rect.width(), line),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )


class TrendView(QWidget):
    """Choose a series and a period; see the chart, a summary line and the table."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._options: list[SeriesOption] = []
        self._markers: tuple[Marker, ...] = ()
        self._today = date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        self.series_choice = QComboBox()
        self.series_choice.setAccessibleName(self.tr("Show"))
        self.series_choice.currentIndexChanged.connect(self.refresh)
        chooser.addWidget(QLabel(self.tr("Show:")))
        chooser.addWidget(self.series_choice, 1)
        layout.addLayout(chooser)
        periods = QHBoxLayout()
        periods.addWidget(QLabel(self.tr("Period:")))
        self.period_group = QButtonGroup(self)
        self.period_buttons: dict[Period, QPushButton] = {}
        for index, period in enumerate(Period):
            button = QPushButton(period_label(period))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Period: %1").replace("%1", period_label(period)))
            self.period_group.addButton(button, index)
            self.period_buttons[period] = button
            periods.addWidget(button)
        periods.addStretch(1)
        self.period_buttons[DEFAULT_PERIOD].setChecked(True)
        self.period_group.idClicked.connect(lambda _id: self.refresh())
        layout.addLayout(periods)
        self.scale_hint = QLabel()
        self.scale_hint.setWordWrap(True)
        layout.addWidget(self.scale_hint)
        self.chart = TrendChart()
        layout.addWidget(self.chart)
        self.summary = paragraph("")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("The same numbers as a table"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Value"), self.tr("Average (4)")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(text_lines(self.table, 10))
        layout.addWidget(self.table)

    def set_series(
        self, options: list[SeriesOption], today: date, markers: Sequence[Marker] = ()
    ) -> None:
        """Show ``options`` (keeping the chosen series when it is still there)."""
        kept = self.series_choice.currentData()
        self._options = options
        self._today = today
        self._markers = tuple(markers)
        self.series_choice.blockSignals(True)
        self.series_choice.clear()
        for option in options:
            self.series_choice.addItem(option.label, option.key)
        index = self.series_choice.findData(kept)
        self.series_choice.setCurrentIndex(max(0, index))
        self.series_choice.blockSignals(False)
        self.refresh()

    def choose_series(self, key: str) -> None:
        self.series_choice.setCurrentIndex(max(0, self.series_choice.findData(key)))

    def choose_period(self, period: Period) -> None:
        self.period_buttons[period].setChecked(True)
        self.refresh()

    def current_period(self) -> Period:
        for period, button in self.period_buttons.items():
            if button.isChecked():
                return period
        return DEFAULT_PERIOD

    def refresh(self) -> None:
        index = self.series_choice.currentIndex()
        if index < 0 or index >= len(self._options):
            self.chart.set_data(None)
            self.table.setRowCount(0)
            self.summary.setText("")
            self.scale_hint.setText("")
            return
        option = self._options[index]
        data = trend_data(
            option.points,
            period_start(self.current_period(), self._today),
            self._today,
            option.minimum,
            option.maximum,
            self._markers,
        )
        self.chart.set_data(data, option.weekly)
        self.scale_hint.setText(self.tr("Scale: %1").replace("%1", option.scale_hint))
        self._fill_table(data, option)
        self.summary.setText(self._summary(data))
        self.chart.setAccessibleDescription(self._chart_description(data, option))

    def _summary(self, data: TrendData) -> str:
        if data.baseline is None:
            return self.tr(
                "Your usual level is shown once there are 6 entries: it is the middle of your "
                "first 6 and the range of their middle half."
            )
        return (
            self.tr("Your usual level (your first 6 entries): middle %1, usual range %2–%3.")
            .replace("%1", format_short_number(data.baseline.median))
            .replace("%2", format_short_number(data.baseline.low))
            .replace("%3", format_short_number(data.baseline.high))
        )

    def _chart_description(self, data: TrendData, option: SeriesOption) -> str:
        if not data.points:
            return self.tr("No values in this period.")
        return (
            self.tr("%1: %2 values from %3 to %4, the latest %5. The table below has them all.")
            .replace("%1", option.label)
            .replace("%2", str(len(data.points)))
            .replace("%3", format_date(data.points[0].day))
            .replace("%4", format_date(data.points[-1].day))
            .replace("%5", str(data.points[-1].value))
        )

    def _fill_table(self, data: TrendData, option: SeriesOption) -> None:
        rows = list(zip(data.points, data.moving_average, strict=True))[::-1]  # newest first
        rows_markers = list(data.markers)
        self.table.setRowCount(len(rows) + len(rows_markers))
        for row, (point, average) in enumerate(rows):
            when = weekday_and_day(point.day)
            if option.weekly:
                when = f"{week_label(point.day)}, {when}"
            cells = [
                when,
                str(point.value),
                "–" if average is None else format_short_number(average),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        for offset, marker in enumerate(rows_markers):
            row = len(rows) + offset
            kind = (
                self.tr("supervision")
                if marker.kind is MarkerKind.SUPERVISION
                else self.tr("role split changed")
            )
            self.table.setItem(row, 0, QTableWidgetItem(f"{format_date(marker.day)}: {kind}"))
            self.table.setItem(row, 1, QTableWidgetItem(marker.label))
            self.table.setItem(row, 2, QTableWidgetItem(""))
        self.table.resizeRowsToContents()
