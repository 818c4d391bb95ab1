"""Fixtures for the role split screens (kept out of conftest.py, which others write).

A test module imports the fixtures it uses by name; pytest finds fixtures imported
into a module (the autouse one applies to that module's tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QWidget

from tyoparipaivakirja.gui.common.dialogs import Dialogs


class ScriptedDialogs(Dialogs):
    """Answers every dialog from the test's script and remembers what was asked."""

    def __init__(self) -> None:
        self.confirm_answers: list[bool] = []
        self.confirmations: list[str] = []
        self.save_target: Path | None = None
        self.errors: list[str] = []

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        self.confirmations.append(text)
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def choose_save_file(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        return self.save_target

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.errors.append(text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture(autouse=True)
def no_modal_left_open(qapp: QApplication) -> Iterator[None]:
    """A test that leaves a modal dialog open fails, instead of hanging a later test."""
    QStandardPaths.setTestModeEnabled(True)
    yield
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()
        pytest.fail(f"a modal dialog was left open: {modal.windowTitle()}")
