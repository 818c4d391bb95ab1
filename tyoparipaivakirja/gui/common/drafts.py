"""Nothing typed is lost: the one way every form keeps its unsaved state as a draft.

A form plugs in a ``DraftKeeper`` with three functions: what the form holds now (a
comparable value, a frozen dataclass), how to keep a value as a draft and how to drop
the draft. The keeper remembers what the form showed when it was loaded (the
*baseline*): a form that is merely opened and read holds its baseline and writes no
draft. Every edit calls ``touched``: a draft is written at most ``AUTOSAVE_INTERVAL_MS``
after the first unsaved change and again every interval while the changes go on (a
throttle: steady typing is kept too, not only after a pause). ``flush`` writes at once;
the pages call it before a lock, on leaving, on the own area's idle close and on quit.
While a background task holds the journal (``busy``: an export, a backup), the timed
write is put off by one interval instead of waiting for it and freezing the window.

A draft of a saved entity remembers the fingerprint of the version it started from.
On resume, ``resolve_conflict`` compares it with the version saved now; when they
differ, the user sees the differences field by field and chooses to keep theirs, keep
the saved one, or (where a copy makes sense) keep both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from tyoparipaivakirja.core.drafts import changed_fields
from tyoparipaivakirja.gui.common.locale_text import format_date, format_time

AUTOSAVE_INTERVAL_MS = 2000
MAX_SHOWN_CHARACTERS = 300

translate = QCoreApplication.translate


class DraftChoice(StrEnum):
    """What to do with a draft whose entity was saved again since the draft began."""

    MINE = "mine"  # go on with the draft (saving it replaces the saved version)
    SAVED = "saved"  # drop the draft, keep what is saved
    BOTH = "both"  # keep the saved one and go on with the draft as a copy


@dataclasses.dataclass(frozen=True, slots=True)
class Difference:
    """One field that differs: its label, the draft's value and the saved value, as text."""

    label: str
    mine: str
    saved: str


_UNSET = object()


class DraftKeeper(QObject):
    """Keeps one form's unsaved state as a draft (see the module docstring)."""

    kept = Signal()  # a draft was written just now

    def __init__(
        self,
        state: Callable[[], object],
        keep: Callable[[object], bool],
        drop: Callable[[], None],
        parent: QObject | None = None,
        interval_ms: int = AUTOSAVE_INTERVAL_MS,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._keep = keep
        self._drop = drop
        self._busy = busy
        self._baseline: object = _UNSET
        self._written: object = _UNSET
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._autosave)

    def _autosave(self) -> None:
        """The interval ran out: keep the draft now, or a little later while another
        thread uses the journal (the form's state is read then, so nothing is lost)."""
        if self._busy():
            self._timer.start()
            return
        self.flush()

    def start_from(self, baseline: object = _UNSET, *, from_draft: bool = False) -> None:
        """The form now shows ``baseline`` (default: what it holds now) as its saved state.
        With ``from_draft`` the form holds a resumed draft, already kept."""
        self._timer.stop()
        self._baseline = self._state() if baseline is _UNSET else baseline
        self._written = self._state() if from_draft else _UNSET

    def stop(self) -> None:
        """The form is closed or emptied: nothing more to keep."""
        self._timer.stop()
        self._baseline = _UNSET
        self._written = _UNSET

    def touched(self) -> None:
        """An edit: keep a draft within the interval (not restarted by further edits)."""
        if self._baseline is not _UNSET and not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def has_unsaved(self) -> bool:
        """True when the form holds something other than what is saved."""
        return self._baseline is not _UNSET and self._state() != self._baseline

    def flush(self) -> None:
        """Keep the form's state as a draft now, if it differs from what is saved and from
        the draft already kept; drop the draft when the form is back to what is saved."""
        self._timer.stop()
        if self._baseline is _UNSET:
            return
        current = self._state()
        if current == self._baseline:
            if self._written is not _UNSET:
                self._drop()
                self._written = _UNSET
            return
        if self._written is not _UNSET and current == self._written:
            return
        if self._keep(current):
            self._written = current
            self.kept.emit()

    def saved(self) -> None:
        """The form was saved for real: what it holds is the saved state now."""
        self._timer.stop()
        self._baseline = self._state()
        self._written = _UNSET


# --- showing values and differences ------------------------------------------------


def _enum_label(value: Enum) -> str:
    """The users' word for a value of one of the app's choice lists."""
    from tyoparipaivakirja.core import checkins, debriefs, roles, supervision
    from tyoparipaivakirja.gui.debriefs import vocabulary
    from tyoparipaivakirja.gui.own_area import wellbeing_words
    from tyoparipaivakirja.gui.roles import role_labels
    from tyoparipaivakirja.gui.supervision.supervision_page import status_label as agreement_label

    words: dict[type[Enum], Callable[[Any], str]] = {
        debriefs.VisitType: vocabulary.visit_type_label,
        debriefs.Presence: vocabulary.presence_label,
        debriefs.Theme: vocabulary.theme_label,
        debriefs.WarningSign: vocabulary.warning_sign_label,
        debriefs.RoleSplitWorked: vocabulary.role_split_worked_label,
        debriefs.PastClose: vocabulary.past_close_label,
        debriefs.SupervisionTag: vocabulary.supervision_tag_label,
        debriefs.SharingLevel: vocabulary.sharing_label,
        debriefs.EntryStatus: vocabulary.status_label,
        roles.Lead: role_labels.lead_label,
        roles.ReasonCategory: role_labels.reason_label,
        roles.WorkingTime: role_labels.working_time_label,
        roles.Training: role_labels.training_label,
        checkins.TalkChoice: wellbeing_words.talk_label,
        supervision.AgreementStatus: agreement_label,
    }
    function = words.get(type(value))
    return function(value) if function is not None else str(value.value)


def describe(value: object, names: Mapping[str, str] | None = None) -> str:
    """A value of a form as the user would read it: words for choices, dates the local
    way, member ids as names, lists one after another; long text shortened."""
    names = names or {}
    text = _describe(value, names)
    if len(text) > MAX_SHOWN_CHARACTERS:
        text = text[: MAX_SHOWN_CHARACTERS - 1].rstrip() + "…"
    return text if text else "—"


def _describe(value: object, names: Mapping[str, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return _enum_label(value)
    if isinstance(value, bool):
        return translate("Drafts", "yes") if value else translate("Drafts", "no")
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {format_time(value)}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, int | float):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [
            _describe(getattr(value, f.name), names)
            for f in dataclasses.fields(value)
            if not f.name.endswith("_id") or f.name == "member_id"
        ]
        return " · ".join(part for part in parts if part and part != translate("Drafts", "no"))
    if isinstance(value, frozenset | set):
        return ", ".join(sorted(_describe(item, names) for item in value))
    if isinstance(value, tuple | list):
        return "; ".join(part for item in value if (part := _describe(item, names)))
    return str(value)


def differences(
    mine: object,
    saved: object,
    labels: Mapping[str, str],
    names: Mapping[str, str] | None = None,
) -> list[Difference]:
    """Field by field, where a draft and the saved entity differ (fields without a label
    are bookkeeping and left out)."""
    return [
        Difference(
            labels[name],
            describe(getattr(mine, name), names),
            describe(getattr(saved, name), names),
        )
        for name in changed_fields(mine, saved)
        if name in labels
    ]


class ConflictAsker(Protocol):
    """What ``resolve_conflict`` needs from the dialog seam (``gui.dialogs.Dialogs``)."""

    def resolve_draft(
        self,
        parent: QWidget,
        title: str,
        intro: str,
        found: Sequence[Difference],
        allow_copy: bool,
    ) -> DraftChoice | None: ...


def resolve_conflict(
    asker: ConflictAsker,
    parent: QWidget,
    *,
    base: str | None,
    saved_version: str,
    mine: object,
    saved: object,
    labels: Mapping[str, str],
    names: Mapping[str, str] | None = None,
    saved_at: datetime,
    allow_copy: bool = True,
) -> DraftChoice | None:
    """Decide how a resumed draft meets the saved entity.

    The draft started from the version saved now: go on with it (``MINE``). The draft
    holds nothing the saved entity lacks: ``SAVED``. Otherwise the user sees the
    differences and chooses; None means not now (the draft stays as it is).
    """
    if base is not None and base == saved_version:
        return DraftChoice.MINE
    found = differences(mine, saved, labels, names)
    if not found:
        return DraftChoice.SAVED
    title = translate("Drafts", "Saved again since your draft")
    intro = translate(
        "Drafts",
        "Your unsaved changes were kept as a draft at %1. Since then this was saved again, "
        "so the two differ. Choose what to keep.",
    ).replace("%1", format_time(saved_at))
    return asker.resolve_draft(parent, title, intro, found, allow_copy)
