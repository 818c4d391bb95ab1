"""Small reusable widgets: passphrase fields, inline field errors, the form column."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.core.passphrase import Strength
from tyoparipaivakirja.gui.common.theme import readable_on

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

    message_changed = Signal(str)  # the new message; "" when it was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setAccessibleName(self.tr("Error"))
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        # Colour only supports the bold text: meaning is never carried by colour alone.
        # The red is used only where it keeps 4.5:1 on the window (else the text colour).
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        red = QColor("#ffb4ab" if window.lightness() < 128 else "#9c1c1c")
        colour = readable_on(window, red, palette.color(QPalette.ColorRole.WindowText), 4.5)
        self.setStyleSheet(f"color: {colour.name()};")

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
        self.message_changed.emit(text)

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
        self._strength_visible = with_strength
        self._error: FieldError | None = None
        # What someone who knows the pair knows (names): set by the form that owns this.
        self.context: Callable[[], Iterable[str]] = tuple
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
        self._strength_visible = visible
        if self._meter is not None:
            self._meter.setVisible(visible)
        self._show_hint()

    @property
    def has_strength_hint(self) -> bool:
        return self._hint is not None

    def attach_error(self, error: FieldError) -> None:
        """The line that says what is wrong with this field (``labelled`` attaches it).

        The field's strength hint and a refusal say the same reasons, so only one of them
        shows: while the error line has a message, it stands where the hint was; once the
        passphrase is edited, the message (about the text before) goes and the hint, about
        the text now, comes back."""
        self._error = error
        error.message_changed.connect(self._show_hint)
        self._show_hint()

    def _show_hint(self) -> None:
        if self._hint is not None:
            refused = self._error is not None and bool(self._error.text())
            self._hint.setVisible(self._strength_visible and not refused)

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
        if self._error is not None and self._error.text():
            self._error.clear_message()
        self._update_strength(text)
        self.text_changed.emit(text)

    def _update_strength(self, text: str) -> None:
        if self._meter is None or self._hint is None:
            return
        report = None
        if text:  # the empty field (a new window) needs neither import
            from tyoparipaivakirja.actions.passphrases import estimate

            report = estimate(text, self.context())
        strength = report.strength if report is not None else Strength.TOO_SHORT
        self._meter.setValue(int(strength))
        hints = {
            Strength.TOO_SHORT: self.tr(
                "At least 12 characters. Four or more words that have nothing to do with "
                "each other or with you are easy to remember and hard to guess."
            ),
            Strength.WEAK: self.tr("Too easy to guess."),
            Strength.ACCEPTABLE: self.tr(
                "Good enough. One more unrelated word would make it strong."
            ),
            Strength.STRONG: self.tr("Strong passphrase."),
        }
        hint = hints[strength]
        if report is not None and strength is Strength.WEAK:
            from tyoparipaivakirja.messages import passphrase_advice

            hint += " " + passphrase_advice(report.weaknesses)
        self._hint.setText(hint)
        self._meter.setAccessibleDescription(hint)


class TypingSpinBox(QSpinBox):
    """A number field that takes what is typed after a click.

    A plain spin box puts the cursor where it was clicked, inside "not agreed" or
    "10 min", so a typed digit makes the text invalid and is silently dropped. Here the
    first click into the field selects the number, and a digit typed over the special
    text ("not agreed") replaces it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._select_on_release = False
        self.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit():
            kind = event.type()
            if kind == QEvent.Type.MouseButtonPress:
                self._select_on_release = (
                    not self.lineEdit().hasFocus() or self._showing_special_text()
                )
            elif kind == QEvent.Type.MouseButtonRelease and self._select_on_release:
                self._select_on_release = False
                QTimer.singleShot(0, self.selectAll)
            elif (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.text().isdigit()
                and self._showing_special_text()
            ):
                self.selectAll()
        return super().eventFilter(watched, event)

    def _showing_special_text(self) -> bool:
        return bool(self.specialValueText()) and self.value() == self.minimum()


def shrinkable(combo: QComboBox, characters: int = 8) -> QComboBox:
    """Let a choice be narrower than its longest item (the list still shows it whole),
    so a row of choices fits a window at 200 % text size."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def fit_to_screen(widget: QWidget, width: int, height: int, share: float = 0.92) -> QSize:
    """``width`` × ``height``, but at most ``share`` of the free room on the screen the
    widget (or its parent window) is on: a dialog never reaches past a laptop's screen."""
    parent = widget.parentWidget()
    window = parent.window() if parent is not None else widget
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    room = screen.availableGeometry()
    return QSize(min(width, int(room.width() * share)), min(height, int(room.height() * share)))


class HeightFitter(QObject):
    """Keeps a dialog as tall as its wrapped texts need at its width (within the screen).

    A dialog sized once when it opens is cut off as soon as a longer text appears in it:
    a passphrase's reasons while typing, a refusal under a field, at 200 % text all the
    more. Whenever the dialog's layout changes, its height follows (installed by
    ``keep_height_fitted``)."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._pending = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
        ):
            self._schedule()
        return False

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)  # cancelled if the dialog goes first

    def fit(self) -> None:
        """Resize the dialog's height to what its content needs at its current width."""
        self._pending = False
        dialog, layout = self._dialog, self._dialog.layout()
        if layout is None or not dialog.isVisible():
            return
        layout.activate()
        width = dialog.width()
        if layout.hasHeightForWidth():
            wanted = layout.totalHeightForWidth(width)
        else:
            wanted = layout.totalSizeHint().height()
        height = fit_to_screen(dialog, width, max(wanted, layout.totalMinimumSize().height()))
        if height.height() != dialog.height():
            dialog.resize(width, height.height())


def keep_height_fitted(dialog: QWidget, characters: int = 64, least: int = 480) -> HeightFitter:
    """Make ``dialog`` about ``characters`` wide in its font, at least ``least`` pixels
    (never wider than the screen allows), and keep its height fitted to its content."""
    width = max(least, text_width(dialog, characters))
    dialog.setMinimumWidth(fit_to_screen(dialog, width, 0).width())
    return HeightFitter(dialog)


def text_width(widget: QWidget, characters: int) -> int:
    """The width of about ``characters`` average characters in the widget's font."""
    return widget.fontMetrics().averageCharWidth() * characters


def text_lines(widget: QWidget, lines: float) -> int:
    """The height of ``lines`` lines of text in the widget's font (plus a frame)."""
    return int(widget.fontMetrics().lineSpacing() * lines) + 2 * 6


def form_column(content: QWidget) -> QScrollArea:
    """Put a one-column form in a scroll area, centred: at most FORM_MAX_WIDTH wide, or
    about 100 characters when the text is large, so lines stay readable at 200 %."""
    content.setMaximumWidth(max(FORM_MAX_WIDTH, text_width(content, 100)))
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


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` until it is in view, and focus it: the
    first problem of a refused save is where the user looks next, however long the form."""
    for _ in range(3):  # messages just shown change the layout: let it settle first
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    around = widget.parentWidget()  # the field with its label, notice and message
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            if around is not None and around.height() <= parent.viewport().height() // 2:
                parent.ensureWidgetVisible(around, 24, 24)
            parent.ensureWidgetVisible(widget, 24, 48)
        parent = parent.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def not_saved_text(problem: str) -> str:
    """What a save button's neighbour says when the save was refused."""
    return QApplication.translate("Widgets", "Not saved: %1").replace("%1", problem)


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
        if isinstance(field, PassphraseField) and field.has_strength_hint:
            field.attach_error(error)
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


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps to a new line when the row is full, so a
    row of buttons stays whole at 200 % text size instead of widening the window."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() + self._spacing for item in self._items)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y = rect.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class ResponsiveRow(QWidget):
    """Widgets side by side while they fit, one under the other when they do not (at
    200 % text size or in a narrow window), instead of widening the page."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._widgets: list[QWidget] = []

    def add(self, widget: QWidget, stretch: int = 1) -> None:
        self._widgets.append(widget)
        self.box.addWidget(widget, stretch, Qt.AlignmentFlag.AlignTop)

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def _width_needed(self) -> int:
        shown = [w for w in self._widgets if not w.isHidden()]
        return sum(w.minimumSizeHint().width() for w in shown) + self.box.spacing() * max(
            len(shown) - 1, 0
        )

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest single widget: the row may stack instead."""
        shown = [w for w in self._widgets if not w.isHidden()]
        width = max((w.minimumSizeHint().width() for w in shown), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self._width_needed()
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self.box.direction():
            self.box.setDirection(direction)
        super().resizeEvent(event)
