"""Instrument definitions are data: checked against the schema at load time, faults named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tyoparipaivakirja.core.errors import InstrumentInvalid
from tyoparipaivakirja.core.instruments import (
    BURNOUT,
    ELO_STRESS,
    WHO5,
    WORK_STRAIN,
    Audience,
    Cadence,
    Wording,
)
from tyoparipaivakirja.core.nudges import RuleConfig, rule_config
from tyoparipaivakirja.storage.instrument_files import (
    instruments_dir,
    load_instruments,
    load_instruments_from,
)

DOMAIN_ELO_TEXT = (
    "Stressillä tarkoitetaan tilannetta, jossa ihminen tuntee itsensä jännittyneeksi, "
    "levottomaksi, hermostuneeksi tai ahdistuneeksi tai hänen on vaikea nukkua asioiden "
    "vaivatessa jatkuvasti mieltä. Tunnetko sinä nykyisin tällaista stressiä?"
)


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "instruments"
    shutil.copytree(instruments_dir(), target)
    return target


def _edit(folder: Path, name: str, change: Any) -> None:
    path = folder / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_shipped_instruments_load_in_order() -> None:
    """The four shipped definitions pass the schema and the consistency checks."""
    instruments = load_instruments()
    assert [i.instrument_id for i in instruments] == [ELO_STRESS, WORK_STRAIN, BURNOUT, WHO5]


def test_shipped_wording_is_exactly_domain_md() -> None:
    """The Finnish Elo item and scale and the item 2–6 texts are word for word domain.md's."""
    instruments = load_instruments()
    elo = instruments.require(ELO_STRESS)
    stress = elo.items[0]
    assert stress.text.get("fi") == DOMAIN_ELO_TEXT
    assert [label.text.get("fi") for label in stress.scale.labels] == [
        "en lainkaan",
        "vain vähän",
        "jonkin verran",
        "melko paljon",
        "erittäin paljon",
    ]
    assert elo.validated and elo.cadence is Cadence.WEEKLY
    work = instruments.require(WORK_STRAIN)
    assert not work.validated
    assert [item.text.get("fi") for item in work.items] == [
        "Työssä tuli vastaan asioita, jotka koskettivat omaa historiaani tai kipukohtiani",
        "Pystyin pitämään itselleni sopivat rajat",
        "Sain työpariltani tarvitsemaani tukea",
        "Arkeni ja toipumiseni tuntuvat nyt vakailta",
        "Ohjausvastuu tuntui kohtuulliselta",
    ]
    assert [label.text.get("fi") for label in work.item("past_close").scale.labels] == [
        "ei kertaakaan",
        "kerran",
        "muutaman kerran",
        "usein",
    ]
    assert [(i.scale.minimum, i.scale.maximum) for i in work.items] == [
        (0, 3),
        (0, 4),
        (0, 4),
        (0, 10),
        (0, 4),
    ]


def test_recovery_item_is_off_by_default_and_never_shared() -> None:
    """Item 5 is opt-in and never shared; item 6 is asked only of a guiding professional."""
    work = load_instruments().require(WORK_STRAIN)
    recovery = work.item("recovery_stability")
    assert (recovery.default_enabled, recovery.never_shared) == (False, True)
    assert work.item("guidance_load").audience is Audience.GUIDING_PROFESSIONAL


def test_who5_is_not_offered_in_finnish_without_its_official_wording() -> None:
    """WHO-5 ships only with its original English wording; without the official Finnish
    wording it is not offered in Finnish at all (never an invented translation)."""
    who5 = load_instruments().require(WHO5)
    assert who5.wording["fi"] is Wording.MISSING
    assert not who5.offered_in("fi")
    assert who5.offered_in("en") and who5.optional
    assert all(not item.text.has("fi") for item in who5.items)
    assert who5.raw_score({i.item_id: 5 for i in who5.items}) == 25
    assert who5.percent_score(25) == 100


def test_thresholds_in_data_are_domain_md_numbers() -> None:
    """The rule cut-offs read from the definitions equal domain.md's (the defaults)."""
    assert rule_config(load_instruments()) == RuleConfig()


def test_validated_translation_status_is_honest() -> None:
    """A validated instrument's text in a language other than its original is either an
    official translation or marked descriptive, never presented as the original."""
    for instrument in load_instruments():
        if instrument.validated:
            originals = [s for s in instrument.wording.values() if s is Wording.ORIGINAL]
            assert len(originals) == 1, instrument.instrument_id
    burnout = load_instruments().require(BURNOUT)
    assert burnout.wording == {"fi": Wording.DESCRIPTIVE_TRANSLATION, "en": Wording.ORIGINAL}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("items"), "$: missing_field (items)"),
        (lambda d: d.update(cadence="daily"), "$.cadence: not_allowed"),
        (lambda d: d.update(surprise=1), "$: unknown_field (surprise)"),
        (lambda d: d["items"][0]["scale"].update(max="5"), "max: wrong_type (integer)"),
        (lambda d: d["items"][0]["text"].update(xx="text"), "unknown_field (xx)"),
    ],
)
def test_schema_faults_are_refused_with_the_file_named(
    tmp_path: Path, change: Any, expected: str
) -> None:
    """A definition that breaks the schema is refused, naming the file and the problem."""
    folder = _copy(tmp_path)
    _edit(folder, "elo_stress.json", change)
    with pytest.raises(InstrumentInvalid) as caught:
        load_instruments_from(folder)
    assert caught.value.detail.startswith("elo_stress.json:")
    assert expected in caught.value.detail


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["items"][0]["scale"]["labels"][0].update(value=9), "outside the scale"),
        (lambda d: d["items"][0]["text"].pop("en"), "has no en text"),
        (lambda d: d["thresholds"][0].update(score_at_most=2), "exactly one comparison"),
        (lambda d: d["thresholds"][0].update(item="nothing"), "names no item"),
        (lambda d: d.update(id="other_name"), "must match the file name"),
        (lambda d: d.update(wording={"fi": "missing", "en": "missing"}), "not offered"),
    ],
)
def test_consistency_faults_are_refused(tmp_path: Path, change: Any, expected: str) -> None:
    """What the schema cannot express (labels on the scale, complete wording per offered
    language, one comparison per threshold, real items) is checked too."""
    folder = _copy(tmp_path)
    _edit(folder, "elo_stress.json", change)
    with pytest.raises(InstrumentInvalid) as caught:
        load_instruments_from(folder)
    assert expected in caught.value.detail


def test_an_organisation_can_add_an_instrument(tmp_path: Path) -> None:
    """A new definition file is picked up after the shipped ones, without code changes."""
    folder = _copy(tmp_path)
    document = json.loads((folder / "elo_stress.json").read_text(encoding="utf-8"))
    document["id"] = "oma_mittari"
    document["validated"] = False
    (folder / "oma_mittari.json").write_text(json.dumps(document), encoding="utf-8")
    ids = [i.instrument_id for i in load_instruments_from(folder)]
    assert ids[-1] == "oma_mittari" and len(ids) == 5


def test_broken_json_is_refused(tmp_path: Path) -> None:
    """A file that is not JSON is refused with its name, not a traceback."""
    folder = _copy(tmp_path)
    (folder / "rikki.json").write_text("{ei json", encoding="utf-8")
    with pytest.raises(InstrumentInvalid, match=r"rikki\.json"):
        load_instruments_from(folder)


def test_a_faulty_schema_file_is_refused_with_its_name(tmp_path: Path) -> None:
    """A schema.json that is not a valid JSON Schema is reported, not used half-way."""
    folder = _copy(tmp_path)
    _edit(folder, "schema.json", lambda d: d.update(type="not-a-type"))
    with pytest.raises(InstrumentInvalid) as caught:
        load_instruments_from(folder)
    assert caught.value.detail.startswith("schema.json:")
