"""Check boxes and radio buttons follow the text at 200 %, in table cells too, whatever the
system style draws.

Measured here (Fusion): the style is asked for the indicator's size in a table cell as
for a check box, and draws into the rect it gets, so the "Tehty" boxes grew with
``TextScaledStyle``'s size already (13 → 21 px). Other styles draw at a fixed size
whatever the rect: Qt's Windows 11 style draws a radio button as a 7.5 px circle and the
check mark in a fixed icon font. ``FixedSizeStyle`` below draws like that, so the tests
prove the indicators grow under such a style too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCommonStyle,
    QRadioButton,
    QStyle,
    QStyleOption,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tyoparipaivakirja.gui.common.theme import TextScaledStyle
from tyoparipaivakirja.gui.debriefs.follow_ups_page import FollowUpModel
from tyoparipaivakirja.storage.debriefs import OpenFollowUp

INK = QColor("#000000")
NATURAL = 13  # the fixed style's own indicator size, as most styles at 100 %


class FixedSizeStyle(QCommonStyle):
    """Draws indicators at one fixed size, centred in whatever rect it is given."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_IndicatorWidth,
            QStyle.PixelMetric.PM_IndicatorHeight,
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        ):
            return NATURAL
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        ):
            box = QRectF(0, 0, NATURAL, NATURAL)
            box.moveCenter(QRectF(option.rect).center())
            painter.fillRect(box, INK)
            return
        if element is QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck:
            self.proxy().drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter, widget
            )
            return
        super().drawPrimitive(element, option, painter, widget)


def inked_size(image: QImage) -> tuple[int, int]:
    """Width and height of the black pixels' bounding box."""
    xs: list[int] = []
    ys: list[int] = []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() < 60:
                xs.append(x)
                ys.append(y)
    return (max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else (0, 0)


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    yield font


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_buttons_grow_with_the_text_under_a_fixed_size_style(
    qtbot: QtBot, large_font: QFont, kind: type[QCheckBox] | type[QRadioButton]
) -> None:
    """A check box or radio button at 200 % text is drawn about as tall as three quarters
    of its line, even where the system style would draw it at its own fixed size."""
    style = TextScaledStyle(FixedSizeStyle())
    button = kind("")  # the indicator alone
    button.setStyle(style)
    button.setFont(large_font)
    qtbot.addWidget(button)
    button.show()
    wanted = round(button.fontMetrics().height() * 0.75)
    width, height = inked_size(button.grab().toImage())
    assert wanted > NATURAL * 1.4
    assert width >= wanted - 2 and height >= wanted - 2


def test_check_boxes_in_table_cells_grow_with_the_text(qtbot: QtBot, large_font: QFont) -> None:
    """The "Tehty" check box of a table cell at 200 % is drawn as large as a check box
    beside it, under a style that draws a fixed size."""
    style = TextScaledStyle(FixedSizeStyle())
    table = QTableWidget(1, 1)
    table.setStyle(style)
    table.setFont(large_font)
    item = QTableWidgetItem("")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    table.setItem(0, 0, item)
    table.setShowGrid(False)
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    qtbot.addWidget(table)
    table.show()
    cell = table.visualItemRect(item)
    image = table.viewport().grab(cell).toImage()
    wanted = round(table.fontMetrics().height() * 0.75)
    width, height = inked_size(image)
    assert width >= wanted - 2 and height >= wanted - 2, (width, height, wanted)


def test_the_follow_ups_done_column_grows_in_the_app_style(
    qtbot: QtBot, qapp: QApplication, large_font: QFont
) -> None:
    """With the app's own style (the system style, here Fusion), the follow-ups' "Done"
    box at 200 % is drawn at least 1.5 times its 100 % size."""
    sizes: list[int] = []
    for font in (QFont(qapp.font()), large_font):
        view = QTableView()
        view.setStyle(TextScaledStyle())
        view.setFont(font)
        item = OpenFollowUp("f1", "e1", "Soita", "", None, date(2026, 12, 1), "A-01")
        model = FollowUpModel([item], [], date(2026, 12, 5))
        view.setModel(model)
        view.resizeColumnsToContents()
        view.resizeRowsToContents()
        qtbot.addWidget(view)
        view.show()
        rect = view.visualRect(model.index(0, 0))
        sizes.append(_box_size(view.viewport().grab(rect).toImage()))
    assert sizes[1] >= 1.5 * sizes[0], sizes


def _box_size(image: QImage) -> int:
    """The height of the drawn check box's frame (its darkest edge pixels)."""
    darkest = min(
        image.pixelColor(x, y).lightness()
        for y in range(image.height())
        for x in range(image.width())
    )
    ys = [
        y
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() <= darkest + 40
    ]
    return max(ys) - min(ys) + 1 if ys else 0
