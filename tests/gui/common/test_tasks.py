"""The one task runner: results, errors, stopping, progress, owners that go away."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import process_deferred_deletes
from tests.gui.helpers import LONG_WAIT_MS, FakeDialogs, click
from tyoparipaivakirja import process_guard
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.errors import StorageFull
from tyoparipaivakirja.core.progress import Cancelled, Progress
from tyoparipaivakirja.gui.common.tasks import SHOW_AFTER_MS, Failure, TaskLine, TaskRunner
from tyoparipaivakirja.messages import error_message

SECRET = "Asiakas A-07 kertoi salaisuuden"


@pytest.fixture
def runner(qtbot: QtBot, dialogs: FakeDialogs) -> Iterator[TaskRunner]:
    """A runner whose every task has ended (and been delivered) when the test ends."""
    made = TaskRunner(dialogs)
    yield made
    made.cancel_all()
    made.wait_all()


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    """The work runs on a worker thread; its typed result reaches ``done`` on the GUI
    thread."""
    owner = QObject()
    ran_on: list[str] = []
    got: list[tuple[int, str]] = []

    def work() -> int:
        ran_on.append(threading.current_thread().name)
        return 42

    runner.run(work, owner=owner, done=lambda n: got.append((n, threading.current_thread().name)))
    qtbot.waitUntil(lambda: bool(got), timeout=LONG_WAIT_MS)
    assert got == [(42, threading.main_thread().name)]
    assert ran_on and ran_on[0] != threading.main_thread().name
    assert not runner.busy()


def test_a_typed_error_becomes_its_sentence(qtbot: QtBot, runner: TaskRunner) -> None:
    """A ``JournalError`` reaches ``failed`` with the sentence ``messages`` has for it."""
    failures: list[Failure] = []
    error = StorageFull("disk full")

    def work() -> None:
        raise error

    runner.run(work, owner=None, failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=LONG_WAIT_MS)
    assert failures == [Failure(error_message(error), error)]


def test_an_unexpected_fault_is_logged_without_content_and_said_with_an_id(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs
) -> None:
    """A bug in the work: the user is shown the error-id sentence (through the dialog
    seam when the caller has no ``failed``), the log has the id and the code location,
    never the exception's message."""

    def work() -> None:
        raise RuntimeError(SECRET)

    runner.run(work, owner=None)
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=LONG_WAIT_MS)
    ((_title, text),) = dialogs.errors
    log = process_guard.log_path().read_text(encoding="utf-8")
    line = log.splitlines()[-1]
    error_id = re.search(r"unexpected error (\w+): ", line)
    assert error_id is not None and error_id.group(1) in text
    assert "RuntimeError" in line and "test_tasks.py" in line
    assert SECRET not in log and SECRET not in text


def test_stopping_ends_the_work_at_its_next_step(qtbot: QtBot, runner: TaskRunner) -> None:
    """Stop: the work ends at its next step, ``cancelled`` is called, ``done`` is not;
    a queued journal task that was stopped never starts."""
    started = threading.Event()
    steps: list[int] = []
    outcome: list[str] = []
    progress = Progress()

    def slow() -> str:
        started.set()
        for step in range(1000):
            progress(step, 1000)
            steps.append(step)
            time.sleep(0.005)
        return "valmis"

    ran_queued: list[bool] = []
    first = runner.run(
        slow,
        owner=None,
        progress=progress,
        cancellable=True,
        done=lambda _r: outcome.append("done"),
        cancelled=lambda: outcome.append("cancelled"),
    )
    queued = runner.run(
        lambda: ran_queued.append(True),
        owner=None,
        cancellable=True,
        cancelled=lambda: outcome.append("queued cancelled"),
    )
    assert started.wait(5)
    queued.cancel()
    first.cancel()
    qtbot.waitUntil(lambda: len(outcome) == 2, timeout=LONG_WAIT_MS)
    assert outcome == ["cancelled", "queued cancelled"]
    assert len(steps) < 1000 and ran_queued == []


def test_progress_shows_after_a_moment_with_its_steps_and_goes_away(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """Quick work shows no line at all; slow work shows its label, how far it is and
    Stop, and the line hides when it ends."""
    parent = QWidget()
    qtbot.addWidget(parent)
    line = TaskLine(parent)
    parent.show()
    quick: list[int] = []
    runner.run(lambda: 1, owner=parent, line=line, label="Nopea", done=quick.append)
    qtbot.waitUntil(lambda: bool(quick), timeout=LONG_WAIT_MS)
    assert not line.isVisible()

    progress = Progress()
    release = threading.Event()

    def slow() -> None:
        progress(3, 10)
        release.wait(10)

    task = runner.run(
        slow,
        owner=parent,
        line=line,
        label="Viedään tiedostoon…",
        progress=progress,
        cancellable=True,
    )
    qtbot.wait(SHOW_AFTER_MS // 3)
    assert not line.isVisible()
    qtbot.waitUntil(line.isVisible, timeout=LONG_WAIT_MS)
    assert line.label.text() == "Viedään tiedostoon…"
    assert (line.bar.value(), line.bar.maximum()) == (3, 10)
    assert line.cancel_button.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=LONG_WAIT_MS)
    assert not task.running


def test_the_stop_button_stops_the_shown_task(qtbot: QtBot, runner: TaskRunner) -> None:
    """Stop on the line asks the work to stop; the line says so until it has."""
    parent = QWidget()
    qtbot.addWidget(parent)
    line = TaskLine(parent)
    parent.show()
    progress = Progress()
    outcome: list[str] = []

    def slow() -> None:
        while True:
            progress(0, 0)
            time.sleep(0.01)

    runner.run(
        slow,
        owner=parent,
        line=line,
        label="Avataan varmuuskopioita…",
        progress=progress,
        cancellable=True,
        cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(line.isVisible, timeout=LONG_WAIT_MS)
    click(line.cancel_button)
    # Until the work has stopped, the line still says what it is and that it stops.
    assert line.label.text() == "Avataan varmuuskopioita…"
    assert not line.cancel_button.isEnabled()
    assert line.cancel_button.text() != line.tr("Stop")
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=LONG_WAIT_MS)
    assert not line.isVisible()


def test_no_callback_reaches_an_owner_deleted_meanwhile(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs
) -> None:
    """A dialog closed (and deleted later) while its task runs: once the deferred
    deletes are processed it is really gone, its work is asked to stop, and neither
    ``done`` nor ``failed`` nor the error dialog is called on it."""
    owner = QWidget()
    release = threading.Event()
    called: list[str] = []
    progress = Progress()

    def work() -> None:
        release.wait(10)
        raise StorageFull("disk full")

    task = runner.run(
        work,
        owner=owner,
        progress=progress,
        done=lambda _r: called.append("done"),
        failed=lambda _f: called.append("failed"),
    )
    owner.deleteLater()
    process_deferred_deletes()
    import shiboken6

    assert not shiboken6.isValid(owner)
    assert task.cancel_requested
    release.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=LONG_WAIT_MS)
    process_deferred_deletes()
    assert called == [] and dialogs.errors == []


def test_journal_tasks_run_one_after_another_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    """Journal work never overlaps and runs in the order given (an unlock waits for the
    backup the lock started); the journal is idle again only after the last one."""
    active = 0
    overlapped: list[bool] = []
    order: list[int] = []
    guard = threading.Lock()

    def step(number: int) -> None:
        nonlocal active
        with guard:
            active += 1
            overlapped.append(active > 1)
        time.sleep(0.02)
        order.append(number)
        with guard:
            active -= 1

    idle: list[bool] = []
    for number in range(5):
        runner.run(lambda n=number: step(n), owner=None)  # type: ignore[misc]
    assert runner.journal_busy()
    runner.when_journal_idle(lambda: idle.append(runner.journal_busy()))
    qtbot.waitUntil(lambda: bool(idle), timeout=LONG_WAIT_MS)
    assert order == [0, 1, 2, 3, 4]
    assert not any(overlapped)
    assert idle == [False]


def test_changes_are_announced_when_the_work_succeeds(qtbot: QtBot, runner: TaskRunner) -> None:
    """A finished task says what it changed; a failed one says nothing changed."""
    heard: list[Changes] = []
    runner.changed.connect(heard.append)
    failed: list[Failure] = []

    def fails() -> None:
        raise StorageFull("disk full")

    runner.run(fails, owner=None, changes=Changes.DEBRIEFS, failed=failed.append)
    finished: list[None] = []
    runner.run(
        lambda: None,
        owner=None,
        changes=Changes.ROLES | Changes.OWN_AREA,
        done=finished.append,
    )
    qtbot.waitUntil(lambda: bool(finished and failed), timeout=LONG_WAIT_MS)
    assert heard == [Changes.ROLES | Changes.OWN_AREA]
    runner.announce(Changes.SUPERVISION)
    assert heard[-1] == Changes.SUPERVISION


def test_waiting_at_the_very_end_delivers_without_an_event_loop(runner: TaskRunner) -> None:
    """When the app ends there is no event loop: waiting blocks until the journal work
    is done and still delivers its outcome."""
    got: list[str] = []

    def work() -> str:
        time.sleep(0.1)
        return "tehty"

    runner.run(work, owner=None, done=got.append)
    runner.wait_journal_idle()
    assert got == ["tehty"]
    assert not runner.journal_busy()


def test_a_cancelled_tick_raises() -> None:
    """``Progress`` records steps and raises ``Cancelled`` once asked to stop."""
    progress = Progress()
    progress(2, 5)
    assert progress.steps() == (2, 5)
    progress.cancel()
    with pytest.raises(Cancelled):
        progress(3, 5)


def test_a_failing_callback_never_wedges_the_runner(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs
) -> None:
    """A bug in one task's ``done`` is said with an error id; the other outcomes are
    still delivered and a lock waiting for the journal worker still gets its turn."""

    def broken(_result: object) -> None:
        raise RuntimeError(SECRET)

    delivered: list[int] = []
    idle: list[bool] = []
    runner.run(lambda: 1, owner=None, done=broken)
    runner.run(lambda: 2, owner=None, done=delivered.append)
    runner.when_journal_idle(lambda: idle.append(True))
    qtbot.waitUntil(lambda: bool(idle), timeout=LONG_WAIT_MS)
    assert delivered == [2]
    assert len(dialogs.errors) == 1 and SECRET not in dialogs.errors[0][1]
    assert not runner.busy()
