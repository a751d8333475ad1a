"""Help > Keyboard Shortcuts and Help > About."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from corelog import APP_NAME, __version__
from corelog.domain.i18n import App
from corelog.services import database
from corelog.ui.widgets import muted


def shortcuts_dialog(parent: QWidget, rows: list[tuple[str, str]]) -> QDialog:
    """Every action with its keys, in a table, and a word on the keys of forms and lists."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(App.tr("Keyboard shortcuts"))
    layout = QVBoxLayout(dialog)
    table = QTableWidget(len(rows), 2)
    table.setObjectName("shortcutsTable")
    table.setAccessibleName(App.tr("Keyboard shortcuts"))
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setHorizontalHeaderLabels([App.tr("Action"), App.tr("Shortcut")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for i, (text, keys) in enumerate(rows):
        table.setItem(i, 0, QTableWidgetItem(text))
        table.setItem(i, 1, QTableWidgetItem(keys))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    layout.addWidget(table)
    note: QLabel = muted(
        App.tr(
            "Also: in a form, Enter saves and Esc clears it or cancels an edit; in a list, "
            "Enter edits the chosen entry and Delete deletes it. Alt with the underlined "
            "letter of a menu, field or button goes there."
        )
    )
    note.setObjectName("shortcutsNote")
    layout.addWidget(note)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    width = table.horizontalHeader().length() + table.frameWidth() * 2 + 40
    dialog.resize(max(460, width), 560)
    return dialog


def show_about(parent: QWidget, db_path: Path) -> None:
    """CoreLog's version, where the data and its backups are, and what the advice is."""
    from PySide6 import __version__ as pyside_version

    QMessageBox.about(
        parent,
        App.tr("About {app}").format(app=APP_NAME),
        f"<h3>{APP_NAME} {__version__}</h3>"
        + App.tr(
            "<p>A training log for runners who train their core. Private and offline: "
            "your data stays on this computer.</p>"
            "<p><b>Data folder:</b> {folder}<br>"
            "<b>Database:</b> {database}<br>"
            "<b>Backups:</b> {backups}</p>"
            "<p>Qt for Python {version}</p>"
            "<p>CoreLog's advice is general information drawn from its source documents, "
            "not medical advice.</p>"
        ).format(
            folder=escape(str(db_path.parent)),
            database=escape(db_path.name),
            backups=escape(str(database.backups_folder(db_path))),
            version=pyside_version,
        ),
    )
