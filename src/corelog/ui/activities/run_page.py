"""A run's own page: figures, pace / heart rate / elevation against distance, splits,
the muscles it worked and its recovery context.

A window of its own (not modal), opened from the Runs tab or History's timeline (Run
page). It reads the run
through ``services.run_details`` and follows the unit and heart rates in Settings; a run
changed or deleted meanwhile is shown as it is now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.formatting import (
    format_distance,
    format_duration,
    format_elevation,
    format_pace,
    format_run_pace,
)
from corelog.services import run_details
from corelog.services.heart_load import HeartProfile
from corelog.ui import bus
from corelog.ui.activities.run_charts import RunCharts
from corelog.ui.context import AppContext
from corelog.ui.log.labels import run_kind_text
from corelog.ui.log.muscles_panel import MusclesPanel
from corelog.ui.table_model import Column, RecordTableModel
from corelog.ui.widgets import Card, muted, named, page_title, scrolled


def _split_columns(unit: str) -> list[Column]:
    return [
        Column("#", lambda s: str(s.number), align_right=True),
        Column("Distance", lambda s: format_distance(s.distance_m, unit), align_right=True),
        Column("Time", lambda s: format_duration(round(s.moving_s)), align_right=True),
        Column(
            "Pace",
            lambda s: format_run_pace(s.distance_m, s.moving_s, unit) if s.moving_s else "–",
            align_right=True,
        ),
        Column("Climb / descent", lambda s: _climb(s, unit), align_right=True),
        Column(
            "Heart rate", lambda s: "–" if s.avg_hr is None else f"{s.avg_hr:.0f}", align_right=True
        ),
    ]


class RunPageDialog(QDialog):
    def __init__(self, ctx: AppContext, run_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_id = run_id
        self.page: run_details.RunPage | None = None
        self.setObjectName("runPageDialog")
        self.setAccessibleName("Run page")
        self.setWindowTitle("Run")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self.title = page_title("")
        self.title.setObjectName("runPageTitle")
        layout.addWidget(self.title)
        self.subtitle = muted("")
        self.subtitle.setObjectName("runPageSource")
        layout.addWidget(self.subtitle)
        figures = Card("The run")
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(24)
        figures.body.addLayout(self.figures)
        layout.addWidget(figures)
        charts = Card("Pace, heart rate and elevation")
        self.charts = RunCharts()
        charts.body.addWidget(self.charts)
        layout.addWidget(charts)
        splits = Card("Splits")
        self.splits_note = muted("")
        self.splits_note.setObjectName("runPageSplitsNote")
        splits.body.addWidget(self.splits_note)
        self._unit = ctx.settings.unit
        self.splits_model = RecordTableModel(_split_columns(self._unit), self)
        self.splits = named(QTableView(), "runPageSplits", "Splits")
        self.splits.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.splits.setModel(self.splits_model)
        named(self.splits.horizontalHeader(), "runPageSplitsHeader", "Splits: columns")
        named(self.splits.verticalHeader(), "runPageSplitsRowHeader", "Splits: rows")
        self.splits.verticalHeader().hide()
        self.splits.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.splits.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        splits.body.addWidget(self.splits)
        layout.addWidget(splits)
        lower = QHBoxLayout()
        self.muscles = MusclesPanel()
        self.muscles.setObjectName("runPageMuscles")
        self.muscles.setMinimumHeight(260)
        lower.addWidget(self.muscles, 1)
        recovery = Card("Load and recovery")
        self.recovery = QLabel()
        self.recovery.setObjectName("runPageRecovery")
        self.recovery.setWordWrap(True)
        self.recovery.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery.setAlignment(Qt.AlignmentFlag.AlignTop)
        recovery.body.addWidget(self.recovery, 1)
        self.open_recovery = named(
            QPushButton("Open &Recovery"), "runPageOpenRecovery", "Open the Recovery page"
        )
        self.open_recovery.clicked.connect(self._open_recovery)
        recovery.body.addWidget(self.open_recovery, 0, Qt.AlignmentFlag.AlignLeft)
        lower.addWidget(recovery, 1)
        layout.addLayout(lower)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(content, "Run page"), 1)
        close = named(QPushButton("Close"), "runPageClose", "Close")
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        outer.addLayout(row)
        ctx.bus.sig_changed.connect(self._on_changed)
        ctx.settings.sig_changed.connect(lambda _key: self.refresh())
        self.resize(980, 860)
        self.refresh()

    def _on_changed(self, kinds: set[str]) -> None:
        if bus.touches(kinds, bus.RUNS, bus.SHOES, bus.SORENESS):
            self.refresh()

    def refresh(self) -> None:
        settings = self.ctx.settings
        unit = settings.unit
        profile = HeartProfile(settings.resting_hr, settings.max_hr, settings.hr_weighting)
        page = run_details.run_page(
            self.ctx.store, self.run_id, unit, profile.rest_hr, profile.max_hr, profile.factor
        )
        self.page = page
        if page is None:
            self.title.setText("This run was deleted")
            self.subtitle.setText("Edit > Undo brings it back.")
            return
        kind = run_kind_text(page.run_type, page.race_class)
        self.title.setText(f"{kind} · {page.started_local:%A %d %B %Y, %H:%M}")
        self.setWindowTitle(f"Run of {page.started_local:%d %b %Y}")
        self.subtitle.setText(self._source_text(page))
        self._fill_figures(page, unit)
        self.charts.show_series(page.series, unit)
        if unit != self._unit:
            self._unit = unit
            self.splits_model = RecordTableModel(_split_columns(unit), self)
            self.splits.setModel(self.splits_model)
        self.splits_model.set_rows(page.splits)
        word = "kilometre" if unit == "km" else "mile"
        self.splits_note.setText(
            f"Each {word}'s moving time (standing still does not count), climb and heart rate."
            if page.splits
            else "No track with distances was recorded, so there are no splits."
        )
        row = self.splits.verticalHeader().defaultSectionSize()
        shown = max(1, min(len(page.splits), 12))  # a longer run scrolls in the table
        header = self.splits.horizontalHeader().sizeHint().height()
        self.splits.setFixedHeight(header + row * shown + 2 * self.splits.frameWidth() + 2)
        self.muscles.show_kind(page.run_type, page.race_class, f"For its type: {kind}")
        self.recovery.setText(self._recovery_text(page, profile))

    @staticmethod
    def _source_text(page) -> str:
        if not page.recorded:
            return "Typed by hand: no file recorded this run, so there is no track to draw."
        parts = [p for p in (page.title, page.device) if p]
        parts.append(f"from {page.source_name.rsplit('/', 1)[-1]}")
        if not page.offset_known:
            parts.append("the file gave no time zone: the time is this computer's")
        if page.dropped_samples:
            parts.append(f"{page.dropped_samples} bad samples left out of the figures")
        return " · ".join(parts)

    def _fill_figures(self, page, unit: str) -> None:
        while self.figures.count():
            item = self.figures.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        pace = page.duration_s / (page.distance_m / 1000) if page.distance_m else 0
        per_unit = 1609.344 / 1000 if unit == "mi" else 1.0
        rows = [
            ("Distance", format_distance(page.distance_m, unit)),
            ("Moving time", format_duration(round(page.duration_s))),
            ("Elapsed time", format_duration(round(page.elapsed_s)) if page.elapsed_s else "–"),
            ("Pace", format_pace(pace * per_unit, unit) if pace else "–"),
            (
                "Climb",
                format_elevation(page.elevation_gain_m, unit)
                if page.elevation_gain_m is not None
                else "–",
            ),
            ("Heart rate", _pair(page.avg_hr, page.max_hr, "beats a minute")),
            ("Cadence", _pair(page.avg_cadence, page.max_cadence, "steps a minute")),
            ("Effort", f"{page.effort} of 10" if page.effort else "not given"),
            ("Surface", page.surface or "not given"),
            ("Shoes", page.shoe_name or "none chosen"),
        ]
        for index, (label, value) in enumerate(rows):
            name = QLabel(label)
            name.setProperty("role", "muted")
            shown = QLabel(value)
            shown.setObjectName("runPageFigure")
            shown.setAccessibleName(f"{label}: {value}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)  # a long value wraps rather than widen the page
            self.figures.addWidget(name, index // 2, (index % 2) * 2)
            self.figures.addWidget(shown, index // 2, (index % 2) * 2 + 1)
        if page.notes:
            notes = QLabel(page.notes)
            notes.setWordWrap(True)
            notes.setTextFormat(Qt.TextFormat.PlainText)
            self.figures.addWidget(notes, len(rows) // 2 + 1, 0, 1, 4)

    @staticmethod
    def _recovery_text(page, profile: HeartProfile) -> str:
        lines = [
            f"Session-effort load: {page.effort_load:,.0f} (effort × minutes"
            + ("" if page.effort else "; no effort given, counted as 5")
            + ")."
        ]
        if page.heart_load is not None:
            lines.append(
                f"Heart-rate load: {page.heart_load:,.0f} TRIMP (Banister, resting "
                f"{profile.rest_hr} and maximum {profile.max_hr} beats a minute from Settings)."
            )
        else:
            lines.append("Heart-rate load: none, as no heart rate was recorded.")
        if page.soreness:
            lines.append("Soreness logged after this run:")
            for note in page.soreness:
                linked = " (linked to this run)" if note.linked else ""
                when = f"{note.when:%a %d %b %H:%M}"
                lines.append(f"• {note.region}, {note.severity} of 10, noted {when}{linked}")
        else:
            lines.append(
                f"No soreness logged in the {run_details.SORENESS_HOURS} hours after this run. "
                "If something hurts, log it on the Recovery page for guidance."
            )
        return "\n".join(lines)

    def _open_recovery(self) -> None:
        window = self.parent()
        show_page = getattr(window, "show_page", None)
        if callable(show_page):
            show_page("recovery")
            window.raise_()


def _climb(split, unit: str) -> str:
    if split.climb_m is None:
        return "–"
    down = format_elevation(split.descent_m or 0, unit)
    return f"+{format_elevation(split.climb_m, unit)} / −{down}"


def _pair(average: float | None, peak: float | None, words: str) -> str:
    if average is None and peak is None:
        return "not recorded"
    if peak is None:
        return f"{average:.0f} {words}"
    if average is None:
        return f"up to {peak:.0f} {words}"
    return f"{average:.0f} average, {peak:.0f} highest ({words})"
