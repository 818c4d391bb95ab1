"""Settings: language and the automatic lock time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.gui.common import i18n
from tyoparipaivakirja.gui.common.app_settings import (
    MAX_AUTO_LOCK_MINUTES,
    MIN_AUTO_LOCK_MINUTES,
    AppSettings,
)
from tyoparipaivakirja.gui.common.widgets import TypingSpinBox, labelled, paragraph


class SettingsDialog(QDialog):
    """Edits the preferences; ``language_changed`` tells whether a restart is needed."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language_changed = False
        layout = QVBoxLayout(self)
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), None)
        # Each language in its own name, so a person finds theirs whatever is shown now.
        for language in i18n.SUPPORTED_LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[language], language)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        layout.addWidget(
            labelled(
                self.tr("Language"),
                self.language,
                hint=self.tr(
                    "Dates, numbers and alphabetical order follow the language too. "
                    "A new language is used from the next start of the app."
                ),
            )
        )
        self.auto_lock = TypingSpinBox()
        self.auto_lock.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        layout.addWidget(
            labelled(
                self.tr("Automatic lock"),
                self.auto_lock,
                hint=self.tr(
                    "The journal locks when nobody has used the app for this many minutes."
                ),
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "Backups, a second backup folder (a USB stick) and export are under "
                    "Journal → Backups and export, while the journal is unlocked."
                )
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def save(self) -> None:
        chosen = self.language.currentData()
        language = str(chosen) if chosen else None
        self.language_changed = language != self._settings.language
        self._settings.language = language
        self._settings.auto_lock_minutes = self.auto_lock.value()
        self.accept()
