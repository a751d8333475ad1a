"""CoreLog's tables: the user's training data, and what every table shares.

Units are fixed here and converted only for display: distances in metres, durations
in seconds, timed holds in milliseconds, instants as aware UTC datetimes with the
user's local offset (minutes east of UTC) kept beside them, so "the run at 07:10 on
a Tuesday" stays exactly that after travel or a clock change.

Every entry carries a stable ``uuid`` beside its row id plus ``created_at`` and
``updated_at``, so exports, imports and a later merge of two databases can tell
entries apart. Entries the user deletes keep their row with ``deleted_at`` set until
the undo history is gone; queries for the user's data skip them.

The log's own entries are here. What a watch or app recorded for a run (run_recording,
run_track) is in ``models_recordings.py``; what lets entries travel between computers
(tombstone, uuid_alias, import_journal) in ``models_exchange.py``. Both import this
module first, for its naming convention (and ``new_uuid``, ``fk``);
``store/migrations/env.py`` imports all three, so Alembic sees every table.

Documented for users in docs/schema.md; the schema itself is owned by the Alembic
migrations in ``corelog.store.migrations``.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, MetaData
from sqlmodel import Field, SQLModel

from corelog.store.timestamps import utc_now

# Constraint names follow one convention so Alembic batch migrations can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def fk(target: str, ondelete: str, *, nullable: bool = True, index: bool = True) -> Column:
    """An integer column pointing at ``target`` ("table.id"), indexed unless told not to."""
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


class Shoe(SQLModel, table=True):
    """A pair of running shoes whose distance the user tracks."""

    __tablename__ = "shoe"
    __table_args__ = (CheckConstraint("start_distance_m >= 0", name="start_distance"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    name: str = Field(max_length=120)
    start_distance_m: float = 0.0
    retired: bool = False
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class Run(SQLModel, table=True):
    """One run. Pace is derived from distance and duration, never stored."""

    __tablename__ = "run"
    __table_args__ = (
        CheckConstraint("distance_m > 0", name="distance_positive"),
        CheckConstraint("duration_s > 0", name="duration_positive"),
        CheckConstraint("effort IS NULL OR (effort BETWEEN 1 AND 10)", name="effort_range"),
        CheckConstraint(
            "elevation_gain_m IS NULL OR elevation_gain_m >= 0", name="elevation_nonnegative"
        ),
        Index("ix_run_started_at", "started_at"),
        # Personal records at start-up: the longest run, the fastest race of each class.
        Index("ix_run_distance_m", "distance_m"),
        Index("ix_run_race", "run_type", "race_class", "duration_s"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    started_at: datetime
    utc_offset_min: int = 0
    distance_m: float
    duration_s: float
    # easy, long, tempo, intervals, hills, sprints, race
    run_type: str = Field(default="easy", max_length=20)
    # for races: 5k, 10k, half, marathon, other
    race_class: str | None = Field(default=None, max_length=20)
    effort: int | None = None
    # road, trail, track, treadmill, grass
    surface: str | None = Field(default=None, max_length=20)
    elevation_gain_m: float | None = None
    shoe_id: int | None = Field(default=None, sa_column=fk("shoe.id", "SET NULL"))
    notes: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class Exercise(SQLModel, table=True):
    """An exercise in the library: built in (from the documents, by ``key``) or the user's."""

    __tablename__ = "exercise"
    __table_args__ = (CheckConstraint("measure IN ('hold', 'reps')", name="measure_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    # Knowledge-base key of a built-in exercise ("plank", "side_plank"); None for the user's.
    key: str | None = Field(default=None, unique=True, max_length=40)
    name: str = Field(max_length=80)
    measure: str = Field(default="reps", max_length=10)  # 'hold' (time) or 'reps'
    sided: bool = False  # done once per side (left and right)
    builtin: bool = False
    hidden: bool = False
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class CoreSession(SQLModel, table=True):
    """A core-training session: a list of sets done at one sitting."""

    __tablename__ = "core_session"
    __table_args__ = (
        CheckConstraint("effort IS NULL OR (effort BETWEEN 1 AND 10)", name="effort_range"),
        CheckConstraint("duration_s IS NULL OR duration_s > 0", name="duration_positive"),
        Index("ix_core_session_started_at", "started_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    started_at: datetime
    utc_offset_min: int = 0
    duration_s: float | None = None  # how long the session took, when known
    effort: int | None = None
    notes: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class TimerWorkout(SQLModel, table=True):
    """A workout run on the plank timer; its sets are core sets pointing back here."""

    __tablename__ = "timer_workout"
    __table_args__ = (
        CheckConstraint("mode IN ('countdown', 'count_up')", name="mode_kind"),
        CheckConstraint("planned_sets >= 1", name="planned_sets_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    session_id: int = Field(sa_column=fk("core_session.id", "CASCADE", nullable=False))
    exercise_id: int = Field(sa_column=fk("exercise.id", "RESTRICT", nullable=False))
    mode: str = Field(default="countdown", max_length=10)
    target_hold_ms: int | None = None
    planned_sets: int = 1
    rest_ms: int = 0
    prep_ms: int = 0
    alternate_sides: bool = False
    # Every planned set was held to its target (countdown mode) without interruption.
    completed: bool = False
    started_at: datetime
    utc_offset_min: int = 0
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class CoreSet(SQLModel, table=True):
    """One set: an exercise done for a number of reps or held for a time."""

    __tablename__ = "core_set"
    __table_args__ = (
        CheckConstraint("(reps IS NULL) <> (hold_ms IS NULL)", name="reps_or_hold"),
        CheckConstraint("reps IS NULL OR reps > 0", name="reps_positive"),
        CheckConstraint("hold_ms IS NULL OR hold_ms > 0", name="hold_positive"),
        CheckConstraint("side IS NULL OR side IN ('left', 'right')", name="side_kind"),
        # Personal records at start-up: the longest hold of each exercise.
        Index("ix_core_set_exercise_hold", "exercise_id", "hold_ms"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    session_id: int = Field(sa_column=fk("core_session.id", "CASCADE", nullable=False))
    position: int = 0  # order within the session, from 0
    exercise_id: int = Field(sa_column=fk("exercise.id", "RESTRICT", nullable=False))
    side: str | None = Field(default=None, max_length=5)  # 'left', 'right' or None (both/none)
    reps: int | None = None
    hold_ms: int | None = None
    target_hold_ms: int | None = None  # what the plank timer aimed for
    workout_id: int | None = Field(default=None, sa_column=fk("timer_workout.id", "SET NULL"))
    interrupted: bool = False  # the machine slept or the user stopped mid-hold
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class TimerPreset(SQLModel, table=True):
    """A saved plank-timer workout, e.g. "Plank 3 x 45 s"."""

    __tablename__ = "timer_preset"
    __table_args__ = (
        CheckConstraint("mode IN ('countdown', 'count_up')", name="mode_kind"),
        CheckConstraint("sets >= 1", name="sets_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    name: str = Field(max_length=80, unique=True)
    exercise_id: int = Field(sa_column=fk("exercise.id", "CASCADE", nullable=False))
    mode: str = Field(default="countdown", max_length=10)
    hold_ms: int = 45_000
    sets: int = 3
    rest_ms: int = 30_000
    prep_ms: int = 5_000
    alternate_sides: bool = False
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class SorenessEntry(SQLModel, table=True):
    """Soreness the user logged, with what CoreLog needs to advise on it."""

    __tablename__ = "soreness_entry"
    __table_args__ = (
        CheckConstraint("severity BETWEEN 0 AND 10", name="severity_range"),
        CheckConstraint("feel IN ('dull', 'sharp')", name="feel_kind"),
        CheckConstraint("onset IN ('during', 'hours', 'delayed')", name="onset_kind"),
        CheckConstraint("trend IN ('improving', 'steady', 'worsening')", name="trend_kind"),
        CheckConstraint("days_lasted BETWEEN 0 AND 365", name="days_lasted_range"),
        Index("ix_soreness_entry_noted_at", "noted_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    noted_at: datetime
    utc_offset_min: int = 0
    region: str = Field(max_length=30)  # a region key from the knowledge base
    severity: int  # 0-10: 1-3 mild, 4-6 moderate, 7-10 severe
    feel: str = Field(max_length=10)  # dull (dull or tight) / sharp (sharp or localised)
    onset: str = Field(max_length=10)  # during the run / within hours / 24-48 h after
    trend: str = Field(max_length=10)  # improving with movement / steady / worsening
    swelling: bool = False  # swelling or tenderness that worsens with motion
    days_lasted: int = 0
    run_id: int | None = Field(default=None, sa_column=fk("run.id", "SET NULL"))
    core_session_id: int | None = Field(default=None, sa_column=fk("core_session.id", "SET NULL"))
    notes: str = ""
    resolved_at: datetime | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class SorenessUpdate(SQLModel, table=True):
    """A follow-up ("how is it today?") on a soreness entry."""

    __tablename__ = "soreness_update"
    __table_args__ = (
        CheckConstraint("severity BETWEEN 0 AND 10", name="severity_range"),
        CheckConstraint("trend IN ('improving', 'steady', 'worsening')", name="trend_kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    entry_id: int = Field(sa_column=fk("soreness_entry.id", "CASCADE", nullable=False))
    noted_at: datetime
    utc_offset_min: int = 0
    severity: int
    trend: str = Field(max_length=10)
    swelling: bool = False
    notes: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
