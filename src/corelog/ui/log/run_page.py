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
from corelog.domain.i18n import Activities, Common, Dates, clock_time, date_text, long_day, number
from corelog.services import run_details
from corelog.services.heart_load import HeartProfile
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.log.labels import run_kind_text
from corelog.ui.log.muscles_panel import MusclesPanel
from corelog.ui.log.run_charts import RunCharts
from corelog.ui.table_model import Column, RecordTableModel
from corelog.ui.widgets import Card, clear_layout, muted, named, page_title, scrolled


def _split_columns(unit: str) -> list[Column]:
    return [
        Column("#", lambda s: str(s.number), align_right=True),
        Column(
            Activities.tr("Distance"),
            lambda s: format_distance(s.distance_m, unit),
            align_right=True,
        ),
        Column(
            Activities.tr("Time"), lambda s: format_duration(round(s.moving_s)), align_right=True
        ),
        Column(
            Activities.tr("Pace"),
            lambda s: format_run_pace(s.distance_m, s.moving_s, unit) if s.moving_s else "–",
            align_right=True,
        ),
        Column(Activities.tr("Climb / descent"), lambda s: _climb(s, unit), align_right=True),
        Column(
            Activities.tr("Heart rate"),
            lambda s: "–" if s.avg_hr is None else number(s.avg_hr),
            align_right=True,
        ),
    ]


class RunPageDialog(QDialog):
    def __init__(self, ctx: AppContext, run_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_id = run_id
        self.page: run_details.RunPage | None = None
        self.setObjectName("runPageDialog")
        self.setAccessibleName(Activities.tr("Run page"))
        self.setWindowTitle(Activities.tr("Run"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self._build_heading(layout)
        layout.addWidget(self._build_figures())
        layout.addWidget(self._build_charts())
        layout.addWidget(self._build_splits())
        layout.addLayout(self._build_lower())
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(content, Activities.tr("Run page")), 1)
        outer.addLayout(self._build_close_row())
        ctx.bus.sig_changed.connect(self._on_changed)
        ctx.settings.sig_changed.connect(lambda _key: self.refresh())
        self.resize(980, 860)
        self.refresh()

    def _build_heading(self, layout: QVBoxLayout) -> None:
        """The title (kind, day and time) and, under it, where the run came from."""
        self.title = page_title("")
        self.title.setObjectName("runPageTitle")
        layout.addWidget(self.title)
        self.subtitle = muted("")
        self.subtitle.setObjectName("runPageSource")
        layout.addWidget(self.subtitle)

    def _build_figures(self) -> Card:
        """The run card: distance, times, pace, heart rate and the rest, in two columns."""
        figures = Card(Activities.tr("The run"))
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(24)
        figures.body.addLayout(self.figures)
        return figures

    def _build_charts(self) -> Card:
        """The card of pace, heart rate and elevation against distance."""
        charts = Card(Activities.tr("Pace, heart rate and elevation"))
        self.charts = RunCharts()
        charts.body.addWidget(self.charts)
        return charts

    def _build_splits(self) -> Card:
        """The splits card: a note on what they count, and the table of splits."""
        splits = Card(Activities.tr("Splits"))
        self.splits_note = muted("")
        self.splits_note.setObjectName("runPageSplitsNote")
        splits.body.addWidget(self.splits_note)
        self._unit = self.ctx.settings.unit
        self.splits_model = RecordTableModel(_split_columns(self._unit), self)
        self.splits = named(QTableView(), "runPageSplits", Activities.tr("Splits"))
        self.splits.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.splits.setModel(self.splits_model)
        named(
            self.splits.horizontalHeader(), "runPageSplitsHeader", Activities.tr("Splits: columns")
        )
        named(self.splits.verticalHeader(), "runPageSplitsRowHeader", Activities.tr("Splits: rows"))
        self.splits.verticalHeader().hide()
        self.splits.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.splits.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        splits.body.addWidget(self.splits)
        return splits

    def _build_lower(self) -> QHBoxLayout:
        """Side by side at the bottom: the muscles it worked, and its load and recovery."""
        lower = QHBoxLayout()
        self.muscles = MusclesPanel()
        self.muscles.setObjectName("runPageMuscles")
        self.muscles.setMinimumHeight(260)
        lower.addWidget(self.muscles, 1)
        lower.addWidget(self._build_recovery(), 1)
        return lower

    def _build_recovery(self) -> Card:
        """The load and recovery card, with the button that opens the Recovery page."""
        recovery = Card(Activities.tr("Load and recovery"))
        self.recovery = QLabel()
        self.recovery.setObjectName("runPageRecovery")
        self.recovery.setWordWrap(True)
        self.recovery.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery.setAlignment(Qt.AlignmentFlag.AlignTop)
        recovery.body.addWidget(self.recovery, 1)
        self.open_recovery = named(
            QPushButton(Activities.tr("Open &Recovery")),
            "runPageOpenRecovery",
            Activities.tr("Open the Recovery page"),
        )
        self.open_recovery.clicked.connect(self._open_recovery)
        recovery.body.addWidget(self.open_recovery, 0, Qt.AlignmentFlag.AlignLeft)
        return recovery

    def _build_close_row(self) -> QHBoxLayout:
        """Close, at the bottom right, outside the scrolled page."""
        close = named(QPushButton(Common.tr("Close")), "runPageClose", Common.tr("Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        return row

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
            self.title.setText(Activities.tr("This run was deleted"))
            self.subtitle.setText(Activities.tr("Edit > Undo brings it back."))
            return
        run = page.run
        kind = run_kind_text(run.run_type, run.race_class)
        started = page.started_local
        self.title.setText(
            Activities.tr("{kind} · {day}, {time}").format(
                kind=kind, day=long_day(started), time=clock_time(started)
            )
        )
        self.setWindowTitle(
            Activities.tr("Run of {day}").format(day=date_text(started, Dates.tr("d MMM yyyy")))
        )
        self.subtitle.setText(self._source_text(page))
        self._fill_figures(page, unit)
        self.charts.show_series(page.series, unit)
        if unit != self._unit:
            self._unit = unit
            self.splits_model = RecordTableModel(_split_columns(unit), self)
            self.splits.setModel(self.splits_model)
        self.splits_model.set_rows(page.splits)
        if not page.splits:
            note = Activities.tr("No track with distances was recorded, so there are no splits.")
        elif unit == "km":
            note = Activities.tr(
                "Each kilometre's moving time (standing still does not count), climb and heart "
                "rate."
            )
        else:
            note = Activities.tr(
                "Each mile's moving time (standing still does not count), climb and heart rate."
            )
        self.splits_note.setText(note)
        row = self.splits.verticalHeader().defaultSectionSize()
        shown = max(1, min(len(page.splits), 12))  # a longer run scrolls in the table
        header = self.splits.horizontalHeader().sizeHint().height()
        self.splits.setFixedHeight(header + row * shown + 2 * self.splits.frameWidth() + 2)
        self.muscles.show_kind(
            run.run_type, run.race_class, Activities.tr("For its type: {kind}").format(kind=kind)
        )
        self.recovery.setText(self._recovery_text(page, profile))

    @staticmethod
    def _source_text(page) -> str:
        recording = page.recording
        if recording is None:
            return Activities.tr(
                "Typed by hand: no file recorded this run, so there is no track to draw."
            )
        parts = [p for p in (recording.title, recording.device) if p]
        source = recording.source_name.rsplit("/", 1)[-1]
        parts.append(Activities.tr("from {file}").format(file=source))
        if not recording.utc_offset_known:
            parts.append(Activities.tr("the file gave no time zone: the time is this computer's"))
        if recording.dropped_samples:
            parts.append(
                Activities.tr(
                    "%Ln bad samples left out of the figures", "", recording.dropped_samples
                )
            )
        return " · ".join(parts)

    def _fill_figures(self, page, unit: str) -> None:
        clear_layout(self.figures)
        run, figures = page.run, page.figures
        elapsed_s = None if page.recording is None else page.recording.elapsed_s
        pace = run.duration_s / (run.distance_m / 1000) if run.distance_m else 0
        per_unit = 1609.344 / 1000 if unit == "mi" else 1.0
        not_given = Activities.tr("not given")
        rows = [
            (Activities.tr("Distance"), format_distance(run.distance_m, unit)),
            (Activities.tr("Moving time"), format_duration(round(run.duration_s))),
            (
                Activities.tr("Elapsed time"),
                format_duration(round(elapsed_s)) if elapsed_s else "–",
            ),
            (Activities.tr("Pace"), format_pace(pace * per_unit, unit) if pace else "–"),
            (
                Activities.tr("Climb"),
                format_elevation(run.elevation_gain_m, unit)
                if run.elevation_gain_m is not None
                else "–",
            ),
            (
                Activities.tr("Heart rate"),
                _pair(figures.avg_hr, figures.max_hr, Activities.tr("beats a minute")),
            ),
            (
                Activities.tr("Cadence"),
                _pair(figures.avg_cadence, figures.max_cadence, Activities.tr("steps a minute")),
            ),
            (
                Activities.tr("Effort"),
                Activities.tr("{effort} of 10").format(effort=run.effort)
                if run.effort
                else not_given,
            ),
            (Activities.tr("Surface"), run.surface or not_given),
            (Activities.tr("Shoes"), run.shoe_name or Activities.tr("none chosen")),
        ]
        for index, (label, value) in enumerate(rows):
            name = QLabel(label)
            name.setProperty("role", "muted")
            shown = QLabel(value)
            shown.setObjectName("runPageFigure")
            shown.setAccessibleName(
                Activities.tr("{label}: {value}").format(label=label, value=value)
            )
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)  # a long value wraps rather than widen the page
            self.figures.addWidget(name, index // 2, (index % 2) * 2)
            self.figures.addWidget(shown, index // 2, (index % 2) * 2 + 1)
        if run.notes:
            notes = QLabel(run.notes)
            notes.setWordWrap(True)
            notes.setTextFormat(Qt.TextFormat.PlainText)
            self.figures.addWidget(notes, len(rows) // 2 + 1, 0, 1, 4)

    @staticmethod
    def _recovery_text(page, profile: HeartProfile) -> str:
        load = number(page.effort_load, grouped=True)
        lines = [
            Activities.tr("Session-effort load: {load} (effort × minutes).").format(load=load)
            if page.run.effort
            else Activities.tr(
                "Session-effort load: {load} (effort × minutes; no effort given, counted as 5)."
            ).format(load=load)
        ]
        if page.heart_load is not None:
            lines.append(
                Activities.tr(
                    "Heart-rate load: {load} TRIMP (Banister, resting {rest} and maximum "
                    "{maximum} beats a minute from Settings)."
                ).format(
                    load=number(page.heart_load, grouped=True),
                    rest=profile.rest_hr,
                    maximum=profile.max_hr,
                )
            )
        else:
            lines.append(Activities.tr("Heart-rate load: none, as no heart rate was recorded."))
        if page.soreness:
            lines.append(Activities.tr("Soreness logged after this run:"))
            for note in page.soreness:
                when = date_text(note.when, Dates.tr("ddd d MMM HH:mm"))
                text = (
                    Activities.tr("• {region}, {severity} of 10, noted {when} (linked to this run)")
                    if note.linked
                    else Activities.tr("• {region}, {severity} of 10, noted {when}")
                )
                lines.append(text.format(region=note.region, severity=note.severity, when=when))
        else:
            lines.append(
                Activities.tr(
                    "No soreness logged in the %Ln hours after this run. If something hurts, "
                    "log it on the Recovery page for guidance.",
                    "",
                    run_details.SORENESS_HOURS,
                )
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
    return Activities.tr("+{climb} / −{descent}").format(
        climb=format_elevation(split.climb_m, unit), descent=down
    )


def _pair(average: float | None, peak: float | None, words: str) -> str:
    if average is None and peak is None:
        return Activities.tr("not recorded")
    if peak is None:
        return Activities.tr("{average} {per_minute}").format(
            average=number(average), per_minute=words
        )
    if average is None:
        return Activities.tr("up to {peak} {per_minute}").format(
            peak=number(peak), per_minute=words
        )
    return Activities.tr("{average} average, {peak} highest ({per_minute})").format(
        average=number(average), peak=number(peak), per_minute=words
    )
