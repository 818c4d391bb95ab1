"""Generated journals of n debriefs, built once and kept in a cache folder for reuse.

    from journals import journal_of, fresh_copy   # (benchmarks/ on sys.path)
    folder = fresh_copy(journal_of(10_000), tmp)   # a copy to measure on, the cache untouched

Building 10,000 entries takes minutes; every benchmark of the same size and schema version
reuses the one built first. The cache lives under the system's temporary folder
(``$TMPDIR/tyoparipaivakirja-bench``), keyed by the number of entries and the pair schema
version, so a schema change builds anew. The text comes from ``benchmarks.debriefs.generate``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tyoparipaivakirja.storage import schema

HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("TYOPARI_BENCH_CACHE", Path(tempfile.gettempdir()) / "tyopari-bench"))


def journal_of(entries: int) -> Path:
    """The cached journal folder of ``entries`` generated debriefs (built when missing)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))  # the benchmarks import each other as scripts
    from debriefs import generate

    version = schema.latest_version(schema.PAIR_MIGRATIONS)
    folder = CACHE / f"v{version}-{entries}"
    if (folder / "pair.db").exists() and (folder / ".complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    generate(folder, entries)
    (folder / ".complete").write_text(f"{time.perf_counter() - started:.1f} s\n")
    return folder


def fresh_copy(folder: Path, into: Path) -> Path:
    """A copy of a cached journal folder to open and change (the cache stays as built)."""
    target = into / folder.name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns(".complete", "backups"))
    return target
