"""Owner-only files and folders, and atomic writes of whole files."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from tyoparipaivakirja.core.errors import ExportFailed, StorageFull

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) if needed and make it owner-only."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    os.chmod(folder, FOLDER_MODE)


def make_private(path: Path) -> None:
    """Make an existing file owner-only (a no-op where it has vanished)."""
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


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that a reader sees the old file or the new, never half."""
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        make_private(temp)
        os.replace(temp, target)
        fsync_folder(folder)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` atomically, owner-only."""
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        make_private(temp)
        os.replace(temp, target)
        fsync_folder(folder)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_export(target: Path, data: bytes) -> None:
    """Write a file the user asked for (a PDF) atomically, owner-only.

    A full disk is ``StorageFull``; any other failure (no permission, a vanished
    folder) is ``ExportFailed``. Either way an existing file at ``target`` is untouched.
    """
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull(f"no space for {target.name}") from None
        raise ExportFailed(f"cannot write {target.name}: {exc.strerror}") from None
