"""`tyoparipaivakirja summary`: writes the PDF, refuses a henkilötunnus with exit 8."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from tests.cli.test_cli import run, said
from tests.conftest import PAIR_PASSPHRASE
from tests.report.qtpdf import LoadedPdf
from tyoparipaivakirja.core.debriefs import Debrief, SharingLevel, VisitType
from tyoparipaivakirja.storage.session import Journal

SHARED = "Sovimme etukäteen, kumpi vetää keskustelua, ja se auttoi."
PDF_PASSWORD = "työnohjaajalle 2026"
TODAY = date.today()


def _journal(make_journal: Callable[..., Journal], went_well: str = SHARED) -> Path:
    journal = make_journal()
    author = journal.members.all()[0].member_id
    journal.debriefs.save(
        Debrief(
            visit_date=TODAY - timedelta(days=3),
            visit_type=VisitType.HOME_VISIT,
            client_code="Q-42",
            went_well=went_well,
            sharing=SharingLevel.TOPICS_AND_REFLECTION,
        ),
        author,
        TODAY,
    )
    folder = journal.folder
    journal.lock()
    return folder


def _summary(folder: Path, out: Path, *extra: str, stdin: str) -> tuple[int, str]:
    result = run(
        "summary",
        folder,
        "--from",
        (TODAY - timedelta(days=30)).isoformat(),
        "--to",
        TODAY.isoformat(),
        "--out",
        out,
        "--passphrase-stdin",
        *extra,
        stdin=stdin,
    )
    return result.returncode, said(result)


@pytest.mark.real_kdf
def test_summary_writes_the_pdf_and_says_it_is_unprotected(
    qapp: QApplication, make_journal: Callable[..., Journal], tmp_path: Path
) -> None:
    folder = _journal(make_journal)
    out = tmp_path / "yhteenveto.pdf"
    code, text = _summary(folder, out, stdin=PAIR_PASSPHRASE + "\n")
    assert code == 0, text
    assert "anyone who gets the file can read it" in text
    pdf_text = LoadedPdf(out.read_bytes()).text()
    assert SHARED in pdf_text
    assert "Q-42" not in pdf_text and "Asiakas A" in pdf_text


@pytest.mark.real_kdf
def test_henkilotunnus_blocks_with_exit_8_and_writes_nothing(
    make_journal: Callable[..., Journal], tmp_path: Path
) -> None:
    folder = _journal(make_journal, went_well="Asiakkaan tunnus 131052-308T jäi paperiin.")
    out = tmp_path / "yhteenveto.pdf"
    code, text = _summary(folder, out, stdin=PAIR_PASSPHRASE + "\n")
    assert code == 8, text
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [folder]  # no temp file either
    assert "personal identity code" in text
    assert "What went well and why?" in text
    assert "why?." not in text  # a question ends the place: no second full stop
    assert "What went well and why? Remove it there, then try again." in text
    assert "131052-308T" not in text


@pytest.mark.real_kdf
def test_pdf_password_from_the_second_stdin_line(
    qapp: QApplication, make_journal: Callable[..., Journal], tmp_path: Path
) -> None:
    folder = _journal(make_journal)
    out = tmp_path / "suojattu.pdf"
    code, text = _summary(
        folder, out, "--pdf-password-prompt", stdin=f"{PAIR_PASSPHRASE}\n{PDF_PASSWORD}\n"
    )
    assert code == 0, text
    assert "anyone who gets the file" not in text
    data = out.read_bytes()
    assert LoadedPdf(data).error == QPdfDocument.Error.IncorrectPassword
    assert SHARED in LoadedPdf(data, PDF_PASSWORD).text()


def test_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    result = run(
        "summary", tmp_path, "--from", "1.9.2026", "--to", "2026-10-01", "--out", tmp_path / "x"
    )
    assert result.returncode == 2
