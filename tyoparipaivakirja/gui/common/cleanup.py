"""Clean-up that cannot stop the lock: each step runs on its own, a failure is recorded.

Locking and quitting must close the journal whatever a page's clean-up does. Each
clean-up step runs through ``guarded``: an exception is written to the standard
``logging`` logger named ``tyoparipaivakirja`` as the exception's type and the code
location only (an exception's message may quote what the user typed), and the next
step runs. ``alive`` tells whether a Qt object behind a Python reference still exists:
a dialog deleted with ``deleteLater`` leaves a Python wrapper that raises on any call.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QObject

LOGGER = logging.getLogger("tyoparipaivakirja")


def code_location(trace: TracebackType | None) -> str:
    """Where an exception was raised: file name, line and function, nothing else."""
    frames = traceback.extract_tb(trace)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno} in {last.name}"


def record_failure(step: str, error: BaseException) -> None:
    """Log a failed clean-up step: its fixed name, the exception type and where it was
    raised. Never the exception's message, which could quote journal content."""
    LOGGER.error(
        "%s failed: %s at %s", step, type(error).__name__, code_location(error.__traceback__)
    )


def guarded(step: str, action: Callable[[], object]) -> bool:
    """Run one clean-up step; True when it finished, False when it raised (recorded).

    ``step`` is a fixed name from the code (never user content)."""
    try:
        action()
    except Exception as error:  # a clean-up step never stops the lock
        record_failure(step, error)
        return False
    return True


def alive(obj: QObject | None) -> bool:
    """True when ``obj`` is a Qt object that has not been deleted yet."""
    return obj is not None and shiboken6.isValid(obj)
