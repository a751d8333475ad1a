"""What CoreLog knows about one exercise: what it trains, form cue, dose, progression, sources."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from corelog.domain.exercises import ExerciseRow
from corelog.domain.i18n import Core
from corelog.services.knowledge import KnowledgeExercise, citation, knowledge
from corelog.ui.core.text import escape
from corelog.ui.documents_mark import InEnglishMark
from corelog.ui.widgets import muted, plain, section_title


def measure_text(measure: str, sided: bool) -> str:
    if measure == "hold":
        return Core.tr("Held for a time, on each side") if sided else Core.tr("Held for a time")
    return Core.tr("Done for reps, on each side") if sided else Core.tr("Done for reps")


def _part(title: str, text: str) -> str:
    return f"<p><b>{escape(title)}</b> {text}</p>"


def knowledge_html(exercise: KnowledgeExercise) -> str:
    """The documents' facts on a built-in exercise, as rich text (cited below it)."""
    kb = knowledge()
    muscles = ", ".join(kb.muscle(key).name for key in exercise.muscles)
    parts = [
        _part(Core.tr("Trains:"), f"{escape(muscles)}. {escape(exercise.trains)}"),
        _part(Core.tr("Good form:"), escape(exercise.cue)),
        _part(Core.tr("Dose:"), escape(exercise.dose.text)),
        _part(Core.tr("Progress:"), escape(exercise.progression)),
    ]
    if exercise.hold is not None and not exercise.hold.documented:
        parts.append(_part(Core.tr("Timer range:"), escape(exercise.hold.basis)))
    return "".join(parts)


def exercise_sources(exercise: KnowledgeExercise) -> tuple[str, ...]:
    """Every document behind what :func:`knowledge_html` shows."""
    found = [*exercise.sources, *exercise.dose.sources]
    if exercise.hold is not None and not exercise.hold.documented:
        found += exercise.hold.sources
    return tuple(found)


class ExerciseDetails(QWidget):
    """Shows one exercise; empty until one is chosen."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDetails")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.name = plain(section_title(""))  # the user's name for the exercise
        self.meta = muted("")
        self.body = QLabel()
        self.body.setObjectName("exerciseDetailsText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.in_english = InEnglishMark("exerciseDetailsInEnglish")
        self.sources = muted("")
        self.empty = muted(empty_text)
        for widget in (self.name, self.meta, self.in_english, self.body, self.sources, self.empty):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_nothing()

    def show_nothing(self) -> None:
        for widget in (self.name, self.meta, self.in_english, self.body, self.sources):
            widget.hide()
        self.empty.setVisible(bool(self.empty.text()))

    def _show(
        self, name: str, meta: str, body: str, sources: str, *, documents: bool = False
    ) -> None:
        """``documents``: the body is the documents' words (in English, and marked so)."""
        self.empty.hide()
        self.in_english.show_for(documents)
        self.name.setText(name)
        self.meta.setText(meta)
        self.body.setText(body)
        self.sources.setText(sources)
        for widget in (self.name, self.meta, self.body):
            widget.show()
        self.sources.setVisible(bool(sources))

    def show_knowledge(self, exercise: KnowledgeExercise, shown_name: str | None = None) -> None:
        """A built-in exercise (``shown_name``: the user's name for it, if renamed)."""
        name = shown_name or exercise.name
        if shown_name and shown_name != exercise.name:
            name = Core.tr("{name} ({library_name} in CoreLog's library)").format(
                name=shown_name, library_name=exercise.name
            )
        self._show(
            name,
            measure_text(exercise.measure, exercise.sided),
            knowledge_html(exercise),
            citation(exercise_sources(exercise)),
            documents=True,
        )

    def show_row(self, row: ExerciseRow) -> None:
        """An exercise of the user's library, built in or their own."""
        exercise = None
        if row.key is not None:
            try:
                exercise = knowledge().exercise(row.key)
            except KeyError:
                exercise = None
        if exercise is not None:
            self.show_knowledge(exercise, row.name)
        else:
            what = (
                Core.tr("one of your own exercises")
                if not row.builtin
                else Core.tr("from an earlier library")
            )
            advice = Core.tr(
                "CoreLog's documents say nothing about this exercise, so there is no "
                "advice to show. The general dose for core work is 2-3 sets with short "
                "rests {source}."
            )
            source = citation(knowledge().exercise("plank").dose.sources)
            self._show(
                row.name,
                measure_text(row.measure, row.sided) + f" · {what}",
                f"<p>{escape(advice).format(source=escape(source))}</p>",
                "",
            )
