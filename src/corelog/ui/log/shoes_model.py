"""The shoes list's table model: each pair with its total distance (what it had when
added plus the runs logged in it), its runs, its start distance and whether it is
retired, in the user's unit to a tenth.
"""

from __future__ import annotations

from corelog.domain.formatting import format_distance
from corelog.domain.i18n import Log
from corelog.domain.shoes import ShoeRow
from corelog.ui.context import AppContext
from corelog.ui.table_model import Column, RecordTableModel, count_column

LIST_DECIMALS = 1  # the list shows distances on pairs to a tenth


class ShoesModel(RecordTableModel[ShoeRow]):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        def distance(metres: float) -> str:
            return format_distance(metres, ctx.settings.unit, decimals=LIST_DECIMALS)

        super().__init__(
            [
                Column(Log.tr("Pair"), lambda s: s.name, sort_key=lambda s: s.name.casefold()),
                Column(
                    Log.tr("Total distance"),
                    lambda s: distance(s.total_distance_m),
                    sort_key=lambda s: s.total_distance_m,
                    align_right=True,
                    tooltip=lambda s: Log.tr("{added} when added + {logged} logged").format(
                        added=distance(s.start_distance_m), logged=distance(s.runs_distance_m)
                    ),
                ),
                count_column(Log.tr("Runs"), lambda s: s.run_count),
                Column(
                    Log.tr("Start distance"),
                    lambda s: distance(s.start_distance_m),
                    sort_key=lambda s: s.start_distance_m,
                    align_right=True,
                ),
                Column(
                    Log.tr("Status"),
                    lambda s: Log.tr("Retired") if s.retired else Log.tr("In service"),
                ),
            ],
            parent,
        )

    def row_of(self, shoe_id: int) -> int | None:
        for row, shoe in enumerate(self.rows()):
            if shoe.id == shoe_id:
                return row
        return None
