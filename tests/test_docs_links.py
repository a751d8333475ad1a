"""Every picture and file the README and docs/ point a reader to is in the checkout.

A link to a screenshot that was never committed shows a broken image on the project page;
this test names each one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# [text](target) and ![alt](target); the target up to a space, '#' or ')'.
LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)\s]*)?(?:\s+\"[^\"]*\")?\)")


def local_targets(page: Path) -> list[str]:
    found = LINK.findall(page.read_text(encoding="utf-8"))
    return [t for t in found if not re.match(r"[a-z]+:", t)]


def test_the_link_pattern_finds_pictures_and_pages():
    text = "![Today](docs/screenshots/today.png) see [map](architecture.md#layers) [web](https://x.org)"
    assert LINK.findall(text) == ["docs/screenshots/today.png", "architecture.md", "https://x.org"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_local_link_points_to_a_file_in_the_checkout(page):
    missing = [t for t in local_targets(page) if not (page.parent / t).exists()]
    assert not missing, f"{page.relative_to(ROOT)} links to files that are not there: {missing}"


def test_the_readme_shows_its_pictures():
    pictures = [t for t in local_targets(ROOT / "README.md") if t.endswith(".png")]
    assert len(pictures) >= 10
