"""Refresh the Finnish, Swedish and English catalogues from the sources and compile them.

    .venv/bin/python tools/update_translations.py

Runs pyside6-lupdate over every module of the package (new strings arrive marked
unfinished, strings no longer in the code are dropped), then pyside6-lrelease to
build the .qm files the app loads. Translate unfinished entries in the .ts files (Qt
Linguist, ``pyside6-linguist``, or any editor) and run this again.

English is the source language, so its catalogue holds only the strings with a count
(``%n``), whose singular and plural forms English needs too (``-pluralonly``).

The labels of the table registry (``storage.registry``: "%n debriefs", the words that
count a backup's contents) are data, not ``translate`` calls lupdate can find: this
tool writes them as such calls into a temporary source file for lupdate, in the
context ``Tables``, so a label described once in the registry reaches every catalogue.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tyoparipaivakirja"
I18N = ROOT / "resources" / "i18n"
CATALOGUES = [I18N / f"tyoparipaivakirja_{language}.ts" for language in ("fi", "sv", "en")]
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py"))


def registry_labels_source(folder: Path) -> Path:
    """A source file lupdate reads the registry's table labels from (see the docstring)."""
    sys.path.insert(0, str(ROOT))
    from tyoparipaivakirja.storage.registry import labels

    lines = [f"translate({'Tables'!r}, {label!r}, '', n)" for label in labels()]
    path = folder / "registry_labels.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def language_of(ts_file: Path) -> str:
    """``tyoparipaivakirja_sv.ts`` → ``sv``."""
    return ts_file.stem.rsplit("_", 1)[-1]


def lupdate(ts_file: Path) -> None:
    plural_only = ["-pluralonly"] if language_of(ts_file) == SOURCE_LANGUAGE else []
    with tempfile.TemporaryDirectory() as folder:
        _lupdate(ts_file, plural_only, registry_labels_source(Path(folder)))


def _lupdate(ts_file: Path, plural_only: list[str], labels: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            str(labels),
            *plural_only,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language_of(ts_file),
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
    )


def main() -> int:
    for ts_file in CATALOGUES:
        lupdate(ts_file)
        lrelease(ts_file, ts_file.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
