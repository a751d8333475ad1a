"""Render every page of CoreLog, filled with the demo history, to docs/screenshots/.

Offscreen, at a fixed window size, with preferences isolated from the user's own:

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--theme light|dark] [--out DIR]

Writes one PNG per page (`<page id>.png`, or `<page id>-dark.png` for the dark theme).
Look at every picture after running it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW_SIZE = (1280, 800)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--pages", nargs="*", help="page ids (default: all)")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from corelog.services.demo import generate_history
    from corelog.store.store import Store
    from corelog.ui.application import make_qapplication
    from corelog.ui.bus import DataBus
    from corelog.ui.context import AppContext
    from corelog.ui.main_window import MainWindow
    from corelog.ui.settings import AppSettings
    from corelog.ui.theme import apply_theme

    app = make_qapplication()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="corelog-shots-") as tmp:
        store = Store.open(Path(tmp) / "corelog-demo.db")
        generate_history(store)  # the demo history, ending today
        settings = AppSettings(
            QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        )
        settings.set("appearance/theme", args.theme)
        apply_theme(app, args.theme)
        ctx = AppContext(store, settings, DataBus(), QUndoStack(), demo=True)
        window = MainWindow(ctx)
        window.resize(*WINDOW_SIZE)
        window.show()
        suffix = "" if args.theme == "light" else "-dark"
        for spec in window.specs:
            if args.pages and spec.page_id not in args.pages:
                continue
            window.show_page(spec.page_id)
            for _ in range(5):
                app.processEvents()
            target = args.out / f"{spec.page_id}{suffix}.png"
            window.grab().save(str(target))
            print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
        window.close()
        store.close()


if __name__ == "__main__":
    main()
