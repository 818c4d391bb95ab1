"""The Finnish word rules search uses (``core.finnish``)."""

from __future__ import annotations

import pytest

from tyoparipaivakirja.core import finnish


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("velka", ("velkaa", "velan", "velat", "veloista", "velkojen")),
        ("päihde", ("päihteet", "päihteiden", "päihteitä")),
        ("luottamus", ("luottamuksen", "luottamusta")),
        ("tuki", ("tuen", "tukea", "tuet")),
        ("työ", ("töitä", "työtä")),
    ],
)
def test_prefixes_reach_the_inflected_forms(word: str, forms: tuple[str, ...]) -> None:
    """Every form starts with one of the word's prefixes (consonant gradation included)."""
    found = finnish.prefixes(word)
    assert found[0] == finnish.search_stem(word)
    for form in forms:
        assert any(form.startswith(p) for p in found), (form, found)


def test_letters_with_dots_stay_letters_of_their_own() -> None:
    """No prefix of "öljy" begins "olj", none of "äiti" begins "ait", and back."""
    assert not any(p.startswith("o") for p in finnish.prefixes("öljy"))
    assert not any(p.startswith("ö") for p in finnish.prefixes("oljy"))
    assert not any(p.startswith("a") for p in finnish.prefixes("äiti"))
    assert finnish.words("ÖLJY Åland") == ["öljy", "åland"]


def test_the_portable_analyser_gives_no_base_forms() -> None:
    assert finnish.PORTABLE.bases("velka") == frozenset()
    assert finnish.PORTABLE.text_bases("velkaa on") == ""


@pytest.mark.skipif(
    finnish.analyser() is finnish.PORTABLE, reason="Voikko is not installed on this machine"
)
def test_voikko_gives_base_forms_and_compound_parts() -> None:
    words_of = finnish.analyser()
    assert words_of.bases("veloista") == {"velka"}
    assert {"katu", "velka"} <= words_of.bases("katuvelat")
    assert "asunto" in words_of.bases("asunnottomuus")
    assert words_of.bases("öljyä") != words_of.bases("oljet")
