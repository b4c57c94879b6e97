"""Smoke tests of the built bundle itself (dist/karpear), not of the source tree.

Skipped unless the bundle exists (`python packaging/build.py`) or KARPEAR_BUNDLE names one
(its folder or the executable in it; then a missing bundle is a failure, not a skip).
The binary runs with a fresh HOME, TMPDIR and XDG_RUNTIME_DIR, no KARPEAR_DATA_DIR, offscreen.

No __init__.py in this folder on purpose: a `packaging` test package would shadow the PyPI
`packaging` library inside pytest.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.content import load_library, snapshot

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "karpear.exe" if sys.platform == "win32" else "karpear"
# The last line `karpear --self-test` prints (app/ui/selftest.py).
SUMMARY = re.compile(r"^self-test ok\b", re.IGNORECASE)
IS_LINUX = sys.platform.startswith("linux")


def _bundle_exe() -> Path | None:
    named = os.environ.get("KARPEAR_BUNDLE")
    if named:
        path = Path(named)
        return path / EXE_NAME if path.is_dir() else path
    default = ROOT / "dist" / "karpear" / EXE_NAME
    return default if default.exists() else None


EXE = _bundle_exe()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # for the qapp the translation test loads .qm files in
pytestmark = [
    pytest.mark.bundle,  # deselect with -m "not bundle" (e.g. while a dist/ from an older build lies around)
    pytest.mark.skipif(EXE is None, reason="no bundle: run python packaging/build.py or set KARPEAR_BUNDLE"),
]


@pytest.fixture(scope="module")
def exe() -> Path:
    assert EXE is not None and EXE.is_file(), f"KARPEAR_BUNDLE={os.environ.get('KARPEAR_BUNDLE')}: no executable"
    return EXE


@pytest.fixture(scope="module")
def internal(exe: Path) -> Path:
    folder = exe.parent / "_internal"
    assert folder.is_dir(), f"{folder}: PyInstaller's contents folder is missing"
    return folder


@pytest.fixture(scope="module")
def bundled_modules(exe: Path) -> set[str]:
    readers = pytest.importorskip("PyInstaller.archive.readers")
    return set(readers.pkg_archive_contents(str(exe)))


def clean_env(tmp: Path) -> tuple[dict[str, str], dict[str, Path]]:
    """An environment with a fresh, empty HOME, TMPDIR and runtime dir, and no Karpear/Qt/XDG overrides."""
    places = {name: tmp / name for name in ("home", "tmp", "runtime")}
    for path in places.values():
        path.mkdir(mode=0o700)
    home = places["home"]
    drop = ("XDG_", "KARPEAR_", "QT_", "TMP", "TEMP", "APPDATA", "LOCALAPPDATA", "USERPROFILE", "HOME")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(drop)}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        TMPDIR=str(places["tmp"]),
        TMP=str(places["tmp"]),
        TEMP=str(places["tmp"]),
        XDG_RUNTIME_DIR=str(places["runtime"]),
        QT_QPA_PLATFORM="offscreen",
    )
    return env, places


def tree(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*")}


def user_data_dir(env: dict[str, str]) -> Path:
    """platformdirs' answer under this environment, asked the way app/store/paths.py asks it."""
    code = "import platformdirs; print(platformdirs.user_data_dir('karpear', appauthor=False))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def stray_tmp_entries() -> set[str]:
    """Names in the system temp folder that a frozen Karpear could leave (one-file unpacking, Qt runtime dirs)."""
    system_tmp = Path("/tmp") if os.name != "nt" else None
    if system_tmp is None or not system_tmp.is_dir():
        return set()
    pattern = re.compile(r"karpear|^_MEI|^runtime-|^qipc_|^pyi", re.IGNORECASE)
    return {p.name for p in system_tmp.iterdir() if pattern.search(p.name)}


def test_version_is_pyprojects(exe: Path, tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("the windowed Windows executable has no stdout")
    env, _places = clean_env(tmp_path)
    with (ROOT / "pyproject.toml").open("rb") as f:
        version = tomllib.load(f)["project"]["version"]
    out = subprocess.run([str(exe), "--version"], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"karpear {version}"


def run_isolated(exe: Path, tmp: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """Run the bundle in a fresh HOME/TMPDIR/runtime dir; fail if it wrote anywhere but its data dir."""
    env, places = clean_env(tmp)
    env.update(extra_env)
    data_dir = user_data_dir(env)
    home = places["home"]
    if sys.platform == "win32" and home not in data_dir.parents:
        # platformdirs asks Windows itself for AppData (not %LOCALAPPDATA%): a test cannot redirect it.
        pytest.skip(f"cannot isolate {data_dir} on Windows; run the bundle in a throwaway user account instead")
    assert home in data_dir.parents, f"platformdirs put the data dir outside HOME: {data_dir}"
    before = {name: tree(path) for name, path in places.items()}
    tmp_before = stray_tmp_entries()

    out = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=180)

    assert out.returncode == 0, f"exit {out.returncode}\n--- stdout\n{out.stdout}\n--- stderr\n{out.stderr}"
    allowed = data_dir.relative_to(home)
    ancestors = set(allowed.parents) - {Path(".")}
    new_in_home = tree(home) - before["home"]
    outside = sorted(str(p) for p in new_in_home if p != allowed and allowed not in p.parents and p not in ancestors)
    assert not outside, f"written outside {data_dir}: {outside}"
    assert tree(places["tmp"]) == before["tmp"], f"left in TMPDIR: {sorted(map(str, tree(places['tmp'])))}"
    assert tree(places["runtime"]) == before["runtime"], "left in XDG_RUNTIME_DIR"
    assert stray_tmp_entries() <= tmp_before, f"left in /tmp: {sorted(stray_tmp_entries() - tmp_before)}"
    return out


def test_self_test_passes_and_writes_only_its_data_dir(exe: Path, tmp_path: Path) -> None:
    out = run_isolated(exe, tmp_path, "--self-test")
    if sys.platform != "win32":  # a windowed Windows exe prints nothing; its exit code is the verdict
        lines = out.stdout.strip().splitlines()
        assert lines and SUMMARY.search(lines[-1]), f"no summary line:\n{out.stdout}\n{out.stderr}"


def test_window_paints_in_khmer_and_writes_only_its_data_dir(exe: Path, tmp_path: Path) -> None:
    """The real start-up path (what bench/bundle.py times), in a Khmer locale."""
    run_isolated(exe, tmp_path, "--exit-after-paint", LANG="km_KH.UTF-8", LANGUAGE="km")


def test_bundled_content_checks_clean(exe: Path, tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("the windowed Windows executable has no stdout")
    env, _places = clean_env(tmp_path)
    out = subprocess.run([str(exe), "check"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 error(s)" in out.stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_bundled_handout_reads_back_in_khmer(exe: Path, tmp_path: Path) -> None:
    """The bundle's handout: its Khmer text layer copies as printed (see app/pdf_text.py)."""
    if sys.platform == "win32":
        pytest.skip("the windowed Windows executable has no stdout")
    env, _places = clean_env(tmp_path)
    pdf = tmp_path / "phone-km.pdf"
    args = ["export", "--guide", "phone", "--lang", "km", "--pdf", str(pdf)]
    out = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    title = load_library(Path(__file__).resolve().parents[2] / "resources" / "guides").guide("phone", "km").title
    assert "".join(title.value.split()) in "".join(text.split())  # pdftotext breaks lines where the page does


def test_bundle_carries_guides_translations_font_and_icon(internal: Path) -> None:
    source_guides = ROOT / "resources" / "guides"
    # The checkout's snapshot is a local cache (gitignored, rewritten whenever app/content changes):
    # the bundle's own snapshot is checked against the bundled guides below, not against that cache.
    sources = (p for p in source_guides.rglob("*") if p.is_file() and p.name != snapshot.FILE_NAME)
    for file in sorted(sources):
        bundled = internal / "resources" / "guides" / file.relative_to(source_guides)
        assert bundled.is_file(), f"missing in the bundle: {bundled}"
        assert bundled.read_bytes() == file.read_bytes(), f"stale in the bundle: {bundled}"

    # The bundle starts from a snapshot of its own guides (app/content/snapshot.py), never a stale one.
    bundled_guides = internal / "resources" / "guides"
    assert (bundled_guides / snapshot.FILE_NAME).is_file(), "the bundle has no content snapshot"
    shipped = json.loads((bundled_guides / snapshot.FILE_NAME).read_text(encoding="utf-8"))
    assert shipped["fingerprint"] == snapshot.fingerprint(bundled_guides)
    assert shipped["format"] == snapshot.FORMAT, "snapshot made by older content code"

    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    bundled_i18n = internal / "resources" / "i18n"
    for ts in sources:
        assert (bundled_i18n / f"{ts.stem}.qm").is_file(), f"{ts.name} is not compiled into the bundle"
    assert not list(bundled_i18n.glob("*.ts")), "translation sources do not belong in the bundle"

    font_root = internal / "fontpkg_noto_sans_khmer"
    assert sorted((font_root / "files").glob("NotoSansKhmer*.ttf")), "Noto Sans Khmer is missing"
    assert "SIL OPEN FONT LICENSE" in (font_root / "LICENSE").read_text(encoding="utf-8").upper()
    assert (internal / "resources" / "icons" / "karpear.png").is_file()


def _translated_messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of finished, non-plural messages in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or translation.get("type"):
                continue
            if translation.text and message.findtext("source"):
                found.append((name, message.findtext("source"), translation.text))
    return found


def test_bundled_translations_translate_and_khmer_has_glyphs(internal: Path, qapp) -> None:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    if not sources:
        pytest.skip("no translation sources yet")
    khmer_checked = False
    for ts in sources:
        messages = _translated_messages(ts)
        assert messages, f"{ts.name}: no finished translation to check"
        translator = QTranslator()
        qm = internal / "resources" / "i18n" / f"{ts.stem}.qm"
        assert translator.load(str(qm)), f"{qm} does not load"
        for context, source, translation in messages[:20]:
            assert translator.translate(context, source) == translation, f"{qm.name}: {source!r} not translated"
        khmer = [t for _c, _s, t in messages if re.search("[\u1780-\u17ff]", t)]
        if khmer:
            font_file = next((internal / "fontpkg_noto_sans_khmer" / "files").glob("*.ttf"))
            font_id = QFontDatabase.addApplicationFont(str(font_file))
            assert font_id >= 0
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
            metrics = QFontMetrics(QFont(family))
            khmer_chars = {ch for text in khmer for ch in text if "\u1780" <= ch <= "\u17ff"}
            missing = {ch for ch in khmer_chars if not metrics.inFontUcs4(ord(ch))}  # inFont(str) says False
            assert not missing, f"bundled Khmer font lacks {sorted(missing)}"
            khmer_checked = True
    if any(ts.stem.endswith("km") for ts in sources):
        assert khmer_checked, "a Khmer .ts exists but has no finished Khmer translation"


def test_bundle_leaves_out_what_the_app_does_not_use(internal: Path, bundled_modules: set[str]) -> None:
    qt = internal / "PySide6" / "Qt" if (internal / "PySide6" / "Qt").is_dir() else internal / "PySide6"
    assert not (qt / "translations").exists(), "Qt's own translations are bundled"
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    unwanted = re.compile(
        r"libgtk|libgdk|qgtk3|Qt6?(Svg|OpenGL|Qml|Quick|Pdf|Multimedia|WebEngine)|opengl32sw|"
        r"d3dcompiler|imageformats/|iconengines/|tls/|networkinformation/|tkinter|_tkinter|tcl|keyrings|khmercut|"
        r"pycrfsuite",
        re.IGNORECASE,
    )
    assert not [f for f in files if unwanted.search(f)]
    platforms = {re.sub(r"^lib|\..*$", "", p.name) for p in (qt / "plugins" / "platforms").iterdir()}
    assert "qoffscreen" in platforms
    if IS_LINUX:
        assert {"qxcb", "qwayland"} <= platforms
    for name in ("tkinter", "unittest", "pydoc", "khmercut", "pycrfsuite", "keyrings", "keyrings.alt", "gi"):
        assert name not in bundled_modules, f"{name} is bundled"
    qt_modules = {m for m in bundled_modules if re.match(r"PySide6\.Qt\w+$", m)}
    # QtNetwork for its local socket only (one window at a time): no TLS or network-information plugin.
    assert qt_modules <= {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork"}, qt_modules
    assert not [f for f in files if re.search(r"PySide6/Qt(?!Core|Gui|Widgets|Network)\w+\.(abi3\.so|pyd)$", f)]


def test_keyring_backends_are_bundled(internal: Path, bundled_modules: set[str]) -> None:
    expected = {"keyring.backends.chainer", "keyring.backends.fail"}
    if IS_LINUX:
        expected |= {"keyring.backends.SecretService", "secretstorage", "jeepney.io.blocking"}
    elif sys.platform == "darwin":
        expected |= {"keyring.backends.macOS"}
    elif sys.platform == "win32":
        expected |= {"keyring.backends.Windows"}
    assert expected <= bundled_modules, expected - bundled_modules
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt")), "keyring finds its backends by entry points"
