"""Benchmark: where an edited debrief's save spends its time, and what the settings cost.

    .venv/bin/python benchmarks/save_cost.py [--sizes 1000 5000 10000] [--edits 300] [--runs 3]

For each size and each setting, on a fresh copy of a cached generated journal
(``benchmarks.journals``) unlocked anew (so its write-ahead log starts empty, as after
every unlock: the lock empties it), the newest ``--edits`` entries are edited and saved
with ``DebriefStore.save``. Each edit adds to "what happened" either a token without base
forms (``--edit token``, as ``storage_scale.py`` does) or a real word new to the entry
(``--edit word``: its base forms change too, as a user's edit often does). It reports
the save's p50/p95, the ``COMMIT`` alone (where the log is written and, under
``synchronous = FULL``, fsynced) and the rest (the statements and Python), each as the
median of ``--runs`` runs with their spread (min–max of the runs).

The settings compared:

- ``app``: what the app runs (``storage.cipher``: ``synchronous = FULL``, SQLCipher's
  memory security at its default, off);
- ``sync NORMAL``: the same with ``synchronous = NORMAL`` (no fsync at commit in WAL mode);
- ``memsec ON``: the app's settings with SQLCipher's memory security on (which wipes and
  locks every SQLite allocation; once on it stays on for the process, so each setting runs
  in a child process of its own);
- ``memsec ON + NORMAL`` (until issue 16 the app ran with memory security on).

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
    "app": (False, None),
    "sync NORMAL": (False, "NORMAL"),
    "memsec ON": (True, None),
    "memsec ON + NORMAL": (True, "NORMAL"),
}


# Real words the generated text does not hold: an edit adding one brings new base forms.
NEW_WORDS = (
    "vuokrasopimus",
    "toimeentulotuki",
    "päihdehoito",
    "asumisneuvonta",
    "velkajärjestely",
    "työkokeilu",
    "kuntoutus",
    "lastensuojelu",
    "mielenterveys",
)
EDITS = {
    # storage_scale.py's edit: a token Voikko has no base form for.
    "token": lambda index: f"muokattu{index}",
    # A real word new to the entry: its base forms change too (what a user's edit often does).
    "word": lambda index: NEW_WORDS[index % len(NEW_WORDS)],
}


def one_run(size: int, edits: int, setting: str, edit: str = "token") -> dict[str, float]:
    """In this (child) process: the save times of one setting at one size, in ms."""
    memory_security, synchronous = SETTINGS[setting]
    if memory_security:
        # Process-wide, for every connection this child makes (as the app did until
        # issue 16).
        import sqlcipher3

        probe = sqlcipher3.connect(":memory:")
        probe.execute("PRAGMA cipher_memory_security = ON")
        probe.close()
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
            changed = replace(entry, what_happened=f"{entry.what_happened} {EDITS[edit](index)}")
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


def fsync_ms(folder: Path, *, grow: bool, times: int = 200) -> tuple[float, float]:
    """p50 and p95 of ``os.fdatasync`` (what SQLite calls on Linux) after writing 4 KiB
    to a file on the disk of ``folder``: over blocks written before (``grow`` False: a
    log reused after a checkpoint) or at its end (a log growing, as after every unlock,
    whose new size must reach the file system's journal too)."""
    from debriefs import percentile

    path = folder / "fsync.probe"
    took = []
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if not grow:
            os.pwrite(descriptor, b"x" * 4096 * 64, 0)
            os.fsync(descriptor)
        for index in range(times):
            offset = index * 4096 if grow else (index % 64) * 4096
            os.pwrite(descriptor, b"x" * 4096, offset)
            start = time.perf_counter()
            os.fdatasync(descriptor)
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
    parser.add_argument(
        "--edit", choices=list(EDITS), default="token", help="what each edit adds (see EDITS)"
    )
    parser.add_argument("--child", nargs=2, metavar=("SIZE", "SETTING"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(int(args.child[0]), args.edits, args.child[1], args.edit)))
        return 0
    from journals import CACHE, journal_of

    for size in args.sizes:
        journal_of(size)  # built once, before any timing
    for grow, what in ((False, "over written blocks"), (True, "growing the file")):
        p50, p95 = fsync_ms(CACHE, grow=grow)
        print(f"fdatasync of 4 KiB {what} on {CACHE}: p50 {p50:.2f} ms, p95 {p95:.2f} ms")
    results: dict[tuple[int, str], list[dict[str, float]]] = {}
    # Interleaved: every setting once per round, so a busy moment hits them all alike.
    for _ in range(args.runs):
        for size in args.sizes:
            for setting in args.settings:
                child = ["--edits", str(args.edits), "--edit", args.edit]
                child += ["--child", str(size), setting]
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
