"""About: the version, the licences, and where the well-being questions come from.

The instrument attributions are read from the instrument files the app ships (or an
organisation added), so a new instrument is credited without code changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja import __version__
from tyoparipaivakirja.actions.journal import load_instruments
from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.gui.common.i18n import instrument_language
from tyoparipaivakirja.gui.common.widgets import heading, paragraph
from tyoparipaivakirja.paths import resources_dir

APP_LICENCE = "MIT"
FONT_NAME = "Liberation Sans 2.1.5"
FONT_LICENCE = "SIL Open Font License 1.1"
FONT_LICENCE_FILE = "fonts/LiberationSans-LICENSE.txt"


def instrument_credits(language: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, attribution, sources) of every installed instrument, in ``language``."""
    return [
        (instrument.name.get(language), instrument.attribution.get(language), instrument.sources)
        for instrument in load_instruments()
    ]


def font_licence_text() -> str:
    try:
        return (resources_dir() / FONT_LICENCE_FILE).read_text(encoding="utf-8")
    except OSError:
        return FONT_LICENCE


class AboutDialog(QDialog):
    """What the app is, its version and licence, the font's licence and the sources of
    the well-being questions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Työparipäiväkirja"))
        layout = QVBoxLayout(self)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(heading("Työparipäiväkirja"))
        self.version_label = paragraph(self.tr("Version %1").replace("%1", __version__))
        column.addWidget(self.version_label)
        column.addWidget(
            paragraph(
                self.tr(
                    "An encrypted journal for a work pair of an expert by experience and a "
                    "professional. Everything stays on this computer."
                )
            )
        )
        column.addWidget(heading(self.tr("Licence"), 2))
        self.licence_label = paragraph(
            self.tr(
                "Työparipäiväkirja is free software under the %1 licence. It is built with "
                "Qt and PySide6 (LGPL 3), SQLCipher (BSD), reportlab (BSD) and Python (PSF)."
            ).replace("%1", APP_LICENCE)
        )
        column.addWidget(self.licence_label)

        column.addWidget(heading(self.tr("Font"), 2))
        column.addWidget(
            paragraph(
                self.tr("The PDFs embed %1, under the %2:")
                .replace("%1", FONT_NAME)
                .replace("%2", FONT_LICENCE)
            )
        )
        self.font_licence = QPlainTextEdit(font_licence_text())
        self.font_licence.setReadOnly(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF() * 0.9)  # follows a larger text size
        self.font_licence.setFont(fixed)
        self.font_licence.setAccessibleName(self.tr("Licence of the font"))
        self.font_licence.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        # Tab moves on to the next control instead of into the licence text.
        self.font_licence.setTabChangesFocus(True)
        column.addWidget(self.font_licence)

        column.addWidget(heading(self.tr("Well-being questions"), 2))
        self.instrument_labels: list[QLabel] = []
        language = instrument_language()
        try:
            credits = instrument_credits(language)
        except JournalError:
            credits = []
            column.addWidget(paragraph(self.tr("The question files could not be read.")))
        for name, attribution, sources in credits:
            text = f"<b>{_escape(name)}</b><br>{_escape(attribution)}"
            if sources:
                text += "<br>" + "<br>".join(_escape(source) for source in sources)
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(name)
            label.setAccessibleDescription(attribution)
            self.instrument_labels.append(label)
            column.addWidget(label)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 80
        self.resize(width, self.fontMetrics().lineSpacing() * 34)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
