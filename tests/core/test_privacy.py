"""The privacy scan: henkilötunnus, near misses, phone numbers, e-mail addresses."""

from __future__ import annotations

import pytest

from tyoparipaivakirja.core.privacy import (
    REPLACEMENT_HETU,
    ClientCodes,
    FindingKind,
    client_code_key,
    fold,
    is_valid_hetu,
    normalise,
    redact_hetus,
    scan,
)

# Fictitious codes published by the Digital and Population Data Services Agency (domain.md §5).
FICTITIOUS_HETUS = ("010594Y9032", "020594X903P", "010516B903X", "020504A902E", "131052-308T")


def kinds(text: str) -> list[FindingKind]:
    return [finding.kind for finding in scan(text)]


def found(text: str) -> list[tuple[FindingKind, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan(text)]


# --- henkilötunnus ---------------------------------------------------------------


@pytest.mark.parametrize("code", FICTITIOUS_HETUS)
def test_fictitious_hetu_is_a_blocking_finding(code: str) -> None:
    """A valid henkilötunnus in running text is found, with its exact span, and blocks."""
    text = f"Asiakkaan tunnus {code} mainittiin puhelussa."
    findings = scan(text)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.kind is FindingKind.HETU
    assert finding.blocking
    assert text[finding.start : finding.end] == code
    assert is_valid_hetu(code)


@pytest.mark.parametrize("code", FICTITIOUS_HETUS)
def test_hetu_alone_and_next_to_punctuation_is_found(code: str) -> None:
    """A code on its own, in brackets or before a full stop is still a blocking finding."""
    for text in (code, f"({code})", f"{code}.", f"tunnus:{code},"):
        assert found(text) == [(FindingKind.HETU, code)], text


def test_lowercase_check_character_still_blocks() -> None:
    """A code typed with a lowercase check character is the same person's code and blocks."""
    assert found("hetu 131052-308t") == [(FindingKind.HETU, "131052-308t")]
    assert found("hetu 020594X903p") == [(FindingKind.HETU, "020594X903p")]
    assert is_valid_hetu("131052-308t")


def test_lowercase_century_sign_still_blocks() -> None:
    """A valid code typed with a lowercase century letter is found and blocks like any other."""
    assert is_valid_hetu("020504a902E")
    assert found("hetu 020504a902E") == [(FindingKind.HETU, "020504a902E")]
    assert redact_hetus("hetu 010594y9032") == f"hetu {REPLACEMENT_HETU}"


@pytest.mark.parametrize(
    "text",
    [
        "131052-308A",  # wrong check character
        "131052-308U",  # wrong check character
        "010594Y9033",  # wrong check character
        "311352-308T",  # impossible date (month 13)
        "310294A9032",  # impossible date (31 February)
        "131052-000T",  # individual number below 002
    ],
)
def test_code_that_fails_the_check_is_a_soft_finding(text: str) -> None:
    """A code-shaped string that is not a valid henkilötunnus gets only the soft warning."""
    findings = scan(f"numero {text} oli paperissa")
    assert [f.kind for f in findings] == [FindingKind.HETU_LIKE]
    assert not findings[0].blocking
    assert not is_valid_hetu(text)


@pytest.mark.parametrize(
    "text",
    [
        "131052Z308T",  # no such century sign
        "131052G308T",  # no such century sign
        "131052*308T",  # not a century sign at all
        "X131052-308T",  # embedded: a letter before
        "131052-308TX",  # embedded: a letter after
        "9131052-308T",  # embedded: a digit before
        "131052-308T7",  # embedded: a digit after
        "abc010594Y9032def",  # inside a longer alphanumeric token
    ],
)
def test_wrong_century_sign_or_embedded_code_is_not_blocking(text: str) -> None:
    """A wrong century sign or a code inside a longer token is never a blocking finding."""
    findings = scan(f"merkintä {text} tässä")
    assert not any(f.blocking for f in findings)
    assert all(f.kind is not FindingKind.HETU for f in findings)
    assert redact_hetus(text) == text


def test_valid_check_with_wrong_century_giving_future_birth_date_is_soft() -> None:
    """A code whose century sign puts the birth date in the future is only a soft finding."""
    assert kinds("tunnus 131052A308T") == [FindingKind.HETU_LIKE]
    assert not is_valid_hetu("131052A308T")


# --- phone numbers and e-mail addresses ----------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["040 123 4567", "+358 40 1234567", "09-123 4567", "0401234567", "050-1234567"],
)
def test_finnish_phone_number_is_a_soft_finding(number: str) -> None:
    """A Finnish phone number in the text is found whole and warned about softly."""
    text = f"Soita hänelle numeroon {number} huomenna."
    assert found(text) == [(FindingKind.PHONE, number)]
    assert not scan(text)[0].blocking


@pytest.mark.parametrize("address", ["maija.meikalainen@example.fi", "a.b-c+tag@sub.example.com"])
def test_email_address_is_a_soft_finding(address: str) -> None:
    """An e-mail address is found whole (without a trailing full stop) and is soft."""
    text = f"Sähköposti {address}."
    assert found(text) == [(FindingKind.EMAIL, address)]
    assert not scan(text)[0].blocking


def test_findings_come_in_text_order() -> None:
    """Several findings in one text are all reported, in the order they appear."""
    text = "Puh 040 123 4567, posti maija@example.fi ja tunnus 131052-308T."
    assert kinds(text) == [FindingKind.PHONE, FindingKind.EMAIL, FindingKind.HETU]


@pytest.mark.parametrize(
    "text",
    [
        "Velkaa on 1 500 euroa ja vuokrarästi 650,50 €.",
        "Summa 10 000 euroa, vuonna 2024.",
        "Asiakas A-07 ja B-12 tapasivat.",
        "Tapaaminen 12.3.2024 klo 09.30.",
        "Vuosina 2019–2024 ja 2005-2010 hän asui muualla.",
        "Tuomio 2 v 6 kk, päätös 5/2024.",
        "Vuokra 650 e/kk, 3 kk rästissä.",
        "Ei mitään tunnistettavaa tässä tekstissä.",
    ],
)
def test_ordinary_numbers_are_not_flagged(text: str) -> None:
    """Sums, years, dates, times and client codes are everyday text, not findings."""
    assert scan(text) == []


# --- replacement -----------------------------------------------------------------------


def test_redact_replaces_only_valid_codes() -> None:
    """One-click replacement removes valid codes and leaves near misses and phones alone."""
    text = "Hetu 131052-308T ja väärä 131052-308A sekä 010594Y9032, puh 040 123 4567."
    assert redact_hetus(text) == (
        f"Hetu {REPLACEMENT_HETU} ja väärä 131052-308A sekä {REPLACEMENT_HETU}, puh 040 123 4567."
    )


@pytest.mark.parametrize("code", FICTITIOUS_HETUS)
def test_redacted_text_has_no_blocking_finding(code: str) -> None:
    """After the replacement the text no longer holds a code that blocks saving or export."""
    lower_check = code[:-1] + code[-1].lower()
    cleaned = redact_hetus(f"alku {code} keski {lower_check} loppu")
    assert code not in cleaned and lower_check not in cleaned
    assert not any(f.blocking for f in scan(cleaned))
    assert cleaned.startswith("alku ") and cleaned.endswith(" loppu")


def test_redact_leaves_text_without_codes_unchanged() -> None:
    """Text without any valid code comes back exactly as it was."""
    text = "Velkaa 1 500 €, numero 131052-308A ja posti maija@example.fi."
    assert redact_hetus(text) == text


# --- one normalisation: any Unicode form, case, dash or width ------------------------


@pytest.mark.parametrize(
    "written",
    [
        "131052–308T",  # an en dash, as word processors turn a hyphen into
        "131052−308T",  # a minus sign
        "１３１０５２-３０８Ｔ",  # full-width digits and letters (an IME left on)
        "131052-308t",
    ],
)
def test_hetu_in_another_spelling_still_blocks_and_is_removed(written: str) -> None:
    """A henkilötunnus written with a dash, full-width characters or in lower case is the
    same code: it blocks, and one-click removal takes it out."""
    text = f"Tunnus {written} näkyi."
    assert [f.kind for f in scan(text)] == [FindingKind.HETU]
    assert redact_hetus(text) == f"Tunnus {REPLACEMENT_HETU} näkyi."


def test_positions_and_replacement_are_in_nfc() -> None:
    """Text typed in decomposed form (macOS: "a" + U+0308) is scanned and returned in
    NFC: the finding's span is right in ``normalise(text)`` and the rest is kept."""
    text = "Ha\u0308n kertoi: 010594Y9032, ja lo\u0308ysi asunnon."
    nfc = normalise(text)
    (finding,) = scan(text)
    assert nfc[finding.start : finding.end] == "010594Y9032"
    assert redact_hetus(text) == f"Hän kertoi: {REPLACEMENT_HETU}, ja löysi asunnon."


def test_fold_keeps_positions_when_a_character_folds_to_two() -> None:
    """ "ß" folds to "ss": a phone number after it is still found at the right place."""
    text = "Straße 040 123 4567"
    (finding,) = scan(text)
    assert text[finding.start : finding.end] == "040 123 4567"
    assert fold("İ").origin is not None  # folds to two characters


# --- client codes in any spelling ----------------------------------------------------------


NFD_OZ = "O\u0308Z-3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ÖZ-3 tuli ajoissa.", "<öz-3> tuli ajoissa."),
        (f"{NFD_OZ} tuli ajoissa.", "<öz-3> tuli ajoissa."),  # decomposed, as macOS types
        ("öz-3 tuli ajoissa.", "<öz-3> tuli ajoissa."),
        ("Puhuimme ÖZ-3:n kanssa.", "Puhuimme <öz-3>:n kanssa."),  # inside a word
        (f"Puhuimme {NFD_OZ}:lle.", "Puhuimme <öz-3>:lle."),
        ("K17, K 17, k–17, K-017 ja K-17lle.", "<k-17>, <k-17>, <k-17>, <k-17> ja <k-17>lle."),
        ("K-170, K-1, XK-17 ja K171 ovat muita.", "K-170, K-1, XK-17 ja K171 ovat muita."),
    ],
)
def test_client_codes_are_found_in_every_spelling(text: str, expected: str) -> None:
    """A client code is found whatever its Unicode form, case, separator or leading
    zeros, also before a case ending; other codes and longer numbers are left alone."""
    codes = ClientCodes(["ÖZ-3", "K-17"])
    assert codes.replace(text, lambda key: f"<{key}>") == expected


def test_client_code_key_ignores_spelling() -> None:
    keys = {client_code_key(code) for code in ("K-17", "k17", "K 17", "K–017", "Ｋ-17")}
    assert keys == {"k-17"}
    assert client_code_key(NFD_OZ) == client_code_key("öz3") == "öz-3"
