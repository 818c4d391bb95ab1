"""The one task runner: work off the GUI thread, progress, cancelling, errors, changes.

Everything that may take longer than a moment (a backup, a restore, an export, an
import, a PDF, opening backups, unlocking) is handed to ``TaskRunner.run`` as a plain
callable. The runner

- runs it on a worker thread: work that uses the journal (its session or its folder)
  on the one *journal* worker, one task after another in the order given, so an unlock
  waits for the backup the lock started and no two tasks ever use the session at once;
  other work (building a PDF, reading an import file) on the shared thread pool;
- shows a calm progress line (``TaskLine``) once the work has taken more than
  ``SHOW_AFTER_MS``: what is being done, how far when the work says (``core.progress``),
  and *Cancel* where stopping makes sense;
- brings the outcome back to the GUI thread: the result to ``done``; a typed
  ``JournalError`` as the sentence of ``messages.error_message``; anything unexpected
  logged without content (``process_guard``) and said as the error-id sentence. Both
  reach ``failed`` as a ``Failure``, or, without ``failed``, an error message through
  the dialog seam. A stopped task calls ``cancelled``;
- never calls back into an owner that is gone (a dialog closed meanwhile): its
  callbacks are skipped and its work is asked to stop;
- says what changed: a finished task's ``changes`` (and what a page ``announce``-s after
  saving on the GUI thread) are emitted as ``changed``, and the pages showing those
  kinds of data refresh themselves.

The lock and quit ask it whether journal work is still running (``journal_busy``),
stop what can be stopped (``cancel_journal_tasks``) and go on when it is done
(``when_journal_idle``, or ``wait_journal_idle`` when the event loop has ended).

Learnt from Anki's ``aqt/taskman.py`` and ``aqt/operations``: a serial executor for the
collection and a pool for the rest, results handed to the main thread in one place.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from typing import cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from tyoparipaivakirja import process_guard
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.core.progress import Cancelled, Progress
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.widgets import text_width

# A task that ends sooner shows no progress at all: no flicker for quick work.
SHOW_AFTER_MS = 500
POLL_MS = 100

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a task failed, said for a person: ``message`` is the sentence to show;
    ``error`` the typed error (None for a fault in the app, which ``message`` gives an
    error id for)."""

    message: str
    error: JournalError | None


class Outcome(Enum):
    PENDING = auto()
    DONE = auto()
    FAILED = auto()
    CANCELLED = auto()


class Task[T]:
    """One piece of work handed to the runner: how far it is, and a way to stop it."""

    def __init__(
        self,
        work: Callable[[], T],
        *,
        label: str,
        owner: QObject | None,
        journal: bool,
        cancellable: bool,
        progress: Progress,
        changes: Changes,
        line: TaskLine | None,
        done: Callable[[T], object] | None,
        failed: Callable[[Failure], object] | None,
        cancelled: Callable[[], object] | None,
    ) -> None:
        self.work = work
        self.label = label
        self.owner = owner
        self.journal = journal
        self.cancellable = cancellable
        self.progress = progress
        self.changes = changes
        self.line = line
        self._done = done
        self._failed = failed
        self._cancelled = cancelled
        self.outcome = Outcome.PENDING
        self.result: T | None = None
        self.failure: Failure | None = None
        self.started_at: float | None = None  # monotonic, set by the worker thread
        self.thread_name = ""  # the worker thread that ran it (tests prove it is not the GUI's)
        self.finished = threading.Event()
        self._owner_gone: QMetaObject.Connection | None = None

    @property
    def running(self) -> bool:
        return self.started_at is not None and not self.finished.is_set()

    @property
    def cancel_requested(self) -> bool:
        return self.progress.cancelled

    def cancel(self) -> None:
        """Ask the work to stop at its next step (a queued task never starts)."""
        self.progress.cancel()

    def shown_for_ms(self) -> float:
        """How long the work has been running, in milliseconds (0 while queued)."""
        if self.started_at is None:
            return 0.0
        return (time.monotonic() - self.started_at) * 1000

    def execute(self) -> None:
        """Run the work on the worker thread and keep its outcome (never raises)."""
        self.started_at = time.monotonic()
        self.thread_name = threading.current_thread().name
        try:
            self.progress.check()  # cancelled while it waited in the queue
            self.result = self.work()
            self.outcome = Outcome.DONE
        except Cancelled:
            self.outcome = Outcome.CANCELLED
        except JournalError as error:
            from tyoparipaivakirja.messages import error_message  # loaded when needed

            self.failure = Failure(error_message(error), error)
            self.outcome = Outcome.FAILED
        except BaseException as error:  # a fault in the app: logged without content
            error_id = process_guard.record_unexpected(type(error), error, error.__traceback__)
            from tyoparipaivakirja.messages import unexpected_error_message

            self.failure = Failure(unexpected_error_message(error_id), None)
            self.outcome = Outcome.FAILED


class TaskRunner(QObject):
    """Runs work off the GUI thread (see the module docstring)."""

    changed = Signal(object)  # Changes
    journal_idle = Signal()  # no journal work is queued or running any more
    _ready = Signal()  # emitted from worker threads: outcomes wait to be delivered

    def __init__(
        self,
        dialogs: Dialogs | None = None,
        parent: QObject | None = None,
        line: TaskLine | None = None,
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs or Dialogs()
        self.default_line = line
        self._journal_pool = QThreadPool()
        self._journal_pool.setMaxThreadCount(1)  # one journal task at a time, in order
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._tasks: list[Task[object]] = []
        self._finished: list[Task[object]] = []
        self._finished_guard = threading.Lock()
        self._when_idle: list[Callable[[], object]] = []
        self._ready.connect(self._deliver)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)

    # --- running --------------------------------------------------------------------

    def run[T](
        self,
        work: Callable[[], T],
        *,
        owner: QObject | None,
        done: Callable[[T], object] | None = None,
        failed: Callable[[Failure], object] | None = None,
        cancelled: Callable[[], object] | None = None,
        label: str = "",
        journal: bool = True,
        cancellable: bool = False,
        progress: Progress | None = None,
        changes: Changes = Changes.NONE,
        line: TaskLine | None = None,
    ) -> Task[T]:
        """Run ``work()`` off the GUI thread; the callbacks run on the GUI thread.

        ``owner`` is the widget the outcome belongs to: once it is deleted, no callback
        runs and the work is asked to stop. ``journal`` work (it uses the session or
        the journal's folder) runs on the journal worker, in order; other work on the
        pool. Work that reports steps and may be stopped takes ``progress`` (a
        ``core.progress.Progress`` it calls between steps) and says ``cancellable``.
        ``changes`` is announced when the work succeeds. ``line`` shows the progress
        (default: the runner's own line, if it has one).
        """
        task: Task[T] = Task(
            work,
            label=label,
            owner=owner,
            journal=journal,
            cancellable=cancellable,
            progress=progress or Progress(),
            changes=changes,
            line=line or self.default_line,
            done=done,
            failed=failed,
            cancelled=cancelled,
        )
        if owner is not None:
            task._owner_gone = owner.destroyed.connect(task.cancel)
        erased = cast("Task[object]", task)
        self._tasks.append(erased)
        (self._journal_pool if journal else self._pool).start(lambda: self._execute(erased))
        if not self._poll.isActive():
            self._poll.start()
        return task

    def _execute(self, task: Task[object]) -> None:
        """On the worker thread: run, keep the outcome, hand it to the GUI thread."""
        task.execute()
        with self._finished_guard:
            self._finished.append(task)
        task.finished.set()
        # The runner may be gone (the app is closing): then there is nobody to tell.
        with contextlib.suppress(RuntimeError):
            self._ready.emit()

    def announce(self, changes: Changes) -> None:
        """Say that data changed (a save made on the GUI thread): pages refresh."""
        if changes != Changes.NONE:
            self.changed.emit(changes)

    # --- state, stopping and waiting ------------------------------------------------------

    @property
    def tasks(self) -> list[Task[object]]:
        """Tasks handed over and not delivered yet, oldest first."""
        return list(self._tasks)

    def busy(self) -> bool:
        return bool(self._tasks)

    def journal_busy(self) -> bool:
        """True while journal work is queued or running (or its outcome not delivered)."""
        return any(task.journal for task in self._tasks)

    def cancel_journal_tasks(self) -> None:
        """Ask every journal task that may be stopped to stop (the lock is waiting)."""
        for task in self._tasks:
            if task.journal and task.cancellable:
                task.cancel()

    def cancel_all(self) -> None:
        """Ask every task that may be stopped to stop (the app is closing)."""
        for task in self._tasks:
            if task.cancellable:
                task.cancel()

    def show_journal_work_on(self, line: TaskLine) -> None:
        """Show the journal work still under way on ``line`` from now on (the lock waits
        for it, and the dialog whose line showed it has closed)."""
        for task in self._tasks:
            if task.journal:
                task.line = line
        self._show_progress()  # at once: the line it showed on may be gone already

    def when_journal_idle(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` on the GUI thread once no journal work is left (at once
        when there is none)."""
        if not self.journal_busy():
            callback()
            return
        self._when_idle.append(callback)

    def wait_journal_idle(self) -> None:
        """Block until every journal task has ended and deliver the outcomes. Only for
        the very end of the app, when no event loop runs any more."""
        while self.journal_busy():
            self._journal_pool.waitForDone(-1)
            self._deliver()

    def wait_all(self) -> None:
        """Block until every task has ended and deliver the outcomes (app end, tests)."""
        while self._tasks:
            self._journal_pool.waitForDone(-1)
            self._pool.waitForDone(-1)
            self._deliver()

    # --- delivering on the GUI thread ------------------------------------------------------

    def _deliver(self) -> None:
        with self._finished_guard:
            ready, self._finished = self._finished, []
        was_journal_busy = self.journal_busy()
        for task in ready:
            if task in self._tasks:
                self._tasks.remove(task)
            self._end_line(task)
            self._disconnect_owner(task)
            self._guarded(lambda task=task: self._call_back(task))  # type: ignore[misc]
        if not self._tasks:
            self._poll.stop()
        if was_journal_busy and not self.journal_busy():
            self.journal_idle.emit()
            waiting, self._when_idle = self._when_idle, []
            for callback in waiting:
                self._guarded(callback)

    def _guarded(self, callback: Callable[[], object]) -> None:
        """Run a callback; a fault in it is said with an error id and logged without
        content, and never keeps the other outcomes (or a waiting lock) from their turn."""
        try:
            callback()
        except Exception as error:
            error_id = process_guard.record_unexpected(type(error), error, error.__traceback__)
            from tyoparipaivakirja.messages import unexpected_error_message

            self._dialogs.error(None, "Työparipäiväkirja", unexpected_error_message(error_id))

    def _call_back(self, task: Task[object]) -> None:
        if task.outcome is Outcome.DONE and task.changes != Changes.NONE:
            self.changed.emit(task.changes)
        owner = task.owner
        if owner is not None and not shiboken6.isValid(owner):
            return  # closed meanwhile: nobody to tell
        if task.outcome is Outcome.DONE:
            if task._done is not None:
                task._done(task.result)
        elif task.outcome is Outcome.CANCELLED:
            if task._cancelled is not None:
                task._cancelled()
        elif task.failure is not None:
            if task._failed is not None:
                task._failed(task.failure)
            else:
                window = owner.window() if isinstance(owner, QWidget) else None
                self._dialogs.error(window, "Työparipäiväkirja", task.failure.message)

    @staticmethod
    def _disconnect_owner(task: Task[object]) -> None:
        connection, task._owner_gone = task._owner_gone, None
        owner = task.owner
        if connection is not None and owner is not None and shiboken6.isValid(owner):
            QObject.disconnect(connection)

    # --- progress lines ------------------------------------------------------------------

    def _show_progress(self) -> None:
        shown: set[int] = set()
        for task in reversed(self._tasks):  # the newest running task of each line shows
            line = task.line
            if line is None or not shiboken6.isValid(line) or id(line) in shown:
                continue
            if task.running and task.shown_for_ms() >= SHOW_AFTER_MS:
                line.show_task(task)
                shown.add(id(line))

    @staticmethod
    def _end_line(task: Task[object]) -> None:
        line = task.line
        if line is not None and shiboken6.isValid(line):
            line.end_task(task)


class TaskLine(QWidget):
    """A calm progress line: what is being done, how far, and *Cancel* where it makes
    sense. Hidden until a task has run for ``SHOW_AFTER_MS``; hidden again when it ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task[object] | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(max(120, text_width(self.bar, 16)))
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop the work under way"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.setAccessibleName(self.tr("Work under way"))
        self.setVisible(False)

    @property
    def task(self) -> Task[object] | None:
        return self._task

    def show_task(self, task: Task[object]) -> None:
        """Show ``task`` (or update it): its label, its steps, Stop when it may stop."""
        if self._task is not task:
            self._task = task
            self.label.setText(task.label)
            self.label.setAccessibleName(task.label)
        stopping = task.cancel_requested
        # The label keeps saying what is being done; the button says it is stopping.
        self.cancel_button.setText(self.tr("Stopping…") if stopping else self.tr("Stop"))
        self.cancel_button.setVisible(task.cancellable)
        self.cancel_button.setEnabled(task.cancellable and not stopping)
        done, total = task.progress.steps()
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)  # moving: the work does not say how far it is
        if not self.isVisible():
            self.setVisible(True)

    def end_task(self, task: Task[object]) -> None:
        if self._task is task:
            self._task = None
            self.setVisible(False)
            self.cancel_button.setText(self.tr("Stop"))

    def cancel(self) -> None:
        task = self._task
        if task is not None and task.cancellable:
            task.cancel()
            self.show_task(task)
