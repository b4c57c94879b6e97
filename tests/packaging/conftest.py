"""Registers the `bundle` marker of tests/packaging (tests of the built PyInstaller bundle)."""

import os


def pytest_configure(config):
    config.addinivalue_line("markers", "bundle: tests of the built bundle in dist/karpear (or $KARPEAR_BUNDLE)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # icon checks decode images with Qt
