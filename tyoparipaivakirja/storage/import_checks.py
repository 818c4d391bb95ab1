"""Checking an import file with the app's own rules, so that nothing odd gets in.

Three layers, each refusing with ``ImportInvalid`` and the JSON path of the problem:

1. Reading: at most ``MAX_IMPORT_BYTES`` are read (``/dev/zero`` ends at the cap), the
   bytes must be UTF-8 JSON, nested no deeper than ``MAX_DEPTH``; no string may hold a
   lone surrogate or a control character other than tab and line breaks, no number may
   be a fraction or larger than SQLite stores (``check_plain_values``).
2. Shape: the JSON Schema generated from the table descriptions (limits from ``core``),
   then what a schema cannot say: real dates within the app's range, references to
   members that exist, no member twice (``check_references``).
3. Meaning: after the rows are written into the new journal (in its temporary folder),
   each debrief, reflection, check-in, role split version, session and member list is
   read back through the app's own readers and checked with ``core``'s validators
   (``check_domain``), so an imported value is one the app itself could have saved.

``privacy_findings`` lists personal identity codes, phone numbers and e-mail addresses
in the imported texts, as the summary's gate does, for the import's report.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tyoparipaivakirja.core.checkins import Answer, NewCheckIn, check_answer, validate_checkin
from tyoparipaivakirja.core.dates import in_range
from tyoparipaivakirja.core.debriefs import (
    TOGETHER,
    Debrief,
    validate_client_code,
    validate_debrief,
    validate_private,
)
from tyoparipaivakirja.core.errors import (
    ImportInvalid,
    ImportProblem,
    JournalError,
    ValidationError,
    ValidationField,
)
from tyoparipaivakirja.core.members import NewMember, validate_journal_name, validate_members
from tyoparipaivakirja.core.privacy import FindingKind, scan
from tyoparipaivakirja.core.roles import clean_content
from tyoparipaivakirja.core.supervision import (
    AgendaItem,
    Agreement,
    clean_agenda,
    clean_agreements,
    clean_supervisor,
)
from tyoparipaivakirja.storage.json_schema import json_path

if TYPE_CHECKING:
    from tyoparipaivakirja.storage.session import Journal, PersonalArea

# An export of a busy journal (10,000 debriefs) is a few tens of megabytes.
MAX_IMPORT_BYTES = 256 * 1024 * 1024
MAX_DEPTH = 12
_MAX_INTEGER = 2**63 - 1
_CHUNK = 1024 * 1024
# Tab, line feed and carriage return are text; every other control character is not.
_BAD_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

type Path_ = list[str | int]


# --- 1. reading ------------------------------------------------------------------------


def read_limited(source: Path) -> bytes:
    """The file's bytes, refused once past ``MAX_IMPORT_BYTES`` (never read to its end)."""
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        raise ImportInvalid("$", ImportProblem.UNREADABLE) from None
    chunks: list[bytes] = []
    size = 0
    try:
        while chunk := os.read(fd, _CHUNK):
            size += len(chunk)
            if size > MAX_IMPORT_BYTES:
                raise ImportInvalid(
                    "$", ImportProblem.TOO_LARGE, str(MAX_IMPORT_BYTES // (1024 * 1024))
                )
            chunks.append(chunk)
    except OSError:
        raise ImportInvalid("$", ImportProblem.UNREADABLE) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def _no_constant(name: str) -> object:
    raise ValueError(name)  # NaN and Infinity are not JSON


def parse(raw: bytes) -> object:
    """Decode and parse, refusing what is not strict UTF-8 JSON."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportInvalid("$", ImportProblem.NOT_UTF8) from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ImportInvalid("$", ImportProblem.NOT_JSON, f"{error.lineno}:{error.colno}") from None
    except RecursionError:
        raise ImportInvalid("$", ImportProblem.TOO_DEEP) from None
    except ValueError:
        raise ImportInvalid("$", ImportProblem.NOT_JSON, "NaN") from None


def check_plain_values(document: object) -> None:
    """Every value, anywhere: depth, text that is text, whole numbers SQLite can store."""
    stack: list[tuple[object, Path_]] = [(document, [])]
    while stack:
        value, where = stack.pop()
        if len(where) > MAX_DEPTH:
            raise ImportInvalid(json_path(where), ImportProblem.TOO_DEEP)
        if isinstance(value, str):
            _check_text(value, where)
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if abs(value) > _MAX_INTEGER:
                raise ImportInvalid(json_path(where), ImportProblem.OUT_OF_RANGE, str(_MAX_INTEGER))
        elif isinstance(value, float):
            raise ImportInvalid(json_path(where), ImportProblem.NOT_A_WHOLE_NUMBER)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, where)
                stack.append((item, [*where, key]))
        elif isinstance(value, list):
            stack.extend((item, [*where, index]) for index, item in enumerate(value))


def _check_text(text: str, where: Path_) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportInvalid(json_path(where), ImportProblem.BAD_TEXT) from None
    if _BAD_CHARACTERS.search(text):
        raise ImportInvalid(json_path(where), ImportProblem.BAD_TEXT)


# --- 2. what the schema cannot say ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnRule:
    """What ``check_references`` needs of a column (from the table descriptions)."""

    table: str
    column: str
    is_date: bool = False
    is_moment: bool = False
    member: bool = False
    member_or_together: bool = False


def check_references(
    document: Mapping[str, Any],
    pair_rules: Sequence[ColumnRule],
    personal_rules: Sequence[ColumnRule],
) -> None:
    """Dates that are real and within range; members referred to exist; no member twice."""
    pair = document["pair"]
    members: set[str] = set()
    for index, row in enumerate(pair["members"]):
        if row["member_id"] in members:
            raise ImportInvalid(
                json_path(["pair", "members", index, "member_id"]), ImportProblem.DUPLICATE
            )
        members.add(row["member_id"])
    _check_moment(document["journal"]["created_at"], ["journal", "created_at"])
    _check_rows(pair, ["pair"], pair_rules, members)
    for area_index, area in enumerate(document.get("personal_areas", [])):
        _check_rows(area, ["personal_areas", area_index], personal_rules, members)
    for index, row in enumerate(pair["debriefs"]):
        for key in ("member_parts", "shared_strain"):
            for part_index, part in enumerate(row[key]):
                if part["member_id"] not in members:
                    raise ImportInvalid(
                        json_path(["pair", "debriefs", index, key, part_index, "member_id"]),
                        ImportProblem.UNKNOWN_MEMBER,
                    )
    for index, row in enumerate(pair["role_revisions"]):
        started = row["frame"].get("ka_started_on")
        if started is not None:
            _check_date(started, ["pair", "role_revisions", index, "frame", "ka_started_on"])


def _check_rows(
    section: Mapping[str, Any], where: Path_, rules: Sequence[ColumnRule], members: set[str]
) -> None:
    for rule in rules:
        for index, row in enumerate(section[rule.table]):
            value = row[rule.column]
            if value is None:
                continue
            at = [*where, rule.table, index, rule.column]
            if rule.is_date:
                _check_date(value, at)
            elif rule.is_moment:
                _check_moment(value, at)
            elif (rule.member and value not in members) or (
                rule.member_or_together and value not in members and value != TOGETHER
            ):
                raise ImportInvalid(json_path(at), ImportProblem.UNKNOWN_MEMBER)


def _check_date(value: str, where: Path_) -> None:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ImportInvalid(json_path(where), ImportProblem.BAD_DATE) from None
    if not in_range(day):
        raise ImportInvalid(json_path(where), ImportProblem.BAD_DATE)


def _check_moment(value: str, where: Path_) -> None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ImportInvalid(json_path(where), ImportProblem.BAD_DATE) from None
    if moment.tzinfo is None or not in_range(moment.date()):
        raise ImportInvalid(json_path(where), ImportProblem.BAD_DATE)


# --- 3. the app's own rules, on what was read back -----------------------------------------


def _refused(where: Path_, error: ValidationError) -> ImportInvalid:
    return ImportInvalid(json_path(where), ImportProblem.REFUSED, error.reason.value, error)


_UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, OverflowError)


def read_back[T](action: Callable[[], T], where: Path_) -> T:
    """Read imported data through the app's own readers: what they cannot read is refused."""
    try:
        return action()
    except JournalError:
        raise
    except _UNREADABLE:
        raise ImportInvalid(json_path(where), ImportProblem.UNREADABLE_DATA) from None


def check_pair(journal: Journal, document: Mapping[str, Any], today: date) -> None:
    """Members, the journal's name, debriefs, role split and sessions, by core's rules."""
    pair = document["pair"]
    try:
        validate_journal_name(document["journal"]["name"])
    except ValidationError as error:
        raise _refused(["journal", "name"], error) from None
    try:
        validate_members([NewMember(m["display_name"], m["role"]) for m in pair["members"]])
    except ValidationError as error:
        where: Path_ = ["pair", "members"]
        if error.index >= 0:
            where += [error.index, "display_name"]
        raise _refused(where, error) from None
    for index, row in enumerate(pair["client_codes"]):
        try:
            validate_client_code(row["code"])
        except ValidationError as error:
            raise _refused(["pair", "client_codes", index, "code"], error) from None
    _check_debriefs(journal, pair, today)
    _check_role_split(journal, pair)
    _check_sessions(pair)


def _rows_of(rows: Sequence[Mapping[str, Any]], key: str, value: object) -> list[int]:
    """Indexes of the rows whose ``key`` is ``value``, in the order of their ``position``."""
    found = [index for index, row in enumerate(rows) if row[key] == value]
    return sorted(found, key=lambda index: rows[index].get("position", 0))


def _read_debriefs(journal: Journal, pair: Mapping[str, Any]) -> dict[str, Debrief]:
    """Every imported debrief read back whole, by id: all at once, and only when that
    fails one by one, to name the entry the app cannot read."""
    store = journal.debriefs
    try:
        entries = {str(entry.entry_id): entry for entry in store.full_entries()}
        store.all_edits()
        return entries
    except _UNREADABLE:
        pass
    for index, row in enumerate(pair["debriefs"]):
        at: Path_ = ["pair", "debriefs", index]
        read_back(lambda row=row: store.get(str(row["entry_id"])), at)  # type: ignore[misc]
        read_back(lambda row=row: store.edits(str(row["entry_id"])), at)  # type: ignore[misc]
    return read_back(lambda: _read_debriefs_once(journal), ["pair", "debriefs"])


def _read_debriefs_once(journal: Journal) -> dict[str, Debrief]:
    return {str(entry.entry_id): entry for entry in journal.debriefs.full_entries()}


def _check_debriefs(journal: Journal, pair: Mapping[str, Any], today: date) -> None:
    entries = _read_debriefs(journal, pair)
    for index, row in enumerate(pair["debriefs"]):
        entry = entries[str(row["entry_id"])]
        try:
            validate_debrief(entry, today)
        except ValidationError as error:
            raise _refused(_debrief_place(pair, row, index, error), error) from None


def _debrief_place(
    pair: Mapping[str, Any], row: Mapping[str, Any], index: int, error: ValidationError
) -> Path_:
    at: Path_ = ["pair", "debriefs", index]
    follow_ups = _rows_of(pair["follow_ups"], "entry_id", row["entry_id"])
    topics = _rows_of(pair["supervision_topics"], "entry_id", row["entry_id"])
    match error.field:
        case ValidationField.VISIT_DATE:
            return [*at, "visit_date"]
        case ValidationField.CLIENT_CODE:
            return [*at, "client_code"]
        case ValidationField.FOLLOW_UP:
            empty = [i for i in follow_ups if not pair["follow_ups"][i]["task"].strip()]
            return ["pair", "follow_ups", empty[0], "task"] if empty else at
        case ValidationField.SUPERVISION_TOPIC:
            empty = [i for i in topics if not pair["supervision_topics"][i]["text"].strip()]
            return ["pair", "supervision_topics", empty[0], "text"] if empty else at
        case ValidationField.TEXT:
            name = error.name
            number = name.rpartition("_")[2]
            if name.startswith("member_part_") and number.isdigit():
                return [*at, "member_parts", int(number), "free_text"]
            if name.startswith("follow_up_") and number.isdigit():
                return ["pair", "follow_ups", follow_ups[int(number)], "task"]
            if name.startswith("supervision_topic_") and number.isdigit():
                return ["pair", "supervision_topics", topics[int(number)], "text"]
            return [*at, name] if name in row else at
    return at


_FRAME_FIELDS = {
    ValidationField.ROLE_SUPERVISION_CADENCE: "supervision_every_weeks",
    ValidationField.ROLE_LINE_MANAGER: "line_manager",
    ValidationField.ROLE_KA_SUPPORT: "ka_support",
    ValidationField.ROLE_TRAINING_NOTE: "training_note",
    ValidationField.ROLE_REVISION: "shared_weekdays",
}


def _check_role_split(journal: Journal, pair: Mapping[str, Any]) -> None:
    rows = pair["role_revisions"]
    by_id = {row["revision_id"]: index for index, row in enumerate(rows)}
    revisions = read_back(journal.roles.revisions, ["pair", "role_revisions"])
    read_back(journal.roles.reviews, ["pair", "role_reviews"])
    for revision in revisions:
        index = by_id[revision.revision_id]
        at: Path_ = ["pair", "role_revisions", index]
        try:
            clean_content(revision.content)
        except ValidationError as error:
            items = _rows_of(pair["role_items"], "revision_id", revision.revision_id)
            if error.field in _FRAME_FIELDS:
                at += ["frame", _FRAME_FIELDS[error.field]]
            elif error.field is ValidationField.ROLE_REASON_TEXT:
                at += ["reason_text"]
            elif error.index >= 0 and error.index < len(items):
                column = "note" if error.field is ValidationField.ROLE_ITEM_NOTE else "title"
                at = ["pair", "role_items", items[error.index], column]
            raise _refused(at, error) from None


def _check_sessions(pair: Mapping[str, Any]) -> None:
    for index, row in enumerate(pair["supervision_sessions"]):
        try:
            clean_supervisor(row["supervisor"])
        except ValidationError as error:
            raise _refused(["pair", "supervision_sessions", index, "supervisor"], error) from None
    for index, row in enumerate(pair["supervision_agenda"]):
        try:
            clean_agenda((AgendaItem(row["text"]),))
        except ValidationError as error:
            raise _refused(["pair", "supervision_agenda", index, "text"], error) from None
    for index, row in enumerate(pair["supervision_agreements"]):
        try:
            clean_agreements((Agreement(row["text"]),))
        except ValidationError as error:
            raise _refused(["pair", "supervision_agreements", index, "text"], error) from None


def check_area(area: PersonalArea, section: Mapping[str, Any], index: int, today: date) -> None:
    """An imported own area: its reflections and check-ins by core's rules."""
    at: Path_ = ["personal_areas", index]
    reflections = read_back(area.reflections.all, [*at, "visit_reflections"])
    rows = section["visit_reflections"]
    for reflection in reflections:
        row_index = next(i for i, row in enumerate(rows) if row["entry_id"] == reflection.entry_id)
        try:
            validate_private(reflection, today)
        except ValidationError as error:
            column = {
                ValidationField.STRAIN: "strain",
                ValidationField.VISIT_DATE: "visit_date",
            }.get(error.field, "feelings")
            raise _refused([*at, "visit_reflections", row_index, column], error) from None
    instruments = area.instruments
    answers = section["checkin_answers"]
    for answer_index, row in enumerate(answers):
        try:
            check_answer(Answer(row["instrument_id"], row["item_id"], row["value"]), instruments)
        except ValidationError as error:
            raise _refused([*at, "checkin_answers", answer_index, "value"], error) from None
    checkins = read_back(area.checkins.all, [*at, "checkins"])
    read_back(area.checkins.settings, [*at, "checkin_settings"])
    read_back(area.reflections.strains, [*at, "visit_reflections"])
    ids = {row["checkin_id"]: i for i, row in enumerate(section["checkins"])}
    for checkin in checkins:
        new = NewCheckIn(checkin.day, checkin.answers, checkin.talk, checkin.note)
        try:
            validate_checkin(new, instruments, today)
        except ValidationError as error:
            where: Path_ = [*at, "checkins", ids[checkin.checkin_id]]
            if error.field is ValidationField.CHECKIN_DAY:
                where.append("day")
            elif error.field is ValidationField.CHECKIN_NOTE:
                where.append("note")
            raise _refused(where, error) from None


# --- privacy findings ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportFinding:
    """Something identifying in an imported text: where (a JSON path) and what kind."""

    path: str
    kind: FindingKind

    @property
    def blocking(self) -> bool:
        return self.kind is FindingKind.HETU


def _texts(value: object, where: Path_) -> Iterator[tuple[Path_, str]]:
    stack: list[tuple[object, Path_]] = [(value, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, str):
            yield at, item
        elif isinstance(item, dict):
            stack.extend((v, [*at, k]) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((v, [*at, i]) for i, v in reversed(list(enumerate(item))))


_NOT_TEXT = {"member_id", "created_at", "created_by", "at", "revision_id", "item_id"}


def privacy_findings(document: Mapping[str, Any]) -> list[ImportFinding]:
    """Every personal identity code, phone number and e-mail address in the file's texts
    (NFC, as the app stores them), in file order; ids and moments are not texts."""
    findings: list[ImportFinding] = []
    for at, text in _texts(document, []):
        last = at[-1] if at else ""
        if last in _NOT_TEXT or (isinstance(last, str) and last.endswith(("_id", "_at", "_on"))):
            continue
        for finding in scan(unicodedata.normalize("NFC", text)):
            findings.append(ImportFinding(json_path(at), finding.kind))
    return findings
