"""A member's consent, proven with that member's own passphrase.

The pair often shares one laptop and both know the pair passphrase, so a button with a
member's name proves nothing about who pressed it. Whatever records a member's consent
(accepting a role split) asks here for that member's own passphrase: the one of their
own area, which the partner does not know. A member without an own area makes one in
the same step, with a new passphrase of their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QVBoxLayout, QWidget

from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.core.errors import (
    ErrorCode,
    ValidationError,
    ValidationField,
)
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.gui.common.tasks import Failure, TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    PassphraseField,
    keep_height_fitted,
    labelled,
    paragraph,
)

# Records the consent with the member's own passphrase; raises the typed errors.
# The act the member consents to, run on the task runner: given the own passphrase and
# (for a member who makes their own area in the same step) the passphrase typed again.
type ConsentAction = Callable[[str, str | None], object]


class ConsentDialog(QDialog):
    """The member's own passphrase (or a new one, making their own area), then the act.

    ``consented`` carries what the act returned; the dialog closes only when it succeeded.
    """

    consented = Signal(object)

    def __init__(
        self,
        journal: Journal,
        member: Member,
        title: str,
        explanation: str,
        accept_label: str,
        act: ConsentAction,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.member = member
        self._act = act
        # A key derivation (two when the own area is made): off the GUI thread.
        self._tasks = tasks or TaskRunner(parent=self)
        self._working = False
        self.setWindowTitle(title)
        self.setModal(True)
        self.has_area = journal.has_personal_area(member.member_id)
        name = member.display_name
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(explanation))
        self.new_area_notice = QFrame()
        self.new_area_notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice = QVBoxLayout(self.new_area_notice)
        notice.addWidget(
            paragraph(
                self.tr(
                    "%1 has no own area yet. An acceptance is confirmed with an own "
                    "passphrase that only %1 knows: choose it now. It makes the own area "
                    "of %1 too, and it must differ from the pair passphrase."
                ).replace("%1", name)
            )
        )
        layout.addWidget(self.new_area_notice)
        self.passphrase = PassphraseField(
            self.tr("Own passphrase of %1").replace("%1", name), with_strength=not self.has_area
        )
        self.passphrase_error = FieldError()
        layout.addWidget(
            labelled(
                self.tr("Own passphrase of %1").replace("%1", name),
                self.passphrase,
                self.passphrase_error,
                hint=(
                    self.tr("Only %1 types it: the pair passphrase will not do here.").replace(
                        "%1", name
                    )
                ),
            )
        )
        self.repeat = PassphraseField(self.tr("Own passphrase of %1 again").replace("%1", name))
        self.repeat_error = FieldError()
        self.repeat_box = labelled(
            self.tr("Own passphrase of %1 again").replace("%1", name),
            self.repeat,
            self.repeat_error,
        )
        layout.addWidget(self.repeat_box)
        self.new_area_notice.setVisible(not self.has_area)
        self.repeat_box.setVisible(not self.has_area)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.accept_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(accept_label)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.return_pressed.connect(self.submit)
        self.repeat.return_pressed.connect(self.submit)
        layout.addWidget(self.buttons)
        keep_height_fitted(self)
        self.passphrase.setFocus()

    def submit(self) -> None:
        for label in (self.passphrase_error, self.repeat_error, self.error):
            label.clear_message()
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase_error.show_message(
                self.tr("Type the own passphrase of %1.").replace("%1", self.member.display_name)
            )
            self.passphrase.setFocus()
            return
        repeated = None if self.has_area else self.repeat.text()
        act = self._act
        self._set_working(True)
        self._tasks.run(
            lambda: act(passphrase, repeated),
            owner=self,
            label=self.tr("Checking the own passphrase…"),
            done=self._done,
            failed=self._refused,
        )

    @property
    def busy(self) -> bool:
        """True while the consent is being checked and recorded on the task runner."""
        return self._working

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.accept_button.setEnabled(not working)

    def _done(self, result: object) -> None:
        self._set_working(False)
        self.passphrase.clear()
        self.repeat.clear()
        self.consented.emit(result)
        self.accept()

    def _refused(self, failure: Failure) -> None:
        self._set_working(False)
        if not self.has_area and self._journal.has_personal_area(self.member.member_id):
            self._area_made()  # made, though the act after it was refused
        error = failure.error
        if isinstance(error, ValidationError):
            if error.field is ValidationField.PASSPHRASE_REPEAT:
                self.repeat_error.show_message(failure.message)
                self.repeat.setFocus()
            elif error.field is ValidationField.PASSPHRASE:
                self.passphrase_error.show_message(failure.message)
                self.passphrase.setFocus()
            else:
                self.error.show_message(failure.message)
            return
        if error is not None and error.code is ErrorCode.WRONG_PASSPHRASE:
            self.passphrase_error.show_message(
                self.tr(
                    "This is not the own passphrase of %1. Only %1 can accept in their name."
                ).replace("%1", self.member.display_name)
            )
            self.passphrase.edit.selectAll()
            self.passphrase.setFocus()
            return
        self.error.show_message(failure.message)

    def _area_made(self) -> None:
        self.has_area = True
        self.new_area_notice.setVisible(False)
        self.repeat_box.setVisible(False)
        self.passphrase.set_strength_visible(False)
