"""Small reusable widgets: passphrase fields, inline field errors, the form column."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.core.passphrase import Strength, assess

FORM_MAX_WIDTH = 720


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor for the duration of a block, restored however the block ends."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def heading(text: str, level: int = 1) -> QLabel:
    """A heading label; level 1 is the page title, level 2 a section."""
    label = QLabel(text)
    if level > 1:
        label.setContentsMargins(0, 14, 0, 2)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.2))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    """Wrapped body text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FieldError(QLabel):
    """A plain-language message shown right under the field it concerns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setAccessibleName(self.tr("Error"))
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        # Colour only supports the bold text: meaning is never carried by colour alone.
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setStyleSheet(f"color: {'#ffb4ab' if dark else '#9c1c1c'};")

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


class PassphraseField(QWidget):
    """A passphrase input with a show/hide toggle and, optionally, a strength hint."""

    text_changed = Signal(str)
    return_pressed = Signal()

    def __init__(
        self, accessible_name: str, *, with_strength: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMaxLength(1024)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Show"))
        self.toggle.setAccessibleName(self.tr("Show passphrase"))
        self.toggle.setToolTip(self.tr("Show or hide the passphrase"))
        self.toggle.toggled.connect(self._set_visible)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self._meter: QProgressBar | None = None
        self._hint: QLabel | None = None
        if with_strength:
            self._meter = QProgressBar()
            self._meter.setRange(0, int(Strength.STRONG))
            self._meter.setTextVisible(False)
            self._meter.setMaximumHeight(8)
            self._meter.setAccessibleName(self.tr("Passphrase strength"))
            self._hint = QLabel()
            self._hint.setWordWrap(True)
            layout.addWidget(self._meter)
            layout.addWidget(self._hint)
            self._update_strength("")
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self.return_pressed)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_strength_visible(self, visible: bool) -> None:
        """Show the strength hint only where a new passphrase is being chosen."""
        if self._meter is not None and self._hint is not None:
            self._meter.setVisible(visible)
            self._hint.setVisible(visible)

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)

    def _set_visible(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if visible else self.tr("Show"))
        self.toggle.setAccessibleName(
            self.tr("Hide passphrase") if visible else self.tr("Show passphrase")
        )

    def _on_text_changed(self, text: str) -> None:
        self._update_strength(text)
        self.text_changed.emit(text)

    def _update_strength(self, text: str) -> None:
        if self._meter is None or self._hint is None:
            return
        strength = assess(text).strength if text else Strength.TOO_SHORT
        self._meter.setValue(int(strength))
        hints = {
            Strength.TOO_SHORT: self.tr(
                "At least 12 characters. Several words in a row are easy to remember, "
                "for example: kesä-aamu-kahvi-termos."
            ),
            Strength.WEAK: self.tr("Too easy to guess: add a word or two."),
            Strength.ACCEPTABLE: self.tr("Good enough. One more word would make it strong."),
            Strength.STRONG: self.tr("Strong passphrase."),
        }
        self._hint.setText(hints[strength])
        self._meter.setAccessibleDescription(hints[strength])


def form_column(content: QWidget) -> QScrollArea:
    """Put a one-column form in a scroll area, at most FORM_MAX_WIDTH wide, centred."""
    content.setMaximumWidth(FORM_MAX_WIDTH)
    holder = QWidget()
    outer = QHBoxLayout(holder)
    outer.addStretch(1)
    outer.addWidget(content, 100)
    outer.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(holder)
    return scroll


def labelled(
    label_text: str, field: QWidget, error: FieldError | None = None, hint: str = ""
) -> QWidget:
    """A label above its field, with an optional hint and error line below."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 4)
    label = QLabel(label_text)
    label.setBuddy(field.focusProxy() or field)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    layout.addWidget(label)
    if hint:
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        layout.addWidget(hint_label)
    layout.addWidget(field)
    if error is not None:
        layout.addWidget(error)
    if not field.accessibleName():
        field.setAccessibleName(label_text.replace("&", ""))
    return box


def action(parent: QWidget, text: str, shortcut: str = "", tip: str = "") -> QAction:
    """A QAction whose tooltip shows its shortcut."""
    act = QAction(text, parent)
    if shortcut:
        act.setShortcut(shortcut)
    clean = text.replace("&", "").rstrip("…")
    shortcut_text = act.shortcut().toString() if shortcut else ""
    act.setToolTip(f"{tip or clean} ({shortcut_text})" if shortcut_text else (tip or clean))
    return act
