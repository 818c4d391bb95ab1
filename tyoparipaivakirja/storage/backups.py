"""Encrypted backups of a whole journal folder: snapshot, list, verify, rotate, restore.

A backup is a folder ``<root>/<YYYYMMDD-HHMMSS>-<reason>/`` holding byte copies of the
journal's encrypted files (the pair journal, its check file, every personal area and
its check file, each still under its own passphrase) and ``manifest.json``. The
manifest says when and why the copy was made, by which app and schema version, and
lists every file with its size and SHA-256. It holds no journal content: what a backup
contains (how many debriefs, role split versions…) is read only after it is unlocked
with the pair passphrase (``inspect_backup``).

A snapshot is written under a temporary name (``.tmp-…``) and renamed into place
only when every file and the manifest are on disk, so a process killed mid-backup
leaves the earlier backups as they were and no half backup that looks complete.
The caller holds the journal's folder lock, and every connection of this process
is idle (or closed), so the copied files form one consistent state.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from tyoparipaivakirja import __version__
from tyoparipaivakirja.core.errors import (
    BackupInvalid,
    JournalError,
    NoUsableBackup,
    StorageFailed,
    StorageFull,
)
from tyoparipaivakirja.storage import cipher, schema
from tyoparipaivakirja.storage.files import (
    FILE_MODE,
    ensure_private_folder,
    fsync_folder,
)

BACKUP_FOLDER = "backups"
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "tyoparipaivakirja-backup"
MANIFEST_VERSION = 1
TEMP_PREFIX = ".tmp-"
SECOND_LOCATION_PREFIX = "tyoparipaivakirja-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_PAIR_FILES = ("pair.db", "pair.check.db")
_PERSONAL_FOLDER = "personal"
_COPY_CHUNK = 1024 * 1024


class BackupReason(StrEnum):
    """Why a backup was made; only ``DAILY`` copies are ever removed by rotation."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One copied file: its path relative to the backup folder, size and SHA-256."""

    path: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup as its manifest describes it (no journal content)."""

    folder: Path
    created_at: datetime
    reason: BackupReason
    app_version: str
    files: tuple[BackupFile, ...]

    @property
    def personal_areas(self) -> int:
        return len(
            [
                f
                for f in self.files
                if f.path.startswith(f"{_PERSONAL_FOLDER}/")
                and f.path.endswith(".db")
                and not f.path.endswith(".check.db")
            ]
        )

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a backup's pair journal holds, read with the pair passphrase."""

    schema_version: int
    members: int
    debriefs: int
    follow_ups: int
    role_revisions: int
    shared_trends: int
    supervision_sessions: int
    personal_areas: int


# --- which files make a journal ----------------------------------------------


def journal_files(folder: Path) -> list[str]:
    """The journal's database files, relative to ``folder`` with ``/`` separators.

    A write-ahead log with content is part of its database's state (a crash may have
    left one behind a closed file), so a non-empty ``-wal`` file is listed too.
    """
    names: list[str] = [name for name in _PAIR_FILES if (folder / name).is_file()]
    personal = folder / _PERSONAL_FOLDER
    if personal.is_dir():
        names += [
            f"{_PERSONAL_FOLDER}/{p.name}"
            for p in sorted(personal.glob("*.db"))
            if not p.name.startswith(".")  # a temporary copy, never part of the journal
        ]
    with_logs: list[str] = []
    for name in names:
        with_logs.append(name)
        wal = folder / f"{name}-wal"
        if wal.is_file() and wal.stat().st_size > 0:
            with_logs.append(f"{name}-wal")
    return with_logs


def _side_files(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


# --- writing -------------------------------------------------------------------


def _copy_and_hash(source: Path, target: Path) -> BackupFile:
    digest = hashlib.sha256()
    size = 0
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        while chunk := src.read(_COPY_CHUNK):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return BackupFile(path="", size=size, sha256=digest.hexdigest())


def hash_file(path: Path) -> str:
    """The SHA-256 of a file, as a manifest lists it."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_COPY_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _backup_name(root: Path, moment: datetime, reason: BackupReason) -> str:
    base = f"{moment.astimezone(UTC).strftime('%Y%m%d-%H%M%S')}-{reason.value}"
    name, counter = base, 1
    while (root / name).exists():
        counter += 1
        name = f"{base}-{counter}"
    return name


def manifest_bytes(moment: datetime, reason: BackupReason, files: Sequence[BackupFile]) -> bytes:
    """The manifest of a backup made at ``moment`` for ``reason`` holding ``files``."""
    document = {
        "format": MANIFEST_FORMAT,
        "format_version": MANIFEST_VERSION,
        "created_at": moment.astimezone(UTC).isoformat(timespec="seconds"),
        "reason": reason.value,
        "app_version": __version__,
        # The newest schema versions this app writes (files are migrated on opening).
        "app_schema_versions": {
            "pair": schema.latest_version(schema.PAIR_MIGRATIONS),
            "personal": schema.latest_version(schema.PERSONAL_MIGRATIONS),
        },
        "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in files],
    }
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")


def remove_unfinished(root: Path) -> None:
    """Remove temporary folders left by a backup that was killed before it finished."""
    if not root.is_dir():
        return
    for leftover in root.glob(f"{TEMP_PREFIX}*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def create_snapshot(
    journal_folder: Path,
    root: Path,
    reason: BackupReason,
    moment: datetime | None = None,
) -> BackupInfo:
    """Copy the journal's encrypted files into a new backup under ``root``.

    The caller holds the journal's folder lock, and no write is under way. Raises
    ``StorageFull`` when the disk fills and ``StorageFailed`` for other failures;
    either way nothing new is left under ``root`` and earlier backups are untouched.
    """
    moment = moment or datetime.now(UTC)
    names = journal_files(journal_folder)
    if not names:
        raise StorageFailed("no journal files to back up")
    try:
        ensure_private_folder(root)
        remove_unfinished(root)
        name = _backup_name(root, moment, reason)
        temp = root / f"{TEMP_PREFIX}{name}"
        ensure_private_folder(temp)
        try:
            copied: list[BackupFile] = []
            for relative in names:
                target = temp / relative
                if not target.parent.is_dir():
                    ensure_private_folder(target.parent)
                result = _copy_and_hash(journal_folder / relative, target)
                copied.append(BackupFile(relative, result.size, result.sha256))
            manifest = temp / MANIFEST_NAME
            fd = os.open(manifest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            with os.fdopen(fd, "wb") as handle:
                handle.write(manifest_bytes(moment, reason, copied))
                handle.flush()
                os.fsync(handle.fileno())
            for folder in {temp, *((temp / n).parent for n in names)}:
                fsync_folder(folder)
            final = root / name
            os.replace(temp, final)
            fsync_folder(root)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
    except OSError as error:
        raise _os_error(error, "backup") from None
    return BackupInfo(final, moment, reason, __version__, tuple(copied))


def _os_error(error: OSError, what: str) -> JournalError:
    if error.errno == errno.ENOSPC:
        return StorageFull(f"no space for the {what}")
    return StorageFailed(f"{what} failed: {type(error).__name__} errno {error.errno}")


# --- reading -------------------------------------------------------------------


def read_backup(folder: Path) -> BackupInfo:
    """Read a backup's manifest; raises ``BackupInvalid`` when it is missing or unreadable."""
    try:
        document = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        if document.get("format") != MANIFEST_FORMAT:
            raise BackupInvalid("not a backup manifest")
        files = tuple(
            BackupFile(str(f["path"]), int(f["size"]), str(f["sha256"])) for f in document["files"]
        )
        created = datetime.fromisoformat(str(document["created_at"]))
        reason = BackupReason(str(document["reason"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise BackupInvalid(f"no readable manifest in {folder.name}") from None
    for item in files:
        # A manifest never points outside its own folder.
        if item.path.startswith("/") or ".." in Path(item.path).parts:
            raise BackupInvalid("manifest path leaves the backup folder")
    return BackupInfo(folder, created, reason, str(document.get("app_version", "")), files)


def list_backups(root: Path) -> list[BackupInfo]:
    """Every readable backup under ``root``, newest first (unfinished ones are skipped)."""
    if not root.is_dir():
        return []
    found: list[BackupInfo] = []
    for folder in root.iterdir():
        if not folder.is_dir() or folder.name.startswith(TEMP_PREFIX):
            continue
        with contextlib.suppress(BackupInvalid):
            found.append(read_backup(folder))
    return sorted(found, key=lambda info: (info.created_at, info.folder.name), reverse=True)


def backup_problems(info: BackupInfo) -> list[str]:
    """Files that are missing or differ from the manifest (empty when the backup is whole)."""
    problems: list[str] = []
    if not any(f.path == _PAIR_FILES[0] for f in info.files):
        problems.append("no pair journal in the backup")
    for item in info.files:
        path = info.folder / item.path
        try:
            if path.stat().st_size != item.size or hash_file(path) != item.sha256:
                problems.append(f"{item.path} differs from the manifest")
        except OSError:
            problems.append(f"{item.path} is missing")
    return problems


def inspect_backup(info: BackupInfo, pair_passphrase: str) -> BackupContents:
    """Open the backup's pair journal read-only with the pair passphrase and count.

    Nothing in the backup folder changes. Raises ``WrongPassphrase`` when the backup
    was made under another passphrase, ``JournalCorrupt`` when it cannot be read.
    """
    pair = info.folder / _PAIR_FILES[0]
    has_log = any(f.path == f"{_PAIR_FILES[0]}-wal" for f in info.files)
    conn = cipher.connect_read_only(pair, pair_passphrase, with_log=has_log)
    try:
        return _count(conn, info.personal_areas)
    except cipher.DatabaseError as exc:
        raise cipher.translate_error(exc) from None
    finally:
        cipher.close_quietly(conn)


def _count(conn: cipher.Connection, personal_areas: int) -> BackupContents:
    tables = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}

    def count(table: str, where: str = "") -> int:
        if table not in tables:
            return 0
        return int(conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])

    return BackupContents(
        schema_version=int(conn.execute("PRAGMA user_version").fetchone()[0]),
        members=count("members"),
        debriefs=count("debriefs", "WHERE deleted_at IS NULL"),
        follow_ups=count("follow_ups"),
        role_revisions=count("role_revisions"),
        shared_trends=count("shared_stress_trends"),
        supervision_sessions=count("supervision_sessions"),
        personal_areas=personal_areas,
    )


def opens_with(info: BackupInfo, pair_passphrase: str) -> bool:
    """True when the backup is whole, opens with the passphrase and passes a quick check."""
    if backup_problems(info):
        return False
    has_log = any(f.path == f"{_PAIR_FILES[0]}-wal" for f in info.files)
    try:
        conn = cipher.connect_read_only(
            info.folder / _PAIR_FILES[0], pair_passphrase, with_log=has_log
        )
    except JournalError:
        return False
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return [tuple(row) for row in rows] == [("ok",)]
    except cipher.DatabaseError:
        return False
    finally:
        cipher.close_quietly(conn)


def newest_good_backup(roots: Iterable[Path], pair_passphrase: str) -> BackupInfo:
    """The newest backup (under any of ``roots``) that is whole and opens with the passphrase."""
    candidates = [info for root in roots for info in list_backups(root)]
    candidates.sort(key=lambda info: info.created_at, reverse=True)
    for info in candidates:
        if info.reason is BackupReason.BEFORE_RESTORE:
            continue  # a safety copy of a journal that was being replaced, maybe damaged
        if opens_with(info, pair_passphrase):
            return info
    raise NoUsableBackup("no intact backup opens with this passphrase")


# --- rotation ------------------------------------------------------------------


def backups_to_keep(backups: Sequence[BackupInfo]) -> set[Path]:
    """Of the daily backups: the newest of each of the last 7 days that have one, and the
    first of each of the last 4 ISO weeks (weeks start on Monday) that have one."""
    daily = sorted(
        (b for b in backups if b.reason is BackupReason.DAILY),
        key=lambda b: b.created_at,
        reverse=True,
    )
    keep: set[Path] = set()
    days: dict[date, BackupInfo] = {}
    for item in daily:
        days.setdefault(item.created_at.astimezone().date(), item)
    keep.update(info.folder for info in list(days.values())[:KEEP_DAILY])
    weeks: dict[tuple[int, int], BackupInfo] = {}
    for item in daily:  # newest first, so the last one seen per week is its first
        iso = item.created_at.astimezone().isocalendar()
        weeks[(iso.year, iso.week)] = item
    for week in sorted(weeks, reverse=True)[:KEEP_WEEKLY]:
        keep.add(weeks[week].folder)
    return keep


def rotate(root: Path) -> list[Path]:
    """Remove daily backups beyond 7 daily and 4 weekly copies; returns what was removed.

    Backups made for any other reason (by hand, before a migration or a restore) are
    never removed automatically.
    """
    backups = list_backups(root)
    keep = backups_to_keep(backups)
    removed: list[Path] = []
    for info in backups:
        if info.reason is BackupReason.DAILY and info.folder not in keep:
            shutil.rmtree(info.folder, ignore_errors=True)
            removed.append(info.folder)
    return removed


def has_daily_backup_on(root: Path, day: date) -> bool:
    """True when ``root`` holds a daily backup made on ``day`` (local time)."""
    return any(
        info.reason is BackupReason.DAILY and info.created_at.astimezone().date() == day
        for info in list_backups(root)
    )


# --- restore -------------------------------------------------------------------


def restore_snapshot(journal_folder: Path, info: BackupInfo) -> BackupInfo | None:
    """Replace the journal's files with the backup's. The caller holds the folder lock.

    The backup is checked against its manifest first; a damaged one raises
    ``BackupInvalid`` and changes nothing. The journal's current files are copied
    into a ``before-restore`` backup first (returned; None when there was nothing
    to keep). Database files not in the backup (a personal area created later) are
    moved out of the way into that safety copy, never simply deleted.
    """
    problems = backup_problems(info)
    if problems:
        raise BackupInvalid(f"backup does not match its manifest ({len(problems)} problems)")
    safety: BackupInfo | None = None
    staged: list[tuple[Path, Path]] = []
    try:
        ensure_private_folder(journal_folder)
        if journal_files(journal_folder):
            safety = create_snapshot(
                journal_folder, journal_folder / BACKUP_FOLDER, BackupReason.BEFORE_RESTORE
            )
        # Every file is copied beside its place first, so a full disk or a failing copy
        # leaves the journal as it was; only then are the copies renamed into place.
        for item in info.files:
            target = journal_folder / item.path
            ensure_private_folder(target.parent)
            temp = target.with_name(f"{TEMP_PREFIX}{target.name}")
            temp.unlink(missing_ok=True)
            staged.append((temp, target))
            _copy_and_hash(info.folder / item.path, temp)
        wanted = {f.path for f in info.files}
        for relative in journal_files(journal_folder):
            path = journal_folder / relative
            if relative not in wanted and not relative.endswith("-wal"):
                path.unlink()
            for side in _side_files(path):
                side.unlink(missing_ok=True)
        for temp, target in staged:
            os.replace(temp, target)
        for folder in {target.parent for _temp, target in staged}:
            fsync_folder(folder)
    except OSError as error:
        for temp, _target in staged:
            temp.unlink(missing_ok=True)
        raise _os_error(error, "restore") from None
    return safety
