"""The core-session form as the services see it: checked, filled from a stored session.

:func:`check_session` turns what the form holds (:class:`SessionForm`) into values ready
to store, or every problem at once; :func:`form_from_session` goes the other way (to edit
a session, or as a template for "Repeat last session"). :func:`same_session` and
:func:`sets_added_since` tell the form whether the session it edits changed meanwhile.
Checks go through ``corelog.domain.core_validation``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from operator import attrgetter

from corelog.domain.core_sessions import CoreSessionRow, CoreSetRow, SessionValues, SetValues
from corelog.domain.core_validation import SetEntry, validate_core_session
from corelog.domain.formatting import format_duration, format_hold_edit
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Checks
from corelog.domain.parsing import ParseError, parse_duration
from corelog.domain.timeutil import local_now, to_utc_and_offset
from corelog.domain.units import round_half_up
from corelog.domain.validation import FieldError, Invalid, is_blank
from corelog.domain.vocabulary import SIDES
from corelog.store import core as store_core
from corelog.store import exercises as store_exercises
from corelog.store.store import Store

MAX_SESSION_DURATION_S = 6 * 3600
DURATION_HINT = QT_TRANSLATE_NOOP(
    "Checks", "Enter how long the session took, like 20, 20m or 25:30, or leave it empty."
)
SIDE_MESSAGE = QT_TRANSLATE_NOOP("Checks", "Choose the left or the right side.")

# ------------------------------------------------------------------------------ form


@dataclass(frozen=True)
class SetForm:
    """One set as the form holds it.

    ``amount`` is the typed reps or hold ("45", "45s", "1:30", "12"); ``set_id`` names the
    stored set an edit keeps (None for a new set).
    """

    exercise_id: int | None
    amount: str | int | None
    side: str | None = None
    set_id: int | None = None


@dataclass(frozen=True)
class SessionForm:
    """The core-session form: start (aware local), sets, effort, duration text, notes."""

    started_at: datetime | None
    sets: Sequence[SetForm]
    effort: int | str | None = None
    duration: str | None = None
    notes: str | None = ""


def clean_session_duration(text: str | None) -> int | None:
    """The optional session duration in whole seconds; a bare number means minutes."""
    if text is None or is_blank(text):
        return None
    try:
        seconds = parse_duration(text)
    except ParseError as error:
        raise FieldError(Checks.marked(DURATION_HINT)) from error
    if seconds < 0:
        raise FieldError("The duration can't be negative.")
    if seconds == 0:
        raise FieldError("The duration must be more than zero, or leave it empty.")
    if seconds > MAX_SESSION_DURATION_S:
        raise FieldError("More than 6 hours of core work in one session? Check the duration.")
    return seconds


def check_session(
    store: Store, form: SessionForm, now: datetime | None = None
) -> SessionValues | Invalid:
    """Check the form; return values ready to store, or every problem at once.

    Error fields: ``started_at``, ``effort``, ``duration``, ``sets`` (no sets at all),
    and for the set at position i: ``sets.i.exercise``, ``sets.i.amount``, ``sets.i.side``.
    """
    now = now or local_now()
    exercises = {row.id: row for row in store_exercises.list_exercises(store)}
    entries: list[SetEntry] = []
    errors: dict[str, str] = {}
    for position, set_form in enumerate(form.sets):
        row = exercises.get(set_form.exercise_id) if set_form.exercise_id is not None else None
        side = set_form.side if row is not None and row.sided else None
        if row is not None and row.sided and side not in SIDES:
            errors[f"sets.{position}.side"] = Checks.marked(SIDE_MESSAGE)
        entries.append(
            SetEntry(
                exercise=row.id if row is not None else None,
                measure=row.measure if row is not None else "",
                amount=set_form.amount,
                side=side,
            )
        )
    duration_s: int | None = None
    try:
        duration_s = clean_session_duration(form.duration)
    except FieldError as error:
        errors["duration"] = str(error)
    result = validate_core_session(
        started_at=form.started_at, sets=entries, now=now, effort=form.effort, notes=form.notes
    )
    if isinstance(result, Invalid):
        return Invalid({**result.errors, **errors})
    if errors:
        return Invalid(errors)
    started_utc, offset = to_utc_and_offset(result.started_at)
    return SessionValues(
        started_at=started_utc,
        utc_offset_min=offset,
        duration_s=duration_s,
        effort=result.effort,
        notes=result.notes,
        sets=tuple(
            SetValues(
                exercise_id=int(clean.exercise),  # type: ignore[call-overload]
                side=clean.side,
                reps=clean.reps,
                hold_ms=clean.hold_ms,
                set_id=set_form.set_id,
            )
            for clean, set_form in zip(result.sets, form.sets, strict=True)
        ),
    )


def _hold_text(hold_ms: int, *, whole_seconds: bool) -> str:
    if whole_seconds:
        hold_ms = max(1000, round_half_up(Decimal(hold_ms) / 1000) * 1000)
    return format_hold_edit(hold_ms)


def form_from_session(session: CoreSessionRow, *, as_template: bool = False) -> SessionForm:
    """A stored session as the form shows it.

    For editing, amounts are exact and sets keep their ids. As a template ("Repeat last
    session") the sets are new, holds are rounded to whole seconds, the start is left for
    the form to fill with now, and notes start empty.
    """
    sets = [
        SetForm(
            exercise_id=s.exercise_id,
            amount=str(s.reps)
            if s.reps is not None
            else _hold_text(s.hold_ms or 0, whole_seconds=as_template),
            side=s.side,
            set_id=None if as_template else s.id,
        )
        for s in session.sets
    ]
    return SessionForm(
        started_at=None if as_template else session.local_start,
        sets=sets,
        effort=session.effort,
        duration=format_duration(round(session.duration_s)) if session.duration_s else "",
        notes="" if as_template else session.notes,
    )


def repeat_template(store: Store) -> tuple[SessionForm, CoreSessionRow] | None:
    """The latest session as a template for a new one, with that session; None if none yet."""
    last = store_core.latest_session(store)
    if last is None:
        return None
    return form_from_session(last, as_template=True), last


# --------------------------------------------------------- changed while being edited


_session_key = attrgetter("started_at", "utc_offset_min", "duration_s", "effort", "notes")
"""What a session stores besides its sets."""
_set_key = attrgetter(
    "id", "exercise_id", "side", "reps", "hold_ms", "target_hold_ms", "workout_id", "interrupted"
)
"""What a set stores (not the exercise's current name: a rename changes no set)."""


def same_session(base: CoreSessionRow, current: CoreSessionRow) -> bool:
    """Whether ``current`` stores what ``base`` did (same values, the same sets in order)."""
    return _session_key(base) == _session_key(current) and [_set_key(s) for s in base.sets] == [
        _set_key(s) for s in current.sets
    ]


def sets_added_since(
    base: CoreSessionRow, current: CoreSessionRow
) -> tuple[CoreSetRow, ...] | None:
    """The sets appended to a session since ``base`` was read (the plank timer extends
    today's session this way), provided nothing else changed; None otherwise."""
    kept = len(base.sets)
    if _session_key(base) != _session_key(current) or len(current.sets) <= kept:
        return None
    if [_set_key(s) for s in base.sets] != [_set_key(s) for s in current.sets[:kept]]:
        return None
    return current.sets[kept:]
