"""Changing soreness from the Recovery page: the form's flow and every undoable change.

Logging and editing an entry, "how is it today?", resolving, reopening and deleting all
(from the buttons or their keyboard actions) go through the undo stack and are announced
on the data bus; the page refreshes from there. An entry changed or deleted elsewhere
while it is in the form is followed: the untouched fields show it as it is now, or the
form starts afresh and says why.

:class:`EntryEditing` is mixed into :class:`~corelog.ui.recovery.page.RecoveryPage`,
whose widgets and state it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from corelog.domain.i18n import Checks, Recovery
from corelog.domain.timeutil import from_utc_and_offset
from corelog.domain.validation import Invalid
from corelog.services import recovery
from corelog.services.recovery import FollowUpForm, LinkError
from corelog.ui import bus
from corelog.ui.recovery.words import trend_word
from corelog.ui.undo import push_change
from corelog.ui.widgets import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QTreeView

    from corelog.ui.context import AppContext
    from corelog.ui.recovery.body_map import BodyMap
    from corelog.ui.recovery.form import SorenessFormWidget
    from corelog.ui.recovery.guidance_panel import GuidancePanel

INTRO, FORM, GUIDANCE = range(3)
"""The right-hand side's views: the how-to, the form, the guidance."""
STATUS_MS = 6000


class EntryEditing:
    """The form's flow and the undoable changes of the Recovery page."""

    ctx: AppContext
    form: SorenessFormWidget
    guidance: GuidancePanel
    detail: QStackedWidget
    body_map: BodyMap
    open_view: QTreeView
    history_view: QTreeView
    _region: str | None
    _shown_entry: int | None
    _reveal: int | None
    _saving_edit: bool
    # It also calls the page's _set_region, _refresh_links, _update_actions, open_entry,
    # shown_entry, _show_guidance and _bring_detail_into_view.

    def _follow_edited_entry(self) -> None:
        """The entry in the form may have changed elsewhere: untouched fields follow it."""
        entry_id = self.form.entry_id
        if entry_id is None or self._saving_edit:
            return
        entry = recovery.get_entry(self.ctx.store, entry_id)
        if entry is not None and self.form.follow(entry):
            self.ctx.show_status(
                Recovery.tr(
                    "The soreness entry you are editing was changed meanwhile: the form shows "
                    "it as it is now, with what you changed kept."
                ),
                STATUS_MS,
            )

    def _alive(self, entry_id: int) -> bool:
        entry = recovery.get_entry(self.ctx.store, entry_id)
        return entry is not None and entry.deleted_at is None

    def _edited_entry_gone(self) -> None:
        """The entry in the form was deleted (elsewhere, or by undo): start afresh, say so."""
        if self._shown_entry == self.form.entry_id:
            self._shown_entry = None
        self.form.start_new(self._region)
        self._refresh_links()
        self._update_actions()
        self.ctx.show_status(
            Recovery.tr("The soreness entry you were editing was deleted."), STATUS_MS
        )

    def new_entry(self) -> None:
        """Start logging soreness (Ctrl+Shift+S)."""
        self._start_form(self._region)
        if self._region is None:
            self.body_map.setFocus()
        else:
            self.form.severity.setFocus()

    def _start_form(self, region: str | None) -> None:
        for view in (self.open_view, self.history_view):
            view.selectionModel().clearSelection()
        self.form.start_new(region)
        self.detail.setCurrentIndex(FORM)
        self._refresh_links()
        self._update_actions()
        self._bring_detail_into_view()

    def edit_shown(self) -> None:
        if self._shown_entry is None or self.detail.currentIndex() != GUIDANCE:
            return
        entry = recovery.get_entry(self.ctx.store, self._shown_entry)
        if entry is None or entry.deleted_at is not None:
            return
        self._set_region(entry.region)
        self.form.start_edit(entry)
        self.detail.setCurrentIndex(FORM)
        self._refresh_links()
        self._update_actions()
        self._bring_detail_into_view()
        self.form.severity.setFocus()

    def edit_entry(self, entry_id: int) -> bool:
        """Open a soreness entry in the form to change it (from History)."""
        entry = recovery.get_entry(self.ctx.store, entry_id)
        if entry is None or entry.deleted_at is not None:
            return False
        self.open_entry(entry_id)
        self.edit_shown()
        return True

    def cancel_form(self) -> None:
        self.form.clear_errors()
        if self._shown_entry is not None:
            self._show_guidance(self._shown_entry)
        else:
            self.detail.setCurrentIndex(INTRO)
        self._update_actions()

    def save(self) -> None:
        """Check the form; save it (undoable) and show the guidance, or show what is wrong."""
        store = self.ctx.store
        checked = recovery.check_entry(store, self.form.values())
        if isinstance(checked, Invalid):
            self.form.show_errors(checked.errors)
            return
        editing = self.form.entry_id
        try:
            if editing is None:
                entry_id = self._push_add(checked)
                message = Recovery.tr("Soreness logged — Ctrl+Z to undo")
            elif not self._alive(editing):
                self._edited_entry_gone()
                return
            else:
                entry_id = editing
                stored = recovery.get_entry(store, editing)
                if stored is not None and self.form.follow(stored):
                    # A change elsewhere the form had not heard of: check what it shows now.
                    self._refresh_links()
                    checked = recovery.check_entry(store, self.form.values())
                    if isinstance(checked, Invalid):
                        self.form.show_errors(checked.errors)
                        return
                before = recovery.entry_values(store, editing)
                self._saving_edit = True  # its own change: the form need not follow it
                try:
                    push_change(
                        self.ctx,
                        Recovery.tr("Edit soreness entry"),
                        lambda: recovery.change_entry(store, editing, checked),
                        lambda: recovery.change_entry(store, editing, before, check_links=False),
                        bus.SORENESS,
                    )
                finally:
                    self._saving_edit = False
                message = Recovery.tr("Soreness entry saved — Ctrl+Z to undo")
        except LinkError as error:
            self._refresh_links()
            self.form.show_errors({"link": Checks.marked(str(error))})
            return
        except LookupError:  # deleted between the check above and the write
            self._edited_entry_gone()
            return
        self.ctx.show_status(message, STATUS_MS)
        self.open_entry(entry_id)

    def _push_add(self, values: recovery.SorenessValues) -> int:
        store = self.ctx.store
        state: dict[str, int | None] = {"id": None}

        def do() -> int:
            if state["id"] is None:
                state["id"] = recovery.add_entry(store, values)
            else:
                recovery.restore_entry(store, state["id"])
                self._reveal = state["id"]
            return state["id"]

        def undo() -> None:
            assert state["id"] is not None
            recovery.delete_entry(store, state["id"])

        return push_change(self.ctx, Recovery.tr("Log soreness"), do, undo, bus.SORENESS)

    def follow_up_shown(self) -> None:
        """Open "How is it today?" for the entry in view."""
        if self.shown_entry() is not None:
            self.guidance.open_follow_up()

    def record_follow_up(self, trend: str) -> None:
        entry_id = self.shown_entry()
        if entry_id is None:
            return
        store = self.ctx.store
        panel = self.guidance.follow_up
        checked = recovery.check_follow_up(
            store,
            entry_id,
            FollowUpForm(
                severity=panel.severity.value(),
                trend=trend,
                swelling=panel.swelling.isChecked(),
                notes=panel.notes.text(),
            ),
        )
        if isinstance(checked, Invalid):
            show_error(panel.error, " ".join(checked.errors.values()))
            return
        state: dict[str, Any] = {"id": None, "uuid": None}

        def do() -> None:
            state["id"] = recovery.add_follow_up(store, entry_id, checked, uuid=state["uuid"])
            state["uuid"] = recovery.follow_up_uuid(store, entry_id, state["id"])

        def undo() -> None:
            recovery.remove_follow_up(store, state["id"])

        self.guidance.follow_up.hide()
        self._change(
            Recovery.tr("Record how it is today"),
            do,
            undo,
            Recovery.tr("Noted: {severity}/10, {trend} — Ctrl+Z to undo").format(
                severity=checked.severity, trend=trend_word(trend)
            ),
        )

    def resolve(self) -> None:
        entry_id = self.shown_entry()
        if entry_id is None or self.guidance.guidance is None:
            return
        if not self.guidance.guidance.entry.is_open:
            return
        store = self.ctx.store
        self._change(
            Recovery.tr("Mark soreness resolved"),
            lambda: recovery.resolve_entry(store, entry_id),
            lambda: recovery.reopen_entry(store, entry_id),
            Recovery.tr("Marked resolved — Ctrl+Z to undo"),
        )

    def reopen(self) -> None:
        entry_id = self.shown_entry()
        if entry_id is None or self.guidance.guidance is None:
            return
        entry = self.guidance.guidance.entry
        if entry.resolved_at is None:
            return
        resolved: datetime = from_utc_and_offset(entry.resolved_at, entry.utc_offset_min)
        store = self.ctx.store
        self._change(
            Recovery.tr("Reopen soreness entry"),
            lambda: recovery.reopen_entry(store, entry_id),
            lambda: recovery.resolve_entry(store, entry_id, at=resolved),
            Recovery.tr("Reopened — Ctrl+Z to undo"),
        )

    def delete_shown(self) -> None:
        entry_id = self.shown_entry()
        if entry_id is None:
            return
        store = self.ctx.store
        self._change(
            Recovery.tr("Delete soreness entry"),
            lambda: recovery.delete_entry(store, entry_id),
            lambda: self._restore(entry_id),
            Recovery.tr("Soreness entry deleted — Ctrl+Z to undo"),
        )

    def _change(
        self, text: str, do: Callable[[], Any], undo: Callable[[], Any], status: str
    ) -> None:
        """A change to the soreness log through the undo stack (``text`` in Edit > Undo),
        then ``status`` in the status bar."""
        push_change(self.ctx, text, do, undo, bus.SORENESS)
        self.ctx.show_status(status, STATUS_MS)

    def _restore(self, entry_id: int) -> None:
        recovery.restore_entry(self.ctx.store, entry_id)
        self._reveal = entry_id

    # ------------------------------------------------------------------ keyboard actions
    def _build_actions(self) -> None:
        specs: list[tuple[str, str, str, Callable[[], Any]]] = [
            ("actionSorenessFollowUp", Recovery.tr("How Is It Today?"), "Ctrl+Shift+H",
             self.follow_up_shown),
            ("actionSorenessResolve", Recovery.tr("Mark Soreness Resolved"), "Ctrl+Shift+D",
             self.resolve),
            ("actionSorenessEdit", Recovery.tr("Edit Soreness Entry"), "F2", self.edit_shown),
            ("actionSorenessDelete", Recovery.tr("Delete Soreness Entry"), "Del",
             self.delete_shown),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
            self.actions_by_name[name] = action

    def _update_actions(self) -> None:
        showing = self.detail.currentIndex() == GUIDANCE and self.guidance.guidance is not None
        is_open = showing and self.guidance.guidance.entry.is_open
        self.actions_by_name["actionSorenessFollowUp"].setEnabled(is_open)
        self.actions_by_name["actionSorenessResolve"].setEnabled(is_open)
        self.actions_by_name["actionSorenessEdit"].setEnabled(showing)
        self.actions_by_name["actionSorenessDelete"].setEnabled(showing)
