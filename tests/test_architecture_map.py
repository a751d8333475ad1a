"""docs/architecture.md stays a true map: it names every module of CoreLog.

A module added without a place on the map fails here, with its path, so the map is
updated in the same change (generated migration revisions are described in schema.md).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "corelog"


def test_every_module_has_its_place_on_the_map():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if path.name == "__init__.py" or "/versions/" in relative:
            continue
        if relative not in text and f"`{path.name}`" not in text and f"/{path.name}`" not in text:
            missing.append(relative)
    assert not missing, f"docs/architecture.md does not say where these belong: {missing}"
