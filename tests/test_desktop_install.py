"""`make install-desktop` puts CoreLog in the menu; `make uninstall-desktop` takes it out.

Both run here against a temporary XDG_DATA_HOME that already holds other things of the
user's (another program's menu entry, CoreLog's own database), which must survive.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corelog import APP_ID, __version__
from test_packaging import DESKTOP_FILE, HICOLOR, ICON_SIZES, desktop_entry
from test_packaging import validate_desktop_file as validate

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "desktop_install.py"
SVG = ROOT / "resources" / "icons" / "corelog.svg"
INSTALLED_ENTRY = Path("applications") / f"{APP_ID}.desktop"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder``, files with their SHA-256."""
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        )
        for p in sorted(folder.rglob("*"))
    }


def exec_words(value: str) -> list[str]:
    """The program and arguments of an Exec value, unquoted as the specification says."""
    value = re.sub(
        r"\\(.)",
        lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)),
        value,
    )
    words = []
    for quoted, plain in re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', value):
        words.append(re.sub(r'\\(["`$\\])', r"\1", quoted) if quoted else plain)
    return [w.replace("%%", "%") for w in words]


@pytest.fixture
def data_home(tmp_path):
    """A user's data folder with things in it that are not CoreLog's menu entry."""
    home = tmp_path / "data"
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "org.example.Other.desktop").write_text("[Desktop Entry]\n")
    (home / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (home / "icons" / "hicolor" / "48x48" / "apps" / "other.png").write_bytes(b"png")
    (home / "CoreLog").mkdir()
    (home / "CoreLog" / "corelog.db").write_bytes(b"the user's training log")
    return home


def make_launcher(folder: Path) -> Path:
    """A CoreLog launcher in ``folder``: this Python, running CoreLog."""
    folder.mkdir(parents=True)
    script = folder / "corelog"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m corelog "$@"\n')
    script.chmod(0o755)
    return script


@pytest.fixture
def launcher(tmp_path):
    """A CoreLog launcher in a folder with a space in its name (quoted in the Exec key)."""
    return make_launcher(tmp_path / "My Apps")


def run(tool_args: list[str], data_home: Path, *, make: bool = False):
    env = {k: v for k, v in os.environ.items() if k != "MAKEFLAGS"}
    env["XDG_DATA_HOME"] = str(data_home)
    env["HOME"] = str(data_home.parent / "home")
    if make:
        # The Makefile's own targets, with the set-up stamp taken as done.
        command = [
            "make",
            "-s",
            "-C",
            str(ROOT),
            "-o",
            ".venv/.corelog-installed",
            f"PYTHON={sys.executable}",
            *tool_args,
        ]
    else:
        command = [sys.executable, str(TOOL), *tool_args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_install_puts_the_entry_and_icons_in_the_menu(data_home, launcher):
    done = run(["install-desktop", f"LAUNCHER={launcher}"], data_home, make=True)
    assert done.returncode == 0, done.stderr

    entry = data_home / INSTALLED_ENTRY
    section = desktop_entry(entry)
    assert section["Icon"] == APP_ID
    assert section["TryExec"] == str(launcher)
    assert exec_words(section["Exec"]) == [str(launcher)]
    for key in ("Name", "Comment", "Categories", "StartupWMClass"):
        assert section[key] == desktop_entry(DESKTOP_FILE)[key]
    validate(entry, whole_test=False)
    # What the menu starts is CoreLog.
    started = subprocess.run(
        [*exec_words(section["Exec"]), "--version"], capture_output=True, text=True, timeout=60
    )
    assert started.stdout.strip() == f"CoreLog {__version__}"

    icons = data_home / "icons" / "hicolor"
    for size in ICON_SIZES:
        name = Path(f"{size}x{size}", "apps", f"{APP_ID}.png")
        assert (icons / name).read_bytes() == (HICOLOR / name).read_bytes()
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == SVG.read_bytes()


def test_uninstall_removes_exactly_what_install_added(data_home, launcher):
    before = snapshot(data_home)
    assert run(["install-desktop", f"LAUNCHER={launcher}"], data_home, make=True).returncode == 0
    added = set(snapshot(data_home)) - set(before)
    assert str(INSTALLED_ENTRY) in added and len(added) > 20

    done = run(["uninstall-desktop"], data_home, make=True)
    assert done.returncode == 0, done.stderr
    assert snapshot(data_home) == before
    assert f"{data_home / INSTALLED_ENTRY}" in done.stdout

    again = run(["uninstall"], data_home)
    assert again.returncode == 0 and "Nothing to remove" in again.stdout
    assert snapshot(data_home) == before


def test_installing_again_points_the_menu_at_the_new_launcher(data_home, launcher, tmp_path):
    before = snapshot(data_home)
    other = tmp_path / "bundle" / "corelog"
    other.parent.mkdir()
    other.write_bytes(launcher.read_bytes())
    other.chmod(0o755)
    assert run(["install", "--launcher", str(launcher)], data_home).returncode == 0
    assert run(["install", "--launcher", str(other)], data_home).returncode == 0
    section = desktop_entry(data_home / INSTALLED_ENTRY)
    assert exec_words(section["Exec"]) == [str(other)]

    assert run(["uninstall"], data_home).returncode == 0
    assert snapshot(data_home) == before


def test_a_file_changed_after_install_is_left_where_it_is(data_home, launcher):
    assert run(["install", "--launcher", str(launcher)], data_home).returncode == 0
    entry = data_home / INSTALLED_ENTRY
    entry.write_text(entry.read_text() + "NoDisplay=true\n")

    done = run(["uninstall"], data_home)
    assert done.returncode == 0
    assert f"Left {entry}: it was changed after it was installed." in done.stdout
    assert entry.read_text().endswith("NoDisplay=true\n")
    assert not (data_home / "icons" / "hicolor" / "16x16").exists()
    assert not (data_home / "CoreLog" / "desktop-install.json").exists()


def test_install_refuses_to_replace_a_file_it_did_not_put_there(data_home, launcher):
    theirs = data_home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    theirs.write_bytes(b"someone else's icon")
    before = snapshot(data_home)

    done = run(["install", "--launcher", str(launcher)], data_home)
    assert done.returncode == 1
    assert "were not put there by `make install-desktop`" in done.stderr
    assert str(theirs) in done.stderr
    assert snapshot(data_home) == before


def test_install_refuses_a_launcher_that_is_not_corelog(data_home, tmp_path):
    before = snapshot(data_home)
    impostor = tmp_path / "corelog"
    impostor.write_text("#!/bin/sh\necho hello\n")
    impostor.chmod(0o755)
    missing = tmp_path / "nowhere" / "corelog"

    refusals = ((impostor, "does not answer --version as CoreLog"), (missing, "not a program"))
    for bad, why in refusals:
        done = run(["install", "--launcher", str(bad)], data_home)
        assert done.returncode == 1
        assert why in done.stderr
    assert snapshot(data_home) == before


def test_a_launcher_path_with_quotes_dollars_and_percents_survives_the_exec_key(
    data_home, tmp_path
):
    launcher = make_launcher(tmp_path / 'my "apps" $HOME `x` 100% \\ here')
    assert run(["install", "--launcher", str(launcher)], data_home).returncode == 0
    entry = data_home / INSTALLED_ENTRY
    validate(entry, whole_test=False)
    words = exec_words(desktop_entry(entry)["Exec"])
    assert words == [str(launcher)]
    started = subprocess.run([*words, "--version"], capture_output=True, text=True, timeout=60)
    assert started.stdout.strip() == f"CoreLog {__version__}"
