"""What the packaged app needs is in place: the .desktop entry, the icons in every size,
a build spec that leaves out WebEngine and QtQuick but keeps QtPdf, and one version."""

from __future__ import annotations

import configparser
import re
import struct
import tomllib
from pathlib import Path

import pytest

from tyoparipaivakirja import __version__

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
DESKTOP = ROOT / "resources" / "desktop" / "fi.tyoparipaivakirja.Tyoparipaivakirja.desktop"
SPEC = ROOT / "build.spec"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_desktop_entry_has_what_a_launcher_needs() -> None:
    """The .desktop file names the app (also in Swedish and English), starts the
    installed command and points at the icon."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Työparipäiväkirja"
    assert section["Name[sv]"] and section["Name[en]"]
    assert section["Exec"].split()[0] == "tyoparipaivakirja"
    assert section["Icon"] == "tyoparipaivakirja"
    assert section["Categories"].endswith(";")
    assert section["Terminal"] == "false"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_exists_in_each_size(size: int) -> None:
    """Every PNG size from 16 to 512 px is there and really has that size."""
    assert _png_size(ICONS / f"tyoparipaivakirja-{size}.png") == (size, size)


def test_windows_and_macos_icons_and_the_svg_source_exist() -> None:
    """The .ico (Windows), .icns (macOS) and the SVG they are made from ship."""
    assert (ICONS / "tyoparipaivakirja.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "tyoparipaivakirja.icns").read_bytes()[:4] == b"icns"
    assert "<svg" in (ICONS / "tyoparipaivakirja.svg").read_text("utf-8")


def test_build_spec_leaves_out_webengine_and_quick_but_keeps_qtpdf() -> None:
    """The spec excludes QtWebEngine and QtQuick/QML, never QtPdf (the summary preview
    needs it), bundles resources/, and picks the icon per platform."""
    spec = SPEC.read_text("utf-8")
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "QtQuick", "QtQml"):
        assert f'"{module}"' in spec
    assert '"QtPdf"' not in spec and '"QtPdfWidgets"' not in spec
    assert '"resources"' in spec
    assert "tyoparipaivakirja.ico" in spec and "tyoparipaivakirja.icns" in spec
    assert not re.search(r"[\"'](/usr|/opt|/home|/root|/tmp)/", spec), "no fixed Linux paths"


def test_one_version_everywhere() -> None:
    """The About dialog's version is the package's version."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["version"] == __version__


def test_pyinstaller_is_pinned() -> None:
    """The build uses one exact PyInstaller version."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    pins = [d for d in project["project"]["optional-dependencies"]["dev"] if "pyinstaller" in d]
    assert pins and all("==" in pin for pin in pins)
