"""A separate app process that types steadily into one form of the real window.

Run as ``python -m tests.journeys.typing_child FORM FOLDER SETTINGS_FILE KDF_ITERATIONS``
from the project root, with the pair passphrase on the first line of stdin and the
text to type on the second. It unlocks the journal in a real ``MainWindow``
(offscreen), goes to the form (``FORMS``), prints ``ready``, then types the text one
character every ``KEY_INTERVAL_S`` without a pause, printing ``typed N`` after each. The
parent kills it mid-typing (SIGKILL: nothing runs on the way out) or ends it (SIGTERM:
the window closes as on a logout, so the journal locks).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.helpers import FakeDialogs, type_text, wait_for_tasks, wait_while_busy
from tests.journeys.journey import own_passphrase
from tyoparipaivakirja.core.debriefs import VisitType
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.gui.common.app_settings import AppSettings
from tyoparipaivakirja.gui.common.session_events import close_on_termination
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.gui.roles.roles import RolesPage
from tyoparipaivakirja.gui.supervision.supervision_page import SupervisionPage
from tyoparipaivakirja.storage import cipher

KEY_INTERVAL_S = 0.04


def _debrief(window: MainWindow) -> QWidget:
    assert window.view is not None
    page = window.view.debriefs
    page.new_debrief()
    editor = page.editor
    editor.visit_type.setCurrentIndex(editor.visit_type.findData(VisitType.HOME_VISIT.value))
    return editor.uppermost.edit


def _own_reflection(window: MainWindow) -> QWidget:
    assert window.view is not None
    page = window.view.debriefs
    page.new_debrief()
    editor = page.editor
    editor.visit_type.setCurrentIndex(editor.visit_type.findData(VisitType.HOME_VISIT.value))
    editor.set_full(True)
    box = editor.reflections[0]
    box.passphrase.set_text(own_passphrase(box.member.display_name))
    box.passphrase.edit.editingFinished.emit()
    window.tasks.wait_all()  # the own area opens on the task runner
    return box.feelings.edit


def _checkin_note(window: MainWindow) -> QWidget:
    assert window.view is not None
    window.view.show_page(PersonalAreaPage.page_key)
    page = window.view.personal
    page.passphrase.set_text(own_passphrase(window.journal.members.all()[0].display_name))  # type: ignore[union-attr]
    page.submit()
    wait_while_busy(page)
    own = page.own
    assert own is not None
    own.start_checkin()
    form = own.form
    assert form is not None
    form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].buttons[3].click()
    return form.note


def _supervision_topic(window: MainWindow) -> QWidget:
    assert window.view is not None
    window.view.show_page(SupervisionPage.page_key)
    page = window.view.supervision
    page.new_session()
    return page.editor.own_topic


def _role_task(window: MainWindow) -> QWidget:
    assert window.view is not None
    window.view.show_page(RolesPage.page_key)
    page = window.view.roles
    page.start_from_defaults()
    page.editor.add_task()
    return page.editor.rows[-1].title


FORMS: dict[str, Callable[[MainWindow], QWidget]] = {
    "debrief": _debrief,
    "own reflection": _own_reflection,
    "check-in note": _checkin_note,
    "supervision topic": _supervision_topic,
    "role task": _role_task,
}


def main(argv: list[str]) -> int:
    form, folder, settings_file, iterations = argv
    cipher.KDF_ITERATIONS = int(iterations)
    passphrase = sys.stdin.readline().rstrip("\n")
    text = sys.stdin.readline().rstrip("\n")
    app = QApplication([])
    QStandardPaths.setTestModeEnabled(True)
    settings = AppSettings(QSettings(settings_file, QSettings.Format.IniFormat))
    window = MainWindow(settings, dialogs=FakeDialogs())
    close_on_termination(app, window.close)
    window.show()
    window.show_unlock(Path(folder))
    window.unlock_page.passphrase.set_text(passphrase)
    window.unlock_page.try_unlock()
    wait_for_tasks(window)
    if window.journal is None:
        print("not unlocked", flush=True)
        return 2
    field = FORMS[form](window)
    field.setFocus()
    app.processEvents()
    print("ready", flush=True)
    for count, character in enumerate(text, start=1):
        if window.journal is None:
            break  # locked (SIGTERM): the window closes once the daily backup is made
        type_text(field, character)
        app.processEvents()
        print(f"typed {count}", flush=True)
        end = time.monotonic() + KEY_INTERVAL_S
        while time.monotonic() < end:
            app.processEvents()
            if not window.isVisible():
                return 0
            time.sleep(0.005)
    while window.isVisible():  # typed all: wait, mid-form, until the parent ends us
        app.processEvents()
        QTest.qWait(20)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
