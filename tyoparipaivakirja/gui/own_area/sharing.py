"""Sharing a stress trend with the pair journal, for the supervision summary.

The person chooses a period and sees, before anything is written, exactly what will
be copied into the pair journal: their name, the period, the latest stress value of
each week and one word for the direction. Nothing else can be shared from here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions import own_area
from tyoparipaivakirja.actions.own_area import PersonalArea
from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.core.trends import TREND_STEP, TrendShare, default_share_start
from tyoparipaivakirja.gui.common.i18n import instrument_language
from tyoparipaivakirja.gui.common.locale_text import date_pattern, format_date
from tyoparipaivakirja.gui.common.scale_choice import calm_error
from tyoparipaivakirja.gui.common.widgets import heading, labelled, paragraph
from tyoparipaivakirja.gui.own_area.checkin_form import to_date, to_qdate
from tyoparipaivakirja.gui.own_area.wellbeing_words import (
    format_day_short,
    format_short_number,
    scale_ends,
    trend_label,
    week_label,
)
from tyoparipaivakirja.messages import error_message


class SharingView(QWidget):
    """Choose a period, look at the preview, share it (or go back)."""

    shared = Signal(object)  # SharedTrend
    cancelled = Signal()

    def __init__(
        self, area: PersonalArea, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._area = area
        self._today = today
        self._preview: TrendShare | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Share your stress trend for supervision"), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "You can copy a short summary of your stress into the pair's shared "
                    "journal, for the work supervision summary. Only the stress value of each "
                    "week (1–5) and one word for its direction are shared. Your other answers, "
                    "notes, wishes to talk and the recovery question are never shared. Your "
                    "partner can see what you share, and you can withdraw it later."
                )
            )
        )
        now = today()
        row = QHBoxLayout()
        self.start_edit = self._date_edit(self.tr("From"), default_share_start(now), now)
        self.end_edit = self._date_edit(self.tr("To"), now, now)
        row.addWidget(labelled(self.tr("From"), self.start_edit))
        row.addWidget(labelled(self.tr("To"), self.end_edit))
        row.addStretch(1)
        layout.addLayout(row)
        self.period_error = calm_error()
        layout.addWidget(self.period_error)

        self.preview_box = QFrame()
        self.preview_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_box.setAccessibleName(self.tr("What will be shared"))
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(heading(self.tr("This is what will be shared"), 2))
        self.preview_text = paragraph("")
        preview_layout.addWidget(self.preview_text)
        self.rule_text = paragraph(
            self.tr(
                "How the direction is worked out: the average of the later half of the weeks "
                "is compared with the earlier half. At least %1 points higher is rising, at "
                "least %1 lower is falling, otherwise steady."
            ).replace("%1", format_short_number(TREND_STEP))
        )
        preview_layout.addWidget(self.rule_text)
        layout.addWidget(self.preview_box)

        buttons = QHBoxLayout()
        self.share_button = QPushButton(self.tr("Share this"))
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.share)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.cancelled)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.start_edit.dateChanged.connect(self.update_preview)
        self.end_edit.dateChanged.connect(self.update_preview)
        self.update_preview()

    def _date_edit(self, name: str, value: date, maximum: date) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_pattern())
        edit.setMaximumDate(to_qdate(maximum))
        edit.setDate(to_qdate(value))
        edit.setAccessibleName(name)
        return edit

    @property
    def preview(self) -> TrendShare | None:
        return self._preview

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.setDate(to_qdate(start))
        self.end_edit.setDate(to_qdate(end))

    def update_preview(self) -> None:
        self.period_error.clear_message()
        try:
            self._preview = self._area.preview_share(
                to_date(self.start_edit.date()), to_date(self.end_edit.date()), self._today()
            )
        except JournalError as error:
            self._preview = None
            self.period_error.show_message(error_message(error))
        self.preview_box.setVisible(self._preview is not None)
        self.share_button.setEnabled(self._preview is not None)
        if self._preview is not None:
            self.preview_text.setText(self._describe(self._preview))

    def _describe(self, share: TrendShare) -> str:
        lines = [
            self.tr("Whose: %1").replace("%1", self._area.member.display_name),
            self.tr("Period: %1–%2")
            .replace("%1", format_date(share.period_start))
            .replace("%2", format_date(share.period_end)),
            self.tr("Stress each week (%1):").replace("%1", self._scale_words()),
        ]
        lines += [
            f"    {week_label(week.week)} ({format_day_short(week.week)}): {week.stress}"
            for week in share.weeks
        ]
        lines.append(self.tr("Direction: %1").replace("%1", trend_label(share.trend)))
        return "\n".join(lines)

    def _scale_words(self) -> str:
        item = self._area.instruments.require(ELO_STRESS).item(ELO_STRESS_ITEM)
        return scale_ends(item, instrument_language())

    def share(self) -> None:
        preview = self._preview
        if preview is None:
            return
        try:
            stored = own_area.share_trend(self._area, preview, self._today())
        except JournalError as error:
            self.period_error.show_message(error_message(error))
            self.update_preview_keep_error()
            return
        self.shared.emit(stored)

    def update_preview_keep_error(self) -> None:
        """Show the current preview while keeping the message about the old one."""
        message = self.period_error.text()
        self.update_preview()
        if not self.period_error.text():
            self.period_error.show_message(message)
