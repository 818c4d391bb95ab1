"""Python's cyclic garbage collector, run on the GUI thread only.

CPython collects reference cycles in whichever thread crosses the allocation threshold.
The task runner's workers allocate plenty (reading an import file, building an export),
so a collection could start there and destroy Qt objects caught in a cycle (a closed
dialog and its lambdas) from the wrong thread, which crashes the process: seen as a
segmentation fault with "Garbage-collecting" on the import worker while
``tools/screenshots.py`` opened the import dialog after closing the backups dialog.
Automatic collection is turned off and a timer on the GUI thread runs the same
generational collection instead (the pattern calibre and pyqtgraph use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that garbage never piles up for long, rare enough to cost nothing: a check
# is one call, and a young-generation collection takes well under a millisecond.
CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on this (GUI) thread's timer, by
    CPython's own thresholds; ``stop`` gives collection back to CPython."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """Collect the generations CPython would have collected by now."""
        young, middle, old = gc.get_count()
        if young <= self._thresholds[0]:
            return
        generation = 0
        if middle > self._thresholds[1]:
            generation = 2 if old > self._thresholds[2] else 1
        gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(parent: QObject) -> None:
    """Install the collector once per process (``make_application``)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(parent)
