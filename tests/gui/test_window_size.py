"""The main window opens as large as the debrief list needs, but never off a small screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tyoparipaivakirja.gui.main_window import PREFERRED_SIZE, first_size


def test_window_fits_the_screen_it_opens_on(qapp: QApplication) -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry()
    width, height = first_size(screen)
    assert width < room.width() and height < room.height()  # a margin is left
    assert width <= PREFERRED_SIZE[0] and height <= PREFERRED_SIZE[1]
    assert first_size(None) == PREFERRED_SIZE  # no screen known: the roomy size
