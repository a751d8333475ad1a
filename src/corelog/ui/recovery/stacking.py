"""The Recovery page's two columns: side by side when the window is wide enough, else the
form or guidance below the body map, whole, with the page scrolling down to it.

:class:`StackingColumns` is mixed into :class:`~corelog.ui.recovery.page.RecoveryPage`,
whose splitter (body map and lists | form, guidance or how-to) and scroll area it fits to
the window's width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QStackedWidget

STACKED_DETAIL_HEIGHT = 440
"""The least height the form or guidance gets below the body map in a narrow window."""


class StackingColumns:
    """Fits the page's splitter to its width (see the module's docstring)."""

    splitter: QSplitter
    scroll: QScrollArea
    detail: QStackedWidget
    # It also calls the page's width() (a QWidget's).

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # As if the scroll bar showed, so that it coming and going does not flip the layout.
        self.fit_width(self.width() - self.scroll.verticalScrollBar().sizeHint().width())
        self._fit_detail_height()

    def fit_width(self, width: int) -> None:
        """The form or guidance beside the body map when both fit, else below it."""
        left = self.splitter.widget(0)
        margins = self.scroll.widget().layout().contentsMargins()
        needed = (
            margins.left()
            + margins.right()
            + left.minimumSizeHint().width()
            + self.splitter.handleWidth()
            + self.detail.minimumWidth()
        )
        orientation = Qt.Orientation.Horizontal if width >= needed else Qt.Orientation.Vertical
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        self._fit_detail_height()
        if orientation == Qt.Orientation.Horizontal:
            left.setMinimumHeight(0)
            self.detail.setMinimumHeight(0)
            self.splitter.setSizes([460, 530])
        else:
            # The body map and the region list at full height; the page scrolls instead.
            left.setMinimumHeight(left.sizeHint().height())
            self.splitter.setSizes([left.sizeHint().height(), self.detail.minimumHeight()])

    def _fit_detail_height(self) -> None:
        """Below the body map, the form or guidance shows whole: the page scrolls, not it."""
        if not self.stacked():
            self.detail.setMinimumHeight(0)
            return
        shown = self.detail.currentWidget()
        content = shown.widget() if isinstance(shown, QScrollArea) else shown
        width = self.detail.width()
        layout = content.layout()
        if layout is not None:
            layout.invalidate()  # what was just filled in counts
        height = content.sizeHint().height()
        if content.hasHeightForWidth() and width > 0:
            height = max(height, content.heightForWidth(width))
        self.detail.setMinimumHeight(max(STACKED_DETAIL_HEIGHT, height))

    def stacked(self) -> bool:
        """Whether the form and guidance are below the body map (a narrow window)."""
        return self.splitter.orientation() == Qt.Orientation.Vertical

    def _bring_detail_into_view(self) -> None:
        if self.stacked():
            bar = self.scroll.verticalScrollBar()
            bar.setValue(
                min(
                    bar.maximum(),
                    self.detail.mapTo(self.scroll.widget(), self.detail.rect().topLeft()).y(),
                )
            )
