"""Reading one TOML table field by field, with checks that name the file and item.

A :class:`Fields` wraps one table of a knowledge file. Each accessor takes a field out,
checks its type and content, and raises :class:`KnowledgeError` with the location (for
example ``exercises.toml, exercise 'plank', dose``) when something is wrong.
:meth:`Fields.finish` then rejects any field nobody asked for, so a misspelt field name
is an error instead of silently missing data.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from corelog.knowledge.errors import KnowledgeError
from corelog.knowledge.items import CORELOG, Cite, Quote

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_]*$")

MAX_QUOTE = 260
"""A quote is one sentence: longer means the item should quote less, or be split."""

_TYPE_NAMES = {
    str: "text",
    int: "whole number",
    bool: "true or false",
    list: "list",
    dict: "table",
    float: "number",
}


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class Fields:
    """One table of a knowledge file, read field by field."""

    def __init__(
        self, data: object, where: str, *, parent: str | None = None, kind: str | None = None
    ) -> None:
        if not isinstance(data, dict):
            raise KnowledgeError(f"{where}: expected a table, found {_type_name(data)}")
        self._data: dict[str, object] = data
        self._used: set[str] = set()
        self._parent = parent
        self._kind = kind
        self.where = where

    def error(self, message: str) -> KnowledgeError:
        return KnowledgeError(f"{self.where}: {message}")

    def has(self, name: str) -> bool:
        return name in self._data

    def _take(self, name: str) -> object:
        self._used.add(name)
        if name not in self._data:
            raise self.error(f"field '{name}' is missing")
        return self._data[name]

    # --- scalars ---------------------------------------------------------------------

    def text(self, name: str) -> str:
        """A required, non-blank text."""
        value = self._take(name)
        if not isinstance(value, str):
            raise self.error(f"field '{name}' must be text, found {_type_name(value)}")
        if not value.strip():
            raise self.error(f"field '{name}' is empty")
        return value.strip()

    def optional_text(self, name: str) -> str | None:
        return self.text(name) if self.has(name) else self._skip(name)

    def key(self, name: str = "key") -> str:
        value = self.text(name)
        if not KEY_PATTERN.match(value):
            raise self.error(
                f"field '{name}' must be a lower-case key (letters, digits, _), found {value!r}"
            )
        return value

    def integer(self, name: str, *, minimum: int | None = None) -> int:
        value = self._take(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"field '{name}' must be a whole number, found {_type_name(value)}")
        if minimum is not None and value < minimum:
            raise self.error(f"field '{name}' must be at least {minimum}, found {value}")
        return value

    def optional_integer(self, name: str, *, minimum: int | None = None) -> int | None:
        return self.integer(name, minimum=minimum) if self.has(name) else self._skip(name)

    def boolean(self, name: str, default: bool | None = None) -> bool:
        if default is not None and not self.has(name):
            self._used.add(name)
            return default
        value = self._take(name)
        if not isinstance(value, bool):
            raise self.error(f"field '{name}' must be true or false, found {_type_name(value)}")
        return value

    def choice(self, name: str, choices: Collection[str]) -> str:
        value = self.text(name)
        if value not in choices:
            raise self.error(
                f"field '{name}' must be one of {', '.join(sorted(choices))}, found {value!r}"
            )
        return value

    # --- lists -----------------------------------------------------------------------

    def keys(
        self, name: str, *, default_empty: bool = False, non_empty: bool = False
    ) -> tuple[str, ...]:
        """A list of keys. ``default_empty``: the field may be left out."""
        if default_empty and not self.has(name):
            self._used.add(name)
            return ()
        value = self._take(name)
        if not isinstance(value, list):
            raise self.error(f"field '{name}' must be a list, found {_type_name(value)}")
        if non_empty and not value:
            raise self.error(f"field '{name}' must not be empty")
        for item in value:
            if not isinstance(item, str) or not KEY_PATTERN.match(item):
                raise self.error(f"field '{name}' holds {item!r}, which is not a key")
        if len(set(value)) != len(value):
            duplicates = sorted({item for item in value if value.count(item) > 1})
            raise self.error(f"field '{name}' lists {', '.join(duplicates)} more than once")
        return tuple(value)

    def cites(self, known: Collection[str]) -> Cite:
        """What the item rests on: ``cites = [{ source = "002", quote = "..." }, ...]``.

        Each entry names a document of ``known`` and quotes, word for word, the sentence
        the item rests on. An item in CoreLog's own words starts the list with
        ``{ source = "corelog" }`` (no quote); the entries after it are the document rules
        its reading rests on.
        """
        if not self.has("cites"):
            self._used.add("cites")
            raise self.error(
                "no cites: every item must quote the document sentence it rests on, or "
                'start with { source = "corelog" } when the words are CoreLog\'s own'
            )
        value = self._take("cites")
        if not isinstance(value, list) or not value:
            raise self.error(
                "field 'cites' must be a non-empty list such as "
                '[{ source = "002", quote = "..." }]'
            )
        own = False
        quotes: list[Quote] = []
        for index, entry in enumerate(value, start=1):
            cite = Fields(entry, f"{self.where}, cites #{index}")
            source = cite.text("source")
            if source == CORELOG:
                if index != 1:
                    raise cite.error(
                        f'{{ source = "{CORELOG}" }} must come first, before the document '
                        "rules it rests on"
                    )
                if cite.has("quote"):
                    raise cite.error("CoreLog's own words carry no quote")
                own = True
            elif source not in known:
                raise cite.error(
                    f"unknown source {source!r} (known: {CORELOG}, {', '.join(sorted(known))})"
                )
            else:
                quote = cite.text("quote")
                if len(quote) > MAX_QUOTE:
                    raise cite.error(
                        f"the quote is {len(quote)} characters long; quote the one sentence "
                        f"the item rests on (at most {MAX_QUOTE})"
                    )
                quotes.append(Quote(source, quote))
            cite.finish()
        if len(set(quotes)) != len(quotes):
            raise self.error("field 'cites' quotes the same sentence twice")
        return Cite(tuple(quotes), own)

    def refs(
        self,
        name: str,
        known: Collection[str],
        what: str,
        *,
        default_empty: bool = False,
        non_empty: bool = False,
    ) -> tuple[str, ...]:
        """A list of keys, each naming an existing item (a ``what``) from ``known``."""
        values = self.keys(name, default_empty=default_empty, non_empty=non_empty)
        for value in values:
            self._check_known(name, value, known, what)
        return values

    def ref(self, name: str, known: Collection[str], what: str) -> str:
        """One key naming an existing item (a ``what``) from ``known``."""
        value = self.key(name)
        self._check_known(name, value, known, what)
        return value

    def _check_known(self, name: str, value: str, known: Collection[str], what: str) -> None:
        if value not in known:
            listed = ", ".join(sorted(known)) or "none"
            raise self.error(f"unknown {what} {value!r} in '{name}' (known: {listed})")

    # --- nested tables ---------------------------------------------------------------

    def table(self, name: str) -> Fields:
        value = self._take(name)
        if not isinstance(value, dict):
            raise self.error(f"'{name}' must be a table, found {_type_name(value)}")
        return Fields(value, f"{self.where}, {name}")

    def optional_table(self, name: str) -> Fields | None:
        return self.table(name) if self.has(name) else self._skip(name)

    def tables(self, name: str, *, default_empty: bool = False) -> list[Fields]:
        """An array of tables (``[[name]]``); each is located by its position until named."""
        if default_empty and not self.has(name):
            self._used.add(name)
            return []
        value = self._take(name)
        if not isinstance(value, list):
            raise self.error(
                f"'{name}' must be a list of tables ([[{name}]]), found {_type_name(value)}"
            )
        return [
            Fields(item, f"{self.where}, {name} #{index}", parent=self.where, kind=name)
            for index, item in enumerate(value, start=1)
        ]

    # --- bookkeeping -----------------------------------------------------------------

    def keyed(self, name: str = "key") -> str:
        """Read the item's key, then locate later messages by it instead of by position."""
        key = self.key(name)
        if self._parent is not None:
            self.where = f"{self._parent}, {self._kind} {key!r}"
        return key

    def finish(self) -> None:
        """Reject fields nobody read (usually a misspelt field name)."""
        unknown = sorted(set(self._data) - self._used)
        if unknown:
            raise self.error(f"unknown field(s): {', '.join(unknown)}")

    def _skip(self, name: str) -> None:
        self._used.add(name)
        return None
