"""What the run form shows back while the user types: the pace, the units, the messages.

The pace beside distance and time follows every keystroke; the unit labels and the
distance placeholder follow the distance-unit setting; a message under each field says
what is wrong with it (the first such field takes the focus) and goes when the user
types there again.

:class:`RunFormFeedback` is mixed into :class:`~corelog.ui.log.run_form.RunForm`, whose
widgets (:class:`~corelog.ui.log.run_form_layout.RunFormLayout`) and unit it uses.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QWidget

from corelog.domain.formatting import format_run_pace
from corelog.domain.i18n import Log, number
from corelog.domain.parsing import ParseError, parse_distance, parse_duration
from corelog.ui.log.run_form_layout import no_pace_text
from corelog.ui.widgets import show_error

ELEVATION_UNITS = {"km": "m", "mi": "ft"}

# The fields validation reports on, in the order the form shows them.
FIELDS = (
    "started_at",
    "distance",
    "duration",
    "run_type",
    "race_class",
    "effort",
    "surface",
    "elevation_gain",
    "shoe",
)


def distance_placeholder(unit: str) -> str:
    """ "e.g. 5.2" ("z. B. 5,2"): a distance in ``unit``, with the user's decimal point."""
    return Log.tr("e.g. {distance}").format(distance=number(5.2 if unit == "km" else 3.1, 1))


class RunFormFeedback:
    """The run form's pace, unit texts and field messages (see the module's docstring)."""

    start: QDateTimeEdit
    distance: QLineEdit
    distance_unit: QLabel
    duration: QLineEdit
    elevation: QLineEdit
    elevation_unit: QLabel
    pace: QLabel
    run_type: QComboBox
    race_class: QComboBox
    effort: QComboBox
    surface: QComboBox
    shoe: QComboBox
    errors: dict[str, QLabel]
    form_error: QLabel
    _unit: str
    _pace: str

    def _apply_unit_texts(self) -> None:
        self.distance_unit.setText(self._unit)
        self.distance.setPlaceholderText(distance_placeholder(self._unit))
        self.elevation_unit.setText(ELEVATION_UNITS[self._unit])
        self._update_pace()

    def _update_pace(self) -> None:
        try:
            metres = parse_distance(self.distance.text(), self._unit)
            seconds = parse_duration(self.duration.text())
        except ParseError:
            metres = seconds = 0
        pace = format_run_pace(metres, seconds, self._unit) if metres > 0 and seconds > 0 else ""
        self._pace = pace
        if pace:
            self.pace.setText(Log.tr("Pace <b>{pace}</b>").format(pace=pace))
            self.pace.setProperty("role", None)
        else:
            self.pace.setText(no_pace_text())
            self.pace.setProperty("role", "muted")
        self.pace.style().unpolish(self.pace)
        self.pace.style().polish(self.pace)

    def pace_text(self) -> str:
        """The pace shown, as plain text ("4:54 /km"), or "" while there is none."""
        return self._pace

    def _widget_for(self, field: str) -> QWidget:
        return {
            "started_at": self.start,
            "distance": self.distance,
            "duration": self.duration,
            "run_type": self.run_type,
            "race_class": self.race_class,
            "effort": self.effort,
            "surface": self.surface,
            "elevation_gain": self.elevation,
            "shoe": self.shoe,
        }[field]

    def _show_errors(self, messages: Mapping[str, str]) -> None:
        first: QWidget | None = None
        for field in FIELDS:
            message = messages.get(field)
            if message is None:
                continue
            show_error(self.errors[field], message)
            if first is None:
                first = self._widget_for(field)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()

    def _clear_error(self, field: str) -> None:
        show_error(self.errors[field], None)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, None)
        show_error(self.form_error, None)

    def error_text(self, field: str) -> str:
        """The message shown under a field ("" when none is shown)."""
        label = self.errors[field]
        return label.text() if label.isVisibleTo(self) else ""
