"""One partner's own reflection in the debrief editor, saved only into their own area."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.core.debriefs import MAX_STRAIN, PastClose, PrivateReflection, SharedStrain
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.gui.debrief_fields import TextBlock
from tyoparipaivakirja.gui.vocabulary import past_close_label
from tyoparipaivakirja.gui.widgets import FieldError, PassphraseField

NOT_ANSWERED = -1


class ReflectionBox(QGroupBox):
    """Strain now, did my past come close, I want to debrief this, feelings; and sharing."""

    changed = Signal()

    def __init__(self, member: Member, has_area: bool) -> None:
        super().__init__(self.tr("Own reflection of %1").replace("%1", member.display_name))
        self.member = member
        self.has_area = has_area
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        self.note = QLabel(self._note_text())
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.strain = QSpinBox()
        self.strain.setRange(NOT_ANSWERED, MAX_STRAIN)
        self.strain.setSpecialValueText(self.tr("not answered"))
        self.strain.setValue(NOT_ANSWERED)
        self.strain.setAccessibleName(self.tr("How much does this visit weigh on me now, 0 to 10"))
        strain_label = QLabel(self.tr("How much does this visit weigh on me now? (0–10)"))
        strain_label.setWordWrap(True)
        strain_label.setBuddy(self.strain)
        layout.addWidget(strain_label)
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
            self.past_close,
            self.wants_to_debrief,
            self.feelings,
            self.share,
            self.passphrase,
            self.passphrase_label,
        )
        for widget in self._answer_widgets:
            widget.setEnabled(has_area)
        self.strain.valueChanged.connect(self.changed)
        self.past_close.currentIndexChanged.connect(self.changed)
        self.wants_to_debrief.toggled.connect(self.changed)
        self.feelings.edit.textChanged.connect(self.changed)
        self.share.toggled.connect(self.changed)

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

    def has_answers(self) -> bool:
        return (
            self.strain.value() != NOT_ANSWERED
            or self.past_close.currentData() is not None
            or self.wants_to_debrief.isChecked()
            or bool(self.feelings.text().strip())
        )

    def reflection(self, entry_id: int, visit_date: object) -> PrivateReflection:
        from datetime import date

        assert isinstance(visit_date, date)
        past = self.past_close.currentData()
        return PrivateReflection(
            entry_id=entry_id,
            visit_date=visit_date,
            strain=None if self.strain.value() == NOT_ANSWERED else self.strain.value(),
            past_close=PastClose(past) if past else None,
            wants_to_debrief=self.wants_to_debrief.isChecked(),
            feelings=self.feelings.text(),
            shared_with_pair=self.share.isChecked(),
        )

    def shared(self) -> SharedStrain | None:
        """What goes into the pair's entry when the partner chose to share."""
        if not self.share.isChecked() or self.strain.value() == NOT_ANSWERED:
            return None
        past = self.past_close.currentData()
        return SharedStrain(
            self.member.member_id,
            self.strain.value(),
            PastClose(past) if past else PastClose.NO,
            self.wants_to_debrief.isChecked(),
        )

    def set_answers(self, reflection: PrivateReflection) -> None:
        """Put back answers kept as a draft."""
        self.strain.setValue(NOT_ANSWERED if reflection.strain is None else reflection.strain)
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

    def clear_private(self) -> None:
        """Forget the answers on screen (after saving, or when the journal locks)."""
        self.strain.setValue(NOT_ANSWERED)
        self.past_close.setCurrentIndex(0)
        self.wants_to_debrief.setChecked(False)
        self.feelings.set_text("")
        self.passphrase.clear()
