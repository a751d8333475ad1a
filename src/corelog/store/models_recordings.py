"""The tables of what a watch or app recorded for a run: the recording and its samples.

A recording comes from an activity file (``services/activity_import.py``) and belongs to
one run (``models.Run``); its track holds the samples in CoreLog's compact form. The
SQL that reads and writes them is ``store/recordings.py`` (exchange:
``store/exchange_recordings.py``). Units and stamps as in ``models.py``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, LargeBinary
from sqlmodel import Field, SQLModel

from corelog.store.models import fk, new_uuid
from corelog.store.timestamps import utc_now


class RunRecording(SQLModel, table=True):
    """What a watch or app recorded for a run: the file it came from and its figures.

    A run imported from a file has one live recording; a run typed by hand and merged
    with a file gets one too. ``deleted_at`` is set when the merge is undone (the run
    takes back its typed values and the recording waits for Redo).
    """

    __tablename__ = "run_recording"
    __table_args__ = (
        CheckConstraint("distance_m >= 0", name="distance_nonnegative"),
        CheckConstraint("moving_s > 0", name="moving_positive"),
        Index("ix_run_recording_started_at", "started_at"),
        Index("ix_run_recording_file_sha256", "file_sha256"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    run_id: int = Field(sa_column=fk("run.id", "CASCADE", nullable=False))
    source_format: str = Field(max_length=4)  # fit, gpx, tcx
    source_name: str = ""  # the file as the user chose it (archive › member)
    file_sha256: str = Field(max_length=64)  # of the file's bytes, unpacked
    sport: str = Field(default="", max_length=40)  # the file's own word
    sub_sport: str = Field(default="", max_length=40)
    kind: str = Field(default="run", max_length=10)  # run, treadmill, walk
    leg: int | None = None  # the leg of a multisport file, from 1
    title: str = ""
    device: str = Field(default="", max_length=120)
    started_at: datetime  # as the file says, UTC
    utc_offset_known: bool = False  # the file said the local offset
    distance_m: float
    elapsed_s: float | None = None
    moving_s: float
    climb_m: float | None = None
    avg_hr: float | None = None
    max_hr: float | None = None
    avg_cadence: float | None = None  # steps a minute
    max_cadence: float | None = None
    points: int = 0
    dropped_samples: int = 0
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class RunTrack(SQLModel, table=True):
    """A recording's samples in CoreLog's compact form (corelog/activities/codec.py)."""

    __tablename__ = "run_track"

    recording_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("run_recording.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    encoding: int = 1
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
