"""The weekly check-in (viikon kirjaus), also used to correct a saved one.

One column, labels above fields: the Elo stress item, the work-strain items the
person is asked, the monthly burnout item when it is due (or already answered in the
check-in being corrected), WHO-5 when switched on, the "haluan puhua tästä" choices and
a private note. It says which items are not validated instruments and which text is a
descriptive translation, and that the note and the recovery item are never shared.

A half-done check-in is kept as a draft in the owner's own area (``gui.drafts``): within
two seconds of an answer, every two seconds while the note is typed, and when the area
closes (leaving the page, its idle time, a lock).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions.own_area import PersonalArea
from tyoparipaivakirja.core.checkins import (
    CheckIn,
    CheckInSettings,
    NewCheckIn,
    TalkChoice,
    answers_from,
    instrument_enabled,
    item_enabled,
)
from tyoparipaivakirja.core.drafts import fingerprint, to_plain
from tyoparipaivakirja.core.errors import (
    JournalError,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.instruments import (
    ELO_STRESS,
    ELO_STRESS_ITEM,
    Cadence,
    Instrument,
    Wording,
)
from tyoparipaivakirja.gui.common.cleanup import guarded
from tyoparipaivakirja.gui.common.drafts import DraftKeeper
from tyoparipaivakirja.gui.common.locale_text import date_pattern, format_time
from tyoparipaivakirja.gui.common.scale_choice import ScaleChoice, calm_error
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    heading,
    labelled,
    not_saved_text,
    paragraph,
    reveal,
    text_lines,
    text_width,
)
from tyoparipaivakirja.gui.own_area.wellbeing_words import talk_label
from tyoparipaivakirja.messages import error_message

CHECKIN_DRAFT = "checkin"


def as_new_checkin(checkin: CheckIn) -> NewCheckIn:
    """A saved check-in as the form holds it (what a correction starts from)."""
    return NewCheckIn(checkin.day, checkin.answers, checkin.talk, checkin.note)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def small_text(text: str) -> QLabel:
    """A quieter note: wrapped, slightly smaller than body text."""
    label = paragraph(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


class CheckInForm(QWidget):
    """Fill in (or correct) one check-in; emits ``saved`` with the stored check-in."""

    saved = Signal(object)  # CheckIn
    cancelled = Signal()

    def __init__(
        self,
        area: PersonalArea,
        settings: CheckInSettings,
        language: str,
        due_instruments: frozenset[str],
        today: Callable[[], date],
        existing: CheckIn | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._area = area
        self._today = today
        self._existing = existing
        self.choices: dict[tuple[str, str], ScaleChoice] = {}
        self.item_errors: dict[tuple[str, str], FieldError] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = self.tr("Correct a check-in") if existing else self.tr("Weekly check-in")
        layout.addWidget(heading(title, 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "About a minute, for following how you are doing. Only you see your "
                    "answers unless you choose to share something."
                )
            )
        )
        # Says where the answers came from when a check-in left half-done is continued.
        self.restored_note = paragraph("")
        self.restored_note.setAccessibleName(self.tr("Status"))
        self.restored_note.setVisible(False)
        layout.addWidget(self.restored_note)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.setMaximumDate(to_qdate(today()))
        self.date_edit.setDate(to_qdate(existing.day if existing else today()))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_error = calm_error()
        self.date_edit.dateChanged.connect(self.date_error.clear_message)
        date_box = labelled(self.tr("Date"), self.date_edit, self.date_error)
        self.date_edit.setMaximumWidth(max(200, text_width(self.date_edit, 20)))
        layout.addWidget(date_box)

        for instrument in area.instruments:
            if self._asks(instrument, settings, language, due_instruments):
                self._add_instrument(layout, instrument, settings, language)

        layout.addWidget(heading(self.tr("I'd like to talk about this"), 2))
        self.talk_boxes: dict[TalkChoice, QCheckBox] = {}
        talk_grid = QGridLayout()
        talk_grid.setContentsMargins(0, 0, 0, 0)
        for index, choice in enumerate(TalkChoice):
            box = QCheckBox(talk_label(choice))
            box.toggled.connect(lambda checked, c=choice: self._talk_toggled(c, checked))
            talk_grid.addWidget(box, index // 2, index % 2)
            self.talk_boxes[choice] = box
        talk_grid.setColumnStretch(2, 1)
        layout.addLayout(talk_grid)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Private note"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.note.setMaximumHeight(text_lines(self.note, 5))
        self.note_error = calm_error()
        layout.addWidget(
            labelled(
                self.tr("Private note"),
                self.note,
                self.note_error,
                self.tr("Only you see this. A note is never shared, not even in a shared summary."),
            )
        )
        self.form_error = calm_error()
        layout.addWidget(self.form_error)
        for scale in self.choices.values():
            scale.changed.connect(self.form_error.clear_message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(
            self.tr("Save the correction") if existing else self.tr("Save check-in")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        sources = small_text(self.tr("Sources of the questions"))
        font = sources.font()
        font.setBold(True)
        sources.setFont(font)
        layout.addSpacing(12)
        layout.addWidget(sources)
        for instrument in area.instruments:
            if self._asks(instrument, settings, language, due_instruments):
                layout.addWidget(small_text(instrument.attribution.get(language)))
        if existing is not None:
            self._fill(existing)
        self.drafts = DraftKeeper(
            self.new_checkin,
            self._keep_draft,
            self._drop_draft,
            self,
            busy=self._area.in_use_elsewhere,
        )
        self.drafts.start_from()
        self.date_edit.dateChanged.connect(self.drafts.touched)
        for scale in self.choices.values():
            scale.changed.connect(self.drafts.touched)
        for box in self.talk_boxes.values():
            box.toggled.connect(self.drafts.touched)
        self.note.textChanged.connect(self.drafts.touched)

    # --- drafts ----------------------------------------------------------------------

    @property
    def form_id(self) -> str:
        existing = self._existing
        return f"{CHECKIN_DRAFT}:{existing.checkin_id if existing else 'new'}"

    @property
    def base(self) -> str | None:
        """The fingerprint of the check-in being corrected, as saved."""
        return None if self._existing is None else fingerprint(as_new_checkin(self._existing))

    def _keep_draft(self, value: object) -> bool:
        if not self._area.is_open:
            return False
        existing = self._existing
        try:
            self._area.drafts.save(
                self.form_id,
                CHECKIN_DRAFT,
                to_plain(value),
                target=existing.checkin_id if existing else None,
                base=self.base,
            )
        except JournalError:
            return False
        return True

    def _drop_draft(self) -> None:
        if self._area.is_open:
            guarded("dropping a check-in draft", lambda: self._area.drafts.discard(self.form_id))

    def field_labels(self) -> dict[str, str]:
        """The form's words for each part of a check-in (for showing what differs)."""
        return {
            "day": self.tr("Date"),
            "answers": self.tr("Answers"),
            "talk": self.tr("I'd like to talk about this"),
            "note": self.tr("Private note"),
        }

    def restore(self, kept: NewCheckIn, saved_at: datetime) -> None:
        """Put a kept draft into the form (it is the draft already kept)."""
        baseline = self.new_checkin()
        self.set_day(kept.day)
        values = {(a.instrument_id, a.item_id): a.value for a in kept.answers}
        for key, choice in self.choices.items():
            choice.set_value(values.get(key))
        for choice_key, box in self.talk_boxes.items():
            box.setChecked(choice_key in kept.talk)
        self.note.setPlainText(kept.note)
        self.drafts.start_from(baseline, from_draft=True)
        self.restored_note.setText(
            self.tr("Your unsaved answers from %1 are back.").replace("%1", format_time(saved_at))
        )
        self.restored_note.setVisible(True)

    # --- building --------------------------------------------------------------------

    def _asks(
        self,
        instrument: Instrument,
        settings: CheckInSettings,
        language: str,
        due: frozenset[str],
    ) -> bool:
        if not instrument_enabled(instrument, settings, language):
            return False
        if self._existing is not None and self._existing.has_instrument(instrument.instrument_id):
            return True
        if instrument.cadence is Cadence.WEEKLY:
            return True
        return instrument.instrument_id in due

    def _add_instrument(
        self,
        layout: QVBoxLayout,
        instrument: Instrument,
        settings: CheckInSettings,
        language: str,
    ) -> None:
        layout.addWidget(heading(instrument.name.get(language), 2))
        if instrument.cadence is Cadence.MONTHLY:
            layout.addWidget(small_text(self.tr("Asked once a month.")))
        elif instrument.cadence is Cadence.EVERY_TWO_WEEKS:
            layout.addWidget(small_text(self.tr("Asked every two weeks.")))
        if not instrument.validated:
            layout.addWidget(
                small_text(
                    self.tr(
                        "These questions are not a validated instrument. They were written "
                        "for this journal to help you follow your own strain."
                    )
                )
            )
        original: str | None = None
        if instrument.wording.get(language) is Wording.DESCRIPTIVE_TRANSLATION:
            original = instrument.original_language
            layout.addWidget(small_text(self._descriptive_note(original, instrument.validated)))
        if instrument.note is not None:
            layout.addWidget(small_text(instrument.note.get(language)))
        if instrument.instructions is not None:
            layout.addWidget(paragraph(instrument.instructions.get(language)))
        single = len(instrument.items) == 1
        for item in instrument.items:
            if not item_enabled(instrument, item, settings):
                continue
            key = (instrument.instrument_id, item.item_id)
            choice = ScaleChoice(item, language, original)
            choice.setAccessibleName(item.short.get(language))
            error = calm_error()
            self.choices[key] = choice
            self.item_errors[key] = error
            choice.changed.connect(error.clear_message)  # answered: the question's message goes
            hint = self.tr("This answer is never shared.") if item.never_shared else ""
            box = labelled(item.text.get(language), choice, error, hint)
            label = box.findChild(QLabel)
            if label is not None:
                label.setWordWrap(True)
                if single and len(item.text.get(language)) > 80:
                    font = label.font()
                    font.setBold(False)  # a long question reads better as body text
                    label.setFont(font)
            layout.addWidget(box)

    def _descriptive_note(self, original: str, validated: bool) -> str:
        if original == "en":
            if validated:
                return self.tr(
                    "This is a descriptive Finnish translation: the measure was validated in "
                    "English and has no official Finnish version. Point at an option to see "
                    "the original wording."
                )
            return self.tr("The English original is shown when you point at an option.")
        if validated:
            return self.tr(
                "This English text describes the Finnish original, which is the wording that "
                "was validated. Point at an option to see the Finnish words."
            )
        return self.tr("This English text describes the Finnish original.")

    def _fill(self, checkin: CheckIn) -> None:
        for answer in checkin.answers:
            choice = self.choices.get((answer.instrument_id, answer.item_id))
            if choice is not None:
                choice.set_value(answer.value)
        for choice_key, box in self.talk_boxes.items():
            box.setChecked(choice_key in checkin.talk)
        self.note.setPlainText(checkin.note)

    def _talk_toggled(self, choice: TalkChoice, checked: bool) -> None:
        """ "En nyt" stands alone: choosing it clears the others, and the other way round."""
        if not checked:
            return
        if choice is TalkChoice.NOT_NOW:
            for other, box in self.talk_boxes.items():
                if other is not TalkChoice.NOT_NOW:
                    box.setChecked(False)
        else:
            self.talk_boxes[TalkChoice.NOT_NOW].setChecked(False)

    # --- saving ------------------------------------------------------------------------

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def day(self) -> date:
        return to_date(self.date_edit.date())

    def new_checkin(self) -> NewCheckIn:
        """What the form holds now."""
        values = {
            key: value
            for key, choice in self.choices.items()
            if (value := choice.value()) is not None
        }
        talk = frozenset(choice for choice, box in self.talk_boxes.items() if box.isChecked())
        return NewCheckIn(self.day(), answers_from(values), talk, self.note.toPlainText())

    def _clear_errors(self) -> None:
        for error in (
            self.date_error,
            self.note_error,
            self.form_error,
            *self.item_errors.values(),
        ):
            error.clear_message()

    def submit(self) -> None:
        self._clear_errors()
        new = self.new_checkin()
        try:
            if self._existing is None:
                stored = self._area.checkins.add(new, self._today(), draft=self.form_id)
            else:
                stored = self._area.checkins.correct(
                    self._existing.checkin_id, new, self._today(), draft=self.form_id
                )
        except ValidationError as error:
            self._show_validation(error)
            return
        except JournalError as error:
            self.form_error.show_message(error_message(error))
            return
        self.drafts.saved()
        self.saved.emit(stored)

    def _show_validation(self, error: ValidationError) -> None:
        """Under the field, in view and focused; and beside the Save button, which is far
        below the first question of a long form."""
        message = error_message(error)
        target: tuple[FieldError, QWidget] | None = None
        if error.field is ValidationField.CHECKIN_DAY:
            target = (self.date_error, self.date_edit)
        elif error.field is ValidationField.CHECKIN_NOTE:
            target = (self.note_error, self.note)
        elif (
            error.field is ValidationField.CHECKIN_ANSWER
            and error.reason is ValidationReason.REQUIRED
        ):
            key = (ELO_STRESS, ELO_STRESS_ITEM)
            label = self.item_errors.get(key)
            if label is not None:
                choice = self.choices[key]
                first = next(iter(choice.buttons.values()), None)
                target = (label, first or choice)
        if target is None:
            self.form_error.show_message(message)
            return
        target[0].show_message(message)
        self.form_error.show_message(not_saved_text(message))
        reveal(target[1])
