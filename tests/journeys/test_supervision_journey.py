"""A work supervision session from "New session" to the summary PDF, locking after every
step (the summary dialog open included)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from tests.gui.helpers import LONG_WAIT_MS, click, type_text
from tests.journeys.journey import Journey
from tests.report.qtpdf import LoadedPdf
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    VisitType,
)
from tyoparipaivakirja.gui.supervision.summary_dialog import SummaryDialog
from tyoparipaivakirja.gui.supervision.supervision_page import SessionEditor, SupervisionPage

TOPIC = "Kuinka paljon omasta taustasta kerrotaan asiakkaalle?"
SUPERVISOR = "Outi"
OWN_TOPIC = "Työaikojen joustot"
AGREEMENT = "Kokeillaan lyhyttä purkua heti autossa"
SHARED = "Sovimme etukäteen, kumpi puhuu ensin, ja se rauhoitti tilanteen."


def _page(journey: Journey) -> SupervisionPage:
    return journey.view.supervision


def _editor(journey: Journey) -> SessionEditor:
    page = _page(journey)
    assert page.right.currentIndex() == 1, "no session in the editor"
    return page.editor


def _summary(journey: Journey) -> SummaryDialog:
    dialog = _page(journey).summary_dialog
    assert dialog is not None and dialog.isVisible(), "the summary dialog is not open"
    return dialog


def test_supervision_session_to_the_pdf(journey: Journey, tmp_path: Path) -> None:
    """The topic raised in a shared debrief is on the new session's agenda; the
    supervisor, an own topic and an agreement are typed, saved, and the summary is built
    and saved as a PDF. Nothing is saved before Save; the lock holds with the summary
    dialog open and after it was closed."""
    author = journey.member_id("Jari")
    journey.journal.debriefs.save(
        Debrief(
            date.today() - timedelta(days=2),
            VisitType.HOME_VISIT,
            client_code="A-17",
            went_well=SHARED,
            supervision_topics=(SupervisionTopic(TOPIC, (SupervisionTag.BOUNDARIES,), author),),
            sharing=SharingLevel.TOPICS_AND_REFLECTION,
        ),
        author,
        date.today(),
    )
    journey.show(SupervisionPage.page_key)
    typed: list[str] = []
    saved = False

    def restore() -> None:
        page = _page(journey)
        if typed and not saved:
            assert page.right.currentIndex() == 1 and page.editor.is_new, "the session was lost"

    def verify() -> None:
        if not typed:
            return
        editor = _editor(journey)
        if "supervisor" in typed:
            assert editor.supervisor.text() == SUPERVISOR
        if "own topic" in typed:
            assert OWN_TOPIC in [item.text for item in editor.agenda_items()]
        if "agreement" in typed:
            assert [a.text for a in editor.agreement_rows()] == [AGREEMENT]
        assert TOPIC in [item.text for item in editor.agenda_items()]

    click(_page(journey).empty_new_button)
    assert [item.text for item in _editor(journey).agenda_items()] == [TOPIC]
    journey.checkpoint(restore, verify)
    assert journey.journal.supervision.sessions() == []  # a stray click left nothing
    assert journey.journal.drafts.of_kind("supervision") == []

    click(_page(journey).empty_new_button)
    field = _editor(journey).supervisor
    field.setFocus()
    type_text(field, SUPERVISOR)
    typed.append("supervisor")
    journey.checkpoint(restore, verify)

    editor = _editor(journey)
    editor.own_topic.setFocus()
    type_text(editor.own_topic, OWN_TOPIC)
    journey.checkpoint(restore, lambda: None)  # half-written: kept in its field
    assert _editor(journey).own_topic.text() == OWN_TOPIC
    click(_editor(journey).add_topic_button)
    typed.append("own topic")
    journey.checkpoint(restore, verify)

    click(_editor(journey).add_agreement_button)
    cell_editor = _editor(journey).agreements.viewport().focusWidget()
    type_text(cell_editor, AGREEMENT)
    typed.append("agreement")
    journey.checkpoint(restore, verify)
    assert journey.journal.supervision.sessions() == []  # still nothing saved

    click(_editor(journey).save_button)
    saved = True
    (session,) = journey.journal.supervision.sessions()
    assert (session.supervisor, [a.text for a in session.agreements]) == (SUPERVISOR, [AGREEMENT])
    assert journey.journal.drafts.of_kind("supervision") == []
    journey.checkpoint(restore, verify)

    click(_editor(journey).summary_button)
    _summary(journey)
    journey.checkpoint()  # the lock closes the open summary dialog and holds
    assert _page(journey).summary_dialog is None

    click(_editor(journey).summary_button)
    dialog = _summary(journey)
    click(dialog.build_button)
    journey.qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=LONG_WAIT_MS)
    journey.qtbot.waitUntil(
        lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=LONG_WAIT_MS
    )
    target = tmp_path / "yhteenveto.pdf"
    journey.dialogs.file_answers.append(target)
    click(dialog.save_button)
    journey.qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    text = " ".join(LoadedPdf(target.read_bytes()).text().split())
    assert SHARED in text and OWN_TOPIC in text and TOPIC in text
    assert "A-17" not in text  # clients are re-lettered
    dialog.reject()
    journey.checkpoint()  # closed and deleted: the lock still holds
