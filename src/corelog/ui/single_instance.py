"""One CoreLog per database: a lock file beside it, and a local socket to say "come forward".

The first CoreLog on a database holds ``<database>.lock`` beside the file itself, wherever
a link given with ``--db`` leads (a QLockFile; a lock left by a
crashed CoreLog is recognised by its dead process and taken over) and listens on a
QLocalServer named after the database. A second CoreLog started on the same database
cannot take the lock: it asks the first one to bring its window to the front and exits
without ever opening the file. When the lock cannot be taken for another reason (the lock
file cannot be created, or it names no process), the user is told that reason instead.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from corelog.domain.i18n import App

RAISE_REQUEST = b"raise\n"
RAISE_REPLY = b"raised\n"


def server_name(db_path: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    key = f"{user}:{Path(db_path).resolve()}".encode()
    return "corelog-" + hashlib.sha256(key).hexdigest()[:20]


def lock_path(db_path: Path) -> Path:
    """The lock file: beside the database file itself, wherever links to it lead, so that
    two links to one file share one lock (as SQLite shares one ``-wal`` beside the file)."""
    return Path(os.path.realpath(db_path) + ".lock")


def _creation_failure(path: Path) -> str:
    """The system's reason a file cannot be created at ``path`` (Qt does not give it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError as exc:
        return exc.strerror or str(exc)
    # Creating it works now, so writing it failed: most likely a full disk.
    os.close(fd)
    path.unlink(missing_ok=True)
    return App.tr("the file could not be written (is the disk full?)")


class SingleInstance(QObject):
    sig_raise_requested = Signal()
    """Another CoreLog was started on this database and asked this one to come forward."""

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._lock = QLockFile(str(lock_path(self.db_path)))
        # Held for as long as CoreLog runs: never considered stale by age, only when the
        # process that wrote it is gone.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._clients: set[QLocalSocket] = set()
        self.name = server_name(self.db_path)

    def acquire(self) -> bool:
        """Take the database lock; False if it is held or cannot be taken (see problem())."""
        return self._lock.tryLock(200)

    def problem(self) -> str | None:
        """Why acquire() failed, when the reason is not another CoreLog holding the lock.

        None means the lock file is held by a process that is still running. Otherwise
        one sentence for the user: the lock file could not be created (and the system's
        reason), or it is held by nobody this CoreLog can name.
        """
        path = lock_path(self.db_path)
        error = self._lock.error()
        if error in (QLockFile.LockError.PermissionError, QLockFile.LockError.UnknownError):
            return App.tr("it cannot create its lock file {path}: {reason}").format(
                path=path, reason=_creation_failure(path)
            )
        if error == QLockFile.LockError.LockFailedError and self.owner_pid() is None:
            return App.tr(
                "its lock file {path} is in the way, but names no running CoreLog; if "
                "CoreLog is not running, delete that file and start it again"
            ).format(path=path)
        return None

    def owner_pid(self) -> int | None:
        info = self._lock.getLockInfo()
        pid = info[0] if isinstance(info, tuple) and info else 0
        return int(pid) if pid else None

    def ask_running_instance_to_raise(self, timeout_ms: int = 2000) -> bool:
        """Ask the CoreLog holding the lock to show its window; True if it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE_REQUEST)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll()) == RAISE_REPLY
        socket.disconnectFromServer()
        return answered

    def listen(self) -> bool:
        """Start answering "raise" requests (call after acquire())."""
        # We hold the lock, so a leftover socket file can only be from a crashed run.
        QLocalServer.removeServer(self.name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        return self._server.listen(self.name)

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._clients.add(socket)
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _on_request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll()).startswith(RAISE_REQUEST.strip()):
            self.sig_raise_requested.emit()
            socket.write(RAISE_REPLY)
            socket.flush()

    def _forget(self, socket: QLocalSocket) -> None:
        if socket in self._clients:
            self._clients.discard(socket)
            socket.deleteLater()

    def release(self) -> None:
        for socket in list(self._clients):
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()
            socket.deleteLater()
        self._clients.clear()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
