"""What CoreLog says on the terminal, and the codes it exits with.

Both the command line (``corelog.app``) and the GUI start (``corelog.ui.application``)
use these, so neither has to import the other for them.
"""

from __future__ import annotations

import os
import sys
import time

EXIT_OK = 0
EXIT_RUNTIME_ERROR = 1
EXIT_USAGE_ERROR = 2
# Set by benchmarks/startup.py: print the moment the first page is on screen, then quit.
STARTUP_PROBE_ENV = "CORELOG_STARTUP_PROBE"


def error_line(message: str) -> None:
    """One line on stderr, "corelog: ..." (the full message a dialog may also show)."""
    print(f"corelog: {message}", file=sys.stderr)


def probe_requested() -> bool:
    return os.environ.get(STARTUP_PROBE_ENV) == "1"


def report_probe() -> None:
    """Print the start-up probe line (monotonic clock, shared with the benchmark)."""
    print(f"corelog-ready {time.monotonic():.6f}", flush=True)
