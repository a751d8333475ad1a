"""Reading items by table: each kind of item is a list of field readers and checks.

An :class:`ItemSpec` says, for one kind of knowledge item (a muscle, an exercise, a
rule), which fields it has and how each is read and checked (:class:`Text`,
:class:`Refs`, :class:`Cites`, a nested table ...), which checks run across its fields,
and which class it becomes. :func:`read_item` reads one TOML table by its spec, so every
kind is read, checked and reported the same way: an error names the file, the item and
the problem, and a field nobody reads (usually a misspelling) is refused.

``Known`` holds the keys read so far, by pool ("source", "muscle", "region", ...), so a
reference to something that does not exist is caught where it is written.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from corelog.knowledge.errors import KnowledgeError
from corelog.knowledge.fields import Fields

Known = Mapping[str, Collection[str]]
Values = dict[str, Any]
Check = Callable[[Fields, Values, Known], None]


class Reader(Protocol):
    def read(self, t: Fields, known: Known) -> Values: ...


# --- field readers ------------------------------------------------------------------


@dataclass(frozen=True)
class Key:
    """The item's key, read first; later messages name the item by it."""

    name: str = "key"

    def read(self, t: Fields, known: Known) -> Values:
        return {self.name: t.keyed(self.name)}


@dataclass(frozen=True)
class Text:
    name: str
    optional: bool = False

    def read(self, t: Fields, known: Known) -> Values:
        return {self.name: t.optional_text(self.name) if self.optional else t.text(self.name)}


@dataclass(frozen=True)
class Int:
    name: str
    minimum: int | None = None
    optional: bool = False

    def read(self, t: Fields, known: Known) -> Values:
        if self.optional:
            return {self.name: t.optional_integer(self.name, minimum=self.minimum)}
        return {self.name: t.integer(self.name, minimum=self.minimum)}


@dataclass(frozen=True)
class Flag:
    name: str
    default: bool | None = None

    def read(self, t: Fields, known: Known) -> Values:
        return {self.name: t.boolean(self.name, default=self.default)}


@dataclass(frozen=True)
class Choice:
    name: str
    choices: tuple[str, ...]

    def read(self, t: Fields, known: Known) -> Values:
        return {self.name: t.choice(self.name, self.choices)}


@dataclass(frozen=True)
class Ref:
    """One key naming an existing item of ``pool`` (a ``what``)."""

    name: str
    pool: str
    what: str

    def read(self, t: Fields, known: Known) -> Values:
        return {self.name: t.ref(self.name, known[self.pool], self.what)}


@dataclass(frozen=True)
class Refs(Ref):
    """A list of such keys; ``default_empty``: it may be left out."""

    default_empty: bool = False
    non_empty: bool = False

    def read(self, t: Fields, known: Known) -> Values:
        found = t.refs(
            self.name,
            known[self.pool],
            self.what,
            default_empty=self.default_empty,
            non_empty=self.non_empty,
        )
        return {self.name: found}


@dataclass(frozen=True)
class Pair:
    """Two optional whole numbers that come together, the first no bigger than the second."""

    low: str
    high: str
    minimum: int

    def read(self, t: Fields, known: Known) -> Values:
        lo = t.optional_integer(self.low, minimum=self.minimum)
        hi = t.optional_integer(self.high, minimum=self.minimum)
        if (lo is None) != (hi is None):
            raise t.error(f"'{self.low}' and '{self.high}' must be given together")
        if lo is not None and hi is not None and lo > hi:
            raise t.error(f"'{self.low}' ({lo}) is more than '{self.high}' ({hi})")
        return {self.low: lo, self.high: hi}


@dataclass(frozen=True)
class Cites:
    """What the item rests on (see :meth:`Fields.cites`), as its ``cite``."""

    def read(self, t: Fields, known: Known) -> Values:
        return {"cite": t.cites(known["source"])}


@dataclass(frozen=True)
class RegionFit:
    """``regions`` or ``all_regions = true``: exactly one of them."""

    def read(self, t: Fields, known: Known) -> Values:
        regions = t.refs("regions", known["region"], "region", default_empty=True)
        all_regions = t.boolean("all_regions", default=False)
        if all_regions and regions:
            raise t.error("give either 'regions' or 'all_regions = true', not both")
        if not all_regions and not regions:
            raise t.error("fits no region: give 'regions' or 'all_regions = true'")
        return {"regions": regions, "all_regions": all_regions}


@dataclass(frozen=True)
class Nested:
    """A table inside the item (``[exercise.dose]``), read by its own spec."""

    name: str
    spec: ItemSpec
    optional: bool = False

    def read(self, t: Fields, known: Known) -> Values:
        inner = t.optional_table(self.name) if self.optional else t.table(self.name)
        return {self.name: None if inner is None else read_item(self.spec, inner, known)}


@dataclass(frozen=True)
class NestedList:
    """A list of tables inside the item (``[[run_type.works]]``), each by its own spec."""

    name: str
    spec: ItemSpec
    what: str
    unique_by: str = "key"
    default_empty: bool = False
    attr: str | None = None

    def read(self, t: Fields, known: Known) -> Values:
        tables = t.tables(self.name, default_empty=self.default_empty)
        items = tuple(read_item(self.spec, inner, known) for inner in tables)
        unique(items, t.where, self.what, self.unique_by)
        return {self.attr or self.name: items}


# --- reading ------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemSpec:
    """One kind of item: its readers in reading order, checks across fields, its class."""

    build: Callable[..., Any]
    readers: tuple[Reader, ...]
    checks: tuple[Check, ...] = ()


def read_item(spec: ItemSpec, t: Fields, known: Known) -> Any:
    """Read one table by ``spec``; refuse it with a located message when anything is off."""
    values: Values = {}
    for reader in spec.readers:
        values.update(reader.read(t, known))
    for check in spec.checks:
        check(t, values, known)
    item = spec.build(**values)
    t.finish()
    return item


def unique(items: Iterable[object], where: str, what: str, attr: str = "key") -> None:
    """Refuse two items of one list with the same ``attr``."""
    seen: set[str] = set()
    for item in items:
        value = getattr(item, attr)
        if value in seen:
            raise KnowledgeError(f"{where}: duplicate {what} key {value!r}")
        seen.add(value)
