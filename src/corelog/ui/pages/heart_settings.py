"""Settings: the heart rates History's heart-rate load (Banister's TRIMP) is worked out with."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox

from corelog.domain import i18n
from corelog.domain.i18n import Settings
from corelog.ui.settings import AppSettings, value_range
from corelog.ui.widgets import Card, field_error, muted, named, show_error


def weightings() -> tuple[tuple[str, str], ...]:
    return (
        ("men", Settings.tr("Men's ({factor})").format(factor=i18n.number(1.92, 2))),
        ("women", Settings.tr("Women's ({factor})").format(factor=i18n.number(1.67, 2))),
    )


def _beats_box(
    settings: AppSettings, key: str, object_name: str, name: str, tooltip: str
) -> QSpinBox:
    """The field of the heart-rate preference ``key``, in beats a minute: its bounds and
    value, saved on every change."""
    box = named(QSpinBox(), object_name, name, tooltip)
    box.setRange(*value_range(key))
    box.setSuffix(Settings.tr(" beats a minute"))
    box.setValue(settings.get(key))
    box.valueChanged.connect(lambda v: settings.set(key, v))
    return box


def _weighting_box(settings: AppSettings) -> QComboBox:
    """The choice of TRIMP weighting (men's or women's), saved on every change."""
    weighting = named(QComboBox(), "settingsTrimpWeighting", Settings.tr("TRIMP weighting"))
    for key, label in weightings():
        weighting.addItem(label, key)
    weighting.setCurrentIndex(max(0, weighting.findData(settings.hr_weighting)))
    weighting.currentIndexChanged.connect(
        lambda i: settings.set("heart/weighting", weighting.itemData(i))
    )
    return weighting


def _heart_form(resting: QSpinBox, maximum: QSpinBox, weighting: QComboBox) -> QFormLayout:
    """The card's three fields under their labels (with their Alt keys)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.addRow(Settings.tr("&Resting heart rate:"), resting)
    form.addRow(Settings.tr("Ma&ximum heart rate:"), maximum)
    form.addRow(Settings.tr("TRIMP &weighting:"), weighting)
    return form


def _keep_apart(resting: QSpinBox, maximum: QSpinBox, clash: QLabel) -> None:
    """Keep the resting rate below the maximum, and say so on the clash line when it is not."""
    highest_resting = resting.maximum()  # the preferences' own bounds, from _beats_box
    lowest_maximum = maximum.minimum()

    def keep_apart() -> None:
        apart = resting.value() < maximum.value()
        if apart:
            resting.setMaximum(min(highest_resting, maximum.value() - 1))
            maximum.setMinimum(max(lowest_maximum, resting.value() + 1))
        show_error(
            clash,
            None
            if apart
            else Settings.tr(
                "The resting heart rate must be below the maximum: until it is, History "
                "leaves out the heart-rate load."
            ),
        )

    keep_apart()
    resting.valueChanged.connect(keep_apart)
    maximum.valueChanged.connect(keep_apart)


def heart_rate_card(settings: AppSettings) -> Card:
    """The "Heart rate" card: resting and maximum heart rates, TRIMP weighting, and a note."""
    card = Card(Settings.tr("Heart rate"))
    resting = _beats_box(
        settings,
        "heart/resting_bpm",
        "settingsRestingHr",
        Settings.tr("Resting heart rate"),
        Settings.tr("Your heart rate at rest, best taken on waking, lying down"),
    )
    maximum = _beats_box(
        settings,
        "heart/max_bpm",
        "settingsMaxHr",
        Settings.tr("Maximum heart rate"),
        Settings.tr("The highest heart rate you reach, from a test or a hard race"),
    )
    weighting = _weighting_box(settings)
    card.body.addLayout(_heart_form(resting, maximum, weighting))
    # The resting rate stays below the maximum (TRIMP needs room between them): each field
    # stops one beat short of the other. Only an imported file can bring them together;
    # then the card says so, and nothing is changed behind the user's back.
    clash = field_error("settingsHeartRatesClash")
    card.body.addWidget(clash)
    _keep_apart(resting, maximum, clash)
    card.body.addWidget(
        muted(
            Settings.tr(
                "History's heart-rate load (Banister's TRIMP) uses these for runs imported with "
                "heart rate; the session-effort load (effort × minutes) does not need them."
            )
        )
    )
    card.resting, card.maximum, card.weighting = resting, maximum, weighting  # type: ignore[attr-defined]
    card.clash = clash  # type: ignore[attr-defined]
    return card
