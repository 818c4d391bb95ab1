"""The draft editor of the role split: tasks and their leads, the frame, the change.

One column: the tasks first (add, rename, remove, reorder; a lead and an optional note
for each), then the frame of the pair, then why and from when. The next review date is
proposed from the frame (3 months while the kokemusasiantuntija is in their first
year, else 6) and can be changed. Saving writes the draft; proposing saves and
proposes in one step.

What is typed and not saved is kept as a form draft in the pair journal
(``gui.drafts``): within two seconds of an edit, every two seconds while typing goes
on, and before a lock or a section switch; it comes back when the draft is opened
again, after asking if the draft was saved differently since.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.core.drafts import DraftUnreadable, fingerprint, from_plain, to_plain
from tyoparipaivakirja.core.errors import JournalError, ValidationError, ValidationField
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.core.roles import (
    MAX_FRAME_TEXT_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_SUPERVISION_WEEKS,
    MAX_TITLE_LENGTH,
    WEEKDAYS,
    Frame,
    Lead,
    ReasonCategory,
    Responsibility,
    Revision,
    RevisionContent,
    Training,
    WorkingTime,
    new_responsibility,
    propose_next_review,
    review_interval_months,
)
from tyoparipaivakirja.gui.common.cleanup import guarded
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.drafts import DraftChoice, DraftKeeper, resolve_conflict
from tyoparipaivakirja.gui.common.locale_text import date_pattern, format_date, format_time
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    FlowLayout,
    TypingSpinBox,
    form_column,
    heading,
    labelled,
    not_saved_text,
    paragraph,
    reveal,
    text_lines,
)
from tyoparipaivakirja.gui.roles.role_labels import (
    LEAD_ORDER,
    lead_label,
    reason_label,
    training_label,
    weekday_short,
    working_time_label,
)
from tyoparipaivakirja.messages import error_message

EARLIEST_DATE = QDate(2000, 1, 1)
ROLES_DRAFT = "roles"


def _with_content(revision: Revision, content: RevisionContent) -> Revision:
    """The revision showing ``content`` (a kept draft of its editor)."""
    return replace(
        revision,
        items=content.items,
        frame=content.frame,
        effective_from=content.effective_from,
        next_review_on=content.next_review_on,
        reason=content.reason,
        reason_text=content.reason_text,
        discussed_in_supervision=content.discussed_in_supervision,
    )


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(accessible_name: str) -> QDateEdit:
    """A date field written the Finnish way (27.11.2026), with a calendar."""
    edit = QDateEdit()
    edit.setDisplayFormat(date_pattern())
    edit.setCalendarPopup(True)
    edit.setMinimumDate(EARLIEST_DATE)
    edit.setAccessibleName(accessible_name)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


class ItemRow(QFrame):
    """One task in the editor: title and lead on the first line, note and tools below."""

    changed = Signal()
    move_requested = Signal(object, int)
    remove_requested = Signal(object)

    def __init__(self, item: Responsibility, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.item_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLineEdit(item.title)
        self.title.setMaxLength(MAX_TITLE_LENGTH)
        self.title.setPlaceholderText(self.tr("Task"))
        self.lead = QComboBox()
        for lead in LEAD_ORDER:
            self.lead.addItem(capitalised(lead_label(lead)), lead.value)
        self.lead.setCurrentIndex(LEAD_ORDER.index(item.lead))
        self.note = QLineEdit(item.note)
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.up = self._tool("↑", self.tr("Move up"), lambda: self.move_requested.emit(self, -1))
        self.down = self._tool("↓", self.tr("Move down"), lambda: self.move_requested.emit(self, 1))
        self.remove = self._tool(
            self.tr("Remove"), self.tr("Remove the task"), lambda: self.remove_requested.emit(self)
        )
        first = QHBoxLayout()
        first.addWidget(self.title, 1)
        first.addWidget(self.lead)
        second = QHBoxLayout()
        second.addWidget(self.note, 1)
        second.addWidget(self.up)
        second.addWidget(self.down)
        second.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        self.error = FieldError()
        layout.addWidget(self.error)
        for signal in (self.title.textChanged, self.note.textChanged):
            signal.connect(self.changed)
            signal.connect(self.error.clear_message)  # answered: the message goes
        self.lead.currentIndexChanged.connect(self.changed)

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def set_position(self, number: int, total: int) -> None:
        """Name the row's fields after its place, so a screen reader says which task."""
        self.title.setAccessibleName(self.tr("Task %1").replace("%1", str(number)))
        self.lead.setAccessibleName(self.tr("Lead of task %1").replace("%1", str(number)))
        self.note.setAccessibleName(self.tr("Note of task %1").replace("%1", str(number)))
        self.up.setEnabled(number > 1)
        self.down.setEnabled(number < total)

    def responsibility(self) -> Responsibility:
        return Responsibility(
            self.item_id, self.title.text(), Lead(str(self.lead.currentData())), self.note.text()
        )


class DraftEditor(QWidget):
    """Edits one draft revision; tells the page when it is done."""

    back_requested = Signal()
    proposed = Signal(object)  # the proposed Revision
    discarded = Signal()
    saved = Signal(object)  # the saved Revision

    def __init__(self, journal: Journal, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.dialogs = dialogs
        self.revision: Revision | None = None
        self.rows: list[ItemRow] = []
        self._suggested: date | None = None
        self._members: tuple[Member, ...] = ()
        # The fingerprint of the saved draft this editing started from.
        self._base: str | None = None
        self.drafts = DraftKeeper(
            self.content,
            self._keep_draft,
            self._drop_draft,
            self,
            busy=self._journal.in_use_elsewhere,
        )
        # Beside the buttons at the bottom: made first, since every change clears it.
        self.general_error = FieldError()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addSpacing(8)
        self.title = heading("")
        layout.addWidget(self.title)
        self.intro = paragraph(
            self.tr(
                "Edit the draft together. Nothing here is in force until you propose it "
                "and every member has accepted it."
            )
        )
        layout.addWidget(self.intro)

        layout.addWidget(heading(self.tr("Tasks and who leads them"), 2))
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        layout.addLayout(self.rows_box)
        self.items_error = FieldError()
        layout.addWidget(self.items_error)
        self.add_button = QPushButton(self.tr("Add a task"))
        self.add_button.clicked.connect(self.add_task)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(heading(self.tr("Frame of the pair"), 2))
        self._build_frame(layout)
        layout.addWidget(heading(self.tr("Why and from when"), 2))
        self._build_change(layout)

        self.proposer = QComboBox()
        layout.addWidget(heading(self.tr("Propose"), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "When the draft is ready, propose it. Then each of you accepts it "
                    "separately, with your own passphrase."
                )
            )
        )
        layout.addWidget(labelled(self.tr("Who proposes?"), self.proposer))
        layout.addWidget(self.general_error)
        button_row = QWidget()
        buttons = FlowLayout(button_row)
        self.propose_button = QPushButton(self.tr("Propose for acceptance"))
        self.propose_button.setDefault(True)
        self.propose_button.clicked.connect(self.propose)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.clicked.connect(self.save)
        self.back_button = QPushButton(self.tr("Back to the role split"))
        self.back_button.clicked.connect(self.go_back)
        self.discard_button = QPushButton(self.tr("Discard draft…"))
        self.discard_button.clicked.connect(self.discard)
        # A flow, not a row: at 200 % text the buttons wrap instead of widening the page.
        for button in (
            self.propose_button,
            self.save_button,
            self.back_button,
            self.discard_button,
        ):
            buttons.addWidget(button)
        layout.addWidget(button_row)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        layout.addWidget(self.status)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = form_column(content)
        outer.addWidget(self.scroll_area)
        # An answered field loses its message at once.
        for signal, error in (
            (self.line_manager.textChanged, self.line_manager_error),
            (self.ka_support.textChanged, self.ka_support_error),
            (self.supervision.valueChanged, self.supervision_error),
            (self.training_note.textChanged, self.training_note_error),
            (self.reason.currentIndexChanged, self.reason_error),
            (self.reason_text.textChanged, self.reason_text_error),
            (self.effective.dateChanged, self.effective_error),
            (self.next_review.dateChanged, self.next_review_error),
        ):
            signal.connect(error.clear_message)

    # --- building ---------------------------------------------------------------------

    def _build_frame(self, layout: QVBoxLayout) -> None:
        self.ka_time = self._combo([(working_time_label(v), v.value) for v in WorkingTime])
        self.professional_time = self._combo(
            [(working_time_label(v), v.value) for v in WorkingTime]
        )
        times = QHBoxLayout()
        times.addWidget(
            labelled(self.tr("Working time of the expert by experience"), self.ka_time), 1
        )
        times.addWidget(
            labelled(self.tr("Working time of the professional"), self.professional_time), 1
        )
        layout.addLayout(times)

        self.weekdays: list[QCheckBox] = []
        days_row = QWidget()
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        for day in WEEKDAYS:
            box = QCheckBox(weekday_short(day))
            box.toggled.connect(self._mark_dirty)
            self.weekdays.append(box)
            days_layout.addWidget(box)
        days_layout.addStretch(1)
        days_row.setAccessibleName(self.tr("Days worked together"))
        layout.addWidget(labelled(self.tr("Days worked together"), days_row))

        tri_state = [(self.tr("Not agreed"), None), (self.tr("Yes"), True), (self.tr("No"), False)]
        self.same_town = self._combo(tri_state)
        self.shared_office = self._combo(tri_state)
        places = QHBoxLayout()
        places.addWidget(labelled(self.tr("Living in the same town"), self.same_town), 1)
        places.addWidget(labelled(self.tr("Shared office"), self.shared_office), 1)
        layout.addLayout(places)

        self.line_manager = self._line(self.tr("for example Tiina Koskinen"))
        self.line_manager_error = FieldError()
        layout.addWidget(
            labelled(self.tr("Line manager"), self.line_manager, self.line_manager_error)
        )
        self.professional_guides = QCheckBox(self.tr("The professional has a guiding role"))
        self.professional_guides.toggled.connect(self._mark_dirty)
        layout.addWidget(self.professional_guides)
        self.ka_support = self._line(self.tr("for example a peer group of experts by experience"))
        self.ka_support_error = FieldError()
        layout.addWidget(
            labelled(
                self.tr("Who supports the expert by experience?"),
                self.ka_support,
                self.ka_support_error,
            )
        )
        self.supervision = TypingSpinBox()
        self.supervision.setRange(0, MAX_SUPERVISION_WEEKS)
        self.supervision.setSpecialValueText(self.tr("not agreed"))
        self.supervision.setSuffix(self.tr(" weeks apart"))
        self.supervision.valueChanged.connect(self._mark_dirty)
        self.supervision_error = FieldError()
        layout.addWidget(
            labelled(self.tr("Work supervision"), self.supervision, self.supervision_error)
        )
        self.training = self._combo([(training_label(v), v.value) for v in Training])
        self.training_note = self._line(self.tr("for example ends in May 2027"))
        self.training_note_error = FieldError()
        training = QHBoxLayout()
        training.addWidget(labelled(self.tr("Training under way"), self.training), 1)
        training.addWidget(
            labelled(self.tr("About the training"), self.training_note, self.training_note_error), 2
        )
        layout.addLayout(training)

        self.ka_started_known = QCheckBox(self.tr("Known"))
        self.ka_started = date_edit(self.tr("Expert by experience started in the field"))
        self.ka_started_known.toggled.connect(self.ka_started.setEnabled)
        self.ka_started_known.toggled.connect(self._frame_dates_changed)
        self.ka_started.dateChanged.connect(self._frame_dates_changed)
        started = QWidget()
        started_layout = QHBoxLayout(started)
        started_layout.setContentsMargins(0, 0, 0, 0)
        started_layout.addWidget(self.ka_started_known)
        started_layout.addWidget(self.ka_started)
        started_layout.addStretch(1)
        layout.addWidget(
            labelled(
                self.tr("Expert by experience started in the field"),
                started,
                hint=self.tr(
                    "The review interval follows from this: every 3 months in the first "
                    "year, then every 6 months."
                ),
            )
        )

    def _build_change(self, layout: QVBoxLayout) -> None:
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason"), None)
        for category in ReasonCategory:
            self.reason.addItem(reason_label(category), category.value)
        self.reason.currentIndexChanged.connect(self._mark_dirty)
        self.reason_error = FieldError()
        self.reason_box = labelled(
            self.tr("Why does the role split change?"), self.reason, self.reason_error
        )
        layout.addWidget(self.reason_box)
        self.reason_text = QPlainTextEdit()
        self.reason_text.setTabChangesFocus(True)
        self.reason_text.setFixedHeight(text_lines(self.reason_text, 3))
        self.reason_text.textChanged.connect(self._mark_dirty)
        self.reason_text_error = FieldError()
        layout.addWidget(
            labelled(self.tr("In your own words"), self.reason_text, self.reason_text_error)
        )
        self.discussed = QCheckBox(self.tr("Discussed in work supervision"))
        self.discussed.toggled.connect(self._mark_dirty)
        layout.addWidget(self.discussed)

        self.effective = date_edit(self.tr("In force from"))
        self.effective.dateChanged.connect(self._frame_dates_changed)
        self.effective_error = FieldError()
        self.next_review = date_edit(self.tr("Next review"))
        self.next_review.dateChanged.connect(self._mark_dirty)
        self.next_review.dateChanged.connect(self._update_suggestion_text)
        self.next_review_error = FieldError()
        dates = QHBoxLayout()
        dates.addWidget(labelled(self.tr("In force from"), self.effective, self.effective_error), 1)
        dates.addWidget(
            labelled(self.tr("Next review"), self.next_review, self.next_review_error), 1
        )
        layout.addLayout(dates)
        suggestion_row = QHBoxLayout()
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("Use the suggestion"))
        self.use_suggestion.clicked.connect(self._apply_suggestion)
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.use_suggestion)
        layout.addLayout(suggestion_row)

    def _combo(self, choices: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, value in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._mark_dirty)
        return combo

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(MAX_FRAME_TEXT_LENGTH)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._mark_dirty)
        return edit

    # --- loading and reading ----------------------------------------------------------

    def load(self, revision: Revision, members: Sequence[Member]) -> None:
        """Show ``revision`` (a draft) for editing; what was typed in it and not saved
        comes back."""
        self._show(revision, members)
        self._base = fingerprint(revision.content)
        self.drafts.start_from()
        self._resume(revision)

    @property
    def form_id(self) -> str:
        return f"{ROLES_DRAFT}:{self.revision.revision_id if self.revision else ''}"

    def _resume(self, revision: Revision) -> None:
        try:
            kept = self._journal.drafts.get(self.form_id)
            value = from_plain(RevisionContent, kept.body) if kept is not None else None
        except (JournalError, DraftUnreadable):
            return
        if kept is None or value is None:
            return
        choice = resolve_conflict(
            self.dialogs,
            self,
            base=kept.base,
            saved_version=fingerprint(revision.content),
            mine=value,
            saved=self.content(),  # the saved draft as the editor holds it
            labels=self.field_labels(),
            saved_at=kept.saved_at,
            allow_copy=False,  # one draft of the role split at a time
        )
        if choice is DraftChoice.SAVED:
            guarded(
                "dropping a role-split draft", lambda: self._journal.drafts.discard(kept.form_id)
            )
        if choice is not DraftChoice.MINE:
            return
        baseline = self.content()
        self._show(_with_content(revision, value), self._members)
        self.drafts.start_from(baseline, from_draft=True)
        if kept.base != self._base:
            self._keep_draft(self.content())  # goes on from the version saved now
        self.status.setText(
            self.tr("Recovered from a draft saved at %1").replace("%1", format_time(kept.saved_at))
        )

    def field_labels(self) -> dict[str, str]:
        """The editor's words for each part of a role split (for showing what differs)."""
        return {
            "items": self.tr("Tasks and who leads them"),
            "frame": self.tr("Frame of the pair"),
            "effective_from": self.tr("In force from"),
            "next_review_on": self.tr("Next review"),
            "reason": self.tr("Why does the role split change?"),
            "reason_text": self.tr("In your own words"),
            "discussed_in_supervision": self.tr("Discussed in work supervision"),
        }

    def _keep_draft(self, value: object) -> bool:
        revision = self.revision
        if revision is None or self._journal.is_locked:
            return False
        try:
            self._journal.drafts.save(
                self.form_id,
                ROLES_DRAFT,
                to_plain(value),
                target=revision.revision_id,
                base=self._base,
            )
        except JournalError:
            return False
        return True

    def _drop_draft(self) -> None:
        if self.revision is not None and not self._journal.is_locked:
            form_id = self.form_id
            guarded("dropping a role-split draft", lambda: self._journal.drafts.discard(form_id))

    def _saved_as(self, revision: Revision | None) -> None:
        """The draft was saved (or proposed, or discarded): no form draft is left of it."""
        self._drop_draft()
        if revision is not None:
            self._base = fingerprint(revision.content)
        self.drafts.saved()

    def _show(self, revision: Revision, members: Sequence[Member]) -> None:
        self._members = tuple(members)
        self.revision = revision
        self.title.setText(
            self.tr("Role split, version %1 (draft)").replace("%1", str(revision.version))
        )
        self.title.setAccessibleName(self.title.text())
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for item in revision.items:
            self._append_row(item)
        self._renumber()
        self._load_frame(revision.frame)
        self.reason_box.setVisible(revision.version > 1)  # the first version needs no reason
        index = self.reason.findData(revision.reason.value if revision.reason else None)
        self.reason.setCurrentIndex(max(0, index))
        self.reason_text.setPlainText(revision.reason_text)
        self.discussed.setChecked(revision.discussed_in_supervision)
        self.effective.setDate(to_qdate(revision.effective_from))
        self._suggested = propose_next_review(revision.effective_from, revision.frame.ka_started_on)
        self.next_review.setDate(to_qdate(revision.next_review_on or self._suggested))
        self.proposer.clear()
        for member in members:
            self.proposer.addItem(member.display_name, member.member_id)
        self._update_suggestion_text()
        self._clear_errors()
        self.status.setText("")

    def _load_frame(self, frame: Frame) -> None:
        self.ka_time.setCurrentIndex(self.ka_time.findData(frame.ka_working_time.value))
        self.professional_time.setCurrentIndex(
            self.professional_time.findData(frame.professional_working_time.value)
        )
        for day, box in enumerate(self.weekdays):
            box.setChecked(day in frame.shared_weekdays)
        self.same_town.setCurrentIndex(self.same_town.findData(frame.same_town))
        self.shared_office.setCurrentIndex(self.shared_office.findData(frame.shared_office))
        self.line_manager.setText(frame.line_manager)
        self.professional_guides.setChecked(frame.professional_guides)
        self.ka_support.setText(frame.ka_support)
        self.supervision.setValue(frame.supervision_every_weeks or 0)
        self.training.setCurrentIndex(self.training.findData(frame.training.value))
        self.training_note.setText(frame.training_note)
        known = frame.ka_started_on is not None
        self.ka_started_known.setChecked(known)
        self.ka_started.setEnabled(known)
        self.ka_started.setDate(to_qdate(frame.ka_started_on or date.today()))

    def frame(self) -> Frame:
        return Frame(
            ka_working_time=WorkingTime(str(self.ka_time.currentData())),
            professional_working_time=WorkingTime(str(self.professional_time.currentData())),
            shared_weekdays=frozenset(
                day for day, box in enumerate(self.weekdays) if box.isChecked()
            ),
            same_town=self.same_town.currentData(),
            shared_office=self.shared_office.currentData(),
            line_manager=self.line_manager.text(),
            professional_guides=self.professional_guides.isChecked(),
            ka_support=self.ka_support.text(),
            supervision_every_weeks=self.supervision.value() or None,
            training=Training(str(self.training.currentData())),
            training_note=self.training_note.text(),
            ka_started_on=self._ka_started_on(),
        )

    def _ka_started_on(self) -> date | None:
        return to_date(self.ka_started.date()) if self.ka_started_known.isChecked() else None

    def content(self) -> RevisionContent:
        reason = self.reason.currentData()
        return RevisionContent(
            items=tuple(row.responsibility() for row in self.rows),
            frame=self.frame(),
            effective_from=to_date(self.effective.date()),
            next_review_on=to_date(self.next_review.date()),
            reason=ReasonCategory(str(reason)) if reason is not None else None,
            reason_text=self.reason_text.toPlainText(),
            discussed_in_supervision=self.discussed.isChecked(),
        )

    @property
    def is_dirty(self) -> bool:
        """True when the editor holds something that is not saved."""
        return self.drafts.has_unsaved()

    # --- tasks ------------------------------------------------------------------------

    def add_task(self) -> None:
        self.items_error.clear_message()
        row = self._append_row(new_responsibility("", Lead.SHARED))
        self._renumber()
        self._mark_dirty()
        row.title.setFocus()
        self.scroll_area.ensureWidgetVisible(row)

    def _append_row(self, item: Responsibility) -> ItemRow:
        row = ItemRow(item)
        row.changed.connect(self._mark_dirty)
        row.move_requested.connect(self.move_task)
        row.remove_requested.connect(self.remove_task)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def move_task(self, row: ItemRow, delta: int) -> None:
        index = self.rows.index(row)
        target = index + delta
        if not 0 <= target < len(self.rows):
            return
        self.rows.insert(target, self.rows.pop(index))
        self.rows_box.removeWidget(row)
        self.rows_box.insertWidget(target, row)
        self._renumber()
        self._mark_dirty()
        (row.up if delta < 0 and row.up.isEnabled() else row.down).setFocus()
        if not (row.up.hasFocus() or row.down.hasFocus()):
            row.title.setFocus()

    def remove_task(self, row: ItemRow) -> None:
        self.items_error.clear_message()
        index = self.rows.index(row)
        self.rows.pop(index)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        self._renumber()
        self._mark_dirty()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].title.setFocus()
        else:
            self.add_button.setFocus()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_position(number, len(self.rows))

    # --- next review suggestion -------------------------------------------------------

    def _frame_dates_changed(self) -> None:
        """Follow the suggestion with the next review date, unless it was set by hand."""
        old = self._suggested
        effective = to_date(self.effective.date())
        self._suggested = propose_next_review(effective, self._ka_started_on())
        if old is None or to_date(self.next_review.date()) == old:
            self.next_review.setDate(to_qdate(self._suggested))
        self._update_suggestion_text()
        self._mark_dirty()

    def _update_suggestion_text(self) -> None:
        if self._suggested is None:
            return
        months = review_interval_months(to_date(self.effective.date()), self._ka_started_on())
        why = (
            self.tr("3 months, as the expert by experience is in their first year in the field")
            if months == 3
            else self.tr("6 months, as the expert by experience is past their first year")
        )
        self.suggestion.setText(
            self.tr("Suggested next review: %1 (%2).")
            .replace("%1", format_date(self._suggested))
            .replace("%2", why)
        )
        self.use_suggestion.setEnabled(to_date(self.next_review.date()) != self._suggested)

    def _apply_suggestion(self) -> None:
        if self._suggested is not None:
            self.next_review.setDate(to_qdate(self._suggested))

    # --- actions ----------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        self.drafts.touched()
        self.general_error.clear_message()

    def save(self) -> bool:
        """Save the draft; show what is wrong under its field when it cannot be saved."""
        revision = self.revision
        if revision is None:
            return False
        self._clear_errors()
        try:
            saved = self._journal.roles.save_draft(revision.revision_id, self.content())
        except JournalError as error:
            self._show_error(error)
            return False
        self.revision = saved
        self._saved_as(saved)
        self.status.setText(self.tr("Draft saved at %1.").replace("%1", _clock()))
        self.saved.emit(saved)
        return True

    def save_quietly(self) -> None:
        """Keep the draft when the page is left or the journal locks: save what can be
        saved, leaving out task rows that have no name yet."""
        revision = self.revision
        if revision is None or not self.drafts.has_unsaved():
            return
        content = self.content()
        named = tuple(item for item in content.items if item.title.strip())
        try:
            saved = self._journal.roles.save_draft(
                revision.revision_id, replace(content, items=named)
            )
        except JournalError:
            self.drafts.flush()  # not saved: everything on screen is kept as a form draft
            return
        self.revision = saved
        self._drop_draft()
        self._base = fingerprint(saved.content)
        self.drafts.start_from(saved.content)
        self.drafts.flush()  # task rows without a name yet are kept in a form draft

    def propose(self) -> None:
        revision = self.revision
        if revision is None:
            return
        self._clear_errors()
        try:
            proposed = self._journal.roles.propose(
                revision.revision_id, str(self.proposer.currentData()), self.content()
            )
        except JournalError as error:
            self._show_error(error)
            return
        self._saved_as(None)
        self.drafts.stop()
        self.revision = None
        self.proposed.emit(proposed)

    def go_back(self) -> None:
        if self.drafts.has_unsaved() and not self.save():
            return
        self.back_requested.emit()

    def discard(self) -> None:
        revision = self.revision
        if revision is None:
            return
        if not self.dialogs.confirm(
            self,
            self.tr("Discard the draft?"),
            self.tr(
                "The draft and its changes are removed. The role split in force, if any, "
                "stays as it is."
            ),
            self.tr("Discard draft"),
        ):
            return
        try:
            self._journal.roles.discard_draft(revision.revision_id)
        except JournalError as error:
            self._show_error(error)
            return
        self._saved_as(None)
        self.drafts.stop()
        self.revision = None
        self.discarded.emit()

    # --- errors -----------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for row in self.rows:
            row.error.clear_message()
        for error in (
            self.items_error,
            self.general_error,
            self.line_manager_error,
            self.ka_support_error,
            self.supervision_error,
            self.training_note_error,
            self.reason_error,
            self.reason_text_error,
            self.effective_error,
            self.next_review_error,
        ):
            error.clear_message()

    def _show_error(self, error: JournalError) -> None:
        message = error_message(error)
        if not isinstance(error, ValidationError):
            self.general_error.show_message(message)
            self.propose_button.setFocus()
            return
        targets: dict[ValidationField, tuple[FieldError, QWidget]] = {
            ValidationField.ROLE_ITEMS: (self.items_error, self.add_button),
            ValidationField.ROLE_LINE_MANAGER: (self.line_manager_error, self.line_manager),
            ValidationField.ROLE_KA_SUPPORT: (self.ka_support_error, self.ka_support),
            ValidationField.ROLE_SUPERVISION_CADENCE: (self.supervision_error, self.supervision),
            ValidationField.ROLE_TRAINING_NOTE: (self.training_note_error, self.training_note),
            ValidationField.ROLE_REASON: (self.reason_error, self.reason),
            ValidationField.ROLE_REASON_TEXT: (self.reason_text_error, self.reason_text),
            ValidationField.ROLE_EFFECTIVE_DATE: (self.effective_error, self.effective),
            ValidationField.ROLE_NEXT_REVIEW: (self.next_review_error, self.next_review),
        }
        if error.field in (ValidationField.ROLE_ITEM_TITLE, ValidationField.ROLE_ITEM_NOTE):
            row = self.rows[error.index] if 0 <= error.index < len(self.rows) else None
            if row is None:
                self.items_error.show_message(message)
                return
            # Under the task itself, numbered so a screen reader says which one.
            numbered = (
                self.tr("Task %1: %2").replace("%1", str(error.index + 1)).replace("%2", message)
            )
            row.error.show_message(numbered)
            self.general_error.show_message(not_saved_text(numbered))
            field = row.title if error.field is ValidationField.ROLE_ITEM_TITLE else row.note
            reveal(field)
            return
        label, widget = targets.get(error.field, (self.general_error, self.propose_button))
        label.show_message(message)
        if label is not self.general_error:  # said beside the buttons too, far below it
            self.general_error.show_message(not_saved_text(message))
        reveal(widget)


def _clock() -> str:
    return format_time(datetime.now())
