"""The soreness form: how bad, how it feels, when it began, which way it is going.

The region comes from the body map or the region list beside it (the page passes it in).
The form proposes the latest run or core session of the 72 hours before the entry as
what came before it; the user can pick another one or none. Bad input shows a message
next to its field and nothing is saved. Enter saves (Ctrl+Enter from the notes), Esc
cancels. Its widgets are built in :mod:`~corelog.ui.recovery.form_layout`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from corelog.domain.i18n import Common, Recovery
from corelog.domain.timeutil import (
    default_start,
    from_utc_and_offset,
    local_from_wall,
    local_now,
)
from corelog.services.recovery import (
    LinkChoice,
    LinkRef,
    SorenessEntryRecord,
    SorenessForm,
    entry_link,
)
from corelog.ui.recovery.form_fields import NO_SEVERITY, checked_key, set_checked
from corelog.ui.recovery.form_layout import SorenessFormLayout
from corelog.ui.widgets import named, save_form_action, show_error

FIELDS = ("noted_at", "region", "severity", "feel", "onset", "trend", "days_lasted", "link")


class SorenessFormWidget(SorenessFormLayout):
    sig_save = Signal()
    """The user asked to save (Save, or Enter)."""
    sig_cancel = Signal()
    """The user cancelled (Cancel, or Esc)."""
    sig_noted_at_changed = Signal()
    """The date or time changed: the runs and sessions offered should follow."""

    def __init__(self, region_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "sorenessForm", Recovery.tr("Soreness form"))
        self._region_names = dict(region_names)
        self._region: str | None = None
        self._entry_id: int | None = None
        # When editing: the entry's own time, kept with its UTC offset unless changed.
        self._edited_time: datetime | None = None
        # When editing: the entry as opened and the form's values then, to tell what the
        # user has touched should the entry change elsewhere meanwhile.
        self._loaded_entry: SorenessEntryRecord | None = None
        self._loaded: SorenessForm | None = None

        self._build()
        self._connect()
        self.set_region(None)

    def _connect(self) -> None:
        """The date and time, Ctrl+Enter, Cancel and Save tell the page what the user did."""
        self.noted_at.dateTimeChanged.connect(lambda _value: self.sig_noted_at_changed.emit())
        save_form_action(self, "sorenessKeySave", self.sig_save.emit)
        self.cancel_button.clicked.connect(self.sig_cancel.emit)
        self.save_button.clicked.connect(self.sig_save.emit)

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
        self.title.setText(Recovery.tr("Log soreness"))
        self.save_button.setText(Common.tr("Save"))
        moment = default_start(now or local_now())
        self.noted_at.setDateTime(QDateTime(moment.replace(tzinfo=None)))
        self.set_region(region)
        self.severity.setValue(NO_SEVERITY)
        for group, buttons in self._groups():
            set_checked(group, buttons, None)
        self.swelling.setChecked(False)
        self.days_lasted.setText("")
        self.notes.setPlainText("")
        self.picker.reset()
        self.clear_errors()

    def start_edit(self, entry: SorenessEntryRecord) -> None:
        self._entry_id = entry.id
        self.title.setText(Recovery.tr("Edit soreness entry"))
        self.save_button.setText(Common.tr("Save changes"))
        local = from_utc_and_offset(entry.noted_at, entry.utc_offset_min)
        self._edited_time = local
        self.noted_at.setDateTime(QDateTime(local.replace(tzinfo=None)))
        self.set_region(entry.region)
        self.severity.setValue(entry.severity)
        set_checked(self.feel_group, self.feel, entry.feel)
        set_checked(self.onset_group, self.onset, entry.onset)
        set_checked(self.trend_group, self.trend, entry.trend)
        self.swelling.setChecked(entry.swelling)
        self.days_lasted.setText(str(entry.days_lasted))
        self.notes.setPlainText(entry.notes)
        self.picker.reset(entry_link(entry), touched=True)  # keep what the entry says
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
        wanted_link = self.picker.wanted
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
            self.picker.wanted = wanted_link
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
            set_checked(group, buttons, value if isinstance(value, str) else None)
        elif name == "swelling":
            self.swelling.setChecked(bool(value))
        elif name == "days_lasted":
            self.days_lasted.setText(str(value))
        elif name == "notes":
            self.notes.setPlainText(str(value))

    def set_region(self, region: str | None) -> None:
        self._region = region
        if region is None:
            self.region_label.setText(
                Recovery.tr("Pick it on the body map or in the list of regions.")
            )
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
        """Offer these runs and sessions (newest first); see :class:`LinkPicker`."""
        self.picker.set_choices(choices, proposal=proposal, unit=unit)

    def link_ref(self) -> LinkRef | None:
        return self.picker.ref()

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
            feel=checked_key(self.feel),
            onset=checked_key(self.onset),
            trend=checked_key(self.trend),
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
