"""The soreness form's building blocks: choices, the severity row, stacked fields.

:func:`choice_group` makes one row of radio buttons (how it feels, when it began, which
way it is going); :class:`SeverityField` is "how bad": Mild, Moderate and Severe buttons
beside a 0-10 box, each following the other; :func:`stack` puts a field above its hint
and its error message.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Recovery
from corelog.services.recovery import severity_band
from corelog.ui.recovery.words import BAND_DEFAULTS, BAND_RANGES, band_label, band_word
from corelog.ui.widgets import named, show_error

NO_SEVERITY = -1
"""The severity box's value until a severity is chosen (shown as "–")."""
BAND_BUTTON_NAMES = {
    "mild": "sorenessSeverityMild",
    "moderate": "sorenessSeverityModerate",
    "severe": "sorenessSeveritySevere",
}


def choice_group(
    parent: QWidget, labels: Mapping[str, str], names: Mapping[str, str], what: str
) -> tuple[QButtonGroup, dict[str, QRadioButton], QHBoxLayout]:
    """Radio buttons for ``labels`` (key -> text), named by ``names`` (key -> objectName)."""
    group = QButtonGroup(parent)
    buttons: dict[str, QRadioButton] = {}
    row = QHBoxLayout()
    row.setSpacing(14)
    for key, marked in labels.items():
        label = Recovery.marked(marked)
        button = named(
            QRadioButton(label), names[key], Recovery.tr("{what}: {choice}").format(
                what=what, choice=label
            )
        )
        group.addButton(button)
        buttons[key] = button
        row.addWidget(button)
    row.addStretch(1)
    return group, buttons, row


def checked_key(buttons: Mapping[str, QAbstractButton]) -> str | None:
    return next((key for key, button in buttons.items() if button.isChecked()), None)


def set_checked(
    group: QButtonGroup, buttons: Mapping[str, QAbstractButton], key: str | None
) -> None:
    group.setExclusive(False)
    for name, button in buttons.items():
        button.setChecked(name == key)
    group.setExclusive(True)


class SeverityField:
    """How bad: Mild, Moderate and Severe buttons beside the 0-10 box, kept in step."""

    def __init__(self, parent: QWidget, error: QLabel) -> None:
        self.error = error
        self.row = QHBoxLayout()
        self.row.setSpacing(6)
        self.band_group = QButtonGroup(parent)
        self.band_buttons: dict[str, QPushButton] = {}
        for band in ("mild", "moderate", "severe"):
            low, high = BAND_RANGES[band]
            button = named(
                QPushButton(band_label(band)),
                BAND_BUTTON_NAMES[band],
                Recovery.tr("Severity: {band} ({low}-{high} of 10)").format(
                    band=band_word(band), low=low, high=high
                ),
                Recovery.tr("{band}: {low}-{high} on the 0-10 scale").format(
                    band=band_label(band), low=low, high=high
                ),
            )
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, b=band: self._band_clicked(b))
            self.band_group.addButton(button)
            self.band_buttons[band] = button
            self.row.addWidget(button)
        self.severity = named(
            QSpinBox(), "sorenessSeverity", Recovery.tr("Severity from 0 to 10")
        )
        self.severity.setRange(NO_SEVERITY, 10)
        self.severity.setSpecialValueText("–")
        self.severity.setSuffix(" /10")
        self.severity.setToolTip(
            Recovery.tr("0 no pain left, 1-3 mild, 4-6 moderate, 7-10 severe")
        )
        self.severity.valueChanged.connect(self._severity_changed)
        self.row.addSpacing(8)
        self.row.addWidget(self.severity)
        self.row.addStretch(1)

    def _band_clicked(self, band: str) -> None:
        low, high = BAND_RANGES[band]
        if not low <= self.severity.value() <= high:
            self.severity.setValue(BAND_DEFAULTS[band])

    def _severity_changed(self, value: int) -> None:
        band = severity_band(value) if value != NO_SEVERITY else None
        self.band_group.setExclusive(False)
        for name, button in self.band_buttons.items():
            button.setChecked(name == band)
        self.band_group.setExclusive(True)
        if value != NO_SEVERITY:
            show_error(self.error, None)


def left(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def stack(*items: QWidget | QHBoxLayout) -> QWidget:
    holder = QWidget()
    holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    for item in items:
        if isinstance(item, QWidget):
            column.addWidget(item)
        else:
            column.addLayout(item)
    return holder
