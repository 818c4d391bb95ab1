"""Starting the desktop app: Qt application, translations, settings, first screen."""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from tyoparipaivakirja import process_guard
from tyoparipaivakirja.actions.start import ensure_private_folder, is_journal_folder
from tyoparipaivakirja.gui import lighter_imports  # noqa: F401  (first: see its docstring)
from tyoparipaivakirja.gui.common import i18n
from tyoparipaivakirja.gui.common.app_settings import AppSettings
from tyoparipaivakirja.gui.common.collector import collect_on_gui_thread
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.session_events import close_on_termination
from tyoparipaivakirja.gui.common.theme import (
    TextScaledStyle,
    install_focus_ring,
    install_text_scaled_style,
)
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.paths import resources_dir

if TYPE_CHECKING:
    from tyoparipaivakirja.demo import DemoPassphrases

ORGANIZATION = "Tyoparipaivakirja"
APPLICATION = "Tyoparipaivakirja"


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Työparipäiväkirja")
    app.setDesktopFileName("fi.tyoparipaivakirja.Tyoparipaivakirja")
    app.setWindowIcon(app_icon())
    if not isinstance(app.style(), TextScaledStyle):
        install_text_scaled_style(app)
    install_focus_ring(app)
    collect_on_gui_thread(app)
    return app


def app_icon() -> QIcon:
    """The app's icon in every size it ships (resources/icons/)."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("tyoparipaivakirja-*.png")):
        icon.addFile(str(path))
    return icon


def build_window(
    settings: AppSettings,
    journal_dir: Path | None,
    demo: tuple[Path, DemoPassphrases] | None = None,
) -> MainWindow:
    """The main window on its first screen: unlock a known journal, else the welcome."""
    window = MainWindow(settings, demo=demo[1] if demo else None)
    if demo is not None:
        window.set_demo_folder(demo[0])
        window.show_unlock(demo[0])
        return window
    folder = journal_dir or settings.last_journal
    if folder is not None and is_journal_folder(folder):
        window.show_unlock(folder)
    else:
        window.show_welcome()
    return window


def _report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Last resort for a bug: a plain sentence with an error id, no content anywhere.

    A default traceback could print values typed by the user (exception messages may
    carry them), so only the exception's type and the code locations go to the
    owner-only log (``process_guard``), under the id the user is shown.
    """
    from tyoparipaivakirja.core.errors import JournalCorrupt
    from tyoparipaivakirja.messages import unexpected_error_message

    app = QApplication.instance()
    if isinstance(error, JournalCorrupt) and isinstance(app, QApplication):
        # Not a bug: a damaged page met by a read on the GUI thread after unlock.
        for window in app.topLevelWidgets():
            if isinstance(window, MainWindow) and window.journal is not None:
                window.journal_found_damaged(window.journal, error)
                return
    error_id = process_guard.record_unexpected(kind, error, trace)
    if isinstance(app, QApplication):
        Dialogs().error(app.activeWindow(), "Työparipäiväkirja", unexpected_error_message(error_id))
    else:
        print(unexpected_error_message(error_id), file=sys.stderr)


def _report_unexpected_in_thread(args: threading.ExceptHookArgs) -> None:
    """A fault in a worker thread: logged with an id (the window is told nothing from
    here: widgets belong to the GUI thread)."""
    if args.exc_value is not None:
        process_guard.record_unexpected(args.exc_type, args.exc_value, args.exc_traceback)


def _make_demo() -> tuple[Path, Path, DemoPassphrases]:
    from tyoparipaivakirja.demo import write_demo  # only the demo needs it

    temp_root = Path(tempfile.mkdtemp(prefix="tyoparipaivakirja-demo-"))
    ensure_private_folder(temp_root)
    folder = temp_root / "Demopäiväkirja"
    return temp_root, folder, write_demo(folder)


def run_app(journal_dir: Path | None = None, demo: bool = False) -> int:
    """Run the app until the window closes; returns the exit code."""
    app = make_application(sys.argv)
    sys.excepthook = _report_unexpected
    threading.excepthook = _report_unexpected_in_thread
    settings = AppSettings(QSettings())
    i18n.install(app, settings.effective_language())
    temp_root: Path | None = None
    demo_info: tuple[Path, DemoPassphrases] | None = None
    if demo:
        temp_root, folder, passphrases = _make_demo()
        demo_info = (folder, passphrases)
    try:
        window = build_window(settings, journal_dir, demo_info)
        # However the app ends (Quit, the window closed, logout, shutdown), the journal is
        # locked first: its files closed and the day's backup made. Closing the window
        # waits for that with the event loop running; after the loop has ended (the
        # application quit some other way) it is done here, waiting on this thread.
        close_on_termination(app, window.close)
        app.aboutToQuit.connect(window.finish_before_quit)
        app.commitDataRequest.connect(lambda _manager: window.lock())
        window.show()
        return app.exec()
    finally:
        if temp_root is not None:
            shutil.rmtree(temp_root, ignore_errors=True)
