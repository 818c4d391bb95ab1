"""How long work says how far it is, and hears that it should stop.

Work that may take seconds (an export, an import, opening many backups) takes a
``Tick``: it calls ``tick(done, total)`` between steps. The tick records how far the work
is and raises ``Cancelled`` once the user asked it to stop, so the work ends at the next
step boundary, cleaning up as on any other exception (its temporary files go, nothing
half-written is left). ``no_progress`` is the tick of a caller that shows nothing and
never cancels (the command line). ``Progress`` is the tick the GUI's task runner hands to
work on another thread: thread-safe, read by the GUI to draw its progress line.

Pure Python: no Qt, no files.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

type Tick = Callable[[int, int], None]


class Cancelled(Exception):
    """The user asked the work to stop; it stopped at a step boundary and left nothing."""


def no_progress(done: int, total: int) -> None:
    """A tick that shows nothing and never cancels."""


class Progress:
    """A thread-safe tick: the work reports steps, the GUI reads them and may cancel."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._guard = threading.Lock()
        self._done = 0
        self._total = 0

    def __call__(self, done: int, total: int) -> None:
        """Record ``done`` of ``total`` steps; raise ``Cancelled`` if asked to stop."""
        with self._guard:
            self._done, self._total = max(0, done), max(0, total)
        self.check()

    def check(self) -> None:
        """Raise ``Cancelled`` if the work was asked to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def steps(self) -> tuple[int, int]:
        """(done, total) as last reported; total 0 while the work has not said."""
        with self._guard:
            return self._done, self._total
