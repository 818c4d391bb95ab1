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

from tests.gui.helpers import LONG_WAIT_MS, FakeDialogs, click, type_text
from tests.gui.test_accessibility import _unnamed
from tests.report.qtpdf import LoadedPdf
from tyoparipaivakirja.actions.summary import default_period
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    VisitType,
)
from tyoparipaivakirja.core.summary import SupervisionSummary
from tyoparipaivakirja.core.supervision import AgendaItem, Agreement, AgreementStatus
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.journal.journal_view import JournalView
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.supervision.summary_dialog import SummaryDialog
from tyoparipaivakirja.gui.supervision.supervision_page import SupervisionPage
from tyoparipaivakirja.report import supervision_summary
from tyoparipaivakirja.storage.session import Journal

TODAY = date.today()
TOPIC = "Kuinka paljon omasta taustasta kerrotaan asiakkaalle?"
SHARED = "Sovimme etukäteen, kumpi puhuu ensin, ja se rauhoitti tilanteen."
AGREEMENT = "Kokeillaan lyhyttä purkua heti autossa."


def _debrief(journal: Journal, went_well: str = SHARED) -> str:
    author = journal.members.all()[0].member_id
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
    _wait(qtbot, dialog)
    return dialog


def _wait(qtbot: QtBot, dialog: SummaryDialog) -> None:
    """Until the check, the build or the save under way (on the task runner) has ended."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)


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
    _wait(qtbot, dialog)
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
    _wait(qtbot, dialog)
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
    assert dialog.pdf is None and not dialog.task_line.isVisible()
    assert "was not made" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.findings.count() == 1
    row = dialog.findings.rows[0]
    finding = row.text.text()
    assert "personal identity code" in finding and "010594Y9032" not in finding
    assert row.fix_button is not None and row.fix_button.isVisible()
    click(row.fix_button)
    assert view.current_page is view.debriefs
    assert isinstance(view.debriefs, DebriefsPage)
    assert not dialog.isVisible()
    assert view.debriefs.editor.entry_id == entry_id


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
    assert "phone number" in dialog.findings.rows[0].text.text()
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

    # The action imports the PDF maker when first used: replace it where it lives.
    monkeypatch.setattr(supervision_summary, "finished_pdf", recording)
    _view, page = _page(unlocked)
    click(page.empty_new_button)
    dialog = _build(qtbot, page)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=LONG_WAIT_MS)
    assert threads and threads[0] is not threading.main_thread()
    dialog.reject()


HETU = "131052-308T"


def test_agenda_and_agreements_are_scanned_while_typing(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """A henkilötunnus typed as an own topic or into an agreement gets the debrief
    editor's notice with one-click removal, and the session is not saved with it; a
    phone number gets the softer notice without the button."""
    assert unlocked.journal is not None
    _view, page = _page(unlocked)
    click(page.empty_new_button)
    editor = page.editor
    type_text(editor.own_topic, f"Tunnus {HETU} lomakkeessa")
    qtbot.waitUntil(lambda: editor.own_topic_notice.isVisible(), timeout=LONG_WAIT_MS)
    assert "personal identity code" in editor.own_topic_notice.label.text()
    assert editor.own_topic_notice.replace_button.isVisible()
    click(editor.add_topic_button)
    qtbot.waitUntil(lambda: editor.agenda_notice.isVisible(), timeout=LONG_WAIT_MS)
    assert editor.agenda_notice.replace_button.isVisible()
    click(editor.save_button)
    assert "Remove the personal identity code" in editor.error.text()
    assert editor.session is not None
    # A new session is saved only by Save: refused, nothing is saved, not even a draft.
    assert unlocked.journal.supervision.sessions() == []
    editor.drafts.flush()
    assert all(HETU not in repr(d.body) for d in unlocked.journal.drafts.of_kind("supervision"))
    click(editor.agenda_notice.replace_button)
    assert [item.text for item in editor.agenda_items()] == [
        "Tunnus [henkilötunnus poistettu] lomakkeessa"
    ]
    assert not editor.agenda_notice.isVisible()

    click(editor.add_agreement_button)  # opens the new row's text for typing
    typing = editor.agreement_delegate.editing
    assert typing is not None
    type_text(typing, f"Soitetaan numeroon 040 123 4567, tunnus {HETU}")
    qtbot.waitUntil(lambda: editor.agreements_notice.isVisible(), timeout=LONG_WAIT_MS)
    assert editor.agreements_notice.has_blocking_finding
    click(editor.agreements_notice.replace_button)  # the text typed so far is committed
    assert HETU not in editor.agreement_rows()[0].text
    qtbot.waitUntil(
        lambda: not editor.agreements_notice.replace_button.isVisible(), timeout=LONG_WAIT_MS
    )
    assert "phone number" in editor.agreements_notice.label.text()  # the softer notice
    click(editor.save_button)
    saved = unlocked.journal.supervision.session(editor.session.session_id)
    assert [a.text for a in saved.agreements] == [
        "Soitetaan numeroon 040 123 4567, tunnus [henkilötunnus poistettu]"
    ]


def test_summary_fix_it_opens_the_agreement_where_the_code_is(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """A henkilötunnus in an agreement of an earlier session (still open, so carried
    into the summary) blocks it; the finding names that session and item, and "fix it"
    opens that session with that agreement selected and the removal button shown."""
    journal = unlocked.journal
    assert journal is not None
    _debrief(journal)
    earlier = journal.supervision.add_session(TODAY - timedelta(days=30))
    journal.supervision.save_session(
        earlier.session_id,
        earlier.held_on,
        "",
        [],
        [Agreement("Ensimmäinen"), Agreement(f"Tunnus {HETU} jäi muistiin")],
    )
    _view, page = _page(unlocked)
    click(page.new_button)
    dialog = _build(qtbot, page)
    assert dialog.pdf is None and dialog.findings.count() == 1
    row = dialog.findings.rows[0]
    finding = row.text.text()
    when = (TODAY - timedelta(days=30)).strftime("%-d.%-m.%Y")
    assert f"Agreements of the session of {when}, item 2" in finding
    assert "Open the place named below" in dialog.status.text()
    assert row.fix_button is not None
    assert row.fix_button.text().replace("&", "") == "Open the agreement to fix it"
    click(row.fix_button)
    assert not dialog.isVisible()
    editor = page.editor
    assert editor.session is not None and editor.session.session_id == earlier.session_id
    assert editor.agreements.currentRow() == 1
    assert editor.agreements_notice.isVisible()
    click(editor.agreements_notice.replace_button)
    click(editor.save_button)
    assert HETU not in journal.supervision.session(earlier.session_id).agreements[1].text


def test_summary_fix_it_opens_the_agenda_item(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """A henkilötunnus in a session's agenda (written before it was scanned, or imported)
    is named as "Agenda of the session of …, item N", and "fix it" selects that item."""
    journal = unlocked.journal
    assert journal is not None
    session = journal.supervision.add_session(TODAY)
    journal.supervision.save_session(
        session.session_id,
        session.held_on,
        "",
        [AgendaItem("Rajat"), AgendaItem(f"Tunnus {HETU} esiin")],
        [],
    )
    _view, page = _page(unlocked)
    page.open_summary(session.session_id)
    dialog = page.summary_dialog
    assert dialog is not None
    click(dialog.build_button)
    _wait(qtbot, dialog)
    row = dialog.findings.rows[0]
    assert "Agenda of the session of" in row.text.text()
    assert "item 2" in row.text.text()
    assert row.fix_button is not None
    assert row.fix_button.text().replace("&", "") == "Open the agenda item to fix it"
    click(row.fix_button)
    assert page.editor.agenda.currentRow() == 1
    assert page.editor.agenda_notice.isVisible()
