"""Read stage: find the notes under the given paths and read each into a `Note`, never writing."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import frontmatter
import yaml

from flashgen.model import Diagnostic, Note

# Obsidian keeps its settings and deleted notes here; neither holds reading notes.
SKIPPED_DIRS = frozenset({".obsidian", ".trash", "node_modules"})
NOTE_SUFFIXES = frozenset({".md", ".markdown"})
MAX_NOTE_BYTES = 50 * 1024 * 1024


def find_notes(paths: Iterable[Path]) -> tuple[list[tuple[Path, Path]], list[Diagnostic]]:
    """Return (note path, vault root) pairs in a stable order, and what could not be walked.

    A folder is searched recursively without following symlinked folders (a link loop or a
    link out of the vault is never entered); hidden folders and `.obsidian/`, `.trash/`
    are skipped. A single file is its own vault root's member: its folder is the root.
    """
    found: list[tuple[Path, Path]] = []
    problems: list[Diagnostic] = []
    for given in paths:
        if given.is_file():
            found.append((given, given.parent))
        elif given.is_dir():
            found.extend((p, given) for p in _walk(given, problems))
        else:
            problems.append(Diagnostic(str(given), 0, "no such note or folder", "error"))
    return found, problems


def _walk(root: Path, problems: list[Diagnostic]) -> Iterator[Path]:
    resolved_root = root.resolve()

    def on_error(error: OSError) -> None:
        problems.append(Diagnostic(str(error.filename), 0, f"cannot read folder: {error}"))

    for folder, dirs, files in os.walk(root, onerror=on_error, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        for name in sorted(files):
            path = Path(folder) / name
            if path.suffix.lower() not in NOTE_SUFFIXES or name.startswith("."):
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(resolved_root):
                problems.append(Diagnostic(str(path), 0, "symlink points outside the vault"))
                continue
            yield path


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode note bytes: UTF-8 (with or without BOM), or UTF-16 with a BOM.

    Returns the text and a warning when bytes had to be replaced.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return data.decode(
            "utf-8", errors="replace"
        ), f"not valid UTF-8 ({error.reason} at byte {error.start}); undecodable bytes replaced"


def read_note(path: Path, vault_root: Path) -> tuple[Note | None, list[Diagnostic]]:
    """Read one note. A note that cannot be read yields no Note and an error, never an exception."""
    shown = str(path)
    try:
        if path.stat().st_size > MAX_NOTE_BYTES:
            return None, [
                Diagnostic(shown, 0, f"larger than {MAX_NOTE_BYTES >> 20} MiB; skipped", "error")
            ]
        data = path.read_bytes()
    except OSError as error:
        return None, [Diagnostic(shown, 0, f"cannot read: {error.strerror or error}", "error")]
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [
            Diagnostic(shown, 0, "binary file (NUL bytes), not a Markdown note; skipped", "error")
        ]
    text, decode_warning = decode(data)
    diagnostics = [Diagnostic(shown, 1, decode_warning)] if decode_warning else []
    # CRLF and lone CR become LF so that line numbers match what an editor shows.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    meta, meta_problem = read_front_matter(text)
    if meta_problem:
        diagnostics.append(Diagnostic(shown, meta_problem[0], meta_problem[1]))
    try:
        relpath = path.resolve().relative_to(vault_root.resolve()).as_posix()
    except ValueError:
        relpath = path.name
    return Note(
        path=path, vault_root=vault_root, relpath=relpath, text=text, meta=meta
    ), diagnostics


def read_front_matter(text: str) -> tuple[dict, tuple[int, str] | None]:
    """Parse YAML front matter with python-frontmatter; a broken block is reported, not fatal."""
    try:
        metadata, _ = frontmatter.parse(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        # The mark counts from the line after the opening `---` (file line 2), from zero.
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return {}, (line, f"front matter is not valid YAML ({problem}); front matter ignored")
    except Exception as error:  # python-frontmatter raises bare errors on odd input
        return {}, (1, f"front matter could not be read ({error}); front matter ignored")
    if not isinstance(metadata, dict):
        return {}, (1, "front matter is not a mapping of keys to values; front matter ignored")
    return {str(k): v for k, v in metadata.items()}, None
