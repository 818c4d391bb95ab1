"""Nothing decrypted leaves the process: no core dumps, no tracebacks, a content-free log.

Used by the command line and the app alike (no Qt here):

- ``disable_core_dumps``: a crash after unlocking must not write the process's memory
  (check-in notes, own reflections) to a core file: RLIMIT_CORE 0, and on Linux
  PR_SET_DUMPABLE 0, which also keeps other processes of the same user from reading
  its memory through ptrace or /proc.
- ``setup_logging``: the standard ``logging`` logger ``tyoparipaivakirja`` writes to an
  owner-only (0600) log file in the app's state folder. Only types, codes and code
  locations are logged, never values: an exception's message can quote what a user typed.
- ``record_unexpected``: a fault in the app gets a short error id; the log gets the id,
  the exception's type and where it happened. The caller shows the user a sentence with
  the id (``messages.unexpected_error_message``).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import logging.handlers
import os
import secrets
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from tyoparipaivakirja.storage import files

LOGGER_NAME = "tyoparipaivakirja"
LOG_FILE = "tyoparipaivakirja.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 2
_PR_SET_DUMPABLE = 4
# Error ids avoid letters that are easily mixed up when read aloud over the phone.
_ID_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"

log = logging.getLogger(LOGGER_NAME)


def disable_core_dumps() -> bool:
    """Turn core dumps off for this process; True when every available step succeeded."""
    ok = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        ok = sys.platform == "win32"  # Windows has no resource module and no core files
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            ok = libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and ok
        except (OSError, AttributeError):
            ok = False
    return ok


def log_path() -> Path:
    return files.state_dir() / LOG_FILE


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created owner-only (0600), never wider."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, files.FILE_MODE)
        os.chmod(self.baseFilename, files.FILE_MODE)
        return os.fdopen(fd, "a", encoding="utf-8")


def setup_logging() -> Path | None:
    """Send the ``tyoparipaivakirja`` logger to the owner-only log file (once per process).

    Returns the log file, or None when the state folder cannot be written (the app
    then runs without a log rather than not at all).
    """
    for handler in log.handlers:
        if isinstance(handler, _PrivateRotatingHandler):
            return Path(handler.baseFilename)
    path = log_path()
    try:
        files.ensure_private_folder(path.parent)
        handler = _PrivateRotatingHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def new_error_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(6))


def describe(error: BaseException, trace: TracebackType | None) -> str:
    """The exception's type and the code locations it passed, without any values."""
    frames = traceback.extract_tb(trace)
    where = " < ".join(
        f"{Path(frame.filename).name}:{frame.lineno} {frame.name}" for frame in reversed(frames)
    )
    return f"{type(error).__module__}.{type(error).__qualname__} at {where or '?'}"


def record_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """Log an unexpected error without content; return the id the user is shown."""
    error_id = new_error_id()
    with contextlib.suppress(Exception):  # reporting a fault must never raise another
        setup_logging()
        log.error("unexpected error %s: %s", error_id, describe(error, trace))
    return error_id


def start() -> None:
    """What every start (app or command) does first: no core dumps, the log, and the
    sweep of temporary files a killed run may have left."""
    disable_core_dumps()
    setup_logging()
    with contextlib.suppress(Exception):
        removed = files.sweep_temps()
        if removed:
            log.info("removed %d temporary files left by an earlier run", removed)
