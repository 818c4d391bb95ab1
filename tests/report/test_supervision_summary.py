"""The supervision summary PDF, read back with QtPdf: only what was shared is in it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from tests.core.summary_data import (
    JARI,
    PREVIOUS_AGREEMENT,
    SANNA,
    SHARED_TEXT,
    TOPICS_ONLY_TEXT,
    UNSHARED_TEXT,
    entry,
    sample_input,
)
from tests.report.qtpdf import LoadedPdf, non_white_share
from tyoparipaivakirja.core.debriefs import TOGETHER, SharingLevel, VisitType
from tyoparipaivakirja.core.summary import (
    SharedWellbeing,
    SummaryInput,
    WeeklyStress,
    build_summary,
)
from tyoparipaivakirja.core.supervision import Agreement, AgreementStatus, SupervisionSession
from tyoparipaivakirja.core.trends import TrendWord
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


def test_small_counts_can_be_neither_read_nor_worked_out(
    qapp: QApplication, sample_pdf: bytes
) -> None:
    """8 debriefs: phone 4 is charted; the single prison meeting is charted together with
    the 3 home visits ("muut käyntityypit 4"), so 8 − 4 − 3 cannot give it away; the one
    warning sign, in a table without a total, is "<3" in a sentence."""
    text = LoadedPdf(sample_pdf).text()
    flat = " ".join(text.split())
    assert "muut käyntityypit 4" in flat
    assert "Muut käyntityypit yhdessä, jotta pieniä lukuja ei voi päätellä: kotikäynti, " \
        "vankilatapaaminen." in flat  # fmt: skip
    assert "kotikäynti 3" not in flat and "vankilatapaaminen 1" not in flat
    assert "Kutakin hälytysmerkkiä kirjattiin alle kolme kertaa (<3): uudet velat." in flat


def test_short_period_prints_alle_10(qapp: QApplication) -> None:
    """Three debriefs of three kinds: "alle 10" and the kinds named, no column of "<3"."""
    debriefs = [
        entry(1, date(2026, 9, 3), visit=VisitType.HOME_VISIT),
        entry(2, date(2026, 9, 4), visit=VisitType.PRISON_MEETING),
        entry(3, date(2026, 9, 5), visit=VisitType.NETWORK_MEETING),
    ]
    text = LoadedPdf(build_summary_pdf(build_summary(sample_input(debriefs=debriefs)))).text()
    flat = " ".join(text.split())
    assert "Käyntipurkuja alle 10" in flat
    assert "Paikalla ei eritellä" in flat
    assert "lukumääriä ei eritellä, jotta pieniä lukuja ei voi päätellä): kotikäynti, " in flat
    assert "<3" not in flat.split("3. Jaetut reflektiot")[0].split("2. Yleiskuva")[1].replace(
        "Kutakin teemaa oli alle kolme (<3)", ""
    )


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
    assert pdf.metadata(field.Author) == "Työpari"  # no person's name in the metadata
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


def test_first_names_on_the_page_and_no_names_in_the_metadata(qapp: QApplication) -> None:
    """Members with full display names appear by first name on the cover and in every
    page header; no surname is anywhere in the PDF, and no name in its metadata."""
    members = (
        replace(JARI, display_name="Jari Virtanen"),
        replace(SANNA, display_name="Sanna Mäkelä-Korhonen"),
    )
    data = sample_input(members=members)
    pdf_bytes = build_summary_pdf(build_summary(data))
    pdf = LoadedPdf(pdf_bytes)
    for page in range(pdf.page_count):
        assert "Jari ja Sanna · 1.9.2026–31.10.2026" in pdf.page_text(page)
    text = pdf.text()
    assert "Virtanen" not in text and "Mäkelä" not in text
    field = QPdfDocument.MetaDataField
    for meta in (field.Title, field.Author, field.Subject, field.Keywords, field.Creator):
        value = pdf.metadata(meta)
        assert "Jari" not in value and "Sanna" not in value and "Virtanen" not in value
    assert b"Virtanen" not in pdf_bytes and b"Jari" not in pdf_bytes  # nothing in the XMP


def test_open_agreements_print_with_the_day_they_were_made(qapp: QApplication) -> None:
    """An agreement from two sessions ago that is still in progress is printed with the
    day it was made, beside the previous session's own."""
    data = sample_input()
    older = SupervisionSession(
        "s0",
        date(2026, 6, 12),
        "Outi",
        agreements=(
            Agreement("Selvitetään työnohjaajan vaihto.", TOGETHER, AgreementStatus.IN_PROGRESS),
        ),
    )
    assert data.previous_session is not None
    summary = build_summary(replace(data, earlier_sessions=(older, data.previous_session)))
    flat = " ".join(LoadedPdf(build_summary_pdf(summary)).text().split())
    assert "Selvitetään työnohjaajan vaihto. 12.6.2026 yhdessä kesken" in flat
    assert f"{PREVIOUS_AGREEMENT} 28.8.2026 yhdessä tehty" in flat


def test_an_older_shared_trend_is_said_to_be_older(qapp: QApplication) -> None:
    """A trend shared for 8.9.–16.10. in a summary for 4.10.–12.12. is not drawn as if it
    were this period's: the summary says plainly that it is older."""
    weeks = tuple(WeeklyStress(date(2026, 9, 7) + timedelta(weeks=n), 3) for n in range(6))
    shared = SharedWellbeing("Jari", date(2026, 9, 8), date(2026, 10, 16), weeks, TrendWord.RISING)
    data = sample_input(
        period_start=date(2026, 10, 4), period_end=date(2026, 12, 12), wellbeing=(shared,)
    )
    flat = " ".join(LoadedPdf(build_summary_pdf(build_summary(data))).text().split())
    assert "Jari jakoi kehityksen jaksolta 8.9.2026–16.10.2026. Se on pääosin tätä " \
        "jaksoa vanhempi, joten sitä ei näytetä tässä." in flat  # fmt: skip
    assert "Jari: stressi" not in flat


def test_a_long_reflection_starts_on_the_same_page(qapp: QApplication) -> None:
    """A 19,200-character reflection starts right after what comes before it, on the same
    page, instead of leaving half of that page blank."""
    data = sample_input()
    long_text = ("Pohdimme pitkään, mikä käynnillä auttoi ja mikä ei. " * 400)[:19_200]
    first = replace(data.debriefs[0], went_well="Lyhyt alku.", was_hard=long_text)
    pdf = LoadedPdf(build_summary_pdf(build_summary(replace(data, debriefs=[first]))))
    pages = [pdf.page_text(page) for page in range(pdf.page_count)]
    (start,) = [n for n, text in enumerate(pages) if "Mikä oli vaikeaa ja miksi?" in text]
    assert "Lyhyt alku." in pages[start]  # the answer before it is on the same page
    assert "Pohdimme pitkään" in pages[start]
    assert pages[start].count("Pohdimme pitkään") >= 3  # it fills the page, not a line


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
