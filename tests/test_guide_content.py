"""The shipped guide content itself: catalogue, structure and every translation.

Pure Python, no Qt, and deliberately independent of `app/`: these tests read
the YAML files with `yaml.safe_load` and check what a person acting on the
guide relies on (the advisory's tools are all there, links point only at
official domains, every language has every text, Khmer can wrap).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

GUIDES = Path(__file__).resolve().parent.parent / "resources" / "guides"
TOOLS_FILE = GUIDES / "tools.yaml"
TOOL_TEXTS = GUIDES / "tools"

# The eight tools the 2018 advisory names.
ADVISORY_TOOLS = (
    "whatsapp",
    "signal",
    "lotus-messenger",
    "chatsecure",
    "linphone",
    "zoiper",
    "jitsi-desktop",
    "jitsi-meet",
)
STATUSES = {"recommended", "caution", "discontinued"}
DEVICE_PLATFORMS = {"android", "ios", "windows", "macos", "linux"}
LINK_PLATFORMS = DEVICE_PLATFORMS | {"web"}
LINK_KINDS = {"vendor", "store", "fdroid", "apk", "web"}

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
KHMER = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]")
# A run of Khmer characters (joiners included) with no space and no U+200B.
KHMER_RUN = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff\u200c\u200d]+")
MAX_KHMER_RUN = 30
MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)>?\s*\)")
BARE_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s<>()\]]+", re.I)
CODE = re.compile(r"`[^`]*`")
RAW_HTML = re.compile(r"<(?:[A-Za-z][A-Za-z0-9-]*|/[A-Za-z]|!|\?)")
IMAGE = re.compile(r"!\[[^\]]*\]\s*[\[(]")


def load(path: Path):
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def texts(path: Path) -> dict[str, str]:
    """A language file's translatable texts: every key but `meta`."""
    data = load(path)
    assert isinstance(data, dict), f"{path.name}: not a mapping"
    return {key: value for key, value in data.items() if key != "meta"}


def guide_dirs() -> list[Path]:
    return sorted(p.parent for p in GUIDES.glob("*/guide.yaml"))


def text_dirs() -> list[Path]:
    """Every folder of language files: the tool texts and each guide."""
    return [TOOL_TEXTS, *guide_dirs()]


def translations() -> list[Path]:
    return [p for d in text_dirs() for p in sorted(d.glob("*.yaml")) if p.stem not in ("en", "guide")]


def language_files() -> list[Path]:
    return [p for d in text_dirs() for p in sorted(d.glob("*.yaml")) if p.stem != "guide"]


def rel(path: Path) -> str:
    return path.relative_to(GUIDES).as_posix()


def host_allowed(url: str, domains) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


@pytest.fixture(scope="module")
def tools() -> dict[str, dict]:
    data = load(TOOLS_FILE)
    assert data["schema"] == 1
    ids = [tool["id"] for tool in data["tools"]]
    assert len(ids) == len(set(ids)), "duplicate tool ids"
    return {tool["id"]: tool for tool in data["tools"]}


@pytest.fixture(scope="module")
def guides() -> dict[str, dict]:
    return {d.name: load(d / "guide.yaml") for d in guide_dirs()}


# --- Catalogue -------------------------------------------------------------------


@pytest.mark.parametrize("tool_id", ADVISORY_TOOLS)
def test_every_advisory_tool_is_catalogued(tools, tool_id):
    assert tool_id in tools
    assert tools[tool_id]["status"] in STATUSES


@pytest.mark.parametrize("tool_id", ["chatsecure", "jitsi-desktop"])
def test_abandoned_advisory_tools_are_discontinued_with_a_replacement(tools, tool_id):
    tool = tools[tool_id]
    assert tool["status"] == "discontinued"
    assert tool["replaced_by"], f"{tool_id} needs a replacement"
    for other in tool["replaced_by"]:
        assert other in tools, f"{tool_id} is replaced by unknown tool {other!r}"
        assert tools[other]["status"] == "recommended"


def test_catalogue_entries_are_well_formed(tools):
    for tool_id, tool in tools.items():
        assert re.fullmatch(r"[a-z0-9-]+", tool_id), tool_id
        assert tool["status"] in STATUSES, tool_id
        assert tool["name"], tool_id
        assert str(tool["reviewed"]), tool_id
        for other in tool.get("replaced_by") or []:
            assert other in tools and other != tool_id, f"{tool_id}: replaced_by {other!r}"
        if tool["status"] == "discontinued":
            assert tool.get("replaced_by"), f"{tool_id}: discontinued without replacement"
            assert not tool["links"], f"{tool_id}: a discontinued tool offers no downloads"
        if tool["status"] == "recommended":
            assert tool["links"], f"{tool_id}: recommended but nowhere to get it"


def test_every_catalogue_link_is_https_on_the_tools_own_domains(tools):
    for tool_id, tool in tools.items():
        domains = tool["domains"]
        urls = [link["url"] for link in tool["links"]]
        if tool.get("homepage"):
            urls.append(tool["homepage"])
        for url in urls:
            parts = urlsplit(url)
            assert parts.scheme == "https", f"{tool_id}: {url}"
            assert "@" not in parts.netloc and parts.port is None, f"{tool_id}: {url}"
            assert host_allowed(url, domains), f"{tool_id}: {url} is outside {domains}"


def test_store_and_fdroid_links_name_their_package(tools):
    for tool_id, tool in tools.items():
        for link in tool["links"]:
            assert link["platform"] in LINK_PLATFORMS, f"{tool_id}: {link}"
            assert link["kind"] in LINK_KINDS, f"{tool_id}: {link}"
            url, verify = link["url"], link.get("verify") or {}
            parts = urlsplit(url)
            if parts.hostname == "play.google.com":
                assert parts.path == "/store/apps/details", url
                assert parse_qs(parts.query) == {"id": [verify.get("package_id")]}, url
            if parts.hostname == "f-droid.org":
                match = re.fullmatch(r"/(?:en/)?packages/([A-Za-z0-9._]+)/", parts.path)
                assert match and match.group(1) == verify.get("package_id"), url
            if link["kind"] == "apk":
                assert re.fullmatch(r"(?:[0-9A-F]{2}:){31}[0-9A-F]{2}", verify.get("cert_sha256", "")), url


# --- Guide structure ------------------------------------------------------------


def test_guide_structure(guides, tools):
    assert guides, "no guide found"
    for guide_id, guide in guides.items():
        assert guide["schema"] == 1 and guide["id"] == guide_id
        step_ids = [step["id"] for section in guide["sections"] for step in section["steps"]]
        assert len(step_ids) == len(set(step_ids)), f"{guide_id}: duplicate step ids"
        for section in guide["sections"]:
            for step in section["steps"]:
                assert isinstance(step["revision"], int) and step["revision"] >= 1, step["id"]
                assert set(step.get("platforms") or []) <= DEVICE_PLATFORMS, step["id"]
                for tool_id in step.get("tools") or []:
                    assert tool_id in tools, f"{guide_id}/{step['id']}: unknown tool {tool_id!r}"


def test_english_has_a_text_for_every_part_of_the_guide(guides):
    for guide_id, guide in guides.items():
        english = texts(GUIDES / guide_id / "en.yaml")
        needed = {"guide.title", "guide.summary"}
        for section in guide["sections"]:
            needed.add(f"section.{section['id']}.title")
            for step in section["steps"]:
                needed |= {f"step.{step['id']}.title", f"step.{step['id']}.body"}
        assert needed <= set(english), f"{guide_id}: missing {sorted(needed - set(english))}"


def test_every_tool_has_a_reason(tools):
    english = texts(TOOL_TEXTS / "en.yaml")
    assert set(english) == {f"tool.{tool_id}.reason" for tool_id in tools}


def test_body_links_stay_on_allowed_domains(guides, tools):
    for guide_id, guide in guides.items():
        for path in sorted((GUIDES / guide_id).glob("*.yaml")):
            if path.stem == "guide":
                continue
            values = texts(path)
            for section in guide["sections"]:
                for step in section["steps"]:
                    allowed = list(guide.get("domains") or [])
                    for tool_id in step.get("tools") or []:
                        allowed += tools[tool_id]["domains"]
                    for key in (f"step.{step['id']}.title", f"step.{step['id']}.body"):
                        body = CODE.sub(" ", values.get(key, ""))
                        for url in MD_LINK.findall(body) + BARE_URL.findall(body):
                            assert urlsplit(url).scheme == "https", f"{rel(path)} {key}: {url}"
                            assert host_allowed(url, allowed), f"{rel(path)} {key}: {url}"


# --- Every language file ----------------------------------------------------------


@pytest.mark.parametrize("path", language_files(), ids=rel)
def test_language_file_meta(path):
    meta = load(path)["meta"]
    assert meta["language"] == path.stem
    assert meta["name"]
    assert isinstance(meta["translators"], list)
    assert meta["review"]["status"] in {"draft", "reviewed"}
    if meta["review"]["status"] == "reviewed":
        assert meta["review"]["by"] and meta["review"]["date"], "a review names who and when"


@pytest.mark.parametrize("path", language_files(), ids=rel)
def test_texts_are_plain_markdown(path):
    for key, value in texts(path).items():
        assert isinstance(value, str) and value.strip(), f"{key} is empty"
        body = CODE.sub(" ", value)
        assert not IMAGE.search(body), f"{key}: images are not allowed"
        assert not RAW_HTML.search(body), f"{key}: raw HTML is not allowed"


@pytest.mark.parametrize("path", translations(), ids=rel)
def test_translation_has_exactly_the_english_keys_and_placeholders(path):
    english = texts(path.parent / "en.yaml")
    ours = texts(path)
    assert set(ours) == set(english), (
        f"missing {sorted(set(english) - set(ours))}, unknown {sorted(set(ours) - set(english))}"
    )
    for key, value in ours.items():
        assert set(PLACEHOLDER.findall(value)) == set(PLACEHOLDER.findall(english[key])), key


@pytest.mark.parametrize("path", [p for p in language_files() if p.stem == "km"], ids=rel)
def test_khmer_is_khmer_script_and_can_wrap(path):
    assert load(path)["meta"]["name"] == "ខ្មែរ"
    for key, value in texts(path).items():
        assert KHMER.search(value), f"{key} has no Khmer script (untranslated, or a legacy font?)"
        for run in KHMER_RUN.findall(value):
            assert len(run) <= MAX_KHMER_RUN, f"{key}: {len(run)} Khmer characters without U+200B: {run[:15]}…"
