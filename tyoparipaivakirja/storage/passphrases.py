"""The passphrase estimate with its Finnish word list: the one place to check a new one.

``core.passphrase`` holds the model; this loads ``resources/passphrase/fi-words.txt.gz``
(the 100,000 most frequent Finnish words, from wordfreq) once, on first use, so starting
the app and unlocking never pay for it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Mapping
from functools import cache

from tyoparipaivakirja.core import passphrase as model
from tyoparipaivakirja.core.passphrase import StrengthReport
from tyoparipaivakirja.paths import resources_dir

WORD_LIST = "passphrase/fi-words.txt.gz"


@cache
def finnish_ranks() -> Mapping[str, int]:
    """Finnish word → frequency rank (1 is the most common); empty if the list is missing."""
    try:
        text = gzip.decompress((resources_dir() / WORD_LIST).read_bytes()).decode("utf-8")
    except OSError:
        return {}
    return {word: rank for rank, word in enumerate(text.split(), start=1)}


def estimate(passphrase: str, context: Iterable[str] = ()) -> StrengthReport:
    """How strong ``passphrase`` is against someone who knows ``context`` (the members'
    names, the journal's name)."""
    return model.assess(passphrase, model.known_words(context), finnish_ranks())


def require_new(passphrase: str, repeated: str | None = None, context: Iterable[str] = ()) -> str:
    """Refuse a new passphrase that is too easy to guess (``core.passphrase`` rules)."""
    return model.require_new_passphrase(
        passphrase, repeated, known=model.known_words(context), ranks=finnish_ranks()
    )
