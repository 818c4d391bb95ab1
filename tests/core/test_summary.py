"""The summary as data: only shared content, re-lettered clients, "<3", the privacy gate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.core.summary_data import (
    SHARED_TEXT,
    TOPIC,
    UNSHARED_TEXT,
    entry,
    sample_input,
)
from tyoparipaivakirja.core.debriefs import SharingLevel
from tyoparipaivakirja.core.errors import ValidationError
from tyoparipaivakirja.core.privacy import FindingKind
from tyoparipaivakirja.core.summary import (
    PlaceField,
    PlaceKind,
    build_summary,
    client_letter,
    count_text,
    privacy_gate,
    summary_texts,
    validate_period,
)
from tyoparipaivakirja.core.supervision import AgendaItem, previous_session


def test_count_text_hides_small_numbers() -> None:
    """0, 1 and 2 print as "<3"; 3 and up as the number."""
    assert [count_text(n) for n in (0, 1, 2, 3, 17)] == ["<3", "<3", "<3", "3", "17"]


def test_client_letters_go_past_z() -> None:
    assert [client_letter(i) for i in (0, 25, 26, 27, 51, 52)] == [
        "A", "Z", "AA", "AB", "AZ", "BA",
    ]  # fmt: skip


def test_only_entries_shared_with_reflection_are_reflections() -> None:
    """Entries shared as "nostot ja reflektio" in the period are reflections; unshared,
    topics-only and out-of-period entries are not."""
    summary = build_summary(sample_input())
    assert [r.entry_id for r in summary.reflections] == [1]
    texts = " ".join(text for _place, text in summary_texts(summary))
    assert SHARED_TEXT in texts
    assert UNSHARED_TEXT not in texts


def test_client_codes_are_relettered_in_order_and_inside_texts() -> None:
    summary = build_summary(sample_input())
    reflection = summary.reflections[0]
    assert reflection.client == "Asiakas A"
    assert "B-07" not in reflection.went_well
    assert reflection.went_well.endswith("Asiakas A otti ohjat.")
    every_text = " ".join(text for _place, text in summary_texts(summary))
    for code in ("B-07", "C-02", "D-11"):
        assert code not in every_text


def test_counts_cover_the_period_only() -> None:
    overview = build_summary(sample_input()).overview
    assert overview.debriefs == 8
    assert (overview.together, overview.alone) == (4, 4)
    assert {row.label: row.count for row in overview.visit_types} == {
        "kotikäynti": 3,
        "puhelu/etä": 4,
        "vankilatapaaminen": 1,
    }
    assert overview.visit_types[0].label == "puhelu/etä"  # the most frequent first
    assert build_summary(sample_input()).warning_signs[0].text == "<3"


def test_topics_come_from_the_agenda_else_from_shared_debriefs() -> None:
    """The session's agenda is the topic list; without one, topics of shared entries in
    the period are, never those of unshared entries."""
    summary = build_summary(sample_input())
    assert [(t.text, t.raised_by) for t in summary.topics] == [(TOPIC, "Jari")]
    without_session = build_summary(sample_input(session=None))
    assert [t.text for t in without_session.topics] == [TOPIC, "Verkostopalaverin vetovastuu"]
    assert without_session.topics[0].tags == ("rajat",)
    unshared = replace(entry(99, date(2026, 9, 5), topic="Ei jaettu nosto"))
    data = sample_input(session=None, debriefs=[unshared])
    assert build_summary(data).topics == ()


def test_role_split_changes_since_previous_session() -> None:
    section = build_summary(sample_input()).role_split
    assert section is not None
    assert (section.version, section.compared_with_version) == (2, 1)
    assert [(m.title, m.before.value, m.after.value) for m in section.moved] == [
        ("Verkostotyö", "yhteinen", "kokemusasiantuntija")
    ]
    assert not section.added and not section.removed


def test_agreements_of_previous_session_with_owner_names() -> None:
    summary = build_summary(sample_input())
    assert summary.previous_session_date == date(2026, 8, 28)
    assert [(a.owner, a.status.value) for a in summary.agreements] == [
        ("yhdessä", "tehty"),
        ("Sanna", "avoin"),
    ]


def test_hetu_blocks_with_place_and_entry_phone_and_email_warn() -> None:
    """A valid henkilötunnus in a shared reflection blocks and names the debrief to fix;
    a phone number and an e-mail address in the agenda only warn."""
    data = sample_input()
    first = replace(data.debriefs[0], was_hard="Asiakkaan tunnus 010594Y9032 näkyi papereissa.")
    assert data.session is not None
    session = replace(
        data.session,
        agenda=(AgendaItem("Soita 040 123 4567 tai maili ohjaaja@example.fi"),),
    )
    result = privacy_gate(
        build_summary(replace(data, debriefs=[first, *data.debriefs[1:]], session=session))
    )
    assert result.blocked
    (block,) = result.blocking
    assert block.kind is FindingKind.HETU
    assert block.place.kind is PlaceKind.DEBRIEF and block.place.entry_id == 1
    assert block.place.field is PlaceField.WAS_HARD
    assert block.place.visit_date == date(2026, 9, 3)
    assert "010594Y9032" not in block.excerpt
    assert sorted(f.kind.value for f in result.warnings) == ["email", "phone"]
    assert all(f.place.kind is PlaceKind.AGENDA for f in result.warnings)


def test_clean_summary_passes_the_gate() -> None:
    assert not privacy_gate(build_summary(sample_input())).findings


def test_unshared_hetu_does_not_block() -> None:
    """A henkilötunnus in an entry that is not shared never reaches the PDF, so it does
    not block (it is the debrief editor's business)."""
    data = sample_input()
    hidden = replace(data.debriefs[1], went_well="tunnus 010594Y9032", sharing=SharingLevel.NONE)
    result = privacy_gate(build_summary(replace(data, debriefs=[data.debriefs[0], hidden])))
    assert not result.blocked


def test_period_must_be_in_order() -> None:
    with pytest.raises(ValidationError):
        validate_period(date(2026, 10, 1), date(2026, 9, 1), date(2026, 11, 1))
    with pytest.raises(ValidationError):
        validate_period(date(2026, 12, 1), date(2026, 12, 5), date(2026, 11, 1))
    validate_period(date(2026, 9, 1), date(2026, 9, 1), date(2026, 11, 1))


def test_previous_session_is_the_latest_before() -> None:
    data = sample_input()
    assert data.previous_session is not None and data.session is not None
    sessions = [data.session, data.previous_session]
    assert previous_session(sessions, date(2026, 11, 5)) == data.previous_session
    assert previous_session(sessions, date(2026, 11, 6)) == data.session
    assert previous_session(sessions, date(2026, 11, 6), exclude="s2") == data.previous_session
    assert previous_session(sessions, date(2026, 8, 28)) is None
