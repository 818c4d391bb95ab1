"""PySide6's import hook, made lighter (issue 16); imported first by ``gui.app``.

PySide6 checks every module imported after it for the word "PySide6" (its
``__feature__`` switches) with ``inspect.getsource``, which keeps the source of every
module the app imports in ``linecache`` for the life of the process: several MB of
memory and a slower start. The same check, reading the file without keeping it, is put
in its place; where PySide6 has no such hook (another version, a frozen app without
sources) nothing changes. Not in ``gui/__init__``: importing the package must not load
Qt (the layering test walks it).
"""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads the hook this replaces)


def _lighter_feature_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "lighter", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                return b"PySide6" in Path(file).read_bytes()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.lighter = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    # What the original read for the modules imported before this one: let it go.
    linecache.clearcache()


_lighter_feature_check()
