"""The role description PDF: A4, fonts embedded, metadata set, every text readable."""

from __future__ import annotations

from pathlib import Path

from tests.report.pdf_text import needs_poppler, pdf_fonts, pdf_info, pdf_text
from tyoparipaivakirja.report.role_description import (
    Fact,
    RoleDescriptionDocument,
    Section,
    Task,
    TaskGroup,
    build_role_description,
)

MANY_TASKS = tuple(Task(f"Tehtävä numero {n}", "huomio" if n % 3 else "") for n in range(60))
DOCUMENT = RoleDescriptionDocument(
    title="Tehtävänkuva",
    subtitle="Jarin ja Sannan työpari · roolijako, versio 3",
    subject="Työparin roolijako",
    facts=(Fact("Versio", "3"), Fact("Voimassa alkaen", "12.1.2026")),
    groups_heading="Tehtävät ja vetovastuu",
    groups=(
        TaskGroup("Ammattilaisen vetovastuulla", (Task("Sidosryhmäyhteistyö"),)),
        TaskGroup(
            "Kokemusasiantuntijan vetovastuulla",
            (Task("Verkostotyö", "Áigi čoahkkimiidda: ŋ ŧ đ š ž"), *MANY_TASKS),
        ),
        TaskGroup("Yhteiset tehtävät", (), "Ei tehtäviä."),
    ),
    sections=(Section("Muutoksen syy", (Fact("Syy", "Luottamus kasvanut"),), "Pitkä\nteksti"),),
    footer="Tulostettu 27.11.2026 · Työparipäiväkirja",
    page_label="Sivu %1",
)


@needs_poppler
def test_pdf_is_a4_with_metadata_embedded_font_and_every_text(tmp_path: Path) -> None:
    """The PDF reads back with its title, author, subject, creator and language, on A4
    pages with page numbers, Liberation Sans embedded, and Sámi letters intact."""
    data = build_role_description(DOCUMENT)
    path = tmp_path / "tehtavankuva.pdf"
    path.write_bytes(data)

    info = pdf_info(path)
    assert info["Title"] == "Tehtävänkuva"
    assert info["Author"] == "Työpari"  # the work pair, never a person's name
    assert info["Subject"] == "Työparin roolijako"
    assert info["Creator"] == "Työparipäiväkirja"
    assert info["Page size"].startswith("595.276 x 841.89")
    assert int(info["Pages"]) >= 2
    assert b"/Lang (fi-FI)" in data

    fonts = pdf_fonts(path)
    assert fonts and all("LiberationSans" in row[0] for row in fonts)
    assert all("yes" in row for row in fonts)  # embedded (emb column)

    text = pdf_text(path)
    for expected in (
        "Jarin ja Sannan työpari",
        "Voimassa alkaen",
        "Ammattilaisen vetovastuulla",
        "Sidosryhmäyhteistyö",
        "Áigi čoahkkimiidda: ŋ ŧ đ š ž",
        "Tehtävä numero 59",
        "Ei tehtäviä.",
        "Pitkä",
        "Sivu 2",
        "Tulostettu 27.11.2026",
    ):
        assert expected in text, expected
