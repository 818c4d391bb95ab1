"""The thorough check behind ``tyoparipaivakirja verify``."""

from __future__ import annotations

from dataclasses import dataclass, field

from tyoparipaivakirja.storage import cipher, database, schema
from tyoparipaivakirja.storage.journal import PERSONAL_FOLDER, Journal, pair_files


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What ``verify`` found. ``problems`` are developer-facing details, never content."""

    schema_version: int
    member_count: int
    encrypted_files: int
    personal_areas: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_journal(journal: Journal, pair_passphrase: str) -> VerifyReport:
    """Check every page's cipher and integrity, the check file, and every file's header."""
    conn = journal.connection()
    problems = database.full_check(conn)
    if not database.passphrase_opens(pair_files(journal.folder).keycheck, pair_passphrase):
        problems.append("check file does not accept the pair passphrase")
    db_files = sorted(journal.folder.rglob("*.db"))
    plain = [path.name for path in db_files if cipher.is_plain_sqlite(path)]
    problems.extend(f"unencrypted file: {name}" for name in plain)
    personal_areas = len(
        [p for p in (journal.folder / PERSONAL_FOLDER).glob("*.db") if ".check" not in p.name]
    )
    return VerifyReport(
        schema_version=schema.read_version(conn),
        member_count=len(journal.members()),
        encrypted_files=len(db_files) - len(plain),
        personal_areas=personal_areas,
        problems=problems,
    )
