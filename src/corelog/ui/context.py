"""What every page is given: the open database, preferences, the change bus and the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from corelog.services.database import Database
from corelog.ui.bus import DataBus
from corelog.ui.settings import AppSettings


@dataclass
class AppContext:
    store: Database
    """The open database: handed to the services, never read here."""
    settings: AppSettings
    bus: DataBus
    undo_stack: QUndoStack
    # Shows a short message in the main window's status bar (text, timeout in ms).
    show_status: Callable[[str, int], None] = field(default=lambda text, timeout=0: None)
    demo: bool = False
