"""The soreness form's widgets and their layout: the title; where, when and how bad; how
it feels, when it began and which way it is going; swelling, how long it has lasted, what
came before it and notes (each field with its error line); Cancel and Save below.

:class:`SorenessFormLayout` builds them (objectNames, accessible names, tips);
:class:`~corelog.ui.recovery.form.SorenessFormWidget` connects, fills and reads them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Common, Dates, Recovery
from corelog.ui.recovery.form_fields import SeverityField, choice_group, left, stack
from corelog.ui.recovery.link_picker import LinkPicker
from corelog.ui.recovery.words import FEEL_LABELS, ONSET_LABELS, TREND_LABELS
from corelog.ui.widgets import field_error, muted, named, page_title

ERROR_NAMES = {
    "noted_at": "sorenessNotedAtError",
    "region": "sorenessRegionError",
    "severity": "sorenessSeverityError",
    "feel": "sorenessFeelError",
    "onset": "sorenessOnsetError",
    "trend": "sorenessTrendError",
    "days_lasted": "sorenessDaysLastedError",
    "link": "sorenessLinkError",
}


class SorenessFormLayout(QWidget):
    """The soreness form's widgets, laid out; the form connects and fills them."""

    def _build(self) -> None:
        """The title, the fields, and the Cancel and Save buttons."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = page_title(Recovery.tr("Log soreness"))
        self.title.setProperty("role", "sectionTitle")
        layout.addWidget(self.title)
        layout.addLayout(self._build_fields())
        layout.addLayout(self._build_buttons())
        layout.addStretch(1)

    def _build_fields(self) -> QFormLayout:
        """The fields, labelled on the left, each with its error line under it."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        self.errors = {name: field_error(object_name) for name, object_name in ERROR_NAMES.items()}
        self._add_where_and_when(form)
        self._add_how_bad(form)
        self._add_choices(form)
        self._add_details(form)
        return form

    def _add_where_and_when(self, form: QFormLayout) -> None:
        """Where it hurts (from the body map) and when it was noticed."""
        self.region_label = QLabel()
        self.region_label.setObjectName("sorenessRegion")
        self.region_label.setWordWrap(True)
        form.addRow(Recovery.tr("Where:"), stack(self.region_label, self.errors["region"]))

        self.noted_at = named(
            QDateTimeEdit(), "sorenessNotedAt", Recovery.tr("When you noticed it")
        )
        self.noted_at.setCalendarPopup(True)
        self.noted_at.setDisplayFormat(Dates.tr("ddd d MMM yyyy, HH:mm"))
        form.addRow(Recovery.tr("When:"), stack(left(self.noted_at), self.errors["noted_at"]))

    def _add_how_bad(self, form: QFormLayout) -> None:
        """How bad: the Mild, Moderate and Severe buttons beside the 0-10 box."""
        self.severity_field = SeverityField(self, self.errors["severity"])
        self.band_buttons = self.severity_field.band_buttons
        self.severity = self.severity_field.severity
        form.addRow(
            Recovery.tr("How bad:"), stack(self.severity_field.row, self.errors["severity"])
        )

    def _add_choices(self, form: QFormLayout) -> None:
        """The rows of choices: how it feels, when it began, which way it is going."""
        self.feel_group, self.feel, row = choice_group(
            self, FEEL_LABELS, {"dull": "sorenessFeelDull", "sharp": "sorenessFeelSharp"},
            Recovery.tr("Feel"),
        )
        form.addRow(Recovery.tr("How it feels:"), stack(row, self.errors["feel"]))
        self.onset_group, self.onset, row = choice_group(
            self,
            ONSET_LABELS,
            {
                "during": "sorenessOnsetDuring",
                "hours": "sorenessOnsetHours",
                "delayed": "sorenessOnsetDelayed",
            },
            Recovery.tr("Began"),
        )
        form.addRow(Recovery.tr("Began:"), stack(row, self.errors["onset"]))
        self.trend_group, self.trend, row = choice_group(
            self,
            TREND_LABELS,
            {
                "improving": "sorenessTrendImproving",
                "steady": "sorenessTrendSteady",
                "worsening": "sorenessTrendWorsening",
            },
            Recovery.tr("Now", "which way it is going"),
        )
        form.addRow(Recovery.tr("Now:"), stack(row, self.errors["trend"]))

    def _add_details(self, form: QFormLayout) -> None:
        """Swelling, how many days it has lasted, what came before it, and notes."""
        self.swelling = named(
            QCheckBox(Recovery.tr("Swelling, or tenderness that gets worse when I move")),
            "sorenessSwelling",
            Recovery.tr("Swelling or tenderness"),
        )
        form.addRow("", self.swelling)

        self.days_lasted = named(
            QLineEdit(), "sorenessDaysLasted", Recovery.tr("Days it has lasted")
        )
        self.days_lasted.setPlaceholderText("0")
        self.days_lasted.setMaximumWidth(70)
        days_row = QHBoxLayout()
        days_row.addWidget(self.days_lasted)
        days_row.addWidget(muted(Recovery.tr("days (0 if it began today)"), wrap=False))
        days_row.addStretch(1)
        form.addRow(Recovery.tr("Lasted:"), stack(days_row, self.errors["days_lasted"]))

        self.picker = LinkPicker(self.errors["link"])
        self.link, self.link_hint = self.picker.combo, self.picker.hint
        form.addRow(
            Recovery.tr("Before it:"), stack(self.link, self.link_hint, self.errors["link"])
        )

        self.notes = named(QPlainTextEdit(), "sorenessNotes", Common.tr("Notes"))
        self.notes.setPlaceholderText(
            Recovery.tr("Anything else worth remembering (optional)")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(58)
        form.addRow(Common.tr("Notes:"), self.notes)

    def _build_buttons(self) -> QHBoxLayout:
        """Cancel and Save, at the right under the fields."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = named(
            QPushButton(Common.tr("Cancel")), "sorenessCancel", Common.tr("Cancel")
        )
        self.cancel_button.setToolTip(Common.tr("Esc", "key"))
        self.save_button = named(
            QPushButton(Common.tr("Save")), "sorenessSave", Recovery.tr("Save soreness entry")
        )
        self.save_button.setToolTip(Common.tr("Enter", "key"))
        self.save_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons
