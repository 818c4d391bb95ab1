"""One writer per journal: an OS file lock that dies with the process holding it.

The lock is an advisory lock on ``journal.lock`` inside the journal folder. The
operating system releases it when the holder exits or is killed, so a crash never
leaves a stale lock behind; the (empty) file itself may stay and means nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tyoparipaivakirja.core.errors import JournalInUse
from tyoparipaivakirja.storage.files import FILE_MODE

LOCK_FILE_NAME = "journal.lock"


class FolderLock:
    """An exclusive, non-blocking lock on a journal folder."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_FILE_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise ``JournalInUse`` at once."""
        if self._fd is not None:
            return
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            _lock_nonblocking(fd)
        except OSError:
            os.close(fd)
            raise JournalInUse("the journal lock is held by another process") from None
        self._fd = fd

    def release(self) -> None:
        """Give the lock back; safe to call twice."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock_nonblocking(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_nonblocking(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
