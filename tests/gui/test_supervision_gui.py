"""The Työnohjaus page: sessions, agenda from shared topics, agreements, and the summary
built off the GUI thread, previewed, saved and printed."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.gui.helpers import LONG_WAIT_MS, FakeDialogs, click
from tests.gui.test_accessibility import _unnamed
from tests.report.qtpdf import LoadedPdf
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    VisitType,
)
from tyoparipaivakirja.core.summary import SupervisionSummary
from tyoparipaivakirja.core.supervision import AgreementStatus
from tyoparipaivakirja.gui import summary_dialog
from tyoparipaivakirja.gui.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.journal_view import JournalView
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.summary_dialog import SummaryDialog, default_period
from tyoparipaivakirja.gui.supervision_page import SupervisionPage
from tyoparipaivakirja.report import supervision_summary
from tyoparipaivakirja.storage.journal import Journal

TODAY = date.today()
TOPIC = "Kuinka paljon omasta taustasta kerrotaan asiakkaalle?"
SHARED = "Sovimme etukäteen, kumpi puhuu ensin, ja se rauhoitti tilanteen."
AGREEMENT = "Kokeillaan lyhyttä purkua heti autossa."


def _debrief(journal: Journal, went_well: str = SHARED) -> int:
    author = journal.members()[0].member_id
    return journal.debriefs.save(
        Debrief(
            visit_date=TODAY - timedelta(days=2),
            visit_type=VisitType.HOME_VISIT,
            client_code="A-17",
            went_well=went_well,
            supervision_topics=(SupervisionTopic(TOPIC, (SupervisionTag.BOUNDARIES,), author),),
            sharing=SharingLevel.TOPICS_AND_REFLECTION,
        ),
        author,
        TODAY,
    )


def _page(window: MainWindow) -> tuple[JournalView, SupervisionPage]:
    view = window.view
    assert isinstance(view, JournalView)
    view.show_page(SupervisionPage.page_key)
    assert view.current_page is view.supervision
    return view, view.supervision


def _build(qtbot: QtBot, page: SupervisionPage) -> SummaryDialog:
    click(page.editor.summary_button)
    dialog = page.summary_dialog
    assert dialog is not None and dialog.isVisible()
    click(dialog.build_button)
    return dialog


def test_session_agenda_agreements_summary_preview_and_save(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """A new session takes the topic raised in a shared debrief onto its agenda; an own
    topic and an agreement are saved with it; the summary is built in the background,
    shown in the preview, and saved where the user chose, with the plain warning that
    anyone can read an unprotected file."""
    assert unlocked.journal is not None
    _debrief(unlocked.journal)
    _view, page = _page(unlocked)
    assert page.right.currentIndex() == 0  # the empty state: one sentence, one button
    click(page.empty_new_button)
    editor = page.editor
    assert [item.text for item in editor.agenda_items()] == [TOPIC]
    editor.supervisor.setText("Outi")
    editor.own_topic.setText("Työaikojen joustot")
    click(editor.add_topic_button)
    editor.agenda.setCurrentRow(1)
    click(editor.up_button)
    click(editor.add_agreement_button)
    cell = editor.agreements.item(0, 0)
    assert cell is not None
    cell.setText(AGREEMENT)
    click(editor.save_button)
    assert editor.status.text().startswith("Saved at")
    (session,) = unlocked.journal.supervision.sessions()
    assert session.supervisor == "Outi"
    assert [item.text for item in session.agenda] == ["Työaikojen joustot", TOPIC]
    assert session.agreements[0].text == AGREEMENT
    assert session.agreements[0].status is AgreementStatus.OPEN

    dialog = _build(qtbot, page)
    assert dialog.unprotected.isVisible()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=LONG_WAIT_MS)
    qtbot.waitUntil(
        lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=LONG_WAIT_MS
    )
    assert dialog.preview.isVisible()
    assert dialog.document.pageCount() >= 1
    preview_text = "\n".join(
        dialog.document.getAllText(p).text() for p in range(dialog.document.pageCount())
    )
    assert SHARED in preview_text and "Työaikojen joustot" in preview_text
    assert "A-17" not in preview_text

    target = tmp_path / "yhteenveto.pdf"
    dialogs.file_answers.append(target)
    click(dialog.save_button)
    assert target.read_bytes() == dialog.pdf
    assert "anyone who gets the file can read it" in dialog.status.text()
    assert SHARED in LoadedPdf(target.read_bytes()).text()

    printed = tmp_path / "tulostettu.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    dialogs.printer_answers.append(printer)
    click(dialog.print_button)
    assert LoadedPdf(printed.read_bytes()).page_count == dialog.document.pageCount()
    dialog.reject()


def test_password_protected_preview(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """With a password the preview still shows the summary, and the saved file opens
    only with that password; no warning about an unprotected file."""
    assert unlocked.journal is not None
    _debrief(unlocked.journal)
    _view, page = _page(unlocked)
    click(page.empty_new_button)
    click(page.editor.summary_button)
    dialog = page.summary_dialog
    assert dialog is not None
    dialog.password.set_text("ohjaajalle 2026")
    dialog.password_again.set_text("ohjaajalle 2026")
    assert not dialog.unprotected.isVisible()
    click(dialog.build_button)
    qtbot.waitUntil(
        lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=LONG_WAIT_MS
    )
    target = tmp_path / "suojattu.pdf"
    dialogs.file_answers.append(target)
    click(dialog.save_button)
    assert "anyone" not in dialog.status.text()
    assert LoadedPdf(target.read_bytes()).error == QPdfDocument.Error.IncorrectPassword
    assert SHARED in LoadedPdf(target.read_bytes(), "ohjaajalle 2026").text()
    dialog.reject()


def test_henkilotunnus_blocks_and_leads_to_the_debrief(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """A valid henkilötunnus in a shared reflection stops the summary before anything is
    built or saved; the finding names the debrief, and a button opens it."""
    assert unlocked.journal is not None
    entry_id = _debrief(unlocked.journal, went_well="Tunnus 010594Y9032 oli lomakkeessa.")
    view, page = _page(unlocked)
    click(page.empty_new_button)
    dialog = _build(qtbot, page)
    assert dialog.pdf is None and not dialog.progress.isVisible()
    assert "was not made" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.findings.count() == 1
    finding = dialog.findings.item(0).text()
    assert "personal identity code" in finding and "010594Y9032" not in finding
    assert dialog.open_entry_button.isVisible()
    click(dialog.open_entry_button)
    assert view.current_page is view.debriefs
    assert isinstance(view.debriefs, DebriefsPage)
    assert not dialog.isVisible()
    assert entry_id > 0


def test_phone_number_warns_until_ticked(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    assert unlocked.journal is not None
    _debrief(unlocked.journal, went_well="Soitimme numeroon 040 123 4567 yhdessä.")
    _view, page = _page(unlocked)
    click(page.empty_new_button)
    dialog = _build(qtbot, page)
    assert dialog.pdf is None
    assert dialog.accept_warnings.isVisible()
    assert "phone number" in dialog.findings.item(0).text()
    dialog.accept_warnings.setChecked(True)
    click(dialog.build_button)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=LONG_WAIT_MS)
    dialog.reject()


def test_supervision_controls_are_named(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """The page with a session, an agreement row and the summary dialog (with its privacy
    findings) has a name for every control a screen reader meets."""
    assert unlocked.journal is not None
    _debrief(unlocked.journal, went_well="Soitimme numeroon 040 123 4567 yhdessä.")
    _view, page = _page(unlocked)
    click(page.empty_new_button)
    click(page.editor.add_agreement_button)
    assert _unnamed(page) == []
    click(page.editor.summary_button)  # an empty agreement row is refused, in words
    assert page.summary_dialog is None
    assert page.editor.error.isVisible() and page.editor.error.text()
    click(page.editor.remove_agreement_button)
    dialog = _build(qtbot, page)
    assert dialog.findings.isVisible()
    assert _unnamed(dialog) == []
    dialog.reject()


def test_default_period_runs_from_the_previous_session(unlocked: MainWindow) -> None:
    """A summary covers the days after the previous session up to today, or up to the
    session's own day when it is past; with no earlier session, three months."""
    journal = unlocked.journal
    assert journal is not None
    first = journal.supervision.add_session(TODAY - timedelta(days=60))
    second = journal.supervision.add_session(TODAY - timedelta(days=20))
    planned = journal.supervision.add_session(TODAY + timedelta(days=7))
    assert default_period(journal, planned.session_id, TODAY) == (
        TODAY - timedelta(days=19),
        TODAY,
    )
    assert default_period(journal, second.session_id, TODAY) == (
        TODAY - timedelta(days=59),
        TODAY - timedelta(days=20),
    )
    start, end = default_period(journal, first.session_id, TODAY)
    assert end == TODAY - timedelta(days=60) and start < end
    assert default_period(journal, None, TODAY)[0] == TODAY - timedelta(days=19)


def test_pdf_is_built_off_the_gui_thread(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The data is read on the GUI thread; the PDF bytes are made in the thread pool."""
    assert unlocked.journal is not None
    _debrief(unlocked.journal)
    threads: list[threading.Thread] = []
    real = supervision_summary.finished_pdf

    def recording(summary: SupervisionSummary, password: str | None) -> bytes:
        threads.append(threading.current_thread())
        return real(summary, password)

    monkeypatch.setattr(summary_dialog, "finished_pdf", recording)
    _view, page = _page(unlocked)
    click(page.empty_new_button)
    dialog = _build(qtbot, page)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=LONG_WAIT_MS)
    assert threads and threads[0] is not threading.main_thread()
    dialog.reject()
