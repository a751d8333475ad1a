"""The Plank timer page's sound: cues when due, the Settings switches obeyed live, and one
message when this computer cannot play sound or speak."""

from __future__ import annotations

import types
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from timer_window import fake_clock_window

from corelog.timer import FakeClock, Phase
from corelog.ui import sound
from corelog.ui.main_window import MainWindow
from corelog.ui.sound import SOUND_UNAVAILABLE, SPEECH_UNAVAILABLE, CuePlayer


class FakeEffect:
    def __init__(self, path: Path, played: list[str]) -> None:
        self.name = path.stem
        self.played = played

    def play(self) -> None:
        self.played.append(self.name)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def played() -> list[str]:
    return []


def make_window(ctx, qtbot, clock, player_factory=None) -> MainWindow:
    return fake_clock_window(ctx, qtbot, clock, player_factory)


@pytest.fixture
def window(ctx, qtbot, clock, played):
    return make_window(
        ctx,
        qtbot,
        clock,
        lambda parent: CuePlayer(
            effect_factory=lambda path: FakeEffect(path, played), parent=parent
        ),
    )


def set_up(page, *, hold="10", sets=2, rest="10", prep="0") -> None:
    form = page.setup_form
    form.hold.setText(hold)
    form.sets.setValue(sets)
    form.rest.setText(rest)
    form.prep.setText(prep)


def advance(page, clock, ms: int) -> None:
    for _ in range(ms // 250):
        clock.advance(250)
        page.driver.refresh()


def click_box(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_turning_sound_off_in_settings_silences_a_running_workout(window, qtbot, clock, played):
    page = window.show_page("timer")
    set_up(page)
    page.start_workout()
    assert played == ["hold"]
    settings = window.show_page("settings")
    settings.scroll.ensureWidgetVisible(settings.sound)
    click_box(qtbot, settings.sound)
    assert not settings.speech.isEnabled()  # speech goes with the sound
    advance(page, clock, 12_000)  # the hold ends, the rest starts: silently
    assert page.snapshot().phase is Phase.REST
    assert played == ["hold"]
    click_box(qtbot, settings.sound)
    advance(page, clock, 8_000)
    # on again at once: the rest's last three seconds and the next hold are heard
    assert played == ["hold", "tick_3", "tick_2", "tick_1", "hold"]


def test_a_computer_without_sound_says_so_once(ctx, qtbot, clock, monkeypatch):
    monkeypatch.setattr(sound, "_import_qt_module", lambda name: None)
    window = make_window(ctx, qtbot, clock)  # the real player, which finds no Qt Multimedia
    page = window.show_page("timer")
    set_up(page, sets=1)
    page.start_workout()
    assert window.statusBar().currentMessage() == SOUND_UNAVAILABLE
    assert not page.player.available
    advance(page, clock, 10_000)
    assert page.snapshot().phase is Phase.DONE  # the timer works silently
    window.statusBar().clearMessage()
    page.start_workout()
    assert window.statusBar().currentMessage() == ""


class FakeSpeech:
    """A text-to-speech engine with one voice."""

    said: list[str]

    class State:
        Ready = 0
        Error = 1

    def __init__(self, name, parent) -> None:
        self.said = FakeSpeech.said

    @staticmethod
    def availableEngines() -> list[str]:
        return ["fake"]

    def state(self) -> int:
        return FakeSpeech.State.Ready

    def availableVoices(self) -> list[str]:
        return ["a voice"]

    def say(self, words: str) -> None:
        self.said.append(words)

    def deleteLater(self) -> None:
        pass


def test_spoken_cues_say_the_side_when_turned_on(ctx, qtbot, clock, played, monkeypatch):
    FakeSpeech.said = []
    speech = types.SimpleNamespace(QTextToSpeech=FakeSpeech)
    real_import = sound._import_qt_module
    monkeypatch.setattr(
        sound,
        "_import_qt_module",
        lambda name: speech if name.endswith("QtTextToSpeech") else real_import(name),
    )
    window = make_window(
        ctx,
        qtbot,
        clock,
        lambda parent: CuePlayer(
            effect_factory=lambda path: FakeEffect(path, played), parent=parent
        ),
    )
    settings = window.show_page("settings")
    settings.scroll.ensureWidgetVisible(settings.speech)
    click_box(qtbot, settings.speech)
    assert ctx.settings.speech_enabled
    page = window.show_page("timer")
    page.setup_form.select_exercise(
        next(r.id for r in page.setup_form._exercises if r.key == "side_plank")
    )
    set_up(page, hold="5", sets=1, rest="5")
    page.start_workout()
    advance(page, clock, 5_000 + 5_000 + 5_000)
    assert FakeSpeech.said == ["Hold, left side", "Rest", "Hold, right side", "Workout done"]
    assert "hold" in played


def test_no_voice_is_reported_when_speech_is_turned_on(window, qtbot, monkeypatch):
    real_import = sound._import_qt_module
    monkeypatch.setattr(
        sound,
        "_import_qt_module",
        lambda name: None if name.endswith("QtTextToSpeech") else real_import(name),
    )
    window.show_page("timer")  # the page is there, listening to Settings
    settings = window.show_page("settings")
    settings.scroll.ensureWidgetVisible(settings.speech)
    click_box(qtbot, settings.speech)
    assert window.statusBar().currentMessage() == SPEECH_UNAVAILABLE
