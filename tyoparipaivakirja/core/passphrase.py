"""How strong a passphrase is, estimated the way someone who knows the pair would guess.

The people most likely to try a journal's passphrase know the pair: their first names,
the journal's name and the work's own words are tried first, then Finnish words by how
common they are, years and dates, keyboard runs and repeats. So the estimate splits a
passphrase into the pieces such an attacker would guess and counts how many guesses
each piece costs (zxcvbn's idea, with Finnish frequencies and the pair's own context):

- a word the attacker knows (a member's name, a word of the journal's name, a domain
  word such as "kokemusasiantuntija"), also inflected ("Jarin", "Sannan"): a handful;
- a Finnish word: its frequency rank (the list comes from wordfreq, given by the caller,
  since core reads no files): "ja" costs 1 guess, "termos" about 200,000;
- a year near now: about 20 guesses; a date: 36,500; a keyboard run or a sequence
  ("qwerty", "1234") and a repeat ("!!!", "abcabc"): a few hundred;
- separators between pieces: cheap, and free when the same one is used again;
- anything else, character by character (an emoji is one of about a thousand).

The cheapest split decides. 2^45 guesses is about a hundred years of one graphics card
against SQLCipher's 256,000 PBKDF2 rounds; below that a passphrase is refused, and from
2^60 it is called strong. ``weaknesses`` say in words what made a weak one weak.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason

MIN_LENGTH = 12
MAX_LENGTH = 1024
# Estimated guesses (as bits, log2) needed to be accepted, and to be called strong.
ACCEPTABLE_BITS = 45.0
STRONG_BITS = 60.0
# Words an attacker who knows the work tries first, whatever the journal is called.
DOMAIN_WORDS = (
    "ammattilainen", "kokemusasiantuntija", "ka", "sosionomi", "sosiaalityö",
    "sosiaalityöntekijä", "sosiaaliohjaaja", "työpari", "työparityö", "työparimalli",
    "työnohjaus", "työnohjaaja", "purku", "pikapurku", "käyntipurku", "jatkotoimet",
    "roolijako", "jaksaminen", "asiakas", "aluetyöntekijä", "katu", "kokoa", "päiväkirja",
    "työparipäiväkirja", "tyoparipaivakirja", "tunnuslause", "salasana", "salainen",
    "password", "passphrase", "qwerty", "admin", "letmein", "kriminaalihuolto", "vankila",
    "rikosseuraamus", "päihde", "päihdetyö", "asunnottomuus", "vapautuminen", "desistanssi",
    "vertaistuki", "suomi", "finland", "perkele", "sisu",
)  # fmt: skip
# Finnish case endings and possessive suffixes on a known word ("Jari" → "Jarin").
_SUFFIXES = (
    "n", "a", "ä", "t", "in", "an", "en", "ää", "aa", "lle", "lla", "llä", "lta", "ltä",
    "ssa", "ssä", "sta", "stä", "ksi", "na", "nä", "ni", "si", "mme", "nne", "ja", "jä",
    "ineen", "ien", "jen", "lta", "sta", "han", "hän", "kin",
)  # fmt: skip
_KEYBOARD_ROWS = ("1234567890+", "qwertyuiopå", "asdfghjklöä", "<zxcvbnm,.-")
_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"
_SEPARATORS = " -_.,:;!?&'\"/+*#"
_WORD = re.compile(r"[^\W\d_]+")
_MAX_WORD = 40  # no word of the list or of a journal's name is longer
_DIGITS = re.compile(r"\d+")


class Strength(IntEnum):
    """Strength levels shown to the user; anything below ACCEPTABLE is refused."""

    TOO_SHORT = 0
    WEAK = 1
    ACCEPTABLE = 2
    STRONG = 3


class Weakness(StrEnum):
    """What makes a passphrase easy to guess, for the user's explanation."""

    KNOWN_WORD = "known_word"  # a member's name, the journal's name, the work's words
    COMMON_WORD = "common_word"  # among the most common Finnish words
    YEAR_OR_DATE = "year_or_date"
    SEQUENCE = "sequence"  # keyboard runs, 1234, abcd
    REPEAT = "repeat"  # the same character or chunk again
    FEW_WORDS = "few_words"  # fewer than four words of its own


@dataclass(frozen=True, slots=True)
class StrengthReport:
    """The verdict on one passphrase, with the estimate it came from."""

    strength: Strength
    estimated_bits: float
    weaknesses: tuple[Weakness, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.strength >= Strength.ACCEPTABLE


class PassphraseTooWeak(ValidationError):
    """A new passphrase was refused as too easy to guess; ``weaknesses`` say why."""

    def __init__(self, weaknesses: tuple[Weakness, ...]) -> None:
        super().__init__(ValidationField.PASSPHRASE, ValidationReason.TOO_WEAK)
        self.weaknesses = weaknesses


@dataclass(frozen=True, slots=True)
class _Piece:
    end: int
    bits: float
    weakness: Weakness | None = None
    word: bool = False


def known_words(texts: Iterable[str]) -> frozenset[str]:
    """The words of names and titles (members, the journal), case-folded, as an attacker
    who knows the pair would list them; the domain words are always among them."""
    found = {unicodedata.normalize("NFC", w).casefold() for w in DOMAIN_WORDS}
    for text in texts:
        normal = unicodedata.normalize("NFC", text).casefold()
        found.update(w for w in _WORD.findall(normal) if len(w) >= 2)
        joined = "".join(_WORD.findall(normal))
        if len(joined) >= 4:
            found.add(joined)  # "Jarin ja Sannan työpari" typed without spaces
    return frozenset(found)


def _char_bits(ch: str) -> float:
    if ch.isdigit():
        return math.log2(10)
    if ch in _ALPHABET:
        return math.log2(len(_ALPHABET))
    if ch.casefold() in _ALPHABET:
        return math.log2(2 * len(_ALPHABET))
    if ch.isascii():
        return math.log2(33)
    return math.log2(1000)  # an emoji, a letter of another script


def _case_bits(original: str) -> float:
    if original.islower() or not any(c.isalpha() for c in original):
        return 0.0
    if original[0].isupper() and original[1:].islower():
        return 1.0
    if original.isupper():
        return 1.0
    return float(sum(1 for c in original if c.isupper()))


def _sequence_length(text: str, start: int) -> int:
    """Length of a run from ``start`` that steps by one along the alphabet, the digits or
    a keyboard row (either way); 0 when shorter than 3."""
    lowered = text.casefold()
    best = 0
    for line in (_ALPHABET, "0123456789", *_KEYBOARD_ROWS):
        for sequence in (line, line[::-1]):
            end = start
            while end < len(lowered):
                if end == start:
                    if lowered[end] not in sequence:
                        break
                else:
                    previous = sequence.find(lowered[end - 1])
                    if previous < 0 or previous + 1 >= len(sequence):
                        break
                    if sequence[previous + 1] != lowered[end]:
                        break
                end += 1
            best = max(best, end - start)
    return best if best >= 3 else 0


def _pieces(
    text: str,
    start: int,
    known: frozenset[str],
    ranks: Mapping[str, int],
    this_year: int,
    separators_used: set[str],
) -> list[_Piece]:
    lowered = text.casefold()
    found: list[_Piece] = []
    letters = _WORD.match(lowered, start)
    if letters:
        run = letters.group()
        for end in range(start + 2, start + min(len(run), _MAX_WORD) + 1):
            candidate = lowered[start:end]
            case = _case_bits(text[start:end])
            if candidate in known:
                found.append(_Piece(end, math.log2(len(known)) + case, Weakness.KNOWN_WORD, True))
            else:
                for suffix in _SUFFIXES:
                    stem = candidate[: -len(suffix)]
                    if candidate.endswith(suffix) and stem in known and len(stem) >= 2:
                        bits = math.log2(len(known) * len(_SUFFIXES)) + case
                        found.append(_Piece(end, bits, Weakness.KNOWN_WORD, True))
                        break
            rank = ranks.get(candidate)
            if rank is not None:
                weakness = Weakness.COMMON_WORD if rank <= 5000 else None
                found.append(_Piece(end, math.log2(rank + 1) + case, weakness, True))
    digits = _DIGITS.match(text, start)
    if digits:
        run = digits.group()
        for length in (4, 2, 6, 8):
            if len(run) >= length:
                value = run[:length]
                if length == 4 and 1900 <= int(value) <= 2099:
                    bits = math.log2(max(abs(int(value) - this_year), 20))
                    found.append(_Piece(start + 4, bits, Weakness.YEAR_OR_DATE))
                elif length in (6, 8) and _looks_like_date(value):
                    found.append(_Piece(start + length, math.log2(36500), Weakness.YEAR_OR_DATE))
    sequence = _sequence_length(text, start)
    if sequence:
        found.append(_Piece(start + sequence, math.log2(sequence * 60), Weakness.SEQUENCE))
    repeat = _repeat_length(lowered, start)
    if repeat:
        found.append(_Piece(start + repeat, math.log2(repeat * 4 + 1), Weakness.REPEAT))
    ch = text[start]
    if ch in _SEPARATORS or ch.isspace():
        bits = 0.5 if ch in separators_used else math.log2(len(_SEPARATORS))
        found.append(_Piece(start + 1, bits))
    found.append(_Piece(start + 1, _char_bits(ch)))
    return found


def _looks_like_date(digits: str) -> bool:
    day, month = int(digits[:2]), int(digits[2:4])
    return 1 <= day <= 31 and 1 <= month <= 12


def _repeat_length(lowered: str, start: int) -> int:
    """Length of text from ``start`` that repeats what came just before it (or runs of
    one character): at least 2 characters, else 0."""
    best = 0
    if start > 0:
        for size in range(1, min(start, 30) + 1):
            chunk = lowered[start - size : start]
            end = start
            while lowered.startswith(chunk, end):
                end += size
            best = max(best, end - start)
    return best if best >= 2 else 0


def assess(
    passphrase: str, known: frozenset[str] = frozenset(), ranks: Mapping[str, int] | None = None
) -> StrengthReport:
    """Estimate a passphrase's strength against an attacker who knows ``known`` words
    and guesses Finnish words in the order of ``ranks`` (word → frequency rank, 1 first)."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH:
        return StrengthReport(Strength.TOO_SHORT, 0.0)
    known = known or known_words(())
    ranks = ranks or {}
    this_year = date.today().year
    size = len(text)
    best: list[tuple[float, int, tuple[Weakness, ...], int]] = [(math.inf, 0, (), 0)] * (size + 1)
    best[0] = (0.0, 0, (), 0)
    separators: set[str] = set()
    for start in range(size):
        bits, count, weak, words = best[start]
        if bits == math.inf:
            continue
        if start > 0 and (text[start - 1] in _SEPARATORS or text[start - 1].isspace()):
            separators.add(text[start - 1])
        for piece in _pieces(text, start, known, ranks, this_year, separators):
            total = bits + piece.bits + (1.0 if count else 0.0)  # one bit per extra piece
            if total < best[piece.end][0]:
                weaknesses = weak + ((piece.weakness,) if piece.weakness else ())
                best[piece.end] = (total, count + 1, weaknesses, words + piece.word)
    bits, _count, weaknesses, words = best[size]
    found = tuple(dict.fromkeys(weaknesses))
    if bits >= STRONG_BITS:
        return StrengthReport(Strength.STRONG, bits, found)
    if words < 4:
        found = (*found, Weakness.FEW_WORDS)
    if bits >= ACCEPTABLE_BITS:
        return StrengthReport(Strength.ACCEPTABLE, bits, found)
    return StrengthReport(Strength.WEAK, bits, found)


def require_new_passphrase(
    passphrase: str,
    repeated: str | None = None,
    *,
    known: frozenset[str] = frozenset(),
    ranks: Mapping[str, int] | None = None,
) -> str:
    """Return a new passphrase if it may be used, else raise ``ValidationError``.

    ``repeated`` is the second typing, when the user was asked twice. ``known`` and
    ``ranks`` are what the attacker knows (see ``assess``); callers pass them through
    ``storage.passphrases``, which loads the word list.
    """
    if not passphrase:
        raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.REQUIRED)
    if len(passphrase) > MAX_LENGTH:
        raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.TOO_LONG)
    if any(unicodedata.category(ch) == "Cc" for ch in passphrase):
        raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.CONTROL_CHARACTERS)
    report = assess(passphrase, known, ranks)
    if report.strength is Strength.TOO_SHORT:
        raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.TOO_SHORT)
    if not report.accepted:
        raise PassphraseTooWeak(report.weaknesses)
    if repeated is not None and repeated != passphrase:
        raise ValidationError(ValidationField.PASSPHRASE_REPEAT, ValidationReason.MISMATCH)
    return passphrase
