"""Run one piece of slow work (an import, opening many backups) in the thread pool.

The work must not touch widgets or the open session: it gets plain values and returns
plain values. Exactly one of ``finished`` (with the result) or ``failed`` (with the
``JournalError``) is emitted, and Qt delivers it on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from tyoparipaivakirja.core.errors import JournalError


class BackgroundTask(QObject):
    """One call of ``work`` off the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)  # JournalError

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Job(self))

    def run(self) -> None:
        try:
            result = self._work()
        except JournalError as error:
            self.failed.emit(error)
            return
        self.finished.emit(result)


class _Job(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()
