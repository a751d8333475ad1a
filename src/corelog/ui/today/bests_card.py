"""Personal bests: fastest races, longest run, longest plank holds; recent ones marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from corelog.domain.formatting import (
    format_distance,
    format_duration,
    format_hold,
    format_run_pace,
)
from corelog.domain.i18n import Today
from corelog.services.today import HOLD_EXERCISES, TodayRecords, is_recent
from corelog.ui.theme import colors
from corelog.ui.today.parts import badge_html, fastest, short_day
from corelog.ui.widgets import Card, clear_layout, muted, plain


def _record_lines(
    bests: TodayRecords, unit: str, today: date
) -> list[tuple[str, str, str, bool]]:
    """One line a record, fastest races first, then the longest run and the longest holds:
    (what, result, when and how, new)."""
    records = bests.records
    lines: list[tuple[str, str, str, bool]] = []
    for race_class, best in records.races.items():
        pace = format_run_pace(best.distance_m, best.duration_s, unit)
        lines.append(
            (
                fastest(race_class),
                format_duration(best.duration_s),
                f"{short_day(best.day, today)} · {pace}",
                is_recent(best.day, today),
            )
        )
    if records.longest_run is not None:
        run = records.longest_run
        lines.append(
            (
                Today.tr("Longest run"),
                format_distance(run.distance_m, unit, 2),
                f"{short_day(run.day, today)} · {format_duration(run.duration_s)}",
                is_recent(run.day, today),
            )
        )
    for key in HOLD_EXERCISES:
        hold = records.holds.get(key)
        if hold is None:
            continue
        name = bests.hold_names.get(key, key)
        lines.append(
            (
                Today.tr("Longest hold: {exercise}").format(exercise=name),
                format_hold(hold.hold_ms),
                short_day(hold.day, today),
                is_recent(hold.day, today),
            )
        )
    return lines


def _missing_notes(bests: TodayRecords) -> list[str]:
    """What to do for the records still missing: a race, a timed hold."""
    records = bests.records
    notes = []
    if not records.races:
        notes.append(
            Today.tr(
                "No races yet: log a run as a race (5K, 10K, half or marathon) and the "
                "fastest time of each shows here."
            )
        )
    if not records.holds:
        notes.append(
            Today.tr(
                "No timed holds yet: time a plank (Ctrl+T) and your longest hold shows here."
            )
        )
    return notes


class BestsCard(Card):
    """The records, one a row: what, the result, when (and the pace for races)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Today.tr("Personal bests"), parent)
        self.setObjectName("todayBestsCard")
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(3, 1)
        self.body.addWidget(holder)
        self.notes = muted("")
        self.notes.setObjectName("todayBestsNotes")
        self.body.addWidget(self.notes)
        self.lines: list[tuple[str, str, str, bool]] = []
        """What is shown: (what, result, when and how, new), in order."""

    def show_records(self, bests: TodayRecords, unit: str, today: date) -> None:
        lines = _record_lines(bests, unit, today)
        self.lines = lines
        self._fill(lines)
        notes = _missing_notes(bests)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.setAccessibleName(
            Today.tr("Personal bests: {records}").format(
                records="; ".join(f"{what} {result}" for what, result, _, _ in lines)
            )
            if lines
            else Today.tr("Personal bests: none yet")
        )

    def _fill(self, lines: list[tuple[str, str, str, bool]]) -> None:
        clear_layout(self.grid)
        c = colors()
        for row, (what, result, when, new) in enumerate(lines):
            name = plain(QLabel(what))  # may name one of the user's exercises
            value = QLabel(result)
            value.setObjectName("todayBestValue")
            value.setStyleSheet("font-weight: 600;")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            detail = muted(when, wrap=False)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(value, row, 1)
            self.grid.addWidget(detail, row, 2)
            if new:
                mark = QLabel(badge_html(Today.tr("NEW", "a record set recently"), c.good, c))
                mark.setObjectName("todayBestNew")
                mark.setTextFormat(Qt.TextFormat.RichText)
                mark.setToolTip(Today.tr("Set in the last two weeks"))
                self.grid.addWidget(mark, row, 3, Qt.AlignmentFlag.AlignLeft)
