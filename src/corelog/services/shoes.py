"""The user's shoes: add, rename, retire and delete pairs, and pick one for a run.

A pair has a name and the distance it already had when it was added (for a used pair);
its total is that plus every run logged in it. A retired pair is no longer offered for
new runs but stays on the runs it was worn for. A pair cannot be deleted while a run
uses it: retiring is the way to put it away.
"""

from __future__ import annotations

from dataclasses import dataclass

from corelog.domain.formatting import format_distance
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Checks, Log
from corelog.domain.parsing import ParseError, parse_distance
from corelog.domain.shoes import ShoeInUse, ShoeRow
from corelog.domain.validation import Invalid, is_blank
from corelog.store import shoes as shoe_store
from corelog.store.store import Store

MAX_NAME_LENGTH = 120  # the column's limit
MAX_START_DISTANCE_M = 10_000_000  # 10,000 km: far beyond any pair's life

# The messages, in English; shown through ``Checks.marked``.
NAME_MISSING = QT_TRANSLATE_NOOP(
    "Checks", "Enter a name for the pair, like “Trail shoes” or “Pegasus 41”."
)
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Checks", "Keep the name to {count} characters or fewer.")
START_NEGATIVE = QT_TRANSLATE_NOOP("Checks", "The distance already on the pair can't be negative.")


class ShoeRefused(ValueError):
    """A change to a pair that cannot be made; ``str(error)`` is the message for the user."""


@dataclass(frozen=True)
class ShoeInput:
    """A pair's name and start distance, checked and in stored units."""

    name: str
    start_distance_m: int


def _same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def check_shoe(
    store: Store, name: str, start_distance: str, unit: str, *, shoe_id: int | None = None
) -> ShoeInput | Invalid:
    """Check the shoe form: ``name`` and ``start_distance`` (typed in ``unit``, may be empty).

    ``shoe_id`` is the pair being changed, so it does not clash with its own name.
    Error fields: ``name`` and ``start_distance``.
    """
    errors: dict[str, str] = {}
    clean_name = name.strip()
    if not clean_name:
        errors["name"] = Checks.marked(NAME_MISSING)
    elif len(clean_name) > MAX_NAME_LENGTH:
        errors["name"] = Checks.marked(NAME_TOO_LONG).format(count=MAX_NAME_LENGTH)
    else:
        for shoe in shoe_store.list_shoes(store):
            if shoe.id != shoe_id and _same_name(shoe.name, clean_name):
                errors["name"] = Checks.tr("You already have a pair called “{name}”.").format(
                    name=shoe.name
                )
                break
    metres = 0
    if not is_blank(start_distance):
        try:
            metres = parse_distance(start_distance, unit)
        except ParseError as error:
            errors["start_distance"] = str(error)
        else:
            if metres < 0:
                errors["start_distance"] = Checks.marked(START_NEGATIVE)
            elif metres > MAX_START_DISTANCE_M:
                limit = format_distance(MAX_START_DISTANCE_M, unit, decimals=0)
                errors["start_distance"] = Checks.tr(
                    "More than {limit} on one pair? Check the distance already on it."
                ).format(limit=limit)
    if errors:
        return Invalid(errors)
    return ShoeInput(clean_name, metres)


def list_shoes(store: Store) -> list[ShoeRow]:
    """Every pair: in service first, then retired, each group by name."""
    return shoe_store.list_shoes(store)


def get_shoe(store: Store, shoe_id: int) -> ShoeRow | None:
    return shoe_store.get_shoe(store, shoe_id)


def shoes_for_run(store: Store, worn_shoe_id: int | None = None) -> list[ShoeRow]:
    """The pairs a run form offers: those in service, plus ``worn_shoe_id`` if it is retired.

    ``worn_shoe_id`` is the pair already on the run being edited.
    """
    shoes = shoe_store.list_shoes(store)
    return [s for s in shoes if not s.retired or s.id == worn_shoe_id]


def add_shoe(store: Store, shoe: ShoeInput) -> int:
    """Add a pair; returns its id."""
    return shoe_store.insert_shoe(store, shoe.name, shoe.start_distance_m)


def change_shoe(store: Store, shoe_id: int, shoe: ShoeInput) -> None:
    """Rename a pair and/or change the distance it had when added."""
    shoe_store.update_shoe(store, shoe_id, name=shoe.name, start_distance_m=shoe.start_distance_m)


def set_retired(store: Store, shoe_id: int, retired: bool) -> None:
    """Retire a pair (no longer offered for new runs) or bring it back into service."""
    shoe_store.update_shoe(store, shoe_id, retired=retired)


def delete_shoe(store: Store, shoe_id: int) -> None:
    """Delete a pair no run uses; raises ShoeRefused (with the reason) if runs use it."""
    try:
        shoe_store.delete_shoe(store, shoe_id)
    except ShoeInUse as error:
        shoe = shoe_store.get_shoe(store, shoe_id)
        if shoe is None:
            message = Log.tr(
                "This pair can't be deleted: %Ln runs use it. Retire it instead, so it is "
                "no longer offered for new runs.",
                "",
                error.runs,
            )
        else:
            message = Log.tr(
                "“{name}” can't be deleted: %Ln runs use it. Retire it instead, so it is "
                "no longer offered for new runs.",
                "",
                error.runs,
            ).format(name=shoe.name)
        raise ShoeRefused(message) from error


def restore_shoe(store: Store, shoe_id: int) -> None:
    """Bring back a deleted pair (undoing a delete)."""
    shoe_store.restore_shoe(store, shoe_id)
