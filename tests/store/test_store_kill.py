"""Crash safety, proven: a child writes progress through the real encrypted store in a loop and is
killed with SIGKILL at random moments; after every kill the file must decrypt and parse as the state
before the interrupted write or after it, never anything else.
"""

from __future__ import annotations

import os
import random
import signal
import struct
import sys
from pathlib import Path

import pytest

from app.store import PROGRESS_FILE, EncryptedStorage, ProgressStore, Vault
from app.store.atomic import TEMP_SUFFIX
from app.store.sealed import SOURCE_MEMORY, DataKey, KeyRef, new_secret

KILLS = 200
STEPS = 7  # write k ticks step s{(k-1) % 7} on odd rounds and unticks it on even ones
GUIDE = "kill-guide"
_ACK = struct.Struct(">I")


def expected_state(writes: int) -> set[str]:
    """The done steps after `writes` writes (each write toggles one step, in order)."""
    rounds, rest = divmod(writes, STEPS)
    ticked = {f"s{i}" for i in range(STEPS)} if rounds % 2 else set()
    changed = {f"s{i}" for i in range(rest)}
    return ticked ^ changed


def _store(folder: Path, key: DataKey) -> ProgressStore:
    store, report = ProgressStore.open(backend=EncryptedStorage(folder / PROGRESS_FILE, Vault.with_key(folder, key)))
    assert report.ok, report.reason
    return store


def _write_forever(folder: Path, key: DataKey, done: int, ack_fd: int) -> None:
    """The child: write after write, telling the parent each one that completed."""
    store = _store(folder, key)
    while True:
        step = f"s{done % STEPS}"
        store.set_done(GUIDE, step, not store.is_done(GUIDE, step), revision=1)
        done += 1
        os.write(ack_fd, _ACK.pack(done))


def _acks(fd: int, buffer: bytearray, wanted: int) -> int | None:
    """Read until `wanted` more acks arrived (or the pipe closed); the last write number seen."""
    last = None
    while wanted > 0:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        buffer += chunk
        while len(buffer) >= _ACK.size:
            (last,) = _ACK.unpack_from(buffer)
            del buffer[: _ACK.size]
            wanted -= 1
    return last


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_sigkill_at_random_moments_leaves_the_previous_or_the_new_state(folder: Path) -> None:
    key = DataKey(KeyRef(SOURCE_MEMORY, "kill-test"), new_secret())
    rng = random.Random()
    seed = rng.randrange(2**32)
    rng.seed(seed)
    done = 0
    outcomes = {"previous": 0, "new": 0}
    mid_write = 0  # kills that left a temp file: the child was inside a write
    for kill in range(KILLS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns into pytest
            try:
                os.close(read_fd)
                _write_forever(folder, key, done, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        buffer = bytearray()
        # A random number of completed writes (0: while it is still opening the store), then a
        # random handful of yields, so the kill lands anywhere in a write.
        seen = _acks(read_fd, buffer, rng.randint(0, 4))
        for _ in range(rng.randint(0, 200)):
            os.sched_yield()
        os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"kill {kill}: child ended early"
        last = _acks(read_fd, buffer, sys.maxsize) or seen
        os.close(read_fd)
        previous = done if last is None else last

        # A kill before the child's first write can land before it created the folder.
        leftovers = [p for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX)] if folder.is_dir() else []
        mid_write += bool(leftovers)  # counted before opening: the store removes leftovers when it opens
        found = _store(folder, key).done_steps(GUIDE)  # decrypts and parses, or the test fails here
        if found == expected_state(previous):
            outcomes["previous"] += 1
            done = previous
        else:
            assert found == expected_state(previous + 1), (
                f"kill {kill} (seed {seed}): neither state {previous} nor {previous + 1}"
            )
            outcomes["new"] += 1
            done = previous + 1

    print(
        f"\n{KILLS} SIGKILLs, seed {seed}: {done} writes in all; state after each kill: {outcomes}; "
        f"{mid_write} kills landed inside a write (temp file left)"
    )
    assert sum(outcomes.values()) == KILLS and done > 0
