""" "How is it today?": the follow-up that opens inline above an entry's guidance.

The severity now (starting at the last one), swelling, a note, then one click on Better,
About the same or Worse records it; Esc or Cancel closes it without recording.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Common, Recovery
from corelog.services.recovery import severity_band
from corelog.ui.recovery.words import band_word
from corelog.ui.widgets import field_error, muted, named, section_title, show_error


class FollowUpWidget(QFrame):
    """ "How is it today?": the severity now, then one click on Better, Same or Worse."""

    sig_record = Signal(str)
    """Record a follow-up with this trend ("improving", "steady", "worsening")."""
    sig_cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "followUpPanel", Recovery.tr("How is it today?"))
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(section_title(Recovery.tr("How is it today?")))
        row = QHBoxLayout()
        row.addWidget(QLabel(Recovery.tr("How bad now:")))
        self.severity = named(
            QSpinBox(), "followUpSeverity", Recovery.tr("Severity now, from 0 to 10")
        )
        self.severity.setRange(0, 10)
        self.severity.setSuffix(" /10")
        self.severity.valueChanged.connect(self._show_band)
        row.addWidget(self.severity)
        self.band = muted("", wrap=False)
        row.addWidget(self.band)
        row.addStretch(1)
        layout.addLayout(row)
        self.swelling = named(
            QCheckBox(Recovery.tr("Swelling, or tenderness that gets worse when I move")),
            "followUpSwelling",
            Recovery.tr("Swelling or tenderness now"),
        )
        layout.addWidget(self.swelling)
        self.notes = named(QLineEdit(), "followUpNotes", Recovery.tr("Follow-up notes"))
        self.notes.setPlaceholderText(Recovery.tr("Notes (optional)"))
        layout.addWidget(self.notes)
        self.error = field_error("followUpError")
        layout.addWidget(self.error)
        layout.addWidget(muted(Recovery.tr("Compared with last time, it is:")))
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for trend, text, said, name in (
            ("improving", Recovery.tr("&Better"), Recovery.tr("Record: better"), "followUpBetter"),
            ("steady", Recovery.tr("About the &same"), Recovery.tr("Record: about the same"),
             "followUpSame"),
            ("worsening", Recovery.tr("&Worse"), Recovery.tr("Record: worse"), "followUpWorse"),
        ):
            button = named(QPushButton(text), name, said)
            button.setAutoDefault(True)
            button.clicked.connect(lambda _checked=False, t=trend: self.sig_record.emit(t))
            self.buttons[trend] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.cancel = named(
            QPushButton(Common.tr("Cancel")), "followUpCancel", Recovery.tr("Cancel the follow-up")
        )
        self.cancel.setToolTip(Common.tr("Esc", "key"))
        self.cancel.clicked.connect(self.sig_cancel.emit)
        buttons.addWidget(self.cancel)
        layout.addLayout(buttons)

    def start(self, severity: int, swelling: bool) -> None:
        self.severity.setValue(severity)
        self._show_band(severity)
        self.swelling.setChecked(swelling)
        self.notes.clear()
        show_error(self.error, None)
        self.show()
        self.severity.setFocus()
        self.severity.selectAll()

    def _show_band(self, value: int) -> None:
        self.band.setText(band_word(severity_band(value)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.sig_cancel.emit()
            return
        super().keyPressEvent(event)
