"""Multi-file operations as small state machines, and the one recovery step before any open.

A passphrase change (pair or own area) and a restore replace several files that must
change together. Each is done in the same three phases:

1. **Stage**: the new files are written beside the old ones under temporary names
   (``.rekey-…`` files, a ``.restore-…`` folder), fsynced. The journal is unchanged.
2. **Commit**: an intent file (``rekey.pending`` or ``restore.pending``) naming every
   move and removal is written atomically. From this moment the operation counts as done.
3. **Switch**: the moves and removals are carried out, then the intent file is removed.

``recover`` runs whenever the journal's folder lock is taken (opening in the app or the
command line, ``verify``, backup, restore), before any database file is opened: with an
intent file it finishes the switch (every step can be repeated), without one it removes
whatever a killed operation staged. A kill at any moment therefore leaves a journal that
is wholly as before or wholly changed, never a mix.

The intent file is the app's own, but it is still checked: it may only move the
operation's own temporary names onto the journal's own database names.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tyoparipaivakirja.core.errors import JournalCorrupt
from tyoparipaivakirja.storage.files import (
    atomic_write_bytes,
    fsync_folder,
    is_link,
    refuse_link,
    remove_path,
)
from tyoparipaivakirja.storage.layout import (
    BACKUP_FOLDER,
    PAIR_CHECK_FILE,
    PAIR_FILE,
    PERSONAL_FOLDER,
    REKEY_PENDING,
    REKEY_PREFIX,
    RESTORE_PENDING,
    RESTORE_STAGING_PREFIX,
    SIDE_SUFFIXES,
    TEMP_PREFIX,
    is_database_name,
)

INTENT_FORMAT = "tyoparipaivakirja-intent"
_MAX_INTENT_SIZE = 1024 * 1024

log = logging.getLogger("tyoparipaivakirja")


@dataclass(frozen=True, slots=True)
class Intent:
    """What a committed operation still has to do: moves (staged → final) and removals,
    all relative to the journal folder with ``/`` separators."""

    operation: str
    moves: tuple[tuple[str, str], ...]
    remove: tuple[str, ...] = ()
    staging: str = ""  # a staging folder to remove at the end (restore)


def intent_path(folder: Path, operation: str) -> Path:
    return folder / (REKEY_PENDING if operation == "rekey" else RESTORE_PENDING)


def commit(folder: Path, intent: Intent) -> None:
    """Write the intent file atomically: the operation's point of no return."""
    document = {
        "format": INTENT_FORMAT,
        "operation": intent.operation,
        "moves": [list(move) for move in intent.moves],
        "remove": list(intent.remove),
        "staging": intent.staging,
    }
    _check(intent)
    atomic_write_bytes(intent_path(folder, intent.operation), json.dumps(document).encode())


def _check(intent: Intent) -> None:
    """Refuse an intent that would touch anything but the journal's own names."""
    if intent.operation not in ("rekey", "restore"):
        raise JournalCorrupt("unknown operation in an intent file")
    for source, target in intent.moves:
        if not is_database_name(target):
            raise JournalCorrupt("intent moves onto a name that is not the journal's")
        if intent.operation == "rekey":
            parent, _, name = source.rpartition("/")
            if parent != target.rpartition("/")[0] or not name.startswith(REKEY_PREFIX):
                raise JournalCorrupt("intent moves a file that is not a staged copy")
        else:
            staging, _, rest = source.partition("/")
            if staging != intent.staging or rest != target:
                raise JournalCorrupt("intent moves a file from outside its staging folder")
    for name in intent.remove:
        if not is_database_name(name):
            raise JournalCorrupt("intent removes a name that is not the journal's")
    if intent.staging and (
        "/" in intent.staging or not intent.staging.startswith(RESTORE_STAGING_PREFIX)
    ):
        raise JournalCorrupt("intent names a staging folder that is not one")


def _read(path: Path) -> Intent:
    try:
        if is_link(path) or path.stat().st_size > _MAX_INTENT_SIZE:
            raise JournalCorrupt("intent file is not the app's own")
        document = json.loads(path.read_bytes().decode("utf-8"))
        if document.get("format") != INTENT_FORMAT:
            raise JournalCorrupt("intent file is not the app's own")
        intent = Intent(
            operation=str(document["operation"]),
            moves=tuple((str(a), str(b)) for a, b in document["moves"]),
            remove=tuple(str(name) for name in document["remove"]),
            staging=str(document.get("staging", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise JournalCorrupt("unreadable intent file") from None
    _check(intent)
    return intent


def finish(folder: Path, intent: Intent) -> None:
    """Carry out a committed intent (again, if a kill cut it short) and remove it.

    Every step can be repeated: a move whose staged file is gone was made already.
    A stale write-ahead log or shared-memory file of a replaced database is removed
    before its replacement moves in, so it is never applied to the wrong file.
    """
    targets = {target for _source, target in intent.moves}
    touched: set[Path] = {folder}
    for name in intent.remove:
        for suffix in ("", *SIDE_SUFFIXES):
            remove_path(folder / f"{name}{suffix}")
        touched.add((folder / name).parent)
    for source, target in intent.moves:
        staged, final = folder / source, folder / target
        if not os.path.lexists(staged):
            continue  # moved before the kill
        for suffix in SIDE_SUFFIXES:
            side = f"{target}{suffix}"
            if side not in targets:
                remove_path(folder / side)
        final.parent.mkdir(mode=0o700, exist_ok=True)
        os.replace(staged, final)
        touched.update({staged.parent, final.parent})
    if intent.staging:  # every move is made: the staging folder holds nothing needed
        remove_path(folder / intent.staging)
    for changed in sorted(touched):
        if changed.is_dir():
            fsync_folder(changed)
    os.unlink(intent_path(folder, intent.operation))
    fsync_folder(folder)


def recover(folder: Path) -> None:
    """Finish or roll back whatever a killed operation left in ``folder``.

    The caller holds the journal's folder lock. Links where the journal keeps its own
    files are refused (``UnsafeLink``) before anything is read or removed.
    """
    for name in (PAIR_FILE, PAIR_CHECK_FILE, PERSONAL_FOLDER, BACKUP_FOLDER):
        refuse_link(folder / name)
    for operation in ("rekey", "restore"):
        path = intent_path(folder, operation)
        if os.path.lexists(path):
            log.info("finishing an interrupted %s", operation)
            finish(folder, _read(path))
    _remove_leftovers(folder)


def _remove_leftovers(folder: Path) -> None:
    """Staged copies and temporary files of operations that never committed."""
    places: list[tuple[Path, tuple[str, ...]]] = [
        (folder, (REKEY_PREFIX, RESTORE_STAGING_PREFIX, TEMP_PREFIX))
    ]
    inside: tuple[tuple[str, tuple[str, ...]], ...] = (
        (PERSONAL_FOLDER, (REKEY_PREFIX, TEMP_PREFIX)),
        (BACKUP_FOLDER, (TEMP_PREFIX,)),
    )
    for name, prefixes in inside:
        sub = folder / name
        if sub.is_dir() and not is_link(sub):
            places.append((sub, prefixes))
    for place, prefixes in places:
        leftovers = [path for path in place.iterdir() if path.name.startswith(prefixes)]
        for path in leftovers:
            remove_path(path)
        if leftovers:
            fsync_folder(place)


def staged_rekey_name(final: Path, token: str) -> Path:
    """Where the re-keyed copy of ``final`` is staged, beside it."""
    return final.with_name(f"{REKEY_PREFIX}{token}-{final.name}")


def relative(folder: Path, path: Path) -> str:
    return path.relative_to(folder).as_posix()


def moves_for(folder: Path, pairs: Sequence[tuple[Path, Path]]) -> tuple[tuple[str, str], ...]:
    return tuple((relative(folder, a), relative(folder, b)) for a, b in pairs)
