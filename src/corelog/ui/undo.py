"""Undo for everything the user changes: one QUndoCommand built from two callables.

A page performs a change by pushing a command (``push_change``); the first ``redo()`` does
the change, Edit > Undo (Ctrl+Z) reverses it, Redo does it again. Each side announces on
the data bus what it touched, so every page showing that data refreshes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from corelog.ui.context import AppContext


def _menu_text(text: str) -> str:
    """``text`` for Edit > Undo/Redo: a name like "a & b" keeps its "&" (not a shortcut key)."""
    return text.replace("&", "&&")


class CallbackCommand(QUndoCommand):
    def __init__(
        self,
        ctx: AppContext,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        kinds: Iterable[str],
    ) -> None:
        # Before a line break: the text for Edit > Undo/Redo; after it: the plain text.
        super().__init__(f"{_menu_text(text)}\n{text}")
        self._ctx = ctx
        self._do = do
        self._undo = undo
        self._kinds = tuple(kinds)
        self.result: Any = None

    def redo(self) -> None:
        self.result = self._do()
        self._ctx.bus.announce(*self._kinds)

    def undo(self) -> None:
        self._undo()
        self._ctx.bus.announce(*self._kinds)


def push_change(
    ctx: AppContext,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    *kinds: str,
) -> Any:
    """Do a change through the undo stack and return what ``do`` returned.

    If ``do`` raises, nothing is pushed and the exception propagates (the store's write
    transaction has rolled back, so nothing is half-saved).
    """
    command = CallbackCommand(ctx, text, do, undo, kinds)
    # QUndoStack.push() calls redo(); run it first ourselves so a failure is not pushed.
    command.redo()
    ctx.undo_stack.push(_Done(command))
    return command.result


class _Done(QUndoCommand):
    """Wraps a command whose first redo already ran, so push() does not run it twice."""

    def __init__(self, inner: CallbackCommand) -> None:
        super().__init__(f"{inner.actionText()}\n{inner.text()}")
        self._inner = inner
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._inner.redo()

    def undo(self) -> None:
        self._inner.undo()


def push_done(
    ctx: AppContext,
    text: str,
    redo: Callable[[], Any],
    undo: Callable[[], Any],
    *kinds: str,
) -> None:
    """Record a change already made (by work off the GUI thread) for Edit > Undo.

    The pages are told what changed now; Undo and Redo then run ``undo`` and ``redo``.
    """
    command = CallbackCommand(ctx, text, redo, undo, kinds)
    ctx.undo_stack.push(_Done(command))
    ctx.bus.announce(*kinds)
