"""`make bundle-check`'s checker passes a CoreLog that works and stops at one that does not.

The real bundle takes minutes to build, so `make test` does not build it (run `make
bundle-check` for that). Here the checker runs on stand-in bundle folders: one whose
``corelog`` starts this checkout's CoreLog (so every step, the --demo walk through every
page included, runs for real), and broken ones.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from translation_files import TRANSLATIONS, compile_ts

ROOT = Path(__file__).resolve().parents[1]
CHECKER = ROOT / "tools" / "bundle_check.py"


def stand_in(folder: Path, script: str, *, catalogue: bool = True) -> Path:
    """A bundle folder whose ``corelog`` runs ``script``, with the German catalogue in its
    data files as PyInstaller puts it (unless told not to)."""
    folder.mkdir()
    program = folder / "corelog"
    program.write_text("#!/bin/sh\n" + script)
    program.chmod(0o755)
    if catalogue:
        qm = folder / "_internal" / "corelog" / "resources" / "translations" / "corelog_de.qm"
        qm.parent.mkdir(parents=True)
        shutil.copyfile(compile_ts(TRANSLATIONS / "corelog_de.ts"), qm)
    return folder


def check(bundle: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKER), str(bundle), *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_working_corelog_passes_every_step(tmp_path):
    bundle = stand_in(tmp_path / "CoreLog", f'exec "{sys.executable}" -m corelog "$@"\n')
    done = check(bundle, "--pictures", str(tmp_path / "pictures"))
    assert done.returncode == 0, done.stdout + done.stderr
    for step in (
        "ok: --version",
        "ok: --help",
        "ok: --db on a file that is not a database is refused",
        "ok: --db on a folder is refused",
        "ok: --demo showed every page and tab and quit cleanly",
        "ok: the German catalogue is in the bundle",
        "ok: --demo in German showed every page and tab and quit cleanly",
        "bundle check passed",
    ):
        assert step in done.stdout
    assert (tmp_path / "pictures" / "history-3.png").is_file()


def test_a_corelog_that_does_not_refuse_a_bad_database_fails(tmp_path):
    script = f'case "$1" in --db) exit 0;; esac\nexec "{sys.executable}" -m corelog "$@"\n'
    done = check(stand_in(tmp_path / "CoreLog", script))
    assert done.returncode == 1
    assert "ok: --help" in done.stdout
    assert "FAILED: --db on a file that is not a database is refused: exit status 0" in (
        done.stderr
    )
    assert "bundle check passed" not in done.stdout


def test_a_demo_that_crashes_fails_and_shows_what_it_printed(tmp_path):
    script = (
        'case "$1" in --demo) echo "Traceback (most recent call last):" >&2; exit 0;; esac\n'
        f'exec "{sys.executable}" -m corelog "$@"\n'
    )
    done = check(stand_in(tmp_path / "CoreLog", script))
    assert done.returncode == 1
    assert "FAILED: --demo showed every page and tab and quit cleanly" in done.stderr
    assert "Traceback (most recent call last):" in done.stderr


def test_no_bundle_says_how_to_build_one(tmp_path):
    done = check(tmp_path / "dist" / "CoreLog")
    assert done.returncode == 1
    assert "run `make bundle`" in done.stderr


def test_a_bundle_without_the_german_catalogue_fails(tmp_path):
    shown = "".join(
        f"echo 'corelog-smoke: {page} shown'; "
        for page in ("today", "log", "timer", "recovery", "history", "settings")
    )
    script = (
        f'case "$1" in --demo) {shown}echo "corelog-smoke: every page shown, closed cleanly"; '
        f'exit 0;; esac\nexec "{sys.executable}" -m corelog "$@"\n'
    )
    done = check(stand_in(tmp_path / "CoreLog", script, catalogue=False))
    assert done.returncode == 1
    assert "ok: --demo showed every page and tab and quit cleanly" in done.stdout
    assert "FAILED: the bundle has no corelog/resources/translations/corelog_de.qm" in (
        done.stderr
    )
    assert "bundle check passed" not in done.stdout
