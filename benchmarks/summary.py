"""Benchmark: a year of work to a finished supervision summary PDF (issue 16 target: 0.5 s).

    .venv/bin/python benchmarks/summary.py [--keep DIR] [--debriefs 1460]

Generates a journal with the real key derivation: 1,460 debriefs over a year (four a
day, as issue 16 measured; ``--debriefs 500`` is issue 6's year; a third
shared with reflection, topics and warning signs among them), 52 weekly check-ins of
one member with a shared stress trend for the whole year, 4 accepted role-split
revisions and a session with an agenda and agreements. Then times, from the unlocked
journal: reading the period, the summary model, the privacy gate, the PDF and the
AES-256 encryption — what "Check and make the summary" does for a whole year.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tyoparipaivakirja.actions.summary import summary_input
from tyoparipaivakirja.actions.supervision import suggested_topics
from tyoparipaivakirja.core.checkins import Answer, NewCheckIn
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    Presence,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    Theme,
    VisitType,
    WarningSign,
    WarningSignNote,
)
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.core.members import NewMember, Role
from tyoparipaivakirja.core.roles import (
    NETWORK_WORK_TITLE,
    Lead,
    ReasonCategory,
    RevisionContent,
)
from tyoparipaivakirja.core.summary import build_summary, privacy_gate
from tyoparipaivakirja.core.supervision import AgendaItem, Agreement
from tyoparipaivakirja.report.supervision_summary import build_summary_pdf, protect
from tyoparipaivakirja.storage.folder import create_journal, open_journal
from tyoparipaivakirja.storage.session import Journal

PASSPHRASE = "benchmark kanerva majakka routa 2026"
OWN_PASSPHRASE = "benchmark oma sammal laituri hiili"
TARGET_SECONDS = 0.5
DEBRIEFS = 1460
TEXTS = (
    "Asiakas kertoi asunnon tilanteesta ja siitä, mikä on auttanut pysymään raittiina.",
    "Sovimme etukäteen, kumpi puhuu ensin, ja se rauhoitti tilanteen.",
    "Oma tausta tuli lähelle, kun puhuttiin vankilasta vapautumisesta.",
    "Verkostopalaverissa jokainen tiesi roolinsa; seuraavaksi selvitetään velkaneuvonta.",
)


def _year_of_work(folder: Path, today: date, debriefs: int = DEBRIEFS) -> None:
    journal = create_journal(
        folder,
        "Benchmark-työpari",
        (NewMember("Jari", Role.EXPERT_BY_EXPERIENCE), NewMember("Sanna", Role.PROFESSIONAL)),
        PASSPHRASE,
    )
    try:
        rng = random.Random(6)
        jari, sanna = journal.members.all()
        start = today - timedelta(days=364)
        for index in range(debriefs):
            shared = index % 3 == 0
            journal.debriefs.save(
                Debrief(
                    visit_date=start + timedelta(days=index * 364 // debriefs),
                    visit_type=rng.choice(list(VisitType)),
                    presence=Presence.BOTH if index % 5 else Presence.PROFESSIONAL,
                    client_code=f"A-{rng.randint(1, 60):02d}",
                    themes=tuple(rng.sample(list(Theme), 2)),
                    what_happened=rng.choice(TEXTS),
                    went_well=rng.choice(TEXTS) * 2,
                    was_hard=rng.choice(TEXTS),
                    learning=rng.choice(TEXTS),
                    warning_signs=WarningSignNote((rng.choice(list(WarningSign)),))
                    if index % 7 == 0
                    else WarningSignNote(),
                    supervision_topics=(
                        SupervisionTopic(f"Nosto {index}", (SupervisionTag.ROLES,), jari.member_id),
                    )
                    if index % 10 == 0
                    else (),
                    sharing=SharingLevel.TOPICS_AND_REFLECTION if shared else SharingLevel.NONE,
                ),
                jari.member_id,
                today,
            )
        area = journal.create_personal_area(jari.member_id, OWN_PASSPHRASE)
        first_monday = start - timedelta(days=start.weekday())
        for week in range(52):
            day = first_monday + timedelta(weeks=week, days=2)
            if day <= today:
                stress = 2 + (week // 6) % 3
                area.checkins.add(
                    NewCheckIn(day, (Answer(ELO_STRESS, ELO_STRESS_ITEM, stress),)), today
                )
        area.share_trend(area.preview_share(start, today, today), today)
        area.close()
        for version in range(4):
            day = start + timedelta(days=version * 90)
            draft = (
                journal.roles.start_draft_from_defaults(day)
                if version == 0
                else journal.roles.start_draft_from_current(day)
            )
            lead = (Lead.PROFESSIONAL, Lead.SHARED, Lead.SHARED, Lead.EXPERT_BY_EXPERIENCE)[version]
            items = tuple(
                replace(item, lead=lead) if item.title == NETWORK_WORK_TITLE else item
                for item in draft.items
            )
            content = RevisionContent(
                items,
                draft.frame,
                day,
                day + timedelta(days=90),
                reason=ReasonCategory.TRUST_GREW if version else None,
                reason_text="Luottamus on kasvanut." if version else "",
            )
            journal.roles.propose(draft.revision_id, sanna.member_id, content)
            journal.roles.accept(draft.revision_id, jari.member_id)
            journal.roles.accept(draft.revision_id, sanna.member_id)
        earlier = journal.supervision.add_session(start - timedelta(days=7), "Outi")
        journal.supervision.save_session(
            earlier.session_id,
            earlier.held_on,
            "Outi",
            [],
            [Agreement(f"Sopimus {n}") for n in range(5)],
        )
        session = journal.supervision.add_session(today + timedelta(days=3), "Outi")
        topics = suggested_topics(journal, session.session_id, today)
        journal.supervision.save_session(
            session.session_id,
            session.held_on,
            "Outi",
            [*topics, AgendaItem("Oma aihe")],
            [],
        )
    finally:
        journal.lock()


def _once(journal: Journal, start: date, today: date) -> tuple[float, int, int]:
    began = time.perf_counter()
    upcoming = journal.supervision.next_session(today)
    data = summary_input(journal, start, today, today, upcoming.session_id if upcoming else None)
    summary = build_summary(data)
    gate = privacy_gate(summary)
    assert not gate.blocked
    pdf = protect(build_summary_pdf(summary), "benchmark-salasana")
    return time.perf_counter() - began, len(pdf), len(summary.reflections)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="write the journal here and keep it")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--debriefs", type=int, default=DEBRIEFS)
    args = parser.parse_args()
    today = date.today()
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp) / "vuosi"
        began = time.perf_counter()
        if not (folder / "pair.db").exists():
            _year_of_work(folder, today, args.debriefs)
            print(f"generated a year of work in {time.perf_counter() - began:.1f} s")
        journal = open_journal(folder, PASSPHRASE)
        try:
            start = today - timedelta(days=364)
            timings = []
            for _ in range(args.runs):
                seconds, size, reflections = _once(journal, start, today)
                timings.append(seconds)
        finally:
            journal.lock()
    median = statistics.median(timings)
    print(
        f"year → finished summary PDF: median {median:.2f} s, worst {max(timings):.2f} s "
        f"({reflections} shared reflections, {size // 1024} KiB, AES-256) — target "
        f"{TARGET_SECONDS:.1f} s: {'met' if median <= TARGET_SECONDS else 'MISSED'}"
    )
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
