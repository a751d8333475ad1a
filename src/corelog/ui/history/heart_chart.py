"""History's heart-rate load chart: Banister's TRIMP of runs with heart rate.

It sits beside the session-effort load and says which load it is: its title, caption
and read-out name TRIMP and the heart rates from Settings, while the effort chart says
"effort × minutes". The series comes from ``services.heart_load`` (set on the card as
``heart`` before it is drawn).
"""

from __future__ import annotations

from collections.abc import Sequence

from corelog.domain.i18n import QT_TRANSLATE_NOOP, History
from corelog.domain.load import DayLoad
from corelog.services.heart_load import HeartLoad
from corelog.services.history_review import HistoryReview
from corelog.ui.history.trend_charts import LoadChart


class HeartLoadChart(LoadChart):
    title_text = QT_TRANSLATE_NOOP("History", "Heart-rate load (TRIMP)")
    explanation = QT_TRANSLATE_NOOP(
        "History",
        "Banister's TRIMP: minutes × how much of your heart-rate reserve a run used, "
        "weighted. The last 7 days (solid) against an average week of the last 28 (dashed). "
        "Only runs whose file recorded heart rate count; core sessions and typed runs are "
        "in the effort load above.",
    )
    empty_text = QT_TRANSLATE_NOOP(
        "History",
        "No runs with heart rate in this range. Import runs from a watch or app "
        "(File > Import Activities…) and their heart-rate load shows here.",
    )
    heart: HeartLoad | None = None
    profile_text = ""

    def show_heart(self, heart: HeartLoad, profile_text: str, review: HistoryReview) -> None:
        self.heart = heart
        self.profile_text = profile_text
        self.caption.setText(
            History.tr("{explanation} Heart rates from Settings: {profile}.").format(
                explanation=self.explanation, profile=profile_text
            )
        )
        self.show_review(review)

    unit_label = "TRIMP"
    day_words = QT_TRANSLATE_NOOP(
        "History",
        "{day}: heart-rate load (TRIMP) of the last 7 days {acute}, an average week of "
        "the last 4: {chronic}.",
    )

    def series(self, review: HistoryReview | None) -> Sequence[DayLoad]:
        """The days drawn, oldest first: the heart-rate load set with :meth:`show_heart`."""
        return self.heart.series if self.heart is not None else []
