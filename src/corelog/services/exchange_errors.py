"""What an import can end in besides its result: a refused file, or the user's Cancel.

Kept apart (and light) so that the database's services door can name them without
loading the import's machinery at start-up.
"""

from __future__ import annotations


class ImportRefused(ValueError):
    """A file CoreLog will not import; ``str()`` is one clear message, nothing was imported."""


class ImportCancelled(Exception):
    """The user cancelled an import; everything it had written was taken back."""
