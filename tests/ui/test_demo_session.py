"""`corelog --demo` leaves the user's own preferences as they were."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QRadioButton

import corelog.app as app
from corelog import APP_NAME, ORG_NAME
from corelog.app import main


def user_qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def test_changing_preferences_in_the_demo_leaves_the_users_settings_alone(
    qtbot, monkeypatch, tmp_path
):
    def your_database():
        raise AssertionError("the demo must not touch the user's database")

    monkeypatch.setattr(app, "default_db_path", your_database)
    mine = user_qsettings()
    mine.setValue("units/distance", "km")
    mine.setValue("calendar/week_start", 6)
    mine.sync()
    settings_file = Path(mine.fileName())
    del mine
    before = settings_file.read_bytes()
    seen = {}

    def explore():
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        ]
        # Once the window is up and has built its pages in the background.
        if not windows or len(windows[0].built_pages()) < len(windows[0].specs):
            QTimer.singleShot(10, explore)
            return
        window = windows[0]
        try:
            # The demo starts from the user's preferences...
            window.show_page("settings")
            miles = window.findChild(QRadioButton, "settingsUnitsMi")
            seen["miles shown"] = miles.isVisible()
            seen["week start"] = window.ctx.settings.week_start
            # ...then the user switches to miles, resizes the window and quits.
            qtbot.mouseClick(miles, Qt.MouseButton.LeftButton)
            seen["unit"] = window.ctx.settings.unit
            window.resize(900, 640)
            window.findChild(QAction, "actionQuit").trigger()
        finally:
            QTimer.singleShot(0, QApplication.quit)

    QTimer.singleShot(0, explore)
    assert main(["--demo"]) == 0

    assert seen == {"miles shown": True, "week start": 6, "unit": "mi"}
    assert settings_file.read_bytes() == before
    assert user_qsettings().value("units/distance") == "km"
