"""What a person's own area shows at a glance, read in one go."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from tyoparipaivakirja.core.checkins import CheckIn, CheckInSettings
from tyoparipaivakirja.core.nudges import Firing
from tyoparipaivakirja.core.roles import Revision, accepted_revisions
from tyoparipaivakirja.core.supervision import SupervisionSession
from tyoparipaivakirja.core.trends import Marker, MarkerKind, SharedTrend, VisitStrain


@dataclass(frozen=True, slots=True)
class AreaSnapshot:
    """The owner's check-ins (oldest first), visit strains, settings, the nudges to show
    today, whether the weekly check-in is due, and what they have shared with the pair."""

    checkins: tuple[CheckIn, ...]
    visits: tuple[VisitStrain, ...]
    settings: CheckInSettings
    nudges: tuple[Firing, ...]
    weekly_due: bool
    shares: tuple[SharedTrend, ...]
    usual_level: bool = False  # six stress answers make the person's usual level


def role_revision_markers(revisions: Iterable[Revision]) -> tuple[Marker, ...]:
    """A marker on the day each agreed role split took effect, so a person can see their
    strain beside the moments the work was divided anew."""
    return tuple(
        Marker(revision.effective_from, MarkerKind.ROLE_REVISION)
        for revision in accepted_revisions(revisions)
    )


def supervision_markers(sessions: Iterable[SupervisionSession], today: date) -> tuple[Marker, ...]:
    """A marker on the day of each work supervision session held so far (a planned one is
    not history yet)."""
    return tuple(
        Marker(session.held_on, MarkerKind.SUPERVISION)
        for session in sessions
        if session.held_on <= today
    )
