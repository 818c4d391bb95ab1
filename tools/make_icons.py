"""Render the app icon from its SVG into every file the platforms want.

    .venv/bin/python tools/make_icons.py

Writes ``resources/icons/tyoparipaivakirja-<size>.png`` (16–512 px, for Linux and the
window icon), ``tyoparipaivakirja.ico`` (Windows) and ``tyoparipaivakirja.icns`` (macOS).
The outputs are committed, so building the app needs no renderer; run this again after
changing the SVG. Qt's SVG renderer draws; Pillow (which reportlab already needs) packs
the .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "tyoparipaivakirja.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_path(size: int) -> Path:
    return ICONS / f"tyoparipaivakirja-{size}.png"


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render(renderer, size).save(str(png_path(size)))
    largest = Image.open(png_path(512))
    largest.save(ICONS / "tyoparipaivakirja.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(ICONS / "tyoparipaivakirja.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
