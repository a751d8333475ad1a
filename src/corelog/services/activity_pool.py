"""Reading activity files on both cores: helper processes, results in order.

Decoding a FIT file is pure Python and holds the interpreter's lock, so on the GUI's
own process it would compete with the window for every millisecond. Helper processes
(``spawn``, so nothing of Qt is copied into them) read the files; the import thread
only hands out jobs and stores what comes back. At most a few jobs are in flight, so
memory stays flat however many files an archive holds. Where helper processes cannot
start (a locked-down system), the files are read on the import thread instead.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from corelog.activities.errors import Reason
from corelog.activities.model import FileResult
from corelog.activities.sources import Job, read_job
from corelog.domain.i18n import QT_TRANSLATE_NOOP

IN_FLIGHT_PER_WORKER = 3
HELPER_NICENESS = 10
"""Helpers run at a lower priority than the app, so that on a busy computer the window
is served first and the reading waits (where the system allows it: not on Windows)."""


def _lower_priority() -> None:
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(HELPER_NICENESS)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def read_all(
    jobs: Iterable[Job], workers: int, stop: Callable[[], bool]
) -> Iterator[tuple[Job, FileResult]]:
    """Read ``jobs`` in order with ``workers`` helper processes (0: on this thread).

    Stops handing out jobs once ``stop()`` is true; jobs already handed out are awaited
    so each result stays whole.
    """
    if workers <= 0:
        for job in jobs:
            if stop():
                return
            yield job, read_job(job)
        return
    try:
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_lower_priority,
        )
    except (OSError, ValueError, NotImplementedError):
        yield from read_all(jobs, 0, stop)
        return
    queue: deque[tuple[Job, Future[FileResult]]] = deque()
    limit = workers * IN_FLIGHT_PER_WORKER
    broken = False
    iterator = iter(jobs)
    try:
        for job in iterator:
            if stop():
                break
            try:
                queue.append((job, _submit(pool, job)))
            except BrokenProcessPool:
                broken = True
                queue.append((job, _done(read_job(job))))
                break
            while len(queue) >= limit:
                yield _collect(queue.popleft())
        while queue and not stop():
            yield _collect(queue.popleft())
        while queue:  # stopped: let the jobs already handed out finish, unused
            queue.popleft()[1].cancel()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if broken:  # the helpers died (or could not start): the rest is read here
        yield from read_all(iterator, 0, stop)


def _done(result: FileResult) -> Future[FileResult]:
    future: Future[FileResult] = Future()
    future.set_result(result)
    return future


def _submit(pool: ProcessPoolExecutor, job: Job) -> Future[FileResult]:
    if job.refused is not None:  # nothing to read: no need for a helper
        return _done(read_job(job))
    return pool.submit(read_job, job)


def _collect(item: tuple[Job, Future[FileResult]]) -> tuple[Job, FileResult]:
    job, future = item
    try:
        return job, future.result()
    except BrokenProcessPool:  # the helper died, not the file's fault: read it here
        return job, read_job(job)
    except Exception as exc:  # the file gets the reason, never a crash
        reason = Reason(
            QT_TRANSLATE_NOOP("Activities", "it could not be read ({problem})"), problem=exc
        )
        return job, FileResult(name=job.name, fmt=job.fmt, refused=reason)
