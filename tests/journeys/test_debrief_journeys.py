"""Journeys of a debrief: the pikapurku right after a visit, then the full debrief
written by both partners with their own reflections, locking after every step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tests.gui.helpers import click, type_text
from tests.journeys.journey import Journey, own_passphrase
from tyoparipaivakirja.core.debriefs import Debrief, EntryStatus, PastClose, VisitType
from tyoparipaivakirja.gui.debriefs.debrief_editor import DebriefEditor
from tyoparipaivakirja.gui.debriefs.debrief_fields import TextBlock
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.debriefs.reflection_box import ReflectionBox

CODE = "Ö-17"
UPPERMOST = "Asunto löytyi, mutta velat painavat – soitto Kelaan tänään"
GOAL = "Vuokrasopimuksen läpikäynti yhdessä"
HAPPENED = "Kävimme sopimuksen läpi; asiakas kertoi uusista katuveloista"
JARI_PART = "Kerroin omasta kokemuksestani velkojen kanssa"
SANNA_PART = "Selvitin Kelan hakemukset"
JARI_FEELINGS = "Oma menneisyys tuli lähelle, ahdisti hetken"
SANNA_FEELINGS = "Huoli asiakkaan turvallisuudesta"
FOLLOW_UP = "Soita Kelaan maanantaina"


def _page(journey: Journey) -> DebriefsPage:
    return journey.view.debriefs


def _editor(journey: Journey) -> DebriefEditor:
    page = _page(journey)
    assert page.stack.currentWidget() is page.editor, "the editor is not open"
    return page.editor


def _box(journey: Journey, name: str) -> ReflectionBox:
    wanted = journey.member_id(name)
    return next(b for b in _editor(journey).reflections if b.member.member_id == wanted)


def _continue_draft(journey: Journey, entry_id: str | None = None) -> None:
    """Back after a lock or a section switch: continue the draft where it was left (or,
    with nothing typed yet, open the entry again)."""
    page = _page(journey)
    if page.stack.currentWidget() is page.editor:
        return
    if entry_id is not None and not journey.journal.debriefs.drafts():
        page.open_entry(entry_id)
        click(page.editor.full_button)
        return
    assert page.draft_banner.isVisibleTo(page), "nothing to continue: the text was lost"
    assert len(page.draft_rows) == 1
    click(page.resume_button)


def _writer_chosen(journey: Journey) -> None:
    """Who is writing is asked once per unlock: Jari writes."""
    editor = _editor(journey)
    if editor.author.currentData() is None:
        editor.author.setCurrentIndex(editor.author.findData(journey.member_id("Jari")))


def _own_answers_back(journey: Journey, *names: str) -> None:
    for name in names:
        box = _box(journey, name)
        if not box.has_answers():
            journey.type_own_passphrase(box.passphrase.edit, name)


def test_pikapurku(journey: Journey) -> None:
    """New → visit type → client code → what is uppermost → Jari's own strain → save;
    each step survives a lock and a section switch."""
    page = _page(journey)
    typed: dict[str, object] = {}

    def restore() -> None:
        _continue_draft(journey)
        if "strain" in typed:
            _own_answers_back(journey, "Jari")

    def verify() -> None:
        editor = _editor(journey)
        if "type" in typed:
            assert editor.visit_type.currentData() == VisitType.HOME_VISIT.value
        if "code" in typed:
            assert editor.client_code.currentText() == CODE
        if "uppermost" in typed:
            assert editor.uppermost.text() == UPPERMOST
        if "strain" in typed:
            assert _box(journey, "Jari").strain.value() == 6

    click(page.new_button)
    editor = _editor(journey)
    editor.visit_type.setCurrentIndex(editor.visit_type.findData(VisitType.HOME_VISIT.value))
    typed["type"] = True
    journey.checkpoint(restore, verify)

    editor = _editor(journey)
    code_field = editor.client_code.lineEdit()
    assert code_field is not None
    code_field.setFocus()
    type_text(code_field, CODE)
    typed["code"] = True
    journey.checkpoint(restore, verify)

    editor = _editor(journey)
    editor.uppermost.edit.setFocus()
    type_text(editor.uppermost.edit, UPPERMOST)
    typed["uppermost"] = True
    journey.checkpoint(restore, verify)

    box = _box(journey, "Jari")
    box.strain.set_value(6)
    journey.type_own_passphrase(box.passphrase.edit, "Jari")
    typed["strain"] = True
    journey.checkpoint(restore, verify)

    editor = _editor(journey)
    _own_answers_back(journey, "Jari")
    box = _box(journey, "Jari")
    if not box.passphrase.text():
        box.passphrase.set_text(own_passphrase("Jari"))
    _writer_chosen(journey)
    click(editor.top_save_button)
    journey.settle()
    journal = journey.journal
    (summary,) = journal.debriefs.entries()
    entry = journal.debriefs.get(summary.entry_id)
    assert (entry.client_code, entry.uppermost, entry.status) == (
        CODE,
        UPPERMOST,
        EntryStatus.QUICK,
    )
    assert journal.debriefs.drafts() == []
    area = journal.open_personal_area(journey.member_id("Jari"), own_passphrase("Jari"))
    reflection = area.reflections.get(summary.entry_id)
    assert area.drafts.of_kind("reflection") == []
    area.close()
    assert reflection is not None and reflection.strain == 6
    journey.checkpoint()  # the saved pikapurku: nothing left to continue, nothing lost
    assert journey.journal.debriefs.drafts() == []


def test_full_debrief_by_both(journey: Journey) -> None:
    """The pikapurku completed into the full reflection: both write their part and their
    own feelings; every text survives every lock and section switch; the saved entry
    has the shared texts and each own area only its owner's feelings."""
    journal = journey.journal
    jari, sanna = journey.member_id("Jari"), journey.member_id("Sanna")
    entry_id = journal.debriefs.save(
        Debrief(date.today(), VisitType.HOME_VISIT, client_code=CODE, uppermost=UPPERMOST),
        jari,
        date.today(),
    )
    typed: list[str] = []
    own: list[str] = []

    def restore() -> None:
        _continue_draft(journey, None if typed else entry_id)
        _own_answers_back(journey, *own)

    def verify() -> None:
        editor = _editor(journey)
        checks = {
            "goal": lambda: editor.goal.text() == GOAL,
            "happened": lambda: editor.what_happened.text() == HAPPENED,
            "jari part": lambda: editor.parts[0].free_text.text() == JARI_PART,
            "sanna part": lambda: editor.parts[1].free_text.text() == SANNA_PART,
            "jari feelings": lambda: _box(journey, "Jari").feelings.text() == JARI_FEELINGS,
            "sanna feelings": lambda: _box(journey, "Sanna").feelings.text() == SANNA_FEELINGS,
            "follow-up": lambda: [r.value().task for r in editor.follow_up_rows] == [FOLLOW_UP],
        }
        lost = [name for name in typed if not checks[name]()]
        assert lost == [], f"lost after a lock or a section switch: {lost}"

    page = _page(journey)
    page.open_entry(entry_id)
    editor = _editor(journey)
    click(editor.full_button)
    journey.checkpoint(restore, verify)  # opened and read: nothing to keep, nothing lost
    assert journey.journal.debriefs.drafts() == []

    _page(journey).open_entry(entry_id)
    click(_editor(journey).full_button)
    shared_texts: dict[str, tuple[Callable[[DebriefEditor], TextBlock], str]] = {
        "goal": (lambda e: e.goal, GOAL),
        "happened": (lambda e: e.what_happened, HAPPENED),
        "jari part": (lambda e: e.parts[0].free_text, JARI_PART),
        "sanna part": (lambda e: e.parts[1].free_text, SANNA_PART),
    }
    for name, (field_of, text) in shared_texts.items():
        block = field_of(_editor(journey))
        block.edit.setFocus()
        type_text(block.edit, text)
        typed.append(name)
        journey.checkpoint(restore, verify)

    for name, feelings, past in (
        ("Jari", JARI_FEELINGS, PastClose.CLEARLY),
        ("Sanna", SANNA_FEELINGS, PastClose.NO),
    ):
        box = _box(journey, name)
        journey.type_own_passphrase(box.passphrase.edit, name)
        box.strain.set_value(7 if name == "Jari" else 4)
        box.past_close.setCurrentIndex(box.past_close.findData(past.value))
        box.feelings.edit.setFocus()
        type_text(box.feelings.edit, feelings)
        own.append(name)
        typed.append(f"{name.lower()} feelings")
        journey.checkpoint(restore, verify)

    editor = _editor(journey)
    click(editor.follow_up_add_button)
    row = editor.follow_up_rows[-1]
    row.task.setFocus()
    type_text(row.task, FOLLOW_UP)
    typed.append("follow-up")
    journey.checkpoint(restore, verify)

    editor = _editor(journey)
    _writer_chosen(journey)
    click(editor.save_button)
    journey.settle()
    journal = journey.journal
    entry = journal.debriefs.get(entry_id)
    assert (entry.goal, entry.what_happened, entry.status) == (GOAL, HAPPENED, EntryStatus.FULL)
    assert [p.free_text for p in entry.member_parts] == [JARI_PART, SANNA_PART]
    assert [f.task for f in entry.follow_ups] == [FOLLOW_UP]
    assert journal.debriefs.drafts() == []
    for member, mine, theirs in (
        (jari, JARI_FEELINGS, SANNA_FEELINGS),
        (sanna, SANNA_FEELINGS, JARI_FEELINGS),
    ):
        name = journal.members.get(member).display_name
        area = journal.open_personal_area(member, own_passphrase(name))
        reflection = area.reflections.get(entry_id)
        kept = area.drafts.of_kind("reflection")
        area.close()
        assert reflection is not None and reflection.feelings == mine
        assert theirs not in repr(reflection)
        assert kept == []
    journey.checkpoint()
