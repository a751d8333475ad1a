"""The crash benchmark, short: a writer saving every kind of entry (an import and an undo
included) is killed with SIGKILL ten times at random moments; after each kill the file
passes SQLite's checks and every save the writer reported done is there, whole.

``python benchmarks/crash.py`` runs it 200 times (docs/benchmarks.md)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_ten_kills_lose_nothing_that_was_reported_saved(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "crash.py"),
            "--kills",
            "10",
            "--seed",
            "3",
            "--data",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    found = re.fullmatch(
        r"crash: kills=(\d+) acknowledged=(\d+) lost=(\d+) integrity_failures=(\d+)", last
    )
    assert found, last
    kills, acknowledged, lost, failures = map(int, found.groups())
    assert kills == 10 and acknowledged > 0
    assert (lost, failures) == (0, 0), done.stdout
