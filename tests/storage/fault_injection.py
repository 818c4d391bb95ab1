"""A counting fault injector for file-system steps, in-process or by SIGKILL in a fork.

Every ``os`` call the app makes to change files (open, write, fsync, replace, rename,
unlink, mkdir, rmdir) goes through the wrapped functions while the injector is armed.
Steps on paths under ``root`` are counted; at step ``fail_at`` the injector either
raises ``InjectedCrash`` (the operation's own failure paths run) or kills its own
process with SIGKILL (nothing more runs: a power cut as far as the files can tell).
SQLite's own page writes happen in C below this layer; their atomicity is SQLite's
(write-ahead log, synchronous=FULL) and is covered by the random-kill tests.
"""

from __future__ import annotations

import contextlib
import os
import signal
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class InjectedCrash(BaseException):
    """Raised at the chosen step: like a crash, not an error the app expects."""


@dataclass
class Injector:
    root: Path
    fail_at: int | None = None
    kill: bool = False
    steps: list[tuple[str, str]] = field(default_factory=list)
    _fds: dict[int, str] = field(default_factory=dict)

    def _inside(self, path: object) -> str | None:
        if isinstance(path, int):
            return self._fds.get(path)
        try:
            text = os.fsdecode(os.fspath(path))  # type: ignore[call-overload]
        except TypeError:
            return None
        absolute = os.path.abspath(text)
        return absolute if absolute.startswith(str(self.root)) else None

    def step(self, kind: str, path: str | None) -> None:
        if path is None:
            return
        self.steps.append((kind, path))
        if self.fail_at is not None and len(self.steps) == self.fail_at:
            if self.kill:
                os.kill(os.getpid(), signal.SIGKILL)
            raise InjectedCrash(f"{kind} {path}")

    @contextlib.contextmanager
    def armed(self) -> Iterator[Injector]:
        """Wrap the ``os`` functions for the duration of the block."""
        real: dict[str, Callable[..., Any]] = {}

        def wrap(name: str, kind: str, which: int = 0, opens: bool = False) -> None:
            original = getattr(os, name)
            real[name] = original

            def wrapper(*args: Any, **kwargs: Any) -> Any:
                target = args[which] if len(args) > which else None
                dir_fd = kwargs.get("dir_fd")
                if dir_fd is not None and target is not None and dir_fd in self._fds:
                    inside: str | None = os.path.join(self._fds[dir_fd], os.fsdecode(target))
                else:
                    inside = self._inside(target) if target is not None else None
                self.step(kind, inside)
                result = original(*args, **kwargs)
                if opens and inside is not None and isinstance(result, int):
                    self._fds[result] = inside
                return result

            setattr(os, name, wrapper)

        def wrap_close() -> None:
            original = os.close
            real["close"] = original

            def close(fd: int) -> None:
                self._fds.pop(fd, None)
                original(fd)

            os.close = close

        wrap("open", "open", opens=True)
        wrap("write", "write")
        wrap("fsync", "fsync")
        wrap("replace", "rename")
        wrap("rename", "rename")
        wrap("unlink", "unlink")
        wrap("remove", "unlink")
        wrap("mkdir", "mkdir")
        wrap("rmdir", "rmdir")
        wrap_close()
        try:
            yield self
        finally:
            for name, original in real.items():
                setattr(os, name, original)


def count_steps(root: Path, action: Callable[[], None]) -> list[tuple[str, str]]:
    """Run ``action`` once without failing and return every step it took under ``root``."""
    injector = Injector(root)
    with injector.armed():
        action()
    return injector.steps


def raise_at(root: Path, step: int, action: Callable[[], None]) -> bool:
    """Run ``action`` with ``InjectedCrash`` raised at ``step``; True when it was raised."""
    injector = Injector(root, fail_at=step)
    try:
        with injector.armed():
            action()
    except InjectedCrash:
        return True
    return False


def kill_at(root: Path, step: int, prepare: Callable[[], Callable[[], None]]) -> int:
    """In a forked child, run ``prepare()`` (not counted: it opens what the action needs,
    so no lock or connection is shared with this process), then the action it returns,
    SIGKILLing itself at ``step``.

    Returns the child's wait status: killed by SIGKILL, or exit 0 when the action ended
    before that step (exit 3 when it raised).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork with Qt's idle threads
        pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            action = prepare()
            with Injector(root, fail_at=step, kill=True).armed():
                action()
        except BaseException:
            code = 3
        os._exit(code)
    _pid, status = os.waitpid(pid, 0)
    return status
