"""The one draft mechanism every form plugs into: throttled, baseline-aware, flushable."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tyoparipaivakirja.gui.common.drafts import DraftKeeper

INTERVAL_MS = 100


class Form:
    """A form's value, what was kept, and what was dropped."""

    def __init__(self) -> None:
        self.value = "saved"
        self.kept: list[str] = []
        self.dropped = 0

    def keep(self, value: object) -> bool:
        self.kept.append(str(value))
        return True

    def drop(self) -> None:
        self.dropped += 1


def _keeper(form: Form) -> DraftKeeper:
    keeper = DraftKeeper(lambda: form.value, form.keep, form.drop, interval_ms=INTERVAL_MS)
    keeper.start_from()
    return keeper


def test_reading_writes_nothing(qtbot: QtBot) -> None:
    """A form that is touched but holds what is saved keeps no draft."""
    form = Form()
    keeper = _keeper(form)
    keeper.touched()
    qtbot.wait(INTERVAL_MS * 3)
    keeper.flush()
    assert form.kept == [] and form.dropped == 0
    assert not keeper.has_unsaved()


def test_steady_edits_are_kept_every_interval(qtbot: QtBot) -> None:
    """Edits every 20 ms for 5 intervals are kept while they go on (a throttle, not a
    debounce that would wait for a pause)."""
    form = Form()
    keeper = _keeper(form)
    for step in range(25):
        form.value = f"saved {step}"
        keeper.touched()
        qtbot.wait(INTERVAL_MS // 5)
    assert len(form.kept) >= 3
    assert form.kept == sorted(set(form.kept), key=form.kept.index)  # each kept once


def test_flush_keeps_at_once_and_only_once(qtbot: QtBot) -> None:
    form = Form()
    keeper = _keeper(form)
    form.value = "edited"
    keeper.touched()
    keeper.flush()
    keeper.flush()
    assert form.kept == ["edited"]
    assert not keeper.pending


def test_back_to_saved_drops_the_draft() -> None:
    """Undoing every edit drops the draft kept for them."""
    form = Form()
    keeper = _keeper(form)
    form.value = "edited"
    keeper.flush()
    form.value = "saved"
    keeper.flush()
    assert form.dropped == 1
    keeper.flush()
    assert form.dropped == 1


def test_a_failed_keep_is_tried_again() -> None:
    form = Form()
    keeper = _keeper(form)
    answers = [False, True]
    calls: list[object] = []

    def keep(value: object) -> bool:
        calls.append(value)
        return answers.pop(0)

    keeper._keep = keep
    form.value = "edited"
    keeper.flush()
    keeper.flush()
    assert calls == ["edited", "edited"]


def test_after_a_save_the_form_is_the_saved_state() -> None:
    form = Form()
    keeper = _keeper(form)
    form.value = "edited"
    keeper.saved()
    keeper.flush()
    assert form.kept == [] and not keeper.has_unsaved()
