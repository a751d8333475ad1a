"""The desktop integration files are well formed and point at what exists."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from corelog import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "corelog.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "corelog"
    assert section["Icon"] == "corelog"
    assert section["Categories"].endswith(";")
    assert (PACKAGING / f"{section['Icon']}.svg").is_file()


def test_appstream_metainfo_matches_the_app():
    root = ET.parse(PACKAGING / "app.corelog.CoreLog.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("launchable") == "corelog.desktop"
    assert root.findtext("provides/binary") == "corelog"
    assert root.find("releases/release").get("version") == __version__


def test_bundle_spec_ships_resources_and_migrations():
    spec = (PACKAGING / "corelog.spec").read_text(encoding="utf-8")
    assert '"corelog/resources"' in spec
    assert '"corelog/store/migrations"' in spec
    assert (ROOT / "src" / "corelog" / "store" / "migrations" / "env.py").is_file()


def test_the_wheel_carries_resources_and_finds_them_installed(tmp_path):
    """Built as users install it, the package reads its resources from inside itself."""
    import subprocess
    import sys
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
