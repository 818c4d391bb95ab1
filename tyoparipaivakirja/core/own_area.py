"""What a person's own area shows at a glance, read in one go."""

from __future__ import annotations

from dataclasses import dataclass

from tyoparipaivakirja.core.checkins import CheckIn, CheckInSettings
from tyoparipaivakirja.core.nudges import Firing
from tyoparipaivakirja.core.trends import SharedTrend, VisitStrain


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
