"""Reading produced PDFs back with poppler's command-line tools (Debian: poppler-utils).

Tests that need them are skipped with a clear reason where poppler is not installed;
``scripts/setup.sh dev`` installs it when it can.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed: apt install poppler-utils",
)


def _run(tool: str, *args: str) -> str:
    return subprocess.run(
        [tool, *args], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout


def pdf_text(path: Path) -> str:
    """The text of every page, in reading order."""
    return _run("pdftotext", "-enc", "UTF-8", "-layout", str(path), "-")


def pdf_info(path: Path) -> dict[str, str]:
    """pdfinfo's fields (Title, Author, Pages, Page size, …)."""
    info: dict[str, str] = {}
    for line in _run("pdfinfo", "-enc", "UTF-8", str(path)).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_fonts(path: Path) -> list[list[str]]:
    """pdffonts' table rows, split on white space (name first, "emb" column in it)."""
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    return [line.split() for line in lines]
