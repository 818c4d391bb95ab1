"""Colour and focus: a visible focus ring, contrast checks, and a dark palette for looking.

The app uses the system's style and palette (dark and high-contrast modes included);
everything drawn by the app itself derives its colours from the palette. Two additions:

- ``FocusRing`` draws a thick ring in the palette's highlight colour around whichever
  control has keyboard focus, so focus is plain to see in every style and palette
  (several styles show it only as a faint dotted line or a slight tint).
- ``dark_palette`` is a dark system palette for screenshots and tests, as a person with
  dark mode on would see the app.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

RING_WIDTH = 3


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.1 contrast ratio, 1.0 … 21.0."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def mix(first: QColor, second: QColor, share_of_first: float) -> QColor:
    """A colour between two others (``share_of_first`` 0 … 1)."""
    rest = 1.0 - share_of_first
    return QColor.fromRgbF(
        first.redF() * share_of_first + second.redF() * rest,
        first.greenF() * share_of_first + second.greenF() * rest,
        first.blueF() * share_of_first + second.blueF() * rest,
    )


def readable_on(background: QColor, preferred: QColor, fallback: QColor, minimum: float) -> QColor:
    """``preferred`` when it reaches ``minimum`` contrast on ``background``, else
    ``fallback`` (normally the palette's text colour)."""
    return preferred if contrast_ratio(preferred, background) >= minimum else fallback


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def focus_colour(palette: QPalette) -> QColor:
    """The ring's colour: the highlight when it stands out from the window (3:1, as
    WCAG asks of focus indicators), else the text colour."""
    window = palette.color(QPalette.ColorRole.Window)
    return readable_on(
        window,
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(QPalette.ColorRole.WindowText),
        3.0,
    )


# The app's one calm accent (a muted blue), lighter on a dark palette; never red, as
# the well-being views must carry no alarm colour.
CALM_ACCENT_LIGHT = "#2c6e91"
CALM_ACCENT_DARK = "#8cc4e0"


def calm_accent(
    palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Base
) -> QColor:
    """The calm accent for ``palette``: the blue that suits a light or dark palette, or
    the text colour where the blue would not stand out (3:1) on the background, as in
    high-contrast palettes."""
    back = palette.color(background)
    blue = QColor(CALM_ACCENT_DARK if back.lightness() < 128 else CALM_ACCENT_LIGHT)
    return readable_on(back, blue, palette.color(QPalette.ColorRole.Text), 3.0)


def quiet_ink(palette: QPalette) -> QColor:
    """A quieter text colour for markers and grid lines, derived from the palette so it
    keeps 3:1 on the base colour in light, dark and high-contrast palettes alike."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    for share in (0.6, 0.7, 0.8, 0.9, 1.0):
        colour = mix(text, base, share)
        if contrast_ratio(colour, base) >= 3.0:
            return colour
    return text


def dark_palette() -> QPalette:
    """A dark palette like a desktop's dark mode (for screenshots and tests)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        # Fields a little lighter than the window, so their edges show in any style.
        QPalette.ColorRole.Base: "#3a3d42",
        QPalette.ColorRole.AlternateBase: "#44474c",
        QPalette.ColorRole.ToolTipBase: "#3c3f44",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#a0a4a8",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#3a3d41",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#505357",
        QPalette.ColorRole.Midlight: "#44474b",
        QPalette.ColorRole.Mid: "#35383b",
        QPalette.ColorRole.Dark: "#1a1b1d",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#4f9fd6",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.Link: "#8cc4e0",
        QPalette.ColorRole.LinkVisited: "#c39ae0",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8d91"))
    return palette


class FocusRing(QWidget):
    """A ring around the focused control; follows focus, never takes clicks or focus.

    It is a sibling of the focused control (a child of its parent), so it moves along
    when a page scrolls, and it is raised above the control's neighbours.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        self.target: QWidget | None = None
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        """Put the ring around ``widget`` (None, or a window itself: hide it)."""
        # The control that had focus may be gone already (a page deleted on locking).
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        parent = widget.parentWidget() if widget is not None else None
        if widget is None or parent is None or widget.isWindow():
            self.hide()
            return
        # In a scroll area the viewport is the control people see.
        if isinstance(parent, QWidget) and isinstance(parent.parentWidget(), QAbstractScrollArea):
            scroll = parent.parentWidget()
            if scroll is not None and parent is getattr(scroll, "viewport", lambda: None)():
                widget, parent = scroll, scroll.parentWidget()
                if parent is None:
                    self.hide()
                    return
        self.target = widget
        if self.parentWidget() is not parent:
            self.setParent(parent)
        widget.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        target = self.target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        margin = RING_WIDTH + 1
        self.setGeometry(target.geometry().adjusted(-margin, -margin, margin, margin))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(focus_colour(self.palette()), RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH // 2 + 1
        rect = QRect(self.rect()).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(rect, 4, 4)
        painter.end()


class FocusRingKeeper(QObject):
    """Moves the ring along with focus; makes a new ring when a page that held the old
    one was deleted (as happens to the journal's pages on locking)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_moved)

    def current_ring(self) -> FocusRing:
        if self.ring is None or not shiboken6.isValid(self.ring):
            self.ring = FocusRing()
        return self.ring

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.current_ring().follow(new)


def install_focus_ring(app: QApplication) -> FocusRingKeeper:
    """Show a focus ring around the focused control for the rest of the app's life."""
    existing = app.findChild(FocusRingKeeper)
    return existing if isinstance(existing, FocusRingKeeper) else FocusRingKeeper(app)


# A check box or radio button about as tall as three quarters of its text line: the
# styles' own 13 px at 100 % text, twice that at 200 %.
INDICATOR_SHARE = 0.75
_INDICATOR_METRICS = frozenset(
    {
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    }
)


# Each indicator drawn here and the metrics of its own size in the system style.
_INDICATOR_SIZES = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox: (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
    ),
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck: (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
    ),
    QStyle.PrimitiveElement.PE_IndicatorRadioButton: (
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    ),
}


class TextScaledStyle(QProxyStyle):
    """The system style, with check boxes and radio buttons that grow with the text.

    Styles draw the indicators at a fixed pixel size, so at 200 % text they stayed
    tiny beside words twice as tall (hard to see, hard to hit). Their size is asked
    here (``pixelMetric``), for a check box as for a check box in a table cell; and as
    some system styles draw at their own size whatever room they get (Windows 11 draws a
    radio button as a fixed circle and its check mark in a fixed icon font), each
    indicator is drawn at the style's own size and scaled up to the room it has."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        base = super().pixelMetric(metric, option, widget)
        if metric in _INDICATOR_METRICS and widget is not None:
            return max(base, round(widget.fontMetrics().height() * INDICATOR_SHARE))
        return base

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        sizes = _INDICATOR_SIZES.get(element)
        natural = self._natural_size(sizes) if sizes is not None else None
        room = option.rect
        if natural is None or min(room.width(), room.height()) <= max(natural):
            super().drawPrimitive(element, option, painter, widget)
            return
        # Drawn at the style's own size, then scaled into the room, centred: the same
        # picture at any text size, whatever the style does with a larger rect.
        width, height = natural
        factor = min(room.width() / width, room.height() / height)
        small = type(option)(option)
        small.rect = QRect(0, 0, width, height)
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(
                room.x() + (room.width() - width * factor) / 2,
                room.y() + (room.height() - height * factor) / 2,
            )
            painter.scale(factor, factor)
            super().drawPrimitive(element, small, painter, widget)
        finally:
            painter.restore()

    def _natural_size(
        self, sizes: tuple[QStyle.PixelMetric, QStyle.PixelMetric]
    ) -> tuple[int, int] | None:
        """The system style's own size of an indicator (as at 100 % text)."""
        base = self.baseStyle()
        width, height = (base.pixelMetric(metric, None, None) for metric in sizes)
        return (width, height) if width > 0 and height > 0 else None


def install_text_scaled_style(app: QApplication, name: str = "") -> None:
    """Use the system style (or the style ``name``) with indicators that follow the text."""
    app.setStyle(TextScaledStyle(name) if name else TextScaledStyle())


def use_dark_palette(app: QGuiApplication) -> None:
    """Switch the running app to the dark palette (for screenshots and tests)."""
    app.setPalette(dark_palette())
