"""The plank timer's sound cues, and spoken cues where the system has a voice.

Someone on the floor holding a plank hears the timer rather than reads it:

=================  ===================================================  ===============
event              cue                                                  file
=================  ===================================================  ===============
hold starts        :attr:`Cue.HOLD` ("hold now")                         ``hold.wav``
3, 2, 1 s left     :attr:`Cue.TICK_3`, :attr:`Cue.TICK_2`,              ``tick_3.wav`` ..
                   :attr:`Cue.TICK_1`
rest starts        :attr:`Cue.REST`                                     ``rest.wav``
workout over       :attr:`Cue.DONE`                                     ``done.wav``
=================  ===================================================  ===============

The files are CoreLog's own tones, made by ``tools/make_sounds.py`` and shipped in
``resources/sounds``.

Qt Multimedia is imported only when a :class:`CuePlayer` is made, and the import may fail
(on Linux without the ``libpulse0`` system library); with no audio device its sound effects
simply stay silent. Either way the player carries on silently and has a message for the
status bar, given once by :meth:`CuePlayer.take_status_message`. Spoken cues
(Qt TextToSpeech) are the same: used only where an engine with a voice exists.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from PySide6.QtCore import QLocale, QObject, QUrl

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Timer
from corelog.resources import resource_path
from corelog.timer import (
    CountdownTick,
    Phase,
    PhaseStarted,
    TimerEvent,
    WorkoutFinished,
)


class Cue(StrEnum):
    """A sound the timer plays. The value names its file in ``resources/sounds``."""

    HOLD = "hold"
    TICK_3 = "tick_3"
    TICK_2 = "tick_2"
    TICK_1 = "tick_1"
    REST = "rest"
    DONE = "done"

    @property
    def path(self) -> Path:
        """The cue's WAV file."""
        return resource_path("sounds", f"{self.value}.wav")


_TICKS = {3: Cue.TICK_3, 2: Cue.TICK_2, 1: Cue.TICK_1}

SOUND_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Timer", "Sound is unavailable on this computer: the timer runs silently."
)
NO_AUDIO_OUTPUT = QT_TRANSLATE_NOOP("Timer", "No audio output found: the timer runs silently.")
SPEECH_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Timer", "Spoken cues are unavailable: no text-to-speech voice found."
)


def _speak_the_language(engine: Any) -> None:
    """Spoken cues in the language CoreLog shows (its locale), when the engine has it."""
    wanted = QLocale()
    offered = getattr(engine, "availableLocales", None)  # an engine may not say
    if offered is None:
        return
    same = [loc for loc in offered() if loc.language() == wanted.language()]
    if not same:
        return
    exact = [loc for loc in same if loc.territory() == wanted.territory()]
    engine.setLocale((exact or same)[0])


def cue_for_event(event: TimerEvent) -> Cue | None:
    """The cue that announces ``event``, or None for events that make no sound (a prep
    starting after the user's own key press, a hold recorded, an interruption)."""
    if isinstance(event, PhaseStarted):
        if event.phase is Phase.HOLD:
            return Cue.HOLD
        if event.phase is Phase.REST:
            return Cue.REST
        return None
    if isinstance(event, CountdownTick):
        return _TICKS.get(event.seconds_left)
    if isinstance(event, WorkoutFinished):
        return Cue.DONE
    return None


def words_for_event(event: TimerEvent) -> str | None:
    """What to say for ``event`` when spoken cues are on: the phase and, for side planks,
    the side. The countdown seconds are left to the tones."""
    if isinstance(event, PhaseStarted) and event.phase is Phase.HOLD:
        if event.side is None:
            return Timer.tr("Hold", "spoken as a hold begins")
        if event.side.value == "left":
            return Timer.tr("Hold, left side")
        return Timer.tr("Hold, right side")
    if isinstance(event, PhaseStarted) and event.phase is Phase.REST:
        return Timer.tr("Rest", "spoken as a rest begins")
    if isinstance(event, WorkoutFinished):
        return Timer.tr("Workout stopped") if event.stopped else Timer.tr("Workout done")
    return None


class Playable(Protocol):
    """What the player needs of a loaded sound (``QSoundEffect`` has it)."""

    def play(self) -> None: ...


EffectFactory = Callable[[Path], Playable]
"""Loads one cue file into something playable."""


def _import_qt_module(name: str) -> ModuleType | None:
    """Import an optional Qt module; None when it (or a system library it needs) is
    missing."""
    try:
        return importlib.import_module(name)
    except (ImportError, OSError):
        return None


class CuePlayer(QObject):
    """Plays the timer's cues, preloaded so that a cue sounds the moment it is due.

    Make it after the ``QApplication``. ``effect_factory`` replaces Qt Multimedia (tests);
    without it the player loads ``QSoundEffect`` objects, or stays silent when it cannot.
    Connect ``TimerDriver.sig_cue`` to :meth:`play_event`.
    """

    def __init__(
        self,
        *,
        muted: bool = False,
        speak: bool = False,
        volume: float = 0.8,
        effect_factory: EffectFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._muted = muted
        self._volume = volume
        self._messages: list[str] = []
        self._effects: dict[Cue, Playable] = {}
        self._speech: Any = None
        self._speech_tried = False
        self._speak = False
        if effect_factory is None:
            effect_factory = self._qt_effect_factory()
        if effect_factory is not None:
            self._effects = {cue: effect_factory(cue.path) for cue in Cue}
        self.speak = speak

    # ------------------------------------------------------------------ state

    @property
    def available(self) -> bool:
        """Sound can be played on this computer (muted or not)."""
        return bool(self._effects)

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, muted: bool) -> None:
        self._muted = muted

    @property
    def speak(self) -> bool:
        """Spoken cues are on and a voice exists to speak them."""
        return self._speak

    @speak.setter
    def speak(self, speak: bool) -> None:
        """Turn spoken cues on or off; on, it looks for a voice the first time only."""
        self._speak = speak and self._speech_engine() is not None

    def take_status_message(self) -> str | None:
        """A message for the status bar about sound that cannot work here (Qt Multimedia
        missing, no audio output, no voice), each reported once; None when there is
        nothing new to say."""
        if not self._messages:
            return None
        message = " ".join(self._messages)
        self._messages.clear()
        return message

    # ---------------------------------------------------------------- playing

    def play(self, cue: Cue) -> bool:
        """Play ``cue``; True when a sound was started (not muted, sound available)."""
        effect = self._effects.get(cue)
        if self._muted or effect is None:
            return False
        effect.play()
        return True

    def play_event(self, event: TimerEvent) -> Cue | None:
        """Sound (and, if on, say) what announces ``event``; returns the cue played."""
        if self._muted:
            return None
        if self._speak and (words := words_for_event(event)):
            self._speech.say(words)
        cue = cue_for_event(event)
        if cue is None or not self.play(cue):
            return None
        return cue

    # --------------------------------------------------------------- loading

    def _qt_effect_factory(self) -> EffectFactory | None:
        multimedia = _import_qt_module("PySide6.QtMultimedia")
        if multimedia is None:
            self._messages.append(Timer.marked(SOUND_UNAVAILABLE))
            return None
        if not multimedia.QMediaDevices.audioOutputs():
            self._messages.append(Timer.marked(NO_AUDIO_OUTPUT))
            return None

        def load(path: Path) -> Playable:
            effect = multimedia.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume)
            return effect

        return load

    def _speech_engine(self) -> Any:
        """The text-to-speech engine, looked for once; None when there is none with a voice
        (Qt's "mock" test engine never counts)."""
        if self._speech_tried:
            return self._speech
        self._speech_tried = True
        module = _import_qt_module("PySide6.QtTextToSpeech")
        if module is not None:
            engine_class = module.QTextToSpeech
            for name in engine_class.availableEngines():
                if name == "mock":
                    continue
                engine = engine_class(name, self)
                if engine.state() != engine_class.State.Error and engine.availableVoices():
                    _speak_the_language(engine)
                    self._speech = engine
                    break
                engine.deleteLater()
        if self._speech is None:
            self._messages.append(Timer.marked(SPEECH_UNAVAILABLE))
        return self._speech
