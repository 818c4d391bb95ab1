"""File-system primitives, in one place: every file the app writes goes through here.

- Owner-only folders and files (0700/0600), made without following links: a link where
  the journal keeps its own folders is refused (``UnsafeLink``), never followed or chmodded.
- Atomic writes: a temporary file in the same folder, written, flushed, fsynced and
  renamed; the temporary name is removed on every failure path.
- Temporary names are registered (``temp_path``) while they exist, so one left behind by
  a killed process is removed at the next start (``sweep_temps``), wherever it is.
- The output guard (``check_output_target``): a file the user asked for (an export, a
  PDF) never lands inside a journal folder or onto a database.

Writes use ``os`` calls on file descriptors (open, write, fsync, replace, unlink), so a
fault-injection test that wraps those functions sees every step.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import logging
import os
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tyoparipaivakirja.core.errors import (
    ExportFailed,
    StorageFailed,
    StorageFull,
    UnsafeLink,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.storage.layout import (
    SIDE_SUFFIXES,
    TEMP_PREFIX,
    TEMP_PREFIXES,
    is_journal_like,
)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
COPY_CHUNK = 1024 * 1024
# Where the app keeps its own small state (the temp registry, the error log); tests
# and portable installs point it elsewhere.
STATE_DIR_ENV = "TYOPARIPAIVAKIRJA_STATE_DIR"
_REGISTRY = "pending-temp"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_DATABASE_SUFFIXES = (".db", *(f".db{side}" for side in SIDE_SUFFIXES))
# Below this much free room for the user a disk counts as full: SQLite alone needs 32 KiB
# for a database's shared index and more for its log before the first change is saved.
FULL_DISK_MARGIN = 1024 * 1024

log = logging.getLogger("tyoparipaivakirja")


# --- where the app's own state lives ---------------------------------------------------


def os_errors_as_storage_failed[**P, R](action: Callable[P, R]) -> Callable[P, R]:
    """Report an operating-system failure (read-only disk, permissions, a file in the
    way) as the typed ``StorageFailed``, and a full disk as ``StorageFull``, so every
    caller handles one kind of error."""

    @functools.wraps(action)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return action(*args, **kwargs)
        except OSError as error:
            detail = f"{type(error).__name__} errno {error.errno}"
            if is_full_disk_error(error):
                raise StorageFull(detail) from None
            raise StorageFailed(detail) from None

    return wrapper


def state_dir() -> Path:
    """The app's private state folder (not the journal): temp registry and error log."""
    configured = os.environ.get(STATE_DIR_ENV)
    if configured:
        return Path(configured)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "Tyoparipaivakirja"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Tyoparipaivakirja"
    base = Path(os.environ.get("XDG_STATE_HOME") or home / ".local" / "state")
    return base / "tyoparipaivakirja"


# --- links and private folders ---------------------------------------------------------


def is_link(path: Path) -> bool:
    """True for a symbolic link (or a Windows junction), whatever it points at."""
    try:
        info = path.lstat()
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode):
        return True
    return bool(getattr(path, "is_junction", lambda: False)())


def refuse_link(path: Path) -> None:
    """Raise ``UnsafeLink`` when ``path`` is a link; the app never follows one."""
    if is_link(path):
        raise UnsafeLink(f"{path.name} is a link")


def ensure_private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) if needed and make it owner-only.

    A link in its place is refused, never followed, so a ``personal`` or ``backups``
    that points elsewhere cannot get its target's permissions changed.
    """
    refuse_link(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    refuse_link(folder)
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    os.chmod(folder, FOLDER_MODE)


def make_private(path: Path) -> None:
    """Make an existing file owner-only (a no-op where it has vanished or is a link)."""
    if is_link(path):
        return
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, FILE_MODE)


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file written by someone else (SQLite) to the disk."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` (``os.write`` may write less)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def create_private_file(path: Path) -> int:
    """A new owner-only file opened for writing; never follows or replaces anything."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, FILE_MODE)


def open_for_reading(path: Path) -> int:
    """Open a regular file for reading without following a link (``UnsafeLink``)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    except OSError as error:
        if error.errno == errno.ELOOP or is_link(path):
            raise UnsafeLink(f"{path.name} is a link") from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UnsafeLink(f"{path.name} is not a regular file")
    return fd


def remove_path(path: Path) -> None:
    """Remove a file, a link (never what it points at) or a whole folder; missing is fine."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISDIR(info.st_mode):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


# --- copies ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Copied:
    """What a copy wrote: its size and SHA-256."""

    size: int
    sha256: str


def copy_file(source: Path, target: Path) -> Copied:
    """Copy a regular file (never a link) to a new owner-only ``target``, fsynced.

    Returns the size and hash of the bytes written, read in the same pass, so what
    was checked is what was copied.
    """
    digest = hashlib.sha256()
    size = 0
    src = open_for_reading(source)
    try:
        out = create_private_file(target)
        try:
            while chunk := os.read(src, COPY_CHUNK):
                digest.update(chunk)
                write_all(out, chunk)
                size += len(chunk)
            os.fsync(out)
        finally:
            os.close(out)
    finally:
        os.close(src)
    return Copied(size, digest.hexdigest())


def hash_file(path: Path) -> Copied:
    """Size and SHA-256 of a regular file, read without following a link."""
    digest = hashlib.sha256()
    size = 0
    fd = open_for_reading(path)
    try:
        while chunk := os.read(fd, COPY_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    return Copied(size, digest.hexdigest())


# --- temporary names: removed on failure, swept after a kill ------------------------------


@contextlib.contextmanager
def temp_path(folder: Path, prefix: str = TEMP_PREFIX) -> Iterator[Path]:
    """A fresh temporary name in ``folder`` for a file or a folder the block creates.

    Whatever is still at that name when the block ends (normally, by an error, by
    Ctrl+C) is removed. While the block runs, the name is registered in the app's state
    folder under a lock that dies with the process, so ``sweep_temps`` at the next start
    removes what a killed process left, and never what a running one is writing.
    """
    path = folder / f"{prefix}{secrets.token_hex(8)}"
    entry = _register(path)
    try:
        yield path
    finally:
        try:
            remove_path(path)
        finally:
            _unregister(entry)


@dataclass(frozen=True, slots=True)
class _Entry:
    path: Path
    fd: int


def _register(path: Path) -> _Entry | None:
    from tyoparipaivakirja.storage.lockfile import _lock_nonblocking

    registry = state_dir() / _REGISTRY
    try:
        ensure_private_folder(registry)
        entry = registry / f"{secrets.token_hex(8)}.path"
        fd = os.open(entry, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, FILE_MODE)
    except OSError as error:
        # The temporary file is still removed on every failure path; only the sweep
        # after a kill is lost. Worth a line in the log, not a refusal.
        log.warning("temp registry unavailable: %s errno %s", type(error).__name__, error.errno)
        return None
    try:
        _lock_nonblocking(fd)
        write_all(fd, os.fsencode(str(path.absolute())))
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(entry)
        raise
    return _Entry(entry, fd)


def _unregister(entry: _Entry | None) -> None:
    if entry is None:
        return
    try:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(entry.path)
    finally:
        os.close(entry.fd)


def sweep_temps() -> int:
    """Remove temporary files and folders left by app processes that were killed.

    Only registered names whose process is gone (its lock on the entry is free) and
    whose file name has one of the app's temporary prefixes are removed. Returns how
    many were removed. Never raises: a sweep that cannot run is retried next time.
    """
    from tyoparipaivakirja.storage.lockfile import _lock_nonblocking

    registry = state_dir() / _REGISTRY
    removed = 0
    try:
        entries = sorted(registry.glob("*.path")) if registry.is_dir() else []
    except OSError:
        return 0
    for entry in entries:
        try:
            fd = os.open(entry, os.O_RDWR | _NOFOLLOW | _BINARY)
        except OSError:
            continue
        try:
            try:
                _lock_nonblocking(fd)
            except OSError:
                continue  # its process is still running
            raw = b""
            while chunk := os.read(fd, 4096):
                raw += chunk
            target = Path(os.fsdecode(raw)) if raw else None
            if target is not None and target.name.startswith(TEMP_PREFIXES):
                if is_link(target) or target.exists():
                    removed += 1
                remove_path(target)
            os.unlink(entry)
        except OSError as error:
            log.warning("temp sweep: %s errno %s", type(error).__name__, error.errno)
        finally:
            os.close(fd)
    return removed


# --- whole files, atomically ---------------------------------------------------------------


def atomic_write_bytes(target: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (or its pieces, one after the other) to ``target`` so that a reader
    sees the old file or the new, never half."""
    folder = target.parent
    with temp_path(folder) as temp:
        fd = create_private_file(temp)
        try:
            for piece in [data] if isinstance(data, bytes) else data:
                write_all(fd, piece)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
        fsync_folder(folder)


def atomic_copy(source: Path, target: Path) -> Copied:
    """Copy ``source`` (a regular file, never a link) to ``target`` atomically, owner-only."""
    folder = target.parent
    with temp_path(folder) as temp:
        copied = copy_file(source, temp)
        os.replace(temp, target)
        fsync_folder(folder)
    return copied


# --- files the user asked for: never onto a journal ------------------------------------------


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def check_output_target(target: Path) -> None:
    """Refuse a place for an export, a PDF or another file the user asked for when it
    would land inside a journal folder (the journal's own or any other) or a backup, or
    onto an existing database file. ``ValidationError(OUTPUT, …)``; nothing is written.

    The one rule for the command line and every save dialog of the app.
    """
    resolved = _resolved(target)
    candidates = {target.absolute(), resolved}
    for path in candidates:
        if path.name.lower().endswith(_DATABASE_SUFFIXES) and (is_link(path) or path.exists()):
            raise ValidationError(ValidationField.OUTPUT, ValidationReason.ONTO_DATABASE)
        if path.is_dir():
            raise ValidationError(ValidationField.OUTPUT, ValidationReason.NOT_A_FILE)
        for folder in path.parents:
            if is_journal_like(folder):
                raise ValidationError(ValidationField.OUTPUT, ValidationReason.INSIDE_JOURNAL)


def is_full_disk_error(error: OSError) -> bool:
    """The operating system said the disk (or the user's quota on it) is full."""
    return error.errno in (errno.ENOSPC, errno.EDQUOT)


def free_bytes(folder: Path) -> int | None:
    """How much room the user has left on the disk of ``folder`` (None: unknown)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_is_full(folder: Path) -> bool:
    """True when the disk of ``folder`` has (almost) no room left for the user.

    SQLite reports a database's shared index that cannot grow as a plain I/O error, not as
    a full disk: after an I/O error, this tells the two apart."""
    free = free_bytes(folder)
    return free is not None and free < FULL_DISK_MARGIN


def write_export(target: Path, data: bytes | Iterable[bytes]) -> None:
    """Write a file the user asked for (an export, a PDF) atomically, owner-only; ``data``
    may come in pieces (written one after the other).

    Refused with ``ValidationError(OUTPUT, …)`` inside a journal folder or onto a
    database (``check_output_target``). A full disk is ``StorageFull``; any other
    failure (no permission, a vanished folder) is ``ExportFailed``. Either way an
    existing file at ``target`` is untouched and no temporary file is left.
    """
    check_output_target(target)
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        if is_full_disk_error(exc):
            raise StorageFull(f"no space for {target.name}") from None
        raise ExportFailed(f"cannot write {target.name}: {exc.strerror}") from None
