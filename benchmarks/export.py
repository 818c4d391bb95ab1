"""Benchmark: export JSON at 1k, 5k and 10k debriefs, in-process and through the CLI.

    .venv/bin/python benchmarks/export.py [--sizes 1000 5000 10000] [--runs 5]

On a fresh copy of each cached generated journal (``benchmarks.journals``):

- in-process: ``actions.export.export_journal`` on an open journal (what the GUI's worker
  runs), and its split: building the file's bytes (reading, decrypting, converting,
  encoding) and writing them (the atomic, owner-only write with its fsync);
- CLI: ``python -m tyoparipaivakirja export`` from process start to exit (start-up,
  imports, key derivation, the export, the lock), with its bytecode compiled as an
  installed app has it.

Runs are interleaved (in-process, CLI, in-process, …); each row gives the median and the
spread (min–max). Times are wall-clock on this machine: compare runs made side by side.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from debriefs import print_table
from journals import PASSPHRASE, fresh_copy, journal_of

from tyoparipaivakirja.actions.export import export_journal
from tyoparipaivakirja.storage import portable
from tyoparipaivakirja.storage.files import write_export
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal

CLI = (sys.executable, "-m", "tyoparipaivakirja")


def _build(journal: Journal) -> Callable[[], bytes]:
    """How this version builds the file's bytes (before: a document, then ``encode``)."""
    if hasattr(portable, "export_bytes"):
        return lambda: portable.export_bytes(journal, {})
    return lambda: portable.encode(portable.export_document(journal, {}))


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def shown(times: list[float]) -> str:
    ms = [t * 1000 for t in times]
    return f"{statistics.median(ms):.0f} ({min(ms):.0f}–{max(ms):.0f})"


def in_process(folder: Path, out: Path) -> tuple[float, float, float]:
    """One export on an open journal: the whole action, then its two halves."""
    journal = open_journal(folder, PASSPHRASE)
    try:
        whole = timed(lambda: export_journal(journal, out, {}))
        build = _build(journal)
        start = time.perf_counter()
        data = build()
        built = time.perf_counter() - start
        written = timed(lambda: write_export(out, data))
    finally:
        journal.lock()
    return whole, built, written


def cli(folder: Path, out: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [*CLI, "export", str(folder), "--out", str(out), "--passphrase-stdin"],
        input=PASSPHRASE + "\n\n\n",
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    took = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    return took


def measure(folder: Path, runs: int, work: Path) -> dict[str, str]:
    out = work / "vienti.json"
    # The CLI as installed: its modules' bytecode compiled once (the built app ships it;
    # a shell with PYTHONDONTWRITEBYTECODE and no __pycache__ would compile every module
    # of the app at every start, about 80 ms more here).
    installed = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    installed["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    cli(folder, out, installed)  # compiles the bytecode
    out.unlink()
    times: dict[str, list[float]] = {
        "export in-process": [],
        "  building the bytes": [],
        "  writing the file": [],
        "export CLI": [],
    }
    size = 0
    for _ in range(runs):
        whole, built, written = in_process(folder, out)
        size = out.stat().st_size
        out.unlink()
        times["export in-process"].append(whole)
        times["  building the bytes"].append(built)
        times["  writing the file"].append(written)
        times["export CLI"].append(cli(folder, out, installed))
        out.unlink()
    return {**{name: shown(found) for name, found in times.items()}, "file MB": f"{size / 1e6:.1f}"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = {}
    with tempfile.TemporaryDirectory() as temp:
        for size in args.sizes:
            folder = fresh_copy(journal_of(size), Path(temp))
            rows[size] = measure(folder, args.runs, Path(temp))
            print(size, rows[size], flush=True)
    print_table(f"ms, median (min–max) of {args.runs}", rows)
    print(f"cores: {os.cpu_count()}, load: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
