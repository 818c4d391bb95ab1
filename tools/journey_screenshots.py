"""Walk the journeys of issue 12 in the real window and save what a person sees.

    xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python tools/journey_screenshots.py [OUT_DIR] [--lang fi|sv|en] [--scale 2]

On a demo journal: a pikapurku with own answers kept in the own area, locked and
continued (the drafts' banner, the resumed form, the own answers brought back with the
own passphrase), leaving own answers that cannot be kept (the question), a draft older
than the saved entry (the question what to keep), a half-done check-in closed by the
own area's idle time and continued, an unsaved new supervision session across a lock,
and the role-split draft with a task not yet named across a lock. Each step is saved
as ``<lang>[-x2]-journey-NN-<what>.png``; dialogs are shown without blocking.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget

from tyoparipaivakirja.core.debriefs import VisitType
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.demo import DEMO_PAIR_PASSPHRASE, write_demo
from tyoparipaivakirja.gui.app import build_window, make_application
from tyoparipaivakirja.gui.common import i18n
from tyoparipaivakirja.gui.common.app_settings import AppSettings
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.draft_conflict import DraftConflictDialog
from tyoparipaivakirja.gui.common.drafts import Difference, DraftChoice
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.roles.roles import RolesPage
from tyoparipaivakirja.gui.supervision.supervision_page import SupervisionPage
from tyoparipaivakirja.storage.session import Journal


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


class Shots:
    """Numbered PNGs of one walk."""

    def __init__(self, app: QApplication, out: Path, tag: str) -> None:
        self.app, self.out, self.tag, self.count = app, out, tag, 0

    def save(self, widget: QWidget, what: str) -> None:
        settle(self.app)
        self.count += 1
        path = self.out / f"{self.tag}-journey-{self.count:02d}-{what}.png"
        widget.grab().save(str(path))
        print(path)


class ShownDialogs(Dialogs):
    """Shows each question without blocking, saves it, and gives a set answer."""

    def __init__(self, shots: Shots) -> None:
        self.shots = shots
        self.confirm_answer = False

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.show()
        self.shots.save(box, "question")
        box.close()
        return self.confirm_answer

    def resolve_draft(
        self,
        parent: QWidget,
        title: str,
        intro: str,
        found: Sequence[Difference],
        allow_copy: bool,
    ) -> DraftChoice | None:
        dialog = DraftConflictDialog(title, intro, found, allow_copy, parent)
        dialog.show()
        self.shots.save(dialog, "draft-question")
        dialog.close()
        return DraftChoice.MINE


def finish_work(app: QApplication, window: MainWindow) -> None:
    """Until the window's background work (unlocking, an own area opening, the daily
    backup) has ended and shows, as the app's event loop would."""
    deadline = time.monotonic() + 60
    while window.tasks.busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    settle(app)


def lock_and_unlock(window: MainWindow, shots: Shots, what: str) -> None:
    window.lock_action.trigger()
    shots.save(window, f"{what}-locked")
    finish_work(shots.app, window)
    window.unlock_page.passphrase.set_text(DEMO_PAIR_PASSPHRASE)
    window.unlock_page.try_unlock()
    finish_work(shots.app, window)


def journal_of(window: MainWindow) -> Journal:
    assert window.journal is not None, "the journal is locked"
    return window.journal


def walk(app: QApplication, window: MainWindow, shots: Shots, own: dict[str, str]) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ShownDialogs)
    assert window.view is not None
    jari, sanna = journal_of(window).members.all()

    # A pikapurku with Jari's own answers, kept while typing, then the lock.
    page = window.view.debriefs
    page.new_debrief()
    editor = page.editor
    editor.visit_type.setCurrentIndex(editor.visit_type.findData(VisitType.HOME_VISIT.value))
    editor.client_code.setEditText("Ö-17")
    editor.uppermost.set_text("Asunto löytyi, mutta velat painavat – soitto Kelaan tänään.")
    box = editor.reflections[0]
    box.strain.set_value(7)
    box.wants_to_debrief.setChecked(True)
    box.passphrase.set_text(own[jari.display_name])
    box.passphrase.edit.editingFinished.emit()
    editor.save_draft_now()
    shots.save(window, "pikapurku-own-answers-kept")

    # A second draft: an older entry opened and changed.
    lock_and_unlock(window, shots, "pikapurku")
    assert window.view is not None
    page = window.view.debriefs
    first = journal_of(window).debriefs.entries()
    page.open_entry(first[0].entry_id)
    page.editor.set_full(True)
    page.editor.goal.set_text("Tavoite tarkentui keskustelussa.")
    page.editor.go_back()
    shots.save(window, "drafts-banner")

    pikapurku = next(d for d in journal_of(window).debriefs.drafts() if d.entry_id is None)
    page.resume_draft(pikapurku)
    shots.save(window, "pikapurku-continued")
    box = page.editor.reflections[0]
    box.passphrase.set_text(own[jari.display_name])
    box.passphrase.edit.editingFinished.emit()
    shots.save(window, "own-answers-back")

    # Sanna's own answers without her passphrase: leaving asks.
    page.editor.reflections[1].strain.set_value(3)
    shots.save(window, "own-answers-not-kept-yet")
    dialogs.confirm_answer = False
    page.editor.go_back()  # the question is saved; "stay" answers it
    page.editor.reflections[1].clear_private()
    page.editor.go_back()

    # A draft older than the saved entry: what differs, and the choice.
    entry_id = first[0].entry_id
    draft = journal_of(window).debriefs.draft_of(entry_id)
    assert draft is not None
    saved = journal_of(window).debriefs.get(entry_id)
    journal_of(window).debriefs.save(
        replace(saved, went_well="Sanna lisäsi myöhemmin: asiakas otti itse yhteyttä."),
        sanna.member_id,
        saved.visit_date,
    )
    page.resume_draft(draft)
    shots.save(window, "older-draft-mine-kept")
    page.editor.go_back()

    # A half-done check-in, closed by the own area's idle time, and continued.
    window.view.show_page("personal")
    personal = window.view.personal
    personal.passphrase.set_text(own[jari.display_name])
    personal.submit()
    finish_work(app, window)
    assert personal.own is not None
    form = personal.own.start_checkin()
    assert form is not None
    form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].buttons[4].click()
    form.note.setPlainText("Raskas viikko: vankilakäynti toi muistot pintaan.")
    window.personal_idle.idle.emit()
    shots.save(window, "checkin-area-closed-when-idle")
    personal.passphrase.set_text(own[jari.display_name])
    personal.submit()
    finish_work(app, window)
    shots.save(window, "checkin-continue-offered")
    assert personal.own is not None
    personal.own.start_checkin()
    shots.save(window, "checkin-continued")
    personal.close_area()

    # Työnohjaus: New session saves nothing; typed and locked, it comes back.
    window.view.show_page(SupervisionPage.page_key)
    supervision = window.view.supervision
    supervision.new_session()
    shots.save(window, "supervision-new-not-saved")
    supervision.editor.supervisor.setText("Outi")
    supervision.editor.own_topic.setText("Työaikojen joustot")
    lock_and_unlock(window, shots, "supervision")
    assert window.view is not None
    shots.save(window, "supervision-new-came-back")

    # The role-split draft with a task not yet named, across a lock.
    window.view.show_page(RolesPage.page_key)
    roles = window.view.roles
    revision = journal_of(window).roles.open_revision()
    if revision is None:
        roles.change_button.click()
    else:
        roles.edit_button.click()
    roles.editor.add_task()
    roles.editor.rows[-1].note.setText("Nimi puuttuu vielä – muistiinpano ei katoa.")
    lock_and_unlock(window, shots, "roles")
    assert window.view is not None
    window.view.roles.edit_button.click()
    shots.save(window, "roles-draft-came-back")
    editor_scroll = window.view.roles.editor.scroll_area
    inner = editor_scroll.widget() if isinstance(editor_scroll, QScrollArea) else None
    if inner is not None:
        shots.save(inner, "roles-draft-came-back-whole")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--lang", default=i18n.FINNISH, choices=i18n.SUPPORTED_LANGUAGES)
    parser.add_argument("--scale", type=float, default=1.0, help="text size factor, e.g. 2")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    if args.scale != 1:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * args.scale)
        app.setFont(font)
    tag = args.lang + (f"-x{args.scale:g}" if args.scale != 1 else "")
    with tempfile.TemporaryDirectory() as temp:
        settings = AppSettings(QSettings(str(Path(temp) / "s.ini"), QSettings.Format.IniFormat))
        settings.language = args.lang
        i18n.install(app, args.lang)
        folder = Path(temp) / "Demopäiväkirja"
        passphrases = write_demo(folder)
        shots = Shots(app, out, tag)
        window = build_window(settings, folder, (folder, passphrases))
        window.dialogs = ShownDialogs(shots)
        window.resize(1366, 740)
        window.show()
        window.unlock_page.passphrase.set_text(DEMO_PAIR_PASSPHRASE)
        window.unlock_page.try_unlock()
        finish_work(app, window)
        walk(app, window, shots, passphrases.personal)
        window.close()
        finish_work(app, window)


if __name__ == "__main__":
    main()
