"""Settings: the heart rates History's heart-rate load (Banister's TRIMP) is worked out with."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox

from corelog.ui.settings import AppSettings
from corelog.ui.widgets import Card, muted, named

WEIGHTINGS = (("men", "Men's (1.92)"), ("women", "Women's (1.67)"))


def heart_rate_card(settings: AppSettings) -> Card:
    card = Card("Heart rate")
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    resting = named(
        QSpinBox(),
        "settingsRestingHr",
        "Resting heart rate",
        "Your heart rate at rest, best taken on waking, lying down",
    )
    resting.setRange(30, 110)  # always below the lowest maximum offered
    resting.setSuffix(" beats a minute")
    resting.setValue(settings.resting_hr)
    resting.valueChanged.connect(lambda v: settings.set("heart/resting_bpm", v))
    form.addRow("&Resting heart rate:", resting)
    maximum = named(
        QSpinBox(),
        "settingsMaxHr",
        "Maximum heart rate",
        "The highest heart rate you reach, from a test or a hard race",
    )
    maximum.setRange(120, 230)
    maximum.setSuffix(" beats a minute")
    maximum.setValue(settings.max_hr)
    maximum.valueChanged.connect(lambda v: settings.set("heart/max_bpm", v))
    form.addRow("Ma&ximum heart rate:", maximum)
    weighting = named(QComboBox(), "settingsTrimpWeighting", "TRIMP weighting")
    for key, label in WEIGHTINGS:
        weighting.addItem(label, key)
    weighting.setCurrentIndex(max(0, weighting.findData(settings.hr_weighting)))
    weighting.currentIndexChanged.connect(
        lambda i: settings.set("heart/weighting", weighting.itemData(i))
    )
    form.addRow("TRIMP &weighting:", weighting)
    card.body.addLayout(form)
    card.body.addWidget(
        muted(
            "History's heart-rate load (Banister's TRIMP) uses these for runs imported with "
            "heart rate; the session-effort load (effort × minutes) does not need them."
        )
    )
    card.resting, card.maximum, card.weighting = resting, maximum, weighting  # type: ignore[attr-defined]
    return card
