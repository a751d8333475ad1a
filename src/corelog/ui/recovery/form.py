"""The soreness form: how bad, how it feels, when it began, which way it is going.

The region comes from the body map or the region list beside it (the page passes it in).
The form proposes the latest run or core session of the 72 hours before the entry as
what came before it; the user can pick another one or none. Bad input shows a message
next to its field and nothing is saved. Enter saves (Ctrl+Enter from the notes), Esc
cancels.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.soreness import severity_band
from corelog.domain.timeutil import (
    default_start,
    from_utc_and_offset,
    local_from_wall,
    local_now,
)
from corelog.services.recovery import (
    DELETED_RUN_MESSAGE,
    DELETED_SESSION_MESSAGE,
    LinkChoice,
    LinkRef,
    SorenessEntryRecord,
    SorenessForm,
    entry_link,
)
from corelog.ui.recovery.words import (
    BAND_DEFAULTS,
    BAND_LABELS,
    BAND_RANGES,
    FEEL_LABELS,
    ONSET_LABELS,
    TREND_LABELS,
    link_text,
)
from corelog.ui.widgets import field_error, muted, named, page_title, save_form_action, show_error

NO_SEVERITY = -1
FIELDS = ("noted_at", "region", "severity", "feel", "onset", "trend", "days_lasted", "link")
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
BAND_BUTTON_NAMES = {
    "mild": "sorenessSeverityMild",
    "moderate": "sorenessSeverityModerate",
    "severe": "sorenessSeveritySevere",
}
NOTHING_BEFORE = "Nothing in particular"


def _choice_group(
    parent: QWidget, labels: Mapping[str, str], names: Mapping[str, str], what: str
) -> tuple[QButtonGroup, dict[str, QRadioButton], QHBoxLayout]:
    """Radio buttons for ``labels`` (key -> text), named by ``names`` (key -> objectName)."""
    group = QButtonGroup(parent)
    buttons: dict[str, QRadioButton] = {}
    row = QHBoxLayout()
    row.setSpacing(14)
    for key, label in labels.items():
        button = named(QRadioButton(label), names[key], f"{what}: {label}")
        group.addButton(button)
        buttons[key] = button
        row.addWidget(button)
    row.addStretch(1)
    return group, buttons, row


def _checked(buttons: Mapping[str, QAbstractButton]) -> str | None:
    return next((key for key, button in buttons.items() if button.isChecked()), None)


def _set_checked(group: QButtonGroup, buttons: Mapping[str, QAbstractButton], key: str | None
                 ) -> None:
    group.setExclusive(False)
    for name, button in buttons.items():
        button.setChecked(name == key)
    group.setExclusive(True)


class SorenessFormWidget(QWidget):
    sig_save = Signal()
    """The user asked to save (Save, or Enter)."""
    sig_cancel = Signal()
    """The user cancelled (Cancel, or Esc)."""
    sig_noted_at_changed = Signal()
    """The date or time changed: the runs and sessions offered should follow."""

    def __init__(self, region_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "sorenessForm", "Soreness form")
        self._region_names = dict(region_names)
        self._region: str | None = None
        self._entry_id: int | None = None
        self._link_touched = False
        self._wanted_link: LinkRef | None = None
        self._proposal: LinkRef | None = None
        # When editing: the entry's own time, kept with its UTC offset unless changed.
        self._edited_time: datetime | None = None
        # When editing: the entry as opened and the form's values then, to tell what the
        # user has touched should the entry change elsewhere meanwhile.
        self._loaded_entry: SorenessEntryRecord | None = None
        self._loaded: SorenessForm | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = page_title("Log soreness")
        self.title.setProperty("role", "sectionTitle")
        layout.addWidget(self.title)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        self.errors = {name: field_error(object_name) for name, object_name in ERROR_NAMES.items()}

        self.region_label = QLabel()
        self.region_label.setObjectName("sorenessRegion")
        self.region_label.setWordWrap(True)
        form.addRow("Where:", _stack(self.region_label, self.errors["region"]))

        self.noted_at = named(QDateTimeEdit(), "sorenessNotedAt", "When you noticed it")
        self.noted_at.setCalendarPopup(True)
        self.noted_at.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.noted_at.dateTimeChanged.connect(lambda _value: self.sig_noted_at_changed.emit())
        form.addRow("When:", _stack(_left(self.noted_at), self.errors["noted_at"]))

        severity_row = QHBoxLayout()
        severity_row.setSpacing(6)
        self.band_group = QButtonGroup(self)
        self.band_buttons: dict[str, QPushButton] = {}
        for band in ("mild", "moderate", "severe"):
            low, high = BAND_RANGES[band]
            button = named(
                QPushButton(BAND_LABELS[band]),
                BAND_BUTTON_NAMES[band],
                f"Severity: {BAND_LABELS[band].lower()} ({low}-{high} of 10)",
                f"{BAND_LABELS[band]}: {low}-{high} on the 0-10 scale",
            )
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, b=band: self._band_clicked(b))
            self.band_group.addButton(button)
            self.band_buttons[band] = button
            severity_row.addWidget(button)
        self.severity = named(QSpinBox(), "sorenessSeverity", "Severity from 0 to 10")
        self.severity.setRange(NO_SEVERITY, 10)
        self.severity.setSpecialValueText("–")
        self.severity.setSuffix(" /10")
        self.severity.setToolTip("0 no pain left, 1-3 mild, 4-6 moderate, 7-10 severe")
        self.severity.valueChanged.connect(self._severity_changed)
        severity_row.addSpacing(8)
        severity_row.addWidget(self.severity)
        severity_row.addStretch(1)
        form.addRow("How bad:", _stack(severity_row, self.errors["severity"]))

        self.feel_group, self.feel, row = _choice_group(
            self, FEEL_LABELS, {"dull": "sorenessFeelDull", "sharp": "sorenessFeelSharp"}, "Feel"
        )
        form.addRow("How it feels:", _stack(row, self.errors["feel"]))
        self.onset_group, self.onset, row = _choice_group(
            self,
            ONSET_LABELS,
            {
                "during": "sorenessOnsetDuring",
                "hours": "sorenessOnsetHours",
                "delayed": "sorenessOnsetDelayed",
            },
            "Began",
        )
        form.addRow("Began:", _stack(row, self.errors["onset"]))
        self.trend_group, self.trend, row = _choice_group(
            self,
            TREND_LABELS,
            {
                "improving": "sorenessTrendImproving",
                "steady": "sorenessTrendSteady",
                "worsening": "sorenessTrendWorsening",
            },
            "Now",
        )
        form.addRow("Now:", _stack(row, self.errors["trend"]))

        self.swelling = named(
            QCheckBox("Swelling, or tenderness that gets worse when I move"),
            "sorenessSwelling",
            "Swelling or tenderness",
        )
        form.addRow("", self.swelling)

        self.days_lasted = named(QLineEdit(), "sorenessDaysLasted", "Days it has lasted")
        self.days_lasted.setPlaceholderText("0")
        self.days_lasted.setMaximumWidth(70)
        days_row = QHBoxLayout()
        days_row.addWidget(self.days_lasted)
        days_row.addWidget(muted("days (0 if it began today)", wrap=False))
        days_row.addStretch(1)
        form.addRow("Lasted:", _stack(days_row, self.errors["days_lasted"]))

        self.link = named(QComboBox(), "sorenessLink", "The run or core session before it")
        self.link.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link.setMinimumContentsLength(24)
        self.link.activated.connect(self._link_picked)
        self.link_hint = muted("")
        self.link_hint.setObjectName("sorenessLinkHint")
        form.addRow("Before it:", _stack(self.link, self.link_hint, self.errors["link"]))

        self.notes = named(QPlainTextEdit(), "sorenessNotes", "Notes")
        self.notes.setPlaceholderText("Anything else worth remembering (optional)")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(58)
        save_form_action(self, "sorenessKeySave", self.sig_save.emit)
        form.addRow("Notes:", self.notes)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = named(QPushButton("Cancel"), "sorenessCancel", "Cancel")
        self.cancel_button.setToolTip("Esc")
        self.cancel_button.clicked.connect(self.sig_cancel.emit)
        self.save_button = named(QPushButton("Save"), "sorenessSave", "Save soreness entry")
        self.save_button.setToolTip("Enter")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.sig_save.emit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_region(None)

    # ------------------------------------------------------------------ filling in
    @property
    def entry_id(self) -> int | None:
        """The entry being edited, or None for a new one."""
        return self._entry_id

    def start_new(self, region: str | None, now: datetime | None = None) -> None:
        self._entry_id = None
        self._loaded_entry = None
        self._loaded = None
        self._edited_time = None
        self.title.setText("Log soreness")
        self.save_button.setText("Save")
        moment = default_start(now or local_now())
        self.noted_at.setDateTime(QDateTime(moment.replace(tzinfo=None)))
        self.set_region(region)
        self.severity.setValue(NO_SEVERITY)
        for group, buttons in self._groups():
            _set_checked(group, buttons, None)
        self.swelling.setChecked(False)
        self.days_lasted.setText("")
        self.notes.setPlainText("")
        self._link_touched = False
        self._wanted_link = None
        self.clear_errors()

    def start_edit(self, entry: SorenessEntryRecord) -> None:
        self._entry_id = entry.id
        self.title.setText("Edit soreness entry")
        self.save_button.setText("Save changes")
        local = from_utc_and_offset(entry.noted_at, entry.utc_offset_min)
        self._edited_time = local
        self.noted_at.setDateTime(QDateTime(local.replace(tzinfo=None)))
        self.set_region(entry.region)
        self.severity.setValue(entry.severity)
        _set_checked(self.feel_group, self.feel, entry.feel)
        _set_checked(self.onset_group, self.onset, entry.onset)
        _set_checked(self.trend_group, self.trend, entry.trend)
        self.swelling.setChecked(entry.swelling)
        self.days_lasted.setText(str(entry.days_lasted))
        self.notes.setPlainText(entry.notes)
        self._link_touched = True  # keep what the entry says
        self._wanted_link = entry_link(entry)
        self.clear_errors()
        self._loaded_entry = entry
        self._loaded = self.values()

    def follow(self, entry: SorenessEntryRecord) -> bool:
        """The entry being edited was changed elsewhere (Undo, Redo, an import).

        Every field the user has not touched shows the entry as it is now; what the user
        typed or picked stays. True if the form changed.
        """
        old, loaded = self._loaded_entry, self._loaded
        if self._entry_id != entry.id or old is None or loaded is None or old == entry:
            return False
        typed = self.values()
        wanted_link = self._wanted_link
        link_touched = wanted_link != entry_link(old)
        self.start_edit(entry)
        for name in (
            "noted_at", "region", "severity", "feel", "onset", "trend", "swelling",
            "days_lasted", "notes",
        ):  # fmt: skip
            value = getattr(typed, name)
            if value != getattr(loaded, name):
                self._put(name, value)
        if link_touched:
            self._wanted_link = wanted_link
        return True

    def _put(self, name: str, value: object) -> None:
        """Put back one value the user had typed or picked."""
        if name == "noted_at":
            assert isinstance(value, datetime)
            self.noted_at.setDateTime(QDateTime(value.replace(tzinfo=None)))
        elif name == "region":
            self.set_region(value if isinstance(value, str) else None)
        elif name == "severity":
            self.severity.setValue(value if isinstance(value, int) else NO_SEVERITY)
        elif name in ("feel", "onset", "trend"):
            group, buttons = {
                "feel": (self.feel_group, self.feel),
                "onset": (self.onset_group, self.onset),
                "trend": (self.trend_group, self.trend),
            }[name]
            _set_checked(group, buttons, value if isinstance(value, str) else None)
        elif name == "swelling":
            self.swelling.setChecked(bool(value))
        elif name == "days_lasted":
            self.days_lasted.setText(str(value))
        elif name == "notes":
            self.notes.setPlainText(str(value))

    def set_region(self, region: str | None) -> None:
        self._region = region
        if region is None:
            self.region_label.setText("Pick it on the body map or in the list of regions.")
            self.region_label.setProperty("role", "muted")
        else:
            self.region_label.setText(f"<b>{self._region_names[region]}</b>")
            self.region_label.setProperty("role", "")
            show_error(self.errors["region"], None)
        self.region_label.style().unpolish(self.region_label)
        self.region_label.style().polish(self.region_label)

    def region(self) -> str | None:
        return self._region

    def set_link_choices(
        self, choices: list[LinkChoice], *, proposal: LinkChoice | None, unit: str
    ) -> None:
        """Offer these runs and sessions (newest first).

        Until the user picks one, the proposal is selected; after that (or when editing
        an entry) their choice is kept.
        """
        self._proposal = proposal.ref if proposal is not None else None
        chosen = self._wanted_link if self._link_touched else self._proposal
        self.link.blockSignals(True)
        self.link.clear()
        self.link.addItem(NOTHING_BEFORE, "")
        for choice in choices:
            self.link.addItem(link_text(choice, unit), _link_key(choice.ref))
        index = self.link.findData(_link_key(chosen)) if chosen is not None else 0
        self.link.setCurrentIndex(max(0, index))
        self.link.blockSignals(False)
        selected = next((c for c in choices if c.ref == self.link_ref()), None)
        if selected is not None and selected.deleted:
            show_error(
                self.errors["link"],
                DELETED_RUN_MESSAGE if selected.run is not None else DELETED_SESSION_MESSAGE,
            )
        if self._proposal is None:
            hint = "No run or core session in the 72 hours before this."
        elif not self._link_touched:
            hint = "CoreLog proposes your latest run or core session of the past 72 hours."
        else:
            hint = ""
        self.link_hint.setText(hint)
        self.link_hint.setVisible(bool(hint))

    def _link_picked(self, _index: int) -> None:
        self._link_touched = True
        self._wanted_link = self.link_ref()
        show_error(self.errors["link"], None)
        self.link_hint.setVisible(False)

    def link_ref(self) -> LinkRef | None:
        data = self.link.currentData()
        if not data:
            return None
        kind, _sep, number = str(data).partition(":")
        return LinkRef(kind, int(number))

    def noted_at_value(self) -> datetime:
        """The time in the field, aware: an edited entry keeps the offset it was logged in
        (after travel, say) unless the time is changed; otherwise this computer's offset."""
        wall = self.noted_at.dateTime().toPython().replace(second=0, microsecond=0)
        edited = self._edited_time
        if edited is not None and wall == edited.replace(tzinfo=None, second=0, microsecond=0):
            return edited
        return local_from_wall(wall)

    def values(self) -> SorenessForm:
        severity = self.severity.value()
        return SorenessForm(
            noted_at=self.noted_at_value(),
            region=self._region,
            severity=None if severity == NO_SEVERITY else severity,
            feel=_checked(self.feel),
            onset=_checked(self.onset),
            trend=_checked(self.trend),
            swelling=self.swelling.isChecked(),
            days_lasted=self.days_lasted.text(),
            link=self.link_ref(),
            notes=self.notes.toPlainText(),
        )

    # ------------------------------------------------------------------ errors
    def show_errors(self, errors: Mapping[str, str]) -> None:
        for name, label in self.errors.items():
            show_error(label, errors.get(name))
        focus = {
            "noted_at": self.noted_at,
            "severity": self.severity,
            "feel": self.feel["dull"],
            "onset": self.onset["during"],
            "trend": self.trend["improving"],
            "days_lasted": self.days_lasted,
            "link": self.link,
        }
        for name in FIELDS:
            if name in errors and name in focus:
                focus[name].setFocus()
                break

    def clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, None)

    # ------------------------------------------------------------------ behaviour
    def _groups(self) -> list[tuple[QButtonGroup, dict[str, QRadioButton]]]:
        return [
            (self.feel_group, self.feel),
            (self.onset_group, self.onset),
            (self.trend_group, self.trend),
        ]

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
            show_error(self.errors["severity"], None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.sig_save.emit()
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.sig_cancel.emit()
            return
        super().keyPressEvent(event)


def _link_key(ref: LinkRef) -> str:
    """A link as combo-box item data (plain text compares reliably)."""
    return f"{ref.kind}:{ref.id}"


def _left(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _stack(*items: QWidget | QHBoxLayout) -> QWidget:
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
