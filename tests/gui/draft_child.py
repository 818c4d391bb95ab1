"""A separate app process that types into a debrief until the autosave has kept a draft.

Run as ``python -m tests.gui.draft_child FOLDER SETTINGS_FILE KDF_ITERATIONS`` from the
project root, with the pair passphrase on the first line of stdin and the text to type
on the second. It unlocks the journal in a real ``MainWindow`` (offscreen), opens a new
quick debrief, chooses a visit type, types the text key by key, waits until the
autosave has written the draft into the journal, prints ``drafted`` and then waits to be
killed (the parent sends SIGKILL: no lock, no quit, no clean-up).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import FakeDialogs, type_text, wait_for_tasks
from tyoparipaivakirja.core.debriefs import VisitType
from tyoparipaivakirja.gui.common.app_settings import AppSettings
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.storage import cipher

DRAFT_WAIT_SECONDS = 30
VISIT_TYPE = VisitType.PRISON_MEETING


def main(argv: list[str]) -> int:
    folder, settings_file, iterations = argv
    cipher.KDF_ITERATIONS = int(iterations)
    passphrase = sys.stdin.readline().rstrip("\n")
    text = sys.stdin.readline().rstrip("\n")
    app = QApplication([])
    QStandardPaths.setTestModeEnabled(True)
    settings = AppSettings(QSettings(settings_file, QSettings.Format.IniFormat))
    window = MainWindow(settings, dialogs=FakeDialogs())
    window.show()
    window.show_unlock(Path(folder))
    window.unlock_page.passphrase.set_text(passphrase)
    window.unlock_page.try_unlock()
    wait_for_tasks(window)
    journal, view = window.journal, window.view
    if journal is None or view is None:
        print("not unlocked", flush=True)
        return 2
    page = view.debriefs
    page.new_debrief()
    editor = page.editor
    editor.visit_type.setCurrentIndex(editor.visit_type.findData(VISIT_TYPE.value))
    editor.uppermost.edit.setFocus()
    type_text(editor.uppermost.edit, text)
    deadline = time.monotonic() + DRAFT_WAIT_SECONDS
    while not any(d.entry.uppermost == text for d in journal.debriefs.drafts()):
        if time.monotonic() > deadline:
            print("no draft", flush=True)
            return 3
        app.processEvents()
        time.sleep(0.02)
    print("drafted", flush=True)
    while True:  # keep the app running, mid-debrief, until the parent kills us
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
