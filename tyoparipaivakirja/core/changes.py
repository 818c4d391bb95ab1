"""Which kinds of the journal's data an action changed.

An action (run by the GUI's task runner, or announced by a page after saving) says what
it changed; every page that shows one of these kinds refreshes itself, so no dialog has
to call back into the pages by hand. Pure Python: no Qt.
"""

from __future__ import annotations

from enum import Flag, auto


class Changes(Flag):
    """Kinds of data; combine with ``|``."""

    NONE = 0
    DEBRIEFS = auto()  # debrief entries, their shared parts and topics
    FOLLOW_UPS = auto()  # the follow-ups of debriefs
    ROLES = auto()  # the role split: versions, acceptances, reviews
    SUPERVISION = auto()  # supervision sessions, agendas and agreements
    OWN_AREA = auto()  # a member's own area: check-ins, reflections, shared trends
    JOURNAL = auto()  # the journal itself: name, members, passphrase, backups, settings

    @classmethod
    def everything(cls) -> Changes:
        """Every kind (after something that replaced the whole journal)."""
        return (
            cls.DEBRIEFS | cls.FOLLOW_UPS | cls.ROLES | cls.SUPERVISION | cls.OWN_AREA | cls.JOURNAL
        )
