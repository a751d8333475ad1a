"""The progress panel: the personal best hold of the chosen exercise and CoreLog's suggestion.

The suggestion (5 s more after two workouts running with every set held to the target, up
to the cap, then a harder variation, 002) is shown before the workout starts; "Use 50 s"
puts a longer target into the setup.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from corelog.domain.exercises import ExerciseRow
from corelog.domain.formatting import format_hold
from corelog.domain.i18n import Dates, Timer, date_text
from corelog.services.database import Database
from corelog.services.knowledge import citation
from corelog.services.timer_progress import HoldProgress, hold_progress
from corelog.timer import format_duration_ms
from corelog.ui.documents_mark import InEnglishMark
from corelog.ui.widgets import Card, action_button, muted, plain


def _titled(title: str, text: str, **values: str) -> str:
    """ "<b>Title</b> text" as rich text, the values filled in (each escaped)."""
    filled = escape(text)
    if values:
        filled = filled.format(**{k: escape(v) for k, v in values.items()})
    return f"<b>{escape(title)}</b> {filled}"


class ProgressPanel(Card):
    """Personal best, suggestion and dose for one exercise."""

    sig_use_hold = Signal(int)
    """The user took the suggested target (milliseconds)."""

    def __init__(self, store: Database, parent: QWidget | None = None) -> None:
        super().__init__(Timer.tr("Progress"), parent)
        self.store = store
        self.setObjectName("timerProgress")
        self.progress: HoldProgress | None = None
        # Rich text (a bold lead-in); every name and message in it is escaped.
        self.best = QLabel()
        self.best.setObjectName("timerBest")
        self.suggestion = QLabel()
        self.suggestion.setObjectName("timerSuggestion")
        self.harder = QLabel()
        self.harder.setObjectName("timerHarderVariation")
        for label in (self.best, self.suggestion, self.harder):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        self.use = action_button(
            Timer.tr("Use it"),
            "timerUseSuggestion",
            Timer.tr("Use the suggested target"),
            Timer.tr("Put the suggested target into the setup"),
        )
        self.use.clicked.connect(self._use)
        row.addWidget(self.use)
        row.addStretch(1)
        self.dose = plain(muted(""))
        self.dose.setObjectName("timerDose")
        # The harder variation and the dose are the documents' words (in English).
        self.in_english = InEnglishMark("timerProgressInEnglish")
        for widget in (self.best, self.suggestion, self.in_english, self.harder):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self.body.addWidget(self.dose)
        self.show_exercise(None)

    def show_exercise(self, exercise: ExerciseRow | None) -> None:
        """Show the chosen exercise's progress (None: nothing chosen)."""
        if exercise is None:
            self.progress = None
            self.best.setText(Timer.tr("Choose an exercise to see your personal best."))
            for widget in (self.suggestion, self.harder, self.use, self.dose, self.in_english):
                widget.hide()
            return
        progress = self.progress = hold_progress(self.store, exercise)
        if progress.best is None:
            text = Timer.tr("none yet for {exercise}; your first timed hold sets it.")
            self.best.setText(_titled(Timer.tr("Personal best:"), text, exercise=exercise.name))
        else:
            best = progress.best
            if best.side == "left":
                text = Timer.tr("{hold} (left side), {day}")
            elif best.side == "right":
                text = Timer.tr("{hold} (right side), {day}")
            else:
                text = Timer.tr("{hold}, {day}")
            day = date_text(best.local_start, Dates.tr("ddd d MMM yyyy"))
            self.best.setText(
                _titled(Timer.tr("Personal best:"), text, hold=format_hold(best.hold_ms), day=day)
            )
        self.suggestion.setText(
            _titled(Timer.tr("Next time:"), progress.suggestion.message)
            + f" {escape(citation(s for s in (progress.suggestion.source,) if s))}"
        )
        self.suggestion.show()
        self.harder.setVisible(progress.harder_variation is not None)
        if progress.harder_variation is not None:
            self.harder.setText(
                _titled(Timer.tr("Harder variation:"), progress.harder_variation)
                + f" {escape(citation(progress.variation_sources))}"
            )
        hold_ms = progress.suggested_hold_ms
        self.use.setVisible(hold_ms is not None)
        if hold_ms is not None:
            time = format_duration_ms(hold_ms)
            self.use.setText(Timer.tr("Use {time}").format(time=time))
            self.use.setAccessibleName(
                Timer.tr("Use the suggested target of {time}").format(time=time)
            )
        self.dose.setVisible(progress.dose is not None)
        if progress.dose is not None:
            self.dose.setText(
                Timer.tr("Dose: {dose}").format(dose=progress.dose)
                + f" {citation(progress.dose_sources)}"
            )
        self.in_english.show_for(progress.harder_variation is not None or progress.dose is not None)

    def _use(self) -> None:
        if self.progress is not None and self.progress.suggested_hold_ms is not None:
            self.sig_use_hold.emit(self.progress.suggested_hold_ms)
