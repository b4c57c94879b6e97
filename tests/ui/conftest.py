"""UI tests drive the real window offscreen, each with its own data folder and guides."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .helpers import stored_settings
from .sample_guides import write_guides


def pytest_configure(config: pytest.Config) -> None:
    # Headless by default; QT_QPA_PLATFORM=xcb (under a display) shows the windows while testing.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Never touch the real keyring from a test, even if the shell names a real backend.
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot pass window size hints on: not a bug of ours.
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/") or item.nodeid.startswith("ui/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(scope="session", autouse=True)
def compiled_translations(isolated_cache_dir: Path) -> None:
    from app.ui.i18n_build import compile_for_checkout

    compile_for_checkout()  # into the test cache folder, where a checkout's app loads them


@pytest.fixture(autouse=True)
def english_afterwards():
    """Translators (and their digits) are the application's: a test's language must not leak into the next."""
    yield
    from app.ui.i18n import Translations

    Translations.shared().switch("en")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("KARPEAR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def guides(tmp_path: Path) -> Path:
    return write_guides(tmp_path / "guides")


@pytest.fixture
def clean_guides(tmp_path: Path) -> Path:
    """The sample guides without the step that carries malicious links (no content errors)."""
    return write_guides(tmp_path / "clean-guides", evil=False)


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL handed to the system browser; nothing really opens."""
    from PySide6.QtGui import QDesktopServices

    calls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url.toString()) or True)
    return calls


@pytest.fixture
def make_window(qtbot, qapp, guides: Path, data_dir: Path):
    """Build the real main window on the sample guides, as a restart would."""
    from app.ui.main import MainWindow, create_application
    from app.ui.session import Session

    create_application()

    def make(
        *,
        language: str | None = "en",
        guide: str | None = "testguide",
        root: Path | None = None,
        local_guides: tuple[Path, ...] = (),
        pseudo: bool = False,
    ):
        if language is not None or guide is not None:
            settings = stored_settings(data_dir)
            settings.language = language or settings.language
            settings.last_guide_id = guide or settings.last_guide_id
            settings.save()
        window = MainWindow(Session.open(root or guides, data_dir, local_guides=local_guides, pseudo=pseudo))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Menu items and shortcuts arrive right after the first paint, as when a person starts it.
        qtbot.waitUntil(lambda: bool(window.language_menu.actions()))
        return window

    return make
