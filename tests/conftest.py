"""Shared test setup: Qt offscreen, a cheap key derivation, and journal factories."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
# The app's own state (temp registry, error log) goes to a folder of this test run, never
# to the real home folder; subprocesses (CLI tests) inherit it.
os.environ["TYOPARIPAIVAKIRJA_STATE_DIR"] = tempfile.mkdtemp(prefix="tyoparipaivakirja-state-")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tyoparipaivakirja import words
from tyoparipaivakirja.core.members import NewMember, Role
from tyoparipaivakirja.storage import cipher
from tyoparipaivakirja.storage.folder import create_journal
from tyoparipaivakirja.storage.session import Journal

PAIR_PASSPHRASE = "kesä-aamu 'kahvi' \"termos\" 2026"
MEMBERS = (
    NewMember("Jari", Role.EXPERT_BY_EXPERIENCE),
    NewMember("Sanna", Role.PROFESSIONAL),
)
FAST_KDF_ITERATIONS = 2


@pytest.fixture(autouse=True)
def fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Most tests use a cheap key derivation; tests marked ``real_kdf`` keep the real one.

    Journals read by a subprocess (CLI tests) must be made under ``real_kdf``, since
    the subprocess derives keys with the real setting.
    """
    if request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(cipher, "KDF_ITERATIONS", FAST_KDF_ITERATIONS)


@pytest.fixture(autouse=True)
def english_words() -> Iterator[None]:
    """Messages in the source language, as the widgets are without a translator, whatever
    a test before this one chose; a test that wants another language sets it."""
    words.set_language(words.ENGLISH)
    yield
    words.set_language(words.ENGLISH)


@pytest.fixture
def make_journal(tmp_path: Path) -> Iterator[Callable[..., Journal]]:
    """Create journals in the test's temp folder; every one is locked at the end."""
    made: list[Journal] = []

    def factory(name: str = "journal", passphrase: str = PAIR_PASSPHRASE) -> Journal:
        journal = create_journal(tmp_path / name, "Jarin ja Sannan työpari", MEMBERS, passphrase)
        made.append(journal)
        return journal

    yield factory
    for journal in made:
        journal.lock()
