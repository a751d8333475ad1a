"""Smoke-test a built CoreLog bundle as a user would run it (`make bundle-check`).

    python tools/bundle_check.py [dist/CoreLog] [--pictures DIR]

Copies the bundle folder out of the source tree (into a temporary folder, so nothing can
be found through the checkout) and runs its ``corelog`` there, from a temporary working
folder, with a home, configuration and data folder of its own, ``PATH`` reduced to the
system's and no ``PYTHONPATH``, offscreen:

1. ``corelog --version`` prints "CoreLog <version>" and exits with 0;
2. ``corelog --help`` prints the usage with every option and exits with 0;
3. ``corelog --db FILE`` on a file that is not a database, and on a folder, is refused
   with its message and exit status 2, the file left as it was;
4. ``corelog --demo`` with ``CORELOG_SMOKE_TEST=1`` (see ``corelog.ui.smoke``) opens the
   window on the demo history, shows every page and every tab, closes and exits with 0,
   printing nothing that looks like a traceback;
5. the bundle holds the compiled German catalogue (``corelog_de.qm``, built by ``make
   qm`` on the way to ``make bundle``), and ``corelog --demo`` with
   ``CORELOG_LANGUAGE=de`` does step 4 again in German: its tabs are named in German.

Prints each step as it passes, the bundle's size, and exits with 1 at the first step that
fails, showing what the bundle printed. ``--pictures DIR`` keeps a PNG of every page and
tab as the bundle drew it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corelog import __version__  # noqa: E402

PAGES = ("today", "log", "timer", "recovery", "history", "settings")
CATALOGUE = Path("corelog", "resources", "translations", "corelog_de.qm")
"""Where the bundle keeps the German catalogue (under its own folder of data files)."""
IN_GERMAN = "corelog-smoke: log shown (tabs: Läufe, Core-Einheiten)"
"""What the smoke test prints for the Log page when the German catalogue is loaded."""
TIMEOUT_S = 300


class CheckFailed(Exception):
    pass


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (symbolic links not followed)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


class Bundle:
    def __init__(self, program: Path, sandbox: Path) -> None:
        self.program = program
        self.cwd = sandbox / "elsewhere"
        self.cwd.mkdir()
        self.env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(sandbox / "home"),
            "XDG_CONFIG_HOME": str(sandbox / "config"),
            "XDG_DATA_HOME": str(sandbox / "data"),
            "XDG_CACHE_HOME": str(sandbox / "cache"),
            "XDG_RUNTIME_DIR": str(sandbox / "runtime"),
            "TMPDIR": str(sandbox / "tmp"),
            "QT_QPA_PLATFORM": "offscreen",
            "QT_LOGGING_RULES": "qt.multimedia.*=false",
            "LANG": os.environ.get("LANG", "C.UTF-8"),
        }
        for key in ("HOME", "XDG_RUNTIME_DIR", "TMPDIR"):
            Path(self.env[key]).mkdir(mode=0o700)

    def run(self, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                [str(self.program), *args],
                cwd=self.cwd,
                env={**self.env, **extra_env},
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
            )
        except subprocess.TimeoutExpired as exc:
            raise CheckFailed(f"corelog {' '.join(args)} did not finish in {TIMEOUT_S} s") from exc


def expect(done: subprocess.CompletedProcess[str], status: int, what: str, *needles: str) -> None:
    output = done.stdout + done.stderr
    missing = [n for n in needles if n not in output]
    problem = None
    if done.returncode != status:
        problem = f"exit status {done.returncode}, expected {status}"
    elif missing:
        problem = f"the output lacks {missing}"
    elif "Traceback (most recent call last)" in output:
        problem = "it printed a traceback"
    if problem is not None:
        raise CheckFailed(
            f"{what}: {problem}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
        )
    print(f"ok: {what}")


def catalogue_in(folder: Path) -> Path | None:
    """The German catalogue inside the bundle ``folder``, if it is there and not empty."""
    for path in folder.rglob(CATALOGUE.name):
        if path.parts[-len(CATALOGUE.parts) :] == CATALOGUE.parts and path.stat().st_size:
            return path
    return None


def check(bundle: Bundle, sandbox: Path, pictures: Path | None) -> None:
    done = bundle.run("--version")
    expect(done, 0, "--version", f"CoreLog {__version__}")

    done = bundle.run("--help")
    expect(done, 0, "--help", "usage: corelog", "--db", "--demo", "--restore", "--list-backups")

    not_a_database = sandbox / "notes.db"
    not_a_database.write_bytes(b"my running notes, not a database\n")
    done = bundle.run("--db", str(not_a_database))
    expect(
        done,
        2,
        "--db on a file that is not a database is refused",
        f"corelog: {not_a_database} is not an SQLite database; CoreLog left it untouched.",
    )
    if not_a_database.read_bytes() != b"my running notes, not a database\n":
        raise CheckFailed("--db changed the file it refused")
    done = bundle.run("--db", str(sandbox))
    expect(done, 2, "--db on a folder is refused", f"{sandbox} is a folder, not a database file")

    extra = {"CORELOG_SMOKE_TEST": "1"}
    if pictures is not None:
        extra["CORELOG_SMOKE_PICTURES"] = str(pictures)
    started = time.monotonic()
    done = bundle.run("--demo", **extra)
    took = time.monotonic() - started
    expect(
        done,
        0,
        f"--demo showed every page and tab and quit cleanly ({took:.1f} s)",
        *(f"corelog-smoke: {page} shown" for page in PAGES),
        "corelog-smoke: every page shown, closed cleanly",
    )
    if "corelog-smoke: FAILED" in done.stdout:
        raise CheckFailed(f"the smoke test reported a failure:\n{done.stdout}")

    catalogue = catalogue_in(bundle.program.parent)
    if catalogue is None:
        raise CheckFailed(f"the bundle has no {CATALOGUE} (was `make qm` run before the bundle?)")
    print(f"ok: the German catalogue is in the bundle ({catalogue.stat().st_size:,} bytes)")
    done = bundle.run("--demo", CORELOG_LANGUAGE="de", CORELOG_SMOKE_TEST="1")
    expect(
        done,
        0,
        "--demo in German showed every page and tab and quit cleanly",
        *(f"corelog-smoke: {page} shown" for page in PAGES),
        IN_GERMAN,
        "corelog-smoke: every page shown, closed cleanly",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=ROOT / "dist" / "CoreLog")
    parser.add_argument("--pictures", type=Path, help="keep a PNG of every page and tab here")
    args = parser.parse_args(argv)
    source = args.bundle.resolve()
    if not (source / "corelog").is_file():
        print(f"bundle_check: no bundle at {source} (run `make bundle`)", file=sys.stderr)
        return 1
    size, files = folder_size(source)
    print(f"bundle: {source}: {size / 1e6:.0f} MB in {files} files")
    pictures = args.pictures.resolve() if args.pictures else None
    with tempfile.TemporaryDirectory(prefix="corelog-bundle-check-") as tmp:
        sandbox = Path(tmp)
        copy = sandbox / "CoreLog"
        shutil.copytree(source, copy, symlinks=True)
        try:
            check(Bundle(copy / "corelog", sandbox), sandbox, pictures)
        except CheckFailed as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            return 1
    print("bundle check passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
