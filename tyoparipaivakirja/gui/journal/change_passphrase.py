"""Changing a passphrase: the pair's, or a member's own personal-area passphrase."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.core.errors import (
    ErrorCode,
    JournalError,
    ValidationError,
    ValidationField,
)
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    PassphraseField,
    busy_cursor,
    keep_height_fitted,
    labelled,
    paragraph,
)
from tyoparipaivakirja.messages import error_message

# Called with (old, new, repeated); raises the typed errors of core.errors.
ChangeFunction = Callable[[str, str, str], None]


class ChangePassphraseDialog(QDialog):
    """Old passphrase, new passphrase twice; the change runs only when all is right."""

    def __init__(
        self,
        title: str,
        explanation: str,
        change: ChangeFunction,
        parent: QWidget | None = None,
        context: Callable[[], Iterable[str]] = tuple,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._change = change
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
        try:
            with busy_cursor():
                self._change(self.old.text(), self.new.text(), self.repeat.text())
        except ValidationError as error:
            target = (self.repeat_error, self.repeat)
            if error.field is ValidationField.PASSPHRASE:
                target = (self.new_error, self.new)
            target[0].show_message(error_message(error))
            target[1].setFocus()
            return
        except JournalError as error:
            label = self.old_error if error.code is ErrorCode.WRONG_PASSPHRASE else self.new_error
            label.show_message(error_message(error))
            self.old.setFocus()
            return
        self.accept()
