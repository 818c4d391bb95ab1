"""A role change from the first draft to a second version accepted by both, locking
after every step."""

from __future__ import annotations

from datetime import date

from tests.gui.helpers import click, type_text
from tests.journeys.journey import Journey, own_passphrase
from tyoparipaivakirja.core.roles import NETWORK_WORK_TITLE, Lead, ReasonCategory, RevisionStatus
from tyoparipaivakirja.gui.roles.role_editor import DraftEditor
from tyoparipaivakirja.gui.roles.roles import EDITOR, RolesPage

RENAMED = "Työn koordinointi ja yhteydet verkostoon"
REASON = "Jarin itsevarmuus verkostopalavereissa on kasvanut"


def _page(journey: Journey) -> RolesPage:
    return journey.view.roles


def _editor(journey: Journey) -> DraftEditor:
    page = _page(journey)
    assert page.stack.currentIndex() == EDITOR, "the draft editor is not open"
    return page.editor


def _accept(journey: Journey, name: str) -> None:
    """The member presses their own accept button and confirms with their own passphrase."""
    page = _page(journey)
    member = journey.member_id(name)
    button = next(
        b for b in page.findChildren(type(page.edit_button)) if b.objectName() == f"accept-{member}"
    )
    click(button)
    dialog = page.consent_dialog
    assert dialog is not None, "no consent asked"
    dialog.passphrase.set_text(own_passphrase(name))
    dialog.submit()
    journey.settle()
    assert page.consent_dialog is None, dialog.passphrase_error.text() or dialog.error.text()


def test_role_change_accepted_by_both(journey: Journey) -> None:
    """Version 1 from the defaults with a renamed task, then version 2 moving network work
    to shared, each proposed and accepted by both; the typed name and reason survive
    every lock and section switch."""
    journey.show(RolesPage.page_key)
    typed: dict[str, str] = {}

    def restore() -> None:
        page = _page(journey)
        if page.stack.currentIndex() != EDITOR and page.edit_button.isVisible():
            click(page.edit_button)

    def verify() -> None:
        if _page(journey).stack.currentIndex() != EDITOR:
            return
        editor = _editor(journey)
        if "title" in typed:
            assert editor.rows[0].title.text() == typed["title"]
        if "reason" in typed:
            assert editor.reason_text.toPlainText() == typed["reason"]

    click(_page(journey).start_button)
    journey.checkpoint(restore, verify)

    title = _editor(journey).rows[0].title
    title.setFocus()
    title.selectAll()
    type_text(title, RENAMED)
    typed["title"] = RENAMED
    journey.checkpoint(restore, verify)

    editor = _editor(journey)
    editor.proposer.setCurrentIndex(editor.proposer.findText("Sanna"))
    click(editor.propose_button)
    typed.clear()
    journey.checkpoint(restore, verify)
    for name in ("Jari", "Sanna"):
        _accept(journey, name)
        journey.checkpoint(restore, verify)
    first = journey.journal.roles.in_force(date.today())
    assert first is not None and first.version == 1 and first.items[0].title == RENAMED

    click(_page(journey).change_button)
    journey.checkpoint(restore, verify)
    editor = _editor(journey)
    row = next(r for r in editor.rows if r.title.text() == NETWORK_WORK_TITLE)
    row.lead.setCurrentIndex(row.lead.findData(Lead.SHARED.value))
    editor.reason.setCurrentIndex(editor.reason.findData(ReasonCategory.TRUST_GREW.value))
    editor.reason_text.setFocus()
    type_text(editor.reason_text, REASON)
    typed["reason"] = REASON
    journey.checkpoint(restore, verify)

    click(_editor(journey).propose_button)
    typed.clear()
    journey.checkpoint(restore, verify)
    for name in ("Sanna", "Jari"):
        _accept(journey, name)
        journey.checkpoint(restore, verify)
    second = journey.journal.roles.in_force(date.today())
    assert second is not None and second.version == 2
    assert second.status is RevisionStatus.ACCEPTED and second.reason_text == REASON
    network = next(item for item in second.items if item.title == NETWORK_WORK_TITLE)
    assert network.lead is Lead.SHARED
    assert journey.journal.drafts.of_kind("roles") == []
