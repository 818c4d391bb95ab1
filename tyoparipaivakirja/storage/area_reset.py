"""A reset own area is put aside for 30 days, not deleted at once.

"Forgot your own passphrase?" needs only the pair passphrase, so either partner can
press it. The area is therefore never destroyed on the spot: its files (and its copies
in every backup) are moved into an owner-only folder named after the member and the
moment of the reset, from where the owner can bring them back with the old own
passphrase for ``KEEP_DAYS`` days. After that they are removed for good.

Layout (file names carry random member ids and a UTC time only)::

    <journal>/personal/reset/<member_id>-<YYYYMMDDTHHMMSSZ>/<member_id>.db, .check.db
    <journal>/personal/reset/<member_id>-<…>/legacy/     single-file copies (before 0.2)
    <backup>/reset/<member_id>-<…>/personal/<member_id>.db, .check.db

A backup's manifest stops listing the area's files while they are set aside (so a
restore of that backup does not bring them back), and lists them again when the area
is restored.

The move of the area itself goes through a temporary folder (``.tmp-…``): a process
killed half-way leaves that folder, and ``recover_unfinished`` puts its files back
where they were, so an area is either wholly in place or wholly set aside.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tyoparipaivakirja.storage import backups
from tyoparipaivakirja.storage.files import atomic_write_bytes, ensure_private_folder, fsync_folder

KEEP_DAYS = 30
RESET_FOLDER = "reset"
LEGACY_FOLDER = "legacy"
TEMP_PREFIX = ".tmp-"
_STAMP = "%Y%m%dT%H%M%SZ"
_PERSONAL = "personal"


@dataclass(frozen=True, slots=True)
class ResetArea:
    """One member's own area as it was set aside by a reset."""

    member_id: str
    reset_at: datetime  # aware, UTC
    folder: Path

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def keycheck(self) -> Path:
        return self.folder / f"{self.member_id}.check.db"

    @property
    def expires_at(self) -> datetime:
        return self.reset_at + timedelta(days=KEEP_DAYS)

    def recoverable_until(self) -> date:
        """The last local day on which the area can still be restored."""
        return (self.expires_at - timedelta(seconds=1)).astimezone().date()

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at


def reset_root(journal_folder: Path) -> Path:
    return journal_folder / _PERSONAL / RESET_FOLDER


def _parse(folder: Path) -> ResetArea | None:
    member_id, _, stamp = folder.name.rpartition("-")
    if not member_id or folder.name.startswith(TEMP_PREFIX):
        return None
    try:
        moment = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return ResetArea(member_id, moment, folder)


def _all(journal_folder: Path) -> list[ResetArea]:
    root = reset_root(journal_folder)
    if not root.is_dir():
        return []
    found = [area for folder in root.iterdir() if folder.is_dir() and (area := _parse(folder))]
    return sorted(found, key=lambda area: area.reset_at, reverse=True)


def list_reset_areas(journal_folder: Path, now: datetime) -> list[ResetArea]:
    """Every reset area that can still be restored, newest first."""
    return [area for area in _all(journal_folder) if not area.expired(now)]


def _area_files(journal_folder: Path, member_id: str) -> list[Path]:
    """The area's database files with any side files, in the journal's personal folder."""
    personal = journal_folder / _PERSONAL
    found: list[Path] = []
    for base in (f"{member_id}.db", f"{member_id}.check.db"):
        for suffix in ("", "-wal", "-shm", "-journal"):
            path = personal / f"{base}{suffix}"
            if path.is_file():
                found.append(path)
    return found


def _move_files(paths: Iterable[Path], target: Path) -> None:
    ensure_private_folder(target)
    for path in paths:
        os.replace(path, target / path.name)


def set_aside(
    journal_folder: Path, member_id: str, backup_roots: Iterable[Path], now: datetime
) -> ResetArea:
    """Move a member's (closed) own area and its backup copies into a reset folder."""
    moment = now.astimezone(UTC).replace(microsecond=0)
    root = reset_root(journal_folder)
    ensure_private_folder(root)
    name = f"{member_id}-{moment.strftime(_STAMP)}"
    while (root / name).exists():  # two resets in one second: the next second's name
        moment += timedelta(seconds=1)
        name = f"{member_id}-{moment.strftime(_STAMP)}"
    temp = root / f"{TEMP_PREFIX}{name}"
    _move_files(_area_files(journal_folder, member_id), temp)
    legacy_root = journal_folder / backups.BACKUP_FOLDER
    if legacy_root.is_dir():  # single-file copies made by versions before 0.2
        legacy = sorted(legacy_root.glob(f"personal-{member_id}-*.db"))
        if legacy:
            _move_files(legacy, temp / LEGACY_FOLDER)
            fsync_folder(legacy_root)
    fsync_folder(temp)
    os.replace(temp, root / name)
    fsync_folder(root)
    personal = journal_folder / _PERSONAL
    fsync_folder(personal)
    for backup_root in backup_roots:
        _set_aside_in_backups(backup_root, member_id, name)
    return ResetArea(member_id, moment, root / name)


def _set_aside_in_backups(root: Path, member_id: str, name: str) -> None:
    prefix = f"{_PERSONAL}/{member_id}."
    for info in backups.list_backups(root):
        gone = [f for f in info.files if f.path.startswith(prefix)]
        if not gone:
            continue
        kept = [f for f in info.files if not f.path.startswith(prefix)]
        target = info.folder / RESET_FOLDER / name
        ensure_private_folder(target / _PERSONAL)
        for item in gone:
            source = info.folder / item.path
            if source.exists():
                os.replace(source, target / item.path)
        fsync_folder(target / _PERSONAL)
        atomic_write_bytes(
            info.folder / backups.MANIFEST_NAME,
            backups.manifest_bytes(info.created_at, info.reason, kept),
        )


def put_back(journal_folder: Path, area: ResetArea, backup_roots: Iterable[Path]) -> None:
    """Move a reset area back into place (its slot must be free) with its backup copies."""
    personal = journal_folder / _PERSONAL
    ensure_private_folder(personal)
    files = [p for p in area.folder.iterdir() if p.is_file()]
    for path in files:
        os.replace(path, personal / path.name)
    fsync_folder(personal)
    legacy = area.folder / LEGACY_FOLDER
    if legacy.is_dir():
        target = journal_folder / backups.BACKUP_FOLDER
        ensure_private_folder(target)
        for path in legacy.iterdir():
            os.replace(path, target / path.name)
        fsync_folder(target)
    shutil.rmtree(area.folder, ignore_errors=True)
    fsync_folder(area.folder.parent)
    for root in backup_roots:
        _put_back_in_backups(root, area.name)


def _put_back_in_backups(root: Path, name: str) -> None:
    for info in backups.list_backups(root):
        source = info.folder / RESET_FOLDER / name
        if not source.is_dir():
            continue
        files = list(info.files)
        for path in sorted(source.rglob("*")):
            if not path.is_file():
                continue
            relative = path.relative_to(source).as_posix()
            target = info.folder / relative
            ensure_private_folder(target.parent)
            os.replace(path, target)
            files = [f for f in files if f.path != relative]
            files.append(
                backups.BackupFile(relative, target.stat().st_size, backups.hash_file(target))
            )
        atomic_write_bytes(
            info.folder / backups.MANIFEST_NAME,
            backups.manifest_bytes(info.created_at, info.reason, files),
        )
        _remove_folder(source)


def _remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    parent = folder.parent
    with contextlib.suppress(OSError):
        parent.rmdir()  # the backup's reset folder, once empty


def remove(area: ResetArea, backup_roots: Iterable[Path]) -> None:
    """Delete a reset area and its backup copies for good."""
    shutil.rmtree(area.folder, ignore_errors=True)
    for root in backup_roots:
        for info in backups.list_backups(root):
            source = info.folder / RESET_FOLDER / area.name
            if source.is_dir():
                _remove_folder(source)


def purge_expired(journal_folder: Path, backup_roots: Iterable[Path], now: datetime) -> int:
    """Remove the reset areas older than ``KEEP_DAYS`` (and their backup copies), also
    copies left in backups whose journal-side folder is already gone. Returns how many
    reset areas were removed from the journal."""
    roots = list(backup_roots)
    expired = [area for area in _all(journal_folder) if area.expired(now)]
    for area in expired:
        remove(area, roots)
    for root in roots:
        for info in backups.list_backups(root):
            folder = info.folder / RESET_FOLDER
            if not folder.is_dir():
                continue
            for copy in folder.iterdir():
                parsed = _parse(copy)
                if parsed is not None and parsed.expired(now):
                    _remove_folder(copy)
    return len(expired)


def recover_unfinished(journal_folder: Path) -> None:
    """Put back the files of a reset that was killed before it finished (its temporary
    folder is still there), unless the member has an area in place again."""
    root = reset_root(journal_folder)
    if not root.is_dir():
        return
    personal = journal_folder / _PERSONAL
    for temp in root.glob(f"{TEMP_PREFIX}*"):
        if not temp.is_dir():
            continue
        for path in temp.iterdir():
            if path.is_file() and not (personal / path.name).exists():
                os.replace(path, personal / path.name)
        legacy = temp / LEGACY_FOLDER
        if legacy.is_dir():
            target = journal_folder / backups.BACKUP_FOLDER
            for path in legacy.iterdir():
                if not (target / path.name).exists():
                    os.replace(path, target / path.name)
            with contextlib.suppress(OSError):
                legacy.rmdir()
        if any(temp.iterdir()):
            # A file could not go back (its place is taken): keep it as a reset area.
            os.replace(temp, root / temp.name.removeprefix(TEMP_PREFIX))
        else:
            temp.rmdir()
    fsync_folder(root)
    if personal.is_dir():
        fsync_folder(personal)
