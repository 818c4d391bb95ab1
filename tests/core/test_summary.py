"""The summary as data: only shared content, re-lettered clients, "<3", the privacy gate."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.core.summary_data import (
    JARI,
    PREVIOUS_AGREEMENT,
    SANNA,
    SHARED_TEXT,
    TOPIC,
    UNSHARED_TEXT,
    eid,
    entry,
    revisions,
    sample_input,
)
from tyoparipaivakirja.core.debriefs import TOGETHER, Presence, SharingLevel, VisitType
from tyoparipaivakirja.core.errors import ValidationError
from tyoparipaivakirja.core.privacy import FindingKind
from tyoparipaivakirja.core.summary import (
    PlaceField,
    PlaceKind,
    SharedWellbeing,
    WeeklyStress,
    build_summary,
    client_letter,
    count_text,
    pair_names_text,
    privacy_gate,
    summary_texts,
    validate_period,
)
from tyoparipaivakirja.core.supervision import (
    AgendaItem,
    Agreement,
    AgreementStatus,
    SupervisionSession,
    previous_session,
)
from tyoparipaivakirja.core.trends import TrendWord


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
    assert [r.entry_id for r in summary.reflections] == [eid(1)]
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
    """8 debriefs in the period (4 together, 4 alone); of the visit types, phone 4 is
    printed, and the single prison meeting is combined with the 3 home visits, since
    8 − 4 − 3 would give it away."""
    overview = build_summary(sample_input()).overview
    assert overview.debriefs.count == 8
    assert [(r.label, r.count) for r in overview.presence.shown] == [
        ("molemmat paikalla", 4),
        ("toinen yksin", 4),
    ]
    assert [(r.label, r.count) for r in overview.visit_types.shown] == [("puhelu/etä", 4)]
    assert overview.visit_types.combined == ("kotikäynti", "vankilatapaaminen")
    assert overview.visit_types.combined_count == 4
    assert build_summary(sample_input()).warning_signs[0].text == "<3"


def test_short_period_says_what_can_be_said() -> None:
    """Three debriefs of three kinds: not a column of "<3" but "alle 10" and the kinds."""
    debriefs = [
        entry(1, date(2026, 9, 3), visit=VisitType.HOME_VISIT),
        entry(2, date(2026, 9, 4), visit=VisitType.PRISON_MEETING),
        entry(3, date(2026, 9, 5), visit=VisitType.PHONE_OR_REMOTE, presence=Presence.PROFESSIONAL),
    ]
    overview = build_summary(sample_input(debriefs=debriefs)).overview
    assert overview.debriefs.count is None and overview.debriefs.below == 10
    assert overview.visit_types.shown == () and len(overview.visit_types.combined) == 3
    assert overview.presence.shown == ()


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
    assert [(a.owner, a.status.value, a.made_on) for a in summary.agreements] == [
        ("yhdessä", "tehty", date(2026, 8, 28)),
        ("Sanna", "avoin", date(2026, 8, 28)),
    ]


def test_open_agreements_are_carried_until_done_or_dropped() -> None:
    """An agreement made two sessions ago that is still open or in progress is reported
    with the day it was made; done and dropped ones of older sessions are not; one
    written down again later is one agreement with its latest status."""
    data = sample_input()
    older = SupervisionSession(
        "s0",
        date(2026, 6, 12),
        "Outi",
        agreements=(
            Agreement("Selvitetään työnohjaajan vaihto.", TOGETHER, AgreementStatus.IN_PROGRESS),
            Agreement("Kokeillaan kalenteria.", TOGETHER, AgreementStatus.OPEN),
            Agreement("Valmis asia.", TOGETHER, AgreementStatus.DONE),
            Agreement("Hylätty asia.", TOGETHER, AgreementStatus.DROPPED),
            Agreement("Sanna selvittää koulutusmahdollisuudet.", SANNA.member_id),
        ),
    )
    assert data.previous_session is not None
    summary = build_summary(replace(data, earlier_sessions=(older, data.previous_session)))
    reported = [(a.text, a.status.value, a.made_on) for a in summary.agreements]
    assert reported == [
        ("Selvitetään työnohjaajan vaihto.", "kesken", date(2026, 6, 12)),
        ("Kokeillaan kalenteria.", "avoin", date(2026, 6, 12)),
        # written again on 28.8.: one agreement, first made on 12.6.
        ("Sanna selvittää koulutusmahdollisuudet.", "avoin", date(2026, 6, 12)),
        (PREVIOUS_AGREEMENT, "tehty", date(2026, 8, 28)),
    ]


def test_the_pair_is_named_by_first_names() -> None:
    """Cover, topics, agreements and shared trends carry first names only."""
    members = (
        replace(JARI, display_name="Jari Virtanen"),
        replace(SANNA, display_name="Sanna Mäki"),
    )
    summary = build_summary(
        sample_input(members=members, journal_name="Jari Virtanen ja sanna mäki")
    )
    assert summary.pair_names == "Jari ja Sanna"
    assert summary.journal_name == "Jari ja Sanna"  # the cover's subtitle
    assert summary.topics[0].raised_by == "Jari"
    assert {a.owner for a in summary.agreements} == {"yhdessä", "Sanna"}
    twins = (replace(JARI, display_name="Jari Kallio"), replace(SANNA, display_name="Jari Mäki"))
    assert pair_names_text(twins) == "Jari K. ja Jari M."


NFD_CODE = "O\u0308Z-3"


def test_client_codes_in_any_spelling_are_relettered_in_every_text() -> None:
    """A code typed decomposed (macOS), in another case, inside a word or without its
    hyphen is re-lettered in topics, reflections, agreements, role tasks and the
    journal's name, to the same letter as the entry's own code."""
    data = sample_input()
    shared = replace(
        data.debriefs[0],
        client_code="ÖZ-3",
        went_well=f"{NFD_CODE} otti ohjat, öz-3:n äiti oli mukana.",
        was_hard="ÖZ3 ja Öz 3 ja ÖZ–3 ovat sama asiakas.",
    )
    assert data.session is not None and data.previous_session is not None
    session = replace(data.session, agenda=(AgendaItem(f"Miten tukea {NFD_CODE}:a?"),))
    previous = replace(
        data.previous_session, agreements=(Agreement("Soitetaan öz-3:lle viikoittain."),)
    )
    first, second = revisions()
    retitled = replace(
        second, items=(*second.items[:-1], replace(second.items[-1], title="Tuki ÖZ-3:lle"))
    )
    summary = build_summary(
        replace(
            data,
            journal_name="ÖZ-3 ja muut",
            debriefs=[shared, *data.debriefs[1:]],
            session=session,
            previous_session=previous,
            revisions=(first, retitled),
        )
    )
    texts = " ".join(text for _place, text in summary_texts(summary))
    folded = unicodedata.normalize("NFC", texts).casefold()
    assert "öz" not in folded and "o\u0308z" not in texts.casefold()
    assert summary.reflections[0].client == "Asiakas A"
    assert summary.reflections[0].went_well == (
        "Asiakas A otti ohjat, Asiakas A:n äiti oli mukana."
    )
    assert summary.reflections[0].was_hard == (
        "Asiakas A ja Asiakas A ja Asiakas A ovat sama asiakas."
    )
    assert summary.topics[0].text == "Miten tukea Asiakas A:a?"
    assert summary.agreements[0].text == "Soitetaan Asiakas A:lle viikoittain."
    assert summary.journal_name == "Asiakas A ja muut"
    assert "Tuki Asiakas A:lle" in texts


def test_shared_trend_shows_only_the_weeks_of_the_period() -> None:
    """A trend shared for 8.9.–16.10. in a summary for 4.10.–12.12. shows only the weeks
    from 4.10. on; one with fewer than 3 weeks inside is marked as outside."""
    weeks = tuple(WeeklyStress(date(2026, 9, 7) + timedelta(weeks=n), 1 + n % 5) for n in range(6))
    shared = SharedWellbeing("Jari", date(2026, 9, 8), date(2026, 10, 16), weeks, TrendWord.RISING)
    summary = build_summary(
        sample_input(
            period_start=date(2026, 9, 28), period_end=date(2026, 12, 12), wellbeing=(shared,)
        )
    )
    (shown,) = summary.wellbeing
    assert [w.week_start for w in shown.weeks] == [date(2026, 9, 28), date(2026, 10, 5),
                                                   date(2026, 10, 12)]  # fmt: skip
    assert (shown.period_start, shown.period_end) == (date(2026, 9, 28), date(2026, 10, 16))
    assert (shown.shared_from, shown.shared_to) == (date(2026, 9, 8), date(2026, 10, 16))
    assert shown.clipped and not shown.outside
    later = build_summary(
        sample_input(
            period_start=date(2026, 10, 4), period_end=date(2026, 12, 12), wellbeing=(shared,)
        )
    )
    (older,) = later.wellbeing
    assert older.outside and older.weeks == ()


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
    assert block.place.kind is PlaceKind.DEBRIEF and block.place.entry_id == eid(1)
    assert block.place.field is PlaceField.WAS_HARD
    assert block.place.visit_date == date(2026, 9, 3)
    assert "010594Y9032" not in block.excerpt
    assert sorted(f.kind.value for f in result.warnings) == ["email", "phone"]
    assert all(f.place.kind is PlaceKind.AGENDA for f in result.warnings)


def test_gate_names_the_agenda_item_and_the_agreement_to_fix() -> None:
    """A henkilötunnus in the session's agenda or in an agreement blocks and names the
    session and the item, even when the agenda item came from a debrief: the agenda
    holds its own copy of the text, so that is where it must be removed."""
    data = sample_input()
    assert data.session is not None and data.previous_session is not None
    session = replace(
        data.session,
        agenda=(
            AgendaItem("Ensimmäinen aihe"),
            AgendaItem("Tunnus 131052-308T nostossa", (), JARI.member_id, eid(1)),
        ),
    )
    previous = replace(
        data.previous_session,
        agreements=(Agreement("Ok"), Agreement("Tunnus 010594Y9032 sopimuksessa")),
    )
    result = privacy_gate(build_summary(replace(data, session=session, previous_session=previous)))
    agenda, agreement = result.blocking
    assert agenda.place.kind is PlaceKind.AGENDA
    assert (agenda.place.session_id, agenda.place.number) == ("s2", 2)
    assert agenda.place.session_date == date(2026, 11, 5)
    assert agreement.place.kind is PlaceKind.AGREEMENT
    assert (agreement.place.session_id, agreement.place.number) == ("s1", 2)
    assert agreement.place.session_date == date(2026, 8, 28)


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
