"""Learn the core: document 002's core muscle table, linked to the exercises that train each
muscle, and how to engage the core while running (000, 002). Every item names its source."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Common, Core
from corelog.services.knowledge import CoreTableRow, Knowledge, citation, knowledge
from corelog.ui.accessibility import name_scroll_area
from corelog.ui.core.exercise_details import ExerciseDetails
from corelog.ui.core.text import escape
from corelog.ui.documents_mark import InEnglishMark, in_english_mark
from corelog.ui.layouts import name_dialog
from corelog.ui.theme import colors
from corelog.ui.widgets import Card, muted, named, page_title

HEADERS = (
    QT_TRANSLATE_NOOP("Core", "Muscle"),
    QT_TRANSLATE_NOOP("Core", "Its job while you run"),
    QT_TRANSLATE_NOOP("Core", "When it is weak or tired"),
    QT_TRANSLATE_NOOP("Core", "Exercises that train it"),
)


def _cell(html: str, *, links: bool = False) -> QLabel:
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    if links:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
    return label


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet(f"color: {colors().grid};")
    return line


def exercise_links(row: CoreTableRow) -> str:
    if not row.exercises:
        return "<i>{}</i>".format(escape(Core.tr("none in the library")))
    return "<br>".join(f'<a href="{escape(ex.key)}">{escape(ex.name)}</a>' for ex in row.exercises)


class LearnCoreView(QWidget):
    """The core muscle table, the engagement cue, and the chosen exercise's details."""

    sig_exercise_chosen = Signal(str)
    """An exercise link was followed; carries the exercise's key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnCoreView")
        self.setAccessibleName(Core.tr("Learn the core"))
        kb = knowledge()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = named(QScrollArea(), "learnCoreScroll", Core.tr("Learn the core"))
        name_scroll_area(self.scroll, Core.tr("Learn the core"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self.scroll)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(page_title(Core.tr("Learn the core")))
        layout.addWidget(self._build_intro())
        layout.addWidget(self._build_muscle_table(kb.core_table))
        layout.addLayout(self._build_below(kb))
        layout.addWidget(self._build_weekly_target(kb))
        layout.addStretch(1)
        self.scroll.setWidget(content)

    def _build_intro(self) -> QLabel:
        """The words under the title: what the core does and what this window shows."""
        return muted(
            Core.tr(
                "Your core keeps your trunk steady on every stride. These are its five main "
                "muscles, what each one does while you run, what happens when it is weak or "
                "tired, and the exercises in your library that train it. Choose an exercise "
                "to see how to do it."
            )
        )

    def _build_muscle_table(self, rows: tuple[CoreTableRow, ...]) -> Card:
        """The core muscles card: the table (the documents' English) and its sources."""
        table = Card(Core.tr("The core muscles"))
        table_mark = InEnglishMark("learnCoreTableInEnglish")
        table_mark.show_for(True)
        table.body.addWidget(table_mark)
        self.rows = rows
        table.body.addLayout(self._build_muscle_grid())
        table_sources = sorted({s for row in self.rows for s in row.sources})
        table.body.addWidget(muted(citation(table_sources)))
        return table

    def _build_muscle_grid(self) -> QGridLayout:
        """The table itself: its header, then one muscle a row, a rule between rows."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        for column, header in enumerate(HEADERS):
            label = _cell(f"<b>{escape(Core.marked(header))}</b>")
            label.setProperty("role", "muted")
            grid.addWidget(label, 0, column)
        self.link_labels: list[QLabel] = []
        grid_row = 1
        for row in self.rows:
            grid.addWidget(_rule(), grid_row, 0, 1, len(HEADERS))
            grid_row += 1
            self._add_muscle_row(grid, grid_row, row)
            grid_row += 1
        for column, stretch in enumerate((3, 4, 4, 3)):
            grid.setColumnStretch(column, stretch)
        return grid

    def _add_muscle_row(self, grid: QGridLayout, grid_row: int, row: CoreTableRow) -> None:
        """One muscle: its name and parts, its job, when it is weak, the exercises' links."""
        muscle = _cell(
            f"<b>{escape(row.muscle.name)}</b><br>"
            f"<span style='color:{colors().muted}'>{escape(row.muscle.parts)}</span>"
        )
        grid.addWidget(muscle, grid_row, 0)
        grid.addWidget(_cell(escape(row.function)), grid_row, 1)
        grid.addWidget(_cell(escape(row.when_weak)), grid_row, 2)
        links = _cell(exercise_links(row), links=True)
        links.setObjectName("learnCoreExercises")
        links.setAccessibleName(
            Core.tr("Exercises that train the {muscle}").format(muscle=row.muscle.name.lower())
        )
        links.linkActivated.connect(self.show_exercise)
        self.link_labels.append(links)
        grid.addWidget(links, grid_row, 3)

    def _build_below(self, kb: Knowledge) -> QHBoxLayout:
        """Under the table: the engagement cue beside the chosen exercise's card."""
        below = QHBoxLayout()
        below.setSpacing(12)
        below.addWidget(self._build_cue_card(kb), 1)
        self.details_card = Card(Core.tr("Exercise"))
        self.details = ExerciseDetails(
            empty_text=Core.tr(
                "Choose an exercise in the table above to see what it trains, "
                "how to keep good form, and the dose the documents give."
            )
        )
        self.details_card.body.addWidget(self.details)
        below.addWidget(self.details_card, 1)
        return below

    def _build_cue_card(self, kb: Knowledge) -> Card:
        """The Engage your core while running card: the cue, its steps, and their sources."""
        cue = kb.core.engagement_cue
        cue_card = Card(Core.tr("Engage your core while running"))
        cue_mark = InEnglishMark("learnCoreCueInEnglish")
        cue_mark.show_for(True)
        cue_card.body.addWidget(cue_mark)
        summary = _cell(f"<b>{escape(cue.summary)}</b>")
        summary.setObjectName("learnCoreCueSummary")
        cue_card.body.addWidget(summary)
        steps = "".join(f"<li>{escape(step.text)}</li>" for step in cue.steps)
        self.cue_steps = _cell(f"<ol style='margin-left:-20px'>{steps}</ol>")
        self.cue_steps.setObjectName("learnCoreCue")
        cue_card.body.addWidget(self.cue_steps)
        cue_sources = [*cue.sources, *(s for step in cue.steps for s in step.sources)]
        cue_card.body.addWidget(muted(citation(cue_sources)))
        cue_card.body.addStretch(1)
        return cue_card

    def _build_weekly_target(self, kb: Knowledge) -> QLabel:
        """The line at the bottom: the documents' weekly target and where to log sessions."""
        target = kb.core.weekly_target
        mark = in_english_mark()  # the documents' target, in English
        return muted(
            f"{target.text} {citation(target.sources)}"
            + (f" ({mark}) " if mark else " ")
            + Core.tr("Log your sessions on the Log page (Ctrl+K).")
        )

    def show_exercise(self, key: str) -> None:
        """Show an exercise of the library below the table."""
        exercise = knowledge().exercise(key)
        self.details.show_knowledge(exercise)
        self.scroll.ensureWidgetVisible(self.details_card)
        self.sig_exercise_chosen.emit(key)


class LearnCoreDialog(QDialog):
    """The Learn-the-core view in a window of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name_dialog(self, "learnCoreDialog", Core.tr("Learn the core"))
        self.resize(1040, 760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        self.view = LearnCoreView()
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(Common.tr("Close"))
        named(close, "learnCoreClose", Core.tr("Close Learn the core"))
        buttons.rejected.connect(self.reject)
        buttons.setContentsMargins(0, 0, 16, 0)
        layout.addWidget(buttons)
