"""Generated journals of 1,000, 5,000 and 10,000 debriefs for the GUI benchmarks.

    from journals import journal_of_size, SIZES

The journals are made with ``benchmarks/debriefs.py``'s ``generate`` (its passphrase,
its words, one rare word in every 2,000 entries and a common one in each) and kept in a
folder (``--journals DIR``) so later runs reuse them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from debriefs import COMMON_WORD, PASSPHRASE, RARE_WORD, generate

SIZES = (1_000, 5_000, 10_000)

__all__ = ["COMMON_WORD", "PASSPHRASE", "RARE_WORD", "SIZES", "journal_of_size"]


def journal_of_size(root: Path, entries: int) -> Path:
    """The journal of ``entries`` debriefs under ``root``, generated on first use."""
    folder = root / f"debriefs-{entries}"
    if not (folder / "pair.db").exists():
        started = time.perf_counter()
        generate(folder, entries)
        print(f"generated {entries} debriefs in {time.perf_counter() - started:.1f} s", flush=True)
    return folder
