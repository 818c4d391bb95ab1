"""The privacy scan shown under a text field while the user types."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from tyoparipaivakirja.core.privacy import FindingKind, redact_hetus, scan

SCAN_DELAY_MS = 250

type TextWidget = QPlainTextEdit | QLineEdit


def _text(widget: TextWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


class PrivacyNotice(QWidget):
    """Warns about identifying details in one text field; replaces a henkilötunnus in one click."""

    def __init__(self, watched: TextWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watched = watched
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.replace_button = QPushButton(self.tr("Remove the identity code"))
        self.replace_button.clicked.connect(self.replace_identity_codes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.replace_button)
        self.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCAN_DELAY_MS)
        self._timer.timeout.connect(self.rescan)
        signal = watched.textChanged
        signal.connect(self._timer.start)

    @property
    def watched(self) -> TextWidget:
        """The text field this notice scans."""
        return self._watched

    @property
    def has_blocking_finding(self) -> bool:
        return any(f.blocking for f in scan(_text(self._watched)))

    def rescan(self) -> None:
        kinds = {finding.kind for finding in scan(_text(self._watched))}
        messages = []
        if FindingKind.HETU in kinds:
            messages.append(
                self.tr(
                    "This text contains a personal identity code (henkilötunnus). "
                    "Do not write identifying details into the journal."
                )
            )
        if FindingKind.HETU_LIKE in kinds:
            messages.append(self.tr("Something here looks like a personal identity code."))
        if FindingKind.PHONE in kinds:
            messages.append(self.tr("This text seems to contain a phone number."))
        if FindingKind.EMAIL in kinds:
            messages.append(self.tr("This text seems to contain an e-mail address."))
        if messages and FindingKind.HETU not in kinds:
            messages.append(self.tr("Remove it if it belongs to a client."))
        self.label.setText(" ".join(messages))
        self.label.setAccessibleName(self.label.text())
        self.replace_button.setVisible(FindingKind.HETU in kinds)
        bold = "font-weight: bold;" if FindingKind.HETU in kinds else ""
        self.label.setStyleSheet(bold)
        self.setVisible(bool(messages))

    def replace_identity_codes(self) -> None:
        cleaned = redact_hetus(_text(self._watched))
        if isinstance(self._watched, QPlainTextEdit):
            self._watched.setPlainText(cleaned)
        else:
            self._watched.setText(cleaned)
        self.rescan()
