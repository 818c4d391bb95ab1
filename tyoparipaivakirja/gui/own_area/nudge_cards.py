"""Gentle nudges in the person's own area: a calm card, never a pop-up, never red.

Rules R2–R5 share one text (domain.md) and so one card; R1 (a wish to talk) has its
own. On a severe signal (WHO-5 ≤ 7, burnout 5) the card also lists where support is.
The person can acknowledge a card (it rests for the cool-down) or snooze it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tyoparipaivakirja.core.checkins import TalkChoice
from tyoparipaivakirja.core.nudges import STRAIN_RULES, Firing, Rule
from tyoparipaivakirja.gui.common.theme import calm_accent
from tyoparipaivakirja.gui.common.widgets import paragraph
from tyoparipaivakirja.gui.own_area.wellbeing_words import (
    strain_nudge_text,
    support_contacts,
    talk_nudge_text,
)


def card_style(palette: QPalette) -> str:
    """A calm card: the accent as a left edge, the palette's alternate base behind."""
    accent = calm_accent(palette, QPalette.ColorRole.AlternateBase).name()
    return (
        f"QFrame#nudgeCard {{ border: 1px solid {accent}; border-left: 5px solid {accent};"
        " border-radius: 4px; background: palette(alternate-base); }"
    )


class NudgeCard(QFrame):
    """One nudge with its two answers. ``rules`` are the rules the card stands for."""

    acknowledged = Signal(object)  # list[Rule]
    snoozed = Signal(object)  # list[Rule]
    agenda_requested = Signal()  # R1: put the wish to talk on the supervision agenda

    def __init__(
        self,
        rules: Sequence[Rule],
        text: str,
        contacts: Sequence[str] = (),
        parent: QWidget | None = None,
        offer_agenda: bool = False,
    ) -> None:
        super().__init__(parent)
        self.rules = list(rules)
        self.setObjectName("nudgeCard")
        self.setStyleSheet(card_style(self.palette()))
        self.setAccessibleName(self.tr("A note for you"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        self.text = paragraph(text)
        layout.addWidget(self.text)
        self.contacts: QLabel | None = None
        if contacts:
            lines = "\n".join(f"• {contact}" for contact in contacts)
            self.contacts = paragraph(
                self.tr("If things feel heavy right now, support is also here:") + "\n" + lines
            )
            layout.addWidget(self.contacts)
        buttons = QHBoxLayout()
        self.agenda_button: QPushButton | None = None
        if offer_agenda:
            self.agenda_button = QPushButton(self.tr("Add to the supervision agenda"))
            self.agenda_button.setAccessibleDescription(
                self.tr(
                    "Adds a topic about your coping to the next planned work supervision. "
                    "None of your answers or notes go with it."
                )
            )
            self.agenda_button.clicked.connect(self.agenda_requested)
            buttons.addWidget(self.agenda_button)
        self.read_button = QPushButton(self.tr("Thanks, I have read this"))
        self.read_button.clicked.connect(lambda: self.acknowledged.emit(self.rules))
        self.snooze_button = QPushButton(self.tr("Remind me in a week"))
        self.snooze_button.clicked.connect(lambda: self.snoozed.emit(self.rules))
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.snooze_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


def nudge_cards(
    firings: Sequence[Firing],
    latest_talk: frozenset[TalkChoice],
    offer_agenda: bool = False,
    usual_level: bool = False,
) -> list[NudgeCard]:
    """The cards for today's firing rules: R1 on its own (with a way to put the wish on the
    supervision agenda when ``offer_agenda``), R2–R5 together."""
    cards: list[NudgeCard] = []
    if any(f.rule is Rule.R1 for f in firings):
        cards.append(NudgeCard([Rule.R1], talk_nudge_text(latest_talk), offer_agenda=offer_agenda))
    strain = [f for f in firings if f.rule in STRAIN_RULES]
    if strain:
        severe = any(f.severe for f in strain)
        cards.append(
            NudgeCard(
                [f.rule for f in strain],
                strain_nudge_text(usual_level),
                support_contacts() if severe else (),
            )
        )
    return cards
