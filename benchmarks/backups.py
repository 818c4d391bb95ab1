"""Benchmark: how long backups, restore, export and import take on a journal.

    .venv/bin/python benchmarks/backups.py [--journal DIR --passphrase TEXT]

Without ``--journal`` it measures the demo journal. For a large journal, make one with
``benchmarks/debriefs.py --keep DIR`` and pass ``--journal DIR --passphrase
benchmark kanerva majakka routa 2026``. The journal is copied to a temporary folder first, so the
given one is never changed. Real key derivation throughout.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tyoparipaivakirja.demo import DEMO_PAIR_PASSPHRASE, write_demo
from tyoparipaivakirja.storage import backups
from tyoparipaivakirja.storage.files import write_export
from tyoparipaivakirja.storage.folder import back_up_folder, open_journal, restore_backup
from tyoparipaivakirja.storage.portable import export_bytes, import_document, read_import_file

NEW_PASSPHRASE = "benchmark uusi kanerva lusikka vuori 2027"


def timed[T](label: str, action: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = action()
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")
    return result


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--journal", type=Path)
    parser.add_argument("--passphrase", default=DEMO_PAIR_PASSPHRASE)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "journal"
        if args.journal is None:
            write_demo(folder)
        else:
            shutil.copytree(args.journal, folder, ignore=shutil.ignore_patterns("backups"))
        print(f"journal files: {size_mb(folder):.1f} MB")
        out = Path(temp) / "out"
        info = timed("backup, locked journal (CLI `backup`)", lambda: back_up_folder(folder, out))
        journal = open_journal(folder, args.passphrase)
        timed("backup now, open journal (app)", journal.back_up_now)
        timed("daily backup on lock (app)", lambda: journal.lock(daily_backup=True))
        timed("read contents of one backup", lambda: backups.inspect_backup(info, args.passphrase))
        timed("restore (with safety copy)", lambda: restore_backup(folder, info.folder))
        journal = open_journal(folder, args.passphrase)
        data = timed("export (build the file)", lambda: export_bytes(journal, {}))
        journal.lock()
        target = Path(temp) / "export.json"
        timed("export (write file)", lambda: write_export(target, data))
        print(f"export file: {target.stat().st_size / 1e6:.1f} MB")
        checked = timed("import (read and validate)", lambda: read_import_file(target))
        timed(
            "import (write new journal)",
            lambda: import_document(checked, Path(temp) / "new", NEW_PASSPHRASE, {}),
        )


if __name__ == "__main__":
    main()
