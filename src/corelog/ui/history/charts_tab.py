"""The charts tab: a range (12 weeks, 6 months, 1 year, all), the charts, the insights.

The insights on the right say in plain words what the charts show for the range:
totals, records, streaks, weeks that broke the 10 percent rule or fell short of two core
sessions, soreness that keeps coming back, and the training load ratio. The chosen range
is remembered.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import History, integer
from corelog.domain.timeutil import local_now
from corelog.services.history_insight_base import Insight, guidance_from_knowledge
from corelog.services.history_review import CHART_RANGES, HistoryReview, review
from corelog.services.history_words import span_text
from corelog.services.knowledge import citation
from corelog.ui.accessibility import name_scroll_area
from corelog.ui.context import AppContext
from corelog.ui.documents_mark import InEnglishMark
from corelog.ui.history.chart_card import ChartCard
from corelog.ui.history.chart_table_view import all_tables_button
from corelog.ui.history.charts import CHARTS
from corelog.ui.history.source import HistorySource
from corelog.ui.theme import colors, font_pt
from corelog.ui.widgets import Card, clear_layout, muted, named, section_title

HEART_CHART = "historyChartHeartLoad"


def all_charts() -> list[tuple[str, type[ChartCard]]]:
    """The charts in page order: the heart-rate load right after the effort load."""
    from corelog.ui.history.heart_chart import HeartLoadChart

    charts = list(CHARTS)
    after = next(i for i, (name, _) in enumerate(charts) if name == "historyChartLoad") + 1
    charts.insert(after, (HEART_CHART, HeartLoadChart))
    return charts


RANGE_KEY = "history/chart_range"
"""Where the chosen range is remembered (UI state, not a preference)."""


def range_buttons() -> dict[str, tuple[str, str, str, str]]:
    """Each range's button: (text, objectName, accessible name, tooltip)."""
    return {
        "12w": (
            History.tr("&12 weeks"),
            "historyRange12w",
            History.tr("Show 12 weeks"),
            History.tr("Charts and insights for 12 weeks (Alt+1)"),
        ),
        "6m": (
            History.tr("&6 months"),
            "historyRange6m",
            History.tr("Show 6 months"),
            History.tr("Charts and insights for 6 months (Alt+6)"),
        ),
        "1y": (
            History.tr("1 &year"),
            "historyRange1y",
            History.tr("Show 1 year"),
            History.tr("Charts and insights for 1 year (Alt+Y)"),
        ),
        "all": (
            History.tr("&All"),
            "historyRangeAll",
            History.tr("Show all"),
            History.tr("Charts and insights for all (Alt+A)"),
        ),
    }


def tone_word(tone: str) -> str:
    """Shown beside an insight's title, so its meaning never rests on colour alone."""
    if tone == "good":
        return History.tr("GOOD", "insight tone")
    if tone == "warn":
        return History.tr("WATCH", "insight tone")
    return ""


class InsightCard(Card):
    """One insight: title, a word for its tone, the text, and its sources."""

    def __init__(
        self, insight: Insight, parent: QWidget | None = None, *, documents: Sequence[str] = ()
    ) -> None:
        """``documents``: the documents' advice the insights quote (in English: where the
        text holds one, it is marked so)."""
        super().__init__(None, parent)
        self.insight = insight
        self.setObjectName(f"historyInsight_{insight.key}")
        self.setAccessibleName(insight.title)
        self.body.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        title = section_title(insight.title)
        title.setStyleSheet(f"font-size: {font_pt(10.5)}pt;")
        head.addWidget(title)
        c = colors()
        word = tone_word(insight.tone)
        if word:
            color = c.good if insight.tone == "good" else c.warn
            badge = QLabel(word)
            badge.setObjectName("historyInsightTone")
            badge.setStyleSheet(
                f"color: {color}; border: 1px solid {color}; border-radius: 4px;"
                f"padding: 0 4px; font-size: {font_pt(8)}pt; font-weight: 600;"
            )
            head.addWidget(badge)
        head.addStretch(1)
        self.body.addLayout(head)
        text = QLabel(insight.text)
        text.setObjectName("historyInsightText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = text
        self.body.addWidget(text)
        self.in_english = InEnglishMark("historyInsightInEnglish")
        if self.in_english.show_for(any(advice and advice in insight.text for advice in documents)):
            text.setAccessibleDescription(self.in_english.text())
        self.body.addWidget(self.in_english)
        if insight.sources:
            source = muted(citation(insight.sources))
            source.setObjectName("historyInsightSource")
            source.setStyleSheet(f"font-size: {font_pt(8.5)}pt;")
            self.body.addWidget(source)


class ChartsTab(QWidget):
    """Range buttons on top; the charts on the left, the insights on the right."""

    def __init__(
        self,
        ctx: AppContext,
        source: HistorySource,
        parent: QWidget | None = None,
        *,
        lazy: bool = False,
    ) -> None:
        """``lazy``: leave the charts to :meth:`build_next_chart` (one per idle moment)."""
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        named(self, "historyChartsTab", History.tr("Charts"))
        self._dirty = True
        self._guidance = guidance_from_knowledge()
        self.current_review: HistoryReview | None = None
        stored = ctx.settings.value(RANGE_KEY, "12w")
        self.range_key = stored if stored in CHART_RANGES else "12w"

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_range_row())
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(self._build_charts_column(lazy=lazy), 3)
        columns.addWidget(self._build_insights_column(), 2)
        layout.addLayout(columns, 1)
        if not self._unbuilt:
            self._order_tab()

    def _build_range_row(self) -> QHBoxLayout:
        """Show: [12 weeks] [6 months] [1 year] [All], the dates shown, [Tables]."""
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(muted(History.tr("Show:"), wrap=False))
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[str, QPushButton] = {}
        for key, (text, object_name, name, tip) in range_buttons().items():
            button = named(QPushButton(text), object_name, name, tip)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(key == self.range_key)
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            button.clicked.connect(lambda _checked=False, k=key: self.set_range(k))
            top.addWidget(button)
        self.range_text = muted("", wrap=False)
        self.range_text.setObjectName("historyRangeText")
        top.addSpacing(10)
        top.addWidget(self.range_text)
        top.addStretch(1)
        self.tables_button = all_tables_button(self.ctx.settings, self._show_tables)
        top.addWidget(self.tables_button)
        return top

    def _build_charts_column(self, *, lazy: bool) -> QScrollArea:
        """The charts, one under the other, scrolling (built now unless ``lazy``)."""
        charts = QWidget()
        charts.setObjectName("historyChartsColumn")
        self.charts_layout = QVBoxLayout(charts)
        self.charts_layout.setContentsMargins(0, 0, 6, 0)
        self.charts_layout.setSpacing(12)
        self.charts: dict[str, ChartCard] = {}
        self._unbuilt = list(all_charts())
        self.charts_layout.addStretch(1)
        if not lazy:
            self.build_all_charts()
        self.charts_scroll = self._scroll(charts, "historyChartsScroll", History.tr("The charts"))
        return self.charts_scroll

    def _build_insights_column(self) -> QScrollArea:
        """The insight cards under "What your history says", scrolling, beside the charts."""
        insights = QWidget()
        insights.setObjectName("historyInsightsColumn")
        self.insights_layout = QVBoxLayout(insights)
        self.insights_layout.setContentsMargins(0, 0, 6, 0)
        self.insights_layout.setSpacing(8)
        heading = section_title(History.tr("What your history says"))
        self.insights_layout.addWidget(heading)
        self.insights_box = QVBoxLayout()
        self.insights_box.setSpacing(8)
        self.insights_layout.addLayout(self.insights_box)
        self.insights_layout.addStretch(1)
        self.insights_scroll = self._scroll(insights, "historyInsights", History.tr("Insights"))
        self._fit_insights_width()
        self.insights_scroll.setMaximumWidth(400)
        return self.insights_scroll

    @staticmethod
    def _scroll(content: QWidget, object_name: str, accessible: str) -> QScrollArea:
        scroll = name_scroll_area(named(QScrollArea(), object_name, accessible), accessible)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        content.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        return scroll

    # ------------------------------------------------------------------ building
    def build_next_chart(self) -> bool:
        """Build one more chart (about 10 ms each); True while more are left."""
        if not self._unbuilt:
            return False
        object_name, chart_class = self._unbuilt.pop(0)
        card = chart_class(object_name)
        card.table_switch.set_table_shown(self.tables_button.isChecked())
        self.charts[object_name] = card
        self.charts_layout.insertWidget(self.charts_layout.count() - 1, card)
        if not self._unbuilt:
            self._order_tab()
        return bool(self._unbuilt)

    def _order_tab(self) -> None:
        """Tab: the charts' toggles and tables in page order, then the insights (charts
        built after the page would otherwise come last)."""
        if getattr(self, "insights_scroll", None) is None:
            return  # still being built: __init__ orders them at its end
        chain: list[QWidget] = [self.tables_button, self.charts_scroll]
        for card in self.charts.values():
            chain += [card.table_switch.button, card.table_switch.view]
        chain.append(self.insights_scroll)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def build_all_charts(self) -> None:
        while self.build_next_chart():
            pass

    def _show_tables(self, shown: bool) -> None:
        """Alt+B: every chart as a table (True) or as a chart."""
        for card in self.charts.values():
            card.table_switch.set_table_shown(shown)

    # ------------------------------------------------------------------ refreshing
    def mark_dirty(self) -> None:
        """The history, the unit, the week start or the theme changed: redraw when shown."""
        self._dirty = True

    def refresh_if_dirty(self) -> None:
        """Redraw if anything changed since the last drawing, the date included."""
        if (
            self._dirty
            or self.current_review is None
            or (self.current_review.today != local_now().date())
        ):
            self.refresh()

    def set_range(self, range_key: str) -> None:
        """Show 12 weeks, 6 months, 1 year or all (remembered for next time)."""
        if range_key not in CHART_RANGES:
            raise ValueError(f"unknown chart range {range_key!r}")
        self.range_key = range_key
        self.range_buttons[range_key].setChecked(True)
        self.ctx.settings.set_value(RANGE_KEY, range_key)
        self.refresh()

    def refresh(self) -> None:
        """Work out the range again and redraw every chart and insight."""
        self.build_all_charts()
        self._dirty = False
        settings = self.ctx.settings
        today = local_now().date()
        result = review(
            self.source.arrays(),
            self.range_key,
            today=today,
            first_weekday=settings.week_start,
            unit=settings.unit,
            guidance=self._guidance,
        )
        self.current_review = result
        c = colors()
        ink = c.ink  # readable on the accent in either theme
        chosen = (
            f"QPushButton:checked {{ background: {c.accent}; color: {ink}; "
            f"border: 1px solid {c.accent}; border-radius: 4px; padding: 3px 10px; }}"
        )
        for button in (*self.range_buttons.values(), self.tables_button):
            button.setStyleSheet(chosen)
        self.range_text.setText(span_text(result.first_day, result.last_day, today))
        heart_card = self.charts.get(HEART_CHART)
        for card in self.charts.values():
            if card is not heart_card:
                card.show_review(result)
        if heart_card is not None:
            self._show_heart(heart_card, result, today)
        self._show_insights(result.insights)

    def _show_heart(self, card, result: HistoryReview, today) -> None:
        from corelog.services.heart_load import HeartProfile, heart_load

        settings = self.ctx.settings
        profile = HeartProfile(settings.resting_hr, settings.max_hr, settings.hr_weighting)
        last = min(result.last_day, today)
        heart = heart_load(self.ctx.store, profile, result.first_day, last)
        if profile.weighting == "men":
            words = History.tr(
                "resting {rest}, maximum {max} beats a minute, Banister's men's weighting"
            )
        else:
            words = History.tr(
                "resting {rest}, maximum {max} beats a minute, Banister's women's weighting"
            )
        card.show_heart(
            heart,
            words.format(rest=integer(profile.rest_hr), max=integer(profile.max_hr)),
            result,
        )

    def _show_insights(self, insights: list[Insight]) -> None:
        clear_layout(self.insights_box)
        guide = self._guidance
        documents = (guide.ten_percent, guide.core_target, guide.recurring)
        for insight in insights:
            self.insights_box.addWidget(InsightCard(insight, documents=documents))
        self._fit_insights_width()

    def _fit_insights_width(self) -> None:
        """Never narrower than the widest line that cannot wrap (a card's title with its
        badge, the heading in the theme's font) beside the scroll bar."""
        content = self.insights_scroll.widget()
        content.ensurePolished()
        bar = self.insights_scroll.verticalScrollBar()
        bar.ensurePolished()
        needed = content.minimumSizeHint().width() + bar.sizeHint().width()
        self.insights_scroll.setMinimumWidth(max(250, needed))

    def insight_cards(self) -> list[InsightCard]:
        cards = []
        for i in range(self.insights_box.count()):
            widget = self.insights_box.itemAt(i).widget()
            if isinstance(widget, InsightCard):
                cards.append(widget)
        return cards
