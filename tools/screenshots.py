"""Render the main screens to PNG files for a look by eye.

    xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python tools/screenshots.py [OUT_DIR] [--lang fi|sv|en] [--dark] [--scale 2]
            [--size 1366x768]

Builds a demo journal in a temp folder, walks the app through its screens and
saves each window as it is drawn on the (virtual) screen. Long pages of the own area
are also saved whole (``…-full.png``), as if the window were tall enough.

``--dark`` uses a dark palette (as with a desktop's dark mode), ``--scale 2`` doubles
the text size (as a person who needs 200 % text would set it). File names start with
the language and these choices: ``sv-dark-x2-6-overview.png``.

``--progress-journal DIR --passphrase TEXT`` saves only the progress lines of slow work
instead, on a big journal (``benchmarks/debriefs.py --keep DIR`` makes one of 10,000
debriefs; it is copied first and left as it was): an export under way, the lock waiting
for it, an import under way with its Stop, and the import stopped.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget

from tyoparipaivakirja.actions import export as export_actions
from tyoparipaivakirja.actions.export import export_journal
from tyoparipaivakirja.core.debriefs import Debrief, FollowUp, SharingLevel, VisitType
from tyoparipaivakirja.core.errors import FullDiskOnOpen, StorageFull
from tyoparipaivakirja.core.members import NewMember, Role
from tyoparipaivakirja.core.roles import ReasonCategory
from tyoparipaivakirja.core.supervision import Agreement
from tyoparipaivakirja.core.trends import Period
from tyoparipaivakirja.demo import DEMO_PAIR_PASSPHRASE, DemoPassphrases, write_demo
from tyoparipaivakirja.gui.app import build_window, make_application
from tyoparipaivakirja.gui.common import i18n
from tyoparipaivakirja.gui.common.app_settings import AppSettings
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.theme import install_text_scaled_style, use_dark_palette
from tyoparipaivakirja.gui.journal.backups_dialog import FOLDER_ROLE, BackupsDialog
from tyoparipaivakirja.gui.journal.change_passphrase import ChangePassphraseDialog
from tyoparipaivakirja.gui.journal.import_dialog import ImportDialog
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.roles.roles import RolesPage
from tyoparipaivakirja.gui.supervision.supervision_page import SupervisionPage
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.folder import back_up_folder, create_journal, open_journal
from tyoparipaivakirja.storage.portable import export_text


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def finish_work(app: QApplication, window: MainWindow) -> None:
    """Until the window's background work (an unlock, an own area opening, a backup)
    has ended and shows, as the app's event loop would."""
    deadline = time.monotonic() + 120
    while window.tasks.busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    settle(app)


def close_window(app: QApplication, window: MainWindow) -> None:
    """Close as the user would: the journal locks, and the window closes once the daily
    backup (made after the lock screen shows) is done and the folder is free."""
    window.close()
    finish_work(app, window)


def wait_for(app: QApplication, condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def save_whole(app: QApplication, widget: QWidget, path: Path) -> None:
    """Save ``widget`` at its full height (a scrolled page as one tall image)."""
    settle(app)
    widget.resize(widget.width(), max(widget.height(), widget.sizeHint().height()))
    save(app, widget, path)


class ScreenshotDialogs(Dialogs):
    """Shows each confirmation without blocking, saves it, and answers "no"."""

    def __init__(self, app: QApplication, out: Path, lang: str) -> None:
        self.app, self.out, self.lang, self.count = app, out, lang, 0

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.show()
        self.count += 1
        save(self.app, box, self.out / f"{self.lang}-confirm-{self.count}.png")
        box.close()
        return False


def own_area_screens(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """The open own area of Jari (demo data): home, trend, form, sharing, the nudge."""
    assert window.view is not None
    personal = window.view.personal
    own = personal.own
    assert own is not None
    page = personal.stack.widget(1)
    assert page is not None
    save_whole(app, page, out / f"{lang}-own-12-own-area-full.png")
    save(app, own.trend, out / f"{lang}-own-13-trend.png")
    own.trend.choose_period(Period.ALL)
    own.trend.choose_series("work_strain/recovery_stability")
    save(app, own.trend, out / f"{lang}-own-14-trend-recovery-all.png")
    form = own.start_checkin()
    assert form is not None
    save(app, window, out / f"{lang}-own-15-checkin-form.png")
    save_whole(app, page, out / f"{lang}-own-16-checkin-form-full.png")
    form.submit()  # nothing chosen: the stress item asks for an answer
    save_whole(app, page, out / f"{lang}-own-17-checkin-form-error.png")
    own.show_home()
    own.start_sharing()
    save(app, window, out / f"{lang}-own-18-sharing.png")
    save_whole(app, page, out / f"{lang}-own-19-sharing-full.png")
    own.show_home()
    own.history.setCurrentRow(0)
    own.delete_selected()  # the confirmation is saved and answered "no"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--lang", default=i18n.FINNISH, choices=i18n.SUPPORTED_LANGUAGES)
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    parser.add_argument("--scale", type=float, default=1.0, help="text size factor, e.g. 2")
    parser.add_argument(
        "--size", default="", help="window size as WIDTHxHEIGHT, e.g. 1366x768 (a laptop)"
    )
    parser.add_argument("--progress-journal", type=Path, default=None)
    parser.add_argument("--passphrase", default="benchmark kanerva majakka routa 2026")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    tag = (
        args.lang
        + ("-dark" if args.dark else "")
        + (f"-x{args.scale:g}" if args.scale != 1 else "")
    )
    if args.dark:
        install_text_scaled_style(app, "Fusion")
        use_dark_palette(app)
    if args.scale != 1:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * args.scale)
        app.setFont(font)
    width, height = (1000, 720) if args.scale == 1 else (1240, 780)
    if args.size:
        width, height = (int(part) for part in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory() as temp:
        settings = AppSettings(QSettings(str(Path(temp) / "s.ini"), QSettings.Format.IniFormat))
        settings.language = args.lang
        i18n.install(app, args.lang)
        lang = tag
        if args.progress_journal is not None:
            copy = Path(temp) / "iso-paivakirja"
            shutil.copytree(
                args.progress_journal, copy, ignore=shutil.ignore_patterns("backups", "*.lock")
            )
            progress_screens(app, settings, copy, args.passphrase, Path(temp), out, lang)
            return
        folder = Path(temp) / "Demopäiväkirja"
        passphrases = write_demo(folder)

        welcome = build_window(settings, None)
        welcome.resize(width, height)
        welcome.show()
        save(app, welcome, out / f"{lang}-1-welcome.png")
        welcome.show_create()
        save(app, welcome, out / f"{lang}-2-create.png")
        welcome.create_page.passphrase.set_text("kissa")
        welcome.create_page.repeat.set_text("koira")
        welcome.create_page.submit()
        save(app, welcome, out / f"{lang}-3-create-errors.png")
        page = welcome.create_page
        page.journal_name.setText("Jarin ja Sannan työpari")
        for row, name in zip(page.member_rows, ("Jari", "Sanna"), strict=False):
            row.name.setText(name)
        page.passphrase.set_text("jari ja sanna 2026")  # guessable by anyone who knows them
        page.repeat.set_text("jari ja sanna 2026")
        page.submit()
        save(app, welcome, out / f"{lang}-3b-create-guessable.png")
        welcome.close()

        window = build_window(settings, folder, (folder, passphrases))
        window.dialogs = ScreenshotDialogs(app, out, lang)
        window.resize(width, height)
        window.show()
        save(app, window, out / f"{lang}-4-unlock-demo.png")
        window.unlock_page.passphrase.set_text("väärä tunnuslause")
        window.unlock_page.try_unlock()
        finish_work(app, window)
        save(app, window, out / f"{lang}-5-unlock-wrong.png")
        window.unlock_page.passphrase.set_text(DEMO_PAIR_PASSPHRASE)
        window.unlock_page.try_unlock()
        finish_work(app, window)
        save(app, window, out / f"{lang}-6-overview.png")
        assert window.view is not None
        view = window.view
        view.show_page("debriefs")
        save(app, window, out / f"{lang}-6a-debriefs.png")
        view.debriefs.search.setText("velk")
        finish_work(app, window)  # the query runs on the journal worker
        save(app, window, out / f"{lang}-6b-search.png")
        view.debriefs.search.clear()
        view.debriefs.new_debrief()
        save(app, window, out / f"{lang}-6c-quick-debrief.png")
        view.debriefs.editor.uppermost.set_text("Hetu 131052-308T ja puhelin 040 123 4567.")
        view.debriefs.editor.uppermost.privacy.rescan()
        save(app, window, out / f"{lang}-6d-privacy.png")
        view.debriefs.editor.uppermost.set_text("")
        view.debriefs.editor.save()  # nobody chosen as the writer yet: said at the top
        save(app, window, out / f"{lang}-6d2-refused-at-the-top.png")
        debrief_error_screens(app, window, out, lang)
        own_part_screens(app, window, out, lang, passphrases.personal)
        view.debriefs.open_entry(
            view.debriefs.list_view.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
        )
        view.debriefs.editor.set_full(True)
        save(app, window, out / f"{lang}-6e-full-debrief.png")
        full = view.debriefs.editor.grab_full()
        full.save(str(out / f"{lang}-6f-full-debrief-whole.png"))
        view.debriefs.editor.go_back()
        view.show_page("follow_ups")
        save(app, window, out / f"{lang}-6g-follow-ups.png")
        window.view.show_page("personal")
        save(app, window, out / f"{lang}-7-personal-closed.png")
        personal = window.view.personal
        personal.passphrase.set_text(passphrases.personal["Jari"])
        personal.submit()
        finish_work(app, window)
        save(app, window, out / f"{lang}-8-personal-open.png")
        own_area_screens(app, window, out, lang)
        personal.close_area()
        personal.member_choice.setCurrentIndex(1)  # Sanna: no check-ins yet
        personal.passphrase.set_text(passphrases.personal["Sanna"])
        personal.submit()
        finish_work(app, window)
        save(app, window, out / f"{lang}-own-20-own-area-empty.png")
        assert personal.own is not None
        personal.own.start_checkin()
        open_view = personal.stack.widget(1)
        assert open_view is not None
        save_whole(app, open_view, out / f"{lang}-own-21-form-guiding-full.png")
        personal.close_area()
        save(app, window, out / f"{lang}-own-22-personal-closed-existing.png")
        personal.start_afresh()  # the confirmation is saved and answered "no"
        role_screens(app, window, out, lang)
        supervision_screens(app, window, out, lang)
        window.open_settings()
        assert window.dialog is not None
        save(app, window.dialog, out / f"{lang}-9-settings.png")
        window.dialog.reject()
        window.change_pair_passphrase()
        changing = window.dialog
        assert isinstance(changing, ChangePassphraseDialog)
        save(app, changing, out / f"{lang}-10-change-passphrase.png")
        changing.old.set_text(DEMO_PAIR_PASSPHRASE)
        for field in (changing.new, changing.repeat):
            field.set_text("jari ja sanna 2026")  # guessable: the reasons are said once
        changing.submit()
        finish_work(app, window)
        save(app, changing, out / f"{lang}-10c-change-passphrase-refused.png")
        changing.reject()
        window.open_about()
        assert window.dialog is not None
        save(app, window.dialog, out / f"{lang}-10b-about.png")
        window.dialog.reject()
        window.lock()
        save(app, window, out / f"{lang}-11-locked.png")
        finish_work(app, window)
        close_window(app, window)
        review_reminder_screens(app, settings, folder, out, lang)
        start_page_screens(app, settings, folder, width, height, out, lang)
        full_disk_screens(app, settings, folder, width, height, out, lang)
        empty_role_split_screen(app, Path(temp), out, lang)
        backup_screens(app, settings, folder, passphrases, Path(temp), out, lang)


def save_scrolled(app: QApplication, scroll: QWidget | None, path: Path) -> None:
    """Save the whole scrolled content of a page, not only what fits in the window."""
    settle(app)
    inner = scroll.widget() if isinstance(scroll, QScrollArea) else scroll
    if inner is not None:
        save(app, inner, path)


def role_screens(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """The role split: overview, editor, a proposal waiting for acceptance, review dialog."""
    assert window.view is not None
    window.view.show_page("roles")
    page = window.view.current_page
    assert isinstance(page, RolesPage)
    save(app, window, out / f"{lang}-12-roles.png")
    save_scrolled(app, page.stack.currentWidget(), out / f"{lang}-12b-roles-whole.png")
    page.start_change()
    save(app, window, out / f"{lang}-13-roles-editor.png")
    save_scrolled(app, page.editor.scroll_area, out / f"{lang}-13b-roles-editor-whole.png")
    page.editor.reason.setCurrentIndex(page.editor.reason.findData(ReasonCategory.STRAIN.value))
    page.editor.rows[0].title.setText("")
    page.editor.propose()
    save(app, window, out / f"{lang}-14-roles-editor-error.png")
    page.editor.rows[0].title.setText("Työn koordinointi ja ohjaaminen")
    page.editor.move_task(page.editor.rows[3], -2)
    page.editor.propose()
    save(app, window, out / f"{lang}-15-roles-proposal.png")
    save_scrolled(app, page.stack.currentWidget(), out / f"{lang}-15b-roles-proposal-whole.png")
    page.accept(page.members[1])  # Sanna accepts: her own passphrase is asked
    consent = page.consent_dialog
    assert consent is not None
    save(app, consent, out / f"{lang}-15c-consent.png")
    consent.passphrase.set_text(DEMO_PAIR_PASSPHRASE)
    consent.submit()
    wait_for(app, lambda: not consent.busy)
    save(app, consent, out / f"{lang}-15d-consent-refused.png")
    consent.reject()
    page.open_review_dialog()
    assert page.review_dialog is not None
    save(app, page.review_dialog, out / f"{lang}-16-roles-review-dialog.png")
    page.review_dialog.reject()


def supervision_screens(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """Työnohjaus: the planned session's agenda and agreements, and its summary preview."""
    assert window.view is not None
    window.view.show_page(SupervisionPage.page_key)
    page = window.view.supervision
    save(app, window, out / f"{lang}-supervision-1.png")
    save_whole(app, page.editor, out / f"{lang}-supervision-2-editor-whole.png")
    page.sessions.setCurrentRow(1)  # the latest past session, with its agreements
    save(app, window, out / f"{lang}-supervision-3-past.png")
    page.sessions.setCurrentRow(0)
    page.editor.summary_button.click()
    dialog = page.summary_dialog
    assert dialog is not None
    save(app, dialog, out / f"{lang}-supervision-4-summary-dialog.png")
    dialog.build_button.click()
    deadline = time.monotonic() + 20
    while dialog.pdf is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):  # let the preview render its pages
        app.processEvents()
        time.sleep(0.02)
    save(app, dialog, out / f"{lang}-supervision-5-summary-preview.png")
    dialog.reject()
    # A henkilötunnus typed into a shared reflection (the temp journal only): the gate.
    journal = window.journal
    assert journal is not None
    author = journal.members.all()[0].member_id
    journal.debriefs.save(
        Debrief(
            visit_date=date.today() - timedelta(days=1),
            visit_type=VisitType.HOME_VISIT,
            client_code="A-03",
            went_well="Lomakkeessa luki 131052-308T, ja asiakas soitti numerosta 040 123 4567.",
            sharing=SharingLevel.TOPICS_AND_REFLECTION,
        ),
        author,
        date.today(),
    )
    page.editor.summary_button.click()
    blocked = page.summary_dialog
    assert blocked is not None
    blocked.build_button.click()
    wait_for(app, lambda: not blocked.busy)
    save(app, blocked, out / f"{lang}-supervision-6-summary-blocked.png")
    blocked.reject()
    # A henkilötunnus in an open agreement of an earlier session: "fix it" opens it there.
    past = [s for s in journal.supervision.sessions() if s.held_on < date.today()][-1]
    journal.supervision.save_session(
        past.session_id,
        past.held_on,
        past.supervisor,
        past.agenda,
        (*past.agreements, Agreement("Tarkistetaan hakemus, jossa luki 131052-308T.")),
    )
    page.reload()
    page.editor.summary_button.click()
    fix = page.summary_dialog
    assert fix is not None
    fix.resize(1000, 760)
    fix.build_button.click()
    wait_for(app, lambda: not fix.busy)
    save(app, fix, out / f"{lang}-supervision-7-fix-agreement.png")
    fix_button = fix.findings.rows[-1].fix_button
    assert fix_button is not None
    fix_button.click()
    save(app, window, out / f"{lang}-supervision-8-agreement-opened.png")
    save_whole(app, page.editor, out / f"{lang}-supervision-8b-agreement-opened-whole.png")
    # Typing a henkilötunnus into an own topic and a phone number into an agreement.
    page.sessions.setCurrentRow(0)
    editor = page.editor
    editor.own_topic.setText("Miten puhua tunnuksesta 010594Y9032?")
    editor.own_topic_notice.rescan()
    editor.add_agreement(Agreement("Sanna soittaa numeroon 040 765 4321."))
    editor.agreements_notice.rescan()
    save(app, window, out / f"{lang}-supervision-9-typing-scanned.png")
    save_whole(app, editor, out / f"{lang}-supervision-9b-typing-scanned-whole.png")
    editor.own_topic.clear()


def review_reminder_screens(
    app: QApplication, settings: AppSettings, folder: Path, out: Path, lang: str
) -> None:
    """An overdue review: the calm reminder on the home page and on the role split."""
    journal = open_journal(folder, DEMO_PAIR_PASSPHRASE)
    try:
        proposal = journal.roles.open_revision()
        if proposal is not None:
            journal.roles.discard_draft(proposal.revision_id)
        jari = journal.members.all()[0].member_id
        today = date.today()
        journal.roles.record_review_without_changes(
            jari, today - timedelta(days=100), today - timedelta(days=3)
        )
    finally:
        journal.lock()
    window = build_window(settings, folder)
    window.resize(1000, 720)
    window.show()
    window.unlock_page.passphrase.set_text(DEMO_PAIR_PASSPHRASE)
    window.unlock_page.try_unlock()
    finish_work(app, window)
    save(app, window, out / f"{lang}-17-overview-review-due.png")
    assert window.view is not None
    window.view.show_page("roles")
    save(app, window, out / f"{lang}-18-roles-review-due.png")
    close_window(app, window)


def debrief_error_screens(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """A full debrief with a henkilötunnus far down, saved from the top; and an entry a
    partner shared their strain in, reopened (the shared answers and the list's column)."""
    assert window.view is not None
    page = window.view.debriefs
    editor = page.editor
    editor.author.setCurrentIndex(1)
    editor.visit_type.setCurrentIndex(3)
    editor.set_full(True)
    editor.learning.set_text("Papereissa luki 131052-308T.")
    editor.learning.privacy.rescan()
    editor.scroll_area.verticalScrollBar().setValue(0)
    editor.save()
    save(app, window, out / f"{lang}-6d3-hetu-far-down.png")
    editor.learning.set_text("")
    editor.discard_current_draft()
    editor.go_back()
    journal = window.journal
    assert journal is not None
    shared = next(
        (row.entry_id for row in journal.debriefs.entries(limit=500) if row.shared_strain), None
    )
    save(app, window, out / f"{lang}-6d4-list-shared-column.png")
    if shared is not None:
        page.open_entry(shared)
        save(app, window, out / f"{lang}-6d5-shared-strain-reopened.png")
        editor.go_back()


def own_part_screens(
    app: QApplication, window: MainWindow, out: Path, lang: str, personal: dict[str, str]
) -> None:
    """A debrief with a partner's own reflection: saved with a wrong own passphrase (the
    refusal under the box and at the bottom, after the save ran on the task runner),
    then with the right one (the own answers leave the screen, "Saved at")."""
    assert window.view is not None
    page = window.view.debriefs
    page.new_debrief()
    editor = page.editor
    editor.author.setCurrentIndex(1)
    editor.visit_type.setCurrentIndex(3)
    editor.uppermost.set_text("Kotikäynti, arki sujuu paremmin.")
    editor.set_full(True)
    box = next(b for b in editor.reflections if b.has_area)
    box.strain.set_value(6)
    box.feelings.set_text("Jäi mieleen, miten väsynyt asiakas oli.")
    box.passphrase.set_text("ei oikea tunnuslause")
    editor.save(from_bottom=True)
    finish_work(app, window)
    save(app, window, out / f"{lang}-6h-own-passphrase-refused.png")
    box.passphrase.set_text(personal[box.member.display_name])
    editor.save(from_bottom=True)
    finish_work(app, window)
    editor.scroll_area.ensureWidgetVisible(box, 0, 40)
    save(app, window, out / f"{lang}-6i-saved-with-own-part.png")
    editor.go_back()


def start_page_screens(
    app: QApplication,
    settings: AppSettings,
    folder: Path,
    width: int,
    height: int,
    out: Path,
    lang: str,
) -> None:
    """Purut as the app opens: the review reminder, an overdue follow-up and an own area
    reset with the pair passphrase; then the reset member's own area page."""
    journal = open_journal(folder, DEMO_PAIR_PASSPHRASE)
    try:
        jari, sanna = (m.member_id for m in journal.members.all())
        journal.debriefs.save(
            Debrief(
                visit_date=date.today() - timedelta(days=12),
                visit_type=VisitType.ACCOMPANIED_AUTHORITY_VISIT,
                client_code="A-02",
                follow_ups=(
                    FollowUp("Varaa aika aikuissosiaalityöhön", jari, date.today() - timedelta(3)),
                ),
            ),
            jari,
            date.today(),
        )
        journal.reset_personal_area(sanna)
    finally:
        journal.lock()
    window = build_window(settings, folder)
    window.resize(width, height)
    window.show()
    window.unlock_page.passphrase.set_text(DEMO_PAIR_PASSPHRASE)
    window.unlock_page.try_unlock()
    finish_work(app, window)
    assert window.view is not None
    window.view.show_page("debriefs")
    save(app, window, out / f"{lang}-23-start-page-notices.png")
    window.view.show_page("personal")
    personal = window.view.personal
    personal.member_choice.setCurrentIndex(1)
    save(app, window, out / f"{lang}-24-own-area-reset-notice.png")
    close_window(app, window)


def full_disk_screens(
    app: QApplication,
    settings: AppSettings,
    folder: Path,
    width: int,
    height: int,
    out: Path,
    lang: str,
) -> None:
    """A full disk when unlocking: the journal opened for reading only (the notice above
    every page, a refused save), and the unlock page where it cannot even be read."""
    real_open = database.open_database

    def disk_full(*_args: object, **_kwargs: object) -> tuple[object, dict[str, str]]:
        raise StorageFull("simulated: SQLITE_FULL")  # as SQLite says on a full disk

    database.open_database = disk_full
    try:
        window = build_window(settings, folder)
        window.resize(width, height)
        window.show()
        window.unlock_page.passphrase.set_text(DEMO_PAIR_PASSPHRASE)
        window.unlock_page.try_unlock()
        finish_work(app, window)
        assert window.view is not None and window.journal is not None
        assert window.journal.read_only
        save(app, window, out / f"{lang}-25-full-disk-read-only.png")
        editor = window.view.debriefs.editor
        window.view.debriefs.new_debrief()
        editor.author.setCurrentIndex(1)
        editor.visit_type.setCurrentIndex(1)
        editor.uppermost.set_text("Asiakas oli tänään väsynyt.")
        editor.save()
        save(app, window, out / f"{lang}-26-full-disk-save-refused.png")
        window.view.read_only_notice.button.click()  # Lock now
        finish_work(app, window)
        real_read_only = database.open_read_only_database

        def unreadable(*_args: object, **_kwargs: object) -> tuple[object, dict[str, str]]:
            raise FullDiskOnOpen("simulated: the log cannot be read without room")

        database.open_read_only_database = unreadable
        try:
            window.unlock_page.passphrase.set_text(DEMO_PAIR_PASSPHRASE)
            window.unlock_page.try_unlock()
            finish_work(app, window)
            save(app, window, out / f"{lang}-27-full-disk-cannot-open.png")
        finally:
            database.open_read_only_database = real_read_only
        close_window(app, window)
    finally:
        database.open_database = real_open


def backup_screens(
    app: QApplication,
    settings: AppSettings,
    folder: Path,
    passphrases: DemoPassphrases,
    temp: Path,
    out: Path,
    lang: str,
) -> None:
    """Backups and export, the import dialog, and the unlock screen of a damaged journal."""
    window = build_window(settings, folder)
    window.resize(1000, 720)
    window.show()
    window.unlock_page.passphrase.set_text(passphrases.pair)
    window.unlock_page.try_unlock()
    finish_work(app, window)
    window.open_backups()
    dialog = window.dialog
    assert isinstance(dialog, BackupsDialog)
    dialog.back_up_now()
    wait_for(app, lambda: not dialog.busy)
    dialog.passphrase.set_text(passphrases.pair)
    dialog.show_contents()
    wait_for(app, lambda: not dialog.busy)
    save(app, dialog, out / f"{lang}-20-backups.png")
    opened_size = dialog.size()
    dialog.resize(dialog.width(), 1180)
    save(app, dialog, out / f"{lang}-20b-backups-whole.png")
    # Another journal's backup copied into this journal's backups: marked in the list,
    # and choosing it asks the explicit question (saved, answered "no").
    other = create_journal(
        temp / "toinen",
        "Toinen työpari",
        (NewMember("Aino", Role.EXPERT_BY_EXPERIENCE), NewMember("Pekka", Role.PROFESSIONAL)),
        "toisen parin polku: kuusikko 2025",
    )
    other_folder = other.folder
    other.lock()
    made = back_up_folder(other_folder, other_folder / "backups")
    copied = folder / "backups" / f"{made.folder.name}-toisesta"
    shutil.copytree(made.folder, copied)
    dialog.resize(opened_size)
    dialog.refresh()
    for row in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(row)
        if item is not None and item.data(0, FOLDER_ROLE) == str(copied):
            dialog.table.setCurrentItem(item)
    save(app, dialog, out / f"{lang}-20c-backups-other-journal.png")
    dialog._dialogs = ScreenshotDialogs(app, out, f"{lang}-20d-other-journal")
    dialog.restore_selected()
    shutil.rmtree(copied)
    dialog.refresh()
    export = temp / "vienti.json"
    assert window.journal is not None
    export_journal(window.journal, export, {})
    dialog.reject()
    window.open_import()
    importer = window.dialog
    assert isinstance(importer, ImportDialog)
    importer.load(export)
    wait_for(app, lambda: not importer.busy)
    save(app, importer, out / f"{lang}-21-import.png")
    broken = temp / "rikki.json"
    document = json.loads(export.read_text(encoding="utf-8"))
    document["pair"]["debriefs"][3]["visit_date"] = 2026
    broken.write_text(json.dumps(document), encoding="utf-8")
    importer.load(broken)
    wait_for(app, lambda: not importer.busy)
    save(app, importer, out / f"{lang}-21b-import-error.png")
    importer.reject()
    window.lock()
    finish_work(app, window)
    pair = folder / "pair.db"
    data = bytearray(pair.read_bytes())
    data[len(data) // 2] ^= 0x10
    pair.write_bytes(bytes(data))
    window.unlock_page.passphrase.set_text(passphrases.pair)
    window.unlock_page.try_unlock()
    finish_work(app, window)
    save(app, window, out / f"{lang}-22-unlock-damaged.png")
    close_window(app, window)


class AnsweringDialogs(Dialogs):
    """Says yes to every question and saves where it is told (no window opens)."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        return True

    def choose_output_file(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        return self.target

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        pass


def progress_screens(
    app: QApplication,
    settings: AppSettings,
    folder: Path,
    passphrase: str,
    temp: Path,
    out: Path,
    lang: str,
) -> None:
    """The progress lines of slow work on a big journal, caught while they show."""
    export = temp / "vienti.json"
    window = build_window(settings, folder)
    window.dialogs = AnsweringDialogs(export)
    window.resize(1000, 720)
    window.show()
    window.unlock_page.passphrase.set_text(passphrase)
    window.unlock_page.try_unlock()
    save(app, window, out / f"{lang}-progress-1-opening.png")
    finish_work(app, window)
    window.open_backups()
    dialog = window.dialog
    assert isinstance(dialog, BackupsDialog)
    # The export of 10,000 debriefs takes under a second here: too short to be caught
    # on screen. Each of its steps is held back a little, so the line shows as it would
    # on a slower machine; and the desktop locks during the second export.
    real_export = export_text

    def slow_export(journal: Any, own: Any, progress: Any) -> list[str]:
        def step(done: int, total: int) -> None:
            progress(done, total)
            time.sleep(0.4)

        return real_export(journal, own, step)

    with mock.patch.object(export_actions, "export_text", slow_export):
        dialog.export()
        wait_for(app, lambda: dialog.task_line.isVisible() and dialog.task_line.bar.value() > 2)
        save(app, dialog, out / f"{lang}-progress-2-export.png")
        wait_for(app, lambda: not dialog.busy)
        dialog.export()
        wait_for(app, lambda: dialog.last_task is not None and dialog.last_task.running)
        wait_for(
            app, lambda: dialog.last_task is not None and dialog.last_task.shown_for_ms() > 600
        )
        window.lock()  # the lock waits for the export to stop at its next step
        save(app, window, out / f"{lang}-progress-3-lock-waits.png")
        finish_work(app, window)
    save(app, window, out / f"{lang}-progress-4-locked.png")
    window.unlock_page.passphrase.set_text(passphrase)
    window.unlock_page.try_unlock()
    finish_work(app, window)
    window.open_import()
    importer = window.dialog
    assert isinstance(importer, ImportDialog)
    importer.load(export)
    wait_for(app, importer.task_line.isVisible, 10)
    save(app, importer, out / f"{lang}-progress-5-import-checking.png")
    wait_for(app, lambda: not importer.busy, 120)
    importer.folder.setText(str(temp / "tuotu"))
    importer.pair.set_text("uusi yhteinen polku koivikko 2027 routa")
    importer.pair_repeat.set_text("uusi yhteinen polku koivikko 2027 routa")
    importer.submit()
    wait_for(app, importer.task_line.isVisible, 10)
    wait_for(app, lambda: importer.task_line.bar.value() > 1, 20)
    save(app, importer, out / f"{lang}-progress-6-import.png")
    importer.task_line.cancel_button.click()
    settle(app)
    save(app, importer, out / f"{lang}-progress-7-import-stopping.png")
    wait_for(app, lambda: not importer.busy, 120)
    save(app, importer, out / f"{lang}-progress-8-import-stopped.png")
    importer.reject()
    window.lock()
    finish_work(app, window)
    close_window(app, window)


def empty_role_split_screen(app: QApplication, temp: Path, out: Path, lang: str) -> None:
    members = (NewMember("Aino", Role.EXPERT_BY_EXPERIENCE), NewMember("Pekka", Role.PROFESSIONAL))
    journal = create_journal(
        temp / "tyhja", "Ainon ja Pekan työpari", members, "tyhjä kuusi kanerva majakka 28"
    )
    try:
        page = RolesPage(journal)
        page.resize(780, 500)
        page.show()
        save(app, page, out / f"{lang}-19-roles-empty.png")
        page.close()
    finally:
        journal.lock()


if __name__ == "__main__":
    main()
