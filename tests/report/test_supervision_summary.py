"""The supervision summary PDF, read back with QtPdf: only what was shared is in it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from tests.core.summary_data import (
    PREVIOUS_AGREEMENT,
    SHARED_TEXT,
    TOPICS_ONLY_TEXT,
    UNSHARED_TEXT,
    entry,
    sample_input,
)
from tests.report.qtpdf import LoadedPdf, non_white_share
from tyoparipaivakirja.core.debriefs import SharingLevel
from tyoparipaivakirja.core.summary import SummaryInput, build_summary
from tyoparipaivakirja.report.supervision_summary import build_summary_pdf, protect

PASSWORD = "ohjaajalle-vain-2026"


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return build_summary_pdf(build_summary(sample_input()))


def test_shared_reflection_in_and_unshared_out(qapp: QApplication, sample_pdf: bytes) -> None:
    """Reflections shared as "nostot ja reflektio" print; unshared and topics-only
    entries, case descriptions and every client code stay out."""
    text = LoadedPdf(sample_pdf).text()
    assert SHARED_TEXT in text
    assert "Asiakas A otti ohjat." in text  # a code typed into the text is re-lettered
    assert UNSHARED_TEXT not in text
    assert TOPICS_ONLY_TEXT not in text
    assert "kertoi asunnosta" not in text  # "what happened" is never printed
    assert "Jakson ulkopuolella" not in text
    for code in ("B-07", "C-02", "D-11", "E-01", "B07"):
        assert code not in text


def test_small_counts_print_as_less_than_three(qapp: QApplication, sample_pdf: bytes) -> None:
    """A count below 3 (one prison meeting, one warning sign) shows as "<3"; 4 shows as 4."""
    text = LoadedPdf(sample_pdf).text()
    lines = [line.strip() for line in text.splitlines()]
    assert any(line.startswith("uudet velat") and line.endswith("<3") for line in lines), lines
    assert "<3" in text
    assert "muut käyntityypit" in text  # the rare types are charted as one summed bar
    assert "kutakin alle kolme: vankilatapaaminen" in text.replace("\n", " ")
    assert "vankilatapaaminen 1" not in text and "vankilatapaaminen\n1" not in text


def test_every_section_and_page_furniture(qapp: QApplication, sample_pdf: bytes) -> None:
    """Cover, the seven sections in order, and on every page the confidentiality line,
    the pair, the period and "sivu X / Y"; metadata title, author and subject are set."""
    pdf = LoadedPdf(sample_pdf)
    text = pdf.text()
    headings = [
        "1. Nostot työnohjaukseen",
        "2. Yleiskuva",
        "3. Jaetut reflektiot",
        "4. Hälytysmerkit",
        "5. Roolijako",
        "6. Jaksaminen",
        "7. Sopimukset ja niiden tilanne",
    ]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert PREVIOUS_AGREEMENT in text
    assert "Verkostotyö: yhteinen → kokemusasiantuntija" in text
    assert "Jari: stressi nouseva" in text
    for page in range(pdf.page_count):
        page_text = pdf.page_text(page)
        assert "Luottamuksellinen – vain työnohjauskäyttöön" in page_text
        assert "Jari ja Sanna · 1.9.2026–31.10.2026" in page_text
        assert f"sivu {page + 1} / {pdf.page_count}" in page_text
    field = QPdfDocument.MetaDataField
    assert pdf.metadata(field.Title) == "Työnohjausyhteenveto 1.9.2026–31.10.2026"
    assert pdf.metadata(field.Author) == "Jari ja Sanna"
    assert "1.9.2026–31.10.2026" in pdf.metadata(field.Subject)
    assert b"/Lang (fi-FI)" in sample_pdf
    assert b"+LiberationSans" in sample_pdf
    assert b"/Helvetica" not in sample_pdf  # every font embedded, charts included


def test_empty_sections_say_so(qapp: QApplication) -> None:
    """With nothing shared, each section says so in one line instead of a blank heading."""
    data = sample_input(
        debriefs=[], revisions=(), session=None, previous_session=None, wellbeing=()
    )
    text = LoadedPdf(build_summary_pdf(build_summary(data))).text()
    for line in (
        "Tälle jaksolle ei ole jaettu nostoja työnohjaukseen.",
        "Jaksolla ei ole kirjattuja käyntipurkuja.",
        "Tältä jaksolta ei ole jaettu reflektioita",
        "Jaksolla ei kirjattu hälytysmerkkejä.",
        "Työparilla ei ole vielä hyväksyttyä roolijakoa.",
        "Kumpikaan ei ole jakanut jaksamisen kehitystä tälle jaksolle.",
        "Aiempaa työnohjauskertaa ei ole kirjattu",
    ):
        assert line in text


def test_protected_pdf_needs_its_password(qapp: QApplication, sample_pdf: bytes) -> None:
    """An AES-256 protected summary does not open without its password, nor with a wrong
    one, and opens with the right one showing the same text."""
    locked = protect(sample_pdf, PASSWORD)
    assert b"/AESV3" in locked
    assert SHARED_TEXT.encode() not in locked
    assert LoadedPdf(locked).error == QPdfDocument.Error.IncorrectPassword
    assert LoadedPdf(locked, "väärä salasana").error == QPdfDocument.Error.IncorrectPassword
    opened = LoadedPdf(locked, PASSWORD)
    assert opened.error == QPdfDocument.Error.None_
    assert SHARED_TEXT in opened.text()


def test_two_hundred_shared_entries_flow_over_pages(qapp: QApplication) -> None:
    """200 shared reflections with long texts lay out over many pages without a layout
    error, and every page renders to an image with ink on it."""
    base = sample_input()
    long_text = "Pohdimme yhdessä, mikä auttoi asiakasta eteenpäin. " * 12
    many = [
        entry(
            1000 + n,
            date(2026, 9, 1) + timedelta(days=n % 60),
            code=f"K-{n % 40:02d}",
            sharing=SharingLevel.TOPICS_AND_REFLECTION,
            went_well=f"Merkintä {n}. {long_text}",
            topic=f"Nosto {n}" if n % 10 == 0 else "",
        )
        for n in range(200)
    ]
    data: SummaryInput = replace(base, debriefs=many)
    summary = build_summary(data)
    assert len(summary.reflections) == 200
    pdf = LoadedPdf(build_summary_pdf(summary))
    assert pdf.page_count > 20
    text = pdf.text()
    assert "Merkintä 0." in text and "Merkintä 199." in text
    assert "Asiakas AN" in text  # 40 clients re-lettered past Z
    for page in range(pdf.page_count):
        assert non_white_share(pdf.render(page, 200)) > 0.002, f"page {page + 1} is blank"
