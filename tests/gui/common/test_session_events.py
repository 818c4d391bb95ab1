"""The desktop's own lock and sleep lock the journal (logind, screen savers, Windows)."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from tyoparipaivakirja.gui.common.session_events import (
    LOGIND,
    LOGIND_MANAGER,
    LOGIND_PATH,
    LOGIND_SESSION,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SessionWatcher,
    WindowsLockFilter,
)
from tyoparipaivakirja.gui.main_window import MainWindow

SESSION_PATH = "/org/freedesktop/login1/session/_32"
QUIET_MS = 300


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """A private D-Bus daemon of this test, standing in for the system and session bus."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (apt install dbus-daemon)")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address", f"--address=unix:dir={tmp_path}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def _connect(address: str, name: str) -> QDBusConnection:
    """A connection of its own (named connections are shared per process: one per test)."""
    bus = QDBusConnection.connectToBus(address, f"{name}-{uuid.uuid4().hex}")
    assert bus.isConnected(), bus.lastError().message()
    return bus


def _signal(bus: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if args:
        message.setArguments(list(args))
    assert bus.send(message)


@pytest.fixture
def logind(bus_address: str) -> QDBusConnection:
    """A connection that owns logind's name on the private bus, as logind does."""
    bus = _connect(bus_address, "fake-logind")
    assert bus.registerService(LOGIND)
    return bus


def test_sleep_locks_the_journal(
    qtbot: QtBot, unlocked: MainWindow, bus_address: str, logind: QDBusConnection
) -> None:
    """logind's PrepareForSleep(true) locks the open journal; the end of sleep does not."""
    watcher = unlocked.session_watcher
    watcher.listen_on_system_bus(_connect(bus_address, "watcher"), SESSION_PATH)
    assert "logind PrepareForSleep" in watcher.listening
    with qtbot.assertNotEmitted(watcher.lock_requested, wait=QUIET_MS):
        _signal(logind, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", False)
    with qtbot.waitSignal(watcher.lock_requested):
        _signal(logind, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", True)
    assert unlocked.journal is None
    assert unlocked.stack.currentWidget() is unlocked.unlock_page


def test_session_lock_locks_the_journal(
    qtbot: QtBot, unlocked: MainWindow, bus_address: str, logind: QDBusConnection
) -> None:
    """The session's Lock (loginctl lock-session) locks the journal."""
    watcher = unlocked.session_watcher
    watcher.listen_on_system_bus(_connect(bus_address, "watcher"), SESSION_PATH)
    with qtbot.waitSignal(watcher.lock_requested):
        _signal(logind, SESSION_PATH, LOGIND_SESSION, "Lock")
    assert unlocked.journal is None


def test_only_logind_is_believed(qtbot: QtBot, bus_address: str) -> None:
    """A Lock or PrepareForSleep sent by some other program on the bus is ignored."""
    watcher = SessionWatcher()
    watcher.listen_on_system_bus(_connect(bus_address, "watcher"), SESSION_PATH)
    stranger = _connect(bus_address, "stranger")
    with qtbot.assertNotEmitted(watcher.lock_requested, wait=QUIET_MS):
        _signal(stranger, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", True)
        _signal(stranger, SESSION_PATH, LOGIND_SESSION, "Lock")


def test_screen_saver_lock_locks(qtbot: QtBot, bus_address: str) -> None:
    """GNOME's and the freedesktop screen saver's ActiveChanged(true) ask for the lock."""
    watcher = SessionWatcher()
    watcher.listen_on_session_bus(_connect(bus_address, "watcher"))
    shell = _connect(bus_address, "shell")
    with qtbot.assertNotEmitted(watcher.lock_requested, wait=QUIET_MS):
        _signal(shell, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False)
    for path, interface in (
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ):
        with qtbot.waitSignal(watcher.lock_requested):
            _signal(shell, path, interface, "ActiveChanged", True)


class _Msg(ctypes.Structure):
    """Windows' MSG, laid out as ctypes.wintypes.MSG."""

    _fields_ = [
        ("hWnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_ulong),
        ("x", ctypes.c_long),
        ("y", ctypes.c_long),
    ]


@pytest.mark.parametrize(
    ("message", "wparam", "locks"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_WTSSESSION_CHANGE, 0x8, False),  # WTS_SESSION_UNLOCK
        (WM_POWERBROADCAST, 0x12, False),  # PBT_APMRESUMEAUTOMATIC
        (0x0100, WTS_SESSION_LOCK, False),  # WM_KEYDOWN
    ],
)
def test_windows_messages(message: int, wparam: int, locks: bool) -> None:
    """The native filter reads a Windows MSG and asks for the lock on a session lock or
    suspend only (run here on a MSG built in memory; Windows itself is not run here)."""
    calls: list[bool] = []
    event_filter = WindowsLockFilter(lambda: calls.append(True))
    msg = _Msg(None, message, wparam, 0, 0, 0, 0)
    assert event_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (
        False,
        0,
    )
    assert calls == ([True] if locks else [])
