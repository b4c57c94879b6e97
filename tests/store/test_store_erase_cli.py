"""`karpear erase`: lists what it will remove, asks unless --yes, removes files and key, says what it removed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from app.cli import main
from app.erase_command import run_erase
from app.store import PROGRESS_FILE, EncryptedStorage, ProgressStore, Vault
from app.store.keychain import Keychain

ROOT = Path(__file__).resolve().parents[2]


def _some_data(folder: Path) -> None:
    store, _ = ProgressStore.open(backend=EncryptedStorage(folder / PROGRESS_FILE, Vault.open(folder)))
    store.set_done("wiretap", "install-signal", True, 1)
    (folder / "progress.json.corrupt-20260101T000000Z").write_bytes(b"\x00KPR moved aside")


def test_erase_with_yes_removes_every_file_and_the_key(_isolated_data_dir, memory_keychain: Keychain, capsys) -> None:
    _some_data(_isolated_data_dir)
    assert main(["erase", "--yes"]) == 0
    out = capsys.readouterr().out
    assert not _isolated_data_dir.exists() and memory_keychain.backend.entries == {}
    assert f"removed {_isolated_data_dir / PROGRESS_FILE}" in out
    assert "progress.json.corrupt-20260101T000000Z" in out and "from the system keyring" in out


def test_erase_asks_first_and_a_no_keeps_everything(_isolated_data_dir, memory_keychain: Keychain) -> None:
    _some_data(_isolated_data_dir)
    before = {p.name: p.read_bytes() for p in _isolated_data_dir.iterdir()}
    questions: list[str] = []
    out = io.StringIO()
    assert run_erase(out, yes=False, ask=lambda q: questions.append(q) or "n") == 0
    assert questions and "cannot be undone" in questions[0]
    assert {p.name: p.read_bytes() for p in _isolated_data_dir.iterdir()} == before
    assert len(memory_keychain.backend.entries) == 1 and "Nothing was erased." in out.getvalue()


def test_erase_with_nothing_there_says_so(_isolated_data_dir) -> None:
    out = io.StringIO()
    assert run_erase(out, yes=True) == 0 and "Nothing to erase" in out.getvalue()


def test_karpear_erase_reads_the_answer_from_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.json").write_text('{"schema": 1}', encoding="utf-8")
    env = {**os.environ, "KARPEAR_DATA_DIR": str(folder)}
    for answer, kept in (("\n", True), ("y\n", False)):  # Enter alone is "no"
        result = subprocess.run(
            [sys.executable, "-m", "app", "erase"], input=answer, env=env, cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        assert folder.exists() is kept, result.stdout
