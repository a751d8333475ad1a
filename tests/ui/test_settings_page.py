"""Settings: a person clicks, CoreLog remembers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QSpinBox

from corelog.services.preferences import TRAINING_PREFERENCES
from corelog.ui.settings import AppSettings
from corelog.ui.theme import colors


def reopened(settings_file) -> AppSettings:
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


def open_settings(window):
    window.show_page("settings")
    return window.page("settings")


def scroll_to(page, widget):
    page.scroll.ensureWidgetVisible(widget)


def test_defaults(window, settings_file):
    page = open_settings(window)
    assert page.km.isChecked()
    assert page.week_start.currentText() == "Monday"
    assert page.sound.isChecked()
    assert reopened(settings_file).unit == "km"


def test_units_persist(window, qtbot, settings_file):
    page = open_settings(window)
    with qtbot.waitSignal(window.ctx.settings.sig_changed) as blocker:
        qtbot.mouseClick(page.mi, Qt.MouseButton.LeftButton)
    assert blocker.args == ["units/distance"]
    assert reopened(settings_file).unit == "mi"
    qtbot.mouseClick(page.km, Qt.MouseButton.LeftButton)
    assert reopened(settings_file).unit == "km"


def test_week_start_persists(window, qtbot, settings_file):
    page = open_settings(window)
    page.week_start.setFocus()
    for _ in range(6):
        qtbot.keyClick(page.week_start, Qt.Key.Key_Down)
    assert page.week_start.currentText() == "Sunday"
    assert reopened(settings_file).week_start == 6


def test_sound_persists(window, qtbot, settings_file):
    page = open_settings(window)
    scroll_to(page, page.sound)
    # A person clicks the box itself, at the left end of the row.
    qtbot.mouseClick(page.sound, Qt.MouseButton.LeftButton, pos=QPoint(8, page.sound.height() // 2))
    assert reopened(settings_file).sound_enabled is False


def test_dark_theme_applies_and_persists(window, qtbot, settings_file):
    from corelog.ui.theme import apply_theme

    window.ctx.settings.sig_changed.connect(
        lambda key: apply_theme(qtbot_app(), window.ctx.settings.theme)
    )
    page = open_settings(window)
    page.theme.setFocus()
    qtbot.keyClick(page.theme, Qt.Key.Key_End)
    assert page.theme.currentData() == "dark"
    assert reopened(settings_file).theme == "dark"
    assert colors().dark
    assert window.palette().window().color().lightness() < 80
    qtbot.keyClick(page.theme, Qt.Key.Key_Up)
    assert reopened(settings_file).theme == "light"
    assert not colors().dark


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_a_stored_value_that_makes_no_sense_falls_back_to_the_default(settings_file, qapp):
    qs = QSettings(str(settings_file), QSettings.Format.IniFormat)
    qs.setValue("units/distance", "furlongs")
    qs.setValue("calendar/week_start", "nine")
    qs.sync()
    settings = reopened(settings_file)
    assert settings.unit == "km"
    assert settings.week_start == 0


def test_a_resting_heart_rate_the_preference_allows_can_be_typed(window, qtbot, settings_file):
    """The field allows what the preference (and an import) allows: one rule, up to 120."""
    page = open_settings(window)
    resting = page.findChild(QSpinBox, "settingsRestingHr")
    scroll_to(page, resting)
    resting.setFocus()
    resting.selectAll()
    qtbot.keyClicks(resting, "115")
    qtbot.keyClick(resting, Qt.Key.Key_Tab)
    assert resting.value() == 115
    assert reopened(settings_file).resting_hr == 115
    rule = TRAINING_PREFERENCES["heart/resting_bpm"]
    assert (resting.minimum(), resting.maximum()) == (rule.minimum, rule.maximum)
