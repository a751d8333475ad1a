"""Render CoreLog's icon to the PNG sizes of the hicolor icon theme (`make icons`).

The one drawing of the icon is ``resources/icons/corelog.svg`` (the window icon too).
Desktops want it as PNG at fixed sizes as well as scalable, so this draws it with Qt's
own SVG renderer (the PySide6 CoreLog runs on, pinned in requirements.lock) at each size
and writes

    packaging/icons/hicolor/<N>x<N>/apps/app.corelog.CoreLog.png

for N in 16, 24, 32, 48, 64, 128, 256 and 512. The PNGs are committed;
``make install-desktop`` installs them with the SVG as the scalable icon. ``--check``
draws them again and compares instead of writing: it names every PNG that is missing or
no longer matches the SVG and exits with status 1 (tests/test_packaging.py runs it).

    QT_QPA_PLATFORM=offscreen python tools/icons.py [--out DIR] [--check]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

APP_ID = "app.corelog.CoreLog"
SOURCE = ROOT / "resources" / "icons" / "corelog.svg"
OUT = ROOT / "packaging" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Largest difference, per colour channel (0-255), between a committed PNG and a fresh
# drawing that still counts as the same picture: room for the last bit of antialiasing
# to differ between processors, far below any change to the drawing itself.
TOLERANCE = 8


def png_path(out: Path, size: int) -> Path:
    return out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int):
    """The icon drawn at ``size`` x ``size`` pixels on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def difference(a, b) -> int:
    """The largest per-channel difference between two images of one size (255 if sizes differ)."""
    from PySide6.QtGui import QImage

    if a.size() != b.size():
        return 255
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    first, second = bytes(a.constBits()), bytes(b.constBits())
    if first == second:
        return 0
    return max(abs(x - y) for x, y in zip(first, second, strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"hicolor folder (default {OUT})")
    parser.add_argument(
        "--check", action="store_true", help="compare with the PNGs there instead of writing"
    )
    args = parser.parse_args(argv)

    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    stale = []
    for size in SIZES:
        image = render(SOURCE, size)
        target = png_path(args.out, size)
        if args.check:
            committed = QImage(str(target))
            if committed.isNull():
                stale.append(f"{target} is missing")
            elif (off := difference(committed, image)) > TOLERANCE:
                stale.append(f"{target} does not match {SOURCE.name} (off by up to {off}/255)")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"icons: could not write {target}")
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    for line in stale:
        print(f"icons: {line}", file=sys.stderr)
    if stale:
        print("icons: run `make icons` to draw them again", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
