"""Debrief entries to and from plain JSON-ready dicts (drafts, and later the export)."""

from __future__ import annotations

from datetime import date
from typing import Any

from tyoparipaivakirja.core.debriefs import (
    Debrief,
    EntryStatus,
    FollowUp,
    MemberPart,
    PastClose,
    Presence,
    RoleSplitWorked,
    SharedStrain,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    Theme,
    VisitType,
    WarningSign,
    WarningSignNote,
)


def _date(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def member_parts_to_list(parts: tuple[MemberPart, ...]) -> list[dict[str, Any]]:
    return [
        {"member_id": p.member_id, "role_items": list(p.role_items), "free_text": p.free_text}
        for p in parts
    ]


def member_parts_from_list(items: list[dict[str, Any]]) -> tuple[MemberPart, ...]:
    return tuple(
        MemberPart(
            str(i["member_id"]),
            tuple(str(r) for r in i.get("role_items", ())),
            str(i.get("free_text", "")),
        )
        for i in items
    )


def shared_strain_to_list(items: tuple[SharedStrain, ...]) -> list[dict[str, Any]]:
    return [
        {
            "member_id": s.member_id,
            "strain": s.strain,
            "past_close": s.past_close.value,
            "wants_to_debrief": s.wants_to_debrief,
        }
        for s in items
    ]


def shared_strain_from_list(items: list[dict[str, Any]]) -> tuple[SharedStrain, ...]:
    return tuple(
        SharedStrain(
            str(i["member_id"]),
            int(i["strain"]),
            PastClose(i["past_close"]),
            bool(i["wants_to_debrief"]),
        )
        for i in items
    )


def debrief_to_dict(entry: Debrief) -> dict[str, Any]:
    return {
        "entry_id": entry.entry_id,
        "visit_date": entry.visit_date.isoformat(),
        "visit_type": entry.visit_type.value,
        "presence": entry.presence.value,
        "client_code": entry.client_code,
        "themes": [t.value for t in entry.themes],
        "uppermost": entry.uppermost,
        "goal": entry.goal,
        "what_happened": entry.what_happened,
        "member_parts": member_parts_to_list(entry.member_parts),
        "role_split_worked": entry.role_split_worked.value if entry.role_split_worked else None,
        "role_split_note": entry.role_split_note,
        "warning_signs": {
            "signs": [s.value for s in entry.warning_signs.signs],
            "noticed_by": entry.warning_signs.noticed_by,
            "noticed_from": entry.warning_signs.noticed_from,
            "agreed": entry.warning_signs.agreed,
        },
        "went_well": entry.went_well,
        "was_hard": entry.was_hard,
        "learning": entry.learning,
        "follow_ups": [
            {
                "task": f.task,
                "owner": f.owner,
                "due": f.due.isoformat() if f.due else None,
                "done": f.done,
                "follow_up_id": f.follow_up_id,
            }
            for f in entry.follow_ups
        ],
        "supervision_topics": [
            {"text": t.text, "tags": [tag.value for tag in t.tags], "raised_by": t.raised_by}
            for t in entry.supervision_topics
        ],
        "sharing": entry.sharing.value,
        "status": entry.status.value,
        "shared_strain": shared_strain_to_list(entry.shared_strain),
    }


def debrief_from_dict(data: dict[str, Any]) -> Debrief:
    signs = data.get("warning_signs") or {}
    visit_date = _date(data["visit_date"])
    assert visit_date is not None
    worked = data.get("role_split_worked")
    return Debrief(
        entry_id=data.get("entry_id"),
        visit_date=visit_date,
        visit_type=VisitType(data["visit_type"]),
        presence=Presence(data.get("presence", Presence.BOTH.value)),
        client_code=str(data.get("client_code", "")),
        themes=tuple(Theme(t) for t in data.get("themes", ())),
        uppermost=str(data.get("uppermost", "")),
        goal=str(data.get("goal", "")),
        what_happened=str(data.get("what_happened", "")),
        member_parts=member_parts_from_list(list(data.get("member_parts", ()))),
        role_split_worked=RoleSplitWorked(worked) if worked else None,
        role_split_note=str(data.get("role_split_note", "")),
        warning_signs=WarningSignNote(
            signs=tuple(WarningSign(s) for s in signs.get("signs", ())),
            noticed_by=str(signs.get("noticed_by", "")),
            noticed_from=str(signs.get("noticed_from", "")),
            agreed=str(signs.get("agreed", "")),
        ),
        went_well=str(data.get("went_well", "")),
        was_hard=str(data.get("was_hard", "")),
        learning=str(data.get("learning", "")),
        follow_ups=tuple(
            FollowUp(
                str(f["task"]),
                str(f.get("owner", "")),
                _date(f.get("due")),
                bool(f.get("done", False)),
                f.get("follow_up_id"),
            )
            for f in data.get("follow_ups", ())
        ),
        supervision_topics=tuple(
            SupervisionTopic(
                str(t["text"]),
                tuple(SupervisionTag(x) for x in t.get("tags", ())),
                str(t.get("raised_by", "")),
            )
            for t in data.get("supervision_topics", ())
        ),
        sharing=SharingLevel(data.get("sharing", SharingLevel.NONE.value)),
        status=EntryStatus(data.get("status", EntryStatus.QUICK.value)),
        shared_strain=shared_strain_from_list(list(data.get("shared_strain", ()))),
    )
