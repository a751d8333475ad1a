"""The plank timer's controls: the row of buttons under the display, the page's keys, and
what the buttons and hints say in each state of a workout."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Timer
from corelog.timer import Phase, TimerMode, TimerSnapshot
from corelog.ui.widgets import named

KEYS_IDLE = QT_TRANSLATE_NOOP("Timer", "Space start · + / − rest ±5 s")
KEYS_RUNNING = QT_TRANSLATE_NOOP("Timer", "Space pause · Esc stop · S skip rest · + / − rest ±5 s")
KEYS_COUNT_UP = QT_TRANSLATE_NOOP(
    "Timer", "Space end the hold · Esc stop · S skip rest · + / − rest ±5 s"
)
KEYS_PAUSED = QT_TRANSLATE_NOOP(
    "Timer", "Space go on · Esc stop and save · S skip rest · + / − rest ±5 s"
)


def _button(name: str, text: str, tip: str) -> QToolButton:
    # Tool buttons: as compact as their text, so the page fits a small window.
    button = named(QToolButton(), name, text, tip)
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setMinimumHeight(34)
    button.setMinimumWidth(54)
    button.setStyleSheet("QToolButton { padding: 4px 12px; }")
    return button


class ControlButtons:
    """Start (pause, go on, end hold), Stop, Skip rest, −5 s and +5 s, centred in a row."""

    def __init__(self) -> None:
        self.start = _button("timerStart", Timer.tr("Start"), Timer.tr("Start the workout (Space)"))
        self.stop = _button(
            "timerStop", Timer.tr("Stop"), Timer.tr("Stop now and save the holds done (Esc)")
        )
        self.skip = _button(
            "timerSkipRest", Timer.tr("Skip rest"), Timer.tr("Start the next hold now (S)")
        )
        self.less = _button("timerLessRest", "−5 s", Timer.tr("Five seconds less rest (−)"))
        self.less.setAccessibleName(Timer.tr("Five seconds less rest"))
        self.more = _button("timerMoreRest", "+5 s", Timer.tr("Five seconds more rest (+)"))
        self.more.setAccessibleName(Timer.tr("Five seconds more rest"))
        self.start.setMinimumWidth(96)
        bold = self.start.font()
        bold.setBold(True)
        self.start.setFont(bold)
        self.layout = QHBoxLayout()
        self.layout.setSpacing(6)
        self.layout.addStretch(1)
        for button in (self.start, self.stop, self.skip, self.less, self.more):
            self.layout.addWidget(button)
        self.layout.addStretch(1)


@dataclass(frozen=True)
class KeySlots:
    """What the page's keys do."""

    primary: Callable[[], None]
    stop: Callable[[], None]
    skip_rest: Callable[[], None]
    more_rest: Callable[[], None]
    less_rest: Callable[[], None]


def add_key_actions(page: QWidget, slots: KeySlots) -> tuple[list[QAction], list[QAction]]:
    """The page's keys as actions of the page (so Help > Keyboard Shortcuts lists them):
    every action, and those that mean something only during a workout.

    They work anywhere in the window while the page shows; a field being typed in wins.
    Esc and S mean something only during a workout; between workouts they are left to the
    page's fields and lists.
    """
    every: list[QAction] = []
    during: list[QAction] = []
    for name, text, keys, slot, during_workout in (
        (
            "timerKeyStart",
            Timer.tr("Plank timer: start, pause, go on"),
            ("Space",),
            slots.primary,
            False,
        ),
        ("timerKeyStop", Timer.tr("Plank timer: stop and save"), ("Esc",), slots.stop, True),
        ("timerKeySkip", Timer.tr("Plank timer: skip the rest"), ("S",), slots.skip_rest, True),
        (
            "timerKeyMoreRest",
            Timer.tr("Plank timer: 5 s more rest"),
            ("+", "=", "Num++"),
            slots.more_rest,
            False,
        ),
        (
            "timerKeyLessRest",
            Timer.tr("Plank timer: 5 s less rest"),
            ("-", "_", "Num+-"),
            slots.less_rest,
            False,
        ),
    ):
        action = QAction(text, page)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setAutoRepeat(False)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        page.addAction(action)
        every.append(action)
        if during_workout:
            during.append(action)
    return every, during


@dataclass(frozen=True)
class ControlTexts:
    """What the controls say for one state of the timer."""

    label: str
    """The start button's text (and accessible name)."""
    tip: str
    keys: str
    """The keys hint beside the page's title."""
    display_hint: str
    """The hint under the big digits."""


def control_texts(view: TimerSnapshot) -> ControlTexts:
    """The start button's text, the keys hint and the display's hint for ``view``."""
    active = view.phase.is_active
    count_up_hold = view.phase is Phase.HOLD and view.mode is TimerMode.COUNT_UP
    if not active:
        label, tip, keys = (
            Timer.tr("Start"),
            Timer.tr("Start the workout (Space)"),
            Timer.marked(KEYS_IDLE),
        )
    elif view.paused:
        label, tip, keys = (
            Timer.tr("Go on"),
            Timer.tr("Go on where the workout was paused (Space)"),
            Timer.marked(KEYS_PAUSED),
        )
    elif count_up_hold:
        label, tip = (
            Timer.tr("End hold"),
            Timer.tr("End this hold and record the time held (Space)"),
        )
        keys = Timer.marked(KEYS_COUNT_UP)
    else:
        label, tip, keys = (
            Timer.tr("Pause"),
            Timer.tr("Pause the workout (Space)"),
            Timer.marked(KEYS_RUNNING),
        )
    if active and view.paused:
        hint = Timer.tr("Paused: press Space to go on")
    elif active:
        hint = ""
    elif view.phase is Phase.IDLE:
        hint = Timer.tr("Press Space to start")
    else:
        hint = Timer.tr("Press Space to start again")
    return ControlTexts(label, tip, keys, hint)
