"""Benchmark: the storage rows of issue 16 at 1k, 5k and 10k debriefs.

    .venv/bin/python benchmarks/storage_scale.py [--sizes 1000 5000 10000] [--edits 300]

For each size, on a fresh copy of a cached generated journal (``benchmarks.journals``):
unlock (passphrase → journal open, and the key derivation alone for comparison),
edit-save p50/p95 (existing entries edited and saved), search at the storage level
(a rare word, a word in every entry, a Finnish inflected form), export JSON in-process and
through the command line, and the size of pair.db after lock. Times are wall-clock on
this machine; compare runs made side by side.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from debriefs import COMMON_WORD, PASSPHRASE, RARE_WORD, percentile, print_table
from export import cli
from journals import fresh_copy, journal_of

from tyoparipaivakirja.actions.export import export_journal
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.debriefs import ANALYSER_KEY
from tyoparipaivakirja.storage.folder import open_journal

FINNISH_FORM = "velan"  # the genitive of "velka", which the generated text has as "velka"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def measure(folder: Path, edits: int, work: Path) -> dict[str, str]:
    row: dict[str, str] = {}
    keycheck = folder / "pair.check.db"
    kdf = []
    for _ in range(3):
        start = time.perf_counter()
        assert database.passphrase_opens(keycheck, PASSPHRASE)
        kdf.append(time.perf_counter() - start)
    unlock = []
    for _ in range(5):
        start = time.perf_counter()
        journal = open_journal(folder, PASSPHRASE)
        unlock.append(time.perf_counter() - start)
        journal.lock()
    row["key derivation"] = ms(statistics.median(kdf))
    row["unlock"] = ms(statistics.median(unlock))

    journal = open_journal(folder, PASSPHRASE)
    start = time.perf_counter()
    # What the app runs in the background after the list shows:
    getattr(journal, "check_file", lambda: None)()
    row["file check (background)"] = ms(time.perf_counter() - start)
    # The base forms of every entry, made in the background when the analyser changed
    # (Voikko installed later): forced here by dropping the stamp the generator wrote.
    journal.connection().execute("DELETE FROM meta WHERE key = ?", (ANALYSER_KEY,))
    start = time.perf_counter()
    journal.debriefs.refresh_lemmas()
    row["base forms built (background)"] = ms(time.perf_counter() - start)
    owner = journal.members.all()[0].member_id
    summaries = journal.debriefs.entries(limit=edits)
    saves = []
    for index, summary in enumerate(summaries):
        entry = journal.debriefs.get(summary.entry_id)
        changed = replace(entry, what_happened=f"{entry.what_happened} muokattu{index}")
        start = time.perf_counter()
        journal.debriefs.save(changed, owner, date.today())
        saves.append(time.perf_counter() - start)
    row["save p50"] = ms(statistics.median(saves))
    row["save p95"] = ms(percentile(saves, 0.95))
    for label, word in (("rare", RARE_WORD), ("every", COMMON_WORD), ("fi form", FINNISH_FORM)):
        times, hits = [], 0
        for _ in range(20):
            start = time.perf_counter()
            hits = len(journal.debriefs.search(word, limit=50))
            times.append(time.perf_counter() - start)
        row[f"search {label}"] = f"{ms(statistics.median(times))} ({hits})"
    out = work / "export.json"
    start = time.perf_counter()
    export_journal(journal, out, {})  # what the app's export runs
    row["export"] = ms(time.perf_counter() - start)
    start = time.perf_counter()
    journal.lock()
    row["lock"] = ms(time.perf_counter() - start)
    row["size MB"] = f"{(folder / 'pair.db').stat().st_size / 1e6:.1f}"
    out.unlink()
    row["CLI export"] = ms(cli(folder, out, dict(os.environ)))
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10_000])
    parser.add_argument("--edits", type=int, default=300)
    args = parser.parse_args()
    rows = {}
    with tempfile.TemporaryDirectory() as temp:
        for size in args.sizes:
            cached = journal_of(size)
            rows[size] = measure(fresh_copy(cached, Path(temp)), args.edits, Path(temp))
            print(size, rows[size], flush=True)
    print_table("ms (search: hits)", rows)
    print(f"cores: {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
