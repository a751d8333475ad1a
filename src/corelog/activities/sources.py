"""What the user chose (files, folders, archives) as a stream of files to read.

Nothing is unpacked to disk: zip archives are read where they are (a nested zip in
memory), gzip is undone in memory. Limits, checked before anything is read:

* an activity file larger than ``MAX_FILE_BYTES`` is refused by its size alone;
* a zip whose entries point outside it (``../``, absolute paths) is refused whole;
* a zip that would unpack to more than ``MAX_UNPACKED_BYTES`` (its nested zips
  included) is refused whole, by the sizes its directory states; a member that unpacks
  to more than it states fails its own check (zipfile stops at the stated size and the
  CRC no longer matches);
* gzip is undone with the same cap as a file, so a gzip bomb stops at the cap.

``walk`` runs where the import runs (it opens archives); ``read_job`` may run in a
helper process, so a :class:`Job` carries a path or bytes, never an open file.
"""

from __future__ import annotations

import gzip
import io
import os
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from corelog.activities.errors import Reason, Refused, reason_of
from corelog.activities.model import FileResult
from corelog.activities.reader import read_activity_file
from corelog.domain.i18n import QT_TRANSLATE_NOOP

MB = 1024 * 1024
MAX_FILE_BYTES = 100 * MB
"""The largest activity file read (a day at one sample a second is about 30 MB of GPX)."""
MAX_UNPACKED_BYTES = 2048 * MB
"""The most one archive may unpack to, nested archives included."""
NESTED_IN_MEMORY_BYTES = 256 * MB
MAX_NESTING = 4
ACTIVITY_SUFFIXES = {".fit": "fit", ".gpx": "gpx", ".tcx": "tcx"}
SEPARATOR = " › "


@dataclass
class Job:
    """One file to read: at ``path`` on disk, or ``data`` already taken from an archive."""

    name: str
    fmt: str | None
    path: str | None = None
    data: bytes | None = None
    gzipped: bool = False
    refused: str | None = None
    size: int = 0

    @classmethod
    def refusing(cls, name: str, fmt: str | None, text: str, **values: object) -> Job:
        """A file that is not read, and why (``text`` marked for translation, with its
        ``values``)."""
        return cls(name, fmt, refused=Reason(text, **values))


@dataclass
class Ignored:
    """A file inside a folder or archive that is not an activity file (a photo, a CSV)."""

    name: str


def name_format(name: str) -> tuple[str | None, bool, bool]:
    """(activity format, gzipped, is a zip) as the file's name says."""
    lower = name.lower()
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    if lower.endswith(".zip") and not gzipped:
        return None, False, True
    return ACTIVITY_SUFFIXES.get(os.path.splitext(lower)[1]), gzipped, False


def _too_big(size: int) -> Reason:
    big = size >= MB
    return Reason(
        QT_TRANSLATE_NOOP(
            "Activities",
            "it is too large to be an activity file ({size} MB; CoreLog reads files up to "
            "{limit} MB), so it was not read",
        )
        if big
        else QT_TRANSLATE_NOOP(
            "Activities",
            "it is too large to be an activity file ({size} KB; CoreLog reads files up to "
            "{limit} MB), so it was not read",
        ),
        size=round(size / MB) if big else round(size / 1024),
        limit=MAX_FILE_BYTES // MB,
    )


def _escapes(member: str) -> bool:
    parts = member.replace("\\", "/").split("/")
    return member.startswith(("/", "\\")) or ".." in parts or (len(member) > 1 and member[1] == ":")


class _Budget:
    def __init__(self) -> None:
        self.left = MAX_UNPACKED_BYTES


def walk(paths: list[Path], *, read: bool = True) -> Iterator[Job | Ignored]:
    """Every file the chosen paths hold, in a stable order (folders and archives sorted).

    With ``read`` False, files inside archives are listed without being unpacked (their
    jobs carry no data): a quick count for a progress bar.
    """
    for path in paths:
        path = Path(path)
        # Names are shown from the chosen file or folder on ("export › run.fit").
        base = path.parent if path.name else path
        yield from _walk_path(path, top=True, read=read, base=base)


def _shown(path: Path, base: Path | None) -> str:
    if base is not None:
        try:
            return str(path.relative_to(base))
        except ValueError:
            pass
    return str(path)


def _walk_path(
    path: Path, *, top: bool, read: bool = True, base: Path | None = None
) -> Iterator[Job | Ignored]:
    name = _shown(path, base)
    if path.is_dir():
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for file in sorted(f for f in files if not f.startswith(".")):
                yield from _walk_path(Path(folder) / file, top=False, read=read, base=base)
        return
    fmt, gzipped, is_zip = name_format(path.name)
    if not path.exists():
        yield Job.refusing(
            name, fmt, QT_TRANSLATE_NOOP("Activities", "there is no such file or folder")
        )
        return
    if not path.is_file():
        yield Job.refusing(name, fmt, QT_TRANSLATE_NOOP("Activities", "it is not a regular file"))
        return
    if is_zip:
        yield from _walk_zip(name, path, 0, _Budget(), read)
        return
    if fmt is None and not top:
        yield Ignored(name)
        return
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        yield Job(name, fmt, refused=_too_big(size), size=size)
        return
    yield Job(name, fmt, path=str(path), gzipped=gzipped, size=size)


def _walk_zip(
    label: str, source, depth: int, budget: _Budget, read: bool = True
) -> Iterator[Job | Ignored]:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield Job.refusing(
            label,
            None,
            QT_TRANSLATE_NOOP("Activities", "it is not a zip archive CoreLog can open ({problem})"),
            problem=exc,
        )
        return
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        unsafe = [info.filename for info in infos if _escapes(info.filename)]
        if unsafe:
            yield Job.refusing(
                label,
                None,
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "it holds entries that point outside the archive (“{entry}”), as "
                    "harmful archives do; nothing was read from it",
                ),
                entry=unsafe[0],
            )
            return
        total = sum(info.file_size for info in infos)
        if total > budget.left:
            yield Job.refusing(
                label,
                None,
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "it would unpack to {size} GB, more than the {limit} GB CoreLog reads "
                    "from one archive; nothing was read from it",
                ),
                size=float(total / (1024 * MB)),
                limit=MAX_UNPACKED_BYTES // (1024 * MB),
            )
            return
        budget.left -= total
        for info in sorted(infos, key=lambda i: i.filename):
            name = f"{label}{SEPARATOR}{info.filename}"
            yield from _walk_member(archive, info, name, depth, budget, read)


def _walk_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    name: str,
    depth: int,
    budget: _Budget,
    read: bool = True,
) -> Iterator[Job | Ignored]:
    base = info.filename.replace("\\", "/").rsplit("/", 1)[-1]
    if base.startswith("."):
        yield Ignored(name)
        return
    fmt, gzipped, is_zip = name_format(base)
    if is_zip:
        if depth + 1 >= MAX_NESTING:
            yield Job.refusing(
                name,
                None,
                QT_TRANSLATE_NOOP(
                    "Activities", "it is an archive nested too deep in other archives"
                ),
            )
            return
        inner = _unpack(archive, info, name, None)
        if isinstance(inner, Job):
            yield inner
        else:
            yield from _walk_zip(name, inner, depth + 1, budget, read)
        return
    if fmt is None:
        yield Ignored(name)
        return
    if info.file_size > MAX_FILE_BYTES:
        yield Job(name, fmt, refused=_too_big(info.file_size), size=info.file_size)
        return
    if not read:
        yield Job(name, fmt, size=info.file_size)
        return
    data = _unpack(archive, info, name, fmt)
    if isinstance(data, Job):
        yield data
    else:
        yield Job(name, fmt, data=data, gzipped=gzipped, size=len(data))


def _unpack(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, fmt: str | None
) -> bytes | IO[bytes] | Job:
    """A member's bytes, or (``fmt`` None: a nested archive) a stream of them.

    A member the archive fails to give is a refused job instead.
    """
    try:
        if fmt is not None:
            return archive.read(info)
        if info.file_size <= NESTED_IN_MEMORY_BYTES:
            return io.BytesIO(archive.read(info))
        return archive.open(info)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        if fmt is None:
            message = QT_TRANSLATE_NOOP("Activities", "it could not be unpacked ({problem})")
        else:
            message = QT_TRANSLATE_NOOP(
                "Activities", "it could not be unpacked from its archive ({problem})"
            )
        return Job.refusing(name, fmt, message, problem=exc)


def _gunzip(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(MAX_FILE_BYTES + 1)
    except EOFError as exc:
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP("Activities", "its gzip compression is cut off before its end")
            )
        ) from exc
    except (OSError, zlib.error) as exc:
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Activities", "it is named .gz but is not valid gzip ({problem})"
                ),
                problem=exc,
            )
        ) from exc
    if len(out) > MAX_FILE_BYTES:
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "it would unpack to more than {limit} MB, too large to be an activity file; "
                    "it was not unpacked further",
                ),
                limit=MAX_FILE_BYTES // MB,
            )
        )
    return out


def load(job: Job) -> bytes:
    """The file's bytes, unpacked; raises Refused."""
    if job.data is not None:
        data = job.data
    else:
        assert job.path is not None
        try:
            with open(job.path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise Refused(
                Reason(
                    QT_TRANSLATE_NOOP("Activities", "it could not be opened ({problem})"),
                    problem=exc.strerror or exc,
                )
            ) from exc
        if len(data) > MAX_FILE_BYTES:
            raise Refused(_too_big(len(data)))
    return _gunzip(data) if job.gzipped else data


def read_job(job: Job) -> FileResult:
    """Read one job into a FileResult (never raises); runs in a helper process or thread."""
    if job.refused is not None:
        return FileResult(name=job.name, fmt=job.fmt, refused=job.refused)
    try:
        data = load(job)
    except Refused as exc:
        return FileResult(name=job.name, fmt=job.fmt, refused=reason_of(exc))
    return read_activity_file(job.name, data, job.fmt)
