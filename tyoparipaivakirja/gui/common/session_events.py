"""The desktop says the session locks or the machine goes to sleep: lock the journal too.

Where the platform tells an app, ``SessionWatcher.lock_requested`` is emitted:

- Linux: logind on the system bus (``org.freedesktop.login1``): the session's ``Lock``
  signal (``loginctl lock-session``, most desktops' lock) and the manager's
  ``PrepareForSleep(true)``; on the session bus, ``ActiveChanged(true)`` of the
  freedesktop and GNOME screen savers (GNOME's own lock). Through QtDBus, which ships
  in PySide6-Essentials. Tested against a private bus.
- Windows: ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` (after
  ``WTSRegisterSessionNotification`` for the window) and ``WM_POWERBROADCAST`` with
  ``PBT_APMSUSPEND``, seen by a native event filter. Only the message test is run here.
- macOS: the distributed notification ``com.apple.screenIsLocked`` through
  CoreFoundation's C API (ctypes; no new dependency). Not run here.

A platform part that cannot start (no bus, no library) is skipped quietly: the idle
lock still holds. The lock itself always runs later from the event loop, never inside
a native callback.

``close_on_termination`` makes SIGTERM and SIGHUP (a shutdown, a logout that ends the
session's processes) close the window like Quit does, so the journal is locked and its
daily backup made instead of the process just ending.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QSocketNotifier,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QWindow

from tyoparipaivakirja.gui.common.cleanup import guarded

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"
SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")

# Windows messages (WinUser.h, WtsApi32.h).
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
NOTIFY_FOR_THIS_SESSION = 0

MAC_SCREEN_LOCKED = b"com.apple.screenIsLocked"


def is_windows_lock_message(message: int, wparam: int) -> bool:
    """True for the Windows messages that mean: the session locks, or sleep begins."""
    return (message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK) or (
        message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND
    )


class WindowsLockFilter(QAbstractNativeEventFilter):
    """Sees the window's native messages and calls ``on_lock`` for a lock or suspend."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: Any
    ) -> tuple[bool, int]:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if is_windows_lock_message(int(msg.message), int(msg.wParam or 0)):
                self._on_lock()
        return False, 0


def _session_bus_address() -> str | None:
    """The user's session bus, without ever starting one (no D-Bus autolaunch)."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


class SessionWatcher(QObject):
    """Emits ``lock_requested`` when the desktop session locks or the machine sleeps."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = False
        self._keep: list[object] = []  # native callbacks and filters must stay alive
        self.listening: list[str] = []  # what was connected, for tests and diagnostics

    # --- the signal, always from the event loop ------------------------------------

    def _request_lock(self) -> None:
        if self._pending:
            return
        self._pending = True
        QTimer.singleShot(0, self._emit_lock)

    def _emit_lock(self) -> None:
        self._pending = False
        self.lock_requested.emit()

    @Slot()
    def session_locked(self) -> None:
        self._request_lock()

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self._request_lock()

    @Slot(bool)
    def screen_saver_active(self, active: bool) -> None:
        if active:
            self._request_lock()

    # --- starting ------------------------------------------------------------------

    def start(self, window: QWindow | None = None) -> None:
        """Listen where this platform tells; a part that cannot start is skipped."""
        if sys.platform.startswith("linux"):
            guarded("listening to logind", self._listen_to_logind)
            guarded("listening to the screen saver", self._listen_to_screen_savers)
        elif sys.platform == "win32":
            guarded("listening to Windows session changes", lambda: self._listen_windows(window))
        elif sys.platform == "darwin":
            guarded("listening to the macOS screen lock", self._listen_macos)

    def _listen_to_logind(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        system = QDBusConnection.systemBus()
        if not system.isConnected():
            return
        self.listen_on_system_bus(system, _own_session_path(system))

    def listen_on_system_bus(self, bus: Any, session_path: str) -> None:
        """Connect logind's sleep and lock signals on ``bus``. An empty ``session_path``
        listens to every session's lock (the safe side where ours is not known)."""
        if bus.connect(
            LOGIND,
            LOGIND_PATH,
            LOGIND_MANAGER,
            "PrepareForSleep",
            self,
            "1prepare_for_sleep(bool)",
        ):
            self.listening.append("logind PrepareForSleep")
        if bus.connect(LOGIND, session_path, LOGIND_SESSION, "Lock", self, "1session_locked()"):
            self.listening.append("logind Lock")

    def _listen_to_screen_savers(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        address = _session_bus_address()
        if address is None:
            return
        bus = QDBusConnection.connectToBus(address, "tyoparipaivakirja-session")
        if bus.isConnected():
            self.listen_on_session_bus(bus)

    def listen_on_session_bus(self, bus: Any) -> None:
        for interface in SCREEN_SAVERS:
            if bus.connect("", "", interface, "ActiveChanged", self, "1screen_saver_active(bool)"):
                self.listening.append(f"{interface} ActiveChanged")

    def _listen_windows(self, window: QWindow | None) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        event_filter = WindowsLockFilter(self._request_lock)
        app.installNativeEventFilter(event_filter)
        self._keep.append(event_filter)
        self.listening.append("Windows power messages")
        if window is not None:
            wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
            hwnd = ctypes.c_void_p(int(window.winId()))
            if wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                self.listening.append("Windows session lock")

    def _listen_macos(self) -> None:
        cf = ctypes.cdll.LoadLibrary(
            "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
        )
        pointer = ctypes.c_void_p
        cf.CFNotificationCenterGetDistributedCenter.restype = pointer
        cf.CFStringCreateWithCString.restype = pointer
        cf.CFStringCreateWithCString.argtypes = [pointer, ctypes.c_char_p, ctypes.c_uint32]
        callback_type = ctypes.CFUNCTYPE(None, pointer, pointer, pointer, pointer, pointer)
        cf.CFNotificationCenterAddObserver.argtypes = [
            pointer,
            pointer,
            callback_type,
            pointer,
            pointer,
            ctypes.c_long,
        ]
        utf8 = 0x08000100  # kCFStringEncodingUTF8
        deliver_immediately = 4  # CFNotificationSuspensionBehaviorDeliverImmediately

        def locked(*_args: object) -> None:
            self._request_lock()

        callback = callback_type(locked)
        name = cf.CFStringCreateWithCString(None, MAC_SCREEN_LOCKED, utf8)
        center = cf.CFNotificationCenterGetDistributedCenter()
        observer = ctypes.c_void_p(id(self))
        cf.CFNotificationCenterAddObserver(
            center, observer, callback, name, None, deliver_immediately
        )
        self._keep.append(callback)
        self.listening.append("macOS screen lock")


def _own_session_path(bus: Any) -> str:
    """The object path of this process's logind session, or "" where it is not known."""
    from PySide6.QtDBus import QDBusInterface, QDBusMessage

    manager = QDBusInterface(LOGIND, LOGIND_PATH, LOGIND_MANAGER, bus)
    if not manager.isValid():
        return ""
    reply = manager.call("GetSession", "auto")  # "auto": the caller's own session
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return ""
    path = reply.arguments()[0]
    text = path.path() if hasattr(path, "path") else str(path)
    return text if text.startswith("/") else ""


TERMINATION_SIGNALS = ("SIGTERM", "SIGHUP")


def close_on_termination(app: QCoreApplication, close: Callable[[], object]) -> bool:
    """On POSIX, let SIGTERM and SIGHUP call ``close`` from the event loop; True when set.

    Python runs a signal handler only between bytecodes; the wakeup descriptor wakes the
    Qt event loop, whose notifier then closes the window.
    """
    if os.name != "posix":
        return False
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for name in TERMINATION_SIGNALS:
        signal.signal(getattr(signal, name), lambda _number, _frame: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        try:
            received = reader.recv(64)
        except BlockingIOError:
            return
        if received:
            close()

    notifier.activated.connect(woken)
    _KEEP_ALIVE.extend((reader, writer, notifier))  # for the life of the process
    return True


_KEEP_ALIVE: list[object] = []
