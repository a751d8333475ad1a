"""The desktop integration files are well formed, valid, and point at what exists."""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from corelog import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
HICOLOR = PACKAGING / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SCREENSHOTS_URL = "https://corelog.app/screenshots/"


def validator(name: str, package: str) -> str:
    """The validator's path. CI installs it (.ci/run), so there it must be present.

    Elsewhere a missing validator skips its test, and ``-ra`` shows the skip and why.
    """
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is missing, but CI installs it: add {package} to .ci/run")
    pytest.skip(f"{name} is not installed (apt-get install {package})")


def validate_desktop_file(path: Path, *, whole_test: bool = True) -> None:
    """``desktop-file-validate`` passes: no error and no warning (hints are advice).

    Without the validator (and outside CI) this skips the whole test, or with
    ``whole_test=False`` only this step, so that the test's other checks still run.
    """
    if not whole_test and not shutil.which("desktop-file-validate") and not os.environ.get("CI"):
        return
    done = subprocess.run(
        [validator("desktop-file-validate", "desktop-file-utils"), str(path)],
        capture_output=True,
        text=True,
    )
    complaints = [
        line for line in done.stdout.splitlines() if ": error: " in line or ": warning: " in line
    ]
    assert done.returncode == 0 and not complaints, done.stdout + done.stderr


def desktop_entry(path: Path) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_the_desktop_entry_is_named_after_the_appstream_id():
    section = desktop_entry(DESKTOP_FILE)
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "corelog"
    assert section["Icon"] == APP_ID
    assert section["StartupWMClass"] == "CoreLog"  # Qt's window class: the app's name
    assert section["Categories"].endswith(";")
    assert list(PACKAGING.glob("*.desktop")) == [DESKTOP_FILE]


def test_the_desktop_entry_passes_desktop_file_validate():
    validate_desktop_file(DESKTOP_FILE)


def test_the_metainfo_passes_appstreamcli_validate():
    done = subprocess.run(
        [validator("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metainfo_matches_the_app():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "corelog"
    categories = [c.text for c in root.findall("categories/category")]
    assert ";".join(categories) in desktop_entry(DESKTOP_FILE)["Categories"]


def test_the_metainfo_lists_releases_newest_first_with_this_version_on_top():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    dates = [r.get("date") for r in releases]
    assert dates == sorted(dates, reverse=True)
    for release in releases:
        assert release.find("description/p") is not None, release.get("version")


def test_every_screenshot_in_the_metainfo_is_one_of_the_docs_pictures():
    shots = ET.parse(METAINFO).getroot().findall("screenshots/screenshot")
    assert len(shots) >= 3
    assert [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        url = shot.findtext("image")
        assert url.startswith(SCREENSHOTS_URL), url
        assert (ROOT / "docs" / "screenshots" / url.removeprefix(SCREENSHOTS_URL)).is_file(), url
        assert shot.findtext("caption"), url


def test_the_icon_comes_at_every_hicolor_size():
    for size in ICON_SIZES:
        png = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size)
    assert sorted(p.parent.parent.name for p in HICOLOR.glob("*/apps/*.png")) == sorted(
        f"{s}x{s}" for s in ICON_SIZES
    )


def run_icons(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "icons.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_the_committed_icons_are_drawn_from_the_svg():
    done = run_icons("--check")
    assert done.returncode == 0, done.stderr


def test_the_icon_check_names_a_png_that_no_longer_matches_the_svg(tmp_path):
    copy = tmp_path / "hicolor"
    shutil.copytree(HICOLOR, copy)
    stale = copy / "48x48" / "apps" / f"{APP_ID}.png"
    shutil.copy(copy / "64x64" / "apps" / f"{APP_ID}.png", stale)  # the wrong size
    (copy / "16x16" / "apps" / f"{APP_ID}.png").unlink()
    done = run_icons("--check", "--out", str(copy))
    assert done.returncode == 1
    assert f"{stale} does not match corelog.svg" in done.stderr
    assert "16x16/apps/app.corelog.CoreLog.png is missing" in done.stderr
    assert "32x32" not in done.stderr

    fresh = run_icons("--out", str(copy))
    assert fresh.returncode == 0, fresh.stderr
    for size in ICON_SIZES:
        name = Path(f"{size}x{size}", "apps", f"{APP_ID}.png")
        assert (copy / name).read_bytes() == (HICOLOR / name).read_bytes(), name


def test_bundle_spec_ships_resources_and_migrations():
    spec = (PACKAGING / "corelog.spec").read_text(encoding="utf-8")
    assert '"corelog/resources"' in spec
    assert '"corelog/store/migrations"' in spec
    assert (ROOT / "src" / "corelog" / "store" / "migrations" / "env.py").is_file()


def test_bundle_spec_names_every_table_module_the_migrations_import():
    # env.py travels as a data file, so PyInstaller's import scan never sees its imports:
    # a table module missing from hiddenimports makes the bundle fail on a new database.
    env = ROOT / "src" / "corelog" / "store" / "migrations" / "env.py"
    imported = set()
    for node in ast.walk(ast.parse(env.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("corelog"):
            imported |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            imported |= {a.name for a in node.names if a.name.startswith("corelog")}
    assert "corelog.store.models_exchange" in imported
    spec = (PACKAGING / "corelog.spec").read_text(encoding="utf-8")
    assert [name for name in sorted(imported) if f'"{name}"' not in spec] == []


def test_the_wheel_carries_resources_and_finds_them_installed(tmp_path):
    """Built as users install it, the package reads its resources from inside itself."""
    import zipfile

    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("corelog-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "corelog/resources/knowledge/exercises.toml",
        "corelog/resources/icons/corelog.svg",
        "corelog/resources/bodymap/front.svg",
        "corelog/store/migrations/env.py",
    ):
        assert needed in names
    assert any(n.startswith("corelog/resources/sounds/") for n in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from corelog.resources import resource_path; print(resource_path('knowledge'))",
        ],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    assert found.stdout.strip() == str(site / "corelog" / "resources" / "knowledge")
