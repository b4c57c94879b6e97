"""One window at a time: a second start brings the first window forward, then exits.

Two windows would each show their own ticks and confuse a person (the store merges
their writes, but neither window would show the other's). The first process holds a
`QLockFile` in the data folder and listens on a local socket; a later process that
cannot take the lock connects to that socket (which asks the first window to come
forward) and exits. Both are keyed by the data folder, so two people on one computer,
or a test with its own folder, never meet.

A lock left by a killed process is stale: `QLockFile` sees its process is gone and
takes it over, and the socket it left is removed before listening again.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from app.store.atomic import make_dirs

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

# QtNetwork is imported only where a socket is made (~5-13 ms): the first window listens after
# its first paint, and only a second start connects.

LOCK_NAME = ".karpear-window.lock"
SOCKET_NAME = ".karpear-window.sock"
# A Unix socket's path must fit in sockaddr_un (104 bytes on macOS, 108 on Linux).
MAX_SOCKET_PATH = 100
# The first process takes the lock before its window is built and listens once it has painted:
# a second one started in between retries for this long before giving up.
CONNECT_SECONDS = 5.0


def server_name(folder: Path) -> str:
    """The local socket's name for this data folder.

    POSIX: a socket file in a private folder (XDG_RUNTIME_DIR, else the data folder itself, both
    mode 0700), not in /tmp where another user could take the name first; only a path too long
    for a socket falls back to a name in the temp folder. Windows: a named pipe (per-user access
    is set on the server).
    """
    folder = Path(folder).absolute()
    name = f"karpear-{hashlib.sha256(os.fsencode(folder)).hexdigest()[:20]}"
    if os.name == "nt":
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    path = Path(runtime) / f"{name}.sock" if runtime and os.path.isdir(runtime) else folder / SOCKET_NAME
    return str(path) if len(os.fsencode(path)) <= MAX_SOCKET_PATH else name


class SingleInstance(QObject):
    """`claim()` once at start: True in the first process (then `activation_requested` fires when
    another start asks for the window), False when a window is already open."""

    activation_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.name = server_name(self.folder)
        self._lock = QLockFile(str(self.folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # never stale by age, only when its process is gone
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the lock; False only if another live process holds it.

        A data folder where no lock can be made (read-only, or not a folder) does not keep the
        person from their checklist: the window opens, and saving says what is wrong.
        """
        try:
            make_dirs(self.folder)
        except OSError:
            return True
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def listen(self) -> bool:
        """Start answering later starts (call after `claim()` returned True, with a Qt application)."""
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(self.name):
            # A socket left by a killed first process: we hold the lock, so it is not in use.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        self._server = server
        return True

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnectFromServer()
            connection.deleteLater()
            self.activation_requested.emit()

    def ask_first_to_show(self, timeout: float = CONNECT_SECONDS) -> bool:
        """From a later start: ask the first window to come forward; False if it never answered."""
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415

        deadline = time.monotonic() + timeout
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.disconnectFromServer()
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)  # the first process holds the lock but is not listening yet

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
