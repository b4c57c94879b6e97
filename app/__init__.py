"""Karpear: digital-security checklists against phone and SMS wiretapping."""

from functools import cache


@cache
def version() -> str:
    """The version in pyproject.toml, as installed (or copied into the bundle).

    Looked up on demand: importlib.metadata costs ~20 ms, too much for start-up.
    """
    from importlib import metadata

    try:
        return metadata.version("karpear")
    except metadata.PackageNotFoundError:
        return "unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(name)
