"""Benchmark: what serialising a session's connections (``storage/serial.py``) costs.

    .venv/bin/python benchmarks/serial.py [--journal DIR] [--rounds 7]

On a 10,000-debrief journal (made by ``benchmarks/debriefs.py --keep DIR``, or generated
here) the same reads and writes the app makes are timed through the session's wrapped
connection and through the bare driver connection, alternating round by round so a
loaded machine slows both alike: the first page of the list, the count, a search for a
word in every entry, opening an entry, saving one, and a whole export. Medians in ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the journal maker beside it

from debriefs import COMMON_WORD, PASSPHRASE, generate, make_entry

from tyoparipaivakirja.core.search import DebriefFilter
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.portable import export_bytes
from tyoparipaivakirja.storage.session import Journal


def cases(journal: Journal) -> dict[str, Callable[[], object]]:
    owner = journal.members.all()[0].member_id
    rng = random.Random(3)
    first = journal.debriefs.entries(DebriefFilter(), 1, 0)[0].entry_id
    return {
        "list page (50)": lambda: journal.debriefs.entries(DebriefFilter(), 50, 0),
        "count": lambda: journal.debriefs.count(DebriefFilter()),
        "search, word in every entry": lambda: journal.debriefs.search(COMMON_WORD, limit=50),
        "open an entry": lambda: journal.debriefs.get(first),
        "save an entry": lambda: journal.debriefs.save(
            make_entry(rng, date.today(), 1, owner), owner, date.today()
        ),
        "export (the whole file)": lambda: export_bytes(journal, {}),
    }


def timed(action: Callable[[], object], repeat: int) -> float:
    best = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best.append(time.perf_counter() - start)
    return statistics.median(best) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--journal", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    folder = args.journal or Path(tempfile.mkdtemp()) / "journal"
    if not (folder / "pair.db").exists():
        generate(folder, 10_000)
    journal = open_journal(folder, PASSPHRASE)
    try:
        wrapped = journal.connection()
        bare = wrapped.driver
        results: dict[str, dict[str, list[float]]] = {}
        for _round in range(args.rounds):
            for name, action in cases(journal).items():
                repeat = 1 if name.startswith("export") else 10
                row = results.setdefault(name, {"serial": [], "bare": []})
                journal._conn = bare  # the driver itself, as before serial.py
                row["bare"].append(timed(action, repeat))
                journal._conn = wrapped
                row["serial"].append(timed(action, repeat))
        print(f"entries: {journal.debriefs.count()}, cores: {os.cpu_count()}")
        print(f"{'':32} {'bare':>9} {'serial':>9}")
        for name, row in results.items():
            bare_ms, serial_ms = statistics.median(row["bare"]), statistics.median(row["serial"])
            print(f"{name:32} {bare_ms:8.2f}  {serial_ms:8.2f}  ({serial_ms / bare_ms - 1:+.0%})")
    finally:
        journal.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
