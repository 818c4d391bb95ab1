"""The privacy scan shown under a text field (or a list of texts) while the user types."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from tyoparipaivakirja.core.privacy import FindingKind, redact_hetus, scan

SCAN_DELAY_MS = 250

type TextWidget = QPlainTextEdit | QLineEdit


def _text(widget: TextWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


class PrivacyNotice(QWidget):
    """Warns about identifying details in one text field, or in several texts (an agenda,
    the agreements), and replaces a henkilötunnus in one click.

    Give it the field it watches, or ``texts`` (the texts to scan) and ``redact`` (which
    replaces every henkilötunnus in them); ``watch`` connects more change signals.
    """

    def __init__(
        self,
        watched: TextWidget | None = None,
        parent: QWidget | None = None,
        *,
        texts: Callable[[], list[str]] | None = None,
        redact: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._watched = watched
        self._texts = texts
        self._redact = redact
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
        if watched is not None:
            self.watch(watched.textChanged)

    def watch(self, signal: SignalInstance) -> None:
        """Scan again shortly after ``signal`` (a text changed), whatever it carries."""
        signal.connect(self._scan_soon)  # a method: the connection ends with this widget

    def _scan_soon(self, *_args: object) -> None:
        self._timer.start()

    def texts(self) -> list[str]:
        if self._texts is not None:
            return self._texts()
        return [_text(self._watched)] if self._watched is not None else []

    def _kinds(self) -> set[FindingKind]:
        return {finding.kind for text in self.texts() for finding in scan(text)}

    @property
    def watched(self) -> TextWidget | None:
        """The text field this notice scans (None when it scans several texts)."""
        return self._watched

    @property
    def has_blocking_finding(self) -> bool:
        return FindingKind.HETU in self._kinds()

    def rescan(self) -> None:
        kinds = self._kinds()
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
        if self._redact is not None:
            self._redact()
        elif isinstance(self._watched, QPlainTextEdit):
            self._watched.setPlainText(redact_hetus(_text(self._watched)))
        elif self._watched is not None:
            self._watched.setText(redact_hetus(_text(self._watched)))
        self.rescan()
