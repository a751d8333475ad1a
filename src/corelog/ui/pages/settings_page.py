"""Settings: units, week start, theme, the plank timer and sound, and where the data lives."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSignalBlocker, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from corelog.domain import i18n
from corelog.domain.i18n import Settings
from corelog.services import database
from corelog.ui.accessibility import name_scroll_area
from corelog.ui.context import AppContext
from corelog.ui.i18n import LANGUAGES, SYSTEM, system_language
from corelog.ui.settings import value_range
from corelog.ui.widgets import Card, button_group, muted, named, page_title


def weekdays() -> list[str]:
    """Monday to Sunday, named in the user's language."""
    monday = date(2024, 1, 1)
    return [i18n.date_text(monday + timedelta(days=i), "dddd") for i in range(7)]


def themes() -> tuple[tuple[str, str], ...]:
    return (
        ("system", Settings.tr("Follow the system")),
        ("light", Settings.tr("Light", "theme")),
        ("dark", Settings.tr("Dark", "theme")),
    )


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsPage")
        self.setAccessibleName(Settings.tr("Settings"))
        self.scroll = self._build_scroll(self._build_content())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        # A preference can change elsewhere too (an import brings the file's newer ones).
        ctx.settings.sig_changed.connect(self._on_setting_changed)

    def _build_content(self) -> QWidget:
        """The page's title and its cards, one under the other."""
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(page_title(Settings.tr("Settings")))
        layout.addWidget(self._build_units_card())
        layout.addWidget(self._build_calendar_card())

        from corelog.ui.pages.heart_settings import heart_rate_card

        self.heart = heart_rate_card(self.ctx.settings)
        layout.addWidget(self.heart)
        layout.addWidget(self._build_sound_card())
        layout.addWidget(self._build_data_card())
        layout.addStretch(1)
        return content

    def _build_units_card(self) -> Card:
        """The "Units" card: kilometres or miles, and what changing them does."""
        units = Card(Settings.tr("Units"))
        row = QHBoxLayout()
        self.km = named(
            QRadioButton(Settings.tr("Kilometres (km, min/km)")),
            "settingsUnitsKm",
            Settings.tr("Kilometres"),
        )
        self.mi = named(
            QRadioButton(Settings.tr("Miles (mi, min/mi)")), "settingsUnitsMi", Settings.tr("Miles")
        )
        self._unit_group = button_group(self, self.km, self.mi)
        (self.mi if self.ctx.settings.unit == "mi" else self.km).setChecked(True)
        self.km.toggled.connect(self._units_changed)
        row.addWidget(self.km)
        row.addWidget(self.mi)
        row.addStretch(1)
        units.body.addLayout(row)
        units.body.addWidget(
            muted(
                Settings.tr(
                    "Changes how distances and paces are shown. What you logged is never changed."
                )
            )
        )
        return units

    def _build_calendar_card(self) -> Card:
        """The "Calendar and appearance" card: first day of the week, theme and language."""
        general = Card(Settings.tr("Calendar and appearance"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(Settings.tr("First day of the week:"), self._build_week_start())
        form.addRow(Settings.tr("Theme:"), self._build_theme())
        form.addRow(Settings.tr("Language:"), self._build_language())
        self.language_note = muted(
            Settings.tr("CoreLog speaks the language you choose from its next start.")
        )
        self.language_note.setObjectName("settingsLanguageNote")
        self.language_note.setVisible(False)
        general.body.addLayout(form)
        general.body.addWidget(self.language_note)
        return general

    def _build_week_start(self) -> QComboBox:
        """The choice of the first day of the week, saved on every change."""
        settings = self.ctx.settings
        self.week_start = named(
            QComboBox(), "settingsWeekStart", Settings.tr("First day of the week")
        )
        self.week_start.addItems(weekdays())
        self.week_start.setCurrentIndex(settings.week_start)
        self.week_start.currentIndexChanged.connect(
            lambda i: settings.set("calendar/week_start", i)
        )
        return self.week_start

    def _build_theme(self) -> QComboBox:
        """The choice of theme (the system's, light or dark), saved on every change."""
        settings = self.ctx.settings
        self.theme = named(QComboBox(), "settingsTheme", Settings.tr("Theme"))
        for key, label in themes():
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        self.theme.currentIndexChanged.connect(
            lambda i: settings.set("appearance/theme", self.theme.itemData(i))
        )
        return self.theme

    def _build_language(self) -> QComboBox:
        """The choice of CoreLog's language: the system's or one of CoreLog's own."""
        self.language = named(
            QComboBox(),
            "settingsLanguage",
            Settings.tr("Language"),
            Settings.tr("The language of CoreLog's windows, from its next start"),
        )
        system_name = LANGUAGES[system_language()]
        self.language.addItem(
            Settings.tr("As the system ({language})").format(language=system_name), SYSTEM
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self.ctx.settings.language))
        self.language.currentIndexChanged.connect(self._language_changed)
        return self.language

    def _build_sound_card(self) -> Card:
        """The "Plank timer and sound" card: the prep countdown, sound cues and spoken cues."""
        sound = Card(Settings.tr("Plank timer and sound"))
        sound.body.addLayout(self._build_prep_row())
        sound.body.addWidget(self._build_sound_box())
        sound.body.addWidget(self._build_speech_box())
        sound.body.addWidget(
            muted(
                Settings.tr(
                    "Tones mark “hold now”, the last three seconds, “rest” and “workout done”. "
                    "Without sound on this computer the timer runs silently and says so once."
                )
            )
        )
        return sound

    def _build_prep_row(self) -> QHBoxLayout:
        """The row of the prep countdown before the first hold, in seconds."""
        settings = self.ctx.settings
        prep_row = QHBoxLayout()
        self.timer_prep = named(
            QSpinBox(),
            "settingsTimerPrep",
            Settings.tr("Prep countdown"),
            Settings.tr("Seconds to get into position before the first hold of a workout"),
        )
        self.timer_prep.setRange(*value_range("timer/prep_s"))
        self.timer_prep.setSuffix(" s")
        self.timer_prep.setValue(settings.timer_prep_s)
        self.timer_prep.valueChanged.connect(lambda s: settings.set("timer/prep_s", s))
        prep_label = QLabel(Settings.tr("&Prep countdown before the first hold:"))
        prep_label.setBuddy(self.timer_prep)
        prep_row.addWidget(prep_label)
        prep_row.addWidget(self.timer_prep)
        prep_row.addStretch(1)
        return prep_row

    def _build_sound_box(self) -> QCheckBox:
        """The box that turns the plank timer's sound cues on or off."""
        settings = self.ctx.settings
        self.sound = named(
            QCheckBox(Settings.tr("Play sound cues (plank timer)")),
            "settingsSound",
            Settings.tr("Play sound cues"),
        )
        self.sound.setChecked(settings.sound_enabled)
        self.sound.toggled.connect(lambda on: settings.set("sound/enabled", on))
        return self.sound

    def _build_speech_box(self) -> QCheckBox:
        """The box that has the cues spoken too; it goes with the sound box."""
        settings = self.ctx.settings
        self.speech = named(
            QCheckBox(Settings.tr("Speak the cues too (“Hold, left side”, “Rest”)")),
            "settingsSpeech",
            Settings.tr("Speak the cues"),
            Settings.tr(
                "Needs a text-to-speech voice on this computer; CoreLog says so if there is none"
            ),
        )
        self.speech.setChecked(settings.speech_enabled)
        self.speech.setEnabled(settings.sound_enabled)
        self.speech.toggled.connect(lambda on: settings.set("sound/speech", on))
        self.sound.toggled.connect(self.speech.setEnabled)
        return self.speech

    def _build_data_card(self) -> Card:
        """The "Your data" card: where the database and its backups are kept on this computer."""
        store_path = self.ctx.store.path
        data = Card(Settings.tr("Your data"))
        data.body.addWidget(
            muted(
                Settings.tr(
                    "CoreLog keeps everything on this computer. Nothing is ever sent anywhere."
                )
            )
        )
        path_label = QLabel(Settings.tr("Database: {path}").format(path=store_path))
        path_label.setObjectName("settingsDatabasePath")
        path_label.setWordWrap(True)
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data.body.addWidget(path_label)
        backups_label = QLabel(
            Settings.tr("Backups: {path}").format(path=database.backups_folder(store_path))
        )
        backups_label.setObjectName("settingsBackupsPath")
        backups_label.setWordWrap(True)
        data.body.addWidget(backups_label)
        data.body.addLayout(self._build_folder_row())
        return data

    def _build_folder_row(self) -> QHBoxLayout:
        """The row with the button that opens the data folder in the file manager."""
        ctx = self.ctx
        buttons = QHBoxLayout()
        self.open_folder = named(
            QPushButton(Settings.tr("Open data folder")),
            "settingsOpenDataFolder",
            Settings.tr("Open data folder"),
        )
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.store.path.parent)))
        )
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        return buttons

    def _build_scroll(self, content: QWidget) -> QScrollArea:
        """The page's scroll area, around its content."""
        scroll = name_scroll_area(QScrollArea(), Settings.tr("Settings page"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _on_setting_changed(self, key: str) -> None:
        """Show a preference's value as it is now, without setting it again."""
        settings = self.ctx.settings
        heart = self.heart
        shown = {
            "calendar/week_start": (self.week_start, lambda: settings.week_start),
            "timer/prep_s": (self.timer_prep, lambda: settings.timer_prep_s),
            "heart/resting_bpm": (heart.resting, lambda: settings.resting_hr),  # type: ignore[attr-defined]
            "heart/max_bpm": (heart.maximum, lambda: settings.max_hr),  # type: ignore[attr-defined]
        }
        if key in shown:
            widget, value = shown[key]
            with QSignalBlocker(widget):
                if widget is self.week_start:
                    widget.setCurrentIndex(value())
                else:
                    widget.setValue(value())
        elif key == "heart/weighting":
            combo = heart.weighting  # type: ignore[attr-defined]
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(0, combo.findData(settings.hr_weighting)))
        elif key == "units/distance":
            with QSignalBlocker(self.km), QSignalBlocker(self.mi):
                (self.mi if settings.unit == "mi" else self.km).setChecked(True)

    def _language_changed(self, index: int) -> None:
        self.ctx.settings.set("appearance/language", self.language.itemData(index))
        self.language_note.setVisible(True)

    def _units_changed(self) -> None:
        self.ctx.settings.set("units/distance", "km" if self.km.isChecked() else "mi")
