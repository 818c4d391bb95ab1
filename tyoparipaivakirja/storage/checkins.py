"""The check-in store of an own area: check-ins, nudge memory and check-in settings.

A check-in is the owner's weekly answers (per instrument and item), whom they want to
talk to and a private note. Each public method is one user action in one transaction
and returns ``core`` dataclasses; the rules (scales, future dates, nudges) are
``core``'s. Answers and choices are child rows of their check-in: a correction upserts
them and leaves tombstones for the ones taken away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from tyoparipaivakirja.core import nudges
from tyoparipaivakirja.core.checkins import (
    Answer,
    CheckIn,
    CheckInSettings,
    NewCheckIn,
    TalkChoice,
    sort_checkins,
    validate_checkin,
)
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.instruments import InstrumentSet
from tyoparipaivakirja.core.nudges import NudgeMemory, Rule
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.access import Access, Write
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.drafts import DraftStore
from tyoparipaivakirja.storage.registry import CHECKIN_SETTING_KEYS, Database, table

CHECKINS = table(Database.OWN, "checkins")
ANSWERS = table(Database.OWN, "checkin_answers")
TALK = table(Database.OWN, "checkin_talk")
NUDGE_MEMORY = table(Database.OWN, "nudge_memory")
SETTINGS = table(Database.OWN, "checkin_settings")

_TRUE, _FALSE = "1", "0"
SETTING_KEYS = CHECKIN_SETTING_KEYS


def _optional_day(text: object) -> date | None:
    return None if text is None else date.fromisoformat(str(text))


class CheckInStore:
    """The owner's check-ins, nudge memory and settings in their own area."""

    def __init__(self, access: Access, instruments: InstrumentSet, drafts: DraftStore) -> None:
        self._access = access
        self._instruments = instruments
        self._drafts = drafts

    # --- check-ins -------------------------------------------------------------------

    def all(self) -> list[CheckIn]:
        """Every check-in of the owner, oldest first."""
        return _list_checkins(self._access.connection())

    def get(self, checkin_id: str) -> CheckIn:
        for checkin in self.all():
            if checkin.checkin_id == checkin_id:
                return checkin
        raise ValidationError(ValidationField.CHECKIN, ValidationReason.NOT_FOUND)

    def add(self, new: NewCheckIn, today: date, *, draft: str | None = None) -> CheckIn:
        """Save a new check-in (refused when dated in the future or off the scales);
        the form's ``draft`` is dropped in the same step."""
        clean = validate_checkin(new, self._instruments, today)
        checkin_id = new_id()
        now = database.now_iso()
        with self._access.write() as write:
            write.insert(
                CHECKINS,
                {
                    "checkin_id": checkin_id,
                    "day": clean.day.isoformat(),
                    "note": clean.note,
                    "created_at": now,
                },
            )
            _write_parts(write, checkin_id, clean)
            if draft is not None:
                self._drafts.discard_in(write.conn, draft)
        return self.get(checkin_id)

    def correct(
        self, checkin_id: str, new: NewCheckIn, today: date, *, draft: str | None = None
    ) -> CheckIn:
        """Replace a saved check-in's day, answers, choices and note (its creation time
        stays); the form's ``draft`` is dropped in the same step."""
        clean = validate_checkin(new, self._instruments, today)
        with self._access.write() as write:
            changed = write.conn.execute(
                "UPDATE checkins SET day = ?, note = ?, updated_at = ? WHERE checkin_id = ?",
                (clean.day.isoformat(), clean.note, write.stamp, checkin_id),
            ).rowcount
            if changed != 1:
                raise ValidationError(ValidationField.CHECKIN, ValidationReason.NOT_FOUND)
            _write_parts(write, checkin_id, clean)
            if draft is not None:
                self._drafts.discard_in(write.conn, draft)
        return self.get(checkin_id)

    def delete(self, checkin_id: str) -> None:
        """Delete a check-in for good, with its answers and choices."""
        with self._access.write() as write:
            if write.delete(CHECKINS, "checkin_id = ?", (checkin_id,)) != 1:
                raise ValidationError(ValidationField.CHECKIN, ValidationReason.NOT_FOUND)

    # --- nudge memory ----------------------------------------------------------------

    def nudge_memory(self) -> dict[Rule, NudgeMemory]:
        memories: dict[Rule, NudgeMemory] = {}
        for rule, acknowledged, snoozed in self._access.connection().execute(
            "SELECT rule, acknowledged_on, snoozed_until FROM nudge_memory"
        ):
            try:
                key = Rule(str(rule))
            except ValueError:
                continue  # a rule a newer version knows; keep it, but it is not ours to read
            memories[key] = NudgeMemory(key, _optional_day(acknowledged), _optional_day(snoozed))
        return memories

    def acknowledge_nudges(self, rules: Iterable[Rule], today: date) -> None:
        """The owner read these nudges: each stays away for its cool-down."""
        self._write_memory([nudges.acknowledge(rule, today) for rule in rules])

    def snooze_nudges(self, rules: Iterable[Rule], today: date) -> None:
        """ "Remind me later": these nudges are hidden for the snooze time."""
        config = nudges.rule_config(self._instruments)
        memory = self.nudge_memory()
        self._write_memory([nudges.snooze(memory.get(r), r, today, config) for r in rules])

    def _write_memory(self, memories: Iterable[NudgeMemory]) -> None:
        with self._access.write() as write:
            for memory in memories:
                write.upsert(
                    NUDGE_MEMORY,
                    {
                        "rule": memory.rule.value,
                        "acknowledged_on": _iso(memory.acknowledged_on),
                        "snoozed_until": _iso(memory.snoozed_until),
                    },
                )

    # --- settings --------------------------------------------------------------------

    def settings(self) -> CheckInSettings:
        values = {
            str(key): str(value)
            for key, value in self._access.connection().execute(
                "SELECT key, value FROM checkin_settings"
            )
        }
        defaults = CheckInSettings()
        return CheckInSettings(
            guiding_role=_flag(values, "guiding_role", defaults.guiding_role),
            enabled_items=_names(values, "enabled_items"),
            optional_instruments=_names(values, "optional_instruments"),
            r5_enabled=_flag(values, "r5_enabled", defaults.r5_enabled),
        )

    def save_settings(self, settings: CheckInSettings) -> CheckInSettings:
        """Keep the owner's own check-in settings."""
        with self._access.write() as write:
            for key, value in (
                ("guiding_role", _TRUE if settings.guiding_role else _FALSE),
                ("enabled_items", ",".join(sorted(settings.enabled_items))),
                ("optional_instruments", ",".join(sorted(settings.optional_instruments))),
                ("r5_enabled", _TRUE if settings.r5_enabled else _FALSE),
            ):
                write.upsert(SETTINGS, {"key": key, "value": value})
        return self.settings()


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _write_parts(write: Write, checkin_id: str, new: NewCheckIn) -> None:
    write.sync_children(
        ANSWERS,
        checkin_id,
        [
            {"instrument_id": a.instrument_id, "item_id": a.item_id, "value": a.value}
            for a in new.answers
        ],
    )
    write.sync_children(TALK, checkin_id, [{"choice": c.value} for c in sorted(new.talk)])


def _list_checkins(conn: Connection) -> list[CheckIn]:
    answers: dict[str, list[Answer]] = {}
    for checkin_id, instrument_id, item_id, value in conn.execute(
        "SELECT checkin_id, instrument_id, item_id, value FROM checkin_answers"
        " ORDER BY instrument_id, item_id"
    ):
        answers.setdefault(str(checkin_id), []).append(
            Answer(str(instrument_id), str(item_id), int(value))
        )
    talk: dict[str, set[TalkChoice]] = {}
    for checkin_id, choice in conn.execute("SELECT checkin_id, choice FROM checkin_talk"):
        talk.setdefault(str(checkin_id), set()).add(TalkChoice(str(choice)))
    rows = conn.execute(
        "SELECT checkin_id, day, note, created_at, updated_at, rowid FROM checkins"
    ).fetchall()
    return sort_checkins(
        CheckIn(
            checkin_id=str(checkin_id),
            day=date.fromisoformat(str(day)),
            answers=tuple(answers.get(str(checkin_id), ())),
            talk=frozenset(talk.get(str(checkin_id), ())),
            note=str(note),
            created_at=str(created_at),
            updated_at=str(updated_at),
            sequence=int(sequence),
        )
        for checkin_id, day, note, created_at, updated_at, sequence in rows
    )


def _flag(values: Mapping[str, str], key: str, default: bool) -> bool:
    raw = values.get(key)
    return default if raw is None else raw == _TRUE


def _names(values: Mapping[str, str], key: str) -> frozenset[str]:
    return frozenset(name for name in values.get(key, "").split(",") if name)
