"""The one error the parsers raise: a file CoreLog cannot use, with the reason."""

from __future__ import annotations


class Refused(Exception):
    """The file cannot be used; ``str()`` is the reason, one sentence for the user."""


class NotAnActivity(Exception):
    """The file is readable but is no recorded activity; ``str()`` says what it is."""
