"""Put CoreLog in the desktop's menu for this user, and take it out again.

    python tools/desktop_install.py install --launcher PATH   (make install-desktop)
    python tools/desktop_install.py uninstall                 (make uninstall-desktop)

``install`` writes, under ``$XDG_DATA_HOME`` (``~/.local/share`` when it is not set):

    applications/app.corelog.CoreLog.desktop          Exec and TryExec: the launcher
    icons/hicolor/<N>x<N>/apps/app.corelog.CoreLog.png  (packaging/icons, `make icons`)
    icons/hicolor/scalable/apps/app.corelog.CoreLog.svg (resources/icons/corelog.svg)

and a manifest, ``CoreLog/desktop-install.json``, listing every file and folder it
created with each file's SHA-256. ``uninstall`` removes exactly those: a listed file only
while it still holds what was installed, a listed folder only once it is empty, then the
manifest. Nothing else is touched (the database in the same ``CoreLog`` folder included).

The launcher is checked before anything is written: it must run and answer
``--version`` as CoreLog. Installing again first removes what the last install put there;
a file in the way that CoreLog did not install is left alone and the install refused.
Standard library only, so any Python 3.11 runs it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "app.corelog.CoreLog"
DESKTOP_SOURCE = ROOT / "packaging" / f"{APP_ID}.desktop"
ICONS_SOURCE = ROOT / "packaging" / "icons" / "hicolor"
SVG_SOURCE = ROOT / "resources" / "icons" / "corelog.svg"
MANIFEST = Path("CoreLog") / "desktop-install.json"
# Characters that make an Exec argument need quoting (Desktop Entry Specification, "The
# Exec key"); inside double quotes, these four need a backslash.
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")
_ESCAPE_IN_QUOTES = re.compile(r'(["`$\\])')


class InstallError(Exception):
    """Why nothing was installed or removed, in words for the person running make."""


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    # The XDG Base Directory Specification ignores a relative path here.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def exec_value(launcher: Path) -> str:
    """``launcher`` as the program of an Exec key: quoted if it must be, % doubled."""
    text = str(launcher)
    if _RESERVED.search(text):
        text = '"' + _ESCAPE_IN_QUOTES.sub(r"\\\1", text) + '"'
    # Then the general string escaping of a desktop file: a backslash is written twice.
    return text.replace("\\", "\\\\").replace("%", "%%")


def string_value(text: str) -> str:
    """A value of type string in a desktop file (TryExec): backslashes escaped."""
    return text.replace("\\", "\\\\")


def desktop_entry(launcher: Path) -> str:
    """The packaged desktop entry with Exec and TryExec pointing at ``launcher``."""
    lines = []
    for line in DESKTOP_SOURCE.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append(f"TryExec={string_value(str(launcher))}")
            lines.append(f"Exec={exec_value(launcher)}")
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def check_launcher(launcher: Path) -> Path:
    """The launcher's absolute path, once it has answered ``--version`` as CoreLog."""
    launcher = Path(os.path.abspath(launcher))
    if not launcher.is_file() or not os.access(launcher, os.X_OK):
        raise InstallError(f"{launcher} is not a program that can be run")
    try:
        answer = subprocess.run(
            [str(launcher), "--version"], capture_output=True, text=True, timeout=120
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InstallError(f"{launcher} could not be run: {exc}") from None
    if answer.returncode != 0 or not answer.stdout.startswith("CoreLog "):
        raise InstallError(f"{launcher} does not answer --version as CoreLog does")
    return launcher


def planned_files(launcher: Path) -> dict[Path, bytes]:
    """Each file to install, relative to the data folder, with its contents."""
    icons = Path("icons") / "hicolor"
    files = {Path("applications") / f"{APP_ID}.desktop": desktop_entry(launcher).encode()}
    pngs = sorted(ICONS_SOURCE.glob(f"*/apps/{APP_ID}.png"))
    if not pngs:
        raise InstallError(f"no icons in {ICONS_SOURCE}; run `make icons`")
    for png in pngs:
        files[icons / png.relative_to(ICONS_SOURCE)] = png.read_bytes()
    files[icons / "scalable" / "apps" / f"{APP_ID}.svg"] = SVG_SOURCE.read_bytes()
    return files


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(home: Path) -> dict | None:
    path = home / MANIFEST
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(manifest["files"], dict) or not isinstance(manifest["folders"], list):
            raise TypeError("files or folders of the wrong kind")
    except (ValueError, KeyError, TypeError) as exc:
        raise InstallError(f"{path} is not a CoreLog install manifest ({exc})") from None
    return manifest


def install(launcher: Path, home: Path) -> list[Path]:
    """Install for ``launcher`` under ``home``; the paths written, manifest last."""
    launcher = check_launcher(launcher)
    files = planned_files(launcher)
    previous = read_manifest(home)
    ours = set()
    if previous is not None:
        ours = {
            rel
            for rel, sha in previous["files"].items()
            if (home / rel).is_file() and digest((home / rel).read_bytes()) == sha
        }
    in_the_way = [home / rel for rel in files if (home / rel).exists() and str(rel) not in ours]
    if in_the_way:
        names = "\n  ".join(str(p) for p in in_the_way)
        raise InstallError(
            "these files were not put there by `make install-desktop`, or were changed "
            f"since; move them away first (nothing was installed):\n  {names}"
        )
    if previous is not None:
        uninstall(home)
    home.mkdir(parents=True, exist_ok=True)
    created: list[str] = []
    written: dict[str, str] = {}
    for rel, data in [*files.items(), (MANIFEST, b"")]:
        folder = home / rel.parent
        missing = []
        while not folder.exists():
            missing.append(folder)
            folder = folder.parent
        for new in reversed(missing):
            new.mkdir()
            created.append(str(new.relative_to(home)))
        if rel != MANIFEST:
            (home / rel).write_bytes(data)
            written[str(rel)] = digest(data)
    manifest = {"launcher": str(launcher), "files": written, "folders": created}
    (home / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    _tell_icon_caches(home)
    return [home / rel for rel in files] + [home / MANIFEST]


def uninstall(home: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """Remove what the manifest lists: (files removed, folders removed, files left as changed)."""
    manifest = read_manifest(home)
    if manifest is None:
        return [], [], []
    removed: list[Path] = []
    kept: list[Path] = []
    for rel, sha in manifest["files"].items():
        path = home / rel
        if not path.is_file():
            continue
        if digest(path.read_bytes()) != sha:
            kept.append(path)
            continue
        path.unlink()
        removed.append(path)
    (home / MANIFEST).unlink()
    removed.append(home / MANIFEST)
    folders: list[Path] = []
    for rel in sorted(manifest["folders"], key=lambda f: len(Path(f).parts), reverse=True):
        folder = home / rel
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folders.append(folder)
    _tell_icon_caches(home)
    return removed, folders, kept


def _tell_icon_caches(home: Path) -> None:
    """Mark an icon-theme.cache in the user's hicolor folder stale, so icons are re-read."""
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    put = commands.add_parser("install", help="install the desktop entry and icons")
    put.add_argument("--launcher", type=Path, required=True, help="the corelog to start")
    commands.add_parser("uninstall", help="remove what install put there")
    args = parser.parse_args(argv)
    home = data_home()
    try:
        if args.command == "install":
            paths = install(args.launcher, home)
            print(f"Installed CoreLog in the menu, starting {os.path.abspath(args.launcher)}:")
            for path in paths:
                print(f"  {path}")
            return 0
        if read_manifest(home) is None:
            print(f"Nothing to remove: no {home / MANIFEST} (CoreLog was not installed here).")
            return 0
        removed, folders, kept = uninstall(home)
        print("Removed CoreLog from the menu:")
        for path in removed:
            print(f"  {path}")
        if folders:
            print(f"  and the {len(folders)} folders it had created, now empty")
        for path in kept:
            print(f"Left {path}: it was changed after it was installed.")
        return 0
    except (InstallError, OSError) as exc:
        print(f"desktop_install: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
