"""The names a journal folder is made of, in one place.

Everything that decides whether a path is one of the journal's own files (restore,
backup, verify, the output guard, recovery) asks here, so a backup's manifest or a
stray file can never make the app read or write any other name.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

PAIR_FILE = "pair.db"
PAIR_CHECK_FILE = "pair.check.db"
PERSONAL_FOLDER = "personal"
BACKUP_FOLDER = "backups"
LOCK_FILE_NAME = "journal.lock"  # the same name as storage.lockfile's (a test checks)
# The journal's tag in plain text: a one-way hash of its id (32 hex digits, nothing
# about the pair). Lets `backup` and `restore`, which need no passphrase, tell one
# journal's backups from another's; the id itself stays inside the encryption.
TAG_FILE = "journal.tag"
# Intent files of the multi-step operations (see storage.recovery).
REKEY_PENDING = "rekey.pending"
RESTORE_PENDING = "restore.pending"

# Temporary names the app makes; the sweep at start and the recovery on opening remove
# only names with these prefixes.
TEMP_PREFIX = ".tmp-"
IMPORT_TEMP_PREFIX = ".tmp-import-"
RESTORE_STAGING_PREFIX = ".restore-"
REKEY_PREFIX = ".rekey-"
TEMP_PREFIXES = (TEMP_PREFIX, RESTORE_STAGING_PREFIX, REKEY_PREFIX)

_ID = "[0-9a-f]{32}"
JOURNAL_ID = re.compile(_ID)
JOURNAL_TAG = re.compile(_ID)
MEMBER_ID = re.compile(_ID)
# A database file of the journal, relative to its folder, with "/" separators; a
# write-ahead log belongs to its database.
_DATABASE_NAME = re.compile(
    rf"(?:pair\.db|pair\.check\.db|{PERSONAL_FOLDER}/{_ID}\.db|{PERSONAL_FOLDER}/{_ID}\.check\.db)"
    r"(?:-wal)?"
)
# Names whose presence makes a folder a journal (or the remains of one).
JOURNAL_MARKERS = (PAIR_FILE, PAIR_CHECK_FILE, LOCK_FILE_NAME, REKEY_PENDING, RESTORE_PENDING)
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def is_journal_folder(folder: Path) -> bool:
    """True when ``folder`` looks like a journal (its pair file exists). Here, beside the
    file names, so the app's first window can ask without loading the session."""
    return (folder / PAIR_FILE).is_file()


def is_database_name(relative: str) -> bool:
    """True for one of the journal's own database files (or its write-ahead log)."""
    return _DATABASE_NAME.fullmatch(relative) is not None


def is_journal_like(folder: Path) -> bool:
    """True when ``folder`` holds a journal or the remains of one (its own files)."""
    return any(_exists_no_follow(folder / name) for name in JOURNAL_MARKERS)


def journal_tag(journal_id: str) -> str:
    """The public tag of a journal: the same for all its backups, not its id."""
    return hashlib.sha256(f"tyoparipaivakirja-journal:{journal_id}".encode()).hexdigest()[:32]


def read_journal_tag(folder: Path) -> str | None:
    """The journal's tag from its plain ``journal.tag`` file, or None when unknown.

    Only a hint for commands that run without a passphrase (backup, restore): every
    open rewrites it from the id inside the encrypted journal.
    """
    path = folder / TAG_FILE
    try:
        if path.is_symlink() or path.stat().st_size > 64:
            return None
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if JOURNAL_TAG.fullmatch(text) else None


def _exists_no_follow(path: Path) -> bool:
    try:
        path.lstat()
    except OSError:
        return False
    return True
