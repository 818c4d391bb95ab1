"""The thorough check behind ``tyoparipaivakirja verify``.

Every database file of the journal is read whole: each page's authentication code
(``cipher_integrity_check``), the structure (``integrity_check``) and the links between
rows (``foreign_key_check``). That includes the small check files, so a byte flipped
anywhere in ``pair.check.db`` is found. A personal area can only be read with its
owner's passphrase: given, it is checked the same way; not given, it is counted and
reported as not checked. Only the journal's own file names are counted: temporary
copies and backups are neither own areas nor journal files.

Problems are codes with the file they concern, never text: the command line and the
app say them in the user's language (``messages.verify_problem_text``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from tyoparipaivakirja.core.errors import JournalError, UnsafeLink, WrongPassphrase
from tyoparipaivakirja.storage import backups, cipher, database, schema
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.database import pair_files, personal_files
from tyoparipaivakirja.storage.layout import PERSONAL_FOLDER
from tyoparipaivakirja.storage.session import Journal


class ProblemKind(StrEnum):
    """What ``verify`` can find wrong with one file."""

    PAGES_DAMAGED = "pages_damaged"  # a page's authentication code does not match
    STRUCTURE_DAMAGED = "structure_damaged"  # integrity_check found problems
    BROKEN_LINKS = "broken_links"  # foreign_key_check found rows pointing nowhere
    UNREADABLE = "unreadable"  # the file could not be read at all
    CHECK_REFUSES = "check_refuses"  # the check file refuses the passphrase its main accepts
    UNENCRYPTED = "unencrypted"
    MISSING_PART = "missing_part"  # a database without its check file, or the reverse
    LINK = "link"  # a link where a journal file should be
    WRONG_OWN_PASSPHRASE = "wrong_own_passphrase"  # given, but it does not open the area


@dataclass(frozen=True, slots=True)
class VerifyProblem:
    kind: ProblemKind
    file: str  # relative to the journal folder, "/" separators


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What ``verify`` found. ``problems`` name files and kinds, never content."""

    schema_version: int
    member_count: int
    encrypted_files: int
    personal_areas: int
    checked_personal_areas: int = 0
    problems: list[VerifyProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_connection(conn: Connection, name: str) -> list[VerifyProblem]:
    """Read every page of an open database and report what is wrong with it."""
    problems: list[VerifyProblem] = []
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append(VerifyProblem(ProblemKind.PAGES_DAMAGED, name))
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if [tuple(row) for row in integrity] != [("ok",)]:
            problems.append(VerifyProblem(ProblemKind.STRUCTURE_DAMAGED, name))
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(VerifyProblem(ProblemKind.BROKEN_LINKS, name))
    except cipher.DatabaseError:
        problems.append(VerifyProblem(ProblemKind.UNREADABLE, name))
    return problems


def check_file(path: Path, passphrase: str, name: str) -> list[VerifyProblem]:
    """Open one file of the (locked) journal with ``passphrase`` and check all of it,
    only reading (a check must change nothing, and works on a full disk too)."""
    try:
        conn = cipher.connect_to_read(path, passphrase)
    except WrongPassphrase:
        return [VerifyProblem(ProblemKind.CHECK_REFUSES, name)]
    except JournalError:
        return [VerifyProblem(ProblemKind.UNREADABLE, name)]
    try:
        return check_connection(conn, name)
    finally:
        cipher.close_quietly(conn)


def verify_journal(
    journal: Journal, pair_passphrase: str, own_passphrases: Mapping[str, str] | None = None
) -> VerifyReport:
    """Check every file of the open journal; own areas whose passphrase is given too."""
    folder = journal.folder
    problems: list[VerifyProblem] = []
    try:
        names = [n for n in backups.journal_files(folder) if not n.endswith("-wal")]
    except UnsafeLink:
        return VerifyReport(0, 0, 0, 0, 0, [VerifyProblem(ProblemKind.LINK, PERSONAL_FOLDER)])
    plain = [n for n in names if cipher.is_plain_sqlite(folder / n)]
    problems.extend(VerifyProblem(ProblemKind.UNENCRYPTED, n) for n in plain)
    pair = pair_files(folder)
    problems.extend(check_connection(journal.connection(), pair.main.name))
    problems.extend(check_file(pair.keycheck, pair_passphrase, pair.keycheck.name))

    area_ids = sorted(
        n.removeprefix(f"{PERSONAL_FOLDER}/").removesuffix(".db")
        for n in names
        if n.startswith(f"{PERSONAL_FOLDER}/") and not n.endswith(".check.db")
    )
    checks = {
        n.removeprefix(f"{PERSONAL_FOLDER}/").removesuffix(".check.db")
        for n in names
        if n.endswith(".check.db") and n.startswith(f"{PERSONAL_FOLDER}/")
    }
    for orphan in sorted(checks - set(area_ids)):
        problems.append(VerifyProblem(ProblemKind.MISSING_PART, f"{PERSONAL_FOLDER}/{orphan}.db"))
    checked = 0
    for member_id in area_ids:
        files = personal_files(folder, member_id)
        main_name = f"{PERSONAL_FOLDER}/{files.main.name}"
        check_name = f"{PERSONAL_FOLDER}/{files.keycheck.name}"
        if member_id not in checks:
            problems.append(VerifyProblem(ProblemKind.MISSING_PART, check_name))
        passphrase = (own_passphrases or {}).get(member_id, "")
        if not passphrase:
            continue
        if member_id in checks and not database.passphrase_opens(files.keycheck, passphrase):
            problems.append(VerifyProblem(ProblemKind.WRONG_OWN_PASSPHRASE, check_name))
            continue
        problems.extend(check_file(files.main, passphrase, main_name))
        problems.extend(check_file(files.keycheck, passphrase, check_name))
        checked += 1
    return VerifyReport(
        schema_version=schema.read_version(journal.connection()),
        member_count=len(journal.members.all()),
        encrypted_files=len(names) - len(plain),
        personal_areas=len(area_ids),
        checked_personal_areas=checked,
        problems=problems,
    )
