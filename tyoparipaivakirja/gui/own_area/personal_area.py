"""Oma osio: a member's own, separately encrypted area.

The area opens only on this page and only with its owner's own passphrase; it closes
when the owner leaves the page, after a short idle time, or when the journal locks.
So one partner's private area is never on screen because the other left it open.
Inside an open area the owner's check-ins live (``gui.own_area``); a forgotten own
passphrase can be answered by deleting the area and starting afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions import own_area
from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.actions.own_area import PersonalArea, ResetArea
from tyoparipaivakirja.actions.passphrases import change_own_passphrase, require_new
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.errors import (
    ErrorCode,
    JournalError,
    ValidationError,
    ValidationField,
)
from tyoparipaivakirja.core.own_area import role_revision_markers, supervision_markers
from tyoparipaivakirja.core.supervision import AgendaItem
from tyoparipaivakirja.gui.common.app_settings import PERSONAL_AREA_IDLE_MINUTES
from tyoparipaivakirja.gui.common.cleanup import alive, record_failure
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.common.page import JournalPage
from tyoparipaivakirja.gui.common.tasks import Failure, TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    PassphraseField,
    form_column,
    heading,
    labelled,
    paragraph,
    reveal,
)
from tyoparipaivakirja.gui.debriefs.start_notices import reset_notice_text
from tyoparipaivakirja.gui.journal.change_passphrase import ChangePassphraseDialog
from tyoparipaivakirja.gui.own_area.own_area import OwnAreaView
from tyoparipaivakirja.messages import error_message, read_only_full_disk_message, role_label


class PersonalAreaPage(JournalPage):
    """Choose who you are, then create or unlock your own area."""

    page_key = "personal"
    shows = Changes.OWN_AREA | Changes.ROLES | Changes.SUPERVISION
    area_changed = Signal()  # an area was created, opened or closed

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
        today: Callable[[], date] = date.today,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._dialogs = dialogs or Dialogs()
        self._tasks = tasks or TaskRunner(self._dialogs, self)
        self._busy = False
        self._left_meanwhile = False  # the owner left the page while their area opened
        self._today = today
        self._area: PersonalArea | None = None
        self.dialog: ChangePassphraseDialog | None = None
        self.own: OwnAreaView | None = None

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Your own area")))
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        layout.addStretch(1)
        self.stack.addWidget(self._build_closed_view())
        self.stack.addWidget(self._build_open_view())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(form_column(content))
        self._show_closed()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("PersonalAreaPage", "Own area")

    # --- building ------------------------------------------------------------

    def _build_closed_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your own area is yours alone. It is locked with your own passphrase, and "
                    "your partner cannot open it with the pair passphrase. It is the place for "
                    "your own check-ins on how you are coping and for private notes."
                )
            )
        )
        self.member_choice = QComboBox()
        for member in self._journal.members.all():
            self.member_choice.addItem(
                f"{member.display_name} ({role_label(member.role)})", member.member_id
            )
        self.member_choice.currentIndexChanged.connect(self._member_chosen)
        layout.addWidget(labelled(self.tr("Who are you?"), self.member_choice))
        # A reset is told first, where the owner chooses themselves.
        layout.addWidget(self._build_reset_notice())

        self.create_notice = QFrame()
        self.create_notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice_layout = QVBoxLayout(self.create_notice)
        notice_layout.addWidget(
            paragraph(
                self.tr(
                    "You do not have an own area yet. Choose a passphrase that only you know "
                    "and that differs from the pair passphrase. If you forget it, the content "
                    "of your own area is lost; the pair journal stays as it is."
                )
            )
        )
        layout.addWidget(self.create_notice)
        self.passphrase = PassphraseField(self.tr("Your own passphrase"), with_strength=True)
        self.passphrase.context = self._journal.passphrase_context
        self.passphrase_error = FieldError()
        layout.addWidget(
            labelled(self.tr("Your own passphrase"), self.passphrase, self.passphrase_error)
        )
        self.repeat = PassphraseField(self.tr("Your own passphrase again"))
        self.repeat_error = FieldError()
        self.repeat_box = labelled(
            self.tr("Your own passphrase again"), self.repeat, self.repeat_error
        )
        layout.addWidget(self.repeat_box)
        self.submit_button = QPushButton()
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.passphrase.return_pressed.connect(self.submit)
        self.repeat.return_pressed.connect(self.submit)
        layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(16)
        self.forgot_button = QPushButton(self.tr("Forgot your own passphrase?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.start_afresh)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.closed_status = paragraph("")
        self.closed_status.setVisible(False)
        layout.addWidget(self.closed_status)
        return view

    def _build_reset_notice(self) -> QFrame:
        """An own area reset with the pair passphrase: when, until when it can come back,
        and the way back with its old passphrase."""
        self.reset_notice = QFrame()
        self.reset_notice.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self.reset_notice)
        self.reset_text = paragraph("")
        layout.addWidget(self.reset_text)
        self.old_passphrase = PassphraseField(self.tr("Old own passphrase"))
        self.old_passphrase_error = FieldError()
        layout.addWidget(
            labelled(self.tr("Old own passphrase"), self.old_passphrase, self.old_passphrase_error)
        )
        self.restore_button = QPushButton(self.tr("Bring the old own area back"))
        self.restore_button.clicked.connect(self.restore_reset_area)
        self.old_passphrase.return_pressed.connect(self.restore_reset_area)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reset_notice.setVisible(False)
        return self.reset_notice

    def _build_open_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        self.open_title = heading("", 2)
        layout.addWidget(self.open_title)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your own area is open on this page only. It closes when you move to "
                    "another page, after %n minutes without use, or when the journal locks.",
                    "",
                    PERSONAL_AREA_IDLE_MINUTES,
                )
            )
        )
        buttons = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Change your own passphrase…"))
        self.change_button.clicked.connect(self._change_passphrase)
        self.close_button = QPushButton(self.tr("Close your own area"))
        self.close_button.clicked.connect(self.close_area)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # The own area could only be opened for reading (a full disk); the journal's own
        # notice says so above every page when the whole journal is read-only.
        self.open_read_only = FieldError()
        layout.addWidget(self.open_read_only)
        self.open_reset_notice = QFrame()
        self.open_reset_notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice = QVBoxLayout(self.open_reset_notice)
        self.open_reset_text = paragraph("")
        notice.addWidget(self.open_reset_text)
        self.forget_old_button = QPushButton(self.tr("Delete the old own area now…"))
        self.forget_old_button.clicked.connect(self.forget_old_areas)
        notice.addWidget(self.forget_old_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.open_reset_notice.setVisible(False)
        layout.addWidget(self.open_reset_notice)
        self.own_holder = QVBoxLayout()
        layout.addLayout(self.own_holder)
        layout.addStretch(1)
        return view

    # --- state ---------------------------------------------------------------

    @property
    def area(self) -> PersonalArea | None:
        return self._area

    def _chosen_member_id(self) -> str:
        return str(self.member_choice.currentData())

    def _member_chosen(self) -> None:
        self._show_closed()

    def _show_closed(self) -> None:
        exists = self._journal.has_personal_area(self._chosen_member_id())
        self.create_notice.setVisible(not exists)
        self.passphrase.set_strength_visible(not exists)
        self.repeat_box.setVisible(not exists)
        self.forgot_button.setVisible(exists)
        self.submit_button.setText(
            self.tr("Open your own area") if exists else self.tr("Create your own area")
        )
        self.passphrase.clear()
        self.repeat.clear()
        self.passphrase_error.clear_message()
        self.repeat_error.clear_message()
        self._show_reset_notice()
        self.stack.setCurrentIndex(0)

    def _resets_of(self, member_id: str) -> list[ResetArea]:
        try:
            return [r for r in self._journal.reset_areas() if r.member_id == member_id]
        except JournalError:
            return []

    def _show_reset_notice(self) -> None:
        member_id = self._chosen_member_id()
        resets = self._resets_of(member_id)
        self.old_passphrase.clear()
        self.old_passphrase_error.clear_message()
        self.reset_notice.setVisible(bool(resets))
        if resets:
            name = self._journal.members.get(member_id).display_name
            text = "\n".join(reset_notice_text(name, reset) for reset in resets)
            if self._journal.has_personal_area(member_id):
                text += "\n" + self.tr(
                    "The own area made since then is not lost: it is put aside in its place "
                    "for 30 days and comes back with its own passphrase."
                )
            self.reset_text.setText(text)

    def _show_open(self, area: PersonalArea) -> None:
        self._area = area
        self.open_title.setText(
            self.tr("Own area of %1 is open").replace("%1", area.member.display_name)
        )
        self.closed_status.setVisible(False)
        self.open_read_only.show_message(
            read_only_full_disk_message() if area.read_only and not self._journal.read_only else ""
        )
        markers = role_revision_markers(self._journal.roles.revisions()) + supervision_markers(
            self._journal.supervision.sessions(), self._today()
        )
        self.own = OwnAreaView(
            area,
            self._dialogs,
            self._today,
            markers,
            bring_to_supervision=self._talk_in_supervision,
        )
        self.own.changed.connect(lambda: self.saved_changes.emit(Changes.OWN_AREA))
        self.own_holder.addWidget(self.own)
        self._show_open_reset_notice()
        self.stack.setCurrentIndex(1)
        self.area_changed.emit()
        self.close_button.setFocus()

    def _show_open_reset_notice(self) -> None:
        area = self._area
        resets = self._resets_of(area.member.member_id) if area is not None else []
        self.open_reset_notice.setVisible(bool(resets))
        if area is not None and resets:
            self.open_reset_text.setText(
                "\n".join(reset_notice_text(area.member.display_name, r) for r in resets)
            )

    def _talk_in_supervision(self) -> tuple[bool, str]:
        """Put "I would like to talk about my coping" on the next planned supervision agenda,
        raised by the area's owner; nothing else of the area goes with it."""
        if self._area is None:
            return False, ""
        session = self._journal.supervision.next_session(self._today())
        if session is None:
            return False, self.tr(
                "No work supervision session is planned yet. Add one on the Työnohjaus page, "
                "then you can add the topic."
            )
        owner = self._area.member.member_id
        topic = self.tr("My coping at work – I would like to talk about it")
        when = format_date(session.held_on)
        if any(item.text == topic and item.raised_by == owner for item in session.agenda):
            return True, self.tr("The topic is already on the agenda for %1.").replace("%1", when)
        self._journal.supervision.add_to_agenda(
            session.session_id, AgendaItem(topic, raised_by=owner)
        )
        return True, self.tr(
            "Added to the work supervision agenda for %1: only the topic, none of your answers."
        ).replace("%1", when)

    def submit(self) -> None:
        """Open the chosen member's own area with the typed passphrase, or make it (a key
        derivation and, for a new area, two files: on the journal worker)."""
        if self._busy:
            return
        self.passphrase_error.clear_message()
        self.repeat_error.clear_message()
        member_id = self._chosen_member_id()
        journal, passphrase, repeated = self._journal, self.passphrase.text(), self.repeat.text()
        if not journal.has_personal_area(member_id):
            try:  # a new passphrase that will not do is refused at once, where typed
                require_new(passphrase, repeated, journal.passphrase_context())
            except ValidationError as error:
                self._show_error(error)
                return

        def work() -> PersonalArea:
            return own_area.open_or_create(journal, member_id, passphrase, repeated)

        self._left_meanwhile = False
        self._run(work, self.tr("Opening the own area…"), self._opened, self._open_refused)

    @property
    def busy(self) -> bool:
        """True while an own area is being opened, made or brought back."""
        return self._busy

    def _run(
        self,
        work: Callable[[], object],
        label: str,
        done: Callable[[Any], object],
        failed: Callable[[JournalError], object],
    ) -> None:
        def finished(result: object) -> None:
            self._set_busy(False)
            done(result)

        def refused(failure: Failure) -> None:
            self._set_busy(False)
            if failure.error is None:  # a fault in the app: its sentence, with the error id
                self.passphrase_error.show_message(failure.message)
                return
            failed(failure.error)

        self._set_busy(True)
        self._tasks.run(work, owner=self, label=label, done=finished, failed=refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.submit_button, self.restore_button):
            button.setEnabled(not busy)

    def _opened(self, area: PersonalArea) -> None:
        if self._left_meanwhile:  # the owner left meanwhile: never open it behind them
            area.close()
            return
        self.passphrase.clear()
        self.repeat.clear()
        self._show_open(area)

    def _open_refused(self, error: JournalError) -> None:
        self._show_error(error)

    def _show_error(self, error: JournalError) -> None:
        if isinstance(error, ValidationError) and error.field is ValidationField.PASSPHRASE_REPEAT:
            self.repeat_error.show_message(error_message(error))
            reveal(self.repeat)
            return
        if error.code is ErrorCode.WRONG_PASSPHRASE:
            self.passphrase_error.show_message(
                self.tr(
                    "This passphrase does not open this own area. Check that you chose "
                    "your own name above and typed your own passphrase."
                )
            )
        else:
            self.passphrase_error.show_message(error_message(error))
        self.passphrase.edit.selectAll()
        reveal(self.passphrase)

    def _change_passphrase(self) -> None:
        area = self._area
        if area is None:
            return
        self.dialog = ChangePassphraseDialog(
            self.tr("Change your own passphrase"),
            self.tr(
                "Your own area is re-encrypted with the new passphrase. "
                "The pair passphrase does not change."
            ),
            partial(change_own_passphrase, area),
            self,
            self._journal.passphrase_context,
            self._tasks,
        )
        self.dialog.open()

    def close_area(self, *, idle: bool = False) -> None:
        """Close the open area (if any) and go back to the unlock form; ``idle``: its idle
        time ran out (the owner is told so, and that a begun check-in is kept)."""
        kept = False
        view = self.own
        if view is not None:  # a half-done check-in is kept before the area closes
            try:
                kept = view.flush_drafts()
            except Exception as error:  # closing the area never fails on a draft
                record_failure("keeping the own area's drafts", error)
        was_open = self._area is not None
        area, self._area = self._area, None
        dialog, self.dialog = self.dialog, None
        if alive(dialog):
            assert dialog is not None
            dialog.reject()
        own, self.own = self.own, None
        if own is not None:  # nothing of the area stays behind in widgets
            self.own_holder.removeWidget(own)
            own.hide()
            own.deleteLater()
        if area is not None:
            area.close()
            self.area_changed.emit()
        self._show_closed()
        if idle and was_open:
            message = self.tr(
                "Your own area was closed after %n minutes without use.",
                "",
                PERSONAL_AREA_IDLE_MINUTES,
            )
            if kept:
                message += " " + self.tr(
                    "The check-in you began is kept in it: open the area to continue."
                )
            self._show_status(message)

    def start_afresh(self) -> None:
        """A forgotten own passphrase: after a clear confirmation, put the member's own area
        aside so that a new one can be made. Only the pair passphrase stands behind this
        button, so nothing is destroyed at once: the old area can be brought back with its
        old passphrase for 30 days. The pair journal is not touched."""
        member_id = self._chosen_member_id()
        name = self._journal.members.get(member_id).display_name
        agreed = self._dialogs.confirm(
            self,
            self.tr("Start afresh with a new own area?"),
            self.tr(
                "Without the passphrase nobody can open the own area of %1, not even with "
                "the pair passphrase. If you go on, the area is put aside and you can create "
                "a new, empty own area with a new passphrase. For 30 days the old area can "
                "be brought back with its old passphrase; after that it is deleted for good. "
                "The pair journal stays as it is, including anything shared from the old area."
            ).replace("%1", name),
            self.tr("Put aside and start afresh"),
        )
        if not agreed:
            return
        journal = self._journal
        self._run(
            lambda: own_area.reset(journal, member_id),
            self.tr("Putting the old own area aside…"),
            self._area_put_aside,
            lambda error: self._show_status(error_message(error)),
        )

    def _area_put_aside(self, reset: ResetArea) -> None:
        self.area_changed.emit()
        self._show_closed()
        self._show_status(
            self.tr(
                "The old own area was put aside; it can be brought back until %1. Choose a "
                "new passphrase to create a new one."
            ).replace("%1", format_date(reset.recoverable_until()))
        )

    def restore_reset_area(self) -> None:
        """Bring a reset area back with its old passphrase (an area made since then is
        put aside in its place)."""
        member_id = self._chosen_member_id()
        self.old_passphrase_error.clear_message()
        if not self.old_passphrase.text():
            self.old_passphrase_error.show_message(self.tr("Type the old own passphrase."))
            self.old_passphrase.setFocus()
            return
        journal, old = self._journal, self.old_passphrase.text()
        self._run(
            lambda: own_area.restore_reset(journal, member_id, old),
            self.tr("Bringing the old own area back…"),
            lambda _area: self._reset_area_back(member_id),
            self._reset_area_refused,
        )

    def _reset_area_refused(self, error: JournalError) -> None:
        if error.code is ErrorCode.WRONG_PASSPHRASE:
            self.old_passphrase_error.show_message(
                self.tr("This passphrase does not open the old own area.")
            )
        else:
            self.old_passphrase_error.show_message(error_message(error))
        self.old_passphrase.edit.selectAll()
        self.old_passphrase.setFocus()

    def _reset_area_back(self, member_id: str) -> None:
        name = self._journal.members.get(member_id).display_name
        self.area_changed.emit()
        self._show_closed()
        self._show_status(
            self.tr("The old own area of %1 is back. Open it with its old passphrase.").replace(
                "%1", name
            )
        )
        self.passphrase.setFocus()

    def forget_old_areas(self) -> None:
        """The owner, in their new area, deletes the old one now instead of in 30 days."""
        area = self._area
        if area is None:
            return
        if not self._dialogs.confirm(
            self,
            self.tr("Delete the old own area?"),
            self.tr(
                "The old own area is deleted for good now and can no longer be brought back. "
                "This area stays as it is."
            ),
            self.tr("Delete for good"),
        ):
            return
        try:
            self._journal.forget_reset_areas(area)
        except JournalError as error:
            self.open_reset_text.setText(error_message(error))
            return
        self._show_open_reset_notice()
        self.area_changed.emit()

    def _show_status(self, text: str) -> None:
        self.closed_status.setText(text)
        self.closed_status.setVisible(True)

    # --- page hooks ----------------------------------------------------------

    def enter(self) -> None:
        if self.stack.currentIndex() == 0:
            self._show_reset_notice()
        self.passphrase.setFocus()

    def refresh_shown(self) -> None:
        """What the open area shows changed elsewhere: read it again."""
        if self.own is not None:
            self.own.refresh()

    def leave(self) -> None:
        self._left_meanwhile = True
        self.close_area()

    def before_lock(self) -> None:
        self.close_area()
