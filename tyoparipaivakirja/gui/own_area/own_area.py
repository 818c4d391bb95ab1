"""The inside of an open own area (jaksaminen): nudges, the weekly prompt, the trend,
past check-ins, what is shared, and the owner's own settings.

Shown only on the Oma osio page, only while the owner's area is open; it is thrown
away when the area closes, so nothing of it stays in memory. The weekly check-in
prompt appears here and nowhere else: never a pop-up in front of the partner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QPoint, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions import own_area
from tyoparipaivakirja.actions.own_area import FormDraft, PersonalArea
from tyoparipaivakirja.core.checkins import (
    CheckIn,
    CheckInSettings,
    NewCheckIn,
    instrument_enabled,
    is_due,
    item_key,
)
from tyoparipaivakirja.core.drafts import DraftUnreadable, fingerprint, from_plain
from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.core.instruments import (
    ELO_STRESS,
    ELO_STRESS_ITEM,
    Audience,
    Cadence,
)
from tyoparipaivakirja.core.members import Role
from tyoparipaivakirja.core.nudges import Rule
from tyoparipaivakirja.core.own_area import AreaSnapshot
from tyoparipaivakirja.core.trends import Marker, SharedTrend
from tyoparipaivakirja.gui.common.cleanup import guarded
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.drafts import DraftChoice, resolve_conflict
from tyoparipaivakirja.gui.common.i18n import current_language, instrument_language
from tyoparipaivakirja.gui.common.locale_text import format_date, format_time
from tyoparipaivakirja.gui.common.scale_choice import WrappedCheckBox
from tyoparipaivakirja.gui.common.widgets import heading, paragraph, text_lines
from tyoparipaivakirja.gui.own_area.checkin_form import CHECKIN_DRAFT, CheckInForm, as_new_checkin
from tyoparipaivakirja.gui.own_area.nudge_cards import NudgeCard, nudge_cards
from tyoparipaivakirja.gui.own_area.sharing import SharingView
from tyoparipaivakirja.gui.own_area.strain_trend import TrendView, series_options
from tyoparipaivakirja.gui.own_area.wellbeing_words import (
    format_day_short,
    trend_label,
    weekday_and_day,
)
from tyoparipaivakirja.messages import error_message

CHECKIN_ID_ROLE = Qt.ItemDataRole.UserRole


class OwnAreaView(QWidget):
    """Everything inside an open own area. ``today`` is a clock the tests can set."""

    changed = Signal()  # something was saved

    def __init__(
        self,
        area: PersonalArea,
        dialogs: Dialogs,
        today: Callable[[], date] = date.today,
        markers: Sequence[Marker] = (),
        parent: QWidget | None = None,
        bring_to_supervision: Callable[[], tuple[bool, str]] | None = None,
    ) -> None:
        """``bring_to_supervision`` puts a wish to talk on the pair's next supervision
        agenda; it returns whether the topic is there now and a sentence saying so."""
        super().__init__(parent)
        self._bring_to_supervision = bring_to_supervision
        self._area = area
        self._dialogs = dialogs
        self._today = today
        self._markers = tuple(markers)
        self._language = instrument_language()
        self._snapshot: AreaSnapshot | None = None
        self.form: CheckInForm | None = None
        self.sharing: SharingView | None = None
        self.cards: list[NudgeCard] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        self.wording_note: QLabel | None = None
        if self._language != current_language():
            self.wording_note = paragraph(
                self.tr(
                    "The well-being questions are shown in Finnish: the app has no official "
                    "wording of them in this language, and a validated question is never "
                    "translated on our own."
                )
            )
            self.wording_note.setAccessibleName(self.tr("Language of the questions"))
            layout.addWidget(self.wording_note)
        self.home = QWidget()
        self._build_home(self.home)
        layout.addWidget(self.home)
        self.flow_holder = QVBoxLayout()  # the check-in form or the sharing view, when open
        layout.addLayout(self.flow_holder)
        self.refresh()

    # --- building --------------------------------------------------------------------

    def _build_home(self, home: QWidget) -> None:
        layout = QVBoxLayout(home)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nudge_layout = QVBoxLayout()
        layout.addLayout(self.nudge_layout)

        self.prompt = QFrame()
        self.prompt.setFrameShape(QFrame.Shape.StyledPanel)
        prompt_layout = QVBoxLayout(self.prompt)
        self.prompt_text = paragraph("")
        prompt_layout.addWidget(self.prompt_text)
        self.start_button = QPushButton(self.tr("Do this week's check-in"))
        self.start_button.clicked.connect(lambda: self.start_checkin())
        prompt_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.prompt)

        layout.addWidget(heading(self.tr("How it has gone"), 2))
        self.empty_trend = paragraph(
            self.tr(
                "Here you will see how your answers develop week by week, once you have "
                "made check-ins."
            )
        )
        layout.addWidget(self.empty_trend)
        self.trend = TrendView(self._language)
        layout.addWidget(self.trend)

        layout.addWidget(heading(self.tr("Your check-ins"), 2))
        self.empty_history = paragraph(self.tr("No check-ins yet."))
        layout.addWidget(self.empty_history)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Your check-ins"))
        self.history.setMaximumHeight(text_lines(self.history, 10))
        self.history.itemSelectionChanged.connect(self._selection_changed)
        self.history.itemActivated.connect(lambda _item: self.correct_selected())
        layout.addWidget(self.history)
        history_buttons = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button = QPushButton(self.tr("New check-in"))
        self.new_button.clicked.connect(lambda: self.start_checkin())
        for button in (self.correct_button, self.delete_button, self.new_button):
            history_buttons.addWidget(button)
        history_buttons.addStretch(1)
        layout.addLayout(history_buttons)

        layout.addWidget(heading(self.tr("Shared for supervision"), 2))
        self.shares_text = paragraph("")
        layout.addWidget(self.shares_text)
        self.shares_layout = QVBoxLayout()
        layout.addLayout(self.shares_layout)
        self.share_button = QPushButton(self.tr("Share your stress trend…"))
        self.share_button.clicked.connect(self.start_sharing)
        layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(heading(self.tr("Your settings"), 2))
        self.settings_layout = QVBoxLayout()
        layout.addLayout(self.settings_layout)
        self.setting_boxes: dict[str, WrappedCheckBox] = {}
        self._build_settings()

    def _build_settings(self) -> None:
        language = self._language
        for instrument in self._area.instruments:
            if instrument.optional:
                # Offered only where its official wording ships (WHO-5: English for now).
                if instrument.offered_in(language):
                    self._setting_box(
                        f"instrument:{instrument.instrument_id}",
                        self.tr("Also use: %1").replace("%1", instrument.name.get(language)),
                    )
                continue
            if not instrument.offered_in(language):
                continue
            for item in instrument.items:
                if not item.default_enabled and item.audience is Audience.EVERYONE:
                    text = self.tr("Also ask: %1").replace("%1", item.text.get(language))
                    if item.never_shared:
                        text += " " + self.tr("(never shared)")
                    self._setting_box(
                        f"item:{item_key(instrument.instrument_id, item.item_id)}", text
                    )
        if self._area.member.role is Role.PROFESSIONAL:
            self._setting_box(
                "guiding_role",
                self.tr("I have a guiding responsibility (ask how it felt)"),
            )
        self._setting_box(
            "r5",
            self.tr(
                "Remind me also when my own history often comes close, or visits have been "
                "heavy (a proposal, not a validated rule)"
            ),
        )

    def _setting_box(self, key: str, text: str) -> None:
        box = WrappedCheckBox(text)
        box.toggled.connect(lambda _checked: self._save_settings())
        self.settings_layout.addWidget(box)
        self.setting_boxes[key] = box

    # --- state ---------------------------------------------------------------------

    @property
    def snapshot(self) -> AreaSnapshot | None:
        return self._snapshot

    def refresh(self) -> None:
        """Read the area again and show it."""
        try:
            snapshot = self._area.snapshot(self._today())
        except JournalError as error:
            self.status.setText(error_message(error))
            return
        self._snapshot = snapshot
        self._show_nudges(snapshot)
        self._show_prompt(snapshot)
        self._show_trend(snapshot)
        self._show_history(snapshot)
        self._show_shares(snapshot.shares)
        self._show_settings(snapshot.settings)

    def _show_nudges(self, snapshot: AreaSnapshot) -> None:
        for card in self.cards:
            self.nudge_layout.removeWidget(card)
            card.deleteLater()
        latest_talk = snapshot.checkins[-1].talk if snapshot.checkins else frozenset()
        self.cards = nudge_cards(
            snapshot.nudges,
            latest_talk,
            offer_agenda=self._bring_to_supervision is not None,
            usual_level=snapshot.usual_level,
        )
        for card in self.cards:
            card.agenda_requested.connect(self._bring_topic)
            card.acknowledged.connect(self._acknowledge)
            card.snoozed.connect(self._snooze)
            self.nudge_layout.addWidget(card)

    def due_instruments(self) -> frozenset[str]:
        """The non-weekly instruments the person is asked and that are due today."""
        snapshot = self._snapshot
        if snapshot is None:
            return frozenset()
        return frozenset(
            instrument.instrument_id
            for instrument in self._area.instruments
            if instrument.cadence is not Cadence.WEEKLY
            and instrument_enabled(instrument, snapshot.settings, self._language)
            and is_due(instrument, snapshot.checkins, self._today())
        )

    def _unfinished_checkin(self) -> FormDraft | None:
        """A new check-in left half-done (kept as a draft), if any."""
        try:
            return self._area.drafts.get(f"{CHECKIN_DRAFT}:new")
        except JournalError:
            return None

    def _show_prompt(self, snapshot: AreaSnapshot) -> None:
        monthly = bool(self.due_instruments())
        unfinished = self._unfinished_checkin()
        self.start_button.setText(
            self.tr("Continue the check-in") if unfinished else self.tr("Do this week's check-in")
        )
        if unfinished is not None:
            self.prompt_text.setText(
                self.tr("You have a check-in you began at %1 and did not save yet.").replace(
                    "%1", format_time(unfinished.saved_at)
                )
            )
            self.prompt.setVisible(True)
            self.new_button.setVisible(False)
        elif snapshot.weekly_due:
            text = self.tr("This week's check-in is still to do. It takes about a minute.")
            if monthly:
                text += " " + self.tr("This time it also has the question asked once a month.")
            self.prompt_text.setText(text)
            self.prompt.setVisible(True)
            self.new_button.setVisible(False)
        else:
            self.prompt.setVisible(False)
            self.new_button.setVisible(True)

    def _show_trend(self, snapshot: AreaSnapshot) -> None:
        options = series_options(
            snapshot.checkins,
            snapshot.visits,
            self._area.instruments,
            self._language,
            self.tr("Strain after visits (debriefs)"),
            self.tr("0 = not at all … 10 = very much"),
        )
        self.empty_trend.setVisible(not options)
        self.trend.setVisible(bool(options))
        self.trend.set_series(options, self._today(), self._markers)

    def _summary(self, checkin: CheckIn) -> str:
        stress = checkin.value(ELO_STRESS, ELO_STRESS_ITEM)
        elo = self._area.instruments.require(ELO_STRESS).item(ELO_STRESS_ITEM)
        parts = [weekday_and_day(checkin.day)]
        if stress is not None:
            label = elo.scale.label(stress)
            words = f" ({label.get(self._language)})" if label is not None else ""
            parts.append(f"{elo.short.get(self._language).lower()} {stress}{words}")
        if checkin.wants_to_talk:
            parts.append(self.tr("would like to talk"))
        if checkin.note:
            parts.append(self.tr("note"))
        return " · ".join(parts)

    def _show_history(self, snapshot: AreaSnapshot) -> None:
        self.history.clear()
        for checkin in reversed(snapshot.checkins):
            item = QListWidgetItem(self._summary(checkin))
            item.setData(CHECKIN_ID_ROLE, checkin.checkin_id)
            self.history.addItem(item)
        has = bool(snapshot.checkins)
        self.history.setVisible(has)
        self.correct_button.setVisible(has)
        self.delete_button.setVisible(has)
        self.empty_history.setVisible(not has)
        self._selection_changed()

    def _show_shares(self, shares: Sequence[SharedTrend]) -> None:
        while self.shares_layout.count():
            entry = self.shares_layout.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.deleteLater()
        if not shares:
            self.shares_text.setText(
                self.tr(
                    "Nothing is shared. You can share your weekly stress values and their "
                    "direction for the supervision summary; nothing else."
                )
            )
            return
        self.shares_text.setText(self.tr("In the pair journal now (your partner can see these):"))
        for shared in shares:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            share = shared.share
            text = (
                self.tr("%1–%2: %3 weeks, %4")
                .replace("%1", format_day_short(share.period_start))
                .replace("%2", format_date(share.period_end))
                .replace("%3", str(len(share.weeks)))
                .replace("%4", trend_label(share.trend))
            )
            row_layout.addWidget(QLabel(text), 1)
            withdraw = QPushButton(self.tr("Withdraw"))
            withdraw.setAccessibleName(
                self.tr("Withdraw the shared summary %1").replace("%1", text)
            )
            withdraw.clicked.connect(lambda _c=False, sid=shared.share_id: self.withdraw(sid))
            row_layout.addWidget(withdraw)
            self.shares_layout.addWidget(row)

    def _show_settings(self, settings: CheckInSettings) -> None:
        for key, box in self.setting_boxes.items():
            box.setChecked(self._setting_value(settings, key))

    @staticmethod
    def _setting_value(settings: CheckInSettings, key: str) -> bool:
        kind, _sep, name = key.partition(":")
        if kind == "instrument":
            return name in settings.optional_instruments
        if kind == "item":
            return name in settings.enabled_items
        if kind == "guiding_role":
            return settings.guiding_role
        return settings.r5_enabled

    def _selected_id(self) -> str | None:
        items = self.history.selectedItems()
        return str(items[0].data(CHECKIN_ID_ROLE)) if items else None

    def _selected(self) -> CheckIn | None:
        chosen = self._selected_id()
        snapshot = self._snapshot
        if chosen is None or snapshot is None:
            return None
        return next((c for c in snapshot.checkins if c.checkin_id == chosen), None)

    def _selection_changed(self) -> None:
        selected = self._selected_id() is not None
        self.correct_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _saved_now(self, text: str) -> None:
        self.status.setText(text.replace("%1", format_time(QTime.currentTime())))

    # --- actions -----------------------------------------------------------------------

    def _acknowledge(self, rules: list[Rule]) -> None:
        self._act(lambda: self._area.checkins.acknowledge_nudges(rules, self._today()))

    def _bring_topic(self) -> None:
        """Only the person's click puts anything in the pair journal: a topic line."""
        if self._bring_to_supervision is None:
            return
        try:
            on_agenda, said = self._bring_to_supervision()
        except JournalError as error:
            self.status.setText(error_message(error))
            return
        if on_agenda:
            self._acknowledge([Rule.R1])
        self.status.setText(said)

    def _snooze(self, rules: list[Rule]) -> None:
        self._act(lambda: self._area.checkins.snooze_nudges(rules, self._today()))

    def _act(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except JournalError as error:
            self.status.setText(error_message(error))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def _save_settings(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        values = {key: box.isChecked() for key, box in self.setting_boxes.items()}
        settings = replace(
            snapshot.settings,
            guiding_role=values.get("guiding_role", snapshot.settings.guiding_role),
            r5_enabled=values.get("r5", snapshot.settings.r5_enabled),
            enabled_items=frozenset(
                key.partition(":")[2]
                for key, on in values.items()
                if on and key.startswith("item:")
            ),
            optional_instruments=frozenset(
                key.partition(":")[2]
                for key, on in values.items()
                if on and key.startswith("instrument:")
            ),
        )
        if self._act(lambda: self._area.checkins.save_settings(settings)):
            self._saved_now(self.tr("Setting saved at %1."))

    def start_checkin(self, existing: CheckIn | None = None) -> CheckInForm | None:
        """Open the check-in form (to correct ``existing`` when given)."""
        snapshot = self._snapshot
        if snapshot is None:
            return None
        self._close_flow()
        form = CheckInForm(
            self._area,
            snapshot.settings,
            self._language,
            self.due_instruments(),
            self._today,
            existing,
        )
        self.form = form
        form.saved.connect(self._checkin_saved)
        form.cancelled.connect(self._cancel_checkin)
        self._resume_draft(form, existing)
        self._open_flow(form)
        return form

    def _resume_draft(self, form: CheckInForm, existing: CheckIn | None) -> None:
        """Put back a check-in left half-done; for a correction, ask first when the
        check-in was saved again after the draft began."""
        try:
            kept = self._area.drafts.get(form.form_id)
            value = from_plain(NewCheckIn, kept.body) if kept is not None else None
        except (JournalError, DraftUnreadable):
            return
        if kept is None or value is None:
            return
        if existing is not None:
            choice = resolve_conflict(
                self._dialogs,
                self,
                base=kept.base,
                saved_version=fingerprint(as_new_checkin(existing)),
                mine=value,
                saved=form.new_checkin(),  # the saved check-in as the form holds it
                labels=form.field_labels(),
                saved_at=kept.saved_at,
                allow_copy=False,
            )
            if choice is not DraftChoice.MINE:
                if choice is DraftChoice.SAVED:
                    guarded(
                        "dropping a check-in draft", lambda: self._area.drafts.discard(form.form_id)
                    )
                return
        form.restore(value, kept.saved_at)

    def _cancel_checkin(self) -> None:
        """Cancel: answers that are not saved are discarded only after asking."""
        form = self.form
        if form is not None and form.drafts.has_unsaved():
            if not self._dialogs.confirm(
                self,
                self.tr("Discard the check-in?"),
                self.tr("Your answers in this check-in are not saved. They will be removed."),
                self.tr("Discard"),
            ):
                return
            form.drafts.stop()
            guarded("dropping a check-in draft", lambda: self._area.drafts.discard(form.form_id))
        self.show_home()

    def flush_drafts(self) -> bool:
        """Keep what the open form holds as a draft now (the area is about to close);
        True when a check-in that is not saved was kept."""
        if self.form is None:
            return False
        self.form.drafts.flush()
        return self.form.drafts.has_unsaved()

    def correct_selected(self) -> CheckInForm | None:
        checkin = self._selected()
        return None if checkin is None else self.start_checkin(checkin)

    def delete_selected(self) -> None:
        checkin = self._selected()
        if checkin is None:
            return
        agreed = self._dialogs.confirm(
            self,
            self.tr("Delete the check-in?"),
            self.tr(
                "The check-in of %1 is deleted for good, with its answers and note. "
                "This cannot be undone."
            ).replace("%1", weekday_and_day(checkin.day)),
            self.tr("Delete check-in"),
        )
        if agreed and self._act(lambda: self._area.checkins.delete(checkin.checkin_id)):
            self._saved_now(self.tr("Check-in deleted at %1."))

    def start_sharing(self) -> SharingView:
        self._close_flow()
        self.sharing = SharingView(self._area, self._today)
        self.sharing.shared.connect(self._trend_shared)
        self.sharing.cancelled.connect(self.show_home)
        self._open_flow(self.sharing)
        return self.sharing

    def withdraw(self, share_id: str) -> None:
        if self._act(lambda: own_area.withdraw_shared_trend(self._area, share_id)):
            self._saved_now(self.tr("Shared summary withdrawn at %1."))

    def _checkin_saved(self, _checkin: CheckIn) -> None:
        self.show_home()
        self._saved_now(self.tr("Saved at %1."))
        self.changed.emit()

    def _trend_shared(self, _shared: SharedTrend) -> None:
        self.show_home()
        self._saved_now(self.tr("Shared with the pair journal at %1."))
        self.changed.emit()

    def _open_flow(self, widget: QWidget) -> None:
        self.status.setText("")
        self.home.setVisible(False)
        self.flow_holder.addWidget(widget)
        widget.setFocus()
        self._scroll_to(widget)

    def _scroll_to(self, widget: QWidget) -> None:
        """Bring the top of ``widget`` into view once it is laid out (the page scrolls)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return
        scroll = parent

        def go() -> None:
            content = scroll.widget()
            if content is not None and widget.isVisible():
                top = widget.mapTo(content, QPoint(0, 0)).y()
                scroll.verticalScrollBar().setValue(max(0, top - 12))

        QTimer.singleShot(0, go)

    def _close_flow(self) -> None:
        if self.form is not None:
            guarded("keeping the check-in draft", self.form.drafts.flush)
            self.form.drafts.stop()
        for widget in (self.form, self.sharing):
            if widget is not None:
                self.flow_holder.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.form = None
        self.sharing = None

    def show_home(self) -> None:
        """Back from the form or the sharing view."""
        self._close_flow()
        self.home.setVisible(True)
        self.refresh()
        self._scroll_to(self.status)
