"""Starting the GUI: Qt application, single-instance guard, store, window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from corelog import APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from corelog.console import (
    EXIT_OK,
    EXIT_RUNTIME_ERROR,
    error_line,
    probe_requested,
    report_probe,
    smoke_test_requested,
    unattended,
)
from corelog.domain.i18n import App, Exchange
from corelog.services import database
from corelog.services.database import Database, restore_hint
from corelog.ui.bus import DataBus
from corelog.ui.context import AppContext
from corelog.ui.i18n import install_language
from corelog.ui.settings import AppSettings
from corelog.ui.single_instance import SingleInstance
from corelog.ui.theme import apply_theme
from corelog.ui.widgets import named


def make_qapplication() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    # Ties the window to packaging/app.corelog.CoreLog.desktop (the dock's name and icon).
    app.setDesktopFileName(APP_ID)
    return app


def user_settings() -> AppSettings:
    qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
    return AppSettings(qs)


def demo_settings(folder: Path) -> AppSettings:
    """Preferences for a demo session: a copy of the user's, in a file inside ``folder``.

    The demo starts with the user's units, theme and window size, and whatever is changed
    while exploring goes into the copy, which is deleted with the demo's database.
    """
    mine = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
    demo = QSettings(str(folder / "demo-settings.ini"), QSettings.Format.IniFormat)
    for key in mine.allKeys():
        demo.setValue(key, mine.value(key))
    demo.sync()
    return AppSettings(demo)


def offer_restore(db_path: Path, message: str) -> bool:
    """Tell the user their database is damaged; restore the newest backup if they agree."""
    backups = database.list_backups(db_path)
    # The dialog itself offers the restore, so the command-line hint is left out.
    hint = restore_hint()
    text = message.removesuffix(hint) + "." if message.endswith(hint) else message
    title = Exchange.tr("{app} cannot open your data").format(app=APP_NAME)
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    named(box, "corruptDatabaseDialog", title)
    restore = None
    if backups:
        box.setInformativeText(
            Exchange.tr(
                "The newest backup is {file}. Restoring it keeps the damaged file "
                "in the backups folder, untouched."
            ).format(file=backups[0].name)
        )
        restore = box.addButton(
            Exchange.tr("Restore newest backup"), QMessageBox.ButtonRole.AcceptRole
        )
        named(restore, "restoreNewestBackupButton", Exchange.tr("Restore newest backup"))
    else:
        box.setInformativeText(Exchange.tr("There is no backup of this database yet."))
    close = box.addButton(QMessageBox.StandardButton.Close)
    named(close, "closeDamagedDatabaseButton", App.tr("Close CoreLog"))
    box.exec()
    if restore is not None and box.clickedButton() is restore:
        database.restore_file(backups[0], db_path)
        return True
    return False


def show_lock_problem(message: str) -> None:
    """Tell the user why CoreLog cannot lock the database (not another CoreLog)."""
    title = App.tr("{app} cannot start").format(app=APP_NAME)
    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
    named(box, "lockProblemDialog", title)
    close = box.addButton(QMessageBox.StandardButton.Close)
    named(close, "lockProblemCloseButton", App.tr("Close CoreLog"))
    box.exec()


def run_gui(db_path: Path, args: argparse.Namespace, *, explicit_db: bool) -> int:
    app = make_qapplication()
    install_language(user_settings().language)
    guard = SingleInstance(db_path)
    if not guard.acquire():
        problem = guard.problem()
        if problem is not None:
            message = App.tr("{app} cannot open {path}: {problem}.").format(
                app=APP_NAME, path=db_path, problem=problem
            )
            error_line(message)
            if not explicit_db and args.restore is None and not unattended():
                show_lock_problem(message)
            return EXIT_RUNTIME_ERROR
        if args.restore is not None:
            error_line(
                App.tr("{app} is open on {path}; close it before restoring a backup.").format(
                    app=APP_NAME, path=db_path
                )
            )
            return EXIT_RUNTIME_ERROR
        if guard.ask_running_instance_to_raise():
            print(
                App.tr(
                    "{app} is already open on {path}; its window was brought to the front."
                ).format(app=APP_NAME, path=db_path)
            )
            return EXIT_OK
        pid = guard.owner_pid()
        error_line(
            App.tr("{app} is already open on {path} (process {pid}); close it first.").format(
                app=APP_NAME, path=db_path, pid=pid
            )
            if pid
            else App.tr("{app} is already open on {path}; close it first.").format(
                app=APP_NAME, path=db_path
            )
        )
        return EXIT_RUNTIME_ERROR

    try:
        opened = _open_store(db_path, args, explicit_db=explicit_db)
        if isinstance(opened, int):
            return opened
        try:
            return _run_window(app, opened, guard, demo=getattr(args, "demo", False))
        finally:
            opened.close()
    finally:
        guard.release()


def _open_store(db_path: Path, args: argparse.Namespace, *, explicit_db: bool) -> Database | int:
    """The opened database, or the exit status when CoreLog must stop here."""
    try:
        if args.restore is not None:
            kept = database.restore_file(args.restore, db_path)
            database.open_database(db_path).close()
            print(
                Exchange.tr(
                    "Restored {backup} into {path}; the replaced file was kept as {kept}."
                ).format(backup=args.restore, path=db_path, kept=kept)
                if kept
                else Exchange.tr("Restored {backup} into {path}.").format(
                    backup=args.restore, path=db_path
                )
            )
            return EXIT_OK
        try:
            return database.open_database(db_path)
        except database.CorruptDatabaseError as exc:
            error_line(str(exc))
            if explicit_db or unattended() or not offer_restore(db_path, str(exc)):
                return EXIT_RUNTIME_ERROR
            return database.open_database(db_path)
    except database.StoreError as exc:
        error_line(str(exc))
        return EXIT_RUNTIME_ERROR


def check_knowledge() -> str | None:
    """Load the knowledge base; the reason CoreLog cannot start if it is broken."""
    from corelog.services.knowledge import knowledge_problem

    return knowledge_problem()


def _run_window(app: QApplication, store: Database, guard: SingleInstance, *, demo: bool) -> int:
    from corelog.ui.errors import install_error_reporter
    from corelog.ui.main_window import MainWindow

    problem = check_knowledge()
    if problem is not None:
        error_line(problem)
        if not unattended():
            QMessageBox.critical(None, App.tr("{app} cannot start").format(app=APP_NAME), problem)
        return EXIT_RUNTIME_ERROR

    settings = demo_settings(store.path.parent) if demo else user_settings()
    apply_theme(app, settings.theme)
    settings.sig_changed.connect(
        lambda key: apply_theme(app, settings.theme) if key == "appearance/theme" else None
    )
    ctx = AppContext(
        store=store, settings=settings, bus=DataBus(), undo_stack=QUndoStack(), demo=demo
    )
    window = MainWindow(ctx)
    window.error_reporter = install_error_reporter(lambda: window)
    guard.sig_raise_requested.connect(window.bring_to_front)
    guard.listen()
    window.show()

    if probe_requested():

        def probe() -> None:
            app.processEvents()
            report_probe()
            app.quit()

        QTimer.singleShot(0, probe)
    elif smoke_test_requested():
        from corelog.ui import smoke

        QTimer.singleShot(
            0, lambda: app.exit(smoke.run(app, window, lambda: after_start(window, ctx)))
        )
    else:
        QTimer.singleShot(0, lambda: after_start(window, ctx))
    return app.exec()


def after_start(window, ctx: AppContext) -> None:
    """Work that waits until the window is on screen."""
    database.warm_up(ctx.store)
    window.build_remaining_pages()
    if not ctx.demo:
        window.run_in_background(
            Exchange.tr("Taking today's backup…"),
            lambda: database.daily_backup(ctx.store.path),
            lambda copy: window.show_status(
                Exchange.tr("Today's backup is saved.") if copy else App.tr("Ready."), 4000
            ),
        )
