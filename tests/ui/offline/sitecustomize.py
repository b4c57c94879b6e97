"""Put on PYTHONPATH, this makes every socket creation in the process fail (the offline tests)."""

import socket


class _NoNetwork(socket.socket):
    def __init__(self, *args, **kwargs):
        raise OSError("socket creation is disabled: Karpear must work without any network")


def _refuse(*args, **kwargs):
    raise OSError("socket creation is disabled: Karpear must work without any network")


socket.socket = _NoNetwork
socket.create_connection = _refuse
socket.socketpair = _refuse
socket.fromfd = _refuse
