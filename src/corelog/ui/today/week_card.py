"""This week so far: distance, running time, runs, and core sessions against the target."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from corelog.domain.formatting import count_text, format_distance, format_hours_minutes
from corelog.services.knowledge import citation
from corelog.services.today import WeekSoFar
from corelog.ui.theme import colors
from corelog.ui.today.parts import Figure, short_day
from corelog.ui.widgets import Card, TargetDots, muted


def week_span(week: WeekSoFar) -> str:
    """``"Mon 17 – Sun 23 Nov · day 3 of 7"``."""
    first, last = week.start, week.end
    start = f"{first:%a} {first.day}" + ("" if first.month == last.month else f" {first:%b}")
    return f"{start} – {short_day(last, week.today)} · day {week.day_of_week} of 7"


def core_words(week: WeekSoFar) -> str:
    """Where the week stands against the two-to-three target, in a short sentence."""
    low, high = week.core_target_min, week.core_target_max
    if week.core_status == "above":
        return (
            f"More core sessions than the {low}–{high} a week the documents suggest: fine, "
            "as long as you recover well."
        )
    if week.core_status == "on_target":
        return f"Core target reached: {low}–{high} sessions this week."
    if week.core_to_go == 1:
        return f"One more core session reaches this week's target of {low}–{high}."
    return f"{week.core_to_go} more core sessions reach this week's target of {low}–{high}."


def last_week_words(week: WeekSoFar, unit: str) -> str:
    last = week.last_week
    if not last.runs and not last.core_sessions:
        return "Last week: no runs or core sessions."
    parts = []
    if last.runs:
        parts.append(format_distance(last.distance_m, unit, 1))
        parts.append(format_hours_minutes(last.run_time_s))
        parts.append(count_text(last.runs, "run"))
    parts.append(count_text(last.core_sessions, "core session"))
    return "Last week: " + " · ".join(parts) + "."


def ten_percent_words(week: WeekSoFar, unit: str) -> str:
    """The warning shown once this week's distance is past last week's by over 10 percent."""
    percent = week.change.percent or 0
    last = format_distance(week.last_week.distance_m, unit, 1)
    return (
        f"Already {percent:.0f}% more distance than last week's {last}. "
        f"{week.ten_percent_text} {citation(week.ten_percent_sources)}"
    )


class WeekCard(Card):
    """The week so far, with last week beside it for comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("This week so far", parent)
        self.setObjectName("todayWeekCard")
        self.span = muted("", wrap=False)
        self.span.setObjectName("todayWeekSpan")
        self.body.insertWidget(1, self.span)

        row = QHBoxLayout()
        row.setSpacing(28)
        self.distance = Figure("todayWeekDistance", "distance")
        self.time = Figure("todayWeekTime", "running time")
        self.runs = Figure("todayWeekRuns", "runs")
        self.core = Figure("todayWeekCore", "core sessions")
        self.dots = TargetDots()
        self.dots.setObjectName("todayWeekCoreDots")
        core_box = QVBoxLayout()
        core_box.setSpacing(2)
        core_box.addWidget(self.core)
        core_box.addWidget(self.dots)
        for figure in (self.distance, self.time, self.runs):
            row.addWidget(figure, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(core_box)
        row.addStretch(1)
        self.body.addLayout(row)

        self.core_note = muted("")
        self.core_note.setObjectName("todayWeekCoreNote")
        self.ten_percent = QLabel()
        self.ten_percent.setObjectName("todayWeekTenPercent")
        self.ten_percent.setWordWrap(True)
        self.ten_percent.setTextFormat(Qt.TextFormat.RichText)
        self.last_week = muted("")
        self.last_week.setObjectName("todayWeekLast")
        for label in (self.core_note, self.ten_percent, self.last_week):
            self.body.addWidget(label)
        self.week: WeekSoFar | None = None

    def show_week(self, week: WeekSoFar, unit: str) -> None:
        self.week = week
        this = week.this_week
        self.span.setText(week_span(week))
        self.distance.set_value(format_distance(this.distance_m, unit, 1))
        self.time.set_value(format_hours_minutes(this.run_time_s))
        self.runs.set_value(str(this.runs), "run" if this.runs == 1 else "runs")
        self.core.set_value(
            f"{this.core_sessions} of {week.core_target_min}–{week.core_target_max}",
            "core sessions",
        )
        self.dots.set_progress(this.core_sessions, week.core_target_min, week.core_target_max)
        self.core_note.setText(core_words(week))
        self.core_note.setToolTip(f"{week.core_target_text} {citation(week.core_target_sources)}")
        if week.over_ten_percent:
            words = escape(ten_percent_words(week, unit), quote=False)
            self.ten_percent.setText(f'<span style="color:{colors().warn}">{words}</span>')
        self.ten_percent.setVisible(week.over_ten_percent)
        self.last_week.setText(last_week_words(week, unit))
        self.setAccessibleName(
            f"This week so far: {self.distance.text()}, {self.time.text()} running, "
            f"{count_text(this.runs, 'run')}, {self.core.text()} core sessions"
        )
