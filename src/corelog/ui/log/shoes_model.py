"""The shoes list's table model: each pair with its total distance (what it had when
added plus the runs logged in it), its runs, its start distance and whether it is
retired, in the user's unit to a tenth.
"""

from __future__ import annotations

from corelog.domain.formatting import format_distance
from corelog.domain.i18n import Log, integer
from corelog.domain.shoes import ShoeRow
from corelog.ui.context import AppContext
from corelog.ui.table_model import Column, RecordTableModel

LIST_DECIMALS = 1  # the list shows distances on pairs to a tenth


class ShoesModel(RecordTableModel[ShoeRow]):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        def unit() -> str:
            return ctx.settings.unit

        super().__init__(
            [
                Column(Log.tr("Pair"), lambda s: s.name, sort_key=lambda s: s.name.casefold()),
                Column(
                    Log.tr("Total distance"),
                    lambda s: format_distance(s.total_distance_m, unit(), decimals=LIST_DECIMALS),
                    sort_key=lambda s: s.total_distance_m,
                    align_right=True,
                    tooltip=lambda s: Log.tr("{added} when added + {logged} logged").format(
                        added=format_distance(s.start_distance_m, unit(), LIST_DECIMALS),
                        logged=format_distance(s.runs_distance_m, unit(), LIST_DECIMALS),
                    ),
                ),
                Column(
                    Log.tr("Runs"),
                    lambda s: integer(s.run_count),
                    sort_key=lambda s: s.run_count,
                    align_right=True,
                ),
                Column(
                    Log.tr("Start distance"),
                    lambda s: format_distance(s.start_distance_m, unit(), decimals=LIST_DECIMALS),
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
