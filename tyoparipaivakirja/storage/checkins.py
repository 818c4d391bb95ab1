"""The check-in store of a personal area: check-ins, visit strain, nudge memory, settings.

Only ``storage.journal.PersonalArea`` calls these, each inside one transaction it
opens; they take the area's connection and return core dataclasses.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date

from tyoparipaivakirja.core.checkins import (
    Answer,
    CheckIn,
    CheckInSettings,
    NewCheckIn,
    TalkChoice,
    sort_checkins,
)
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.nudges import NudgeMemory, Rule
from tyoparipaivakirja.core.trends import VisitStrain
from tyoparipaivakirja.storage.cipher import Connection

_TRUE, _FALSE = "1", "0"
# The keys of the checkin_settings table (also the export format's allowed keys).
SETTING_KEYS = ("guiding_role", "enabled_items", "optional_instruments", "r5_enabled")


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _optional_day(text: object) -> date | None:
    return None if text is None else date.fromisoformat(str(text))


# --- check-ins ---------------------------------------------------------------------------


def list_checkins(conn: Connection) -> list[CheckIn]:
    """Every check-in of the area, oldest first."""
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
            day=_day(str(day)),
            answers=tuple(answers.get(str(checkin_id), ())),
            talk=frozenset(talk.get(str(checkin_id), ())),
            note=str(note),
            created_at=str(created_at),
            updated_at=str(updated_at),
            sequence=int(sequence),
        )
        for checkin_id, day, note, created_at, updated_at, sequence in rows
    )


def get_checkin(conn: Connection, checkin_id: str) -> CheckIn:
    for checkin in list_checkins(conn):
        if checkin.checkin_id == checkin_id:
            return checkin
    raise ValidationError(ValidationField.CHECKIN, ValidationReason.NOT_FOUND)


def _write_parts(conn: Connection, checkin_id: str, new: NewCheckIn) -> None:
    conn.executemany(
        "INSERT INTO checkin_answers (checkin_id, instrument_id, item_id, value)"
        " VALUES (?, ?, ?, ?)",
        [(checkin_id, a.instrument_id, a.item_id, a.value) for a in new.answers],
    )
    conn.executemany(
        "INSERT INTO checkin_talk (checkin_id, choice) VALUES (?, ?)",
        [(checkin_id, choice.value) for choice in sorted(new.talk)],
    )


def insert_checkin(conn: Connection, new: NewCheckIn, now: str) -> str:
    """Store a validated check-in; returns its new id."""
    checkin_id = uuid.uuid4().hex
    conn.execute(
        "INSERT INTO checkins (checkin_id, day, note, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (checkin_id, new.day.isoformat(), new.note, now, now),
    )
    _write_parts(conn, checkin_id, new)
    return checkin_id


def update_checkin(conn: Connection, checkin_id: str, new: NewCheckIn, now: str) -> None:
    """Replace a check-in's day, answers, choices and note (its creation time stays)."""
    changed = conn.execute(
        "UPDATE checkins SET day = ?, note = ?, updated_at = ? WHERE checkin_id = ?",
        (new.day.isoformat(), new.note, now, checkin_id),
    ).rowcount
    if changed != 1:
        raise ValidationError(ValidationField.CHECKIN, ValidationReason.NOT_FOUND)
    conn.execute("DELETE FROM checkin_answers WHERE checkin_id = ?", (checkin_id,))
    conn.execute("DELETE FROM checkin_talk WHERE checkin_id = ?", (checkin_id,))
    _write_parts(conn, checkin_id, new)


def delete_checkin(conn: Connection, checkin_id: str) -> None:
    """Delete a check-in with its answers and choices."""
    deleted = conn.execute("DELETE FROM checkins WHERE checkin_id = ?", (checkin_id,)).rowcount
    if deleted != 1:
        raise ValidationError(ValidationField.CHECKIN, ValidationReason.NOT_FOUND)


# --- visit strain ------------------------------------------------------------------------


def list_visit_strains(conn: Connection) -> list[VisitStrain]:
    """The strain of each visit the owner reflected on in a debrief (the private part of
    the debrief lives in this same personal area), oldest first."""
    rows = conn.execute(
        "SELECT entry_id, visit_date, strain FROM visit_reflections"
        " WHERE strain IS NOT NULL ORDER BY visit_date, entry_id"
    ).fetchall()
    return [
        VisitStrain(str(entry_id), _day(str(day)), int(strain), int(entry_id))
        for entry_id, day, strain in rows
    ]


# --- nudge memory ------------------------------------------------------------------------


def read_nudge_memory(conn: Connection) -> dict[Rule, NudgeMemory]:
    memories: dict[Rule, NudgeMemory] = {}
    for rule, acknowledged, snoozed in conn.execute(
        "SELECT rule, acknowledged_on, snoozed_until FROM nudge_memory"
    ):
        try:
            key = Rule(str(rule))
        except ValueError:
            continue  # a rule a newer version knows; keep it, but it is not ours to read
        memories[key] = NudgeMemory(key, _optional_day(acknowledged), _optional_day(snoozed))
    return memories


def write_nudge_memory(conn: Connection, memories: Iterable[NudgeMemory]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO nudge_memory (rule, acknowledged_on, snoozed_until)"
        " VALUES (?, ?, ?)",
        [
            (
                memory.rule.value,
                None if memory.acknowledged_on is None else memory.acknowledged_on.isoformat(),
                None if memory.snoozed_until is None else memory.snoozed_until.isoformat(),
            )
            for memory in memories
        ],
    )


# --- settings ----------------------------------------------------------------------------


def _flag(values: Mapping[str, str], key: str, default: bool) -> bool:
    raw = values.get(key)
    return default if raw is None else raw == _TRUE


def _names(values: Mapping[str, str], key: str) -> frozenset[str]:
    return frozenset(name for name in values.get(key, "").split(",") if name)


def read_settings(conn: Connection) -> CheckInSettings:
    values = {
        str(key): str(value)
        for key, value in conn.execute("SELECT key, value FROM checkin_settings")
    }
    defaults = CheckInSettings()
    return CheckInSettings(
        guiding_role=_flag(values, "guiding_role", defaults.guiding_role),
        enabled_items=_names(values, "enabled_items"),
        optional_instruments=_names(values, "optional_instruments"),
        r5_enabled=_flag(values, "r5_enabled", defaults.r5_enabled),
    )


def write_settings(conn: Connection, settings: CheckInSettings) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO checkin_settings (key, value) VALUES (?, ?)",
        [
            ("guiding_role", _TRUE if settings.guiding_role else _FALSE),
            ("enabled_items", ",".join(sorted(settings.enabled_items))),
            ("optional_instruments", ",".join(sorted(settings.optional_instruments))),
            ("r5_enabled", _TRUE if settings.r5_enabled else _FALSE),
        ],
    )
