"""The fields of every kind of knowledge item, as tables :mod:`schema` reads with.

Each spec lists the item's fields in reading order, then the checks that look at more
than one field (a hold range only on a hold exercise, an action that holds relief off
says why). Files and their sections are in :mod:`corelog.knowledge.loader`.
"""

from __future__ import annotations

import re

from corelog.knowledge import items
from corelog.knowledge.errors import KnowledgeError
from corelog.knowledge.fields import Fields
from corelog.knowledge.schema import (
    Check,
    Choice,
    Cites,
    Flag,
    Int,
    ItemSpec,
    Key,
    Known,
    Nested,
    NestedList,
    Pair,
    Ref,
    Refs,
    RegionFit,
    Text,
    Values,
)

MUSCLE_GROUPS = ("core", "legs", "upper_body")
MEASURES = ("hold", "reps")
VIEWS = ("front", "back")
MAX_SEVERITY = 10
_SOURCE_ID = re.compile(r"^\d{3}$")


# --- checks across fields ---------------------------------------------------------------


def _source_file(t: Fields, v: Values, known: Known) -> None:
    source_id, file_name = v["id"], v["file"]
    if not _SOURCE_ID.match(source_id):
        raise t.error(f"source id must be three digits like \"002\", found {source_id!r}")
    if not (file_name.startswith(f"{source_id}_") and file_name.endswith(".txt")):
        raise t.error(f"file {file_name!r} does not match source id {source_id!r}")


def _sets(t: Fields, v: Values, known: Known) -> None:
    if v["sets_min"] > v["sets_max"]:
        raise t.error(
            f"malformed dose: sets_min ({v['sets_min']}) is more than sets_max ({v['sets_max']})"
        )


def _hold_range(t: Fields, v: Values, known: Known) -> None:
    if v["min_s"] > v["max_s"]:
        raise t.error(f"min_s ({v['min_s']}) is more than max_s ({v['max_s']})")
    if v["cap_s"] < v["min_s"]:
        raise t.error(f"cap_s ({v['cap_s']}) is below min_s ({v['min_s']})")


def _exercise_measure(t: Fields, v: Values, known: Known) -> None:
    """The dose and the plank timer's guide must fit the exercise's measure."""
    dose: items.Dose = v["dose"]
    hold: items.HoldGuide | None = v["hold"]
    if dose.hold_min_s is not None and v["measure"] != "hold":
        raise KnowledgeError(
            f"{t.where}, dose: malformed dose: a hold range only fits a hold exercise"
        )
    if hold is None:
        if v["measure"] == "hold":
            raise t.error("a hold exercise needs a [hold] table for the plank timer")
        return
    if v["measure"] != "hold":
        raise KnowledgeError(f"{t.where}, hold: only hold exercises have a [hold] table")
    if hold.documented and (dose.hold_min_s, dose.hold_max_s) != (hold.min_s, hold.max_s):
        raise KnowledgeError(
            f"{t.where}, hold: a documented hold range must match the dose's hold_min_s "
            "and hold_max_s"
        )


def _race_classes_need_race(t: Fields, v: Values, known: Known) -> None:
    if v["race_classes"] and not set(v["run_types"]) & set(known["race_run_type"]):
        raise t.error("race classes are listed but not the run type they belong to")


def _fact_is_linked(t: Fields, v: Values, known: Known) -> None:
    if not any(v[name] for name in ("regions", "run_types", "race_classes", "surfaces")):
        raise t.error("the fact is linked to nothing, so it would never be shown")


def _hold_off(t: Fields, v: Values, known: Known) -> None:
    brings, hold_off, note = v["relief"], v["hold_off"], v["hold_off_note"]
    if set(brings) & set(hold_off):
        both = ", ".join(sorted(set(brings) & set(hold_off)))
        raise t.error(f"{both} is both in 'relief' and in 'hold_off'")
    if hold_off and note is None:
        raise t.error("'hold_off' needs a 'hold_off_note' saying why they wait")
    if note is not None and not hold_off:
        raise t.error("'hold_off_note' without 'hold_off'")


def _severity_scale(t: Fields, v: Values, known: Known) -> None:
    high = v["severity_max"]
    if high is not None and high > MAX_SEVERITY:
        raise t.error(f"severity_max ({high}) is above {MAX_SEVERITY}")


def _readings_are_own(*names: str) -> Check:
    """A ``reading`` is CoreLog's own: its cites start with { source = "corelog" }."""

    def check(t: Fields, v: Values, known: Known) -> None:
        for name in names:
            note: items.Note | None = v[name]
            if note is not None and not note.cite.own:
                raise KnowledgeError(
                    f"{t.where}, {name}: this is CoreLog's reading, so its cites must start "
                    'with { source = "corelog" }'
                )

    return check


def _sessions(t: Fields, v: Values, known: Known) -> None:
    if v["sessions_min"] > v["sessions_max"]:
        raise t.error(
            f"sessions_min ({v['sessions_min']}) is more than sessions_max ({v['sessions_max']})"
        )


def _steps(t: Fields, v: Values, known: Known) -> None:
    if not v["steps"]:
        raise t.error("the engagement cue has no steps")


# --- the kinds of item ------------------------------------------------------------------

NOTE = ItemSpec(items.Note, (Text("text"), Cites()))
OPTIONAL_READING = Nested("reading", NOTE, optional=True)

SOURCE = ItemSpec(
    items.Source,
    (Key("id"), Text("file"), Text("title"), Text("summary"), Text("short_title")),
    (_source_file,),
)

CORE_ROLE = ItemSpec(
    items.CoreRole, (Int("row", minimum=1), Text("function"), Text("when_weak"), Cites())
)
MUSCLE = ItemSpec(
    items.Muscle,
    (
        Key(),
        Text("name"),
        Choice("group", MUSCLE_GROUPS),
        Text("parts"),
        Text("running"),
        Cites(),
        Nested("core_role", CORE_ROLE, optional=True),
    ),
)

DOSE = ItemSpec(
    items.Dose,
    (
        Int("sets_min", minimum=1),
        Int("sets_max", minimum=1),
        Pair("hold_min_s", "hold_max_s", minimum=1),
        Text("rest"),
        Text("text"),
        Cites(),
    ),
    (_sets,),
)
HOLD = ItemSpec(
    items.HoldGuide,
    (
        Int("min_s", minimum=1),
        Int("max_s", minimum=1),
        Int("cap_s", minimum=1),
        Flag("documented"),
        Text("harder_variation"),
        Text("basis"),
        Cites(),
    ),
    (_hold_range,),
)
EXERCISE = ItemSpec(
    items.Exercise,
    (
        Key(),
        Choice("measure", MEASURES),
        Nested("dose", DOSE),
        Nested("hold", HOLD, optional=True),
        Text("name"),
        Flag("sided", default=False),
        Refs("muscles", "muscle", "muscle", non_empty=True),
        Text("trains"),
        Text("cue"),
        Text("progression"),
        Cites(),
    ),
    (_exercise_measure,),
)

EVERY_RUN = ItemSpec(
    items.EveryRun, (Refs("muscles", "muscle", "muscle", non_empty=True), Text("text"), Cites())
)
SURFACE = ItemSpec(items.Surface, (Key(), Text("name")))
WORKS = NestedList(
    "works",
    ItemSpec(items.MuscleWork, (Ref("muscle", "muscle", "muscle"), Text("note"), Cites())),
    "muscle in 'works'",
    unique_by="muscle",
    default_empty=True,
)
RACE_CLASS = ItemSpec(items.RaceClass, (Key(), Text("name"), WORKS, Text("note"), Cites()))
RUN_TYPE = ItemSpec(
    items.RunType,
    (
        Key(),
        NestedList("race_class", RACE_CLASS, "race class", default_empty=True,
                   attr="race_classes"),
        Text("name"),
        WORKS,
        Text("note"),
        Cites(),
    ),
)

_LINKS = (
    Refs("run_types", "run_type", "run type", default_empty=True),
    Refs("race_classes", "race_class", "race class", default_empty=True),
    Refs("surfaces", "surface", "surface", default_empty=True),
)
REGION = ItemSpec(
    items.Region,
    (
        Key(),
        *_LINKS,
        Text("name"),
        Refs("view", "view", "view", non_empty=True),
        Refs("muscles", "muscle", "muscle", non_empty=True),
        Refs("exercises", "exercise", "exercise"),
        Text("loads"),
        Cites(),
    ),
    (_race_classes_need_race,),
)
FACT = ItemSpec(
    items.Fact,
    (
        Key(),
        Refs("regions", "region", "region", default_empty=True),
        *_LINKS,
        Text("text"),
        Cites(),
    ),
    (_fact_is_linked,),
)

KIND = ItemSpec(
    items.SorenessKind,
    (
        Key(),
        Pair("onset_min_h", "onset_max_h", minimum=0),
        Text("name"),
        Text("feel", optional=True),
        Text("onset"),
        Text("course", optional=True),
        Text("text"),
        Cites(),
        OPTIONAL_READING,
    ),
    (_readings_are_own("reading"),),
)
REASON = ItemSpec(items.SorenessReason, (Key(), Text("name"), Text("text"), Cites()))
CAUSE = ItemSpec(
    items.Cause,
    (
        Key(),
        Text("name"),
        Text("text"),
        Refs("reasons", "reason", "reason", non_empty=True),
        Cites(),
    ),
)
WARNING_SIGN = ItemSpec(
    items.WarningSign,
    (
        Key(),
        Text("name"),
        Text("text"),
        Cites(),
        Int("days", minimum=1, optional=True),
        OPTIONAL_READING,
    ),
    (_readings_are_own("reading"),),
)

RELIEF = ItemSpec(
    items.ReliefMethod,
    (
        Key(),
        RegionFit(),
        Text("name"),
        Text("how"),
        Text("why"),
        Cites(),
        Text("caution", optional=True),
    ),
)
ACTION = ItemSpec(
    items.Action,
    (
        Key(),
        Pair("rest_min_h", "rest_max_h", minimum=1),
        Refs("relief", "relief", "relief method", default_empty=True),
        Refs("hold_off", "relief", "relief method", default_empty=True),
        Nested("hold_off_note", NOTE, optional=True),
        Text("name"),
        Text("text"),
        Cites(),
        OPTIONAL_READING,
    ),
    (_hold_off, _readings_are_own("hold_off_note", "reading")),
)
RULE = ItemSpec(
    items.Rule,
    (
        Key(),
        Pair("severity_min", "severity_max", minimum=0),
        Refs("warning_signs", "warning_sign", "warning sign", default_empty=True),
        Text("when"),
        Ref("action", "action", "action"),
        Cites(),
    ),
    (_severity_scale,),
)

HABIT = ItemSpec(items.PreventionHabit, (Key(), RegionFit(), Text("name"), Text("text"), Cites()))

ENGAGEMENT_CUE = ItemSpec(
    items.EngagementCue,
    (Text("summary"), NestedList("step", NOTE, "step", unique_by="text", attr="steps"), Cites()),
    (_steps,),
)
WEEKLY_TARGET = ItemSpec(
    items.WeeklyTarget,
    (Int("sessions_min", minimum=1), Int("sessions_max", minimum=1), Text("text"), Cites()),
    (_sessions,),
)
TEN_PERCENT_RULE = ItemSpec(
    items.TenPercentRule, (Int("percent", minimum=1), Text("text"), Cites())
)
BENEFIT = ItemSpec(items.KeyedNote, (Key(), Text("name"), Text("text"), Cites()))
CORE_FACT = ItemSpec(items.KeyedNote, (Key(), Text("text"), Cites()))
