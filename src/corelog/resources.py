"""The one way CoreLog finds its shipped files (knowledge data, icons, sounds).

The top-level ``resources/`` folder lives beside ``src/`` in a checkout, inside the
package (``corelog/resources``) in an installed wheel, and under ``sys._MEIPASS`` in a
PyInstaller bundle. :func:`resource_path` looks in that order and never cares which.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found = [_PACKAGE_DIR / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
        found.append(Path(bundle) / "corelog" / "resources")
    found.append(_PACKAGE_DIR.parent.parent / "resources")  # src/corelog -> checkout root
    return found


@cache
def resources_root() -> Path:
    """The folder holding CoreLog's shipped resources."""
    for candidate in _candidates():
        if (candidate / "knowledge").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"CoreLog's resources folder is missing (looked in: {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("knowledge", "exercises.toml")``."""
    return resources_root().joinpath(*parts)
