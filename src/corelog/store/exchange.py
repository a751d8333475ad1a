"""The whole log in and out of the database, for export files and imports.

* :func:`read_log` (``store.exchange_read``) reads everything the user made as plain
  dictionaries, linked by uuid, from one consistent snapshot;
* :func:`merge_log` (``store.exchange_merge``) puts such a log into the database: the
  newer change wins, deletions travel, in short transactions the user's saves can slip
  between, and as one change that Cancel (or a crash) takes back whole
  (``store.import_journal``).

The caller checks the values first (the services do, with the forms' rules); these
modules only refuse what would break the database.
"""

from __future__ import annotations

from corelog.store.exchange_data import (
    ENTRY_KINDS,
    LogData,
    MergeCancelled,
    MergeCounts,
    MergeRefused,
    Progress,
)
from corelog.store.exchange_merge import merge_log
from corelog.store.exchange_read import builtin_uuid, read_log, read_runs, to_iso
from corelog.store.import_journal import recover as recover_interrupted_import

__all__ = [
    "ENTRY_KINDS",
    "LogData",
    "MergeCancelled",
    "MergeCounts",
    "MergeRefused",
    "Progress",
    "builtin_uuid",
    "merge_log",
    "read_log",
    "read_runs",
    "recover_interrupted_import",
    "to_iso",
]
