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
import json
import os
import re
import secrets
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
    UnsafeLink,
)
from tyoparipaivakirja.storage import cipher, recovery, registry, schema
from tyoparipaivakirja.storage.files import (
    copy_file,
    create_private_file,
    ensure_private_folder,
    fsync_folder,
    is_full_disk_error,
    is_link,
    open_for_reading,
    refuse_link,
    remove_path,
    temp_path,
    write_all,
)
from tyoparipaivakirja.storage.files import hash_file as files_hash
from tyoparipaivakirja.storage.layout import BACKUP_FOLDER as BACKUP_FOLDER
from tyoparipaivakirja.storage.layout import (
    JOURNAL_TAG,
    PAIR_CHECK_FILE,
    PAIR_FILE,
    PERSONAL_FOLDER,
    RESTORE_STAGING_PREFIX,
    is_database_name,
    read_journal_tag,
)
from tyoparipaivakirja.storage.layout import TEMP_PREFIX as TEMP_PREFIX

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "tyoparipaivakirja-backup"
MANIFEST_VERSION = 1
SECOND_LOCATION_PREFIX = "tyoparipaivakirja-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_PAIR_FILES = (PAIR_FILE, PAIR_CHECK_FILE)
_PERSONAL_FOLDER = PERSONAL_FOLDER
_MAX_MANIFEST_SIZE = 1024 * 1024
_SHA256 = re.compile("[0-9a-f]{64}")


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
    # The tag of the journal the backup was made of (None in backups made by versions
    # before 0.2): layout.journal_tag, never the journal's id.
    journal_tag: str | None = None

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
    """What a backup's pair journal holds, read with the pair passphrase: how many rows
    of each table the registry counts (``Table.counted``), and how many own areas."""

    schema_version: int
    counts: tuple[tuple[str, int], ...]  # (table name, rows), in the registry's order
    personal_areas: int

    def count(self, table: str) -> int:
        return dict(self.counts).get(table, 0)


# --- which files make a journal ----------------------------------------------


def journal_files(folder: Path) -> list[str]:
    """The journal's database files, relative to ``folder`` with ``/`` separators.

    Only the journal's own names count (never a temporary copy or a stray file), and a
    link where one of them should be is refused (``UnsafeLink``), never followed. A
    write-ahead log with content is part of its database's state (a crash may have
    left one behind a closed file), so a non-empty ``-wal`` file is listed too.
    """
    for name in (*_PAIR_FILES, _PERSONAL_FOLDER):
        refuse_link(folder / name)
    names: list[str] = [name for name in _PAIR_FILES if (folder / name).is_file()]
    personal = folder / _PERSONAL_FOLDER
    if personal.is_dir():
        for path in sorted(personal.iterdir()):
            relative = f"{_PERSONAL_FOLDER}/{path.name}"
            if is_database_name(relative) and not relative.endswith("-wal"):
                refuse_link(path)
                names.append(relative)
    with_logs: list[str] = []
    for name in names:
        with_logs.append(name)
        wal = folder / f"{name}-wal"
        refuse_link(wal)
        if wal.is_file() and wal.stat().st_size > 0:
            with_logs.append(f"{name}-wal")
    return with_logs


# --- writing -------------------------------------------------------------------


def hash_file(path: Path) -> str:
    """The SHA-256 of a file (read without following a link), as a manifest lists it."""
    return files_hash(path).sha256


def _backup_name(root: Path, moment: datetime, reason: BackupReason) -> str:
    base = f"{moment.astimezone(UTC).strftime('%Y%m%d-%H%M%S')}-{reason.value}"
    name, counter = base, 1
    while (root / name).exists():
        counter += 1
        name = f"{base}-{counter}"
    return name


def manifest_bytes(
    moment: datetime,
    reason: BackupReason,
    files: Sequence[BackupFile],
    journal_tag: str | None = None,
) -> bytes:
    """The manifest of a backup made at ``moment`` for ``reason`` holding ``files``, of
    the journal with ``journal_tag`` (``layout.journal_tag``; None when unknown)."""
    document = {
        "format": MANIFEST_FORMAT,
        "format_version": MANIFEST_VERSION,
        **({"journal_tag": journal_tag} if journal_tag else {}),
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
    if not root.is_dir() or is_link(root):
        return
    for leftover in root.glob(f"{TEMP_PREFIX}*"):
        remove_path(leftover)


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
    tag = read_journal_tag(journal_folder)
    try:
        ensure_private_folder(root)
        remove_unfinished(root)
        name = _backup_name(root, moment, reason)
        with temp_path(root) as temp:
            ensure_private_folder(temp)
            copied: list[BackupFile] = []
            for relative in names:
                target = temp / relative
                if not target.parent.is_dir():
                    ensure_private_folder(target.parent)
                result = copy_file(journal_folder / relative, target)
                copied.append(BackupFile(relative, result.size, result.sha256))
            fd = create_private_file(temp / MANIFEST_NAME)
            try:
                write_all(fd, manifest_bytes(moment, reason, copied, tag))
                os.fsync(fd)
            finally:
                os.close(fd)
            for folder in {temp, *((temp / n).parent for n in names)}:
                fsync_folder(folder)
            final = root / name
            os.replace(temp, final)
            fsync_folder(root)
    except OSError as error:
        raise _os_error(error, "backup") from None
    return BackupInfo(final, moment, reason, __version__, tuple(copied), tag)


def _os_error(error: OSError, what: str) -> JournalError:
    if is_full_disk_error(error):
        return StorageFull(f"no space for the {what}")
    return StorageFailed(f"{what} failed: {type(error).__name__} errno {error.errno}")


# --- reading -------------------------------------------------------------------


def read_backup(folder: Path) -> BackupInfo:
    """Read and check a backup's manifest; raises ``BackupInvalid`` when it is missing,
    unreadable, or lists anything but the journal's own database files."""
    try:
        fd = open_for_reading(folder / MANIFEST_NAME)
        try:
            raw = os.read(fd, _MAX_MANIFEST_SIZE + 1)
        finally:
            os.close(fd)
        if len(raw) > _MAX_MANIFEST_SIZE:
            raise BackupInvalid("manifest too large")
        document = json.loads(raw.decode("utf-8"))
        if document.get("format") != MANIFEST_FORMAT:
            raise BackupInvalid("not a backup manifest")
        files = tuple(
            BackupFile(str(f["path"]), int(f["size"]), str(f["sha256"])) for f in document["files"]
        )
        created = datetime.fromisoformat(str(document["created_at"]))
        reason = BackupReason(str(document["reason"]))
        tag = document.get("journal_tag")
    except (OSError, ValueError, KeyError, TypeError, AttributeError, UnsafeLink):
        raise BackupInvalid(f"no readable manifest in {folder.name}") from None
    if tag is not None and not (isinstance(tag, str) and JOURNAL_TAG.fullmatch(tag)):
        raise BackupInvalid("manifest journal tag is not one")
    seen: set[str] = set()
    for item in files:
        # Only the journal's own names: never a path outside, a lock, a stray file.
        if not is_database_name(item.path) or item.path in seen:
            raise BackupInvalid("manifest lists a file that is not the journal's own")
        if item.size < 0 or not _SHA256.fullmatch(item.sha256):
            raise BackupInvalid("manifest entry is not valid")
        seen.add(item.path)
    return BackupInfo(folder, created, reason, str(document.get("app_version", "")), files, tag)


def list_backups(root: Path) -> list[BackupInfo]:
    """Every readable backup under ``root``, newest first (unfinished ones are skipped)."""
    if not root.is_dir():
        return []
    found: list[BackupInfo] = []
    for folder in root.iterdir():
        if is_link(folder) or not folder.is_dir() or folder.name.startswith(TEMP_PREFIX):
            continue
        with contextlib.suppress(BackupInvalid):
            found.append(read_backup(folder))
    return sorted(found, key=lambda info: (info.created_at, info.folder.name), reverse=True)


def backup_problems(info: BackupInfo) -> list[str]:
    """Files that are missing, links, or differ from the manifest (empty when whole)."""
    problems: list[str] = []
    if not any(f.path == _PAIR_FILES[0] for f in info.files):
        problems.append("no pair journal in the backup")
    if is_link(info.folder / _PERSONAL_FOLDER):
        return [*problems, "personal is a link"]
    for item in info.files:
        try:
            found = files_hash(info.folder / item.path)
        except UnsafeLink:
            problems.append(f"{item.path} is a link")
        except OSError:
            problems.append(f"{item.path} is missing")
        else:
            if found.size != item.size or found.sha256 != item.sha256:
                problems.append(f"{item.path} differs from the manifest")
    return problems


def _pair_of(info: BackupInfo) -> Path:
    pair = info.folder / _PAIR_FILES[0]
    refuse_link(pair)
    return pair


def inspect_backup(info: BackupInfo, pair_passphrase: str) -> BackupContents:
    """Open the backup's pair journal read-only with the pair passphrase and count.

    Nothing in the backup folder changes. Raises ``WrongPassphrase`` when the backup
    was made under another passphrase, ``JournalCorrupt`` when it cannot be read.
    """
    pair = _pair_of(info)
    has_log = any(f.path == f"{_PAIR_FILES[0]}-wal" for f in info.files)
    conn = cipher.connect_read_only(pair, pair_passphrase, with_log=has_log)
    try:
        return _count(conn, info.personal_areas)
    except cipher.DatabaseError as exc:
        raise cipher.translate_error(exc) from None
    finally:
        cipher.close_quietly(conn)


def _count(conn: cipher.Connection, personal_areas: int) -> BackupContents:
    """Count what the registry counts; a table an older backup lacks counts 0."""
    tables = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    counts: list[tuple[str, int]] = []
    for table in registry.tables(registry.Database.PAIR):
        if not table.counted:
            continue
        found = 0
        if table.name in tables:
            where = registry.export_where(table)
            sql = f"SELECT count(*) FROM {table.name}" + (f" WHERE {where}" if where else "")
            found = int(conn.execute(sql).fetchone()[0])
        counts.append((table.name, found))
    return BackupContents(
        schema_version=int(conn.execute("PRAGMA user_version").fetchone()[0]),
        counts=tuple(counts),
        personal_areas=personal_areas,
    )


def opens_with(info: BackupInfo, pair_passphrase: str) -> bool:
    """True when the backup is whole, opens with the passphrase and passes a quick check."""
    if backup_problems(info):
        return False
    has_log = any(f.path == f"{_PAIR_FILES[0]}-wal" for f in info.files)
    try:
        conn = cipher.connect_read_only(_pair_of(info), pair_passphrase, with_log=has_log)
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
    """Replace the journal's files with the backup's, crash-atomically. The caller holds
    the folder lock (and has run recovery).

    The backup is checked against its manifest first; a damaged one raises
    ``BackupInvalid`` and changes nothing. The journal's current files are copied into
    a ``before-restore`` backup (returned; None when there was nothing to keep). The
    backup's files are then copied into a staging folder inside the journal folder and
    checked again as copied; an intent file commits the switch, which moves them into
    place and removes database files the backup does not have (a personal area made
    later: it is in the safety copy). A kill at any point leaves the journal wholly as
    it was or, once committed, wholly restored by the next open (``storage.recovery``).
    """
    problems = backup_problems(info)
    if problems:
        raise BackupInvalid(f"backup does not match its manifest ({len(problems)} problems)")
    safety: BackupInfo | None = None
    staging = journal_folder / f"{RESTORE_STAGING_PREFIX}{secrets.token_hex(6)}"
    try:
        ensure_private_folder(journal_folder)
        current = journal_files(journal_folder)
        if current:
            safety = create_snapshot(
                journal_folder, journal_folder / BACKUP_FOLDER, BackupReason.BEFORE_RESTORE
            )
        ensure_private_folder(staging)
        for item in info.files:
            target = staging / item.path
            if not target.parent.is_dir():
                ensure_private_folder(target.parent)
            copied = copy_file(info.folder / item.path, target)
            if copied.size != item.size or copied.sha256 != item.sha256:
                raise BackupInvalid(f"{item.path} changed while it was copied")
        for folder in {staging, *((staging / f.path).parent for f in info.files)}:
            fsync_folder(folder)
        if any(f.path.startswith(f"{_PERSONAL_FOLDER}/") for f in info.files):
            ensure_private_folder(journal_folder / _PERSONAL_FOLDER)
        fsync_folder(journal_folder)
        wanted = {f.path for f in info.files}
        intent = recovery.Intent(
            "restore",
            moves=tuple((f"{staging.name}/{f.path}", f.path) for f in info.files),
            remove=tuple(name for name in current if name not in wanted),
            staging=staging.name,
        )
        recovery.commit(journal_folder, intent)
    except OSError as error:
        raise _os_error(error, "restore") from None
    finally:
        # Before the commit point the staged copies go; after it they are the restore.
        if not os.path.lexists(recovery.intent_path(journal_folder, "restore")):
            remove_path(staging)
    try:
        recovery.finish(journal_folder, intent)
    except OSError as error:
        # Committed: the next open (or restore) finishes what is left.
        raise _os_error(error, "restore") from None
    return safety
