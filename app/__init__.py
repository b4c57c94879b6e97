"""Karpear: digital-security checklists against phone and SMS wiretapping."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("karpear")
except _metadata.PackageNotFoundError:  # running from a bare checkout or a frozen bundle
    __version__ = "0.1.0"
