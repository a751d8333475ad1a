"""What CoreLog says on the terminal, and the codes it exits with.

Both the command line (``corelog.app``) and the GUI start (``corelog.ui.application``)
use these, so neither has to import the other for them.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

EXIT_OK = 0
EXIT_RUNTIME_ERROR = 1
EXIT_USAGE_ERROR = 2
# Set by benchmarks/startup.py: print the moment the first page is on screen, then quit.
STARTUP_PROBE_ENV = "CORELOG_STARTUP_PROBE"
# Set by `make bundle-check`: show every page and tab, close, exit 0 only if all went
# well (corelog.ui.smoke); the second also saves a picture of each in that folder.
SMOKE_TEST_ENV = "CORELOG_SMOKE_TEST"
SMOKE_PICTURES_ENV = "CORELOG_SMOKE_PICTURES"


def error_line(message: str) -> None:
    """One line on stderr, "corelog: ..." (the full message a dialog may also show)."""
    print(f"corelog: {message}", file=sys.stderr)


def probe_requested() -> bool:
    return os.environ.get(STARTUP_PROBE_ENV) == "1"


def smoke_test_requested() -> bool:
    return os.environ.get(SMOKE_TEST_ENV) == "1"


def smoke_pictures_folder() -> Path | None:
    folder = os.environ.get(SMOKE_PICTURES_ENV)
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def unattended() -> bool:
    """Started by a benchmark or a smoke test: no dialog may wait for a person."""
    return probe_requested() or smoke_test_requested()


def report_probe() -> None:
    """Print the start-up probe line (monotonic clock, shared with the benchmark)."""
    print(f"corelog-ready {time.monotonic():.6f}", flush=True)
