"""A core session's sets in words: "Plank 3 × 45 s · Side plank 2 × 30 s each side"."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from corelog.domain.core_sessions import CoreSetRow
from corelog.domain.formatting import format_hold
from corelog.domain.i18n import Core, integer


def describe_set(s: CoreSetRow) -> str:
    """One set for reading: "45 s", "1:30", "12 reps"."""
    if s.hold_ms is not None:
        return format_hold(s.hold_ms)
    reps = s.reps or 0
    return Core.tr("%Ln reps", "", reps)


def _side_letter(side: str | None) -> str:
    if side == "left":
        return Core.tr("L", "left side") + " "
    if side == "right":
        return Core.tr("R", "right side") + " "
    return ""


def _side_word(side: str) -> str:
    return Core.tr("left") if side == "left" else Core.tr("right")


def _describe_group(sets: list[CoreSetRow]) -> str:
    name = sets[0].exercise_name
    amounts = [describe_set(s) for s in sets]
    sided = any(s.side is not None for s in sets)
    same = len(set(amounts)) == 1
    if sided:
        lefts = sum(1 for s in sets if s.side == "left")
        rights = sum(1 for s in sets if s.side == "right")
        if same and lefts == rights and lefts + rights == len(sets):
            return Core.tr("{name} {count} × {amount} each side").format(
                name=name, count=integer(lefts), amount=amounts[0]
            )
        return f"{name} " + ", ".join(
            f"{_side_letter(s.side)}{amount}" for s, amount in zip(sets, amounts, strict=True)
        )
    if same:
        if len(sets) == 1:
            return f"{name} {amounts[0]}"
        return f"{name} {integer(len(sets))} × {amounts[0]}"
    return f"{name} " + ", ".join(amounts)


def describe_set_groups(sets: Sequence[CoreSetRow]) -> list[str]:
    """A session's sets, one text per run of the same exercise: "Plank 3 × 45 s"."""
    groups = [list(g) for _, g in groupby(sets, key=lambda s: s.exercise_id)]
    return [_describe_group(group) for group in groups]


def describe_sets(sets: Sequence[CoreSetRow]) -> str:
    """A session's sets in one line: "Plank 3 × 45 s · Side plank 2 × 30 s each side"."""
    return " · ".join(describe_set_groups(sets))


def describe_sets_lines(sets: Sequence[CoreSetRow]) -> list[str]:
    """Each set on its own line: "1. Plank 45 s", "2. Side plank (left) 30 s"."""
    lines = []
    for number, s in enumerate(sets, start=1):
        side = f" ({_side_word(s.side)})" if s.side else ""
        lines.append(f"{number}. {s.exercise_name}{side} {describe_set(s)}")
    return lines
