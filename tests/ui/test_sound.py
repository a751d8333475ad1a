"""The timer's sound cues and the player."""

from __future__ import annotations

import runpy
import sys
import types
import wave
from pathlib import Path

import pytest

from corelog.timer import (
    CountdownTick,
    HoldRecorded,
    HoldResult,
    Interrupted,
    Phase,
    PhaseStarted,
    Side,
    WorkoutFinished,
)
from corelog.ui.sound import (
    NO_AUDIO_OUTPUT,
    SOUND_UNAVAILABLE,
    SPEECH_UNAVAILABLE,
    Cue,
    CuePlayer,
    cue_for_event,
    words_for_event,
)

ROOT = Path(__file__).resolve().parents[2]

RESULT = HoldResult(0, 0, None, 30_000, 30_000, True, False, False)
EVENTS_AND_CUES = [
    (PhaseStarted(Phase.HOLD, 0, 0, None, 0, 30_000), Cue.HOLD),
    (PhaseStarted(Phase.REST, 1, 1, None, 0, 30_000), Cue.REST),
    (PhaseStarted(Phase.PREP, 0, 0, None, 0, 5_000), None),
    (CountdownTick(Phase.HOLD, 3, 0, 0), Cue.TICK_3),
    (CountdownTick(Phase.REST, 2, 1, 0), Cue.TICK_2),
    (CountdownTick(Phase.PREP, 1, 0, 0), Cue.TICK_1),
    (HoldRecorded(RESULT, 0), None),
    (Interrupted(Phase.HOLD, 0, 0, 60_000), None),
    (WorkoutFinished((RESULT,), False, 0), Cue.DONE),
    (WorkoutFinished((), True, 0), Cue.DONE),
]


class FakeEffect:
    def __init__(self, path: Path, played: list[Path]) -> None:
        self.path = path
        self._played = played

    def play(self) -> None:
        self._played.append(self.path)


@pytest.fixture
def played() -> list[Path]:
    return []


@pytest.fixture
def player(qapp, played):
    return CuePlayer(effect_factory=lambda path: FakeEffect(path, played))


def read_wav(path: Path) -> tuple[tuple, list[int]]:
    with wave.open(str(path), "rb") as wav:
        params = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
        frames = wav.readframes(wav.getnframes())
    samples = [
        int.from_bytes(frames[i : i + 2], "little", signed=True) for i in range(0, len(frames), 2)
    ]
    return params, samples


# ------------------------------------------------------------------------------ the files


def test_every_cue_is_a_short_mono_wav_in_the_resources():
    for cue in Cue:
        (channels, width, rate), samples = read_wav(cue.path)
        assert (channels, width) == (1, 2)
        assert 0.05 <= len(samples) / rate <= 1.0
        assert max(abs(s) for s in samples) > 10_000  # audible, not silence


def test_the_cues_sound_different():
    contents = {cue: cue.path.read_bytes() for cue in Cue}
    assert len(set(contents.values())) == len(Cue)


def test_the_shipped_cues_are_what_the_script_makes(tmp_path):
    script = runpy.run_path(str(ROOT / "tools" / "make_sounds.py"))
    written = script["make_sounds"](tmp_path)
    assert sorted(p.name for p in written) == sorted(cue.path.name for cue in Cue)
    for cue in Cue:
        shipped = read_wav(cue.path)
        fresh = read_wav(tmp_path / cue.path.name)
        assert shipped[0] == fresh[0]
        assert len(shipped[1]) == len(fresh[1])
        assert all(abs(a - b) <= 1 for a, b in zip(shipped[1], fresh[1], strict=True))


# ------------------------------------------------------------------------------- mapping


@pytest.mark.parametrize(("event", "cue"), EVENTS_AND_CUES)
def test_each_event_has_the_right_cue(event, cue):
    assert cue_for_event(event) is cue


@pytest.mark.parametrize(("event", "cue"), EVENTS_AND_CUES)
def test_the_player_plays_the_right_file_for_each_event(player, played, event, cue):
    assert player.play_event(event) is cue
    assert played == ([] if cue is None else [cue.path])
    if cue is not None:
        assert played[0].name == f"{cue.value}.wav"
        assert played[0].is_file()


def test_spoken_words_name_the_phase_and_side():
    assert words_for_event(PhaseStarted(Phase.HOLD, 1, 0, Side.RIGHT, 0, 30_000)) == (
        "Hold, right side"
    )
    assert words_for_event(PhaseStarted(Phase.HOLD, 0, 0, None, 0, 30_000)) == "Hold"
    assert words_for_event(PhaseStarted(Phase.REST, 1, 1, None, 0, 30_000)) == "Rest"
    assert words_for_event(WorkoutFinished((), False, 0)) == "Workout done"
    assert words_for_event(CountdownTick(Phase.HOLD, 3, 0, 0)) is None


# ---------------------------------------------------------------------------- the player


def test_muted_player_plays_nothing(qapp, played):
    player = CuePlayer(muted=True, effect_factory=lambda path: FakeEffect(path, played))
    for event, _ in EVENTS_AND_CUES:
        assert player.play_event(event) is None
    for cue in Cue:
        assert player.play(cue) is False
    assert played == []
    player.muted = False
    assert player.play(Cue.DONE) is True
    assert played == [Cue.DONE.path]


def test_cues_are_preloaded_when_the_player_is_made(qapp):
    loaded = []
    CuePlayer(effect_factory=lambda path: loaded.append(path) or FakeEffect(path, []))
    assert sorted(loaded) == sorted(cue.path for cue in Cue)


def test_without_qt_multimedia_the_player_is_silent_and_says_so_once(qapp, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # the import fails
    player = CuePlayer()
    assert not player.available
    assert player.play(Cue.HOLD) is False
    assert player.play_event(PhaseStarted(Phase.HOLD, 0, 0, None, 0, 1_000)) is None
    assert player.take_status_message() == SOUND_UNAVAILABLE
    assert player.take_status_message() is None


def test_the_real_player_never_fails_here(qapp):
    """Whatever this machine has (no device, no server), making and playing is safe."""
    player = CuePlayer()
    for cue in Cue:
        player.play(cue)
    message = player.take_status_message()
    if player.available:
        assert message is None
    else:
        assert message in (SOUND_UNAVAILABLE, NO_AUDIO_OUTPUT)


# -------------------------------------------------------------------------------- speech


def fake_speech_module(engines: dict[str, list[str]]) -> tuple[types.ModuleType, list[str]]:
    """A stand-in for QtTextToSpeech with the given engines and their voices."""
    said: list[str] = []

    class State:
        Ready = "ready"
        Error = "error"

    class QTextToSpeech:
        def __init__(self, engine: str, parent=None) -> None:
            self.engine = engine

        @staticmethod
        def availableEngines() -> list[str]:
            return list(engines)

        def state(self) -> str:
            return State.Ready

        def availableVoices(self) -> list[str]:
            return engines[self.engine]

        def say(self, text: str) -> None:
            said.append(f"{self.engine}: {text}")

        def deleteLater(self) -> None:
            pass

    QTextToSpeech.State = State
    module = types.ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = QTextToSpeech
    return module, said


def test_spoken_cues_use_a_real_voice_and_never_the_mock_engine(qapp, monkeypatch, played):
    module, said = fake_speech_module({"mock": ["Bob"], "quiet": [], "speechd": ["Anna"]})
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    player = CuePlayer(speak=True, effect_factory=lambda path: FakeEffect(path, played))
    assert player.speak
    player.play_event(PhaseStarted(Phase.HOLD, 0, 0, Side.LEFT, 0, 30_000))
    player.play_event(CountdownTick(Phase.HOLD, 3, 0, 0))
    assert said == ["speechd: Hold, left side"]
    assert played == [Cue.HOLD.path, Cue.TICK_3.path]
    player.muted = True
    player.play_event(PhaseStarted(Phase.REST, 1, 1, Side.RIGHT, 0, 30_000))
    assert said == ["speechd: Hold, left side"]


def test_without_a_voice_speech_stays_off_and_says_so_once(qapp, monkeypatch, played):
    module, said = fake_speech_module({"mock": ["Bob"]})
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    player = CuePlayer(speak=True, effect_factory=lambda path: FakeEffect(path, played))
    assert not player.speak
    player.play_event(PhaseStarted(Phase.HOLD, 0, 0, None, 0, 30_000))
    assert said == []
    assert played == [Cue.HOLD.path]  # the tones still play
    assert player.take_status_message() == SPEECH_UNAVAILABLE
    player.speak = True
    assert player.take_status_message() is None


def test_without_qt_text_to_speech_speech_stays_off(qapp, monkeypatch, played):
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    player = CuePlayer(speak=True, effect_factory=lambda path: FakeEffect(path, played))
    assert not player.speak
    assert player.take_status_message() == SPEECH_UNAVAILABLE
