"""Finnish words for search: the prefixes a word's inflected forms start with, and the
base forms (lemmas) a word stands for.

Finnish changes a word's stem as it inflects: "velka" → "velan", "veloista" (consonant
gradation, vowel changes), and builds compounds: "katuvelat". Two tools, measured on
the forms a pair writes (``benchmarks/search_fi.py``):

- ``prefixes`` (portable, pure rules, ~1 µs a word): the stems a word's forms begin
  with, gradation included ("velka" → "velk", "vel", "velo"…). A prefix search with them
  finds 100 % of the benchmark's own list and 93 % of its held-out list; it cannot find
  a word inside a compound.
- ``VoikkoAnalyser`` (Voikko's Finnish morphology through the ``libvoikko`` binding,
  where the system library and its ``voikko-fi`` dictionary are installed, ~14 µs a
  word, cached): each word's base forms and the parts of a compound or a derivation
  ("katuvelat" → katuvelka, katu, velka). Indexed beside the text, they find compounds
  and derivations too.

``analyser()`` gives Voikko where it is installed, otherwise ``PORTABLE`` (no base forms:
search then relies on the prefixes). Its ``analyser_id`` is recorded with the index, so
the index is rebuilt when the analyser changes (Voikko installed later).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

WORD = re.compile(r"\w+", re.UNICODE)
VOWELS = "aeiouyäöå"
MIN_STEM = 3

# Consonant gradation, strong → weak: the consonants before a word's last vowel.
_GRADATION = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("nt", "nn"),
    ("rt", "rr"),
    ("lk", "l"),
    ("rk", "r"),
    ("hk", "h"),
    ("k", ""),
    ("p", "v"),
    ("t", "d"),
)
_WEAK_TO_STRONG = tuple((weak, strong) for strong, weak in _GRADATION if weak)


def words(text: str) -> list[str]:
    """The words of ``text``, case folded (ä, ö and å stay letters of their own)."""
    return WORD.findall(text.casefold())


def search_stem(word: str) -> str:
    """A word without its final vowels, so the prefix reaches its inflected forms:
    "velka" → "velk" ("velkaa", "velkojen"). Short words stay whole."""
    stem = word.rstrip(VOWELS)
    return stem if len(stem) >= MIN_STEM else word


def _split_last(word: str) -> tuple[str, str, str]:
    """The word as: what comes before its last consonant group, the group, and the
    vowels it ends with ("velka" → "ve", "lk", "a")."""
    end = len(word)
    while end > 0 and word[end - 1] in VOWELS:
        end -= 1
    start = end
    while start > 0 and word[start - 1] not in VOWELS:
        start -= 1
    return word[:start], word[start:end], word[end:]


def _grade(group: str, pairs: tuple[tuple[str, str], ...]) -> str | None:
    for before, after in pairs:
        if group.endswith(before):
            return group[: len(group) - len(before)] + after
    return None


@lru_cache(maxsize=4096)
def prefixes(word: str) -> tuple[str, ...]:
    """The prefixes the inflected forms of ``word`` begin with, gradation included:
    "velka" → ("vel", "velk", "velo", …): "velan", "veloista" and "velkaa" start with
    one of them. The first is always ``search_stem(word)``."""
    w = word.casefold()
    found = {search_stem(w)}
    if w.endswith("nen") and len(w) > 5:
        found.add(w[:-3] + "s")  # ihminen → ihmis-
    if len(w) > 4 and w[-2:] in ("us", "ys"):
        found.add(w[:-1] + "k")  # luottamus → luottamuks-
        found.add(w[:-1] + "t")  # luottamusta
    if len(w) > 3 and w[-2:] in ("os", "ös", "as", "äs", "is"):
        found.add(w[:-1] + "k")  # rikos → rikoks-
    head, group, tail = _split_last(w)
    if tail and group:
        weak = _grade(group, _GRADATION)
        strong = _grade(group, _WEAK_TO_STRONG)
        if (tail == "e" or w.endswith(("de", "ve", "ge"))) and strong is not None:
            found.add(head + strong + "e")  # päihde → päihtee-
            found.add(head + strong + "ei")  # päihteitä
        if tail in ("a", "ä", "o", "ö", "u", "y", "i") and weak is not None:
            stem = head + weak
            for vowel in (tail, {"a": "o", "ä": "ö"}.get(tail, tail), "e"):
                found.add(stem + vowel)  # velka → vela- (velan), velo- (veloista), vele-
        if tail == "i":
            found.add(head + group + "e")  # tuki → tuke-; mieli → miele-
            if group.endswith("ps"):
                found.add(head + group[:-2] + "s")  # lapsi → lasta
            if group in ("s", "l", "n", "r"):
                found.add(head + group + "t")  # mieli → mielt-
    if len(w) <= 3 and w[1:3] in ("yö", "uo", "ie"):
        found.add(w[0] + {"yö": "ö", "uo": "o", "ie": "e"}[w[1:3]] + "i")  # työ → töi-
    first = search_stem(w)
    rest = sorted(p for p in found if p != first and len(p) >= MIN_STEM)
    return (first, *rest)


class Analyser(Protocol):
    """What gives a word's base forms for the index and for a query."""

    @property
    def analyser_id(self) -> str:
        """Changes whenever the base forms it gives may change (the index is rebuilt)."""
        ...

    def bases(self, word: str) -> frozenset[str]:
        """The base forms of a (case-folded) word, compound and derivation parts
        included; empty when it knows none."""
        ...

    def text_bases(self, text: str) -> str:
        """Every base form of the words of ``text``, once each, space-separated (what
        the index keeps for one entry)."""
        ...


class PortableAnalyser:
    """No base forms: search relies on ``prefixes`` alone."""

    analyser_id = "portable-1"

    def bases(self, word: str) -> frozenset[str]:
        return frozenset()

    def text_bases(self, text: str) -> str:
        return ""


PORTABLE = PortableAnalyser()


def _parts(wordbases: str) -> Iterable[str]:
    """The base forms in Voikko's WORDBASES ("+katu(katu)+velka(velka)" → katu, velka);
    derivation endings ("(+ton)") are left out."""
    for part in re.findall(r"\(([^()]*)\)", wordbases):
        if part and not part.startswith("+"):
            yield part


class VoikkoAnalyser:
    """Base forms from Voikko's morphology (BASEFORM and WORDBASES), cached per word."""

    def __init__(self, voikko: object, version: str) -> None:
        self._voikko = voikko
        self._guard = threading.Lock()  # one Voikko handle: one call at a time
        self.analyser_id = f"voikko-{version}"
        self._cached = lru_cache(maxsize=200_000)(self._analyse)

    def _analyse(self, word: str) -> frozenset[str]:
        with self._guard:
            analyses = self._voikko.analyze(word)  # type: ignore[attr-defined]
        found: set[str] = set()
        for analysis in analyses:
            base = str(analysis.get("BASEFORM", "")).casefold()
            if base:
                found.add(base)
            found.update(p.casefold() for p in _parts(str(analysis.get("WORDBASES", ""))))
        return frozenset(found)

    def bases(self, word: str) -> frozenset[str]:
        if not word or word.isdigit():
            return frozenset()
        result: frozenset[str] = self._cached(word)
        return result

    def text_bases(self, text: str) -> str:
        found: set[str] = set()
        for word in set(words(text)):
            found.update(self.bases(word))
        return " ".join(sorted(found))


_chosen: Analyser | None = None
_choosing = threading.Lock()


def analyser() -> Analyser:
    """Voikko where the library and its Finnish dictionary are installed, otherwise the
    portable rules (chosen once per process)."""
    global _chosen
    with _choosing:
        if _chosen is None:
            _chosen = _voikko() or PORTABLE
        return _chosen


def _voikko() -> VoikkoAnalyser | None:
    try:
        import libvoikko  # type: ignore[import-untyped]

        voikko = libvoikko.Voikko("fi")
        version = str(libvoikko.Voikko.getVersion())
    except Exception:  # no binding, no library or no Finnish dictionary: the rules
        return None
    return VoikkoAnalyser(voikko, version)
