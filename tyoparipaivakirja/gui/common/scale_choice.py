"""Answering one instrument item: radio buttons for the item's scale, built from its data;
and the small widgets the well-being screens share.

A "list" scale (Elo 1–5, the burnout item) is one option per line with the label
beside the number, wrapped when long. A "row" scale is side by side: its labels when
every value has one (item 2), else numbers with the end words below (0–4, 0–10).
Nothing is chosen at first; an optional item may be left unanswered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.core.instruments import Audience, Item, LocalText, Scale, ScaleLabel
from tyoparipaivakirja.gui.common.widgets import FieldError, FlowLayout

# The "language" of texts given by the app itself (already translated with tr()).
_OWN_TEXT = "app"
_ARROW_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class _OptionLabel(QLabel):
    """The wrapped text of one option; clicking it clicks the option's button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._button = button

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._button.click()
        event.accept()


def calm_error() -> FieldError:
    """An inline message for the well-being screens: bold text in the normal colour, since
    these screens use no red (the words carry the meaning, as they always must)."""
    error = FieldError()
    error.setStyleSheet("")
    return error


class WrappedCheckBox(QWidget):
    """A check box whose long text wraps instead of being cut off."""

    toggled = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None, wrap: bool = True) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.toggled.connect(self.toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        self.label = _OptionLabel(text, self.box)
        self.label.setWordWrap(wrap)
        row.addWidget(self.label, 1)
        self.setFocusProxy(self.box)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(checked)
        self.box.blockSignals(False)

    def text(self) -> str:
        return self.label.text()


class ScaleChoice(QWidget):
    """One item's answer. ``original`` (a language code) adds the original wording of each
    option as its tooltip when the shown text is a descriptive translation."""

    changed = Signal()

    def __init__(
        self,
        item: Item,
        language: str,
        original: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QRadioButton] = {}
        short = item.short.get(language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if item.scale.row:
            self._build_row(layout, language, short, original)
        else:
            self._build_list(layout, language, original, short)
        self.group.idClicked.connect(lambda _id: self.changed.emit())

    @classmethod
    def numeric(
        cls,
        minimum: int,
        maximum: int,
        short: str,
        low_end: str,
        high_end: str,
        parent: QWidget | None = None,
    ) -> ScaleChoice:
        """The same row of choices for a question that is not an instrument item (a
        visit's strain 0–10): numbers side by side, the end words below, arrow keys."""
        text = LocalText({_OWN_TEXT: short})
        ends = (
            ScaleLabel(minimum, LocalText({_OWN_TEXT: low_end})),
            ScaleLabel(maximum, LocalText({_OWN_TEXT: high_end})),
        )
        item = Item(
            "numeric",
            text,
            text,
            Scale(minimum, maximum, ends, True),
            True,
            True,
            Audience.EVERYONE,
        )
        return cls(item, _OWN_TEXT, parent=parent)

    def _build_list(
        self, layout: QVBoxLayout, language: str, original: str | None, short: str
    ) -> None:
        ordered = [label.value for label in self.item.scale.labels] or list(self.item.scale.values)
        for value in ordered:
            label = self.item.scale.label(value)
            text = label.get(language) if label is not None else ""
            button = QRadioButton(str(value))
            button.setAccessibleName(f"{short}: {value} {text}".strip())
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            option = _OptionLabel(text, button)
            if original and label is not None and label.has(original):
                option.setToolTip(label.get(original))
                button.setToolTip(label.get(original))
            row.addWidget(option, 1)
            layout.addLayout(row)
            self._add(value, button)

    def _build_row(
        self, layout: QVBoxLayout, language: str, short: str, original: str | None
    ) -> None:
        scale = self.item.scale
        all_labelled = all(scale.label(value) is not None for value in scale.values)
        # Numbers flow onto a second line where the row does not fit (half a form column
        # at 100 %, anything at 200 %) instead of widening the page.
        holder = QWidget()
        row: QHBoxLayout | FlowLayout
        if all_labelled:
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
        else:
            row = FlowLayout(holder, spacing=4)
        for value in scale.values:
            label = scale.label(value)
            words = f" {label.get(language)}" if label is not None else ""
            button = QRadioButton(words.strip() if all_labelled else str(value))
            button.setAccessibleName(f"{short}: {value}{words}")
            if original and label is not None and label.has(original):
                button.setToolTip(label.get(original))
            row.addWidget(button)
            if isinstance(row, QHBoxLayout):
                row.addSpacing(8)
            self._add(value, button)
        if isinstance(row, QHBoxLayout):
            row.addStretch(1)
        layout.addWidget(holder)
        ends = [f"{label.value} = {label.text.get(language)}" for label in scale.labels]
        if ends and not all_labelled:
            hint = QLabel("  ·  ".join(ends))
            hint.setWordWrap(True)
            layout.addWidget(hint)

    def _add(self, value: int, button: QRadioButton) -> None:
        self.group.addButton(button, value)
        self.buttons[value] = button
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys move the answer along the scale's order, also where the numbers
        flow onto two lines (Qt's own arrow keys follow the screen, and stop at a line's
        end)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = _ARROW_STEPS.get(Qt.Key(event.key()))
            if step is not None and isinstance(watched, QRadioButton):
                values = list(self.buttons)
                here = next(v for v, b in self.buttons.items() if b is watched)
                index = values.index(here) + step
                if 0 <= index < len(values):
                    target = self.buttons[values[index]]
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                    target.click()
                return True
        return super().eventFilter(watched, event)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen == -1 else chosen

    def set_value(self, value: int | None) -> None:
        """Choose ``value``, or nothing (None)."""
        if value is None or value not in self.buttons:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            return
        self.buttons[value].setChecked(True)
