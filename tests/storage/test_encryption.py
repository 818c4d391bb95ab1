"""Everything the app writes to disk is encrypted and owner-only, whatever the passphrase."""

from __future__ import annotations

import os
import random
import stat
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MEMBERS, PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI
from tyoparipaivakirja.core.errors import WrongPassphrase
from tyoparipaivakirja.core.members import NewMember, Role
from tyoparipaivakirja.core.passphrase import require_new_passphrase
from tyoparipaivakirja.storage import cipher
from tyoparipaivakirja.storage.cipher import PLAIN_SQLITE_HEADER
from tyoparipaivakirja.storage.folder import create_journal, open_journal
from tyoparipaivakirja.storage.session import Journal

_WORD_TEXT = """
sammal kanerva routa pilvi järvi kallio kuusi mänty koivu haapa lumi jää sade tuuli myrsky
aamu ilta yö päivä kesä talvi syksy kevät polku silta laituri vene airo verkko kahvi termos
eväs reppu kartta kompassi majakka saari niemi lahti virta koski kettu ilves hirvi karhu susi
pöllö tikka käki västäräkki
"""
_WORDS = tuple(_WORD_TEXT.split())


def _long_passphrase(length: int = 1000) -> str:
    """A passphrase of exactly ``length`` characters made of varied words and separators."""
    rng = random.Random(1000)
    parts: list[str] = []
    while sum(len(part) for part in parts) < length:
        parts.append(rng.choice(_WORDS) + rng.choice(" -_.,;:!?'\"") + str(rng.randrange(100)))
    return "".join(parts)[:length]


LONG_PASSPHRASE = _long_passphrase()


def _marker() -> str:
    return f"Yöpöllö{uuid.uuid4().hex}"


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def _files_containing(folder: Path, marker: str) -> list[str]:
    needles = (marker.encode("utf-8"), marker.encode("utf-16-le"))
    return [
        str(path.relative_to(folder))
        for path in _files(folder)
        if any(needle in path.read_bytes() for needle in needles)
    ]


def _create_with_marker(folder: Path, marker: str) -> Journal:
    members = [NewMember(marker[:60], Role.EXPERT_BY_EXPERIENCE), MEMBERS[1]]
    journal = create_journal(folder, f"Työpari {marker}", members, PAIR_PASSPHRASE)
    with journal.transaction() as conn:
        conn.execute("CREATE TABLE scratch (body TEXT)")
        conn.execute("INSERT INTO scratch (body) VALUES (?)", (f"yhteinen {marker}",))
    return journal


def test_marker_text_is_in_no_file_while_open_or_after_lock(tmp_path: Path) -> None:
    """Text written to the pair journal or a personal area (names, notes) cannot be found in
    any file of the journal folder, neither in the WAL while open nor after locking."""
    pair_marker, personal_marker = _marker(), _marker()
    folder = tmp_path / "journal"
    journal = _create_with_marker(folder, pair_marker)
    try:
        member_id = journal.members.all()[0].member_id
        area = journal.create_personal_area(member_id, PERSONAL_PASSPHRASE_JARI)
        conn = area.connection()
        conn.execute("CREATE TABLE scratch (body TEXT)")
        conn.execute("INSERT INTO scratch (body) VALUES (?)", (f"oma {personal_marker}",))

        # The markers really were written (the search would find plain text).
        assert journal.members.all()[0].display_name == pair_marker[:60]
        assert conn.execute("SELECT body FROM scratch").fetchone()[0].endswith(personal_marker)
        assert (folder / "pair.db-wal").is_file()
        assert (folder / "personal" / f"{member_id}.db-wal").is_file()
        assert (folder / "pair.db-wal").stat().st_size > 0
        assert _files_containing(folder, pair_marker) == []
        assert _files_containing(folder, personal_marker) == []
    finally:
        journal.lock()
    assert len(_files(folder)) >= 5
    assert _files_containing(folder, pair_marker) == []
    assert _files_containing(folder, personal_marker) == []


def test_marker_search_finds_plain_text(tmp_path: Path) -> None:
    """The search used above does find a marker written in plain UTF-8 or UTF-16 (no false
    all-clear)."""
    marker = _marker()
    (tmp_path / "a.txt").write_bytes(b"xx" + marker.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(marker.encode("utf-16-le") + b"yy")
    assert _files_containing(tmp_path, marker) == ["a.txt", "b.txt"]


def _assert_no_plain_headers(folder: Path) -> int:
    databases = sorted(folder.rglob("*.db"))
    for path in databases:
        with path.open("rb") as handle:
            assert handle.read(len(PLAIN_SQLITE_HEADER)) != PLAIN_SQLITE_HEADER, path.name
    return len(databases)


def test_no_database_file_has_a_plain_sqlite_header(tmp_path: Path) -> None:
    """Every .db file (pair, check files, personal area) starts with ciphertext, not the
    plain "SQLite format 3" header, both while open and after locking."""
    journal = _create_with_marker(tmp_path / "journal", _marker())
    try:
        journal.create_personal_area(journal.members.all()[0].member_id, PERSONAL_PASSPHRASE_JARI)
        assert _assert_no_plain_headers(tmp_path / "journal") == 4
    finally:
        journal.lock()
    assert _assert_no_plain_headers(tmp_path / "journal") == 4


def _assert_owner_only(folder: Path) -> list[str]:
    """Assert modes; return the names of the files checked."""
    folders = [folder, *(p for p in folder.rglob("*") if p.is_dir())]
    for path in folders:
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    files = _files(folder)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    return [path.name for path in files]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_folder_and_files_are_owner_only(tmp_path: Path) -> None:
    """The journal folder and personal folder are 0700 and every file, including the
    WAL side files while open, is 0600, so other users of the machine read nothing."""
    journal = _create_with_marker(tmp_path / "journal", _marker())
    try:
        member_id = journal.members.all()[0].member_id
        journal.create_personal_area(member_id, PERSONAL_PASSPHRASE_JARI)
        names = _assert_owner_only(tmp_path / "journal")
        for expected in (
            "pair.db",
            "pair.db-wal",
            "pair.db-shm",
            "pair.check.db",
            "journal.lock",
            f"{member_id}.db",
            f"{member_id}.db-wal",
            f"{member_id}.db-shm",
            f"{member_id}.check.db",
        ):
            assert expected in names
    finally:
        journal.lock()
    _assert_owner_only(tmp_path / "journal")


@pytest.mark.parametrize(
    "passphrase",
    [
        "\"lainaus\" 'heittomerkki' `back` \\ kenoviiva; --",
        "yöpöllö 🦉 huhuilee 🌲 metsässä 🌙 kuutamolla",
        LONG_PASSPHRASE,
    ],
    ids=["quotes", "emoji", "1000-characters"],
)
def test_unusual_passphrases_create_lock_and_reopen(
    tmp_path: Path, make_journal: Callable[..., Journal], passphrase: str
) -> None:
    """Passphrases with quotes, emoji or 1,000 characters create a journal that reopens with
    exactly that passphrase, and a passphrase differing in its last character is refused."""
    assert require_new_passphrase(passphrase) == passphrase
    journal = make_journal(passphrase=passphrase)
    members = journal.members.all()
    journal.lock()
    with pytest.raises(WrongPassphrase):
        open_journal(tmp_path / "journal", passphrase[:-1] + "X")
    reopened = open_journal(tmp_path / "journal", passphrase)
    try:
        assert reopened.members.all() == members
    finally:
        reopened.lock()


def test_long_passphrase_is_exactly_1000_varied_characters() -> None:
    """The long test passphrase really is 1,000 characters of varied words."""
    assert len(LONG_PASSPHRASE) == 1000
    assert sum(word in LONG_PASSPHRASE for word in _WORDS) > 30


@pytest.mark.real_kdf
def test_real_key_derivation_creates_and_reopens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With SQLCipher's real key derivation a journal is created and reopened, and the
    file really uses it (a cheap derivation does not open it)."""
    assert cipher.KDF_ITERATIONS == 256_000
    folder = tmp_path / "journal"
    journal = create_journal(folder, "Työpari", MEMBERS, PAIR_PASSPHRASE)
    names = [member.display_name for member in journal.members.all()]
    journal.lock()
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert (
            [member.display_name for member in reopened.members.all()] == names == ["Jari", "Sanna"]
        )
    finally:
        reopened.lock()
    monkeypatch.setattr(cipher, "KDF_ITERATIONS", 2)
    with pytest.raises(WrongPassphrase):
        cipher.connect(folder / "pair.check.db", PAIR_PASSPHRASE, create=False)
