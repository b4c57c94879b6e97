"""Encryption at rest: the real AES-GCM files, the real scrypt, a keyring in memory (see tests/conftest.py).

The real Secret Service keyring is exercised in test_store_secret_service.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring.backends import fail, null

from app.store import (
    PROGRESS_FILE,
    SETTINGS_FILE,
    EncryptedStorage,
    LoadStatus,
    PlainFileStorage,
    ProgressStore,
    ProtectionUnavailable,
    SaveError,
    SaveProblem,
    Settings,
    Vault,
    erase_data,
    sealed,
)
from app.store.keychain import Keychain, backend_is_system
from app.store.sealed import ScryptParams

GUIDE, STEP = "wiretap-guide", "install-signal-step"
# Cheap parameters so each derivation takes milliseconds; the default ones are checked once below.
FAST = ScryptParams(n=2**10, r=8, p=1)
NO_KEYRING = Keychain(fail.Keyring())


def open_progress(folder: Path, vault: Vault) -> tuple[ProgressStore, object]:
    return ProgressStore.open(backend=EncryptedStorage(folder / PROGRESS_FILE, vault))


def passphrase_vault(folder: Path, passphrase: str | None = "correct horse battery") -> Vault:
    vault = Vault.open(folder, NO_KEYRING, scrypt=FAST)
    vault.ask_new_passphrase = lambda: passphrase
    return vault


def data_files(folder: Path) -> list[str]:
    """The files that hold data (the stores' empty lock files aside)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


# -- the keyring ------------------------------------------------------------------------------


def test_keyring_round_trip_keeps_nothing_in_clear(folder: Path, memory_keychain: Keychain) -> None:
    store, report = open_progress(folder, Vault.open(folder))
    assert report.ok
    store.set_done(GUIDE, STEP, True, revision=3)
    settings, _ = Settings.open(backend=EncryptedStorage(folder / SETTINGS_FILE, store._backend.vault))
    settings.last_guide_id = GUIDE
    settings.save()

    raw = every_byte(folder)
    assert GUIDE.encode() not in raw and STEP.encode() not in raw and b"revision" not in raw
    assert (folder / PROGRESS_FILE).read_bytes().startswith(sealed.MAGIC)
    assert len(memory_keychain.backend.entries) == 1  # one key for the whole folder

    reopened, report = open_progress(folder, Vault.open(folder))
    assert report.ok and reopened.is_done(GUIDE, STEP)
    assert Settings.open(backend=EncryptedStorage(folder / SETTINGS_FILE, Vault.open(folder)))[0].last_guide_id == GUIDE


def test_nothing_is_written_to_the_keyring_before_there_is_something_to_save(
    folder: Path, memory_keychain: Keychain
) -> None:
    store, _ = open_progress(folder, Vault.open(folder))
    assert store.done_steps(GUIDE) == set()
    assert memory_keychain.backend.entries == {} and not folder.exists()


@pytest.mark.parametrize(
    ("module", "system"),
    [
        ("keyring.backends.SecretService", True),
        ("keyring.backends.Windows", True),
        ("keyring.backends.macOS", True),
        ("keyring.backends.fail", False),
        ("keyring.backends.null", False),
        ("keyrings.alt.file", False),  # a plaintext file
        ("keyrings.cryptfile.cryptfile", False),  # asks for its own password on the terminal
    ],
)
def test_only_operating_system_keyrings_count_as_system(module: str, system: bool) -> None:
    backend = type("Keyring", (), {"__module__": module})()
    assert backend_is_system(backend) is system
    assert (Keychain(backend).warning is None) is system


def test_a_chainer_is_a_system_keyring_only_if_all_it_chains_are() -> None:
    secret_service = type("Keyring", (), {"__module__": "keyring.backends.SecretService"})()
    plaintext = type("Keyring", (), {"__module__": "keyrings.alt.file"})()
    chainer = type("ChainerBackend", (), {"__module__": "keyring.backends.chainer"})
    assert backend_is_system(chainer_with(chainer, [secret_service]))
    assert not backend_is_system(chainer_with(chainer, [secret_service, plaintext]))
    assert not backend_is_system(chainer_with(chainer, []))
    assert not backend_is_system(fail.Keyring()) and not backend_is_system(null.Keyring())


def chainer_with(cls: type, backends: list[object]) -> object:
    chainer = cls()
    chainer.backends = backends
    return chainer


def test_a_plaintext_keyring_is_never_given_the_key(folder: Path) -> None:
    plaintext = type("PlaintextKeyring", (), {"__module__": "keyrings.alt.file"})()
    vault = Vault.open(folder, Keychain(plaintext), scrypt=FAST)
    vault.ask_new_passphrase = lambda: None  # the person closes the prompt
    store, _ = open_progress(folder, vault)
    with pytest.raises(SaveError) as refused:
        store.set_done(GUIDE, STEP, True, revision=1)
    assert refused.value.problem is SaveProblem.NOT_PROTECTED
    assert not (folder / PROGRESS_FILE).exists()  # never a silent plaintext fallback
    assert not store.is_done(GUIDE, STEP)  # memory follows the disk: the UI shows it was not saved


# -- the passphrase ---------------------------------------------------------------------------


def test_passphrase_round_trip_and_parameters_stored_with_the_file(folder: Path) -> None:
    store, _ = open_progress(folder, passphrase_vault(folder))
    store.set_done(GUIDE, STEP, True, revision=1)
    header = sealed.read_header((folder / PROGRESS_FILE).read_bytes())
    assert header.ref.source == "passphrase" and header.ref.scrypt == FAST and len(header.ref.key_id) == 32

    vault = Vault.open(folder, NO_KEYRING)
    assert vault.needs_passphrase
    assert vault.unlock("correct horse battery")
    reopened, report = open_progress(folder, vault)
    assert report.ok and reopened.is_done(GUIDE, STEP)


def test_wrong_passphrase_is_refused_and_loses_nothing(folder: Path) -> None:
    store, _ = open_progress(folder, passphrase_vault(folder))
    store.set_done(GUIDE, STEP, True, revision=1)
    before = every_byte(folder)

    vault = Vault.open(folder, NO_KEYRING)
    assert not vault.unlock("wrong horse battery")
    assert vault.needs_passphrase
    # Opened while still locked: nothing moved aside, nothing written over, nothing saved.
    locked, report = open_progress(folder, vault)
    assert report.status is LoadStatus.LOCKED and not report.can_save and report.quarantined_to is None
    locked.set_done(GUIDE, "other-step", True, revision=1)
    assert every_byte(folder) == before and data_files(folder) == [PROGRESS_FILE]
    with pytest.raises(ProtectionUnavailable):
        vault.key_for_writing()  # a new key would make the locked file look like someone else's

    assert vault.unlock("correct horse battery")
    assert open_progress(folder, vault)[0].is_done(GUIDE, STEP)


def test_the_default_passphrase_parameters_are_costly(folder: Path) -> None:
    assert ScryptParams().n >= 2**17 and ScryptParams().r >= 8
    vault = Vault.open(folder, NO_KEYRING)
    assert vault.set_passphrase("long enough").ref.scrypt == ScryptParams()
    with pytest.raises(ValueError):
        vault.set_passphrase("short")


# -- bad files --------------------------------------------------------------------------------


def _written(folder: Path) -> bytes:
    store, _ = open_progress(folder, Vault.open(folder))
    store.set_done(GUIDE, STEP, True, revision=1)
    return (folder / PROGRESS_FILE).read_bytes()


def _damage_cases(blob: bytes) -> dict[str, bytes]:
    def flip(at: int) -> bytes:
        return blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1 :]

    header_end = 7 + int.from_bytes(blob[5:7], "big")
    return {
        "truncated in the header": blob[:20],
        "truncated in the ciphertext": blob[: len(blob) - 5],
        "one byte": blob[:1],
        "bit flipped in the ciphertext": flip(len(blob) - 30),
        "bit flipped in the tag": flip(len(blob) - 1),
        "bit flipped in the nonce": flip(header_end + 2),
        "bit flipped in the header": flip(8),
    }


@pytest.mark.parametrize(
    "case",
    list(_damage_cases(bytes(200))),
)
def test_damaged_file_is_moved_aside_still_sealed_and_the_store_starts_empty(folder: Path, case: str) -> None:
    bad = _damage_cases(_written(folder))[case]
    (folder / PROGRESS_FILE).write_bytes(bad)
    store, report = open_progress(folder, Vault.open(folder))
    assert report.status is LoadStatus.CORRUPT, report.reason
    assert report.quarantined_to is not None and report.quarantined_to.read_bytes() == bad  # nothing lost
    assert not (folder / PROGRESS_FILE).exists() and store.done_steps(GUIDE) == set()
    store.set_done(GUIDE, "new", True, revision=1)  # and it carries on
    assert open_progress(folder, Vault.open(folder))[0].is_done(GUIDE, "new")


def test_newer_format_is_kept_for_the_newer_version(folder: Path) -> None:
    blob = _written(folder)
    newer = blob[:4] + bytes([sealed.FORMAT_VERSION + 1]) + blob[5:]
    (folder / PROGRESS_FILE).write_bytes(newer)
    _store, report = open_progress(folder, Vault.open(folder))
    assert report.status is LoadStatus.NEWER_SCHEMA and report.quarantined_to.read_bytes() == newer


def test_key_wiped_from_the_keyring_is_explained_and_the_file_kept(folder: Path, memory_keychain: Keychain) -> None:
    blob = _written(folder)
    memory_keychain.backend.entries.clear()
    store, report = open_progress(folder, Vault.open(folder))
    assert report.status is LoadStatus.KEY_MISSING
    assert report.quarantined_to.read_bytes() == blob
    store.set_done(GUIDE, "after", True, revision=1)  # a new key from now on
    assert len(memory_keychain.backend.entries) == 1


def test_another_key_under_the_same_name_is_a_wrong_key(folder: Path, memory_keychain: Keychain) -> None:
    _written(folder)
    (name,) = memory_keychain.backend.entries
    memory_keychain.backend.entries[name] = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="
    _store, report = open_progress(folder, Vault.open(folder))
    assert report.status is LoadStatus.WRONG_KEY and report.quarantined_to is not None


def test_keyring_unavailable_keeps_the_files_untouched_and_saves_nothing(folder: Path) -> None:
    before = _written(folder)
    vault = Vault.open(folder, NO_KEYRING)
    store, report = open_progress(folder, vault)
    assert report.status is LoadStatus.LOCKED and not report.can_save
    store.set_done(GUIDE, "other", True, revision=1)
    assert data_files(folder) == [PROGRESS_FILE] and (folder / PROGRESS_FILE).read_bytes() == before


def test_garbage_that_is_neither_sealed_nor_json_is_moved_aside(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / PROGRESS_FILE).write_bytes(b"\x89PNG not ours")
    _store, report = open_progress(folder, Vault.open(folder))
    assert report.status is LoadStatus.CORRUPT and report.quarantined_to.read_bytes() == b"\x89PNG not ours"


# -- migration from plain JSON -----------------------------------------------------------------


def test_plain_json_of_an_earlier_version_is_migrated_once_and_the_plaintext_removed(folder: Path) -> None:
    old, _ = ProgressStore.open(backend=PlainFileStorage(folder / PROGRESS_FILE))
    old.set_done(GUIDE, STEP, True, revision=2)
    assert STEP.encode() in every_byte(folder)

    store, report = open_progress(folder, Vault.open(folder))
    assert report.ok and store.is_done(GUIDE, STEP)
    assert (folder / PROGRESS_FILE).read_bytes().startswith(sealed.MAGIC)
    assert STEP.encode() not in every_byte(folder) and data_files(folder) == [PROGRESS_FILE]
    migrated = (folder / PROGRESS_FILE).read_bytes()
    open_progress(folder, Vault.open(folder))
    assert (folder / PROGRESS_FILE).read_bytes() == migrated  # once: a second start rewrites nothing


def test_damaged_plain_json_is_moved_aside_encrypted(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / PROGRESS_FILE).write_text('{"schema": 1, "guides": {"' + GUIDE + '": ', encoding="utf-8")
    _store, report = open_progress(folder, Vault.open(folder))
    assert report.status is LoadStatus.CORRUPT
    assert report.quarantined_to.read_bytes().startswith(sealed.MAGIC) and GUIDE.encode() not in every_byte(folder)


def test_plain_json_waits_for_a_key_when_no_passphrase_is_chosen(folder: Path) -> None:
    folder.mkdir(parents=True)
    plain = json.dumps({"schema": 1, "guides": {}}).encode()
    (folder / PROGRESS_FILE).write_bytes(plain)
    _store, report = open_progress(folder, passphrase_vault(folder, passphrase=None))
    assert report.ok and (folder / PROGRESS_FILE).read_bytes() == plain  # not lost, not half-migrated


# -- erase ------------------------------------------------------------------------------------


def test_erase_removes_every_file_and_the_key_and_says_what(folder: Path, memory_keychain: Keychain) -> None:
    blob = _written(folder)
    (folder / PROGRESS_FILE).write_bytes(blob[:-3])  # a damaged file moved aside by the next start
    vault = Vault.open(folder)
    open_progress(folder, vault)[0].set_done(GUIDE, "again", True, revision=1)
    (folder / ".progress.json.abc.tmp").write_bytes(b"left by a crash")
    files = sorted(p for p in folder.iterdir())
    assert len(data_files(folder)) == 3  # the file, the damaged one moved aside, the leftover

    report = erase_data(folder, vault)
    assert report.ok and sorted(report.removed_files) == files
    assert len(report.removed_keys) == 1 and memory_keychain.backend.entries == {}
    assert not folder.exists()


def test_erase_in_passphrase_mode_removes_the_files_and_forgets_the_passphrase(folder: Path) -> None:
    vault = passphrase_vault(folder)
    open_progress(folder, vault)[0].set_done(GUIDE, STEP, True, revision=1)
    report = erase_data(folder, vault)
    assert report.ok and [p.name for p in report.removed_files if not p.name.endswith(".lock")] == [PROGRESS_FILE]
    assert report.removed_keys == [] and not folder.exists()
    assert vault.source is None  # the next save asks for a passphrase again


def test_erase_says_when_the_key_could_not_be_removed(folder: Path, memory_keychain: Keychain) -> None:
    _written(folder)
    vault = Vault.open(folder, NO_KEYRING)  # the keyring is not available this time
    report = erase_data(folder, vault)
    assert not report.ok and "could not be removed from the keyring" in report.errors[0]
    assert not folder.exists() and len(memory_keychain.backend.entries) == 1


def test_a_planted_file_cannot_make_the_passphrase_cost_terabytes(folder: Path) -> None:
    store, _ = open_progress(folder, passphrase_vault(folder))
    store.set_done(GUIDE, STEP, True, revision=1)
    blob = (folder / PROGRESS_FILE).read_bytes()
    planted = blob.replace(b'"n": 1024', b'"n": 1073741824')
    assert planted != blob
    (folder / PROGRESS_FILE).write_bytes(planted)
    vault = Vault.open(folder, NO_KEYRING)
    assert not vault.needs_passphrase  # not offered for unlocking at all
    _store, report = open_progress(folder, vault)
    assert report.status is LoadStatus.CORRUPT and report.quarantined_to.read_bytes() == planted


def test_erase_removes_a_link_in_the_data_folder_not_what_it_points_to(folder: Path, tmp_path: Path) -> None:
    _written(folder)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("not Karpear's")
    (folder / "link").symlink_to(outside, target_is_directory=True)
    report = erase_data(folder, Vault.open(folder))
    assert report.ok and not folder.exists() and (outside / "precious.txt").read_text() == "not Karpear's"


def test_a_copy_moved_aside_for_another_passphrase_does_not_decide_what_is_asked(folder: Path) -> None:
    elsewhere = folder.parent / "other-computer"
    open_progress(elsewhere, passphrase_vault(elsewhere, "another computer's one"))[0].set_done(GUIDE, STEP, True, 1)
    (folder).mkdir(parents=True)
    (folder / PROGRESS_FILE).write_bytes((elsewhere / PROGRESS_FILE).read_bytes())
    _store, report = open_progress(folder, passphrase_vault(folder))  # this folder has no key yet
    assert report.status is LoadStatus.LOCKED  # a file for a passphrase not given: kept where it is
    Path(folder / PROGRESS_FILE).rename(folder / "progress.json.corrupt-20260101T000000Z")  # moved aside
    settings_vault = passphrase_vault(folder)
    Settings.open(backend=EncryptedStorage(folder / SETTINGS_FILE, settings_vault))[0].save()

    vault = Vault.open(folder, NO_KEYRING)
    assert vault.needs_passphrase and vault.unlock("correct horse battery")  # this folder's, not the copy's
