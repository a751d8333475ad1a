"""The preferences that travel in export files are the UI's own settings, with the same
allowed values; each remembers when the user set it, and one taken from a file keeps the
moment it was set there."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings

from corelog.services.preferences import TRAINING_PREFERENCES, PreferenceValue
from corelog.ui.settings import SETTINGS, AppSettings


@pytest.mark.parametrize("key", sorted(TRAINING_PREFERENCES))
def test_each_travelling_preference_is_a_setting_with_the_same_values(key):
    travelling, setting = TRAINING_PREFERENCES[key], SETTINGS[key]
    assert travelling.kind is type(setting.default)
    assert travelling.check(setting.default) == setting.default
    assert travelling.choices == setting.choices
    assert (travelling.minimum, travelling.maximum) == (setting.minimum, setting.maximum)


def test_machine_preferences_stay_on_the_machine():
    assert not {"appearance/theme", "sound/enabled", "sound/speech"} & set(TRAINING_PREFERENCES)


def test_a_set_preference_carries_when_it_was_set(app_settings, clock_at):
    clock_at("2026-03-04 05:06", "UTC")
    assert app_settings.training_preferences() == {}  # nothing set: nothing travels
    app_settings.set("units/distance", "mi")
    app_settings.set("appearance/theme", "dark")
    (only,) = app_settings.training_preferences().items()
    assert only[0] == "units/distance" and only[1].value == "mi"
    assert abs((only[1].changed_at - datetime(2026, 3, 4, 5, 6, tzinfo=UTC)).total_seconds()) < 60


def test_one_set_before_times_were_kept_counts_as_set_when_first_asked(settings_file, qapp):
    raw = QSettings(str(settings_file), QSettings.Format.IniFormat)
    raw.setValue("calendar/week_start", 6)  # written by CoreLog 0.1, with no time
    raw.sync()
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    first = settings.training_preferences()["calendar/week_start"]
    assert first.value == 6
    assert settings.training_preferences()["calendar/week_start"] == first  # remembered


def test_a_preference_from_a_file_keeps_the_time_it_was_set_there(app_settings, qtbot):
    there = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    with qtbot.waitSignal(app_settings.sig_changed) as changed:
        keys = app_settings.apply_training_preferences(
            {"units/distance": PreferenceValue("mi", there)}
        )
    assert keys == ["units/distance"] and changed.args == ["units/distance"]
    assert app_settings.unit == "mi"
    assert app_settings.training_preferences()["units/distance"].changed_at == there


def test_a_preference_is_changed_through_set_never_by_assigning(app_settings):
    """``settings.unit = "mi"`` would hide the stored value behind an attribute, so the
    change would reach neither the file nor the pages listening for it."""
    with pytest.raises(AttributeError, match="units/distance"):
        app_settings.unit = "mi"
    app_settings.set("units/distance", "mi")
    assert app_settings.unit == "mi"
