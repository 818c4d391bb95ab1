"""A weekly check-in from opening the own area to saving it, locking after every step."""

from __future__ import annotations

from tests.gui.helpers import click, type_text
from tests.journeys.journey import Journey, own_passphrase
from tyoparipaivakirja.core.checkins import TalkChoice
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.gui.own_area.checkin_form import CheckInForm
from tyoparipaivakirja.gui.own_area.own_area import OwnAreaView
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage

NOTE = "Raskas viikko: vankilakäynti toi muistot pintaan – puhun tästä työnohjauksessa"
STRESS = 4


def _own(journey: Journey) -> OwnAreaView:
    own = journey.view.personal.own
    assert own is not None, "the own area is not open"
    return own


def _form(journey: Journey) -> CheckInForm:
    form = _own(journey).form
    assert form is not None, "the check-in form is not open"
    return form


def test_weekly_check_in(journey: Journey) -> None:
    """Jari opens his own area, answers, writes his private note and saves; after every
    step the answers survive a lock and a section switch (the area closes each time) and
    nothing of them reaches the pair journal."""
    journey.show(PersonalAreaPage.page_key)
    done: list[str] = []

    def open_area() -> None:
        page = journey.view.personal
        if page.own is not None:
            return
        page.member_choice.setCurrentIndex(page.member_choice.findData(journey.member_id("Jari")))
        journey.type_own_passphrase(page.passphrase.edit, "Jari")
        assert page.own is not None, page.passphrase_error.text()

    def restore() -> None:
        open_area()
        own = _own(journey)
        if done and own.form is None:
            assert own.start_button.text() == "Continue the check-in", "the check-in was lost"
            click(own.start_button)

    def verify() -> None:
        if "stress" in done:
            assert _form(journey).choices[(ELO_STRESS, ELO_STRESS_ITEM)].value() == STRESS
        if "talk" in done:
            assert _form(journey).talk_boxes[TalkChoice.SUPERVISION].isChecked()
        if "note" in done:
            assert _form(journey).note.toPlainText() == NOTE
        conn = journey.journal.connection()
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        dump = repr([conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables])
        assert NOTE not in dump

    open_area()
    journey.checkpoint(restore, verify)
    click(_own(journey).start_button)
    journey.checkpoint(restore, verify)  # an empty form: nothing to keep
    assert _own(journey).form is None  # an untouched form is not offered back
    click(_own(journey).start_button)

    _form(journey).choices[(ELO_STRESS, ELO_STRESS_ITEM)].buttons[STRESS].click()
    done.append("stress")
    journey.checkpoint(restore, verify)

    click(_form(journey).talk_boxes[TalkChoice.SUPERVISION])
    done.append("talk")
    journey.checkpoint(restore, verify)

    note = _form(journey).note
    note.setFocus()
    type_text(note, NOTE)
    done.append("note")
    journey.checkpoint(restore, verify)

    click(_form(journey).save_button)
    journey.settle()
    area = journey.journal.open_personal_area(journey.member_id("Jari"), own_passphrase("Jari"))
    (checkin,) = area.checkins.all()
    assert (checkin.value(ELO_STRESS, ELO_STRESS_ITEM), checkin.note) == (STRESS, NOTE)
    assert area.drafts.of_kind("checkin") == []
    journey.checkpoint(restore=lambda: None)
    assert journey.view.personal.own is None  # the lock closed the area
