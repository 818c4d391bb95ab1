"""Benchmark: where an edited debrief's save spends its time, and what the settings cost.

    .venv/bin/python benchmarks/save_cost.py [--sizes 1000 5000 10000] [--edits 300] [--runs 3]

For each size and each setting, on a fresh copy of a cached generated journal
(``benchmarks.journals``) unlocked anew (so its write-ahead log starts empty, as after
every unlock: the lock empties it), the newest ``--edits`` entries are edited (a word added to
"what happened") and saved with ``DebriefStore.save``, as ``storage_scale.py`` does. It
reports the save's p50/p95, the ``COMMIT`` alone (where the log is written and, under
``synchronous = FULL``, fsynced) and the rest (the statements and Python), each as the
median of ``--runs`` runs with their spread (min–max of the runs).

The settings compared:

- ``app``: what the app runs (``storage.cipher``: ``synchronous = FULL``,
  ``cipher_memory_security = ON``);
- ``sync NORMAL``: the same with ``synchronous = NORMAL`` (no fsync at commit in WAL mode);
- ``memsec OFF``: the app's settings except SQLCipher's memory security (which wipes and
  locks every SQLite allocation; once on it stays on for the process, so each setting runs
  in a child process of its own);
- ``memsec OFF + NORMAL``.

Also the bare cost of one fsync of a 4 KiB write on the disk the journals are on. Only
``app`` is what users get; the others say where the time goes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

# Each setting: SQLCipher's memory security on, and the ``synchronous`` level to set
# (None: the app's own).
SETTINGS: dict[str, tuple[bool, str | None]] = {
    "app": (True, None),
    "sync NORMAL": (True, "NORMAL"),
    "memsec OFF": (False, None),
    "memsec OFF + NORMAL": (False, "NORMAL"),
}


def one_run(size: int, edits: int, setting: str) -> dict[str, float]:
    """In this (child) process: the save times of one setting at one size, in ms."""
    memory_security, synchronous = SETTINGS[setting]
    if not memory_security:
        # Set before the app's first connection turns it on (it cannot be turned off).
        import sqlcipher3

        from tyoparipaivakirja.storage import cipher

        probe = sqlcipher3.connect(":memory:")
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.execute("PRAGMA cipher_memory_security = OFF")
        probe.close()
        cipher._quieted = True  # measuring only
    from debriefs import PASSPHRASE, percentile
    from journals import fresh_copy, journal_of

    from tyoparipaivakirja.storage import serial
    from tyoparipaivakirja.storage.folder import open_journal

    timings: list[float] = []
    execute = serial.SerialConnection.execute

    def timed(self: serial.SerialConnection, sql: str, parameters: object = ()) -> object:
        if sql != "COMMIT":
            return execute(self, sql, parameters)  # type: ignore[arg-type]
        start = time.perf_counter()
        try:
            return execute(self, sql, parameters)  # type: ignore[arg-type]
        finally:
            timings.append(time.perf_counter() - start)

    serial.SerialConnection.execute = timed  # type: ignore[method-assign,assignment]
    with tempfile.TemporaryDirectory() as temp:
        folder = fresh_copy(journal_of(size), Path(temp))
        journal = open_journal(folder, PASSPHRASE)
        journal.debriefs.refresh_lemmas()  # once, in the background after the first unlock
        journal.lock()  # the lock empties the log: every session starts with an empty one
        journal = open_journal(folder, PASSPHRASE)
        if synchronous:
            journal.connection().execute(f"PRAGMA synchronous = {synchronous}")
        owner = journal.members.all()[0].member_id
        entries = [journal.debriefs.get(s.entry_id) for s in journal.debriefs.entries(limit=edits)]
        timings.clear()
        saves = []
        for index, entry in enumerate(entries):
            changed = replace(entry, what_happened=f"{entry.what_happened} muokattu{index}")
            start = time.perf_counter()
            journal.debriefs.save(changed, owner, date.today())
            saves.append(time.perf_counter() - start)
        commits = list(timings)  # not the lock's
        journal.lock()
    rest = [save - commit for save, commit in zip(saves, commits, strict=True)]
    return {
        "save p50": statistics.median(saves) * 1000,
        "save p95": percentile(saves, 0.95) * 1000,
        "COMMIT p50": statistics.median(commits) * 1000,
        "COMMIT p95": percentile(commits, 0.95) * 1000,
        "rest p50": statistics.median(rest) * 1000,
    }


def fsync_ms(folder: Path, sync: object = os.fsync, times: int = 200) -> tuple[float, float]:
    """p50 and p95 of overwriting 4 KiB of a file and syncing it (``os.fsync``, or
    ``os.fdatasync`` as SQLite does on Linux), on the disk of ``folder``."""
    from debriefs import percentile

    path = folder / "fsync.probe"
    took = []
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.pwrite(descriptor, b"x" * 4096 * 64, 0)  # overwritten below, as a log is
        os.fsync(descriptor)
        for index in range(times):
            os.pwrite(descriptor, b"x" * 4096, (index % 64) * 4096)
            start = time.perf_counter()
            sync(descriptor)  # type: ignore[operator]
            took.append(time.perf_counter() - start)
    finally:
        os.close(descriptor)
        path.unlink()
    return statistics.median(took) * 1000, percentile(took, 0.95) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10_000])
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settings", nargs="+", default=list(SETTINGS), choices=list(SETTINGS))
    parser.add_argument("--child", nargs=2, metavar=("SIZE", "SETTING"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(int(args.child[0]), args.edits, args.child[1])))
        return 0
    from journals import CACHE, journal_of

    for size in args.sizes:
        journal_of(size)  # built once, before any timing
    for name in ("fsync", "fdatasync"):
        p50, p95 = fsync_ms(CACHE, getattr(os, name))
        print(f"{name} after overwriting 4 KiB on {CACHE}: p50 {p50:.2f} ms, p95 {p95:.2f} ms")
    results: dict[tuple[int, str], list[dict[str, float]]] = {}
    # Interleaved: every setting once per round, so a busy moment hits them all alike.
    for _ in range(args.runs):
        for size in args.sizes:
            for setting in args.settings:
                child = ["--edits", str(args.edits), "--child", str(size), setting]
                done = subprocess.run(
                    [sys.executable, __file__, *child],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                results.setdefault((size, setting), []).append(json.loads(done.stdout))
    names = ["save p50", "save p95", "COMMIT p50", "COMMIT p95", "rest p50"]
    print(f"\n| ms, median of {args.runs} runs (min–max) | size | {' | '.join(names)} |")
    print(f"|---|---|{'---|' * len(names)}")
    for (size, setting), runs in results.items():
        cells = []
        for name in names:
            values = [run[name] for run in runs]
            cells.append(f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})")
        print(f"| {setting} | {size} | {' | '.join(cells)} |")
    print(f"cores: {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
