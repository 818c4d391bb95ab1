"""One partner's own reflection in the debrief editor, saved only into their own area.

What the partner chose to share with the pair (strain, whether the past came close,
the wish to debrief together; never the feelings) is stored in the pair's entry. When
the entry is opened again those shared answers are shown here, with a line that says
what the pair sees, so the partner reads them where they read the entry. Only answers
that differ from what was loaded are the owner's new answers, which need the owner's
own passphrase; the partner can edit the rest of the entry without it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.core.debriefs import MAX_STRAIN, PastClose, PrivateReflection, SharedStrain
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.gui.common.scale_choice import ScaleChoice
from tyoparipaivakirja.gui.common.widgets import FieldError, PassphraseField
from tyoparipaivakirja.gui.debriefs.debrief_fields import TextBlock
from tyoparipaivakirja.gui.debriefs.vocabulary import past_close_label

translate = QCoreApplication.translate

type Answers = tuple[int | None, str | None, bool, bool]


def shared_strain_text(shared: SharedStrain, name: str | None = None) -> str:
    """What a partner shared, in words: "Jari: strain 7/10 · own past came close: a
    little · wants to debrief this together" (the name left out when ``name`` is None)."""
    parts = [
        translate("Reflection", "strain %1/10").replace("%1", str(shared.strain)),
        translate("Reflection", "own past came close: %1").replace(
            "%1", past_close_label(shared.past_close).lower()
        ),
    ]
    if shared.wants_to_debrief:
        parts.append(translate("Reflection", "wants to debrief this together"))
    text = " · ".join(parts)
    return f"{name}: {text}" if name else text


class ReflectionBox(QGroupBox):
    """Strain now, did my past come close, I want to debrief this, feelings; and sharing."""

    changed = Signal()

    def __init__(self, member: Member, has_area: bool) -> None:
        super().__init__(self.tr("Own reflection of %1").replace("%1", member.display_name))
        self.member = member
        self.has_area = has_area
        self._stored: SharedStrain | None = None
        self._loaded: Answers = (None, None, False, False)
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        self.note = QLabel(self._note_text())
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.shared_note = QLabel()
        self.shared_note.setWordWrap(True)
        self.shared_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shared_note.setAccessibleName(self.tr("Shared with the pair"))
        self.shared_note.setVisible(False)
        layout.addWidget(self.shared_note)
        strain_label = QLabel(self.tr("How much does this visit weigh on me now? (0–10)"))
        strain_label.setWordWrap(True)
        question = QHBoxLayout()  # Clear beside the question: the row of 0–10 stays narrow
        question.setContentsMargins(0, 0, 0, 0)
        question.addWidget(strain_label, 1)
        layout.addLayout(question)
        # The same row of choices as the check-in: arrow keys move the answer.
        self.strain = ScaleChoice.numeric(
            0,
            MAX_STRAIN,
            self.tr("Strain now"),
            self.tr("not at all"),
            self.tr("very much"),
        )
        self.strain.setAccessibleName(self.tr("How much does this visit weigh on me now, 0 to 10"))
        strain_label.setBuddy(self.strain.buttons[0])
        self.clear_strain = QToolButton()
        self.clear_strain.setText(self.tr("Clear"))
        self.clear_strain.setAccessibleName(self.tr("Clear the strain answer"))
        self.clear_strain.setToolTip(self.clear_strain.accessibleName())
        self.clear_strain.clicked.connect(self._clear_strain)
        question.addWidget(self.clear_strain, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.strain)
        self.past_close = QComboBox()
        self.past_close.addItem(self.tr("not answered"), None)
        for value in PastClose:
            self.past_close.addItem(past_close_label(value), value.value)
        self.past_close.setAccessibleName(self.tr("Did my own past come close"))
        past_label = QLabel(self.tr("Did my own past come close?"))
        past_label.setBuddy(self.past_close)
        layout.addWidget(past_label)
        layout.addWidget(self.past_close)
        self.wants_to_debrief = QCheckBox(self.tr("I want to debrief this with my pair"))
        layout.addWidget(self.wants_to_debrief)
        self.feelings = TextBlock(self.tr("What feelings did the visit stir in me?"), lines=3)
        layout.addWidget(self.feelings)
        self.share = QCheckBox(self.tr("Share with my pair (not my feelings)"))
        self.share.setToolTip(
            self.tr("Share my strain, past and wish to debrief with my pair (not my feelings)")
        )
        self.share.setAccessibleName(self.share.toolTip())
        layout.addWidget(self.share)
        self.passphrase = PassphraseField(
            self.tr("Own passphrase of %1").replace("%1", member.display_name)
        )
        self.passphrase_label = QLabel(
            self.tr("%1's own passphrase, to save these answers").replace("%1", member.display_name)
        )
        self.passphrase_label.setWordWrap(True)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase)
        self.error = FieldError()
        layout.addWidget(self.error)
        self._answer_widgets: tuple[QWidget, ...] = (
            self.strain,
            self.clear_strain,
            self.past_close,
            self.wants_to_debrief,
            self.feelings,
            self.share,
            self.passphrase,
            self.passphrase_label,
        )
        for widget in self._answer_widgets:
            widget.setEnabled(has_area)
        self.strain.changed.connect(self.changed)
        self.past_close.currentIndexChanged.connect(self.changed)
        self.wants_to_debrief.toggled.connect(self.changed)
        self.feelings.edit.textChanged.connect(self.changed)
        self.share.toggled.connect(self.changed)
        # An answer (or the passphrase asked for) makes the message above it stale.
        self.changed.connect(self.error.clear_message)
        self.passphrase.text_changed.connect(self.error.clear_message)

    def _note_text(self) -> str:
        name = self.member.display_name
        if self.has_area:
            return self.tr(
                "Only into your own area (%1). Your partner sees it only if you share."
            ).replace("%1", name)
        return self.tr(
            "%1 has no own area yet. Create it on the Own area page to keep these answers."
        ).replace("%1", name)

    def set_has_area(self, has_area: bool) -> None:
        """The member may have created their own area since the editor was built."""
        self.has_area = has_area
        self.note.setText(self._note_text())
        for widget in self._answer_widgets:
            widget.setEnabled(has_area)

    def set_full(self, full: bool) -> None:
        """The feelings question belongs to the full reflection."""
        self.feelings.setVisible(full)

    def _clear_strain(self) -> None:
        self.strain.set_value(None)
        self.changed.emit()

    def _answers(self) -> Answers:
        past = self.past_close.currentData()
        return (
            self.strain.value(),
            None if past is None else str(past),
            self.wants_to_debrief.isChecked(),
            self.share.isChecked(),
        )

    def has_answers(self) -> bool:
        """True when the owner answered something new here (which goes to their own area,
        with their own passphrase); the shared answers shown as loaded are not new."""
        return self._answers() != self._loaded or bool(self.feelings.text().strip())

    def shares_without_strain(self) -> bool:
        """Sharing was ticked but there is no strain to share (it would reach nobody)."""
        return self.share.isChecked() and self.strain.value() is None

    def reflection(self, entry_id: str, visit_date: date) -> PrivateReflection:
        past = self.past_close.currentData()
        return PrivateReflection(
            entry_id=entry_id,
            visit_date=visit_date,
            strain=self.strain.value(),
            past_close=PastClose(past) if past else None,
            wants_to_debrief=self.wants_to_debrief.isChecked(),
            feelings=self.feelings.text(),
            shared_with_pair=self.share.isChecked(),
        )

    def shared(self) -> SharedStrain | None:
        """What goes into the pair's entry when the partner chose to share."""
        strain = self.strain.value()
        if not self.share.isChecked() or strain is None:
            return None
        past = self.past_close.currentData()
        return SharedStrain(
            self.member.member_id,
            strain,
            PastClose(past) if past else PastClose.NO,
            self.wants_to_debrief.isChecked(),
        )

    def set_answers(self, reflection: PrivateReflection) -> None:
        """Put back answers kept as a draft."""
        self.strain.set_value(reflection.strain)
        index = self.past_close.findData(
            reflection.past_close.value if reflection.past_close else None
        )
        self.past_close.setCurrentIndex(max(index, 0))
        self.wants_to_debrief.setChecked(reflection.wants_to_debrief)
        self.feelings.set_text(reflection.feelings)
        self.share.setChecked(reflection.shared_with_pair)

    def set_note(self, text: str | None) -> None:
        """Say what happens to the answers (None: the usual note)."""
        self.note.setText(text or self._note_text())

    def forget_answers(self) -> None:
        """Take the owner's new answers off the screen (they are kept in the own area, or
        the owner chose to leave them): what was shared with the pair stays shown."""
        self.load_shared(self._stored)

    def load_shared(self, shared: SharedStrain | None) -> None:
        """Show what the member shared with the pair in this entry (or nothing): the
        feelings and the passphrase are always empty here."""
        self._stored = shared
        self.strain.set_value(shared.strain if shared else None)
        if shared is None:
            self.past_close.setCurrentIndex(0)
        else:
            self.past_close.setCurrentIndex(max(0, self.past_close.findData(shared.past_close)))
        self.wants_to_debrief.setChecked(bool(shared and shared.wants_to_debrief))
        self.share.setChecked(shared is not None)
        self.feelings.set_text("")
        self.passphrase.clear()
        self.error.clear_message()
        self._loaded = self._answers()
        if shared is None:
            self.shared_note.setVisible(False)
            self.shared_note.clear()
        else:
            self.shared_note.setText(
                self.tr("Shared with the pair: %1").replace("%1", shared_strain_text(shared))
            )
            self.shared_note.setVisible(True)

    def clear_private(self) -> None:
        """Forget the answers on screen (when the journal locks or the entry closes)."""
        self.load_shared(None)
