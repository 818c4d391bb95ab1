"""Every script prints as typed, in the summary and in the role description: read back
with pdftotext, whose own bidi puts right-to-left text back into reading order, so a
word drawn in the wrong order would come back reversed."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4

from tests.core.summary_data import sample_input
from tests.report.pdf_text import needs_poppler, pdf_fonts
from tyoparipaivakirja.core.summary import build_summary
from tyoparipaivakirja.report.fonts import EMOJI, FONT, register_fonts
from tyoparipaivakirja.report.pdf_common import MARGIN, base_styles
from tyoparipaivakirja.report.role_description import (
    Fact,
    RoleDescriptionDocument,
    Task,
    TaskGroup,
    build_role_description,
)
from tyoparipaivakirja.report.supervision_summary import build_summary_pdf
from tyoparipaivakirja.report.text import markup, paragraph, prepare

# What people write: each sample must come back from the PDF exactly (in NFC).
SAMPLES = {
    "Finnish": "Hän löysi asunnon, ja äiti auttoi muutossa.",
    "Sámi": "Áigi čoahkkimii: čđŋšŧž ČĐŊŠŦŽ",
    "Russian": "Привет, как дела? Всё хорошо.",
    "Arabic": "مرحبا بالعالم",
    "Arabic lam-alef": "سلام عليكم لا بأس",  # lam + alef print as one ligature
    # Vowel marks inside words. A mark on a word's last letter (جَزِيلًا) prints right
    # but both poppler and pdfium extract it outside its word: their limit, not ours.
    "Arabic with vowel marks": "شُكْرًا كَثِيرًا",
    "Hebrew": "שלום עולם",
    "Somali": "Waan ku faraxsanahay inaan ku arko.",
    "combining marks": "Cafe\u0301 na\u0308in: q\u0303",  # typed decomposed
    "emoji": "Kiitos 😀 👍 ❤️ 🎉",
}
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _text(path: Path) -> str:
    """pdftotext's text in reading order, NFC, without bidi control marks, one line."""
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    return " ".join(unicodedata.normalize("NFC", _CONTROLS.sub("", raw)).split())


def _finnish_sentence(name: str, sample: str) -> str:
    """The sample inside a short Finnish line (short, so that it is never wrapped)."""
    return f"Hän kirjoitti: {sample} – {name}."


@needs_poppler
def test_every_script_comes_back_from_the_summary(tmp_path: Path) -> None:
    """A shared reflection and an agenda topic in nine scripts and spellings print so
    that pdftotext gives each back as typed; the three fonts are embedded."""
    data = sample_input()
    reflection = "\n".join(_finnish_sentence(name, text) for name, text in SAMPLES.items())
    first = replace(data.debriefs[0], was_hard=reflection)
    assert data.session is not None
    session = replace(
        data.session,
        agenda=tuple(replace(data.session.agenda[0], text=t) for t in SAMPLES.values()),
    )
    path = tmp_path / "yhteenveto.pdf"
    path.write_bytes(
        build_summary_pdf(
            build_summary(replace(data, debriefs=[first, *data.debriefs[1:]], session=session))
        )
    )
    text = _text(path)
    for name, sample in SAMPLES.items():
        expected = unicodedata.normalize("NFC", sample)
        assert text.count(expected) >= 2, f"{name}: {expected!r} not printed as typed"
    assert "ὠ" not in text  # reportlab's broken map for characters above U+FFFF
    fonts = {row[0].split("+")[-1]: row for row in pdf_fonts(path)}
    for font in ("LiberationSans", "NotoSansArabic-Regular", "NotoEmoji-Regular"):
        assert font in fonts, fonts
        assert "yes" in fonts[font]


@needs_poppler
def test_every_script_comes_back_from_the_role_description(tmp_path: Path) -> None:
    """The role description uses the same pipeline: task titles and notes in every
    script come back as typed."""
    tasks = tuple(Task(_finnish_sentence(name, text), text) for name, text in SAMPLES.items())
    document = RoleDescriptionDocument(
        title="Tehtävänkuva",
        subtitle="Työpari · versio 1",
        subject="Roolijako",
        facts=(Fact("Versio", "1"),),
        groups_heading="Tehtävät",
        groups=(TaskGroup("Yhteiset", tasks),),
        sections=(),
        footer="Työparipäiväkirja",
        page_label="Sivu %1",
    )
    path = tmp_path / "tehtavankuva.pdf"
    path.write_bytes(build_role_description(document))
    text = _text(path)
    for name, sample in SAMPLES.items():
        expected = unicodedata.normalize("NFC", sample)
        assert text.count(expected) >= 2, f"{name}: {expected!r} not printed as typed"


@needs_poppler
def test_right_to_left_paragraph_is_right_aligned_and_reads_right_to_left(
    tmp_path: Path,
) -> None:
    """A reflection written in Hebrew ends at the right margin, and its first word is
    drawn rightmost."""
    data = sample_input()
    first = replace(data.debriefs[0], learning="שלום עולם רב")
    path = tmp_path / "rtl.pdf"
    path.write_bytes(build_summary_pdf(build_summary(replace(data, debriefs=[first]))))
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    words = {  # -bbox gives each word's characters in drawing order: reverse them
        m.group(5)[::-1]: (float(m.group(1)), float(m.group(3)))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)</word>',
            boxes,
        )
    }
    right_edge = A4[0] - MARGIN - 6  # the frame's padding
    assert words["שלום"][1] == pytest.approx(right_edge, abs=1.5)
    assert words["שלום"][0] > words["עולם"][0] > words["רב"][0]


def test_finnish_text_takes_the_fast_path() -> None:
    """Text that Liberation Sans covers is one run: no font tags, no reordering."""
    register_fonts()
    assert markup("Hän löysi <asunnon> & työn.") == "Hän löysi &lt;asunnon&gt; &amp; työn."
    assert paragraph("Hän löysi asunnon.", base_styles()["body"]).style.alignment == TA_LEFT


def test_pipeline_joins_arabic_keeps_marks_and_picks_fonts() -> None:
    """Arabic is joined into contextual forms with its vowel marks kept, emoji get the
    emoji font, a combining mark keeps its letter's font, and Hebrew is right-aligned."""
    register_fonts()
    joined = prepare("شُكْرًا")
    assert "\u064f" in joined and "\u0652" in joined  # harakat kept
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in joined)  # contextual forms
    body = markup("Kiitos 😀 e\u0301")
    assert f'<font name="{EMOJI}">😀</font>' in body and "é" in body
    assert f'name="{FONT}"' not in body  # the primary font needs no tag
    hebrew = paragraph("שלום עולם", base_styles()["body"])
    assert hebrew.style.alignment == TA_RIGHT


@pytest.mark.parametrize(
    ("text", "without_parser"),
    [
        ("Asiakas kertoi asunnon tilanteesta ja siitä, mikä auttoi pysymään raittiina.", True),
        ("  Väljästi   kirjoitettu teksti, jossa on välejä  ", True),
        ("Čeština, Đ, ŋ, ŧ ja Sámi", True),
        ("Velkaa & vuokrarästejä <paljon>", False),  # the parser splits at entities
        ("Kiitos😀 ja Привет", False),  # a fallback font
        ("Kaksi riviä:\nensimmäinen ja toinen", False),  # a line break
    ],
)
def test_a_paragraph_has_the_fragments_its_markup_parses_to(
    text: str, without_parser: bool
) -> None:
    """A paragraph made without the markup parser (plain text in one font) wraps and
    draws exactly as the parsed markup of the same text: the same fragments."""
    from reportlab.platypus import Paragraph

    from tyoparipaivakirja.report.text import _plain_fragments

    register_fonts()
    style = base_styles()["body"]
    assert (_plain_fragments(text, style) is not None) is without_parser
    made = paragraph(text, style, bullet="•")
    parsed = Paragraph(markup(text, style.fontName), style, bulletText="•")
    assert [vars(frag) for frag in made.frags] == [vars(frag) for frag in parsed.frags]
    assert made.bulletText == parsed.bulletText
    assert made.wrap(300, 1000) == parsed.wrap(300, 1000)
