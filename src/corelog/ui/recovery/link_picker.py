"""What came before the soreness: the soreness form's run-or-core-session picker.

It offers the runs and core sessions of the two weeks before the entry (newest first) and
"Nothing in particular". Until the user picks one, CoreLog's proposal (the latest of the
72 hours before) is selected and a hint says so; once the user picks, or when an entry is
edited, their choice is kept as the time or the offered runs change. A run or session
that has since been deleted shows a message under the picker.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Checks, Recovery
from corelog.services.recovery import (
    DELETED_RUN_MESSAGE,
    DELETED_SESSION_MESSAGE,
    LinkChoice,
    LinkRef,
)
from corelog.ui.accessibility import label_combo
from corelog.ui.recovery.words import link_text
from corelog.ui.widgets import muted, named, show_error

NOTHING_BEFORE = QT_TRANSLATE_NOOP("Recovery", "Nothing in particular")


def _link_key(ref: LinkRef) -> str:
    """A link as combo-box item data (plain text compares reliably)."""
    return f"{ref.kind}:{ref.id}"


class LinkPicker:
    """The combo box, its hint and its error label, and which link the user wants."""

    def __init__(self, error: QLabel) -> None:
        self.combo = label_combo(
            named(QComboBox(), "sorenessLink", Recovery.tr("The run or core session before it"))
        )
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(24)
        self.combo.activated.connect(self._picked)
        self.hint = muted("")
        self.hint.setObjectName("sorenessLinkHint")
        self.error = error
        self.touched = False
        """Whether the user chose (or the edited entry holds) the link, so it is kept."""
        self.wanted: LinkRef | None = None
        self._proposal: LinkRef | None = None

    def reset(self, wanted: LinkRef | None = None, *, touched: bool = False) -> None:
        """A new entry proposes; an edited entry keeps ``wanted``."""
        self.touched = touched
        self.wanted = wanted

    def set_choices(
        self, choices: list[LinkChoice], *, proposal: LinkChoice | None, unit: str
    ) -> None:
        """Offer these runs and sessions (newest first), the wanted one or the proposal
        selected."""
        self._proposal = proposal.ref if proposal is not None else None
        chosen = self.wanted if self.touched else self._proposal
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(Recovery.marked(NOTHING_BEFORE), "")
        for choice in choices:
            self.combo.addItem(link_text(choice, unit), _link_key(choice.ref))
        index = self.combo.findData(_link_key(chosen)) if chosen is not None else 0
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        selected = next((c for c in choices if c.ref == self.ref()), None)
        if selected is not None and selected.deleted:
            show_error(
                self.error,
                Checks.marked(
                    DELETED_RUN_MESSAGE if selected.run is not None else DELETED_SESSION_MESSAGE
                ),
            )
        if self._proposal is None:
            hint = Recovery.tr("No run or core session in the 72 hours before this.")
        elif not self.touched:
            hint = Recovery.tr(
                "CoreLog proposes your latest run or core session of the past 72 hours."
            )
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _picked(self, _index: int) -> None:
        self.touched = True
        self.wanted = self.ref()
        show_error(self.error, None)
        self.hint.setVisible(False)

    def ref(self) -> LinkRef | None:
        """The run or session selected, or None for nothing in particular."""
        data = self.combo.currentData()
        if not data:
            return None
        kind, _sep, number = str(data).partition(":")
        return LinkRef(kind, int(number))
