"""After the app was killed mid-typing, the next unlock offers the draft back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import MEMBERS, PAIR_PASSPHRASE
from tests.gui.debrief_helpers import (
    choose_writer,
    ctrl_s,
    debriefs_page,
    journal_of,
    wait_saved,
)
from tests.gui.draft_child import VISIT_TYPE
from tests.gui.helpers import (
    JOURNAL_NAME,
    OWN_PASSPHRASE,
    FakeDialogs,
    click,
    press,
    unlock_with,
)
from tyoparipaivakirja.core.debriefs import Debrief
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.storage import cipher
from tyoparipaivakirja.storage.folder import create_journal

ROOT = Path(__file__).resolve().parents[3]
TYPED = "Vankilatapaaminen jäi kesken: vapautuminen lähestyy, asunto puuttuu"
CHILD_TIMEOUT_S = 60


def _kill_while_drafting(folder: Path, settings_file: Path) -> None:
    """Run the app in a child process, let it type and autosave, then SIGKILL it."""
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.gui.draft_child",
            str(folder),
            str(settings_file),
            str(cipher.KDF_ITERATIONS),
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(f"{PAIR_PASSPHRASE}\n{TYPED}\n")
        child.stdin.flush()
        first = child.stdout.readline()
        assert first == "drafted\n", f"child said {first!r}"
    finally:
        child.send_signal(signal.SIGKILL)
        _out, err = child.communicate(timeout=CHILD_TIMEOUT_S)
    assert child.returncode == -signal.SIGKILL, err


def test_draft_is_offered_back_after_a_kill(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Killed mid-debrief, the app offers the draft at the next unlock and restores the text."""
    folder = tmp_path / "paivakirja"
    create_journal(folder, JOURNAL_NAME, MEMBERS, PAIR_PASSPHRASE).lock()
    _kill_while_drafting(folder, tmp_path / "child-settings.ini")

    window.show_unlock(folder)
    unlock_with(window, PAIR_PASSPHRASE)
    journal = journal_of(window)
    page = debriefs_page(window)
    assert page.draft_banner.isVisibleTo(page)
    assert page.draft_label.text()
    assert journal.debriefs.count() == 0  # a draft, not a saved entry

    click(page.resume_button)
    editor = page.editor
    assert page.stack.currentWidget() is editor
    assert editor.uppermost.text() == TYPED
    assert editor.visit_type.currentData() == VISIT_TYPE.value
    assert editor.saved_label.text()  # says where the text came from

    choose_writer(editor, "Jari")  # asked once after the unlock
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    (summary,) = journal.debriefs.entries()
    assert journal.debriefs.get(summary.entry_id).uppermost == TYPED
    assert journal.debriefs.drafts() == []
    click(editor.back_button)
    assert not page.draft_banner.isVisibleTo(page)


def test_discarding_the_offered_draft(window: MainWindow, tmp_path: Path) -> None:
    """The offered draft can be discarded after a confirmation; it is then gone for good."""
    folder = tmp_path / "paivakirja"
    journal = create_journal(folder, JOURNAL_NAME, MEMBERS, PAIR_PASSPHRASE)
    journal.debriefs.save_draft("k", Debrief(date.today(), VISIT_TYPE, uppermost="Hylättävä"))
    journal.lock()
    window.show_unlock(folder)
    unlock_with(window, PAIR_PASSPHRASE)
    page = debriefs_page(window)
    assert page.draft_banner.isVisibleTo(page)
    dialogs = window.dialogs
    assert isinstance(dialogs, FakeDialogs)
    dialogs.confirm_answers.append(True)
    click(page.discard_button)
    assert dialogs.asked[-1][0] == "confirm"
    assert journal_of(window).debriefs.drafts() == []
    assert not page.draft_banner.isVisibleTo(page)


def test_lock_mid_debrief_keeps_a_draft_without_own_answers(unlocked: MainWindow) -> None:
    """Locking while writing keeps the shared text as a draft; own answers are not kept."""
    journal = journal_of(unlocked)
    jari = next(m.member_id for m in journal.members.all() if m.display_name == "Jari")
    journal.create_personal_area(jari, OWN_PASSPHRASE).close()
    page = debriefs_page(unlocked)
    page.new_debrief()
    editor = page.editor
    editor.visit_type.setCurrentIndex(editor.visit_type.findData(VISIT_TYPE.value))
    editor.uppermost.set_text("Kesken, lukitaan välillä")
    box = next(b for b in editor.reflections if b.member.member_id == jari)
    box.strain.set_value(9)
    box.feelings.set_text("yksityinen tunne")

    press(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.journal is None
    unlock_with(unlocked, PAIR_PASSPHRASE)
    page = debriefs_page(unlocked)
    assert page.draft_banner.isVisibleTo(page)
    click(page.resume_button)
    editor = page.editor
    assert editor.uppermost.text() == "Kesken, lukitaan välillä"
    box = next(b for b in editor.reflections if b.member.member_id == jari)
    assert box.strain.value() is None
    assert box.feelings.text() == ""
