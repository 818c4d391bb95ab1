"""Colours the app draws itself come from the palette and stay readable in light, dark
and high-contrast palettes; the well-being views keep their calm accent, never red."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from tyoparipaivakirja.gui.common.theme import (
    CALM_ACCENT_DARK,
    CALM_ACCENT_LIGHT,
    calm_accent,
    contrast_ratio,
    dark_palette,
    quiet_ink,
)


def _high_contrast() -> QPalette:
    """Yellow on black, as in a high-contrast system theme."""
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor("#000000"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor("#ffff00"))
    return palette


def _grey_base() -> QPalette:
    """A mid-grey base on which the light blue would vanish."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#5a7d8f"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    return palette


def test_contrast_ratio_matches_wcag() -> None:
    """Black on white is 21:1; a colour on itself is 1:1."""
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)


def test_calm_accent_is_the_light_or_dark_blue() -> None:
    """The usual light and dark palettes get the calm blue made for them."""
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    assert calm_accent(light) == QColor(CALM_ACCENT_LIGHT)
    assert calm_accent(dark_palette()) == QColor(CALM_ACCENT_DARK)


@pytest.mark.parametrize("make", [_high_contrast, _grey_base, dark_palette, QPalette])
def test_accent_and_markers_keep_3_to_1_on_the_base(make: object) -> None:
    """In every palette the accent and the marker ink keep 3:1 against the base colour
    (WCAG 1.4.11 for graphics), falling back to the text colour where needed."""
    assert callable(make)
    palette = make()
    base = palette.color(QPalette.ColorRole.Base)
    assert contrast_ratio(calm_accent(palette), base) >= 3.0
    assert contrast_ratio(quiet_ink(palette), base) >= 3.0


def test_accent_is_never_red() -> None:
    """The calm accent is blue (or the text colour), never an alarm red."""
    for palette in (QPalette(), dark_palette(), _high_contrast()):
        accent = calm_accent(palette)
        assert not (accent.red() > 150 and accent.green() < 100 and accent.blue() < 100)
