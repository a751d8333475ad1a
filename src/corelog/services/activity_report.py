"""What an import of activity files did, file by file, and the summary that says it.

The report is built while the import runs and read by the import dialog and by
``corelog --import``: counts for the one-line summary ("Added 812 runs, merged 3 with
runs you typed, skipped 150 rides and 40 walks, 2 files could not be read") and one line
per file that was not simply added, with its reason, which the user can copy.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from corelog.activities.model import Activity
from corelog.domain.i18n import Activities
from corelog.store.runs import RunValues


def kind_count(kind: str, n: int) -> str:
    """ "3 rides": a count of skipped activities of one kind, in the user's language."""
    match kind:
        case "run":
            return Activities.tr("%Ln runs", "", n)
        case "treadmill":
            return Activities.tr("%Ln treadmill runs", "", n)
        case "walk":
            return Activities.tr("%Ln walks", "", n)
        case "ride":
            return Activities.tr("%Ln rides", "", n)
        case "swim":
            return Activities.tr("%Ln swims", "", n)
        case "not_activity":
            return Activities.tr("%Ln files that are not activities", "", n)
        case _:
            return Activities.tr("%Ln other activities", "", n)


Outcome = Literal[
    "added",
    "merged",
    "kept_both",
    "duplicate",
    "not_run",
    "typed_skipped",
    "refused",
    "no_times",
    "no_distance",
    "waiting",
]


@dataclass
class FileLine:
    """One file (or one leg of a multisport file) and what became of it."""

    name: str
    outcome: Outcome
    reason: str = ""
    kind: str = ""


@dataclass
class Pending:
    """An activity that waits for the user: a typed run to merge, a walk, no times."""

    name: str
    activity: Activity
    sha256: str
    fmt: str
    typed_run_id: int | None = None
    typed_text: str = ""
    line: FileLine | None = None


@dataclass
class MergeDone:
    run_id: int
    before: RunValues
    after: RunValues
    recording_id: int


@dataclass
class ImportChange:
    """What one step of an import wrote, so Edit > Undo can take it back."""

    added: list[int] = field(default_factory=list)
    merged: list[MergeDone] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.merged)

    def extend(self, other: ImportChange) -> None:
        self.added.extend(other.added)
        self.merged.extend(other.merged)


@dataclass
class ImportReport:
    lines: list[FileLine] = field(default_factory=list)
    change: ImportChange = field(default_factory=ImportChange)
    typed: list[Pending] = field(default_factory=list)
    walks: list[Pending] = field(default_factory=list)
    no_times: list[Pending] = field(default_factory=list)
    ignored: int = 0
    files: int = 0
    bytes_read: int = 0
    cancelled: bool = False
    started: datetime | None = None

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def unreadable(self) -> int:
        return self.count("refused")

    @property
    def skipped_kinds(self) -> Counter[str]:
        return Counter(line.kind for line in self.lines if line.outcome == "not_run")

    def summary(self) -> str:
        """One sentence: what was added, merged, skipped and refused."""
        # Each part is a whole clause of the list the sentence is (word order stays right).
        parts = []
        added = self.count("added") + self.count("kept_both")
        parts.append(Activities.tr("Added %Ln runs", "", added))
        merged = self.count("merged")
        if merged:
            parts.append(Activities.tr("merged %Ln with runs you typed", "", merged))
        duplicate = self.count("duplicate")
        if duplicate:
            parts.append(Activities.tr("%Ln already in your log", "", duplicate))
        skipped = [
            kind_count(kind, n)
            for kind, n in sorted(self.skipped_kinds.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        if skipped:
            parts.append(Activities.tr("skipped {activities}").format(activities=_and(skipped)))
        waiting = len(self.typed) + len(self.no_times)
        if waiting:
            parts.append(Activities.tr("%Ln wait for your answer", "", waiting))
        kept = self.count("typed_skipped")
        if kept:
            parts.append(Activities.tr("kept %Ln runs you typed instead", "", kept))
        unanswered = max(0, self.count("no_times") - len(self.no_times))
        other = self.count("no_distance") + unanswered
        if other:
            parts.append(Activities.tr("%Ln more not imported", "", other))
        refused = self.unreadable
        if refused:
            parts.append(Activities.tr("%Ln files could not be read", "", refused))
        text = ", ".join(parts) + "."
        if self.cancelled:
            text = Activities.tr("Stopped before the end. {summary}").format(summary=text)
        return text

    def details(self) -> str:
        """The summary, then one line per file that was not simply added, with its reason."""
        rows = [self.summary()]
        for line in self.lines:
            if line.outcome in ("added",):
                continue
            rows.append(
                Activities.tr("{file}: {reason}").format(file=line.name, reason=line.reason)
            )
        if self.ignored:
            rows.append(
                Activities.tr(
                    "%Ln other files in the folders and archives (photos, CSV, ...) were left "
                    "alone.",
                    "",
                    self.ignored,
                )
            )
        return "\n".join(rows)


def _and(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return Activities.tr("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])
