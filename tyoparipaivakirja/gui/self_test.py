"""``tyoparipaivakirja --self-test``: proves that an installed or frozen app works.

Headless (the offscreen Qt platform unless one is set) and self-contained: it creates a
journal with invented content in a temporary folder, writes a debrief and a check-in in
a personal area, builds the work supervision summary PDF (password-protected, read back
with QtPdf), locks and reopens the journal, verifies it, opens the main window once, and
removes the folder. Each step prints one short line; the first failure
ends the run with a non-zero exit code and a sentence saying which step broke.

Nothing the test writes is real content, and nothing is left behind.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1

_MEMBERS = (("Testi-KA", "kokemusasiantuntija"), ("Testi-ammattilainen", "ammattilainen"))

SCRIPTS_SAMPLE = "Kiitos 😀 – Привет – שלום – مرحبا – čđŋšŧž."


class SelfTestFailure(Exception):
    """One step found something wrong; the message says what (never content)."""


@dataclass
class _State:
    """What the steps hand to each other."""

    folder: Path
    pair_passphrase: str = field(default_factory=lambda: "itsetesti-" + secrets.token_hex(12))
    own_passphrase: str = field(default_factory=lambda: "oma-itsetesti-" + secrets.token_hex(12))
    member_id: str = ""
    pdf: Path | None = None


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def _qt_application() -> None:
    """A QApplication on the offscreen platform; each language's catalogue loads (Finnish
    last, so the window step below runs in the default language)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from tyoparipaivakirja.gui.common import i18n

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "selftest"])
    _check(isinstance(app, QApplication), "no QApplication")
    for language, expected in (
        (i18n.ENGLISH, "Lock"),
        (i18n.SWEDISH, "Lås"),
        (i18n.FINNISH, "Lukitse"),
    ):
        i18n.install(app, language)
        word = QCoreApplication.translate("MainWindow", "&Lock").replace("&", "")
        _check(word == expected, f"the {language} translation is missing from the bundle")


def _create(state: _State) -> None:
    from tyoparipaivakirja.actions import journal as journals
    from tyoparipaivakirja.core.members import parse_member_spec

    members = [parse_member_spec(f"{name}:{role}") for name, role in _MEMBERS]
    journal = journals.create(state.folder, "Itsetesti", members, state.pair_passphrase)
    try:
        state.member_id = journal.members.all()[0].member_id
    finally:
        journal.lock()


def _debrief(state: _State) -> None:
    from tyoparipaivakirja.actions import journal as journals
    from tyoparipaivakirja.core.debriefs import Debrief, SharingLevel, Theme, VisitType

    journal = journals.unlock(state.folder, state.pair_passphrase)
    try:
        entry = Debrief(
            visit_date=date.today(),
            visit_type=VisitType.HOME_VISIT,
            client_code="T-01",
            themes=(Theme.HOUSING,),
            uppermost="Itsetestin kirjaus: ääkköset å, ä, ö toimivat.",
            what_happened="Kävimme läpi asumisen tilanteen.",
            # Every script the PDFs must print: the fonts and bidi of the bundle.
            went_well=f"Keskustelu sujui. {SCRIPTS_SAMPLE}",
            sharing=SharingLevel.TOPICS_AND_REFLECTION,
        )
        entry_id = journal.debriefs.save(entry, state.member_id, date.today())
        _check(journal.debriefs.get(entry_id).uppermost == entry.uppermost, "debrief read back")
    finally:
        journal.lock()


def _checkin(state: _State) -> None:
    from tyoparipaivakirja.actions import journal as journals
    from tyoparipaivakirja.core.checkins import Answer, NewCheckIn
    from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM

    # The bundled instrument files load and pass their schema check.
    _check(
        journals.load_instruments().get(ELO_STRESS) is not None, "the instrument files are missing"
    )
    journal = journals.unlock(state.folder, state.pair_passphrase)
    try:
        area = journal.create_personal_area(state.member_id, state.own_passphrase)
        area.checkins.add(
            NewCheckIn(date.today(), (Answer(ELO_STRESS, ELO_STRESS_ITEM, 2),)), date.today()
        )
        area.close()
        reopened = journal.open_personal_area(state.member_id, state.own_passphrase)
        _check(len(reopened.checkins.all()) == 1, "the check-in was not read back")
        reopened.close()
    finally:
        journal.lock()


def _pdf(state: _State) -> None:
    """The work supervision summary, as the app makes it: the privacy gate, the PDF,
    AES-256 with a password (pikepdf), an atomic write, and a read-back through QtPdf
    (the preview's engine) with the password."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    from tyoparipaivakirja.actions import journal as journals
    from tyoparipaivakirja.actions import summary as summaries
    from tyoparipaivakirja.report.summary_words import CONFIDENTIAL

    today = date.today()
    journal = journals.unlock(state.folder, state.pair_passphrase)
    try:
        checked = summaries.check(journal, today - timedelta(days=28), today, today)
    finally:
        journal.lock()
    summary = checked.summary
    _check(not checked.gate.blocked, "the privacy check blocked the summary")
    password = "itsetesti-" + secrets.token_hex(6)
    pdf = summaries.make_pdf(summary, password)
    _check(pdf.startswith(b"%PDF-"), "the summary PDF is not complete")
    from reportlab.lib import rl_accel

    # The C accelerator (the rl-accel package) halves the time of a year's summary; the
    # built app must carry it (build.spec names it: reportlab imports it through exec).
    _check(rl_accel.fp_str.__module__ == "_rl_accel", "reportlab's C accelerator is missing")
    target = state.folder.parent / "itsetesti.pdf"
    summaries.save_pdf(target, pdf)
    _check(target.read_bytes() == pdf, "the PDF file was not written whole")
    raw = QByteArray(target.read_bytes())
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.setPassword(password)
    document.load(buffer)
    _check(document.pageCount() > 0, "QtPdf cannot open the summary")
    text = document.getAllText(0).text()
    _check(CONFIDENTIAL.split()[0] in text, "the summary's first page lacks its cover text")
    every_page = "".join(document.getAllText(n).text() for n in range(document.pageCount()))
    _check("😀" in every_page and "Привет" in every_page, "the summary lost a script")
    document.close()
    state.pdf = target


def _verify(state: _State) -> None:
    from tyoparipaivakirja.actions import journal as journals

    journal = journals.unlock(state.folder, state.pair_passphrase)
    try:
        report = journals.verify(journal, state.pair_passphrase)
        _check(report.ok, "verify found problems: " + "; ".join(map(str, report.problems)))
        _check(report.personal_areas == 1, "the personal area is missing")
        _check(journal.debriefs.count() == 1, "the debrief is missing")
    finally:
        journal.lock()


def _window(state: _State) -> None:
    """The main window builds and shows its unlock page (widgets, styles, plugins)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tyoparipaivakirja.gui.app import build_window
    from tyoparipaivakirja.gui.common.app_settings import AppSettings

    store = QSettings(str(state.folder.parent / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(AppSettings(store), state.folder)
    window.show()
    QApplication.processEvents()
    _check(window.stack.currentWidget() is window.unlock_page, "the unlock page did not open")
    if sys.platform.startswith("linux"):  # the desktop's own lock and sleep reach the app
        try:
            import PySide6.QtDBus  # noqa: F401
        except ImportError:
            raise SelfTestFailure(
                "QtDBus is missing: the session lock cannot lock the journal"
            ) from None
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def run_self_test(say: Callable[[str], None] = print) -> int:
    """Run every step; returns the exit code."""
    started = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix="tyoparipaivakirja-selftest-"))
    state = _State(folder=root / "journal")
    steps: list[tuple[str, Callable[[], None]]] = [
        ("Qt and translations", _qt_application),
        ("create a journal", lambda: _create(state)),
        ("write a debrief", lambda: _debrief(state)),
        ("write a check-in in a personal area", lambda: _checkin(state)),
        ("build the supervision summary PDF", lambda: _pdf(state)),
        ("verify the journal", lambda: _verify(state)),
        ("open the main window", lambda: _window(state)),
    ]
    try:
        for name, step in steps:
            try:
                step()
            except Exception as error:  # any failure is reported, never a traceback
                detail = str(error) if isinstance(error, SelfTestFailure) else type(error).__name__
                say(f"self-test FAILED at '{name}': {detail}")
                return EXIT_FAILED
            say(f"ok  {name}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if root.exists():
        say("self-test FAILED: the temporary folder could not be removed")
        return EXIT_FAILED
    say(f"self-test passed in {time.monotonic() - started:.1f} s")
    return EXIT_OK
