"""The role description PDF names no one in its metadata (as the supervision summary)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pikepdf
from PySide6.QtWidgets import QApplication

from tests.conftest import PAIR_PASSPHRASE
from tests.report.pdf_text import needs_poppler, pdf_text
from tyoparipaivakirja.core.members import NewMember, Role
from tyoparipaivakirja.gui.roles.role_description_pdf import role_description_document
from tyoparipaivakirja.report.role_description import build_role_description
from tyoparipaivakirja.storage.folder import create_journal

TODAY = date.today()
JOURNAL_NAME = "Jarin ja Sannan työpari"
NAMES = ("Jari", "Virtanen", "Sanna", "Mäkelä", "Korhonen")


def metadata_text(data: bytes) -> str:
    """Every value of the PDF's document information and its XMP packet, as one text."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        values = [str(value) for value in pdf.docinfo.values()]
        with pdf.open_metadata() as xmp:
            values += [str(value) for value in xmp.values()]
        raw = pdf.Root.get("/Metadata")
        if raw is not None:
            values.append(raw.read_bytes().decode("utf-8", "replace"))
    return "\n".join(values)


@needs_poppler
def test_role_description_metadata_carries_no_names(qapp: QApplication, tmp_path: Path) -> None:
    """Members with full names are on the printed page (who leads, who accepted), but
    the PDF's title, author, subject, keywords and XMP name no one and not the journal."""
    members = (
        NewMember("Jari Virtanen", Role.EXPERT_BY_EXPERIENCE),
        NewMember("Sanna Mäkelä-Korhonen", Role.PROFESSIONAL),
    )
    journal = create_journal(tmp_path / "journal", JOURNAL_NAME, members, PAIR_PASSPHRASE)
    try:
        ids = [member.member_id for member in journal.members.all()]
        draft = journal.roles.start_draft_from_defaults(TODAY)
        journal.roles.propose(draft.revision_id, ids[0])
        for member in ids:
            journal.roles.accept(draft.revision_id, member)
        revision = journal.roles.in_force(TODAY)
        assert revision is not None
        document = role_description_document(
            journal.info.name, journal.members.all(), revision, TODAY, None
        )
    finally:
        journal.lock()
    data = build_role_description(document)
    path = tmp_path / "tehtavankuva.pdf"
    path.write_bytes(data)
    assert "Jari Virtanen" in pdf_text(path)  # the page itself says who accepted

    meta = metadata_text(data)
    assert meta.strip(), "the PDF has no metadata at all"
    for name in (*NAMES, JOURNAL_NAME):
        assert name not in meta, name
