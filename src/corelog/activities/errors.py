"""The errors the parsers raise: a file CoreLog cannot use, with the reason.

The parsers run in helper processes, where the user's language is not installed, so a
reason is a :class:`Reason`: the English text, which also keeps the pattern it was made
from (marked with ``QT_TRANSLATE_NOOP("Activities", ...)``) and its values, for the
import to put it in the user's language (``services.activity_values.reason_text``).
"""

from __future__ import annotations

from corelog.domain.i18n import integer, number


class Reason(str):
    """A reason for the user, in English, that can be translated where it is shown."""

    pattern: str
    values: dict[str, object]

    def __new__(cls, pattern: str, **values: object) -> Reason:
        self = super().__new__(cls, pattern.format(**{k: shown(v) for k, v in values.items()}))
        self.pattern = pattern
        self.values = values
        return self

    def __reduce__(self):  # across to the import's process, pattern and values kept
        return (_reason, (self.pattern, self.values))


def _reason(pattern: str, values: dict[str, object]) -> Reason:
    return Reason(pattern, **values)


def shown(value: object) -> str:
    """A reason's value as the locale writes it: whole numbers grouped ("1,234"), other
    numbers to one decimal, a reason within a reason as it is."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return integer(value)
    if isinstance(value, float):
        return number(value, 1, grouped=True)
    return str(value)


class Refused(Exception):
    """The file cannot be used; ``str()`` is the reason, one sentence for the user."""


class NotAnActivity(Exception):
    """The file is readable but is no recorded activity; ``str()`` says what it is."""


def reason_of(exc: Exception) -> str:
    """The reason an error carries, as a :class:`Reason` when it was raised with one."""
    first = exc.args[0] if exc.args else ""
    return first if isinstance(first, Reason) else str(exc)
