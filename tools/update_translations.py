"""Refresh the Finnish, Swedish and English catalogues from the sources and compile them.

    .venv/bin/python tools/update_translations.py

Runs pyside6-lupdate over every module of the package (new strings arrive marked
unfinished, strings no longer in the code are dropped), then pyside6-lrelease to
build the .qm files the app loads. Translate unfinished entries in the .ts files (Qt
Linguist, ``pyside6-linguist``, or any editor) and run this again.

English is the source language, so its catalogue holds only the strings with a count
(``%n``), whose singular and plural forms English needs too (``-pluralonly``).
"""

from __future__ import annotations

import subprocess
import sys
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


def language_of(ts_file: Path) -> str:
    """``tyoparipaivakirja_sv.ts`` → ``sv``."""
    return ts_file.stem.rsplit("_", 1)[-1]


def lupdate(ts_file: Path) -> None:
    plural_only = ["-pluralonly"] if language_of(ts_file) == SOURCE_LANGUAGE else []
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
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
