"""Re-run the #10 audit: hostile guide folders and hostile store files, each at or near the size limits.

Each guide case is a copy of the shipped guides with one thing made hostile; `karpear check` runs on
it in its own process (a generous timeout catches a hang). Each store case writes one hostile file
in an empty data folder and opens it with the store API in its own process, then ticks a step.
A case is "handled" only if the outcome is the safe one: no traceback, no hang, no raw control
character reaching the terminal, the check slower than SLOW seconds counts as a hang too, and the
attack refused (the expected `path:line:col: error`, or the file moved aside and ticks saved again).

    python bench/hostile.py [--only SUBSTRING] [--timeout 120]

Prints one row per case, then: tried N, handled M, worst-case check time. Exit 0 if every case
was handled, 1 otherwise. No timed assertion lives in the tests: this is a report.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
GUIDES = ROOT / "resources" / "guides"
sys.path.insert(0, str(ROOT))

from app.content.markdown import MAX_FILE_CHARS, MAX_TEXT_CHARS  # noqa: E402
from app.content.safefile import MAX_FILE_BYTES  # noqa: E402
from app.store.atomic import MAX_READ_BYTES  # noqa: E402

SLOW = 10.0  # seconds: "the whole check finishes within a few seconds" (#10); slower counts as a hang
# What must never reach a terminal raw: C0 (but tab and newline), DEL, C1, bidi controls.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
ROOM = MAX_FILE_BYTES - 4096  # a file's other lines and YAML syntax


class Outcome(NamedTuple):
    handled: bool
    how: str


class Case(NamedTuple):
    name: str
    kind: str  # "check" or "store"
    build: Callable[[Path], list[str] | None]  # makes the hostile input in the folder; extra argv for check
    judge: Callable[[int, str, str], Outcome]


CASES: list[Case] = []


def case(name: str, kind: str = "check"):
    def register(*pair):
        build, judge = pair[0] if len(pair) == 1 else pair
        CASES.append(Case(name, kind, build, judge))

    return register


# -- judging


def refused(file: str, *reasons: str, rc: int = 1) -> Callable[[int, str, str], Outcome]:
    """Handled if the check exits `rc` with an error on `file` at line:col whose text holds one of `reasons`."""
    pattern = re.compile(rf"^{re.escape(file)}:\d+:\d+: error: (.*)$", re.M)

    def judge(code: int, out: str, err: str) -> Outcome:
        messages = pattern.findall(out)
        hit = next((m for m in messages if any(r in m for r in reasons)), None)
        if code == rc and hit is not None:
            return Outcome(True, f"refused: {file}:…: {hit[:60]}")
        first = messages[0][:60] if messages else (out.strip().splitlines() or [""])[0][:60]
        return Outcome(False, f"NOT refused as expected (exit {code}): {first}")

    return judge


def finished(*, shows: str = "") -> Callable[[int, str, str], Outcome]:
    """Handled if the check simply ends (a denial-of-service input): exit 0 or 1, and `shows` printed."""

    def judge(code: int, out: str, err: str) -> Outcome:
        if code not in (0, 1):
            return Outcome(False, f"exit {code}")
        if shows and shows not in out:
            return Outcome(False, f"ended, but without {shows!r}")
        first_error = next((line for line in out.splitlines() if ": error: " in line), "")
        return Outcome(
            True, "ended" + (f": {first_error.split(': error: ', 1)[1][:55]}" if first_error else ", 0 errors")
        )

    return judge


def visible(escaped: str, *, rc: tuple[int, ...] = (0, 1)) -> Callable[[int, str, str], Outcome]:
    """Handled if the output shows `escaped` (the control written out as \\x1b...) and no raw control."""

    def judge(code: int, out: str, err: str) -> Outcome:
        if code not in rc:
            return Outcome(False, f"exit {code}")
        if escaped not in out:
            return Outcome(False, f"{escaped!r} not shown")
        return Outcome(True, f"shown escaped ({escaped}), exit {code}")

    return judge


# -- building


def write(root: Path, relative: str, text: str) -> None:
    file = root / relative
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")


def edit(root: Path, relative: str, old: str, new: str) -> None:
    file = root / relative
    text = file.read_text(encoding="utf-8")
    assert old in text, (relative, old)
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def language(key: str, value: str) -> str:
    """A language file with one text, as a literal block (written exactly: backticks, brackets, braces)."""
    body = value.replace("\n", "\n  ")
    return f"{key}: |\n  {body}\n"


BODY = "step.install-signal.body"  # a Markdown text of wiretap


def fr_body(root: Path, text: str) -> None:
    """Replace the French body of install-signal (Markdown) with `text`, other keys kept."""
    file = root / "wiretap" / "fr.yaml"
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(BODY + ":"))
    end = start + 1
    while end < len(lines) and (lines[end].startswith("  ") or lines[end].strip() == ""):
        end += 1
    block = f"{BODY}: |\n" + "".join(f"  {line}\n" if line else "\n" for line in text.split("\n"))
    file.write_text("".join(lines[:start]) + block + "".join(lines[end:]), encoding="utf-8")


def repeat(unit: str, room: int) -> str:
    return unit * (room // len(unit.encode("utf-8")))


LOOKALIKE = "https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms.update"
UNDECLARED = "not declared"


def md_link_case(name: str, text: str, *reasons: str) -> None:
    """A Markdown construct in wiretap/fr.yaml that links to an address guide.yaml does not declare."""
    case(name)((lambda root, text=text: fr_body(root, text)), refused("wiretap/fr.yaml", *(reasons or (UNDECLARED,))))


# 1. Links a regular expression missed (#10, item 1). Each must be refused where it is written.
md_link_case("ref definition inside '>' quote", f"Installez [Google Play][gp].\n\n> [gp]: {LOOKALIKE}")
md_link_case("ref definition inside list item", f"- Installez [Google Play][gp].\n- [gp]: {LOOKALIKE}")
md_link_case("ref definition, escaped ']' in label", f"Installez [Google\\]Play].\n\n[Google\\]Play]: {LOOKALIKE}")
md_link_case("'https\\://' scheme escape", f"Installez [Google Play](https\\://{LOOKALIKE[8:]}).")
md_link_case("ref label 'https\\://'", f"Installez [Google Play][gp].\n\n> [gp]: https\\://{LOOKALIKE[8:]}")
md_link_case("code span across paragraphs", f"Voici `un début\n\nde texte [lien]({LOOKALIKE}) et` la fin.", UNDECLARED)
md_link_case("fence info string with backtick", f"``` a`b\n[lien]({LOOKALIKE})\n```")
md_link_case("'&sol;' entities in URL", "Installez [Google Play](https:&sol;&sol;play.google.com&sol;store).")
md_link_case("'&#x2F;' entities in URL", "Installez [Google Play](https:&#x2F;&#x2F;play.google.com&#x2F;x).")
md_link_case("'![a [b] c](…)' image", "Voir ![a [b] c](https://signal.org/x.png).", "images are not allowed")
md_link_case("image at file:///dev/zero", "Voir ![x](file:///dev/zero).", "images are not allowed")
md_link_case("javascript: link", "Voir [ici](javascript:alert(1)).", "javascript: links are never allowed")
md_link_case(
    "autolink <https://evil.example/>", "Voir <https://evil.example/signal.apk>.", "not an official", UNDECLARED
)
md_link_case("bare www. address", "Voir www.evil-signal.org/apk maintenant.", "not an official", "only https")
md_link_case("raw HTML <a href>", f'Voir <a href="{LOOKALIKE}">ici</a>.', "raw HTML")
md_link_case("userinfo signal.org@evil", "Voir [ici](https://signal.org@evil.example/).", "user name", UNDECLARED)
md_link_case("U+202E in link URL", "Voir [ici](https://signal.org/\u202ekpa.exe).", "bidi")
md_link_case("punycode host", "Voir [ici](https://xn--signl-6ve.org/).", "punycode", UNDECLARED)
md_link_case("table cell link", f"| a | b |\n|---|---|\n| [x]({LOOKALIKE}) | y |")
md_link_case("link in heading + emphasis", f"## *[Play]({LOOKALIKE})*")
md_link_case("nested link in link text", f"[a [b]({LOOKALIKE}) c](https://signal.org/download/)")
md_link_case("ref defined in another language", "Installez [Google Play][gp].")  # not a link at all: no error
CASES[-1] = CASES[-1]._replace(judge=finished())


# 2. Files that are not files (#10, item 2).
case("FIFO language file")(
    ((lambda root: os.mkfifo(root / "wiretap" / "de.yaml")), refused("wiretap/de.yaml", "named pipe"))
)


def symlink_case(name: str, target: Callable[[Path], str], *reasons: str) -> None:
    def build(root: Path) -> None:
        os.symlink(target(root), root / "wiretap" / "de.yaml")

    case(name)((build, refused("wiretap/de.yaml", *reasons)))


symlink_case("symlink to /dev/zero", lambda root: "/dev/zero", "outside", "device")
symlink_case("symlink to /dev/urandom", lambda root: "/dev/urandom", "outside", "device")


def _outside(root: Path) -> str:
    secret = root.parent / "secret.yaml"
    secret.write_text("SECRET_KEY_NAME: x\n", encoding="utf-8")
    return str(secret)


case("symlink leaving the folder")(
    (
        lambda root: os.symlink(_outside(root), root / "wiretap" / "de.yaml"),
        lambda code, out, err: (
            Outcome(False, "key of the outside file printed")
            if "SECRET_KEY_NAME" in out
            else refused("wiretap/de.yaml", "outside")(code, out, err)
        ),
    )
)
case("symlinked guide folder leaving")(
    (
        lambda root: (
            shutil.copytree(root / "wiretap", root.parent / "elsewhere"),
            os.symlink(root.parent / "elsewhere", root / "evil"),
        ),
        lambda code, out, err: Outcome(
            code in (0, 1) and "evil" in out and "outside" in out,
            f"exit {code}: " + next((line[:70] for line in out.splitlines() if "evil" in line), "evil/ not mentioned"),
        ),
    )
)
case("guide folder is a FIFO in place of guide.yaml")(
    (
        lambda root: ((root / "wiretap" / "guide.yaml").unlink(), os.mkfifo(root / "wiretap" / "guide.yaml")),
        # Skipped as a guide without structure (never opened): the safe outcome, if not the clearest words.
        finished(shows="has no guide.yaml"),
    )
)
case("language file 1 byte over the limit")(
    (
        lambda root: write(root, "wiretap/de.yaml", "# " + "x" * (MAX_FILE_BYTES - 2) + "\n"),
        refused("wiretap/de.yaml", "larger than"),
    )
)
case("YAML alias bomb")(
    (
        lambda root: write(
            root,
            "wiretap/fr.yaml",
            # "billion laughs": ten levels, each ten aliases of the one before (10^10 values)
            "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
            + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(9)),
        ),
        refused("wiretap/fr.yaml", "more than", "alias", "not a mapping", "aliases"),
    )
)
case("YAML nested 100,000 deep")(
    (
        lambda root: write(root, "wiretap/fr.yaml", "a: " + "[" * 100_000 + "]" * 100_000 + "\n"),
        refused("wiretap/fr.yaml", "deeper", "nesting"),
    )
)
# The language metadata files (meta/<lang>.yaml, #14): read as warily as the texts.
case("FIFO metadata file")(
    (
        lambda root: ((root / "wiretap/meta/fr.yaml").unlink(), os.mkfifo(root / "wiretap/meta/fr.yaml")),
        refused("wiretap/meta/fr.yaml", "named pipe"),
    )
)
case("metadata file a symlink to /dev/zero")(
    (
        lambda root: ((root / "wiretap/meta/fr.yaml").unlink(), os.symlink("/dev/zero", root / "wiretap/meta/fr.yaml")),
        refused("wiretap/meta/fr.yaml", "outside", "device"),
    )
)
case("YAML alias bomb in a metadata file")(
    (
        lambda root: write(
            root,
            "wiretap/meta/fr.yaml",
            "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
            + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(9)),
        ),
        refused("wiretap/meta/fr.yaml", "more than", "alias", "not a mapping", "aliases", "unknown"),
    )
)
case("translated-from records filled to 1 MB")(
    (
        lambda root: write(
            root,
            "wiretap/meta/fr.yaml",
            "name: Français\nreview: {status: draft}\ntranslated-from:\n"
            + "".join(f"  step.k{n}.body: 0123456789\n" for n in range((MAX_FILE_BYTES - 200) // 32)),
        ),
        finished(),
    )
)
case("invalid UTF-8")(
    (
        lambda root: (root / "wiretap" / "fr.yaml").write_bytes(b"x: \xff\xfe\n"),
        refused("wiretap/fr.yaml", "UTF-8", "utf-8", "decode"),
    )
)


# 3. Linear scans (#10, item 2): each pattern at the size limit of where it is read.
def km_title(value: str) -> Callable[[Path], None]:
    return lambda root: write(root, "wiretap/km.yaml", language("guide.title", value))


def fr_markdown(value: str) -> Callable[[Path], None]:
    return lambda root: fr_body(root, value)


def fr_markdown_at_limit(unit: str) -> Callable[[Path], None]:
    """`unit` repeated in the French body until fr.yaml is just under the file limit (1 MB)."""

    def build(root: Path) -> None:
        rest = (root / "wiretap" / "fr.yaml").stat().st_size
        per_unit = len(unit.encode("utf-8")) + 2 * unit.count("\n")  # each line of the block is indented
        fr_body(root, (unit * ((MAX_FILE_BYTES - rest - 4096) // per_unit)).rstrip("\n"))
        assert (root / "wiretap" / "fr.yaml").stat().st_size <= MAX_FILE_BYTES

    return build


for label, unit in [
    ("backtick runs", "`"),
    ("backtick runs of growing length", None),
    ("'[' + newline repeated", "[\n"),
    ("'](<x ' repeated", "](<x "),
    ("'![' repeated", "!["),
    ("'www.' repeated", "www."),
    ("'https://' repeated", "https://"),
    ("'<' repeated", "<"),
    ("'*_' emphasis repeated", "*_"),
    ("'> ' quote nesting repeated", "> "),
    ("'- ' list nesting repeated", "- "),
    ("'&#' entity starts repeated", "&#"),
    ("'[a]: <' definitions repeated", "[a]: <\n"),
]:
    if unit is None:
        grow = "".join("`" * n + " x " for n in range(1, 140))
        value_max, value_text = grow, grow[: MAX_TEXT_CHARS - 1]
    else:
        value_max, value_text = unit, repeat(unit, MAX_TEXT_CHARS - 1)
    # At the file limit (refused as too long to check) and just under one text's limit (parsed in full).
    case(f"{label}, 1 MB body")(
        (fr_markdown_at_limit(value_max), refused("wiretap/fr.yaml", "too long", "Markdown texts of this file total"))
    )
    case(f"{label}, {MAX_TEXT_CHARS - 1:,} chars")((fr_markdown(value_text.rstrip("\n")), finished()))


def spread(unit: str) -> Callable[[Path], None]:
    """The same text in as many Markdown keys as fit under the file's limit of Markdown characters."""

    def build(root: Path) -> None:
        text = repeat(unit, 9_000)
        steps = [
            line.split("id: ", 1)[1].strip()
            for line in (root / "wiretap" / "guide.yaml").read_text(encoding="utf-8").splitlines()
            if line.strip().startswith("- id: ") and line.startswith("      ")
        ]
        body = "".join(f"step.{step}.body: |\n  {text}\n" for step in steps[: MAX_FILE_CHARS // 9_000 + 2])
        write(root, "wiretap/fr.yaml", body)

    return build


case("'[' in every body up to the file's Markdown limit")((spread("["), finished()))
case("'`' in every body up to the file's Markdown limit")((spread("`"), finished()))
case("long Latin word in km.yaml (1 MB)")((km_title(repeat("a", ROOM)), finished(shows="is not Khmer script")))
case("long Latin word in km.yaml, spaces every 40 KB")(
    (km_title((("a" * 40_000) + " ") * (ROOM // 40_001)), finished())
)
case("'www.' repeated in km title (1 MB)")((km_title(repeat("www.", ROOM)), finished()))
case("Khmer letters with no break (1 MB)")((km_title(repeat("ក", ROOM)), finished(shows="no line-break opportunity")))
case("'{a' placeholders repeated (1 MB)")(
    (lambda root: write(root, "wiretap/fr.yaml", language("guide.title", repeat("{a", ROOM))), finished())
)
case("30,000 links in one body")(
    (
        fr_markdown("[a](https://x.org)" * 30_000),
        refused("wiretap/fr.yaml", "too long", "Markdown texts of this file total"),
    )
)
case("30,000 links across a file's bodies")((spread("[a](https://signal.org/x) "), finished()))


def many_declared(root: Path) -> None:
    edit(
        root,
        "wiretap/guide.yaml",
        "links:\n",
        "links:\n" + "".join(f"  - https://ssd.eff.org/{n}\n" for n in range(30_000)),
    )


case("30,000 links declared in guide.yaml")((many_declared, finished(shows="but no text links to it")))


def fill_to_limit(root: Path, name: str, after: str, line_for) -> None:
    """Add `line_for(n)` lines after `after` in `name` until the file is just under the size limit."""
    size, lines = (root / name).stat().st_size + 4096, []
    while size < MAX_FILE_BYTES:
        lines.append(line_for(len(lines)))
        size += len(lines[-1])
    edit(root, name, after, after + "".join(lines[:-1]))


def declared_at_limit(root: Path) -> None:
    fill_to_limit(root, "wiretap/guide.yaml", "links:\n", lambda n: f"  - https://ssd.eff.org/{n:x}\n")


case("guide.yaml links: filled to 1 MB")((declared_at_limit, finished(shows="but no text links to it")))


def many_tool_links(root: Path) -> None:
    line = "      - {{platform: android, kind: apk, url: 'https://signal.org/{:x}'}}\n"
    fill_to_limit(root, "tools.yaml", "    links:\n", line.format)


case("tools.yaml download links filled to 1 MB")((many_tool_links, finished()))


# 4. Terminal escapes (#10, item 3): must be printed as \x1b, \x9b, \x00, \u202e.
def key_case(name: str, yaml_key: str, escaped: str) -> None:
    case(name)(
        (
            lambda root: edit(
                root,
                "wiretap/fr.yaml",
                "\nstep.install-signal.title:",
                f'\n"{yaml_key}": x\nstep.install-signal.title:',
            ),
            visible(escaped),
        )
    )


key_case("ESC in a key (clear screen)", "step.\\e[2J\\e[H.title", "\\x1b")
key_case("ESC in a key (terminal title)", "step.\\e]0;pwned\\a.title", "\\x1b]0;pwned\\x07")
key_case("C1 CSI (U+009B) in a key", "step.\\x9b2J.title", "\\x9b")
key_case("NUL in a key", "step.\\0.title", "\\x00")
key_case("U+202E in a key", "step.\\u202Eeltit.x", "\\u202e")
key_case("NEL/LS in a key", "step.\\N\\L.title", "\\x85")


def odd_file_name(name: str) -> Callable[[Path], None]:
    return lambda root: write(root, f"wiretap/{name}.yaml", language("guide.title", "x"))


case("ESC in a file name")((odd_file_name("\x1b[2J\x1b]0;pwned\x07"), visible("\\x1b[2J")))
case("C1 + NUL-less control in a file name")((odd_file_name("a\x9bb\x85"), visible("\\x9b")))
case("U+202E in a file name")((odd_file_name("\u202elmay"), visible("\\u202e")))
case("undecodable bytes in a file name")(
    (lambda root: (root / "wiretap" / os.fsdecode(b"\xff\x1b[2J.yaml")).write_text("x: 1\n"), visible("\\x1b"))
)


def reviewer(name: str) -> Callable[[Path], None]:
    return lambda root: edit(
        root,
        "wiretap/meta/fr.yaml",
        "review:\n",
        f'review:\n  status: reviewed\n  by: "{name}"\n  date: 2026-12-01\nxreview:\n',
    )


case("ESC in a reviewer name")((reviewer("\\e[1A\\e[2KAlice"), visible("\\x1b[1A")))
case("C1 and NUL in a reviewer name")((reviewer("A\\x9b\\0lice"), visible("\\x9b")))
case("ESC in a translator name")(
    (
        lambda root: edit(root, "wiretap/meta/fr.yaml", "translators: []", 'translators: ["\\e]0;x\\a"]'),
        finished(),
    )  # not printed at all
)


# 5. Bidi and look-alikes (#10, item 7), public suffixes (item 8).
def tool_field(old: str, new: str, *reasons: str) -> tuple:
    return (lambda root: edit(root, "tools.yaml", old, new)), refused("tools.yaml", *reasons)


case("U+202E in a tool name")(tool_field("name: Signal\n", 'name: "Signal \\u202EKPA.exe\\u202C"\n', "bidi"))
case("Cyrillic look-alike in a tool name")(tool_field("name: Signal\n", "name: Ѕignal\n", "mixes scripts"))
case("Cyrillic + U+202E (audit's name)")(
    tool_field("name: Signal\n", 'name: "\\u0405ignal \\u202EKPA.exe\\u202C"\n', "bidi", "mixes scripts")
)
case("Greek look-alike in a tool name")(tool_field("name: Signal\n", "name: Sιgnal\n", "mixes scripts"))
case("U+202E in a tool URL")(
    tool_field(
        "homepage: https://signal.org/\n", 'homepage: "https://signal.org/\\u202Eexe.kpa"\n', "bidi", "invisible"
    )
)
case("zero-width space in a tool URL")(
    tool_field("homepage: https://signal.org/\n", 'homepage: "https://sig\\u200Bnal.org/"\n', "invisible", "refused")
)
case("domains: [github.io]")(
    tool_field(
        "domains: [signal.org, play.google.com", "domains: [github.io, signal.org, play.google.com", "public suffix"
    )
)
case("domains: [co.uk]")(
    tool_field("domains: [signal.org, play.google.com", "domains: [co.uk, signal.org, play.google.com", "public suffix")
)
case("domains: [com]")(
    tool_field(
        "domains: [signal.org, play.google.com", "domains: [com, signal.org, play.google.com", "public suffix", "domain"
    )
)
case("http:// homepage")(tool_field("homepage: https://signal.org/\n", "homepage: http://signal.org/\n", "https"))
case("homepage off its domains")(
    tool_field("homepage: https://signal.org/\n", "homepage: https://signal.org.evil.example/\n", "not an official")
)
case("homepage with IP address")(
    tool_field("homepage: https://signal.org/\n", "homepage: https://127.0.0.1/\n", "IP address")
)
case("homepage with port")(
    tool_field("homepage: https://signal.org/\n", "homepage: https://signal.org:8443/\n", "port")
)
case("U+202E in a guide title")(
    (
        lambda root: edit(root, "wiretap/fr.yaml", "guide.title: ", 'guide.title: "\\u202E"\nxguide.title: '),
        refused("wiretap/fr.yaml", "bidi"),
    )
)
case("Cyrillic look-alike in a guide title")(
    (
        lambda root: edit(root, "wiretap/en.yaml", "guide.title: ", "guide.title: Ѕignal for calls\nxguide.title: "),
        refused("wiretap/en.yaml", "mixes scripts"),
    )
)
case("U+202E in a guide.yaml domain")(
    (
        lambda root: edit(
            root, "wiretap/guide.yaml", "domains: [accessnow.org", 'domains: ["access\\u202Enow.org", accessnow.org'
        ),
        refused("wiretap/guide.yaml", "bidi", "domain"),
    )
)
case("domains: [github.io] in guide.yaml")(
    (
        lambda root: edit(root, "wiretap/guide.yaml", "domains: [accessnow.org", "domains: [github.io, accessnow.org"),
        refused("wiretap/guide.yaml", "public suffix"),
    )
)


# 6. What a received folder adds (#10, item 8): `--against` must list it.
def adds(*expected: str) -> Callable[[int, str, str], Outcome]:
    def judge(code: int, out: str, err: str) -> Outcome:
        missing = [item for item in expected if item not in out]
        return Outcome(
            not missing and code in (0, 1),
            f"listed: {', '.join(expected)}" if not missing else f"NOT listed: {missing}",
        )

    return judge


def _added_domain(root: Path) -> list[str]:
    edit(
        root,
        "tools.yaml",
        "domains: [signal.org, play.google.com",
        "domains: [signal.org, evil-mirror.org, play.google.com",
    )
    edit(
        root,
        "tools.yaml",
        "    links:\n",
        "    links:\n      - {platform: android, kind: apk, url: 'https://evil-mirror.org/Signal.apk'}\n",
    )
    return ["--against", str(GUIDES)]


case("--against: a tool gains a domain and an APK")(
    (_added_domain, adds("evil-mirror.org", "https://evil-mirror.org/Signal.apk"))
)


def _added_link(root: Path) -> list[str]:
    edit(root, "wiretap/guide.yaml", "links:\n", f"links:\n  - {LOOKALIKE}\n")
    edit(root, "wiretap/guide.yaml", "domains: [accessnow.org", "domains: [play.google.com, accessnow.org")
    fr_body(root, f"Installez [Google Play]({LOOKALIKE}).")
    return ["--against", str(GUIDES)]


case("--against: guide.yaml declares the look-alike")((_added_link, adds(LOOKALIKE, "play.google.com")))


def _moved_domain(root: Path) -> list[str]:
    text = (root / "tools.yaml").read_text(encoding="utf-8")
    second = text.index("domains: [", text.index("- id: ", text.index("- id: signal") + 5))
    (root / "tools.yaml").write_text(text[:second] + "domains: [signal.org, " + text[second + 10 :], encoding="utf-8")
    return ["--against", str(GUIDES)]


case("--against: a domain moved to another tool")((_moved_domain, adds("signal.org")))


# 7. Store files (#10, items 4 and 6), opened with the store API.
STORE_SCRIPT = r"""
import sys, json
from pathlib import Path
from app.store import ProgressStore, Settings
folder = Path(sys.argv[1]); which = sys.argv[2]
if which == "settings":
    settings, report = Settings.open(folder)
    settings.save()
    print("status", report.status.name, "aside", report.quarantined_to, "reason", report.reason)
    print("saved", True)
else:
    store, report = ProgressStore.open(folder)
    print("status", report.status.name, "aside", report.quarantined_to, "reason", report.reason)
    store.set_done("g", "s", True, 1)
    print("saved", ProgressStore.open(folder)[0].is_done("g", "s"))
"""


def store_case(name: str, make: Callable[[Path], None], which: str = "progress", expect: str = "CORRUPT") -> None:
    def build(folder: Path) -> list[str]:
        folder.mkdir(parents=True, exist_ok=True)
        make(folder)
        return [which]

    def judge(code: int, out: str, err: str) -> Outcome:
        status = re.search(r"^status (\S+) aside (\S+)", out, re.M)
        if code != 0 or not status:
            return Outcome(False, f"exit {code}: {(err.strip().splitlines() or [''])[-1][:70]}")
        saved = "saved True" in out
        moved = status.group(2) != "None"
        ok = status.group(1) == expect and saved and moved
        how = f"{status.group(1).lower()}, {'moved aside' if moved else 'not moved'}, "
        how += "tick saved" if saved else "TICK LOST"
        return Outcome(ok, how)

    case(name, "store")((build, judge))


def progress_bytes(data: bytes, name: str = "progress.json") -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes(data)


store_case("store: lone surrogate in a note", progress_bytes(b'{"schema":1,"note":"\\ud800","guides":{}}'))
store_case(
    "store: lone surrogate in a step key",
    progress_bytes(
        b'{"schema":1,"guides":{"g":{"s\\udfff":{"done_at":"2025-01-01T00:00:00+00:00","revision":1,"seen_revision":1}}}}'
    ),
)
store_case(
    "settings: lone surrogate", progress_bytes(b'{"schema":1,"language":"\\udc80"}', "settings.json"), "settings"
)


def big_store(folder: Path) -> None:
    with open(folder / "progress.json", "wb") as handle:
        handle.write(b'{"schema":1,"guides":{},"pad":"')
        handle.truncate(100 * 1024 * 1024 - 2)  # sparse: 100 MB of NULs, no disk used
        handle.seek(0, 2)
        handle.write(b'"}')


store_case("store: 100 MB file", big_store)
store_case(
    "store: 1 byte over the read limit",
    progress_bytes(b'{"schema":1,"guides":{},"p":"' + b"x" * (MAX_READ_BYTES - 30) + b'"}'),
)
store_case("store: FIFO", lambda folder: os.mkfifo(folder / "progress.json"))
store_case("settings: FIFO", lambda folder: os.mkfifo(folder / "settings.json"), "settings")
store_case("store: symlink to /dev/zero", lambda folder: os.symlink("/dev/zero", folder / "progress.json"))
store_case("store: a folder in its place", lambda folder: (folder / "progress.json").mkdir(), expect="UNREADABLE")
store_case(
    "store: JSON nested 100,000 deep", progress_bytes(b'{"schema":1,"guides":' + b"[" * 100_000 + b"]" * 100_000 + b"}")
)
store_case("store: wrong types", progress_bytes(b'{"schema":1,"guides":{"g":{"s":{"done_at":[],"revision":"x"}}}}'))
store_case("store: newer schema", progress_bytes(b'{"schema":99,"guides":{}}'), expect="NEWER_SCHEMA")
store_case("store: invalid UTF-8", progress_bytes(b'{"schema":1,"guides":{"\xff":{}}}'))
store_case(
    "store: NaN and huge numbers",
    progress_bytes(
        b'{"schema":1,"guides":{"g":{"s":{"done_at":"2025-01-01T00:00:00+00:00","revision":1e999,"seen_revision":NaN}}}}'
    ),
)


# -- running


def _argv(extra: object) -> list[str]:
    return extra if isinstance(extra, list) else []  # a builder may return whatever write_text returned


def run_case(item: Case, scratch: Path, timeout: float) -> tuple[str, int | None, float]:
    """(outcome text, exit code, seconds); the case's judge decides."""
    if item.kind == "check":
        root = scratch / "guides"
        shutil.copytree(GUIDES, root, ignore=shutil.ignore_patterns(".*"))
        extra = item.build(root)
        argv = [sys.executable, "-m", "app", "check", str(root), *_argv(extra)]
    else:
        folder = scratch / "data"
        extra = item.build(folder)
        argv = [sys.executable, "-c", STORE_SCRIPT, str(folder), *_argv(extra)]
    env = dict(
        os.environ, KARPEAR_DATA_DIR=str(scratch / "app-data"), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)
    )
    start = time.perf_counter()
    try:
        done = subprocess.run(argv, capture_output=True, timeout=timeout, cwd=ROOT, env=env)
    except subprocess.TimeoutExpired:
        return f"HANG: no end after {timeout:.0f} s", None, time.perf_counter() - start
    seconds = time.perf_counter() - start
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    if "Traceback" in err or "Traceback" in out:
        return f"TRACEBACK: {(err.strip().splitlines() or [''])[-1][:70]}", done.returncode, seconds
    raw = RAW_CONTROL.search(out + err)
    if raw:
        return f"RAW CONTROL U+{ord(raw.group(0)):04X} printed", done.returncode, seconds
    verdict = item.judge(done.returncode, out, err)
    if verdict.handled and item.kind == "check" and seconds > SLOW:
        return f"SLOW ({seconds:.1f} s > {SLOW:.0f} s): {verdict.how}", done.returncode, seconds
    return ("ok " if verdict.handled else "FAIL ") + verdict.how, done.returncode, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only the cases whose name holds this")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    chosen = [item for item in CASES if args.only.lower() in item.name.lower()]
    print(f"{'input':<52} {'exit':>4} {'time':>7}  outcome")
    handled, worst, failures = 0, (0.0, ""), []
    for item in chosen:
        with tempfile.TemporaryDirectory(prefix="karpear-hostile-") as scratch:
            outcome, code, seconds = run_case(item, Path(scratch), args.timeout)
        good = outcome.startswith("ok ")
        handled += good
        if not good:
            failures.append(item.name)
        if item.kind == "check" and seconds > worst[0]:
            worst = (seconds, item.name)
        shown = "-" if code is None else str(code)
        print(f"{item.name[:52]:<52} {shown:>4} {seconds:>6.2f}s  {outcome.removeprefix('ok ')}", flush=True)
    print(f"\ntried {len(chosen)}, handled {handled}, worst-case check time {worst[0]:.2f} s ({worst[1]})")
    for name in failures:
        print(f"NOT handled: {name}")
    return 0 if handled == len(chosen) else 1


if __name__ == "__main__":
    sys.exit(main())
