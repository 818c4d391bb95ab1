"""Debrief rules without Qt or storage: validation, client codes, the draft codec."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from tyoparipaivakirja import messages, words
from tyoparipaivakirja.core.debriefs import (
    MAX_SHORT_TEXT_LENGTH,
    MAX_TEXT_LENGTH,
    Debrief,
    EntryStatus,
    FollowUp,
    MemberPart,
    PastClose,
    Presence,
    PrivateReflection,
    RoleSplitWorked,
    SharedStrain,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    Theme,
    VisitType,
    WarningSign,
    WarningSignNote,
    is_overdue,
    propose_client_code,
    validate_client_code,
    validate_debrief,
    validate_private,
)
from tyoparipaivakirja.core.drafts import from_plain, to_plain
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason

TODAY = date(2026, 3, 14)
TEXT_FIELDS = (
    "uppermost",
    "goal",
    "what_happened",
    "role_split_note",
    "went_well",
    "was_hard",
    "learning",
)


def full_entry(**changes: object) -> Debrief:
    """A debrief with every field filled in."""
    entry = Debrief(
        visit_date=date(2026, 3, 2),
        visit_type=VisitType.ACCOMPANIED_AUTHORITY_VISIT,
        presence=Presence.EXPERT_BY_EXPERIENCE,
        client_code="A-07",
        themes=(Theme.MONEY_AND_DEBT, Theme.HOUSING),
        uppermost="Vuokrarästi huolettaa, soitto isännöitsijälle vielä tänään.",
        goal="Selvittää velkojen tilanne yhdessä.",
        what_happened="Kävimme Kelassa; jono oli pitkä ja asiakas jännitti.",
        member_parts=(
            MemberPart("jari", ("sillanrakennus viranomaisasioinnissa",), "Rauhoittelin."),
            MemberPart("sanna", ("sidosryhmäyhteistyö",), "Hoidin paperit."),
        ),
        role_split_worked=RoleSplitWorked.PARTLY,
        role_split_note="Jari puhui enemmän kuin sovittiin, hyvä niin.",
        warning_signs=WarningSignNote(
            (WarningSign.NEW_DEBTS, WarningSign.HOUSING_AT_RISK),
            "jari",
            "Puheista katuveloista.",
            "Otetaan puheeksi ensi kerralla.",
        ),
        went_well="Luottamus kasvoi.",
        was_hard="Odottaminen.",
        learning="Varataan aika etukäteen.",
        follow_ups=(
            FollowUp("Soita velkaneuvontaan", "sanna", date(2026, 3, 5), False, "f11"),
            FollowUp("Tarkista vuokrasopimus", "yhdessä", None, True, None),
        ),
        supervision_topics=(
            SupervisionTopic("Omat rajat velka-asioissa", (SupervisionTag.BOUNDARIES,), "jari"),
        ),
        sharing=SharingLevel.TOPICS_AND_REFLECTION,
        status=EntryStatus.FULL,
        shared_strain=(SharedStrain("jari", 7, PastClose.CLEARLY, True),),
        entry_id="e42",
    )
    return replace(entry, **changes)  # type: ignore[arg-type]


# --- dates ------------------------------------------------------------------------------


def test_visit_date_in_the_future_is_refused() -> None:
    """A debrief dated tomorrow is refused with a visit-date error."""
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(visit_date=TODAY + timedelta(days=1)), TODAY)
    assert caught.value.field is ValidationField.VISIT_DATE
    assert caught.value.reason is ValidationReason.IN_FUTURE


def test_visit_today_or_earlier_is_accepted() -> None:
    """Today's visit and last year's visit are both accepted."""
    for visit in (TODAY, TODAY - timedelta(days=365)):
        assert validate_debrief(full_entry(visit_date=visit), TODAY).visit_date == visit


def test_own_reflection_in_the_future_is_refused() -> None:
    """An own reflection cannot be dated after today either."""
    with pytest.raises(ValidationError) as caught:
        validate_private(PrivateReflection("e1", TODAY + timedelta(days=1), strain=3), TODAY)
    assert caught.value.reason is ValidationReason.IN_FUTURE


# --- text limits ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", TEXT_FIELDS)
def test_text_field_at_the_limit_is_accepted(name: str) -> None:
    """Every long text field takes 20,000 characters."""
    entry = full_entry(**{name: "a" * MAX_TEXT_LENGTH})
    assert getattr(validate_debrief(entry, TODAY), name) == "a" * MAX_TEXT_LENGTH


@pytest.mark.parametrize("name", TEXT_FIELDS)
def test_text_field_over_the_limit_names_the_field(name: str) -> None:
    """20,001 characters in a text field is refused as TEXT / TOO_LONG naming that field."""
    assert MAX_TEXT_LENGTH == 20_000
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(**{name: "a" * 20_001}), TODAY)
    assert caught.value.field is ValidationField.TEXT
    assert caught.value.reason is ValidationReason.TOO_LONG
    assert caught.value.name == name


@pytest.mark.parametrize(
    ("warning_signs", "name"),
    [
        (WarningSignNote(noticed_from="a" * 20_001), "warning_noticed_from"),
        (WarningSignNote(agreed="a" * 20_001), "warning_agreed"),
    ],
)
def test_warning_sign_texts_have_the_limit(warning_signs: WarningSignNote, name: str) -> None:
    """The warning-sign notes have the same limit and are named in the error."""
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(warning_signs=warning_signs), TODAY)
    assert (caught.value.field, caught.value.name) == (ValidationField.TEXT, name)


def test_member_part_text_over_the_limit_names_the_part() -> None:
    """A partner's own words over the limit name that partner's part."""
    parts = (MemberPart("jari"), MemberPart("sanna", (), "a" * 20_001))
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(member_parts=parts), TODAY)
    assert (caught.value.field, caught.value.name) == (ValidationField.TEXT, "member_part_1")


def test_follow_up_and_topic_have_a_short_limit() -> None:
    """Follow-up tasks and supervision topics are short lines with their own limit."""
    long_task = "a" * (MAX_SHORT_TEXT_LENGTH + 1)
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(follow_ups=(FollowUp(long_task),)), TODAY)
    assert (caught.value.field, caught.value.name) == (ValidationField.TEXT, "follow_up_0")
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(supervision_topics=(SupervisionTopic(long_task),)), TODAY)
    assert caught.value.name == "supervision_topic_0"


def test_own_feelings_over_the_limit_are_refused() -> None:
    """Own feelings have the same 20,000-character limit."""
    with pytest.raises(ValidationError) as caught:
        validate_private(PrivateReflection("e1", TODAY, feelings="a" * 20_001), TODAY)
    assert (caught.value.field, caught.value.name) == (ValidationField.TEXT, "feelings")
    assert validate_private(PrivateReflection("e1", TODAY, feelings="a" * 20_000), TODAY)


def test_empty_follow_up_or_topic_is_refused() -> None:
    """A follow-up or topic row left blank is pointed out instead of saved empty."""
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(follow_ups=(FollowUp("   "),)), TODAY)
    assert caught.value.field is ValidationField.FOLLOW_UP
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(supervision_topics=(SupervisionTopic(""),)), TODAY)
    assert caught.value.field is ValidationField.SUPERVISION_TOPIC


@pytest.mark.parametrize("strain", [-1, 11])
def test_own_strain_outside_0_to_10_is_refused(strain: int) -> None:
    """Strain is a number from 0 to 10."""
    with pytest.raises(ValidationError) as caught:
        validate_private(PrivateReflection("e1", TODAY, strain=strain), TODAY)
    assert caught.value.field is ValidationField.STRAIN


# --- client codes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("A-07", "A-07"), ("b12", "B12"), (" c-3 ", "C-3"), ("ab-123", "AB-123"), ("", "")],
)
def test_pseudonym_code_is_accepted_and_normalised(typed: str, kept: str) -> None:
    """A short letters-and-number code is kept in capitals; no code at all is fine."""
    assert validate_client_code(typed) == kept


def test_saved_entry_gets_the_cleaned_code() -> None:
    """Validating an entry returns it with the code in its cleaned form."""
    assert validate_debrief(full_entry(client_code=" b12 "), TODAY).client_code == "B12"


@pytest.mark.parametrize("typed", ["Matti", "Matti Virtanen", "Kallio", "Espoo", "Oulu 3"])
def test_name_or_place_is_refused_as_a_code(typed: str) -> None:
    """A name or a place is not a pseudonym code."""
    with pytest.raises(ValidationError) as caught:
        validate_client_code(typed)
    assert caught.value.field is ValidationField.CLIENT_CODE
    assert caught.value.reason is ValidationReason.BAD_CODE


@pytest.mark.parametrize("typed", ["MV-1998", "A-1998", "mv1998", "K-2003"])
def test_initials_with_birth_year_are_refused(typed: str) -> None:
    """Letters with a year-like four-digit number look like initials and a birth year."""
    with pytest.raises(ValidationError) as caught:
        validate_client_code(typed)
    assert caught.value.reason is ValidationReason.LOOKS_LIKE_YEAR


def test_code_with_a_name_is_refused_in_the_entry() -> None:
    """An entry whose client code is a name is refused as a whole."""
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(client_code="Matti"), TODAY)
    assert caught.value.field is ValidationField.CLIENT_CODE


def test_proposed_code_is_neutral_and_valid() -> None:
    """With no codes in use the app proposes A-01, which passes its own validation."""
    assert propose_client_code(set()) == "A-01"
    assert validate_client_code(propose_client_code(set())) == "A-01"


def test_proposed_code_skips_taken_codes() -> None:
    """A code already in use (in any letter case) is never proposed again."""
    assert propose_client_code({"A-01", "a-02", "A-04"}) == "A-03"
    every_a = {f"A-{n:02d}" for n in range(1, 100)}
    assert propose_client_code(every_a) == "B-01"


# --- follow-ups ------------------------------------------------------------------------------


def test_overdue_means_open_and_past_its_date() -> None:
    """A follow-up is overdue only when it is open and its date has passed."""
    yesterday = TODAY - timedelta(days=1)
    assert is_overdue(FollowUp("x", due=yesterday), TODAY)
    assert not is_overdue(FollowUp("x", due=TODAY), TODAY)
    assert not is_overdue(FollowUp("x", due=yesterday, done=True), TODAY)
    assert not is_overdue(FollowUp("x"), TODAY)


# --- draft codec ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        full_entry(),
        Debrief(visit_date=date(2025, 12, 31), visit_type=VisitType.OTHER),
        full_entry(entry_id=None, role_split_worked=None, client_code=""),
        full_entry(uppermost='Lainausmerkit "näin" ja \\ sekä\nrivinvaihto ja emoji 🌲'),
        full_entry(status=EntryStatus.QUICK, sharing=SharingLevel.TOPICS_ONLY, themes=()),
    ],
    ids=["full", "minimal", "no-id-no-worked", "awkward-text", "quick"],
)
def test_codec_round_trip_through_json(entry: Debrief) -> None:
    """A draft written to JSON and read back is exactly the entry that was on screen."""
    text = json.dumps(to_plain(entry), ensure_ascii=False)
    assert from_plain(Debrief, json.loads(text)) == entry


@pytest.mark.parametrize("minutes", [-1, 1441])
def test_a_visit_longer_than_a_day_or_negative_is_refused(minutes: int) -> None:
    """The visit's duration is 0 to 1440 minutes, or not given at all; the refusal says
    the range in the user's words, with no message written for this field alone."""
    with pytest.raises(ValidationError) as caught:
        validate_debrief(full_entry(duration_minutes=minutes), TODAY)
    error = caught.value
    assert (error.field, error.name, error.limits) == (
        ValidationField.NUMBER,
        "duration_minutes",
        (0, 1440),
    )
    words.set_language(words.FINNISH)
    assert messages.validation_message(error) == "Valitse luku väliltä 0–1440."
    for allowed in (None, 0, 90, 1440):
        assert validate_debrief(full_entry(duration_minutes=allowed), TODAY)
