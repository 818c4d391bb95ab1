"""Changing a passphrase: the pair's, or a member's own personal-area passphrase.

The change re-encrypts a copy of the whole file, so it runs on the task runner's journal
worker; the dialog's line shows it, and a lock meanwhile waits for it to finish.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions.passphrases import require_new
from tyoparipaivakirja.core.errors import (
    ErrorCode,
    ValidationError,
    ValidationField,
)
from tyoparipaivakirja.gui.common.tasks import Failure, Task, TaskLine, TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    PassphraseField,
    keep_height_fitted,
    labelled,
    paragraph,
)
from tyoparipaivakirja.messages import error_message

# Called with (old, new, repeated); raises the typed errors of core.errors.
ChangeFunction = Callable[[str, str, str], object]


class ChangePassphraseDialog(QDialog):
    """Old passphrase, new passphrase twice; the change runs only when all is right."""

    def __init__(
        self,
        title: str,
        explanation: str,
        change: ChangeFunction,
        parent: QWidget | None = None,
        context: Callable[[], Iterable[str]] = tuple,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._change = change
        self._tasks = tasks or TaskRunner(parent=self)
        self._task: Task[object] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(explanation))
        self.old = PassphraseField(self.tr("Current passphrase"))
        self.old_error = FieldError()
        layout.addWidget(labelled(self.tr("Current passphrase"), self.old, self.old_error))
        self.new = PassphraseField(self.tr("New passphrase"), with_strength=True)
        self.new.context = context  # the names the estimate treats as known
        self.new_error = FieldError()
        layout.addWidget(labelled(self.tr("New passphrase"), self.new, self.new_error))
        self.repeat = PassphraseField(self.tr("New passphrase again"))
        self.repeat_error = FieldError()
        layout.addWidget(labelled(self.tr("New passphrase again"), self.repeat, self.repeat_error))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.task_line = TaskLine()
        layout.addWidget(self.task_line)
        layout.addWidget(self.buttons)
        # Wide enough for the reasons under the new passphrase, tall enough for them too.
        keep_height_fitted(self)

    def submit(self) -> None:
        for error in (self.old_error, self.new_error, self.repeat_error):
            error.clear_message()
        if not self.old.text():
            self.old_error.show_message(self.tr("Type the current passphrase."))
            self.old.setFocus()
            return
        old, new, repeated = self.old.text(), self.new.text(), self.repeat.text()
        try:  # what needs no file is refused at once, where the user looks
            require_new(new, repeated, list(self.new.context()))
        except ValidationError as error:
            self._refused(Failure(error_message(error), error))
            return
        self.buttons.setEnabled(False)
        self._task = self._tasks.run(
            lambda: self._change(old, new, repeated),
            owner=self,
            label=self.tr("Changing the passphrase…"),
            done=self._changed,
            failed=self._refused,
            line=self.task_line,
        )

    @property
    def busy(self) -> bool:
        """True while the change runs (its outcome is not shown yet)."""
        return self._task is not None

    def _changed(self, _result: object) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, failure: Failure) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        error = failure.error
        if isinstance(error, ValidationError):
            target = (self.repeat_error, self.repeat)
            if error.field is ValidationField.PASSPHRASE:
                target = (self.new_error, self.new)
            target[0].show_message(failure.message)
            target[1].setFocus()
            return
        wrong = error is not None and error.code is ErrorCode.WRONG_PASSPHRASE
        label = self.old_error if wrong else self.new_error
        label.show_message(failure.message)
        self.old.setFocus()
