"""Passphrase strength rules: weak choices are refused, several varied words are welcome."""

from __future__ import annotations

import pytest

from tyoparipaivakirja.core import passphrase as model
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.passphrase import MAX_LENGTH, MIN_LENGTH, Strength, StrengthReport
from tyoparipaivakirja.storage.passphrases import finnish_ranks

# The model as the app runs it: with the Finnish word list (core itself reads no files).


def assess(passphrase: str) -> StrengthReport:
    return model.assess(passphrase, model.known_words(()), finnish_ranks())


def require_new_passphrase(passphrase: str, repeated: str | None = None) -> str:
    return model.require_new_passphrase(
        passphrase, repeated, known=model.known_words(()), ranks=finnish_ranks()
    )


GOOD = "kesä-aamu 'kahvi' \"termos\" 2026"
MULTI_WORD = "lumikko hyppää routaiselle sillalle"


def _refusal(passphrase: str, repeated: str | None = None) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        require_new_passphrase(passphrase, repeated)
    return caught.value


@pytest.mark.parametrize(
    "passphrase",
    [
        MULTI_WORD,
        "Vanha-vene lipuu_hiljaa järvellä 7",
        "kolme sanaa riittää: pilvi, sammal, kivi",
        GOOD,
    ],
)
def test_multi_word_passphrases_are_accepted(passphrase: str) -> None:
    """Several varied words with separators are accepted and returned unchanged."""
    assert require_new_passphrase(passphrase, passphrase) == passphrase
    assert assess(passphrase).accepted


def test_long_multi_word_passphrase_is_strong() -> None:
    """A long passphrase of varied words is rated strong, not merely acceptable."""
    report = assess("Ruska-aika tuo sammalen, kanervan ja 3 kivistä polkua")
    assert report.strength is Strength.STRONG
    assert report.estimated_bits >= 75


@pytest.mark.parametrize("passphrase", ["a", "lyhyt", "Ab1!Ab1!Ab1", "x" * (MIN_LENGTH - 1)])
def test_short_passphrases_are_refused(passphrase: str) -> None:
    """A passphrase shorter than the minimum is refused as too short."""
    assert assess(passphrase).strength is Strength.TOO_SHORT
    error = _refusal(passphrase)
    assert (error.field, error.reason) == (ValidationField.PASSPHRASE, ValidationReason.TOO_SHORT)


def test_empty_passphrase_is_required() -> None:
    """An empty passphrase is refused as missing."""
    error = _refusal("")
    assert (error.field, error.reason) == (ValidationField.PASSPHRASE, ValidationReason.REQUIRED)


@pytest.mark.parametrize(
    "passphrase",
    [
        "salasana1234",
        "Password12345",
        "qwertyqwerty",
        "123456789012",
        "abcdefghijklmnop",
        "salasanasalasana",
        "kissakoira123",
        "Perkele!Suomi",
    ],
)
def test_common_passphrases_are_refused(passphrase: str) -> None:
    """Common choices (salasana, password, qwerty, number and letter runs) are refused as weak."""
    assert not assess(passphrase).accepted
    error = _refusal(passphrase)
    assert (error.field, error.reason) == (ValidationField.PASSPHRASE, ValidationReason.TOO_WEAK)


@pytest.mark.parametrize(
    "passphrase",
    [
        "aaaaaaaaaaaaaaaaaaaa",
        "abababababababababab",
        "xyzxyzxyzxyzxyzxyzxyz",
        "1111122222333334444",
        "Ab1!Ab1!Ab1!",
        "Lumi1Lumi1Lumi1Lumi1!",
        "moi moi moi moi moi",
        "qazwsxqazwsxqazwsx",
        "ab12" * 20,
    ],
)
def test_repetitive_passphrases_are_refused(passphrase: str) -> None:
    """Repeating one or a few characters, however long, is refused as weak."""
    error = _refusal(passphrase)
    assert error.reason is ValidationReason.TOO_WEAK


def test_repetition_adds_almost_nothing() -> None:
    """Repeating a chunk many times raises the estimate by at most a few bits."""
    once = assess("kuusi ja mänty").estimated_bits
    repeated = assess("kuusi ja mänty" * 8).estimated_bits
    assert once > 0
    assert repeated <= once + 10


def test_shared_word_parts_do_not_sink_a_good_passphrase() -> None:
    """Words that share letters (Hanna, Hannu) still make an accepted passphrase."""
    assert require_new_passphrase("Hanna ja Hannu juoksevat rannalla") == (
        "Hanna ja Hannu juoksevat rannalla"
    )


def test_mismatched_repeat_is_refused() -> None:
    """When the second typing differs from the first, the repeat field is refused."""
    error = _refusal(MULTI_WORD, MULTI_WORD + " ")
    assert (error.field, error.reason) == (
        ValidationField.PASSPHRASE_REPEAT,
        ValidationReason.MISMATCH,
    )


def test_weakness_is_reported_before_mismatch() -> None:
    """A weak passphrase is reported as weak even if the repeat also differs."""
    error = _refusal("salasana1234", "salasana12345")
    assert error.field is ValidationField.PASSPHRASE


def test_repeat_is_optional() -> None:
    """Without a second typing, a strong passphrase is accepted on its own."""
    assert require_new_passphrase(MULTI_WORD) == MULTI_WORD


def test_too_long_passphrase_is_refused() -> None:
    """A passphrase above the maximum length is refused as too long."""
    words = "sammal kanerva routa pilvi järvi "
    too_long = (words * (MAX_LENGTH // len(words) + 2))[: MAX_LENGTH + 1]
    error = _refusal(too_long)
    assert (error.field, error.reason) == (ValidationField.PASSPHRASE, ValidationReason.TOO_LONG)


@pytest.mark.parametrize("control", ["\n", "\t", "\x00", "\x1b"])
def test_passphrase_with_control_characters_is_refused(control: str) -> None:
    """A passphrase containing a newline, tab or other control character is refused."""
    error = _refusal(f"lumikko hyppää{control}routaiselle sillalle")
    assert (error.field, error.reason) == (
        ValidationField.PASSPHRASE,
        ValidationReason.CONTROL_CHARACTERS,
    )


def test_quotes_and_emoji_are_allowed() -> None:
    """Quotes, backslashes and emoji are ordinary characters in a passphrase."""
    passphrase = '\'; DROP TABLE meta; -- "🦉 yöpöllö" \\ huhuilee'
    assert require_new_passphrase(passphrase, passphrase) == passphrase


# --- guessing as someone who knows the pair ---------------------------------------------

PAIR = ["Jari", "Sanna", "Jarin ja Sannan työpari"]


def _estimate(passphrase: str) -> StrengthReport:
    return model.assess(passphrase, model.known_words(PAIR), finnish_ranks())


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [
        ("jari ja sanna 2026", {model.Weakness.KNOWN_WORD, model.Weakness.YEAR_OR_DATE}),
        ("Jarin ja Sannan työpari", {model.Weakness.KNOWN_WORD}),
        ("Kokemusasiantuntija1", {model.Weakness.KNOWN_WORD}),
        ("Sosiaalityö2026!", {model.Weakness.KNOWN_WORD, model.Weakness.YEAR_OR_DATE}),
        ("Helsinki2026!!", {model.Weakness.COMMON_WORD, model.Weakness.YEAR_OR_DATE}),
        ("qwertyuiop123456", {model.Weakness.SEQUENCE}),
        ("Lumi1Lumi1Lumi1Lumi1!", {model.Weakness.REPEAT}),
    ],
)
def test_what_someone_who_knows_the_pair_guesses_is_refused(
    passphrase: str, why: set[model.Weakness]
) -> None:
    """The members' names, the journal's name, the work's words, years, keyboard runs and
    repeats cost an attacker who knows the pair little: refused, with the reasons."""
    report = _estimate(passphrase)
    assert not report.accepted, report
    assert why <= set(report.weaknesses)
    with pytest.raises(model.PassphraseTooWeak) as caught:
        model.require_new_passphrase(
            passphrase, known=model.known_words(PAIR), ranks=finnish_ranks()
        )
    assert set(caught.value.weaknesses) == set(report.weaknesses)


@pytest.mark.parametrize(
    "passphrase",
    [
        "korppi ikkuna lusikka vuori",
        "kesä-aamu 'kahvi' \"termos\" 2026",
        "Sannan kanerva & sammal 1984 🌲",
        "🦊 kettu \"ja\" 'sammal' 🌲 routa 🪨 hiili",
        " ".join(["sammal kanerva routa kivi", "🌲"] * 80)[:1024],
    ],
)
def test_unrelated_words_long_emoji_and_quotes_stay_welcome(passphrase: str) -> None:
    """Four unrelated words are strong; long, emoji and quoted passphrases keep working."""
    report = _estimate(passphrase)
    assert report.accepted, report
    assert model.require_new_passphrase(
        passphrase, passphrase, known=model.known_words(PAIR), ranks=finnish_ranks()
    )
