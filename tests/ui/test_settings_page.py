"""Settings: a person clicks, CoreLog remembers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QLabel, QSpinBox

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


def type_into(qtbot, box: QSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def test_the_resting_heart_rate_stays_below_the_maximum(window, qtbot, settings_file):
    """Each heart-rate field stops one beat short of the other, so the heart-rate load
    always has room to be worked out."""
    page = open_settings(window)
    resting = page.findChild(QSpinBox, "settingsRestingHr")
    maximum = page.findChild(QSpinBox, "settingsMaxHr")
    clash = page.findChild(QLabel, "settingsHeartRatesClash")
    scroll_to(page, resting)
    type_into(qtbot, resting, "110")
    type_into(qtbot, maximum, "120")  # the lowest maximum offered
    assert maximum.value() == 120
    assert resting.maximum() == 119  # one beat below the maximum
    type_into(qtbot, resting, "125")  # the box takes no number above it ...
    assert resting.value() == 110
    type_into(qtbot, resting, "119")  # ... and up to it, any
    assert resting.value() == 119
    assert maximum.minimum() == 120
    assert (reopened(settings_file).resting_hr, reopened(settings_file).max_hr) == (119, 120)
    assert not clash.isVisible()


def test_an_imported_resting_rate_at_the_maximum_is_shown_and_explained(
    window, qtbot, settings_file
):
    """Two values a file brought that leave no room (120 and 120) are kept as they are,
    and the card says why History has no heart-rate load until one is changed."""
    window.ctx.settings.set("heart/resting_bpm", 120)
    window.ctx.settings.set("heart/max_bpm", 120)
    page = open_settings(window)
    resting = page.findChild(QSpinBox, "settingsRestingHr")
    maximum = page.findChild(QSpinBox, "settingsMaxHr")
    clash = page.findChild(QLabel, "settingsHeartRatesClash")
    scroll_to(page, clash)
    assert (resting.value(), maximum.value()) == (120, 120)
    assert clash.isVisible()
    assert "below the maximum" in clash.text()
    assert reopened(settings_file).resting_hr == 120  # nothing changed behind the user's back
    type_into(qtbot, maximum, "185")
    assert not clash.isVisible()
    assert resting.maximum() == 120 and maximum.minimum() == 121
