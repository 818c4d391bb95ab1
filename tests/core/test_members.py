"""Member list rules: who may form a pair, and how names and command-line specs are checked."""

from __future__ import annotations

import pytest

from tyoparipaivakirja.core.errors import (
    ErrorCode,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.members import (
    MAX_JOURNAL_NAME_LENGTH,
    MAX_MEMBERS,
    MAX_NAME_LENGTH,
    NewMember,
    Role,
    clean_text,
    parse_member_spec,
    validate_journal_name,
    validate_members,
)

KA = Role.EXPERT_BY_EXPERIENCE
PRO = Role.PROFESSIONAL


def _refusal(members: list[NewMember]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_members(members)
    assert caught.value.code is ErrorCode.VALIDATION
    return caught.value


def test_pair_of_both_roles_is_accepted_and_cleaned() -> None:
    """A pair of one expert-by-experience and one professional is accepted, names trimmed."""
    cleaned = validate_members([NewMember("  Jari ", KA), NewMember("Sanna\u00a0", PRO)])
    assert cleaned == [NewMember("Jari", KA), NewMember("Sanna", PRO)]


def test_names_are_normalised_to_nfc() -> None:
    """A name typed with a combining diaeresis is stored in the composed form (ä, not a + ¨)."""
    cleaned = validate_members([NewMember("Ma\u0308ki", KA), NewMember("Sanna", PRO)])
    assert cleaned[0].display_name == "M\u00e4ki"
    assert clean_text("  \u00c5sa\u0308  ") == "\u00c5s\u00e4"


def test_role_given_as_stored_text_is_accepted() -> None:
    """A role given as its stored text value becomes the Role enum member."""
    cleaned = validate_members(
        [NewMember("Jari", "kokemusasiantuntija"), NewMember("Sanna", "ammattilainen")]  # type: ignore[arg-type]
    )
    assert [member.role for member in cleaned] == [KA, PRO]
    assert all(isinstance(member.role, Role) for member in cleaned)


@pytest.mark.parametrize("role", list(Role))
def test_two_members_of_the_same_role_are_refused(role: Role) -> None:
    """A pair needs at least one member of each role; two of the same role are refused."""
    error = _refusal([NewMember("Jari", role), NewMember("Sanna", role)])
    assert (error.field, error.reason) == (
        ValidationField.MEMBERS,
        ValidationReason.NEED_BOTH_ROLES,
    )


def test_larger_team_with_both_roles_is_accepted() -> None:
    """More than two members are fine as long as both roles are present."""
    members = [NewMember("Jari", KA), NewMember("Sanna", PRO), NewMember("Aino", PRO)]
    assert [m.display_name for m in validate_members(members)] == ["Jari", "Sanna", "Aino"]


def test_too_few_members_are_refused() -> None:
    """A journal with a single member is refused: a pair is at least two people."""
    error = _refusal([NewMember("Jari", KA)])
    assert (error.field, error.reason) == (
        ValidationField.MEMBERS,
        ValidationReason.TOO_FEW_MEMBERS,
    )


def test_too_many_members_are_refused() -> None:
    """More members than the maximum are refused."""
    members = [NewMember(f"Jäsen {i}", KA if i % 2 else PRO) for i in range(MAX_MEMBERS + 1)]
    error = _refusal(members)
    assert error.reason is ValidationReason.TOO_MANY_MEMBERS


@pytest.mark.parametrize("second", ["jari", "JARI", " Jari ", "jArI"])
def test_duplicate_names_are_refused_regardless_of_case(second: str) -> None:
    """Two members whose names differ only by case or spacing are refused as duplicates."""
    error = _refusal([NewMember("Jari", KA), NewMember(second, PRO)])
    assert (error.field, error.reason, error.index) == (
        ValidationField.MEMBER_NAME,
        ValidationReason.DUPLICATE,
        1,
    )


def test_duplicate_names_with_finnish_letters_are_refused() -> None:
    """Case-insensitive duplicate detection covers ä/ö/å too (Äijälä vs äijälä)."""
    error = _refusal([NewMember("Äijälä", KA), NewMember("äijälä", PRO)])
    assert error.reason is ValidationReason.DUPLICATE


@pytest.mark.parametrize("name", ["", "   ", "\u00a0\t"])
def test_empty_name_is_refused_with_its_row(name: str) -> None:
    """An empty or blank name is refused and the error points at that row."""
    error = _refusal([NewMember("Jari", KA), NewMember(name, PRO)])
    assert (error.field, error.reason, error.index) == (
        ValidationField.MEMBER_NAME,
        ValidationReason.REQUIRED,
        1,
    )


def test_name_at_the_limit_is_accepted_and_one_longer_refused() -> None:
    """A name of exactly the maximum length is accepted; one character more is refused."""
    longest = "ä" * MAX_NAME_LENGTH
    assert validate_members([NewMember(longest, KA), NewMember("Sanna", PRO)])[0].display_name == (
        longest
    )
    error = _refusal([NewMember(longest + "x", KA), NewMember("Sanna", PRO)])
    assert (error.field, error.reason, error.index) == (
        ValidationField.MEMBER_NAME,
        ValidationReason.TOO_LONG,
        0,
    )


@pytest.mark.parametrize("name", ["Ja\nri", "Ja\x00ri", "Ja\x1bri", "Ja\x7fri", "Ja\rri"])
def test_names_with_control_characters_are_refused(name: str) -> None:
    """A name containing a newline, NUL, escape or other control character is refused."""
    error = _refusal([NewMember(name, KA), NewMember("Sanna", PRO)])
    assert (error.field, error.reason, error.index) == (
        ValidationField.MEMBER_NAME,
        ValidationReason.CONTROL_CHARACTERS,
        0,
    )


def test_journal_name_is_cleaned() -> None:
    """The journal name is trimmed and kept otherwise as typed."""
    assert validate_journal_name("  Jarin ja Sannan työpari  ") == "Jarin ja Sannan työpari"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", ValidationReason.REQUIRED),
        ("   ", ValidationReason.REQUIRED),
        ("x" * (MAX_JOURNAL_NAME_LENGTH + 1), ValidationReason.TOO_LONG),
        ("Työ\npari", ValidationReason.CONTROL_CHARACTERS),
    ],
)
def test_bad_journal_names_are_refused(name: str, reason: ValidationReason) -> None:
    """An empty, too long or multi-line journal name is refused with the matching reason."""
    with pytest.raises(ValidationError) as caught:
        validate_journal_name(name)
    assert (caught.value.field, caught.value.reason) == (ValidationField.JOURNAL_NAME, reason)


def test_journal_name_at_the_limit_is_accepted() -> None:
    """A journal name of exactly the maximum length is accepted."""
    assert validate_journal_name("ö" * MAX_JOURNAL_NAME_LENGTH) == "ö" * MAX_JOURNAL_NAME_LENGTH


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Jari:kokemusasiantuntija", NewMember("Jari", KA)),
        ("Sanna:AMMATTILAINEN", NewMember("Sanna", PRO)),
        ("Sanna: Ammattilainen ", NewMember("Sanna", PRO)),
        ("Matti: Meikäläinen:ammattilainen", NewMember("Matti: Meikäläinen", PRO)),
    ],
)
def test_member_spec_is_parsed(spec: str, expected: NewMember) -> None:
    """The command line's NAME:role form gives the member; the role is case-insensitive and
    the last colon separates it, so names may contain colons."""
    assert parse_member_spec(spec) == expected


@pytest.mark.parametrize("spec", ["Jari", "Jari:", "Jari:asiakas", ":"])
def test_member_spec_without_a_valid_role_is_refused(spec: str) -> None:
    """A member spec without a known role is refused as a missing role."""
    with pytest.raises(ValidationError) as caught:
        parse_member_spec(spec)
    assert (caught.value.field, caught.value.reason) == (
        ValidationField.MEMBER_ROLE,
        ValidationReason.REQUIRED,
    )


def test_parsed_specs_feed_validation() -> None:
    """Specs parsed from the command line go through the same member rules (duplicates)."""
    members = [
        parse_member_spec("Jari:kokemusasiantuntija"),
        parse_member_spec("JARI:ammattilainen"),
    ]
    error = _refusal(members)
    assert error.reason is ValidationReason.DUPLICATE
