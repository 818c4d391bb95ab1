"""Generated journals of n debriefs, built once and kept in a cache folder for reuse.

    from journals import journal_of, fresh_copy   # (benchmarks/ on sys.path)
    folder = fresh_copy(journal_of(10_000), tmp)   # a copy to measure on, the cache untouched
    folder = journal_of_size(tmp, 10_000)          # the same in one call

Building 10,000 entries takes minutes; every benchmark of the same size and schema version
reuses the one built first. The cache lives under the system's temporary folder
(``$TMPDIR/tyopari-bench``, or ``$TYOPARI_BENCH_CACHE``), keyed by the number of entries, the
pair schema version and ``GENERATOR_VERSION``, so a schema change builds anew. The text comes from
``benchmarks/debriefs.py``'s ``generate`` (its passphrase, its words, one rare word in every
2,000 entries and a common one in each).
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
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # the benchmarks import each other as scripts

from debriefs import COMMON_WORD, PASSPHRASE, RARE_WORD, generate  # noqa: E402

SIZES = (1_000, 5_000, 10_000)
# Raised when ``generate`` makes a different journal from the same schema (2: the base-form
# index is stamped with its analyser, as after the app's first unlock).
GENERATOR_VERSION = 2
CACHE = Path(os.environ.get("TYOPARI_BENCH_CACHE", Path(tempfile.gettempdir()) / "tyopari-bench"))

__all__ = [
    "COMMON_WORD",
    "PASSPHRASE",
    "RARE_WORD",
    "SIZES",
    "fresh_copy",
    "journal_of",
    "journal_of_size",
]


def journal_of(entries: int) -> Path:
    """The cached journal folder of ``entries`` generated debriefs (built when missing)."""
    version = schema.latest_version(schema.PAIR_MIGRATIONS)
    folder = CACHE / f"v{version}-g{GENERATOR_VERSION}-{entries}"
    if (folder / "pair.db").exists() and (folder / ".complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    generate(folder, entries)
    took = time.perf_counter() - started
    (folder / ".complete").write_text(f"{took:.1f} s\n")
    print(f"generated {entries} debriefs in {took:.1f} s", flush=True)
    return folder


def fresh_copy(folder: Path, into: Path) -> Path:
    """A copy of a cached journal folder to open and change (the cache stays as built)."""
    target = into / folder.name
    if target.resolve() == folder.resolve():
        # ``--journals`` naming the cache folder itself would delete the cached journal.
        raise ValueError(f"{into} is the cache folder: copy into another folder")
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns(".complete", "backups"))
    return target


def journal_of_size(root: Path, entries: int) -> Path:
    """A fresh copy under ``root`` of the cached journal of ``entries`` debriefs."""
    root.mkdir(parents=True, exist_ok=True)
    return fresh_copy(journal_of(entries), root)
