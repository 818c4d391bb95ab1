"""Reference cycles are collected on the GUI thread, never on a worker.

A collection started on a worker thread can destroy Qt objects from the wrong thread
and crash the app (``gui/common/collector.py``)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from tyoparipaivakirja.gui.common.collector import GuiThreadCollector


class InACycle:
    """Garbage only the cycle collector frees; says on which thread it was freed."""

    def __init__(self, freed_on_gui_thread: list[bool]) -> None:
        self.freed_on_gui_thread = freed_on_gui_thread
        self.me = self

    def __del__(self) -> None:
        self.freed_on_gui_thread.append(threading.current_thread() is threading.main_thread())


def test_a_worker_allocating_never_collects_and_the_gui_thread_does(qtbot: QtBot) -> None:
    parent = QObject()
    collector = GuiThreadCollector(parent)
    kept: list[object] = []
    try:
        freed_on_gui_thread: list[bool] = []
        InACycle(freed_on_gui_thread)
        # Far past the young generation's threshold: with automatic collection on, the
        # worker would collect the cycle itself.
        worker = threading.Thread(target=lambda: kept.append([[] for _ in range(50_000)]))
        worker.start()
        worker.join()
        assert freed_on_gui_thread == []
        qtbot.waitUntil(lambda: bool(freed_on_gui_thread), timeout=3000)
        assert freed_on_gui_thread == [True]
    finally:
        collector.stop()
        kept.clear()
    assert gc.isenabled()
