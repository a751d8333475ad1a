"""What CoreLog tells assistive technology, caught where Qt hands it to the platform.

Qt sends every accessibility event through ``QAccessible::updateAccessibility`` to the
platform's bridge (AT-SPI on Linux), or to a handler installed with
``QAccessible::installUpdateHandler``. PySide6 does not wrap that function, so
:class:`AccessibilityEvents` calls it in Qt's own library with ctypes, turns Qt
accessibility on, and records each event while a test runs; then it puts Qt back as it
was. Only announcements are kept with their words (``announcements``); every event's
type is counted in ``kinds``.
"""

from __future__ import annotations

import ctypes
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

INSTALL = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"
"""QAccessible::installUpdateHandler(void (*)(QAccessibleEvent*)), as the linker names it."""
HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


@dataclass(frozen=True)
class Announcement:
    text: str
    assertive: bool
    source: object  # the QObject it is about


def qt_gui_library() -> ctypes.CDLL | None:
    folder = Path(PySide6.__file__).parent
    for pattern in ("Qt/lib/libQt6Gui.so.6", "Qt/lib/libQt6Gui.so*", "**/libQt6Gui.so*"):
        found = sorted(folder.glob(pattern))
        if found:
            return ctypes.CDLL(str(found[0]))
    return None


class AccessibilityEvents:
    """A context manager: ``with AccessibilityEvents() as events: ...``."""

    def __init__(self) -> None:
        self.announcements: list[Announcement] = []
        self.kinds: Counter[QAccessible.Event] = Counter()
        self._handler = HANDLER(self._on_event)  # kept alive while installed
        self._install = None
        self._previous = None
        self._was_active = False

    @staticmethod
    def available() -> str | None:
        """None when events can be caught here, else why not."""
        if not sys.platform.startswith("linux"):
            return "catching Qt's accessibility events needs Qt's Linux library names"
        library = qt_gui_library()
        if library is None or not hasattr(library, INSTALL):
            return "QAccessible::installUpdateHandler not found in Qt's library"
        return None

    def __enter__(self) -> AccessibilityEvents:
        library = qt_gui_library()
        assert library is not None
        self._install = getattr(library, INSTALL)
        self._install.restype = ctypes.c_void_p
        self._install.argtypes = [ctypes.c_void_p]
        self._previous = self._install(ctypes.cast(self._handler, ctypes.c_void_p))
        self._was_active = QAccessible.isActive()
        QAccessible.setActive(True)
        return self

    def __exit__(self, *_exc) -> None:
        QAccessible.setActive(self._was_active)
        assert self._install is not None
        self._install(self._previous)

    def _on_event(self, pointer: int) -> None:
        event = shiboken6.wrapInstance(pointer, QAccessibleEvent)
        kind = event.type()
        self.kinds[kind] += 1
        if kind == QAccessible.Event.Announcement:
            said = shiboken6.wrapInstance(pointer, QAccessibleAnnouncementEvent)
            assertive = said.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            self.announcements.append(Announcement(said.message(), assertive, said.object()))

    def said(self) -> list[str]:
        return [a.text for a in self.announcements]
