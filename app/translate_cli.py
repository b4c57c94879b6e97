"""`karpear translate new | confirm | status`: a translator's commands besides `karpear check`.

    karpear translate new th [--name ไทย]       every guide's th.yaml and meta/th.yaml, and karpear_th.ts
    karpear translate confirm km KEY...          record that these km texts translate today's English
    karpear translate confirm km --all [--guide wiretap]
    karpear translate status [--json]            coverage, untranslated and outdated texts per guide and language

Exit status: 0 done, 1 a file in the way could not be read (fix it first), 2 a mistake in the command.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

import yaml

from app.check import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, format_coverage, say, usage_problem
from app.content import ContentLibrary, load_library
from app.content.fingerprints import fingerprint, replace_record_block
from app.content.loader import LANGUAGE_CODE, read_folder
from app.content.model import ENGLISH
from app.content.safefile import MAX_FILE_BYTES, FileRefused, read_bounded
from app.content.scaffold import empty_translation, new_meta
from app.content.sources import CATALOGUE_TEXTS, META_FOLDER, LanguageFile
from app.resources import guides_dir, i18n_dir
from app.store.atomic import rewrite_keeping_mode

STATUS_SCHEMA = 1  # of `karpear translate status --json`; docs/TRANSLATING.md describes it
UI_PREFIX = "karpear_"  # as app.ui.i18n names the interface's translation files


class _Refused(Exception):
    """The command cannot be carried out as given; `code` is the exit status to return."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


Folders = dict[str, tuple[Path, dict[str, LanguageFile]]]


def _text_folders(root: Path) -> Folders:
    """Every folder of language files (the catalogue texts, then each guide) with its checked files, by name."""
    _, tool_texts, guides, _ = read_folder(root)
    folders = {CATALOGUE_TEXTS: (root / CATALOGUE_TEXTS, tool_texts)}
    folders.update({gid: (root / gid, source.languages) for gid, source in guides.items()})
    return folders


def _run(command, err: TextIO, *args) -> int:
    try:
        return command(*args)
    except _Refused as refused:
        say(err, f"karpear translate: {refused}")
        return refused.code


# -- new -------------------------------------------------------------------------------
def run_new(code: str, name: str | None, root: Path | None, ui_folder: Path | None, out: TextIO, err: TextIO) -> int:
    return _run(_new, err, code, name, root or guides_dir(), ui_folder or i18n_dir(), out)


def _new(code: str, name: str | None, root: Path, ui_folder: Path, out: TextIO) -> int:
    if not LANGUAGE_CODE.match(code) or code == ENGLISH:
        raise _Refused(f"'{code}' is not a language code to add (write it like th, vi or pt-BR; English is the source)")
    if problem := usage_problem(root) or usage_problem(ui_folder):
        raise _Refused(problem)
    folders = _text_folders(root)
    targets = [path for folder, _ in folders.values() for path in (folder / f"{code}.yaml", _meta_file(folder, code))]
    ui_file = ui_folder / f"{UI_PREFIX}{code}.ts"
    if existing := [path for path in (*targets, ui_file) if path.exists()]:
        raise _Refused(f"'{code}' exists already ({existing[0]}): nothing was written")
    templates = sorted(ui_folder.glob(f"{UI_PREFIX}*.ts"))
    if not templates:
        raise _Refused(f"{ui_folder} has no .ts file to take the interface's messages from")
    name = name or _native_name(code)
    for folder, files in folders.values():
        english = files.get(ENGLISH)
        if english is None:
            continue  # reported by `karpear check`: a folder without English has nothing to translate
        # The English as the check read it (bounded, never through a link out of the folder).
        _write_new(folder / f"{code}.yaml", empty_translation(english.doc.text, list(english.texts)), out, root)
        _meta_file(folder, code).parent.mkdir(exist_ok=True)
        _write_new(_meta_file(folder, code), new_meta(code, name), out, root)
    from app.ui.i18n_build import untranslated_source  # noqa: PLC0415 - no Qt: it reads the XML itself

    _write_new(ui_file, untranslated_source(templates[0], code), out, ui_folder.parent)
    say(out, f"'{code}' ({name}) added: translate the texts, then run `karpear check`")
    return EXIT_OK


def _meta_file(folder: Path, code: str) -> Path:
    return folder / META_FOLDER / f"{code}.yaml"


def _write_new(path: Path, text: str, out: TextIO, shown_from: Path) -> None:
    with path.open("x", encoding="utf-8") as file:  # "x": never overwrite what appeared meanwhile
        file.write(text)
    say(out, f"wrote {path.relative_to(shown_from).as_posix()}")


def _native_name(code: str) -> str:
    """The language's name in its own script, as Qt's locale data gives it (the code if Qt has none)."""
    from PySide6.QtCore import QLocale  # noqa: PLC0415 - only here: the rest of the CLI runs without Qt

    locale = QLocale(code.replace("-", "_"))
    known = locale.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage)
    return locale.nativeLanguageName() if known and locale.nativeLanguageName() else code


# -- confirm ---------------------------------------------------------------------------
def run_confirm(
    code: str, keys: list[str], guide: str | None, every: bool, root: Path | None, out: TextIO, err: TextIO
) -> int:
    return _run(_confirm, err, code, keys, guide, every, root or guides_dir(), out)


def _confirm(code: str, keys: list[str], guide: str | None, every: bool, root: Path, out: TextIO) -> int:
    if code == ENGLISH:
        raise _Refused("English is the source: only translations are confirmed against it")
    if bool(keys) == every:
        raise _Refused("name the texts to confirm (their keys), or give --all")
    if problem := usage_problem(root):
        raise _Refused(problem)
    folders = _text_folders(root)
    if guide is not None and guide not in folders:
        raise _Refused(f"no guide '{guide}' (there are: {', '.join(folders)})")
    chosen = {name: folders[name] for name in ([guide] if guide else folders)}
    if not any(code in files for _, files in chosen.values()):
        raise _Refused(f"no '{code}' translation here: `karpear translate new {code}` starts one")
    wanted = _where_keys_are(keys, chosen) if keys else {name: None for name in chosen}
    confirmed = 0
    for name, its_keys in wanted.items():
        folder, files = chosen[name]
        if code in files:
            confirmed += _confirm_in(folder, files[code], files[ENGLISH], its_keys, out, root)
    say(out, f"{confirmed} text(s) confirmed")
    return EXIT_OK


def _where_keys_are(keys: list[str], folders: Folders) -> dict[str, list[str]]:
    """Which folder holds each key; a key in none, or in several (name one with --guide), is refused."""
    found: dict[str, list[str]] = {}
    for key in keys:
        holders = [name for name, (_, files) in folders.items() if ENGLISH in files and key in files[ENGLISH].texts]
        if not holders:
            raise _Refused(f"no English text has the key '{key}'")
        if len(holders) > 1:
            raise _Refused(f"'{key}' is in {', '.join(holders)}: say which with --guide")
        found.setdefault(holders[0], []).append(key)
    return found


def _confirm_in(
    folder: Path, lang: LanguageFile, english: LanguageFile, keys: list[str] | None, out: TextIO, root: Path
) -> int:
    """Record today's English for `keys` (None: every translated text) of one file; how many were recorded."""
    meta = _meta_file(folder, lang.code)
    text = _readable_meta(meta, root) if os.path.lexists(meta) else new_meta(lang.code, lang.name)
    translated = [key for key in (keys or english.texts) if lang.texts.get(key, "").strip()]
    for key in sorted(set(keys or ()) - set(translated)):
        say(out, f"{lang.doc.path}: '{key}' is not translated yet: nothing to confirm")
    if not translated:
        return 0
    records = {} if keys is None else dict(lang.translated_from)  # --all: exactly the texts there are now
    records.update({key: fingerprint(english.texts[key]) for key in translated})
    meta.parent.mkdir(exist_ok=True)
    if os.path.lexists(meta):
        rewrite_keeping_mode(meta, replace_record_block(text, records).encode("utf-8"))
    else:
        meta.write_text(replace_record_block(text, records), encoding="utf-8")
    say(out, f"{meta.relative_to(root).as_posix()}: {len(translated)} text(s) recorded against today's English")
    return len(translated)


def _readable_meta(meta: Path, root: Path) -> str:
    """The text of a metadata file to rewrite; refused if it is not a plain file inside the folder (a link
    leading out of it is never written through) or not a YAML mapping (its records would be lost)."""
    try:
        text = read_bounded(meta, MAX_FILE_BYTES, root).decode("utf-8")
        readable = isinstance(yaml.safe_load(text), dict)
    except (FileRefused, OSError, UnicodeDecodeError, yaml.YAMLError):
        readable = False
    if not readable:
        raise _Refused(
            f"{meta.relative_to(root).as_posix()}: `karpear check` says what is wrong; fix it first", EXIT_ERRORS
        )
    return text


# -- status ----------------------------------------------------------------------------
def run_status(root: Path | None, as_json: bool, out: TextIO, err: TextIO) -> int:
    if problem := usage_problem(root):
        say(err, f"karpear translate: {problem}")
        return EXIT_USAGE
    library = load_library(root)
    if as_json:
        out.write(json.dumps(status_document(library), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for line in format_coverage(library).split("\n"):
        say(out, line)
    for row in library.coverage():
        if row.outdated_keys:
            say(out, f"outdated in {row.name}/{row.language}.yaml: {', '.join(row.outdated_keys)}")
    if library.errors:
        say(out, f"{len(library.errors)} error(s) in the files: run `karpear check` to see them")
    return EXIT_OK


def status_document(library: ContentLibrary) -> dict:
    """What `karpear translate status --json` prints (schema in docs/TRANSLATING.md)."""
    rows = [
        {
            "guide": row.name,
            "language": row.language,
            "language_name": library.language_name(row.language),
            "total": row.total,
            "translated": row.translated,
            "untranslated": len(row.untranslated_keys),
            "outdated": len(row.outdated_keys),
            "percent": row.percent,
            "review": {
                "status": row.review.status.value,
                "by": row.review.by,
                "date": row.review.date.isoformat() if row.review.date else None,
            },
            "untranslated_keys": list(row.untranslated_keys),
            "outdated_keys": list(row.outdated_keys),
        }
        for row in library.coverage()
    ]
    return {"schema": STATUS_SCHEMA, "errors": len(library.errors), "coverage": rows}
