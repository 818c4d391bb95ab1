"""Nothing the files do can destroy a journal: outputs, temp files, links, foreign backups."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, sha256, snapshot
from tyoparipaivakirja.core.errors import (
    BackupInvalid,
    BackupOfAnotherJournal,
    UnsafeLink,
    ValidationError,
    ValidationReason,
)
from tyoparipaivakirja.storage import backups, files
from tyoparipaivakirja.storage.files import (
    check_output_target,
    sweep_temps,
    temp_path,
    write_export,
)
from tyoparipaivakirja.storage.folder import back_up_folder, open_journal, restore_backup
from tyoparipaivakirja.storage.portable import export_document, write_export_file
from tyoparipaivakirja.storage.session import Journal
from tyoparipaivakirja.storage.verify import ProblemKind, verify_journal

MakeJournal = Callable[..., Journal]


# --- outputs never land on a journal ---------------------------------------------------


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("journal/pair.db", ValidationReason.ONTO_DATABASE),
        ("journal/vienti.json", ValidationReason.INSIDE_JOURNAL),
        ("journal/personal/vienti.json", ValidationReason.INSIDE_JOURNAL),
        ("journal/backups/x/vienti.json", ValidationReason.INSIDE_JOURNAL),
        ("muu.db", ValidationReason.ONTO_DATABASE),
        ("kansio", ValidationReason.NOT_A_FILE),
    ],
)
def test_output_onto_or_inside_a_journal_is_refused(
    make_journal: MakeJournal, tmp_path: Path, where: str, reason: ValidationReason
) -> None:
    """An export or PDF aimed at a journal's folder, a database file or a folder is refused
    before anything is written, and the journal's files are byte for byte as they were."""
    journal = make_journal()
    document = export_document(journal, {})
    journal.create_personal_area(journal.members.all()[0].member_id, PERSONAL_PASSPHRASE_JARI)
    journal.lock()
    (tmp_path / "muu.db").write_bytes(b"toisen ohjelman tietokanta")
    (tmp_path / "kansio").mkdir()
    before = snapshot(tmp_path)
    with pytest.raises(ValidationError) as caught:
        write_export_file(tmp_path / where, document)
    assert caught.value.reason is reason
    assert snapshot(tmp_path) == before
    assert open_journal(tmp_path / "journal", PAIR_PASSPHRASE).debriefs.count() == 0


def test_output_through_a_link_into_a_journal_is_refused(
    make_journal: MakeJournal, tmp_path: Path
) -> None:
    """A folder link that leads into a journal folder does not hide it from the guard."""
    journal = make_journal()
    journal.lock()
    (tmp_path / "ovela").symlink_to(journal.folder)
    with pytest.raises(ValidationError) as caught:
        check_output_target(tmp_path / "ovela" / "yhteenveto.pdf")
    assert caught.value.reason is ValidationReason.INSIDE_JOURNAL
    check_output_target(tmp_path / "yhteenveto.pdf")  # beside the journal is fine


def test_failed_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When writing an output fails half-way, its temporary file (holding plaintext) is
    removed at once, and an existing file of that name is untouched."""
    target = tmp_path / "vienti.json"
    target.write_text("vanha", encoding="utf-8")
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(Exception):  # noqa: B017 (ExportFailed; the files are what matter)
        write_export(target, b"salaista " * 1000)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vienti.json"]
    assert target.read_text(encoding="utf-8") == "vanha"


def test_temporary_file_of_a_killed_process_is_swept_at_the_next_start(tmp_path: Path) -> None:
    """A registered temporary file whose process is gone is removed by the sweep; one
    whose process still runs (here: this one, inside the block) is left alone."""
    with temp_path(tmp_path) as live:
        live.write_bytes(b"kesken")
        assert sweep_temps() == 0
        assert live.exists()
    # Simulate a killed process: an entry that nobody holds a lock on.
    registry = files.state_dir() / "pending-temp"
    orphan = tmp_path / ".tmp-orphan"
    orphan.write_bytes(b"selkokielinen vienti")
    (registry / "orphan.path").write_bytes(os.fsencode(str(orphan)))
    foreign = tmp_path / "oma-tiedosto.txt"  # not one of the app's temporary names
    foreign.write_bytes(b"ei kosketa")
    (registry / "foreign.path").write_bytes(os.fsencode(str(foreign)))
    assert sweep_temps() == 1
    assert not orphan.exists() and foreign.exists()
    assert not list(registry.glob("*.path"))


def test_backup_out_never_changes_the_given_folder(
    make_journal: MakeJournal, tmp_path: Path
) -> None:
    """`backup --out DIR` leaves DIR's permissions alone and writes into its own private
    subfolder; the journal's own folder is refused as a place."""
    journal = make_journal()
    journal.lock()
    shared = tmp_path / "yhteinen"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    info = back_up_folder(journal.folder, shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert info.folder.parent.parent == shared
    assert stat.S_IMODE(info.folder.parent.stat().st_mode) == 0o700
    with pytest.raises(ValidationError):
        back_up_folder(journal.folder, journal.folder)
    assert back_up_folder(journal.folder, journal.folder / "backups").folder.parent == (
        journal.folder / "backups"
    )


# --- restore trusts nothing ------------------------------------------------------------


def _backup(journal: Journal) -> backups.BackupInfo:
    info = journal.back_up_now().backup
    assert info is not None
    return info


def _rewrite_manifest(
    info: backups.BackupInfo, change: Callable[[dict[str, object]], None]
) -> None:
    path = info.folder / "manifest.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def test_restore_refuses_a_backup_file_that_is_a_link(
    make_journal: MakeJournal, tmp_path: Path
) -> None:
    """A backup whose pair.db is a link (to /etc/passwd, say) is refused; nothing changes."""
    journal = make_journal()
    info = _backup(journal)
    folder = journal.folder
    journal.lock()
    secret = tmp_path / "salainen.txt"
    secret.write_bytes((info.folder / "pair.db").read_bytes())
    (info.folder / "pair.db").unlink()
    (info.folder / "pair.db").symlink_to(secret)
    before = sha256(folder / "pair.db")
    with pytest.raises(BackupInvalid):
        restore_backup(folder, info.folder)
    assert sha256(folder / "pair.db") == before


@pytest.mark.parametrize(
    "name", ["evil.txt", "journal.lock", "backups/x.db", "../pair.db", "personal/x.db"]
)
def test_restore_refuses_names_that_are_not_the_journals_own(
    make_journal: MakeJournal, name: str
) -> None:
    """A manifest listing anything but the journal's own database files is refused
    before a byte is written."""
    journal = make_journal()
    info = _backup(journal)
    (info.folder / "evil.txt").write_text("x", encoding="utf-8")

    def add(document: dict[str, object]) -> None:
        listed = document["files"]
        assert isinstance(listed, list)
        listed.append({"path": name, "size": 1, "sha256": "0" * 64})

    _rewrite_manifest(info, add)
    folder = journal.folder
    journal.lock()
    before = snapshot(folder)
    with pytest.raises(BackupInvalid):
        restore_backup(folder, info.folder)
    assert snapshot(folder) == before


def test_restore_refuses_personal_or_backups_as_links(
    make_journal: MakeJournal, tmp_path: Path
) -> None:
    """A `personal` or `backups` that is a link is never followed (nor chmodded)."""
    journal = make_journal()
    info = _backup(journal)
    folder = journal.folder
    journal.lock()
    elsewhere = tmp_path / "muualla"
    elsewhere.mkdir(mode=0o755)
    os.chmod(elsewhere, 0o755)
    (folder / "personal").symlink_to(elsewhere)
    with pytest.raises(UnsafeLink):
        restore_backup(folder, info.folder)
    with pytest.raises(UnsafeLink):
        open_journal(folder, PAIR_PASSPHRASE)
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755
    assert list(elsewhere.iterdir()) == []


def test_another_journals_backup_needs_an_explicit_choice(make_journal: MakeJournal) -> None:
    """A backup of another journal is refused unless the caller says that is meant;
    with the choice it is restored, and the journal then is that other journal."""
    ours = make_journal("meidän")
    theirs = make_journal("toinen")
    foreign = _backup(theirs)
    theirs_id = theirs.info.journal_id
    theirs.lock()
    folder = ours.folder
    ours.lock()
    before = snapshot(folder)
    with pytest.raises(BackupOfAnotherJournal):
        restore_backup(folder, foreign.folder)
    assert snapshot(folder) == before
    restore_backup(folder, foreign.folder, other_journal=True)
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    assert reopened.info.journal_id == theirs_id
    reopened.lock()


# --- honest verify -------------------------------------------------------------------


def test_verify_finds_a_flipped_byte_in_the_middle_of_a_check_file(
    make_journal: MakeJournal,
) -> None:
    """verify reads the check file whole: a byte flipped past its first page is found."""
    journal = make_journal()
    folder = journal.folder
    journal.lock()
    check = folder / "pair.check.db"
    data = bytearray(check.read_bytes())
    assert len(data) > 2 * 4096, "the check file has more than one page"
    data[len(data) - 2000] ^= 0x55
    check.write_bytes(bytes(data))
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        report = verify_journal(journal, PAIR_PASSPHRASE)
    finally:
        journal.lock()
    assert not report.ok
    assert {p.file for p in report.problems} == {"pair.check.db"}


def test_verify_counts_only_the_journals_own_files(make_journal: MakeJournal) -> None:
    """Temporary copies are not own areas and backups are not journal files."""
    journal = make_journal()
    member = journal.members.all()[0].member_id
    journal.create_personal_area(member, PERSONAL_PASSPHRASE_JARI).close()
    _backup(journal)
    (journal.folder / "personal" / ".tmp-kopio.db").write_bytes(b"x" * 100)
    report = verify_journal(journal, PAIR_PASSPHRASE, {member: PERSONAL_PASSPHRASE_JARI})
    journal.lock()
    assert report.ok, report.problems
    assert report.personal_areas == 1 and report.checked_personal_areas == 1
    assert report.encrypted_files == 4  # pair.db, pair.check.db, the area and its check


def test_verify_reads_an_own_area_through_with_its_passphrase(make_journal: MakeJournal) -> None:
    """With the owner's passphrase the own area is checked whole; a wrong one is said."""
    journal = make_journal()
    member = journal.members.all()[0].member_id
    journal.create_personal_area(member, PERSONAL_PASSPHRASE_JARI).close()
    wrong = verify_journal(journal, PAIR_PASSPHRASE, {member: "ei tämä ole oikea 4321"})
    journal.lock()
    assert [p.kind for p in wrong.problems] == [ProblemKind.WRONG_OWN_PASSPHRASE]
